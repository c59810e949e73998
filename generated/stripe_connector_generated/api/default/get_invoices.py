from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_invoices_collection_method import (
    GetInvoicesCollectionMethod,
)
from ...models.get_invoices_created_type_0 import GetInvoicesCreatedType0
from ...models.get_invoices_due_date_type_0 import GetInvoicesDueDateType0
from ...models.get_invoices_response_200 import GetInvoicesResponse200
from ...models.get_invoices_status import GetInvoicesStatus
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    *,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_collection_method: str | Unset = UNSET
    if not isinstance(collection_method, Unset):
        json_collection_method = collection_method

    params["collection_method"] = json_collection_method

    json_created: dict[str, Any] | int | Unset
    if isinstance(created, Unset):
        json_created = UNSET
    elif isinstance(created, GetInvoicesCreatedType0):
        json_created = created.to_dict()
    else:
        json_created = created
    params["created"] = json_created

    params["customer"] = customer

    json_due_date: dict[str, Any] | int | Unset
    if isinstance(due_date, Unset):
        json_due_date = UNSET
    elif isinstance(due_date, GetInvoicesDueDateType0):
        json_due_date = due_date.to_dict()
    else:
        json_due_date = due_date
    params["due_date"] = json_due_date

    params["ending_before"] = ending_before

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params["limit"] = limit

    params["starting_after"] = starting_after

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["subscription"] = subscription

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoicesResponse200 | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = GetInvoicesResponse200.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> GetInvoicesResponse200:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = GetInvoicesResponse200.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoicesResponse200 | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> Response[GetInvoicesResponse200 | StripeErrorResponse]:
    """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are
    returned sorted by creation date, with the most recently created invoices appearing first.</p>

    Args:
        collection_method (GetInvoicesCollectionMethod | Unset):
        created (GetInvoicesCreatedType0 | int | Unset):
        customer (str | Unset):
        due_date (GetInvoicesDueDateType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        status (GetInvoicesStatus | Unset):
        subscription (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInvoicesResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_method=collection_method,
        created=created,
        customer=customer,
        due_date=due_date,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
        status=status,
        subscription=subscription,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> GetInvoicesResponse200 | StripeErrorResponse | None:
    """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are
    returned sorted by creation date, with the most recently created invoices appearing first.</p>

    Args:
        collection_method (GetInvoicesCollectionMethod | Unset):
        created (GetInvoicesCreatedType0 | int | Unset):
        customer (str | Unset):
        due_date (GetInvoicesDueDateType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        status (GetInvoicesStatus | Unset):
        subscription (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvoicesResponse200 | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        collection_method=collection_method,
        created=created,
        customer=customer,
        due_date=due_date,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
        status=status,
        subscription=subscription,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> Response[GetInvoicesResponse200 | StripeErrorResponse]:
    """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are
    returned sorted by creation date, with the most recently created invoices appearing first.</p>

    Args:
        collection_method (GetInvoicesCollectionMethod | Unset):
        created (GetInvoicesCreatedType0 | int | Unset):
        customer (str | Unset):
        due_date (GetInvoicesDueDateType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        status (GetInvoicesStatus | Unset):
        subscription (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInvoicesResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_method=collection_method,
        created=created,
        customer=customer,
        due_date=due_date,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
        status=status,
        subscription=subscription,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> GetInvoicesResponse200 | StripeErrorResponse | None:
    """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are
    returned sorted by creation date, with the most recently created invoices appearing first.</p>

    Args:
        collection_method (GetInvoicesCollectionMethod | Unset):
        created (GetInvoicesCreatedType0 | int | Unset):
        customer (str | Unset):
        due_date (GetInvoicesDueDateType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        status (GetInvoicesStatus | Unset):
        subscription (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvoicesResponse200 | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_method=collection_method,
            created=created,
            customer=customer,
            due_date=due_date,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            status=status,
            subscription=subscription,
        )
    ).parsed
