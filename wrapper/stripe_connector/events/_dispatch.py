"""Handing stored events on, at least once, from the store: the one loop behind every consumer.

A :class:`Dispatcher` claims due events (a lease, so two dispatchers never hand on one event at once), calls the
handler with each, oldest received first, and records the outcome: ``done`` when the handler returned, ``failed``
with the error and a retry time on exponential backoff when it raised, ``dead`` after ``max_attempts`` (a person
looks, fixes and calls ``store.replay``). The state is written *after* the handler returns, so a crash in between
hands that one event on again: every hand-off carries the event id, and a consumer that keys on it can tell.

A lease does not bound a handler: while a dispatcher holds claims, a heartbeat renews them every third of
``lease_seconds``, so a slow handler is never handed the same event as another dispatcher at the same time; only a
dispatcher that stopped renewing (it died) lets its events be claimed again when the lease runs out. Each claim
names its owner, so a lease that was lost (the store unreachable for a whole lease) is noticed before the hand-off,
and that event is left to whoever holds it now. ``handler_timeout`` bounds how long one hung handler holds up the
others (see :class:`Dispatcher` and :class:`AsyncDispatcher`).

Each state write is fenced by the dispatcher's owner token (``InboxStore.mark_done(owner=...)``): a dispatcher
whose lease ran out (the store out of reach for a whole lease, a paused process) and whose event was claimed by
another never writes over that one's outcome. So any number of dispatchers (threads, processes, machines) share one
store: while they all live each event is handed on once; a killed one's claims are handed on again one lease later
(or at once after :meth:`Dispatcher.release`, a clean stop).

The handler takes a :class:`~stripe_connector.events.StoredEvent` (``.event`` parses it; ``.connection`` names the
connection it came through, ``""`` for a single-connection receiver). ``AsyncDispatcher`` is the
same for handlers that are coroutines (Temporal's client); the store's blocking calls run in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import queue
import random
import secrets
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Literal

import attrs

from ..errors import InvalidInputError
from ..telemetry._events import handed_on, handing_on
from ._status import watch_store
from ._store import InboxStore, StoredEvent

logger = logging.getLogger("stripe_connector.events")

Handler = Callable[[StoredEvent], object]
AsyncHandler = Callable[[StoredEvent], Awaitable[object]]

#: ``handler_timeout``'s default: a handler may hold up the others for one lease (its event stays its own after).
LEASE: Literal["lease"] = "lease"
#: Overdue handlers (still running past the timeout) at once; while this many are, nothing new is claimed.
MAX_OVERDUE = 8


@attrs.frozen
class Backoff:
    """Delay before attempt ``n + 1`` after ``n`` failures: ``base * 2**(n-1)``, capped, with +-``jitter`` spread."""

    base: float = 1.0
    cap: float = 600.0
    jitter: float = 0.1

    def delay(self, failures: int) -> float:
        raw = min(self.cap, self.base * 2.0 ** max(0, failures - 1))
        return float(raw * (1 + random.uniform(-self.jitter, self.jitter)))


def _check(max_attempts: int, batch: int, lease_seconds: float, handler_timeout: float | str | None) -> None:
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise InvalidInputError("max_attempts", "must be an integer >= 1")
    if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
        raise InvalidInputError("batch", "must be an integer >= 1")
    if isinstance(lease_seconds, bool) or not isinstance(lease_seconds, int | float) or not lease_seconds > 0:
        raise InvalidInputError("lease_seconds", "must be a number of seconds > 0")
    if (
        handler_timeout is not None
        and handler_timeout != LEASE
        and (
            isinstance(handler_timeout, bool) or not isinstance(handler_timeout, int | float) or not handler_timeout > 0
        )
    ):
        raise InvalidInputError("handler_timeout", "must be a number of seconds > 0, 'lease' or None (wait for ever)")


Key = tuple[str, str, str]


def _key(item: StoredEvent) -> Key:
    return (item.connection, item.account, item.event_id)


class _Leases:
    """The claims one dispatcher holds, renewed every third of a lease while any is held (the heartbeat).

    A claim is no longer bounded by its lease: a handler may run as long as it needs, and its event stays its own.
    Only a dead dispatcher stops renewing, and then its events are claimable again once the lease runs out.
    """

    def __init__(self, store: InboxStore, lease_seconds: float) -> None:
        self.store = store
        self.lease_seconds = lease_seconds
        self.owner = secrets.token_hex(16)
        self._lock = threading.Condition()
        self._keys: set[Key] = set()
        self._lost: set[Key] = set()
        self._thread: threading.Thread | None = None
        #: ``time.monotonic()`` of the last renewal that reached the store (or of the claim).
        self.renewed_at = time.monotonic()

    def hold(self, keys: Iterable[Key]) -> set[Key]:
        """Hold the leases just claimed; return those this dispatcher held already (an overdue handler's event,
        claimed again by the same owner after its lease ran out: that handler is still the one handing it on)."""
        with self._lock:
            claimed = set(keys)
            already = claimed & self._keys
            self._keys.update(claimed)
            self._lost.difference_update(claimed)
            self.renewed_at = time.monotonic()
            if self._keys and (self._thread is None or not self._thread.is_alive()):
                self._thread = threading.Thread(target=self._beat, name="stripe-events-leases", daemon=True)
                self._thread.start()
        return already

    def drop(self, keys: Iterable[Key]) -> None:
        with self._lock:
            self._keys.difference_update(keys)
            self._lock.notify_all()

    def forget(self, keep: Iterable[Key] = ()) -> None:
        """Stop holding every lease but those on ``keep`` (the dispatcher gives them back)."""
        with self._lock:
            self._keys.intersection_update(keep)
            self._lock.notify_all()

    def holds(self, key: Key) -> bool:
        """Whether ``key`` is still this dispatcher's: renewed now if the heartbeat is late (a busy store)."""
        if time.monotonic() - self.renewed_at > self.lease_seconds / 2:
            self.renew()
        with self._lock:
            return key in self._keys and key not in self._lost

    def renew(self) -> None:
        with self._lock:
            keys = sorted(self._keys)
        if not keys:
            return
        started = time.monotonic()
        held = self.store.renew_leases(self.owner, keys, self.lease_seconds)
        with self._lock:
            self.renewed_at = started
            for key in keys:
                if key not in held and key in self._keys:
                    self._lost.add(key)
                    logger.error("the lease on event %s was lost (the store was unreachable for a whole lease?): "
                                 "it is not handed on by this dispatcher", key[2])  # fmt: skip

    def _beat(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: not self._keys, timeout=self.lease_seconds / 3)
                if not self._keys:
                    self._lost.clear()
                    return
            try:
                self.renew()
            except Exception as exc:  # the store is down: try again at the next beat (the claim may yet hold)
                logger.warning("could not renew event leases: %s", exc)


class _Worker:
    """One daemon thread that runs handler calls one at a time; a dispatcher replaces it when a call overruns (a
    daemon, so that a hung handler never keeps the process from exiting)."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.calls: queue.SimpleQueue[tuple[StoredEvent, Future[object]] | None] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="stripe-events-handler", daemon=True).start()

    def submit(self, item: StoredEvent) -> Future[object]:
        future: Future[object] = Future()
        self.calls.put((item, future))
        return future

    def retire(self) -> None:
        """End the thread once its current call (if any) returns."""
        self.calls.put(None)

    def _run(self) -> None:
        while (call := self.calls.get()) is not None:
            item, future = call
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = _traced(self.handler, item)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)


class _Base:
    def __init__(
        self,
        store: InboxStore,
        *,
        max_attempts: int = 8,
        backoff: Backoff | None = None,
        batch: int = 100,
        lease_seconds: float = 60.0,
        poll_interval: float = 0.5,
        handler_timeout: float | Literal["lease"] | None = LEASE,
    ) -> None:
        _check(max_attempts, batch, lease_seconds, handler_timeout)
        self.store = store
        self.max_attempts = max_attempts
        self.backoff = backoff or Backoff()
        self.batch = batch
        self.lease_seconds = float(lease_seconds)
        self.poll_interval = poll_interval
        self.handler_timeout: float | None = (
            self.lease_seconds
            if handler_timeout == LEASE
            else None
            if handler_timeout is None
            else float(handler_timeout)
        )
        self.handed_on = 0
        self.leases = _Leases(store, self.lease_seconds)
        self._overdue_lock = threading.Lock()
        #: Events whose handler ran past ``handler_timeout`` and has not ended yet (each still holds its lease).
        self.overdue: set[Key] = set()
        watch_store(store)

    def _too_many_overdue(self) -> bool:
        with self._overdue_lock:
            return len(self.overdue) >= MAX_OVERDUE

    def _mark_overdue(self, item: StoredEvent) -> None:
        with self._overdue_lock:
            self.overdue.add(_key(item))
        logger.error("the handler of event %s has run over %.3g s: going on with other events; it stays leased to "
                     "that handler and is recorded when it ends", item.event_id, self.handler_timeout)  # fmt: skip

    def _record_late(self, item: StoredEvent, error: BaseException | None) -> None:
        """The outcome of an overdue handler, when it ends."""
        try:
            self._record(item, error)
        except Exception:
            logger.exception("could not record the late outcome of event %s", item.event_id)
            self.leases.drop([_key(item)])
        finally:
            with self._overdue_lock:
                self.overdue.discard(_key(item))

    def _claim(self) -> list[StoredEvent]:
        claimed = self.store.claim(limit=self.batch, lease_seconds=self.lease_seconds, owner=self.leases.owner)
        running = self.leases.hold(_key(item) for item in claimed)
        return [item for item in claimed if _key(item) not in running]

    def release(self) -> int:
        """Give back the claims this dispatcher holds (a clean stop, once its loop has returned): due again at once,
        for any dispatcher, instead of one lease later. An overdue handler still running keeps its event (and its
        lease, renewed until it ends). How many leases were given back."""
        with self._overdue_lock:
            running = sorted(self.overdue)
        self.leases.forget(keep=running)
        return self.store.release_leases(self.leases.owner, keep=running)

    def _failed(self, item: StoredEvent, exc: BaseException) -> bool:
        failures = item.attempts + 1
        error = f"{type(exc).__name__}: {exc}"
        retry_at = time.time() + self.backoff.delay(failures) if failures < self.max_attempts else None
        if not self.store.mark_failed(item.account, item.event_id, error, retry_at=retry_at,
                                      connection=item.connection, owner=self.leases.owner):  # fmt: skip
            return False
        if retry_at is None:
            logger.error("event %s is dead after %d attempts: %s", item.event_id, failures, error)
        else:
            logger.warning("event %s hand-off failed (attempt %d): %s", item.event_id, failures, error)
        return True

    def _record(self, item: StoredEvent, error: BaseException | None) -> bool:
        """Write the outcome of a hand-off (then the lease is no longer needed); True when it succeeded and was
        recorded. The write is fenced by this dispatcher's owner token: if the lease ran out meanwhile and another
        dispatcher claimed the event, the outcome is that one's to write, and this one's is dropped."""
        try:
            if error is None:
                landed = self.store.mark_done(item.account, item.event_id, connection=item.connection,
                                              owner=self.leases.owner)  # fmt: skip
                if landed:
                    handed_on(item)
            else:
                landed = self._failed(item, error)
        finally:
            self.leases.drop([_key(item)])
        if not landed:
            logger.error("event %s is no longer this dispatcher's claim (its lease ran out and another claimed it, "
                         "or a person replayed it): this outcome is not recorded; the current owner's is",
                         item.event_id)  # fmt: skip
        return landed and error is None


class Dispatcher(_Base):
    """Hand stored events to ``handler`` (a plain function); see the module docstring.

    With ``handler_timeout`` (by default one lease), the handler runs in a worker thread: one that has not returned
    after that many seconds is left running (its event stays leased to it, and its outcome is recorded when it
    ends) and the dispatcher goes on with the other events. At most :data:`MAX_OVERDUE` handlers may be overdue at
    once; while that many are, nothing new is claimed.
    """

    def __init__(self, store: InboxStore, handler: Handler, **options: object) -> None:
        super().__init__(store, **options)  # type: ignore[arg-type]
        self.handler = handler
        self.wake = threading.Event()
        self._worker: _Worker | None = None

    def run_once(self) -> int:
        """Hand on what is due now; return how many were handed on successfully."""
        if self._too_many_overdue():
            return 0
        done = position = 0
        claimed = self._claim()
        try:
            for position, item in enumerate(claimed):  # noqa: B007 - the finally needs where it stopped
                if not self.leases.holds(_key(item)):
                    self.leases.drop([_key(item)])
                    continue
                outcome = self._hand_on(item)
                if outcome is not None:
                    done += self._record(item, outcome[0])
            position = len(claimed)
        finally:
            # What was not handed on (the store failed): its leases run out, and it is claimed again.
            self.leases.drop(_key(item) for item in claimed[position:])
        self.handed_on += done
        return done

    def _hand_on(self, item: StoredEvent) -> tuple[BaseException | None] | None:
        """Call the handler: ``(None,)`` when it returned, ``(error,)`` when it raised, None when it is overdue."""
        if self.handler_timeout is None:
            try:
                _traced(self.handler, item)
            except Exception as exc:
                return (exc,)
            return (None,)
        if self._worker is None:
            self._worker = _Worker(self.handler)
            weakref.finalize(self, self._worker.retire)
        future = self._worker.submit(item)
        try:
            future.result(self.handler_timeout)
        except FutureTimeout:
            self._overdue(item, future)
            return None
        except Exception as exc:
            return (exc,)
        return (None,)

    def _overdue(self, item: StoredEvent, future: Future[object]) -> None:
        """The handler runs past ``handler_timeout``: its thread is left to it (and its lease kept), a new one serves
        the next events, and the outcome is recorded whenever it ends."""
        assert self._worker is not None
        self._worker.retire()
        self._worker = None
        self._mark_overdue(item)

        def finished(ended: Future[object]) -> None:
            self._record_late(item, ended.exception())
            self.wake.set()

        future.add_done_callback(finished)

    def run_until_idle(self) -> int:
        """Hand on until nothing is due (failed events whose retry time is still ahead are left)."""
        total = 0
        while True:
            done = self.run_once()
            total += done
            if not done:
                return total

    def run_forever(self, stop: threading.Event) -> None:
        """Loop until ``stop`` is set; ``wake.set()`` (the receiver does, after storing) starts a round at once."""
        while not stop.is_set():
            try:
                busy = self.run_once()
            except Exception:
                logger.exception("the dispatcher could not read the store; trying again")
                busy = 0
            if not busy:
                self.wake.wait(self.poll_interval)
                self.wake.clear()


class AsyncDispatcher(_Base):
    """:class:`Dispatcher` for a coroutine ``handler``; one still running after ``handler_timeout`` goes on as a
    task of its own (its event stays leased to it, and is recorded when it ends) while the others are handed on."""

    def __init__(self, store: InboxStore, handler: AsyncHandler, **options: object) -> None:
        super().__init__(store, **options)  # type: ignore[arg-type]
        self.handler = handler
        self.wake = asyncio.Event()
        self._late: set[asyncio.Future[Any]] = set()

    async def run_once(self) -> int:
        if self._too_many_overdue():
            return 0
        done = position = 0
        claimed = await asyncio.to_thread(self._claim)
        try:
            for position, item in enumerate(claimed):  # noqa: B007 - the finally needs where it stopped
                if not await asyncio.to_thread(self.leases.holds, _key(item)):
                    self.leases.drop([_key(item)])
                    continue
                task = asyncio.ensure_future(self._call_traced(item))
                finished, _ = await asyncio.wait({task}, timeout=self.handler_timeout)
                if not finished:
                    self._mark_overdue(item)
                    self._late.add(task)
                    task.add_done_callback(functools.partial(self._ended_late, item))
                    continue
                done += await asyncio.to_thread(self._record, item, _outcome(task))
            position = len(claimed)
        finally:
            self.leases.drop(_key(item) for item in claimed[position:])
        self.handed_on += done
        return done

    async def _call_traced(self, item: StoredEvent) -> object:
        """The handler's call, under the hand-off's span (``telemetry._events``; nothing without a provider)."""
        with handing_on(item):
            return await self.handler(item)

    def _ended_late(self, item: StoredEvent, task: asyncio.Future[Any]) -> None:
        self._late.discard(task)
        recording = asyncio.ensure_future(asyncio.to_thread(self._record_late, item, _outcome(task)))
        self._late.add(recording)
        recording.add_done_callback(self._late.discard)
        recording.add_done_callback(lambda _: self.wake.set())

    async def run_until_idle(self) -> int:
        total = 0
        while done := await self.run_once():
            total += done
        return total

    async def run_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            if not await self.run_once():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), self.poll_interval)
                self.wake.clear()


def _traced(handler: Handler, item: StoredEvent) -> object:
    """``handler(item)`` under the hand-off's span (``telemetry._events``; nothing without a provider)."""
    with handing_on(item):
        return handler(item)


def _outcome(task: asyncio.Future[Any]) -> BaseException | None:
    """What a finished handler task raised (None when it returned)."""
    if task.cancelled():
        return asyncio.CancelledError("the handler was cancelled")
    return task.exception()
