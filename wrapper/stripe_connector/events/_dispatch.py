"""Handing stored events on, at least once, from the store: the one loop behind every consumer.

A :class:`Dispatcher` claims due events (a lease, so two dispatchers never hand on one event at once), calls the
handler with each, oldest received first, and records the outcome: ``done`` when the handler returned, ``failed``
with the error and a retry time on exponential backoff when it raised, ``dead`` after ``max_attempts`` (a person
looks, fixes and calls ``store.replay``). The state is written *after* the handler returns, so a crash in between
hands that one event on again: every hand-off carries the event id, and a consumer that keys on it can tell.

The handler takes a :class:`~stripe_connector.events.StoredEvent` (``.event`` parses it; ``.connection`` names the
connection it came through, ``""`` for a single-connection receiver). ``AsyncDispatcher`` is the
same for handlers that are coroutines (Temporal's client); the store's blocking calls run in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable

import attrs

from ..errors import InvalidInputError
from ._store import InboxStore, StoredEvent

logger = logging.getLogger("stripe_connector.events")

Handler = Callable[[StoredEvent], object]
AsyncHandler = Callable[[StoredEvent], Awaitable[object]]


@attrs.frozen
class Backoff:
    """Delay before attempt ``n + 1`` after ``n`` failures: ``base * 2**(n-1)``, capped, with +-``jitter`` spread."""

    base: float = 1.0
    cap: float = 600.0
    jitter: float = 0.1

    def delay(self, failures: int) -> float:
        raw = min(self.cap, self.base * 2.0 ** max(0, failures - 1))
        return float(raw * (1 + random.uniform(-self.jitter, self.jitter)))


def _check(max_attempts: int, batch: int, lease_seconds: float) -> None:
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise InvalidInputError("max_attempts", "must be an integer >= 1")
    if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
        raise InvalidInputError("batch", "must be an integer >= 1")
    if not isinstance(lease_seconds, int | float) or lease_seconds <= 0:
        raise InvalidInputError("lease_seconds", "must be a number of seconds > 0")


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
    ) -> None:
        _check(max_attempts, batch, lease_seconds)
        self.store = store
        self.max_attempts = max_attempts
        self.backoff = backoff or Backoff()
        self.batch = batch
        self.lease_seconds = float(lease_seconds)
        self.poll_interval = poll_interval
        self.handed_on = 0

    def _failed(self, item: StoredEvent, exc: BaseException) -> None:
        failures = item.attempts + 1
        error = f"{type(exc).__name__}: {exc}"
        retry_at = time.time() + self.backoff.delay(failures) if failures < self.max_attempts else None
        self.store.mark_failed(item.account, item.event_id, error, retry_at=retry_at, connection=item.connection)
        if retry_at is None:
            logger.error("event %s is dead after %d attempts: %s", item.event_id, failures, error)
        else:
            logger.warning("event %s hand-off failed (attempt %d): %s", item.event_id, failures, error)


class Dispatcher(_Base):
    """Hand stored events to ``handler`` (a plain function); see the module docstring."""

    def __init__(self, store: InboxStore, handler: Handler, **options: object) -> None:
        super().__init__(store, **options)  # type: ignore[arg-type]
        self.handler = handler
        self.wake = threading.Event()

    def run_once(self) -> int:
        """Hand on what is due now; return how many were handed on successfully."""
        done = 0
        for item in self.store.claim(limit=self.batch, lease_seconds=self.lease_seconds):
            try:
                self.handler(item)
            except Exception as exc:
                self._failed(item, exc)
                continue
            self.store.mark_done(item.account, item.event_id, connection=item.connection)
            done += 1
        self.handed_on += done
        return done

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
    """:class:`Dispatcher` for a coroutine ``handler``."""

    def __init__(self, store: InboxStore, handler: AsyncHandler, **options: object) -> None:
        super().__init__(store, **options)  # type: ignore[arg-type]
        self.handler = handler
        self.wake = asyncio.Event()

    async def run_once(self) -> int:
        done = 0
        claimed = await asyncio.to_thread(self.store.claim, limit=self.batch, lease_seconds=self.lease_seconds)
        for item in claimed:
            try:
                await self.handler(item)
            except Exception as exc:
                await asyncio.to_thread(self._failed, item, exc)
                continue
            await asyncio.to_thread(self.store.mark_done, item.account, item.event_id, connection=item.connection)
            done += 1
        self.handed_on += done
        return done

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
