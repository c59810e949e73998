from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.payment_intent import PaymentIntent
from ...models.post_payment_intents_body import PostPaymentIntentsBody
from ...models.stripe_error_response import StripeErrorResponse
from ...types import Response, encode_form


def _get_kwargs(
    *,
    body: PostPaymentIntentsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payment_intents",
    }

    _kwargs["content"] = encode_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentIntent | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = PaymentIntent.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> PaymentIntent:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = PaymentIntent.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentIntent | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsBody,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>Creates a PaymentIntent object.</p>

    <p>After the PaymentIntent is created, attach a payment method and <a
    href="/docs/api/payment_intents/confirm">confirm</a>
    to continue the payment. You can read more about the different payment flows
    available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

    <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
    and confirming the PaymentIntent in the same call. You may use any parameters
    available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when
    <code>confirm=true</code>
    is supplied.</p>

    Args:
        body (PostPaymentIntentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
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
    body: PostPaymentIntentsBody,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>Creates a PaymentIntent object.</p>

    <p>After the PaymentIntent is created, attach a payment method and <a
    href="/docs/api/payment_intents/confirm">confirm</a>
    to continue the payment. You can read more about the different payment flows
    available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

    <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
    and confirming the PaymentIntent in the same call. You may use any parameters
    available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when
    <code>confirm=true</code>
    is supplied.</p>

    Args:
        body (PostPaymentIntentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentIntent | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsBody,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>Creates a PaymentIntent object.</p>

    <p>After the PaymentIntent is created, attach a payment method and <a
    href="/docs/api/payment_intents/confirm">confirm</a>
    to continue the payment. You can read more about the different payment flows
    available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

    <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
    and confirming the PaymentIntent in the same call. You may use any parameters
    available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when
    <code>confirm=true</code>
    is supplied.</p>

    Args:
        body (PostPaymentIntentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsBody,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>Creates a PaymentIntent object.</p>

    <p>After the PaymentIntent is created, attach a payment method and <a
    href="/docs/api/payment_intents/confirm">confirm</a>
    to continue the payment. You can read more about the different payment flows
    available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>

    <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
    and confirming the PaymentIntent in the same call. You may use any parameters
    available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when
    <code>confirm=true</code>
    is supplied.</p>

    Args:
        body (PostPaymentIntentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentIntent | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
