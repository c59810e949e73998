"""``--rate-limit``: every budget of a connector paced at a number of requests per second the caller chooses.

Stripe's published limits are what the connector paces by default; an export may have to go slower (an account
shared with a busy application) or, against a test double or a raised limit, at another pace. This wraps any
:class:`~stripe_connector.RateLimiter` (the process-local one, or Redis for many processes) and hands it the same
budgets at the chosen rate, so budgets keep their names (and are still shared) and only the pace changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .._http.rate_limit import Budget, LocalRateLimiter, RateLimiter
from ..errors import InvalidInputError


class PacedRateLimiter(RateLimiter):
    """``inner`` (a new :class:`LocalRateLimiter` by default) with every budget at ``rate`` requests/s."""

    def __init__(self, rate: float, inner: RateLimiter | None = None) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate <= 10_000:
            raise InvalidInputError("rate_limit", "must be a number of requests per second > 0 and <= 10000")
        self.rate = float(rate)
        self.inner = inner or LocalRateLimiter()
        self.does_io = self.inner.does_io

    def __repr__(self) -> str:
        return f"PacedRateLimiter({self.rate:g}/s, {self.inner!r})"

    def _paced(self, budgets: Sequence[Budget]) -> list[Budget]:
        return [Budget(b.key, self.rate, b.scope, b.burst) for b in budgets]

    def reserve(self, budgets: Sequence[Budget]) -> float:
        return self.inner.reserve(self._paced(budgets))

    def reserve_within(self, budgets: Sequence[Budget], max_wait: float) -> float:
        return self.inner.reserve_within(self._paced(budgets), max_wait)

    def hold(self, budgets: Sequence[Budget], seconds: float) -> None:
        self.inner.hold(self._paced(budgets), seconds)


#: Seconds a page is assumed to take before the first one is measured (Stripe's list calls: 200-600 ms).
INITIAL_LATENCY = 1.5
#: In flight = pace x (latency + DEVIATIONS x its mean deviation) x HEADROOM + SPARE: the pages that are being
#: fetched (Little's law) and a few workers waiting for their slot, so that no slot of the budget goes unused.
DEVIATIONS = 1.0
HEADROOM = 1.05
SPARE = 2
#: The EWMA weights of a page's latency and of its deviation (as TCP's round-trip estimator).
LATENCY_WEIGHT = 0.125
DEVIATION_WEIGHT = 0.25


def pace_of(limiter: RateLimiter | None, budgets: Sequence[Budget]) -> float | None:
    """Requests per second a request on ``budgets`` may be sent at through ``limiter`` (None: not paced)."""
    if limiter is None or not budgets:
        return None
    rates = [budget.rate for budget in budgets]
    if isinstance(limiter, PacedRateLimiter):
        rates, limiter = [limiter.rate], limiter.inner
    share = limiter.share if isinstance(limiter, LocalRateLimiter) else 1.0
    return min(rates) * share


class InFlight:
    """How many pages an export keeps in flight: the budget's pace times the latency it measures (Little's law),
    with headroom, at most ``cap``; unpaced (no rate limiter), ``cap``. Sans-IO: the scheduler reports each
    page's latency and reads :attr:`size`."""

    __slots__ = ("cap", "deviation", "latency", "pace")

    def __init__(self, cap: int, pace: float | None) -> None:
        self.cap = cap
        self.pace = pace
        self.latency: float | None = None
        self.deviation = 0.0

    def observe(self, seconds: float) -> None:
        """One page took ``seconds`` from its send to its answer (its slot's wait excluded)."""
        if self.latency is None:
            self.latency, self.deviation = seconds, seconds / 4
            return
        error = seconds - self.latency
        self.latency += LATENCY_WEIGHT * error
        self.deviation += DEVIATION_WEIGHT * (abs(error) - self.deviation)

    @property
    def size(self) -> int:
        if self.pace is None:
            return self.cap
        latency = INITIAL_LATENCY if self.latency is None else self.latency + DEVIATIONS * self.deviation
        return max(1, min(self.cap, math.ceil(self.pace * latency * HEADROOM) + SPARE))
