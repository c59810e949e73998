"""Time, in one place: the two limits a call runs under, and the checks of the numbers that set them.

``timeout`` bounds each attempt as a whole (connect, send, and the full answer, however slowly it drips);
``total_timeout`` bounds a call across its retries, backoffs and waits for the rate budget. The send loops compute
both deadlines here; the sync transport's streams (``_http.deadline_streams``) and the body reader (``_http.transport``)
read the attempt's deadline from :data:`ATTEMPT_DEADLINE`, which the sync send loop sets around each attempt.
"""

from __future__ import annotations

import math
import time
from contextvars import ContextVar
from typing import Any

from ..errors import InvalidInputError

#: The monotonic time by which the current attempt (in this thread or task) must be over; None: no deadline.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar("stripe_connector_attempt_deadline", default=None)


class StreamOwner:
    """The streams one connector's attempts are reading or writing now, so that its ``close()`` wakes them.

    On a shared transport (``_http.shared``) a pooled connection serves many connectors, one request at a time:
    closing one connector must shut down the sockets its own calls are blocked on, and no other. The network
    streams (``_http.deadline``) register here for the length of each read and write of an attempt whose
    :data:`ATTEMPT_OWNER` this is.
    """

    __slots__ = ("aborted", "streams")

    def __init__(self) -> None:
        self.aborted = False
        self.streams: set[Any] = set()

    def abort(self) -> None:
        """Refuse every later read, write or connect of this owner's attempts, and shut down the current ones."""
        self.aborted = True
        for stream in list(self.streams):
            stream.abort()


#: The :class:`StreamOwner` of the attempt running in this thread (None: a transport the connector owns alone).
ATTEMPT_OWNER: ContextVar[StreamOwner | None] = ContextVar("stripe_connector_attempt_owner", default=None)


def check_seconds(name: str, value: object, *, optional: bool = False) -> float | None:
    """A finite number of seconds > 0 (or None when ``optional``): NaN and infinity are refused, not waited on."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise InvalidInputError(name, "must be a finite number of seconds > 0" + (" or None" if optional else ""))
    return float(value)


def call_deadline(total_timeout: float | None) -> float | None:
    """When a call that starts now must be over (None: no overall limit)."""
    return None if total_timeout is None else time.monotonic() + total_timeout


def attempt_deadline(timeout: float, call_deadline: float | None) -> float:
    """When an attempt that starts now must be over: ``timeout`` from now, and never after the call's deadline."""
    deadline = time.monotonic() + timeout
    return deadline if call_deadline is None else min(deadline, call_deadline)


def time_left(call_deadline: float | None) -> float | None:
    """Seconds left before the call's deadline (None: no overall limit)."""
    return None if call_deadline is None else call_deadline - time.monotonic()


def budget_wait_bound(timeout: float, call_deadline: float | None) -> float:
    """The longest wait for the rate budget an attempt accepts: what is left of ``total_timeout``, or ``timeout``
    without one (a longer wait fails at once with ``RateBudgetTimeoutError``, see ``_http.rate_limit.RateGate``)."""
    left = time_left(call_deadline)
    return timeout if left is None else left
