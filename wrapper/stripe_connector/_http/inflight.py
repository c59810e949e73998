"""A cap on one connector's attempts in flight, so that one connection cannot take a shared pool for itself.

Connectors share a transport (``_http.shared``) and so its pool of connections. A connection whose Stripe answers
slowly (or a workflow that fans out a thousand calls) would otherwise hold every pooled connection and starve the
others; with a cap, it holds at most ``max_in_flight`` of them and its further calls queue here, on its own
connector, while the others' calls go on. The wait is part of the call's time: a call that cannot start before its
deadline fails with :class:`~stripe_connector.errors.StripeTimeoutError` (nothing was sent).
"""

from __future__ import annotations

import threading
import time

from ..errors import ConnectorClosedError, InvalidInputError, StripeTimeoutError

#: The default cap on one connector's attempts in flight: httpx's own default pool (100 connections), so a connector
#: used alone runs as many calls at once as a plain ``httpx.Client`` would (32 cost a third of the throughput of 100
#: concurrent async calls in ``make bench``), while one connection that fans out still leaves most of the shared
#: pool's 256 connections to the others.
DEFAULT_MAX_IN_FLIGHT = 100

CAP_CLOSED_MESSAGE = "this connector was closed while the call waited for a free slot (max_in_flight); nothing was sent"


def check_max_in_flight(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError("max_in_flight", "must be an integer >= 1 (attempts of this connector in flight)")
    return value


def cap_timeout(limit: int, waited: float) -> StripeTimeoutError:
    return StripeTimeoutError(
        f"the call waited {waited:.2f} s for one of this connector's {limit} slots (max_in_flight) and ran out of"
        " time; nothing was sent",
        attempts=0,
    )


class InFlightCap:
    """At most ``limit`` attempts at once; thread-safe. ``close()`` wakes every waiter with ``ConnectorClosedError``.

    The common case (a free slot, nobody waiting) takes a plain lock once on each side: the condition is only
    waited on and notified when the cap is reached.
    """

    __slots__ = ("_cond", "_count", "_lock", "_waiting", "closed", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._count = 0
        self._waiting = 0
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self.closed = False

    @property
    def in_flight(self) -> int:
        return self._count

    def acquire(self, max_wait: float) -> None:
        """Take a slot, waiting at most ``max_wait`` seconds (then :class:`StripeTimeoutError`)."""
        with self._lock:
            if self._count < self.limit and not self.closed:
                self._count += 1
                return
            started = time.monotonic()
            ends = started + max(max_wait, 0.0)
            self._waiting += 1
            try:
                while self._count >= self.limit or self.closed:
                    if self.closed:
                        raise ConnectorClosedError(CAP_CLOSED_MESSAGE)
                    left = ends - time.monotonic()
                    if left <= 0:
                        raise cap_timeout(self.limit, time.monotonic() - started)
                    self._cond.wait(left)
            finally:
                self._waiting -= 1
            self._count += 1

    def release(self) -> None:
        with self._lock:
            self._count -= 1
            if self._waiting:
                self._cond.notify()

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self._cond.notify_all()
