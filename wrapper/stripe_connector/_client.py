"""``StripeConnector``: the synchronous connector (``AsyncStripeConnector`` is its twin in ``async_client``).

Three ways in, one path through: ``call`` (a tool name and a JSON object in, Stripe's JSON out) for workflow
engines and agents; ``paginate`` for every object of a list; and one typed method per tool for applications.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import httpx

from ._core import DEFAULT_BASE_URL, ConnectorCore, IdempotencyScope, PreparedRequest
from ._details import CallResult
from ._rate_limit import RateGate, RateLimiter, applies_by_default, check_rate_limiter, default_rate_limiter, gate_for
from ._retry import RetryPolicy
from ._transport import RequestFactory, sync_transport
from .errors import ConnectorClosedError, InvalidInputError, StripeConnectionError

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


def without_none(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Typed methods use ``None`` for "not given"; tools take absent keys."""
    return {name: value for name, value in arguments.items() if value is not None}


def page_arguments(tool: str, arguments: Mapping[str, Any] | None, max_items: int | None) -> dict[str, Any]:
    """Check that ``paginate`` was given a list tool and a sensible ``max_items``; return a copy to page with."""
    from ._catalogue import get_tool

    if not get_tool(tool).is_list:
        raise InvalidInputError("tool", f"{tool} is not a list tool; paginate takes list_* tools")
    if max_items is not None and (not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 0):
        raise InvalidInputError("max_items", "must be an integer >= 0 or None")
    if arguments is not None and not isinstance(arguments, Mapping):
        raise InvalidInputError("arguments", "must be a JSON object")
    return dict(arguments or {})


def next_cursor(page: Mapping[str, Any]) -> str | None:
    """The ``starting_after`` for the next page, or None when this page is the last."""
    data = page.get("data") or []
    if not page.get("has_more") or not data:
        return None
    last = data[-1]
    return last.get("id") if isinstance(last, Mapping) else None


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class ConnectorBase(Generic[TransportT]):
    """What the sync and async connectors share: construction, configuration checks, repr and dry runs.

    ``max_retries`` retries connection failures, timeouts, 409, 429 and 5xx with backoff (see ``RetryPolicy``);
    ``max_amount`` (``{"usd": 5000}``) refuses larger payments before sending; a live key needs ``allow_live``;
    ``allowed_tools`` limits what ``call`` runs. ``transport`` is an httpx transport (``MockTransport`` in tests);
    by default httpx's pooled transport, through the environment's proxy if one applies. ``rate_limiter`` paces
    calls to the account's rate budget: by default a per-process limiter at Stripe's published limits when talking
    to Stripe itself (none for a local fake); a ``RedisRateLimiter`` shares the budget across processes; ``False``
    turns pacing off.
    """

    core: ConnectorCore

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = 2,
        timeout: float = 30.0,
        stripe_version: str | None = None,
        max_amount: Mapping[str, int] | None = None,
        allow_live: bool = False,
        allowed_tools: Collection[str] | None = None,
        retry_policy: RetryPolicy | None = None,
        transport: TransportT | None = None,
        rate_limiter: RateLimiter | Literal[False] | None = None,
    ) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise InvalidInputError("timeout", "must be a number of seconds > 0")
        limiter = check_rate_limiter(rate_limiter)
        self.core = ConnectorCore(
            api_key,
            base_url=base_url,
            retry_policy=retry_policy or RetryPolicy(max_retries=max_retries),
            stripe_version=stripe_version,
            max_amount=max_amount,
            allow_live=allow_live,
            allowed_tools=allowed_tools,
        )
        self._requests = RequestFactory(self.core.base_url, self.core.default_headers(), timeout)
        self._transport: TransportT = transport or self._default_transport(self.core.base_url)
        self._closed = False
        if limiter is None and applies_by_default(self.core.base_url):
            limiter = default_rate_limiter()
        self._rate_limiter: RateLimiter | None = limiter if isinstance(limiter, RateLimiter) else None

    def _gate(self, request: PreparedRequest) -> RateGate:
        """The rate budgets ``request`` spends from (see ``_rate_limit``), and its attempt count."""
        return gate_for(self._rate_limiter, self.core.rate_account, self.core.livemode, request)

    def _default_transport(self, base_url: str) -> TransportT:
        raise NotImplementedError

    @property
    def is_closed(self) -> bool:
        """Whether the connector has been closed (``close()``/``aclose()`` or the end of its ``with`` block)."""
        return self._closed

    def __repr__(self) -> str:
        mode = "live" if self.core.livemode else "test"
        return f"{type(self).__name__}(base_url={self.core.base_url!r}, mode={mode!r}, api_key=<redacted>)"

    def dry_run(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> dict[str, Any]:
        """The exact request ``call`` would send (method, URL, headers with the key redacted, body); sends nothing."""
        request = self.core.prepare(
            tool,
            arguments,
            idempotency_key=idempotency_key,
            idempotency_scope=idempotency_scope,
            stripe_account=stripe_account,
        )
        return self.core.describe(request)


class StripeConnector(ConnectorBase[httpx.BaseTransport]):
    """Stripe's tools over one pooled HTTP connection; thread-safe, reuse one instance per key.

    ``StripeConnector("sk_test_...", base_url=..., max_retries=2, timeout=30.0)``; see :class:`ConnectorBase` for
    every option.
    """

    def _default_transport(self, base_url: str) -> httpx.BaseTransport:
        return sync_transport(base_url)

    def __enter__(self) -> StripeConnector:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._closed = True
        self._transport.close()

    # --- the one path -----------------------------------------------------------------------------------------------

    def call(
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
        return self.core.read_json(request, self._send(request))

    def call_with_details(
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
        response = self._send(request, gate)
        return CallResult.from_exchange(request, response, self.core.read_json(request, response), gate.attempts)

    def paginate(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every object of a list tool, page after page (``starting_after``), holding one page at a time."""
        page_args = page_arguments(tool, arguments, max_items)
        remaining = max_items
        while remaining is None or remaining > 0:
            page = self.call(tool, page_args, stripe_account=stripe_account)
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

    def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt."""
        if self._closed:
            raise ConnectorClosedError("this connector is closed; create a new one to send requests")
        gate = gate or self._gate(request)
        retries_done = 0
        while True:
            gate.wait()
            started = time.perf_counter()
            try:
                response = self._transport.handle_request(self._requests.build(request))
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                outcome = self.core.after_failure(request, exc, retries_done, started)
            else:
                gate.saw(response)
                retry_delay = self.core.after_response(request, response, retries_done, started)
                if retry_delay is None:
                    return response
                outcome = retry_delay
            if isinstance(outcome, StripeConnectionError):
                raise outcome  # outside the except block, so the httpx error (and its headers) is not its context
            time.sleep(outcome)
            retries_done += 1

    def _typed(
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
        return self.core.parse_typed(request, self._send(request))

    # --- typed methods: one per tool, returning the generated models ------------------------------------------------
    def list_customers(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        email: str | None = None,
        stripe_account: str | None = None,
    ) -> GetCustomersResponse200:
        """List customers (GET /v1/customers)."""
        arguments = {"limit": limit, "starting_after": starting_after, "email": email}
        return cast("GetCustomersResponse200", self._typed("list_customers", arguments, stripe_account=stripe_account))

    def get_customer(self, id: str, *, stripe_account: str | None = None) -> Customer | DeletedCustomer:
        """Retrieve a customer (GET /v1/customers/{id}); a deleted one comes back as ``DeletedCustomer``."""
        arguments = {"id": id}
        return cast(
            "Customer | DeletedCustomer",
            self._typed("get_customer", arguments, stripe_account=stripe_account),
        )

    def create_customer(
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
            self._typed("create_customer", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    def list_charges(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        customer: str | None = None,
        stripe_account: str | None = None,
    ) -> GetChargesResponse200:
        """List charges (GET /v1/charges)."""
        arguments = {"limit": limit, "starting_after": starting_after, "customer": customer}
        return cast("GetChargesResponse200", self._typed("list_charges", arguments, stripe_account=stripe_account))

    def create_charge(
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
            self._typed("create_charge", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    def list_payment_intents(
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
            self._typed("list_payment_intents", arguments, stripe_account=stripe_account),
        )

    def create_payment_intent(
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
            self._typed("create_payment_intent", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    def list_invoices(
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
        return cast("GetInvoicesResponse200", self._typed("list_invoices", arguments, stripe_account=stripe_account))

    def create_invoice(
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
            self._typed("create_invoice", arguments, idempotency_key, idempotency_scope, stripe_account),
        )

    def list_products(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        active: bool | None = None,
        stripe_account: str | None = None,
    ) -> GetProductsResponse200:
        """List products (GET /v1/products)."""
        arguments = {"limit": limit, "starting_after": starting_after, "active": active}
        return cast("GetProductsResponse200", self._typed("list_products", arguments, stripe_account=stripe_account))

    def list_subscriptions(
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
            self._typed("list_subscriptions", arguments, stripe_account=stripe_account),
        )

    def raw_request(
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
            self._typed("raw_request", arguments, idempotency_key, idempotency_scope, stripe_account),
        )
