"""``--rate-limit``: every budget of a connector paced at a number of requests per second the caller chooses.

Stripe's published limits are what the connector paces by default; an export may have to go slower (an account
shared with a busy application) or, against a test double or a raised limit, at another pace. This wraps any
:class:`~stripe_connector.RateLimiter` (the process-local one, or Redis for many processes) and hands it the same
budgets at the chosen rate, so budgets keep their names (and are still shared) and only the pace changes.
"""

from __future__ import annotations

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
