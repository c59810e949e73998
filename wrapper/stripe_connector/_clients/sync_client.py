"""``StripeConnector``: the synchronous connector (``AsyncStripeConnector``, in ``async_client``, runs the same
steps with ``await``).

Three ways in, one path through: ``call`` (a tool name and a JSON object in, Stripe's JSON out) for workflow
engines and agents; ``paginate`` for every object of a list; and one typed method per tool for applications.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any, Unpack

import httpx

from .._core.base import CLOSED_MESSAGE, ConnectorBase, without_none
from .._core.connection_check import ConnectionCheck
from .._http.rate_limit import RateGate
from .._http.shared import shared_sync_transport
from .._http.time_limits import (
    ATTEMPT_DEADLINE,
    ATTEMPT_OWNER,
    attempt_deadline,
    budget_wait_bound,
    call_deadline,
    time_left,
)
from .._http.transport import AnswerTooLarge, deadline_backend, read_or_stream, sync_transport
from .._types.call_result import CallResult
from .._types.from_spec import SyncToolMethods
from .._types.options import PageOptions, PreparedRequest, RequestOptions
from ..errors import ConnectorClosedError, StripeConnectorError
from ..operations._methods import SyncOperationMethods
from ..telemetry._hook import observe
from ..telemetry._quiet import Watch
from ..tools.pager import Pager


class StripeConnector(SyncToolMethods, ConnectorBase[httpx.BaseTransport], SyncOperationMethods):
    """Stripe's tools over the process's shared pool of HTTP connections; thread-safe, cheap to make (one per
    connection, or per workflow step, costs microseconds and about a kilobyte).

    ``StripeConnector(api_key, *, base_url="https://api.stripe.com", max_retries=2, timeout=30.0,
    stripe_version=None, max_amount=None, allow_live=False, allowed_tools=None, retry_policy=None, transport=None,
    total_timeout=None, max_response_bytes=32 MiB, rate_limiter=None, hosts=None, stripe_account=None,
    stripe_context=None, max_in_flight=32, share_transport=True, rate_account=None)``:

    * ``api_key``: a secret (``sk_``), restricted (``rk_``) or organisation (``sk_org_``) key; a live key needs
      ``allow_live=True``. ``stripe_account`` (Connect) or ``stripe_context`` (``Stripe-Context``; an organisation
      key needs one) is the account every call acts on, unless the call names its own.
    * Many connections: the transport is shared by every connector of the process with the same origin and proxy
      (``close()`` ends only this connector's calls); ``max_in_flight`` caps this connector's attempts in flight so
      that one slow connection cannot take the whole pool; ``share_transport=False`` gives it a private pool.
    * ``max_retries`` retries connection failures, timeouts, 409, 429 and 5xx with backoff (``retry_policy``, a
      :class:`~stripe_connector.RetryPolicy`, sets the backoff too); ``max_amount`` (``{"usd": 5000}``) refuses
      larger payments before sending; ``allowed_tools`` limits what ``call`` runs; ``stripe_version`` pins another
      API version than the generated spec's.
    * Time: ``timeout`` bounds each attempt as a whole (connect, send, and the full answer, however slowly it
      drips), and ``total_timeout`` (None: no overall limit beyond ``timeout`` per attempt and the retry policy)
      bounds a call across its retries and backoffs; a retry that could not start before it is not attempted.
      Waiting for the rate budget counts too: a wait longer than what is left of ``total_timeout`` (or, without
      one, than ``timeout``) is not taken, and the call fails at once with ``RateBudgetTimeoutError``.
      ``max_response_bytes`` caps the decoded size of an answer (32 MiB by default).
    * ``transport`` is an httpx transport (``MockTransport`` in tests); by default the shared pooled transport,
      through the environment's proxy if one applies.
    * ``hosts`` maps Stripe's other hosts to base URLs (``{"files": ..., "meter_events": ..., "*": ...}``): each
      operation goes to the host its spec names (see ``_http.hosts``); ``base_url`` is the main API host's.
    * ``rate_limiter`` paces calls to the account's rate budget: by default a per-process limiter at Stripe's
      published limits when talking to Stripe itself (none for a local fake); a ``RedisRateLimiter`` shares the
      budget across processes; ``False`` turns pacing off. Budgets are the key's own, or, with
      ``rate_account="acct_..."`` (the key's account, as ``check_connection`` finds it), its account's: connectors of
      different keys of one account then share them. The account a call acts on (``stripe_account``,
      ``stripe_context``) has budgets of its own.

    Processes: a connector refuses ``pickle`` (its key must not travel), and a forked child (Celery prefork,
    gunicorn, multiprocessing) opens its own connections on first use instead of sharing the parent's sockets.
    That is done for the connector's own transport; a ``transport`` passed in is the caller's to manage.
    """

    def _default_transport(self, base_url: str) -> httpx.BaseTransport:
        if self._shared:
            return shared_sync_transport(base_url)
        return sync_transport(base_url)

    def __enter__(self) -> StripeConnector:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """End this connector; calls in flight, in a backoff or queued for a slot end with ``ConnectorClosedError``.

        Nothing is sent after ``close()`` returns: no retry, no new connection. Threads blocked reading an answer
        are woken (their sockets are shut down). A private pool (``share_transport=False``) is closed; the shared
        one is not (other connectors use it): only the sockets this connector's calls are reading are shut down.
        """
        self._closed = True
        self._closing.set()
        self._cap.close()
        if not self._owns_transport:
            self._stream_owner.abort()
            if not self._shared:
                self._transport.close()  # the caller's transport: closed, as before
            return
        backend = deadline_backend(self._transport)
        if backend is not None:
            backend.abort()
        self._transport.close()

    def check_connection(self) -> ConnectionCheck:
        """What this connection is, found with GET requests only: ``key_kind``, ``mode``, ``account_id``,
        ``display_name`` and, for a restricted key, which of the connector's tools it may use (see
        :class:`~stripe_connector.ConnectionCheck`). A key Stripe refuses raises ``AuthenticationError`` (never
        echoing the key); what a platform calls when a user adds a key."""
        plan = self._check_plan()
        request = next(plan)
        while True:
            try:
                request = plan.send(self._send(request))
            except StopIteration as done:
                result: ConnectionCheck = done.value
                return result

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
            return self.core.request_preview(request)
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
        """Every object of a list tool, page after page, holding one page at a time (see ``tools.pager.Pager``).

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
        ``concurrency`` (at most this many pages in flight; by default the pace times the latency measured),
        ``checkpoint`` (a path or ``sqlite:///path``: resumable), ``created_gte``/``created_lt``, ``stripe_account``,
        ``buffer_pages``, ``page_retries``; see ``stripe_connector.export`` and docs/guides/export.md.
        """
        from ..export._sync import start_export

        return start_export(self, tool_or_operation, arguments, **options)

    def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt.

        Every attempt is bounded by ``timeout`` as a whole and the call by ``total_timeout``; after ``close()``
        nothing more is sent and the call ends with ``ConnectorClosedError``. ``telemetry`` watches the call when
        an OpenTelemetry provider is configured (its hooks do nothing otherwise).
        """
        with observe(request, self.core) as watch:
            return self._attempts(request, gate or self._gate(request), watch)

    def _attempts(self, request: PreparedRequest, gate: RateGate, watch: Watch) -> httpx.Response:
        deadline = call_deadline(self.total_timeout)
        owner = None if self._owns_transport else self._stream_owner
        cap = self._cap
        retries_done = 0
        while True:
            if self._closed:
                raise ConnectorClosedError(CLOSED_MESSAGE)
            watch.waiting()
            gate.wait(budget_wait_bound(self.timeout, deadline), self._closing)  # close() ends the wait at once
            watch.sending()
            transport = self._current_transport()
            cap.acquire(budget_wait_bound(self.timeout, deadline))  # close() ends this wait too
            started = time.perf_counter()
            attempt_ends = attempt_deadline(self.timeout, deadline)
            token = ATTEMPT_DEADLINE.set(attempt_ends)
            owner_token = ATTEMPT_OWNER.set(owner)
            try:
                response = transport.handle_request(self._requests.build(request))
                read_or_stream(response, attempt_ends, self.max_response_bytes, request.sink)
            except (httpx.HTTPError, AnswerTooLarge) as exc:
                outcome: float | StripeConnectorError = self.core.after_failure(
                    request, exc, retries_done, started, time_left(deadline)
                )
                watch.failed(exc, outcome)
            else:
                gate.saw(response)
                retry_delay = self.core.after_response(request, response, retries_done, started, time_left(deadline))
                watch.answered(response, retry_delay)
                if retry_delay is None:
                    return response
                outcome = retry_delay
            finally:
                ATTEMPT_OWNER.reset(owner_token)
                ATTEMPT_DEADLINE.reset(token)
                cap.release()
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
