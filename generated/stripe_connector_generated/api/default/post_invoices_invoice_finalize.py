from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.invoice import Invoice
from ...models.post_invoices_invoice_finalize_body import (
    PostInvoicesInvoiceFinalizeBody,
)
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, encode_form


def _get_kwargs(
    invoice: str,
    *,
    body: PostInvoicesInvoiceFinalizeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoices/{invoice}/finalize".format(
            invoice=quote(str(invoice), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = encode_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Invoice | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Invoice:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = Invoice.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Invoice | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceFinalizeBody | Unset = UNSET,
) -> Response[Invoice | StripeErrorResponse]:
    """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However,
    if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

    Args:
        invoice (str):
        body (PostInvoicesInvoiceFinalizeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoice | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceFinalizeBody | Unset = UNSET,
) -> Invoice | StripeErrorResponse | None:
    """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However,
    if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

    Args:
        invoice (str):
        body (PostInvoicesInvoiceFinalizeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invoice | StripeErrorResponse
    """

    return sync_detailed(
        invoice=invoice,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceFinalizeBody | Unset = UNSET,
) -> Response[Invoice | StripeErrorResponse]:
    """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However,
    if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

    Args:
        invoice (str):
        body (PostInvoicesInvoiceFinalizeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoice | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceFinalizeBody | Unset = UNSET,
) -> Invoice | StripeErrorResponse | None:
    """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However,
    if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

    Args:
        invoice (str):
        body (PostInvoicesInvoiceFinalizeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invoice | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            client=client,
            body=body,
        )
    ).parsed
