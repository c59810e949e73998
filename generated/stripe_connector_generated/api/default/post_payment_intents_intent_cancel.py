from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.payment_intent import PaymentIntent
from ...models.post_payment_intents_intent_cancel_body import (
    PostPaymentIntentsIntentCancelBody,
)
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, encode_form


def _get_kwargs(
    intent: str,
    *,
    body: PostPaymentIntentsIntentCancelBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payment_intents/{intent}/cancel".format(
            intent=quote(str(intent), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
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
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsIntentCancelBody | Unset = UNSET,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>A PaymentIntent object can be canceled when it is in one of these statuses:
    <code>requires_payment_method</code>, <code>requires_capture</code>,
    <code>requires_confirmation</code>, <code>requires_action</code> or, <a
    href="/docs/payments/intents">in rare cases</a>, <code>processing</code>. </p>

    <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the
    PaymentIntent will fail with an error. For PaymentIntents with a <code>status</code> of
    <code>requires_capture</code>, the remaining <code>amount_capturable</code> will automatically be
    refunded. </p>

    <p>You cannot cancel the PaymentIntent for a Checkout Session. <a
    href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead.</p>

    Args:
        intent (str):
        body (PostPaymentIntentsIntentCancelBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        intent=intent,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsIntentCancelBody | Unset = UNSET,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>A PaymentIntent object can be canceled when it is in one of these statuses:
    <code>requires_payment_method</code>, <code>requires_capture</code>,
    <code>requires_confirmation</code>, <code>requires_action</code> or, <a
    href="/docs/payments/intents">in rare cases</a>, <code>processing</code>. </p>

    <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the
    PaymentIntent will fail with an error. For PaymentIntents with a <code>status</code> of
    <code>requires_capture</code>, the remaining <code>amount_capturable</code> will automatically be
    refunded. </p>

    <p>You cannot cancel the PaymentIntent for a Checkout Session. <a
    href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead.</p>

    Args:
        intent (str):
        body (PostPaymentIntentsIntentCancelBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentIntent | StripeErrorResponse
    """

    return sync_detailed(
        intent=intent,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsIntentCancelBody | Unset = UNSET,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>A PaymentIntent object can be canceled when it is in one of these statuses:
    <code>requires_payment_method</code>, <code>requires_capture</code>,
    <code>requires_confirmation</code>, <code>requires_action</code> or, <a
    href="/docs/payments/intents">in rare cases</a>, <code>processing</code>. </p>

    <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the
    PaymentIntent will fail with an error. For PaymentIntents with a <code>status</code> of
    <code>requires_capture</code>, the remaining <code>amount_capturable</code> will automatically be
    refunded. </p>

    <p>You cannot cancel the PaymentIntent for a Checkout Session. <a
    href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead.</p>

    Args:
        intent (str):
        body (PostPaymentIntentsIntentCancelBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        intent=intent,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostPaymentIntentsIntentCancelBody | Unset = UNSET,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>A PaymentIntent object can be canceled when it is in one of these statuses:
    <code>requires_payment_method</code>, <code>requires_capture</code>,
    <code>requires_confirmation</code>, <code>requires_action</code> or, <a
    href="/docs/payments/intents">in rare cases</a>, <code>processing</code>. </p>

    <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the
    PaymentIntent will fail with an error. For PaymentIntents with a <code>status</code> of
    <code>requires_capture</code>, the remaining <code>amount_capturable</code> will automatically be
    refunded. </p>

    <p>You cannot cancel the PaymentIntent for a Checkout Session. <a
    href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead.</p>

    Args:
        intent (str):
        body (PostPaymentIntentsIntentCancelBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentIntent | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            intent=intent,
            client=client,
            body=body,
        )
    ).parsed
