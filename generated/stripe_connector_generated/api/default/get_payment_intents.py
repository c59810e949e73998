from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_payment_intents_created_type_0 import GetPaymentIntentsCreatedType0
from ...models.get_payment_intents_response_200 import GetPaymentIntentsResponse200
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    *,
    created: GetPaymentIntentsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created: dict[str, Any] | int | Unset
    if isinstance(created, Unset):
        json_created = UNSET
    elif isinstance(created, GetPaymentIntentsCreatedType0):
        json_created = created.to_dict()
    else:
        json_created = created
    params["created"] = json_created

    params["customer"] = customer

    params["ending_before"] = ending_before

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payment_intents",
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPaymentIntentsResponse200 | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = GetPaymentIntentsResponse200.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> GetPaymentIntentsResponse200:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = GetPaymentIntentsResponse200.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPaymentIntentsResponse200 | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetPaymentIntentsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetPaymentIntentsResponse200 | StripeErrorResponse]:
    """<p>Returns a list of PaymentIntents.</p>

    Args:
        created (GetPaymentIntentsCreatedType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentIntentsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        created=created,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created: GetPaymentIntentsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetPaymentIntentsResponse200 | StripeErrorResponse | None:
    """<p>Returns a list of PaymentIntents.</p>

    Args:
        created (GetPaymentIntentsCreatedType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentIntentsResponse200 | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        created=created,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetPaymentIntentsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetPaymentIntentsResponse200 | StripeErrorResponse]:
    """<p>Returns a list of PaymentIntents.</p>

    Args:
        created (GetPaymentIntentsCreatedType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentIntentsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        created=created,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created: GetPaymentIntentsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetPaymentIntentsResponse200 | StripeErrorResponse | None:
    """<p>Returns a list of PaymentIntents.</p>

    Args:
        created (GetPaymentIntentsCreatedType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentIntentsResponse200 | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created=created,
            customer=customer,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
