from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_subscriptions_subscription_exposed_id_cancellation_details import (
    DeleteSubscriptionsSubscriptionExposedIdCancellationDetails,
)
from ...models.stripe_error_response import StripeErrorResponse
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    subscription_exposed_id: str,
    *,
    cancellation_details: DeleteSubscriptionsSubscriptionExposedIdCancellationDetails | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice_now: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cancellation_details: dict[str, Any] | Unset = UNSET
    if not isinstance(cancellation_details, Unset):
        json_cancellation_details = cancellation_details.to_dict()
    params["cancellation_details"] = json_cancellation_details

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params["invoice_now"] = invoice_now

    params["prorate"] = prorate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/subscriptions/{subscription_exposed_id}".format(
            subscription_exposed_id=quote(str(subscription_exposed_id), safe="").replace(".", "%2E"),
        ),
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StripeErrorResponse | Subscription:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Subscription:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = Subscription.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StripeErrorResponse | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_exposed_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_details: DeleteSubscriptionsSubscriptionExposedIdCancellationDetails | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice_now: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> Response[StripeErrorResponse | Subscription]:
    """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the
    subscription.</p>

    <p>Note, however, that any pending invoice items that you’ve created will still be charged for at
    the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the
    subscription to cancel at the end of the period, any pending prorations will also be left in place
    and collected at the end of the period. But if the subscription is set to cancel immediately,
    pending prorations will be removed.</p>

    <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all
    finalized invoices for the customer. This is intended to prevent unexpected payment attempts after
    the customer has canceled a subscription. However, you can resume automatic collection of the
    invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid
    invoices before allowing the customer to cancel the subscription at all.</p>

    Args:
        subscription_exposed_id (str):
        cancellation_details (DeleteSubscriptionsSubscriptionExposedIdCancellationDetails |
            Unset): Details about why this subscription was cancelled
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_now (bool | Unset): Will generate a final invoice that invoices for any un-
            invoiced metered usage and new/pending proration invoice items.
        prorate (bool | Unset): Will generate a proration invoice item that credits remaining
            unused time until the subscription period end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_exposed_id=subscription_exposed_id,
        cancellation_details=cancellation_details,
        expand=expand,
        invoice_now=invoice_now,
        prorate=prorate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_exposed_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_details: DeleteSubscriptionsSubscriptionExposedIdCancellationDetails | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice_now: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> StripeErrorResponse | Subscription | None:
    """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the
    subscription.</p>

    <p>Note, however, that any pending invoice items that you’ve created will still be charged for at
    the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the
    subscription to cancel at the end of the period, any pending prorations will also be left in place
    and collected at the end of the period. But if the subscription is set to cancel immediately,
    pending prorations will be removed.</p>

    <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all
    finalized invoices for the customer. This is intended to prevent unexpected payment attempts after
    the customer has canceled a subscription. However, you can resume automatic collection of the
    invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid
    invoices before allowing the customer to cancel the subscription at all.</p>

    Args:
        subscription_exposed_id (str):
        cancellation_details (DeleteSubscriptionsSubscriptionExposedIdCancellationDetails |
            Unset): Details about why this subscription was cancelled
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_now (bool | Unset): Will generate a final invoice that invoices for any un-
            invoiced metered usage and new/pending proration invoice items.
        prorate (bool | Unset): Will generate a proration invoice item that credits remaining
            unused time until the subscription period end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeErrorResponse | Subscription
    """

    return sync_detailed(
        subscription_exposed_id=subscription_exposed_id,
        client=client,
        cancellation_details=cancellation_details,
        expand=expand,
        invoice_now=invoice_now,
        prorate=prorate,
    ).parsed


async def asyncio_detailed(
    subscription_exposed_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_details: DeleteSubscriptionsSubscriptionExposedIdCancellationDetails | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice_now: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> Response[StripeErrorResponse | Subscription]:
    """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the
    subscription.</p>

    <p>Note, however, that any pending invoice items that you’ve created will still be charged for at
    the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the
    subscription to cancel at the end of the period, any pending prorations will also be left in place
    and collected at the end of the period. But if the subscription is set to cancel immediately,
    pending prorations will be removed.</p>

    <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all
    finalized invoices for the customer. This is intended to prevent unexpected payment attempts after
    the customer has canceled a subscription. However, you can resume automatic collection of the
    invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid
    invoices before allowing the customer to cancel the subscription at all.</p>

    Args:
        subscription_exposed_id (str):
        cancellation_details (DeleteSubscriptionsSubscriptionExposedIdCancellationDetails |
            Unset): Details about why this subscription was cancelled
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_now (bool | Unset): Will generate a final invoice that invoices for any un-
            invoiced metered usage and new/pending proration invoice items.
        prorate (bool | Unset): Will generate a proration invoice item that credits remaining
            unused time until the subscription period end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StripeErrorResponse | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_exposed_id=subscription_exposed_id,
        cancellation_details=cancellation_details,
        expand=expand,
        invoice_now=invoice_now,
        prorate=prorate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_exposed_id: str,
    *,
    client: AuthenticatedClient | Client,
    cancellation_details: DeleteSubscriptionsSubscriptionExposedIdCancellationDetails | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice_now: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> StripeErrorResponse | Subscription | None:
    """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the
    subscription.</p>

    <p>Note, however, that any pending invoice items that you’ve created will still be charged for at
    the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the
    subscription to cancel at the end of the period, any pending prorations will also be left in place
    and collected at the end of the period. But if the subscription is set to cancel immediately,
    pending prorations will be removed.</p>

    <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all
    finalized invoices for the customer. This is intended to prevent unexpected payment attempts after
    the customer has canceled a subscription. However, you can resume automatic collection of the
    invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid
    invoices before allowing the customer to cancel the subscription at all.</p>

    Args:
        subscription_exposed_id (str):
        cancellation_details (DeleteSubscriptionsSubscriptionExposedIdCancellationDetails |
            Unset): Details about why this subscription was cancelled
        expand (list[str] | Unset): Specifies which fields in the response should be expanded.
        invoice_now (bool | Unset): Will generate a final invoice that invoices for any un-
            invoiced metered usage and new/pending proration invoice items.
        prorate (bool | Unset): Will generate a proration invoice item that credits remaining
            unused time until the subscription period end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StripeErrorResponse | Subscription
    """

    return (
        await asyncio_detailed(
            subscription_exposed_id=subscription_exposed_id,
            client=client,
            cancellation_details=cancellation_details,
            expand=expand,
            invoice_now=invoice_now,
            prorate=prorate,
        )
    ).parsed
