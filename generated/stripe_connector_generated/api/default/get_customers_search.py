from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_customers_search_response_200 import GetCustomersSearchResponse200
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    *,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params["limit"] = limit

    params["page"] = page

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/search",
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCustomersSearchResponse200 | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = GetCustomersSearchResponse200.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> GetCustomersSearchResponse200:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = GetCustomersSearchResponse200.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCustomersSearchResponse200 | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> Response[GetCustomersSearchResponse200 | StripeErrorResponse]:
    """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-
    language">Search Query Language</a>.
    Don’t use search in read-after-write flows where strict consistency is necessary. Under normal
    operating
    conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated
    data can be up
    to an hour behind during outages. Search functionality is not available to merchants in India.</p>

    Args:
        expand (list[str] | Unset):
        limit (int | Unset):
        page (str | Unset):
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomersSearchResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        expand=expand,
        limit=limit,
        page=page,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> GetCustomersSearchResponse200 | StripeErrorResponse | None:
    """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-
    language">Search Query Language</a>.
    Don’t use search in read-after-write flows where strict consistency is necessary. Under normal
    operating
    conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated
    data can be up
    to an hour behind during outages. Search functionality is not available to merchants in India.</p>

    Args:
        expand (list[str] | Unset):
        limit (int | Unset):
        page (str | Unset):
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomersSearchResponse200 | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        expand=expand,
        limit=limit,
        page=page,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> Response[GetCustomersSearchResponse200 | StripeErrorResponse]:
    """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-
    language">Search Query Language</a>.
    Don’t use search in read-after-write flows where strict consistency is necessary. Under normal
    operating
    conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated
    data can be up
    to an hour behind during outages. Search functionality is not available to merchants in India.</p>

    Args:
        expand (list[str] | Unset):
        limit (int | Unset):
        page (str | Unset):
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomersSearchResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        expand=expand,
        limit=limit,
        page=page,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> GetCustomersSearchResponse200 | StripeErrorResponse | None:
    """<p>Search for customers you’ve previously created using Stripe’s <a href="/docs/search#search-query-
    language">Search Query Language</a>.
    Don’t use search in read-after-write flows where strict consistency is necessary. Under normal
    operating
    conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated
    data can be up
    to an hour behind during outages. Search functionality is not available to merchants in India.</p>

    Args:
        expand (list[str] | Unset):
        limit (int | Unset):
        page (str | Unset):
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomersSearchResponse200 | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            expand=expand,
            limit=limit,
            page=page,
            query=query,
        )
    ).parsed
