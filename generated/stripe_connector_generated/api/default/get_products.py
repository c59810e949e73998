from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_products_created_type_0 import GetProductsCreatedType0
from ...models.get_products_response_200 import GetProductsResponse200
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    created: GetProductsCreatedType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    shippable: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    json_created: dict[str, Any] | int | Unset
    if isinstance(created, Unset):
        json_created = UNSET
    elif isinstance(created, GetProductsCreatedType0):
        json_created = created.to_dict()
    else:
        json_created = created
    params["created"] = json_created

    params["ending_before"] = ending_before

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["limit"] = limit

    params["shippable"] = shippable

    params["starting_after"] = starting_after

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/products",
        "params": form_pairs(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProductsResponse200 | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = GetProductsResponse200.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> GetProductsResponse200:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = GetProductsResponse200.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProductsResponse200 | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    created: GetProductsCreatedType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    shippable: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Response[GetProductsResponse200 | StripeErrorResponse]:
    """<p>Returns a list of your products. The products are returned sorted by creation date, with the most
    recently created products appearing first.</p>

    Args:
        active (bool | Unset):
        created (GetProductsCreatedType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        ids (list[str] | Unset):
        limit (int | Unset):
        shippable (bool | Unset):
        starting_after (str | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        active=active,
        created=created,
        ending_before=ending_before,
        expand=expand,
        ids=ids,
        limit=limit,
        shippable=shippable,
        starting_after=starting_after,
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    created: GetProductsCreatedType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    shippable: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> GetProductsResponse200 | StripeErrorResponse | None:
    """<p>Returns a list of your products. The products are returned sorted by creation date, with the most
    recently created products appearing first.</p>

    Args:
        active (bool | Unset):
        created (GetProductsCreatedType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        ids (list[str] | Unset):
        limit (int | Unset):
        shippable (bool | Unset):
        starting_after (str | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductsResponse200 | StripeErrorResponse
    """

    return sync_detailed(
        client=client,
        active=active,
        created=created,
        ending_before=ending_before,
        expand=expand,
        ids=ids,
        limit=limit,
        shippable=shippable,
        starting_after=starting_after,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    created: GetProductsCreatedType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    shippable: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Response[GetProductsResponse200 | StripeErrorResponse]:
    """<p>Returns a list of your products. The products are returned sorted by creation date, with the most
    recently created products appearing first.</p>

    Args:
        active (bool | Unset):
        created (GetProductsCreatedType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        ids (list[str] | Unset):
        limit (int | Unset):
        shippable (bool | Unset):
        starting_after (str | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductsResponse200 | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        active=active,
        created=created,
        ending_before=ending_before,
        expand=expand,
        ids=ids,
        limit=limit,
        shippable=shippable,
        starting_after=starting_after,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    created: GetProductsCreatedType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    shippable: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> GetProductsResponse200 | StripeErrorResponse | None:
    """<p>Returns a list of your products. The products are returned sorted by creation date, with the most
    recently created products appearing first.</p>

    Args:
        active (bool | Unset):
        created (GetProductsCreatedType0 | int | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        ids (list[str] | Unset):
        limit (int | Unset):
        shippable (bool | Unset):
        starting_after (str | Unset):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductsResponse200 | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            created=created,
            ending_before=ending_before,
            expand=expand,
            ids=ids,
            limit=limit,
            shippable=shippable,
            starting_after=starting_after,
            url_query=url_query,
        )
    ).parsed
