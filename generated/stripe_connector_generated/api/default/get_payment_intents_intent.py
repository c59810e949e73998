from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.payment_intent import PaymentIntent
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, form_pairs


def _get_kwargs(
    intent: str,
    *,
    client_secret: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_secret"] = client_secret

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payment_intents/{intent}".format(
            intent=quote(str(intent), safe="").replace(".", "%2E"),
        ),
        "params": form_pairs(params),
    }

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
    client_secret: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

    <p>You can retrieve a PaymentIntent client-side using a publishable key when the
    <code>client_secret</code> is in the query string. </p>

    <p>If you retrieve a PaymentIntent with a publishable key, it only returns a subset of properties.
    Refer to the <a href="#payment_intent_object">payment intent</a> object reference for more
    details.</p>

    Args:
        intent (str):
        client_secret (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        intent=intent,
        client_secret=client_secret,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    client_secret: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

    <p>You can retrieve a PaymentIntent client-side using a publishable key when the
    <code>client_secret</code> is in the query string. </p>

    <p>If you retrieve a PaymentIntent with a publishable key, it only returns a subset of properties.
    Refer to the <a href="#payment_intent_object">payment intent</a> object reference for more
    details.</p>

    Args:
        intent (str):
        client_secret (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentIntent | StripeErrorResponse
    """

    return sync_detailed(
        intent=intent,
        client=client,
        client_secret=client_secret,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    client_secret: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[PaymentIntent | StripeErrorResponse]:
    """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

    <p>You can retrieve a PaymentIntent client-side using a publishable key when the
    <code>client_secret</code> is in the query string. </p>

    <p>If you retrieve a PaymentIntent with a publishable key, it only returns a subset of properties.
    Refer to the <a href="#payment_intent_object">payment intent</a> object reference for more
    details.</p>

    Args:
        intent (str):
        client_secret (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentIntent | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        intent=intent,
        client_secret=client_secret,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    intent: str,
    *,
    client: AuthenticatedClient | Client,
    client_secret: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> PaymentIntent | StripeErrorResponse | None:
    """<p>Retrieves the details of a PaymentIntent that has previously been created. </p>

    <p>You can retrieve a PaymentIntent client-side using a publishable key when the
    <code>client_secret</code> is in the query string. </p>

    <p>If you retrieve a PaymentIntent with a publishable key, it only returns a subset of properties.
    Refer to the <a href="#payment_intent_object">payment intent</a> object reference for more
    details.</p>

    Args:
        intent (str):
        client_secret (str | Unset):
        expand (list[str] | Unset):

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
            client_secret=client_secret,
            expand=expand,
        )
    ).parsed
