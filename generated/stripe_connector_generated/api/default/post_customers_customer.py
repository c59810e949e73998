from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.post_customers_customer_body import PostCustomersCustomerBody
from ...models.stripe_error_response import StripeErrorResponse
from ...types import UNSET, Response, Unset, encode_form


def _get_kwargs(
    customer: str,
    *,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer}".format(
            customer=quote(str(customer), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = encode_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | StripeErrorResponse:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

        return response_200

    response_default = StripeErrorResponse.from_dict(response.json())

    return response_default


def parse_success(data: Any) -> Customer:
    """The typed model of Stripe's successful answer, built from JSON the caller has already decoded.

    Public for the connector's parser registry (``api.default.success_parser``): a response is decoded once.
    """
    response_200 = Customer.from_dict(data)

    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | StripeErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Response[Customer | StripeErrorResponse]:
    """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not
    provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter,
    that becomes the customer’s active source (e.g., a card) to be used for all charges in the future.
    When you update a customer to a new valid card source by passing the <strong>source</strong>
    parameter: for each of the customer’s current subscriptions, if the subscription bills automatically
    and is in the <code>past_due</code> state, then the latest open invoice for the subscription with
    automatic collection enabled will be retried. This retry will not count as an automatic retry, and
    will not affect the next regularly scheduled payment for the invoice. Changing the
    <strong>default_source</strong> for a customer will not trigger this behavior.</p>

    <p>This request accepts mostly the same arguments as the customer creation call.</p>

    Args:
        customer (str):
        body (PostCustomersCustomerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Customer | StripeErrorResponse | None:
    """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not
    provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter,
    that becomes the customer’s active source (e.g., a card) to be used for all charges in the future.
    When you update a customer to a new valid card source by passing the <strong>source</strong>
    parameter: for each of the customer’s current subscriptions, if the subscription bills automatically
    and is in the <code>past_due</code> state, then the latest open invoice for the subscription with
    automatic collection enabled will be retried. This retry will not count as an automatic retry, and
    will not affect the next regularly scheduled payment for the invoice. Changing the
    <strong>default_source</strong> for a customer will not trigger this behavior.</p>

    <p>This request accepts mostly the same arguments as the customer creation call.</p>

    Args:
        customer (str):
        body (PostCustomersCustomerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | StripeErrorResponse
    """

    return sync_detailed(
        customer=customer,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Response[Customer | StripeErrorResponse]:
    """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not
    provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter,
    that becomes the customer’s active source (e.g., a card) to be used for all charges in the future.
    When you update a customer to a new valid card source by passing the <strong>source</strong>
    parameter: for each of the customer’s current subscriptions, if the subscription bills automatically
    and is in the <code>past_due</code> state, then the latest open invoice for the subscription with
    automatic collection enabled will be retried. This retry will not count as an automatic retry, and
    will not affect the next regularly scheduled payment for the invoice. Changing the
    <strong>default_source</strong> for a customer will not trigger this behavior.</p>

    <p>This request accepts mostly the same arguments as the customer creation call.</p>

    Args:
        customer (str):
        body (PostCustomersCustomerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | StripeErrorResponse]
    """

    kwargs = _get_kwargs(
        customer=customer,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Customer | StripeErrorResponse | None:
    """<p>Updates the specified customer by setting the values of the parameters passed. Any parameters not
    provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter,
    that becomes the customer’s active source (e.g., a card) to be used for all charges in the future.
    When you update a customer to a new valid card source by passing the <strong>source</strong>
    parameter: for each of the customer’s current subscriptions, if the subscription bills automatically
    and is in the <code>past_due</code> state, then the latest open invoice for the subscription with
    automatic collection enabled will be retried. This retry will not count as an automatic retry, and
    will not affect the next regularly scheduled payment for the invoice. Changing the
    <strong>default_source</strong> for a customer will not trigger this behavior.</p>

    <p>This request accepts mostly the same arguments as the customer creation call.</p>

    Args:
        customer (str):
        body (PostCustomersCustomerBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | StripeErrorResponse
    """

    return (
        await asyncio_detailed(
            customer=customer,
            client=client,
            body=body,
        )
    ).parsed
