"""``StripeConnector``: the synchronous connector (``AsyncStripeConnector`` is its twin in ``async_client``).

Three ways in, one path through: ``call`` (a tool name and a JSON object in, Stripe's JSON out) for workflow
engines and agents; ``paginate`` for every object of a list; and one typed method per tool for applications.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx
from stripe_connector_generated.connector_methods import SyncToolMethods

from ._core import DEFAULT_BASE_URL, ConnectorCore, IdempotencyScope, PreparedRequest
from ._retry import RetryPolicy
from ._transport import RequestFactory, sync_transport
from .errors import ConnectorClosedError, InvalidInputError, StripeConnectionError


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
    by default httpx's pooled transport, through the environment's proxy if one applies.
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
    ) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise InvalidInputError("timeout", "must be a number of seconds > 0")
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


class StripeConnector(SyncToolMethods, ConnectorBase[httpx.BaseTransport]):
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

    def _send(self, request: PreparedRequest) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt."""
        if self._closed:
            raise ConnectorClosedError("this connector is closed; create a new one to send requests")
        retries_done = 0
        while True:
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
        *,
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
