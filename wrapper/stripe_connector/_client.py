"""``StripeConnector``: the synchronous connector (``AsyncStripeConnector`` is its twin in ``async_client``).

Three ways in, one path through: ``call`` (a tool name and a JSON object in, Stripe's JSON out) for workflow
engines and agents; ``paginate`` for every object of a list; and one typed method per tool for applications.
"""

from __future__ import annotations

import math
import os
import threading
import time
import weakref
from collections.abc import Collection, Iterator, Mapping
from typing import Any, Generic, Literal, TypeVar, Unpack, cast

import httpx
from stripe_connector_generated.connector_methods import SyncToolMethods

from ._core import (
    DEFAULT_BASE_URL,
    ConnectorCore,
    PageOptions,
    PreparedRequest,
    RequestOptions,
    refuse_pickling,
)
from ._details import CallResult
from ._operation_calls import SyncOperationMethods
from ._paging import Pager
from ._rate_limit import RateGate, RateLimiter, applies_by_default, check_rate_limiter, default_rate_limiter, gate_for
from ._retry import RetryPolicy
from ._transport import (
    ATTEMPT_DEADLINE,
    MAX_RESPONSE_BYTES,
    AnswerTooLarge,
    RequestFactory,
    deadline_backend,
    read_body,
    sync_transport,
)
from .errors import ConnectorClosedError, InvalidInputError, StripeConnectorError

CLOSED_MESSAGE = "this connector is closed; create a new one to send requests"


def without_none(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Typed methods use ``None`` for "not given"; tools take absent keys."""
    return {name: value for name, value in arguments.items() if value is not None}


def check_seconds(name: str, value: object, *, optional: bool = False) -> float | None:
    """A finite number of seconds > 0 (or None when ``optional``): NaN and infinity are refused, not waited on."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidInputError(name, "must be a finite number of seconds > 0" + (" or None" if optional else ""))
    return float(value)


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

#: Every live connector, so that a forked child can reset them (see ``ConnectorBase._after_fork``).
_connectors: weakref.WeakSet[ConnectorBase[Any]] = weakref.WeakSet()


def _reset_after_fork() -> None:
    for connector in list(_connectors):
        connector._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


class ConnectorBase(Generic[TransportT]):
    """What the sync and async connectors share: construction, configuration checks, repr and dry runs.

    ``max_retries`` retries connection failures, timeouts, 409, 429 and 5xx with backoff (see ``RetryPolicy``);
    ``max_amount`` (``{"usd": 5000}``) refuses larger payments before sending; a live key needs ``allow_live``;
    ``allowed_tools`` limits what ``call`` runs. ``transport`` is an httpx transport (``MockTransport`` in tests);
    by default httpx's pooled transport, through the environment's proxy if one applies.

    Time: ``timeout`` bounds each attempt as a whole (connect, send, and the full answer, however slowly it
    drips), and ``total_timeout`` (None: no overall limit beyond ``timeout`` per attempt and the retry policy)
    bounds a call across its retries and backoffs; a retry that could not start before it is not attempted.
    Waiting for the rate budget counts too: a wait longer than what is left of ``total_timeout`` (or, without one,
    than ``timeout``) is not taken, and the call fails at once with ``RateBudgetTimeoutError``.
    ``max_response_bytes`` caps the decoded size of an answer (32 MiB by default).

    Processes: a connector refuses ``pickle`` (its key must not travel), and a forked child (Celery prefork,
    gunicorn, multiprocessing) opens its own connections on first use instead of sharing the parent's sockets.
    That is done for the connector's own transport; a ``transport`` passed in is the caller's to manage.

    ``rate_limiter`` paces
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
        total_timeout: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        rate_limiter: RateLimiter | Literal[False] | None = None,
    ) -> None:
        self.timeout = cast(float, check_seconds("timeout", timeout))
        self.total_timeout = check_seconds("total_timeout", total_timeout, optional=True)
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise InvalidInputError("max_response_bytes", "must be an integer number of bytes >= 1")
        self.max_response_bytes = max_response_bytes
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise InvalidInputError("retry_policy", "must be a RetryPolicy")
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
        self._owns_transport = transport is None
        self._transport: TransportT = transport or self._default_transport(self.core.base_url)
        self._transport_lock = threading.Lock()
        self._pid = os.getpid()
        self._closed = False
        #: Set by ``close()``: wakes sync calls waiting out a retry backoff at once.
        self._closing = threading.Event()
        _connectors.add(self)
        if limiter is None and applies_by_default(self.core.base_url):
            limiter = default_rate_limiter()
        self._rate_limiter: RateLimiter | None = limiter if isinstance(limiter, RateLimiter) else None

    def _gate(self, request: PreparedRequest) -> RateGate:
        """The rate budgets ``request`` spends from (see ``_rate_limit``), and its attempt count."""
        return gate_for(self._rate_limiter, self.core.rate_account, self.core.livemode, request)

    def _default_transport(self, base_url: str) -> TransportT:
        raise NotImplementedError

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    def _after_fork(self) -> None:
        """In a forked child: a fresh lock (the parent's may have been held by a thread that does not exist here)."""
        self._transport_lock = threading.Lock()
        self._closing = threading.Event()
        if self._closed:
            self._closing.set()

    def _current_transport(self) -> TransportT:
        """The transport to send with; a new one in a forked child, so no two processes share a socket.

        The parent's pool is dropped, not closed: closing it here would close sockets the parent still uses.
        """
        if self._pid != os.getpid():
            with self._transport_lock:
                if self._pid != os.getpid():
                    if self._owns_transport:
                        self._transport = self._default_transport(self.core.base_url)
                    self._pid = os.getpid()
        return self._transport

    @property
    def is_closed(self) -> bool:
        """Whether the connector has been closed (``close()``/``aclose()`` or the end of its ``with`` block)."""
        return self._closed

    def __repr__(self) -> str:
        mode = "live" if self.core.livemode else "test"
        return f"{type(self).__name__}(base_url={self.core.base_url!r}, mode={mode!r}, api_key=<redacted>)"

    def _call_deadline(self) -> float | None:
        return None if self.total_timeout is None else time.monotonic() + self.total_timeout

    def _attempt_deadline(self, call_deadline: float | None) -> float:
        deadline = time.monotonic() + self.timeout
        return deadline if call_deadline is None else min(deadline, call_deadline)

    @staticmethod
    def _time_left(call_deadline: float | None) -> float | None:
        return None if call_deadline is None else call_deadline - time.monotonic()

    def _budget_wait_bound(self, call_deadline: float | None) -> float:
        """The longest wait for the rate budget this attempt accepts: what is left of ``total_timeout``, or
        ``timeout`` without one (a longer wait fails at once with ``RateBudgetTimeoutError``, see ``RateGate``)."""
        left = self._time_left(call_deadline)
        return self.timeout if left is None else left

    def dry_run(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> dict[str, Any]:
        """The exact request ``call`` would send (method, URL, headers with the key redacted, body); sends nothing."""
        return self.core.describe(self.core.prepare(tool, arguments, **options))


class StripeConnector(SyncToolMethods, SyncOperationMethods, ConnectorBase[httpx.BaseTransport]):
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
        """Close the pooled connections; calls in flight or in a backoff end with ``ConnectorClosedError``.

        Nothing is sent after ``close()`` returns: no retry, no new connection. Threads blocked reading an answer
        are woken (their sockets are shut down), and every pooled connection is closed.
        """
        self._closed = True
        self._closing.set()
        backend = deadline_backend(self._transport)
        if backend is not None:
            backend.abort()
        self._transport.close()

    # --- the one path -----------------------------------------------------------------------------------------------

    def call(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        dry_run: bool = False,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Run ``tool`` with ``arguments`` (as the reference documents them); return Stripe's JSON unchanged.

        ``dry_run`` returns the request that would be sent instead of sending it.
        ``idempotency_key`` or ``idempotency_scope`` (e.g. ``[run_id, step_id]``, a stable key for replay-safe
        POSTs), ``stripe_account`` (Connect) and ``strict`` (arguments shaped by ``tool.strict_input_schema``, ``null``
        for "not given", as strict function calling sends them) are the :class:`RequestOptions`.
        """
        request = self.core.prepare(tool, arguments, **options)
        if dry_run:
            return self.core.describe(request)
        return self.core.read_json(request, self._send(request))

    def call_with_details(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> CallResult:
        """``call``, plus what the engine saw: request id, ``Idempotent-Replayed``, idempotency key, attempts."""
        request = self.core.prepare(tool, arguments, **options)
        gate = self._gate(request)
        response = self._send(request, gate)
        return CallResult.from_exchange(request, response, self.core.read_json(request, response), gate.attempts)

    def paginate(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[PageOptions]
    ) -> Iterator[dict[str, Any]]:
        """Every object of a list tool, page after page, holding one page at a time (see ``_paging.Pager``).

        ``max_items`` stops early; ``stripe_account`` pages a connected account. A server that repeats a page or
        answers an unusable page raises ``StripeResponseError``.
        """
        pager = Pager(tool, arguments, options.get("max_items"))
        while not pager.done:
            yield from pager.accept(self.call(tool, pager.arguments, stripe_account=options.get("stripe_account")))

    def export(
        self, tool_or_operation: str, arguments: Mapping[str, Any] | None = None, **options: Any
    ) -> Iterator[dict[str, Any]]:
        """Every object of a large list, exactly once, paged concurrently in ``created`` shards within the rate budget.

        Objects with ``created`` >= the second the export first started are not included. Options:
        ``concurrency`` (pages in flight, default 10), ``checkpoint`` (a path or ``sqlite:///path``: resumable),
        ``created_gte``/``created_lt``, ``stripe_account``, ``buffer_pages``, ``page_retries``; see
        ``stripe_connector._export`` and the README's "Exporting large lists".
        """
        from ._export._sync import start_export

        return start_export(self, tool_or_operation, arguments, **options)

    def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt.

        Every attempt is bounded by ``timeout`` as a whole and the call by ``total_timeout``; after ``close()``
        nothing more is sent and the call ends with ``ConnectorClosedError``.
        """
        gate = gate or self._gate(request)
        call_deadline = self._call_deadline()
        retries_done = 0
        while True:
            if self._closed:
                raise ConnectorClosedError(CLOSED_MESSAGE)
            gate.wait(self._budget_wait_bound(call_deadline), self._closing)  # close() ends the wait at once
            transport = self._current_transport()
            started = time.perf_counter()
            attempt_deadline = self._attempt_deadline(call_deadline)
            token = ATTEMPT_DEADLINE.set(attempt_deadline)
            try:
                response = transport.handle_request(self._requests.build(request))
                read_body(response, attempt_deadline, self.max_response_bytes)
            except (httpx.HTTPError, AnswerTooLarge) as exc:
                outcome: float | StripeConnectorError = self.core.after_failure(
                    request, exc, retries_done, started, self._time_left(call_deadline)
                )
            else:
                gate.saw(response)
                retry_delay = self.core.after_response(
                    request, response, retries_done, started, self._time_left(call_deadline)
                )
                if retry_delay is None:
                    return response
                outcome = retry_delay
            finally:
                ATTEMPT_DEADLINE.reset(token)
            if self._closed:
                raise ConnectorClosedError(CLOSED_MESSAGE)
            if isinstance(outcome, StripeConnectorError):
                raise outcome  # outside the except block, so the httpx error (and its headers) is not its context
            if self._closing.wait(outcome):  # a backoff that close() cuts short
                raise ConnectorClosedError(CLOSED_MESSAGE)
            retries_done += 1

    def _typed(self, tool: str, arguments: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Any:
        request = self.core.prepare(tool, without_none(arguments), **options)
        return self.core.parse_typed(request, self._send(request))
