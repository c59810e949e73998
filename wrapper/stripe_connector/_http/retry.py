"""When to try a request again, and how long to wait first: one policy for the sync and async clients.

Retrying is safe because every POST carries an idempotency key that stays the same across attempts, so Stripe
applies it at most once. What is retried: connection failures and timeouts, 409 (a concurrent request on the same
object or key), 429 (rate limited), 500/502/503/504. Any other 4xx is final: a card decline stays a decline.
Stripe's ``Stripe-Should-Retry`` header, when present, overrides the status code either way.

The workflow-engine integrations ask the same questions of a finished call (:func:`is_retryable`,
:data:`FINAL_ERROR_TYPES`) and back off with the same formula (:func:`backoff`), so that an engine retrying a task
agrees with the connector retrying a request.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

from ..errors import (
    InvalidInputError,
    StripeAPIError,
    StripeConnectionError,
    StripeServerError,
)

RETRY_STATUSES = frozenset({409, 429, 500, 502, 503, 504})

#: The connector's error classes that no retry can fix, by name (what Temporal's retry policy names): an engine's
#: default policy lists them, so that even a call that forgot to mark its error final is not retried for them.
#: ``InvalidRequestError`` is among them although a 409 is one (and :func:`is_retryable`): the instance's own flag
#: decides for a 409, the list only guards the policy's default.
FINAL_ERROR_TYPES = (
    "InvalidInputError",
    "CardError",
    "InvalidRequestError",
    "NotFoundError",
    "AuthenticationError",
    "StripePermissionError",
    "IdempotencyError",
    "StripeResponseError",
    "ConnectorClosedError",
)


def is_retryable(exc: BaseException) -> bool:
    """Whether another attempt of a finished call (with the same idempotency key) may succeed."""
    if isinstance(exc, StripeConnectionError | StripeServerError):
        return True
    if isinstance(exc, StripeAPIError):
        return exc.http_status in RETRY_STATUSES
    return False


def backoff(retries_done: int, initial: float, cap: float) -> float:
    """Exponential backoff with jitter: ``initial * 2**retries_done`` up to ``cap``, then between half and all of it.

    The jitter spreads out clients that failed together, so they do not retry in lockstep.
    """
    return min(cap, initial * (2.0**retries_done)) * (0.5 + random.random() / 2)


class RetryPolicy:
    """Exponential backoff with jitter; ``Retry-After`` is honoured up to ``max_retry_after`` seconds.

    Immutable once built (share it freely between connectors and threads).
    """

    __slots__ = ("initial_delay", "max_delay", "max_retries", "max_retry_after")
    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float

    def __init__(
        self, max_retries: int = 2, initial_delay: float = 0.5, max_delay: float = 8.0, max_retry_after: float = 30.0
    ) -> None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise InvalidInputError("max_retries", "must be an integer >= 0")
        for name, value in (
            ("initial_delay", initial_delay),
            ("max_delay", max_delay),
            ("max_retry_after", max_retry_after),
        ):
            # (NaN fails the comparison too)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < float("inf"):
                raise InvalidInputError(name, "must be a finite number of seconds >= 0")
        object.__setattr__(self, "max_retries", max_retries)
        object.__setattr__(self, "initial_delay", float(initial_delay))
        object.__setattr__(self, "max_delay", float(max_delay))
        object.__setattr__(self, "max_retry_after", float(max_retry_after))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("RetryPolicy is immutable")

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_retries={self.max_retries}, initial_delay={self.initial_delay}, "
            f"max_delay={self.max_delay}, max_retry_after={self.max_retry_after})"
        )

    def should_retry_response(self, status: int, headers: Mapping[str, str], retries_done: int) -> bool:
        """Whether a response with ``status`` deserves another attempt, ``retries_done`` retries in."""
        if retries_done >= self.max_retries:
            return False
        verdict = headers.get("stripe-should-retry")
        if verdict == "true":
            return True
        if verdict == "false":
            return False
        return status in RETRY_STATUSES

    def should_retry_failure(self, retries_done: int) -> bool:
        """Whether a connection failure or timeout deserves another attempt."""
        return retries_done < self.max_retries

    def delay(self, retries_done: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        wait = backoff(retries_done, self.initial_delay, self.max_delay)
        requested = parse_retry_after(retry_after)
        if requested is not None:
            return max(wait, min(requested, self.max_retry_after))
        return wait


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds: either delta-seconds or an HTTP date (RFC 9110); None if absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
