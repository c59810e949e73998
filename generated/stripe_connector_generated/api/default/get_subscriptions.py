from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_subscriptions_automatic_tax import GetSubscriptionsAutomaticTax
from ...models.get_subscriptions_collection_method import (
    GetSubscriptionsCollectionMethod,
)
from ...models.get_subscriptions_created_type_0 import GetSubscriptionsCreatedType0
from ...models.get_subscriptions_current_period_end_type_0 import (
    GetSubscriptionsCurrentPeriodEndType0,
)
from ...models.get_subscriptions_current_period_start_type_0 import (
    GetSubscriptionsCurrentPeriodStartType0,
)
from ...models.get_subscriptions_response_200 import GetSubscriptionsResponse200
from ...models.get_subscriptions_status import (
    GetSubscriptionsStatus,
)
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    *,
    automatic_tax: GetSubscriptionsAutomaticTax | Unset = UNSET,
    collection_method: GetSubscriptionsCollectionMethod | Unset = UNSET,
    created: GetSubscriptionsCreatedType0 | int | Unset = UNSET,
    current_period_end: GetSubscriptionsCurrentPeriodEndType0 | int | Unset = UNSET,
    current_period_start: GetSubscriptionsCurrentPeriodStartType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    price: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetSubscriptionsStatus | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_automatic_tax: dict[str, Any] | Unset = UNSET
    if not isinstance(automatic_tax, Unset):
        json_automatic_tax = automatic_tax.to_dict()
    params["automatic_tax"] = json_automatic_tax

    json_collection_method: str | Unset = UNSET
    if not isinstance(collection_method, Unset):
        json_collection_method = collection_method

    params["collection_method"] = json_collection_method

    json_created: dict[str, Any] | int | Unset
    if isinstance(created, Unset):
        json_created = UNSET
    elif isinstance(created, GetSubscriptionsCreatedType0):
        json_created = created.to_dict()
    else:
        json_created = created
    params["created"] = json_created

    json_current_period_end: dict[str, Any] | int | Unset
    if isinstance(current_period_end, Unset):
        json_current_period_end = UNSET
    elif isinstance(current_period_end, GetSubscriptionsCurrentPeriodEndType0):
        json_current_period_end = current_period_end.to_dict()
    else:
        json_current_period_end = current_period_end
    params["current_period_end"] = json_current_period_end

    json_current_period_start: dict[str, Any] | int | Unset
    if isinstance(current_period_start, Unset):
        json_current_period_start = UNSET
    elif isinstance(current_period_start, GetSubscriptionsCurrentPeriodStartType0):
        json_current_period_start = current_period_start.to_dict()
    else:
        json_current_period_start = current_period_start
    params["current_period_start"] = json_current_period_start

    params["customer"] = customer

    params["ending_before"] = ending_before

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params["limit"] = limit

    params["price"] = price

    params["starting_after"] = starting_after

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["test_clock"] = test_clock

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions",
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriptionsResponse200 | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = GetSubscriptionsResponse200.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> GetSubscriptionsResponse200:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = GetSubscriptionsResponse200.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriptionsResponse200 | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    automatic_tax: GetSubscriptionsAutomaticTax | Unset = UNSET,
    collection_method: GetSubscriptionsCollectionMethod | Unset = UNSET,
    created: GetSubscriptionsCreatedType0 | int | Unset = UNSET,
    current_period_end: GetSubscriptionsCurrentPeriodEndType0 | int | Unset = UNSET,
    current_period_start: GetSubscriptionsCurrentPeriodStartType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    price: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetSubscriptionsStatus | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> Response[GetSubscriptionsResponse200 | StripeErrorResponse]:
    """<p>By default, returns a list of subscriptions that have not been canceled. In order to list
    canceled subscriptions, specify <code>status=canceled</code>.</p>

    Args:
        automatic_tax (GetSubscriptionsAutomaticTax | Unset):
        collection_method (GetSubscriptionsCollectionMethod | Unset):
        created (GetSubscriptionsCreatedType0 | int | Unset):
        current_period_end (GetSubscriptionsCurrentPeriodEndType0 | int | Unset):
        current_period_start (GetSubscriptionsCurrentPeriodStartType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        price (str | Unset):
        starting_after (str | Unset):
        status (GetSubscriptionsStatus | Unset):
        test_clock (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        automatic_tax=automatic_tax,
        collection_method=collection_method,
        created=created,
        current_period_end=current_period_end,
        current_period_start=current_period_start,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        price=price,
        starting_after=starting_after,
        status=status,
        test_clock=test_clock,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    automatic_tax: GetSubscriptionsAutomaticTax | Unset = UNSET,
    collection_method: GetSubscriptionsCollectionMethod | Unset = UNSET,
    created: GetSubscriptionsCreatedType0 | int | Unset = UNSET,
    current_period_end: GetSubscriptionsCurrentPeriodEndType0 | int | Unset = UNSET,
    current_period_start: GetSubscriptionsCurrentPeriodStartType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    price: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetSubscriptionsStatus | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> GetSubscriptionsResponse200 | StripeErrorResponse | None:
    """<p>By default, returns a list of subscriptions that have not been canceled. In order to list
    canceled subscriptions, specify <code>status=canceled</code>.</p>

    Args:
        automatic_tax (GetSubscriptionsAutomaticTax | Unset):
        collection_method (GetSubscriptionsCollectionMethod | Unset):
        created (GetSubscriptionsCreatedType0 | int | Unset):
        current_period_end (GetSubscriptionsCurrentPeriodEndType0 | int | Unset):
        current_period_start (GetSubscriptionsCurrentPeriodStartType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        price (str | Unset):
        starting_after (str | Unset):
        status (GetSubscriptionsStatus | Unset):
        test_clock (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionsResponse200 | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        automatic_tax=automatic_tax,
        collection_method=collection_method,
        created=created,
        current_period_end=current_period_end,
        current_period_start=current_period_start,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        price=price,
        starting_after=starting_after,
        status=status,
        test_clock=test_clock,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    automatic_tax: GetSubscriptionsAutomaticTax | Unset = UNSET,
    collection_method: GetSubscriptionsCollectionMethod | Unset = UNSET,
    created: GetSubscriptionsCreatedType0 | int | Unset = UNSET,
    current_period_end: GetSubscriptionsCurrentPeriodEndType0 | int | Unset = UNSET,
    current_period_start: GetSubscriptionsCurrentPeriodStartType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    price: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetSubscriptionsStatus | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> Response[GetSubscriptionsResponse200 | StripeErrorResponse]:
    """<p>By default, returns a list of subscriptions that have not been canceled. In order to list
    canceled subscriptions, specify <code>status=canceled</code>.</p>

    Args:
        automatic_tax (GetSubscriptionsAutomaticTax | Unset):
        collection_method (GetSubscriptionsCollectionMethod | Unset):
        created (GetSubscriptionsCreatedType0 | int | Unset):
        current_period_end (GetSubscriptionsCurrentPeriodEndType0 | int | Unset):
        current_period_start (GetSubscriptionsCurrentPeriodStartType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        price (str | Unset):
        starting_after (str | Unset):
        status (GetSubscriptionsStatus | Unset):
        test_clock (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        automatic_tax=automatic_tax,
        collection_method=collection_method,
        created=created,
        current_period_end=current_period_end,
        current_period_start=current_period_start,
        customer=customer,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        price=price,
        starting_after=starting_after,
        status=status,
        test_clock=test_clock,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    automatic_tax: GetSubscriptionsAutomaticTax | Unset = UNSET,
    collection_method: GetSubscriptionsCollectionMethod | Unset = UNSET,
    created: GetSubscriptionsCreatedType0 | int | Unset = UNSET,
    current_period_end: GetSubscriptionsCurrentPeriodEndType0 | int | Unset = UNSET,
    current_period_start: GetSubscriptionsCurrentPeriodStartType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    price: str | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetSubscriptionsStatus | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> GetSubscriptionsResponse200 | StripeErrorResponse | None:
    """<p>By default, returns a list of subscriptions that have not been canceled. In order to list
    canceled subscriptions, specify <code>status=canceled</code>.</p>

    Args:
        automatic_tax (GetSubscriptionsAutomaticTax | Unset):
        collection_method (GetSubscriptionsCollectionMethod | Unset):
        created (GetSubscriptionsCreatedType0 | int | Unset):
        current_period_end (GetSubscriptionsCurrentPeriodEndType0 | int | Unset):
        current_period_start (GetSubscriptionsCurrentPeriodStartType0 | int | Unset):
        customer (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        price (str | Unset):
        starting_after (str | Unset):
        status (GetSubscriptionsStatus | Unset):
        test_clock (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionsResponse200 | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            automatic_tax=automatic_tax,
            collection_method=collection_method,
            created=created,
            current_period_end=current_period_end,
            current_period_start=current_period_start,
            customer=customer,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            price=price,
            starting_after=starting_after,
            status=status,
            test_clock=test_clock,
        )
    ).parsed
