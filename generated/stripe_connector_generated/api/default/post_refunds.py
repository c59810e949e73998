from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_refunds_body import PostRefundsBody
from ...models.refund import Refund
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, encode_form


def _get_kwargs(
    *,
    body: PostRefundsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/refunds",
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = encode_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Refund | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = Refund.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Refund:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = Refund.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Refund | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostRefundsBody | Unset = UNSET,
) -> Response[Refund | StripeErrorResponse]:
    """<p>Create a refund.</p>

    Args:
        body (PostRefundsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Refund | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostRefundsBody | Unset = UNSET,
) -> Refund | StripeErrorResponse | None:
    """<p>Create a refund.</p>

    Args:
        body (PostRefundsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Refund | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostRefundsBody | Unset = UNSET,
) -> Response[Refund | StripeErrorResponse]:
    """<p>Create a refund.</p>

    Args:
        body (PostRefundsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Refund | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostRefundsBody | Unset = UNSET,
) -> Refund | StripeErrorResponse | None:
    """<p>Create a refund.</p>

    Args:
        body (PostRefundsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Refund | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
