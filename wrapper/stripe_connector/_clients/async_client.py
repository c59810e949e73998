"""``AsyncStripeConnector``: the asyncio twin of ``StripeConnector`` (same tools, same core, ``await``).

Only sending differs from the sync connector: requests are prepared and responses read by the shared core, and
the retry decisions come from the same policy; here the wait is ``asyncio.sleep``.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._core.base import CLOSED_MESSAGE, ConnectorBase, without_none
from .._core.connection_check import ConnectionCheck
from .._http.inflight import cap_timeout
from .._http.rate_limit import RateGate
from .._http.shared import shared_async_transport
from .._http.time_limits import attempt_deadline, budget_wait_bound, call_deadline, time_left
from .._http.transport import AnswerTooLarge, aread_or_stream, async_transport
from .._types.call_result import CallResult
from .._types.from_spec import AsyncToolMethods
from .._types.options import PageOptions, PreparedRequest, RequestOptions
from ..errors import ConnectorClosedError, StripeConnectorError
from ..operations._methods import AsyncOperationMethods
from ..telemetry._hook import observe
from ..telemetry._quiet import Watch
from ..tools.pager import Pager

if TYPE_CHECKING:
    import asyncio

LOOP_CLOSED_MESSAGE = (
    "the transport passed to this connector belongs to an event loop that has closed (a second asyncio.run()?): "
    "create the connector (and its transport) inside the event loop that uses it, or let the connector build its own"
)


class AsyncStripeConnector(AsyncToolMethods, ConnectorBase[httpx.AsyncBaseTransport], AsyncOperationMethods):
    """Stripe's tools over one pooled asyncio HTTP connection; share one instance across tasks.

    The same options as :class:`~stripe_connector.StripeConnector` (documented there), with an async transport
    (``httpx.AsyncBaseTransport``). Connections belong to an event loop: used from a new loop (a second
    ``asyncio.run()``), the connector opens new connections for it rather than touch the old loop's. The shared pool
    (the default) is one per event loop, closed by ``asyncio.run`` as the loop ends.
    """

    _per_loop = True

    def _default_transport(self, base_url: str) -> httpx.AsyncBaseTransport:
        return async_transport(base_url)  # a private pool; the shared one is the loop's (``_transport_for``)

    @property
    def _calls(self) -> set[asyncio.Task[Any]]:
        """The tasks inside ``_send`` now (``aclose`` cancels them), created on first use."""
        calls: set[asyncio.Task[Any]] | None = self.__dict__.get("_calls_in_flight")
        if calls is None:
            calls = self.__dict__.setdefault("_calls_in_flight", set())
        return calls

    async def __aenter__(self) -> AsyncStripeConnector:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections; calls in flight or in a backoff end with ``ConnectorClosedError``.

        Nothing is sent after ``aclose()``: the tasks inside a call are cancelled at their current ``await`` (their
        connection is dropped by httpcore) and their call raises ``ConnectorClosedError``.
        """
        import asyncio

        self._closed = True
        current = asyncio.current_task()
        self._closing_tasks = {task for task in self._calls if task is not current and not task.done()}
        for task in self._closing_tasks:
            task.get_loop().call_soon_threadsafe(task.cancel)
        if self._closing_tasks and all(task.get_loop() is asyncio.get_running_loop() for task in self._closing_tasks):
            await asyncio.wait(self._closing_tasks, timeout=1.0)  # let them drop their connections before ours
        if self._shared:
            return  # the loop's shared pool is others' too: the cancelled tasks have dropped their connections
        if self._bound_loop() in (None, asyncio.get_running_loop()):
            await self._transport.aclose()

    def _bound_loop(self) -> asyncio.AbstractEventLoop | None:
        ref: weakref.ref[asyncio.AbstractEventLoop] | None = self.__dict__.get("_loop_ref")
        return ref() if ref is not None else None

    def _transport_for(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncBaseTransport:
        """The transport for ``loop``: the loop's shared pool, or the connector's own pool, rebuilt when the loop
        changes (or after a fork); a transport passed in is used as it is."""
        if self._shared:
            if self._bound_loop() is not loop:
                self._loop_ref = weakref.ref(loop)
                self._transport = shared_async_transport(loop, self.core.base_url)
            return self._transport
        transport = self._current_transport()
        bound = self._bound_loop()
        if bound is not loop:
            if bound is not None and self._owns_transport:
                # The old pool's connections belong to the other loop (usually closed): leave them to it.
                transport = self._transport = self._default_transport(self.core.base_url)
            self._loop_ref = weakref.ref(loop)
        return transport

    def _async_cap(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        """The cap on this connector's attempts in flight (``max_in_flight``) in ``loop``: one per loop, since an
        asyncio semaphore belongs to the loop that first waits on it."""
        import asyncio

        held: tuple[weakref.ref[asyncio.AbstractEventLoop], asyncio.Semaphore] | None = self.__dict__.get("_loop_cap")
        if held is None or held[0]() is not loop:
            held = (weakref.ref(loop), asyncio.Semaphore(self.core.max_in_flight))
            self.__dict__["_loop_cap"] = held
        return held[1]

    async def check_connection(self) -> ConnectionCheck:
        """The async twin of :meth:`StripeConnector.check_connection` (the same GET-only steps, awaited)."""
        plan = self._check_plan()
        request = next(plan)
        while True:
            try:
                request = plan.send(await self._send(request))
            except StopIteration as done:
                result: ConnectionCheck = done.value
                return result

    # --- the one path -----------------------------------------------------------------------------------------------

    async def call(
        self,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        dry_run: bool = False,
        **options: Unpack[RequestOptions],
    ) -> dict[str, Any]:
        """Run ``tool`` and return Stripe's JSON, as :meth:`StripeConnector.call` does, awaiting the answer."""
        request = self.core.prepare(tool, arguments, **options)
        if dry_run:
            return self.core.request_preview(request)
        return self.core.read_json(request, await self._send(request))

    async def call_with_details(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> CallResult:
        """:meth:`call` and what the engine saw (see :class:`~stripe_connector.CallResult`), awaited."""
        request = self.core.prepare(tool, arguments, **options)
        gate = self._gate(request)
        response = await self._send(request, gate)
        return CallResult.from_exchange(request, response, self.core.read_json(request, response), gate.attempts)

    async def paginate(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[PageOptions]
    ) -> AsyncIterator[dict[str, Any]]:
        """The async twin of :meth:`StripeConnector.paginate`: the same pager, each page awaited."""
        pager = Pager(tool, arguments, options.get("max_items"))
        while not pager.done:
            for item in pager.accept(
                await self.call(tool, pager.arguments, stripe_account=options.get("stripe_account"))
            ):
                yield item

    def export(
        self, tool_or_operation: str, arguments: Mapping[str, Any] | None = None, **options: Any
    ) -> AsyncIterator[dict[str, Any]]:
        """The async twin of :meth:`StripeConnector.export` (``async for obj in stripe.export(...)``)."""
        from ..export._async import astart_export

        return astart_export(self, tool_or_operation, arguments, **options)

    async def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        """Send with the retry policy; the same request (and idempotency key) on every attempt.

        Each attempt runs under ``asyncio.timeout`` (``timeout``, and what is left of ``total_timeout``); the
        task is registered while inside, so that ``aclose()`` can cancel it (it then raises
        ``ConnectorClosedError``). ``telemetry`` watches the call when an OpenTelemetry provider is configured.
        """
        with observe(request, self.core) as watch:
            return await self._in_task(request, gate, watch)

    async def _in_task(self, request: PreparedRequest, gate: RateGate | None, watch: Watch) -> httpx.Response:
        import asyncio  # a dictionary lookup: httpx's async transport has imported it by now

        if self._closed:
            raise ConnectorClosedError(CLOSED_MESSAGE)
        task = asyncio.current_task()
        calls = self._calls
        if task is not None:
            calls.add(task)
        try:
            return await self._attempts(request, asyncio.get_running_loop(), gate or self._gate(request), watch)
        except asyncio.CancelledError:
            if task is not None and self._closed and task in getattr(self, "_closing_tasks", ()):
                task.uncancel()
                raise ConnectorClosedError(CLOSED_MESSAGE) from None
            raise
        finally:
            if task is not None:
                calls.discard(task)

    async def _attempts(
        self, request: PreparedRequest, loop: asyncio.AbstractEventLoop, gate: RateGate, watch: Watch
    ) -> httpx.Response:
        import asyncio  # a dictionary lookup, as in _send

        deadline = call_deadline(self.total_timeout)
        retries_done = 0
        while True:
            if self._closed:
                raise ConnectorClosedError(CLOSED_MESSAGE)
            watch.waiting()
            await gate.wait_async(budget_wait_bound(self.timeout, deadline))  # aclose() cancels the wait at once
            watch.sending()
            transport = self._transport_for(loop)
            cap = self._async_cap(loop)
            if cap.locked():  # every slot taken: wait for one, within what is left of the call
                await self._wait_for_slot(cap, budget_wait_bound(self.timeout, deadline))
            else:
                await cap.acquire()
            try:
                outcome = await self._attempt(request, loop, gate, transport, deadline, retries_done, watch)
            finally:
                cap.release()
            if isinstance(outcome, httpx.Response):
                return outcome
            if self._closed:
                raise ConnectorClosedError(CLOSED_MESSAGE)
            if isinstance(outcome, StripeConnectorError):
                raise outcome  # outside the except block, so the httpx error (and its headers) is not its context
            await asyncio.sleep(outcome)
            retries_done += 1

    async def _wait_for_slot(self, cap: asyncio.Semaphore, max_wait: float) -> None:
        import asyncio

        started = time.monotonic()
        try:
            async with asyncio.timeout(max(max_wait, 0.0)):  # no task per wait, unlike wait_for
                await cap.acquire()
        except TimeoutError:
            raise cap_timeout(self.core.max_in_flight, time.monotonic() - started) from None

    async def _attempt(
        self,
        request: PreparedRequest,
        loop: asyncio.AbstractEventLoop,
        gate: RateGate,
        transport: httpx.AsyncBaseTransport,
        deadline: float | None,
        retries_done: int,
        watch: Watch,
    ) -> httpx.Response | float | StripeConnectorError:
        """One attempt under ``asyncio.timeout``: the final response, seconds to wait before the next, or the error."""
        import asyncio  # a dictionary lookup, as in _send

        started = time.perf_counter()
        attempt_ends = attempt_deadline(self.timeout, deadline)
        try:
            async with asyncio.timeout_at(loop.time() + attempt_ends - time.monotonic()):
                response = await transport.handle_async_request(self._requests.build(request))
                await aread_or_stream(response, self.max_response_bytes, request.sink)
        except TimeoutError:
            error = httpx.ReadTimeout("the attempt's time limit was reached")
            return self._failed(request, error, retries_done, started, deadline, watch)
        except (httpx.HTTPError, AnswerTooLarge) as exc:
            return self._failed(request, exc, retries_done, started, deadline, watch)
        except RuntimeError as exc:
            if "loop" not in str(exc).lower():
                raise
            return ConnectorClosedError(LOOP_CLOSED_MESSAGE)
        await gate.saw_async(response)
        retry_delay = self.core.after_response(request, response, retries_done, started, time_left(deadline))
        watch.answered(response, retry_delay)
        return response if retry_delay is None else retry_delay

    def _failed(
        self,
        request: PreparedRequest,
        exc: Exception,
        retries_done: int,
        started: float,
        deadline: float | None,
        watch: Watch,
    ) -> float | StripeConnectorError:
        outcome = self.core.after_failure(request, exc, retries_done, started, time_left(deadline))
        watch.failed(exc, outcome)
        return outcome

    async def _typed(self, tool: str, arguments: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Any:
        request = self.core.prepare(tool, without_none(arguments), **options)
        return self.core.parse_typed(request, await self._send(request))
