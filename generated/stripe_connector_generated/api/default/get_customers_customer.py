from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.deleted_customer import DeletedCustomer
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    customer: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer}".format(
            customer=quote(str(customer), safe="").replace(".", "%2E"),
        ),
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | DeletedCustomer | StripeErrorResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Customer | DeletedCustomer:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DeletedCustomer.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Customer.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Customer | DeletedCustomer:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """

    def _parse_response_200(data: object) -> Customer | DeletedCustomer:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = DeletedCustomer.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_1 = Customer.from_dict(data)

        return response_200_type_1

    response_200 = _parse_response_200(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | DeletedCustomer | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Customer | DeletedCustomer | StripeErrorResponse]:
    """<p>Retrieves a Customer object.</p>

    Args:
        customer (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | DeletedCustomer | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Customer | DeletedCustomer | StripeErrorResponse | None:
    """<p>Retrieves a Customer object.</p>

    Args:
        customer (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | DeletedCustomer | StripeErrorResponse
    """

    return sync_detailed(
        customer=customer,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Customer | DeletedCustomer | StripeErrorResponse]:
    """<p>Retrieves a Customer object.</p>

    Args:
        customer (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | DeletedCustomer | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Customer | DeletedCustomer | StripeErrorResponse | None:
    """<p>Retrieves a Customer object.</p>

    Args:
        customer (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | DeletedCustomer | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            customer=customer,
            client=client,
            expand=expand,
        )
    ).parsed
