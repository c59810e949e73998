"""``AsyncStripeConnector``: the asyncio twin of ``StripeConnector`` (same tools, same core, ``await``).

Only sending differs from the sync connector: requests are prepared and responses read by the shared core, and
the retry decisions come from the same policy; here the wait is ``asyncio.sleep``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._client import ConnectorBase, next_cursor, page_arguments, without_none
from ._core import IdempotencyScope, PreparedRequest
from ._details import CallResult
from ._rate_limit import RateGate
from ._transport import async_transport
from .errors import ConnectorClosedError, StripeConnectionError

if TYPE_CHECKING:
    from stripe_connector_generated.models import (
        Charge,
        Customer,
        DeletedCustomer,
        GetChargesResponse200,
        GetCustomersResponse200,
        GetInvoicesResponse200,
        GetPaymentIntentsResponse200,
        GetProductsResponse200,
        GetSubscriptionsResponse200,
        Invoice,
        PaymentIntent,
    )


class AsyncStripeConnector(ConnectorBase[httpx.AsyncBaseTransport]):
    """Stripe's tools over one pooled asyncio HTTP connection; share one instance across tasks.

    Same options as :class:`~stripe_connector._client.StripeConnector` (see ``ConnectorBase``), with an async
    transport.
    """

    def _default_transport(self, base_url: str) -> httpx.AsyncBaseTransport:
        return async_transport(base_url)

    async def __aenter__(self) -> AsyncStripeConnector:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections."""
        self._closed = True
        await self._transport.aclose()

    # --- the one path -----------------------------------------------------------------------------------------------

    async def call(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
        dry_run: bool = False,
    ) -> dict[str, Any]:
        """Run ``tool`` with ``arguments`` (as the reference documents them); return Stripe's JSON unchanged.

        ``idempotency_scope`` (e.g. ``[run_id, step_id]``) derives a stable key for replay-safe POSTs;
        ``dry_run`` returns the request that would be sent instead of sending it.
        """
        request = self.core.prepare(
            tool,
            arguments,
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        if dry_run:
            return self.core.describe(request)
        return self.core.read_json(request, await self._send(request))

    async def call_with_details(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> CallResult:
        """``call``, plus what the engine saw: request id, ``Idempotent-Replayed``, idempotency key, attempts."""
        request = self.core.prepare(
            tool,
            arguments,
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        gate = self._gate(request)
        response = await self._send(request, gate)
        return CallResult.from_exchange(request, response, self.core.read_json(request, response), gate.attempts)

    async def paginate(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every object of a list tool, page after page (``starting_after``), holding one page at a time."""
        page_args = page_arguments(tool, arguments, max_items)
        remaining = max_items
        while remaining is None or remaining > 0:
            page = await self.call(tool, page_args, stripe_account=stripe_account)
            for item in page.get("data") or []:
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item
            cursor = next_cursor(page)
            if cursor is None:
                return
            page_args["starting_after"] = cursor

    async def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt."""
        if self._closed:
            raise ConnectorClosedError("this connector is closed; create a new one to send requests")
        gate = gate or self._gate(request)
        retries_done = 0
        while True:
            await gate.wait_async()
            started = time.perf_counter()
            try:
                response = await self._transport.handle_async_request(self._requests.build(request))
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.HTTPError as exc:
                outcome = self.core.after_failure(request, exc, retries_done, started)
            else:
                await gate.saw_async(response)
                retry_delay = self.core.after_response(request, response, retries_done, started)
                if retry_delay is None:
                    return response
                outcome = retry_delay
            if isinstance(outcome, StripeConnectionError):
                raise outcome  # outside the except block, so the httpx error (and its headers) is not its context
            import asyncio  # only a retry needs it; importing asyncio up front costs ~10 ms

            await asyncio.sleep(outcome)
            retries_done += 1

    async def _typed(
        self,
        tool: str,
        arguments: Mapping[str, Any],
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> Any:
        request = self.core.prepare(
            tool,
            without_none(arguments),
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        return self.core.parse_typed(request, await self._send(request))

    # --- typed methods: one per tool, returning the generated models ------------------------------------------------
    async def list_customers(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        email: str | None = None,
        stripe_account: str | None = None,
    ) -> GetCustomersResponse200:
        """List customers (GET /v1/customers)."""
        arguments = {"limit": limit, "starting_after": starting_after, "email": email}
        return cast(
            "GetCustomersResponse200",
            await self._typed("list_customers", arguments, stripe_account=stripe_account),
        )

    async def get_customer(self, id: str, *, stripe_account: str | None = None) -> Customer | DeletedCustomer:
        """Retrieve a customer (GET /v1/customers/{id}); a deleted one comes back as ``DeletedCustomer``."""
        arguments = {"id": id}
        return cast(
            "Customer | DeletedCustomer",
            await self._typed("get_customer", arguments, stripe_account=stripe_account),
        )

    async def create_customer(
        self,
        *,
        email: str | None = None,
        name: str | None = None,
        phone: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> Customer:
        """Create a customer (POST /v1/customers)."""
        arguments = {
            "email": email,
            "name": name,
            "phone": phone,
            "description": description,
            "metadata": metadata,
        }
        return cast(
            "Customer",
            await self._typed("create_customer", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    async def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        customer: str | None = None,
        stripe_account: str | None = None,
    ) -> GetChargesResponse200:
        """List charges (GET /v1/charges)."""
        arguments = {"limit": limit, "starting_after": starting_after, "customer": customer}
        return cast(
            "GetChargesResponse200",
            await self._typed("list_charges", arguments, stripe_account=stripe_account),
        )

    async def create_charge(
        self,
        *,
        amount: int,
        currency: str,
        customer: str | None = None,
        source: str | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> Charge:
        """Create a charge (POST /v1/charges); ``amount`` in the smallest currency unit."""
        arguments = {
            "amount": amount,
            "currency": currency,
            "customer": customer,
            "source": source,
            "description": description,
            "metadata": metadata,
        }
        return cast(
            "Charge",
            await self._typed("create_charge", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    async def list_payment_intents(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        customer: str | None = None,
        stripe_account: str | None = None,
    ) -> GetPaymentIntentsResponse200:
        """List payment intents (GET /v1/payment_intents)."""
        arguments = {"limit": limit, "starting_after": starting_after, "customer": customer}
        return cast(
            "GetPaymentIntentsResponse200",
            await self._typed("list_payment_intents", arguments, stripe_account=stripe_account),
        )

    async def create_payment_intent(
        self,
        *,
        amount: int,
        currency: str,
        customer: str | None = None,
        payment_method_types: list[str] | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> PaymentIntent:
        """Create a payment intent (POST /v1/payment_intents); ``payment_method_types`` defaults to ["card"]."""
        arguments = {
            "amount": amount,
            "currency": currency,
            "customer": customer,
            "payment_method_types": payment_method_types,
            "description": description,
            "metadata": metadata,
        }
        return cast(
            "PaymentIntent",
            await self._typed("create_payment_intent", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    async def list_invoices(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        customer: str | None = None,
        status: str | None = None,
        stripe_account: str | None = None,
    ) -> GetInvoicesResponse200:
        """List invoices (GET /v1/invoices)."""
        arguments = {"limit": limit, "starting_after": starting_after, "customer": customer, "status": status}
        return cast(
            "GetInvoicesResponse200",
            await self._typed("list_invoices", arguments, stripe_account=stripe_account),
        )

    async def create_invoice(
        self,
        *,
        customer: str,
        auto_advance: bool | None = None,
        collection_method: str | None = None,
        days_until_due: int | None = None,
        description: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Create an invoice (POST /v1/invoices); defaults: auto_advance true, charge_automatically."""
        arguments = {
            "customer": customer,
            "auto_advance": auto_advance,
            "collection_method": collection_method,
            "days_until_due": days_until_due,
            "description": description,
            "metadata": metadata,
        }
        return cast(
            "Invoice",
            await self._typed("create_invoice", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    async def list_products(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        active: bool | None = None,
        stripe_account: str | None = None,
    ) -> GetProductsResponse200:
        """List products (GET /v1/products)."""
        arguments = {"limit": limit, "starting_after": starting_after, "active": active}
        return cast(
            "GetProductsResponse200",
            await self._typed("list_products", arguments, stripe_account=stripe_account),
        )

    async def list_subscriptions(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        customer: str | None = None,
        status: str | None = None,
        stripe_account: str | None = None,
    ) -> GetSubscriptionsResponse200:
        """List subscriptions (GET /v1/subscriptions)."""
        arguments = {"limit": limit, "starting_after": starting_after, "customer": customer, "status": status}
        return cast(
            "GetSubscriptionsResponse200",
            await self._typed("list_subscriptions", arguments, stripe_account=stripe_account),
        )

    async def raw_request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> dict[str, Any]:
        """Any /v1 endpoint of the configured Stripe API; returns Stripe's JSON."""
        arguments = {"method": method, "path": path, "body": body, "query": query}
        return cast(
            "dict[str, Any]",
            await self._typed("raw_request", arguments, idempotency_key, idempotency_scope, stripe_account),
        )
