from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.charge import Charge
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    charge: str,
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
        "url": "/v1/charges/{charge}".format(
            charge=quote(str(charge), safe="").replace(".", "%2E"),
        ),
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Charge | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = Charge.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Charge:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = Charge.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Charge | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    charge: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Charge | StripeErrorResponse]:
    """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID
    that was returned from your previous request, and Stripe will return the corresponding charge
    information. The same information is returned when creating or refunding the charge.</p>

    Args:
        charge (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Charge | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        charge=charge,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    charge: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Charge | StripeErrorResponse | None:
    """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID
    that was returned from your previous request, and Stripe will return the corresponding charge
    information. The same information is returned when creating or refunding the charge.</p>

    Args:
        charge (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Charge | StripeErrorResponse
    """

    return sync_detailed(
        charge=charge,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    charge: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Charge | StripeErrorResponse]:
    """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID
    that was returned from your previous request, and Stripe will return the corresponding charge
    information. The same information is returned when creating or refunding the charge.</p>

    Args:
        charge (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Charge | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        charge=charge,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    charge: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Charge | StripeErrorResponse | None:
    """<p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID
    that was returned from your previous request, and Stripe will return the corresponding charge
    information. The same information is returned when creating or refunding the charge.</p>

    Args:
        charge (str):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Charge | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            charge=charge,
            client=client,
            expand=expand,
        )
    ).parsed
