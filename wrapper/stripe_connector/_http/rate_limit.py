"""Rate budgets: how fast a connector may call Stripe, shared by every connector of the process (or, through
:class:`~stripe_connector.RedisRateLimiter`, by every process and machine that uses the same Stripe account).

Stripe limits each account, not each client: about 100 requests/s in live mode and 25/s in test mode, 25/s per
endpoint (each named operation), 20/s for the Search and Files APIs, and a 429 carrying
``Stripe-Rate-Limited-Reason`` when a limit is hit. Many workers that each back off on their own keep colliding;
one budget that they all draw from does not. So each request spends from a few *budgets* (the account's global
one, its endpoint's, and Search's or Files' where it is one of those), each paced by GCRA (the generic cell rate
algorithm: one "theoretical arrival time" per budget, so the state is one number and a reservation is O(1)), and a
429 holds the budget it names for everyone, for the time its reason implies.

This module is sans-IO apart from the process-local limiter: ``budgets_for`` and ``hold_for`` are pure functions,
and the send loops only call a :class:`RateGate` before each attempt and after each response.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .._types.options import PreparedRequest
from .._types.secrets import connected_digest, context_digest
from ..errors import ConnectorClosedError, InvalidInputError, RateBudgetTimeoutError
from .retry import parse_retry_after

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger("stripe_connector.rate_limit")

#: Stripe's published limits, in requests per second (https://docs.stripe.com/rate-limits).
GLOBAL_RATE = {"live": 100.0, "test": 25.0}
ENDPOINT_RATE = 25.0
SEARCH_RATE = 20.0
FILES_RATE = 20.0
METER_EVENTS_LIVE_RATE = 1000.0

#: How long a 429 holds a budget, by ``Stripe-Rate-Limited-Reason``: a rate limit is counted per second, a
#: concurrency limit clears as soon as requests in flight finish, and a resource-specific one (one object updated
#: too often) concerns only that object, so it does not hold anybody else.
HOLD_SECONDS = {
    "global-rate": ("global", 1.0),
    "global-concurrency": ("global", 0.5),
    "endpoint-rate": ("endpoint", 1.0),
    "endpoint-concurrency": ("endpoint", 0.5),
    "resource-specific": (None, 0.0),
}
UNKNOWN_REASON_HOLD = ("global", 1.0)
MAX_HOLD_SECONDS = 30.0

#: An object ID (``cus_N1a2...``, ``pi_3Ab...``): a short prefix, then letters and digits with at least one digit or
#: capital, which tells it apart from path words such as ``payment_intents``.
#: A string, compiled (and cached by ``re``) on first use: compiling at import would cost the import budget.
_ID_SEGMENT = r"^[a-z]{2,10}_(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{6,}$"


class Budget:
    """One limit a request spends from: a name shared by everybody who spends from it, and its pace.

    ``key`` identifies the account by a digest (never the API key itself), so it can be written to Redis and logs.
    ``scope`` says which of Stripe's limiters it mirrors: ``global``, ``endpoint``, ``search``, ``files``.
    """

    __slots__ = ("burst", "key", "rate", "scope")

    def __init__(self, key: str, rate: float, scope: str, burst: int = 1) -> None:
        self.key = key
        self.rate = rate
        self.scope = scope
        self.burst = burst

    @property
    def interval(self) -> float:
        """Seconds between two requests at this budget's pace."""
        return 1.0 / self.rate

    @property
    def tolerance(self) -> float:
        """How far ahead of the pace a burst may run (GCRA's tau): ``burst - 1`` intervals."""
        return (self.burst - 1) * self.interval

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Budget) and (self.key, self.rate, self.burst) == (other.key, other.rate, other.burst)

    def __hash__(self) -> int:
        return hash((self.key, self.rate, self.burst))

    def __repr__(self) -> str:
        return f"Budget({self.key!r}, rate={self.rate:g}/s, burst={self.burst})"


def endpoint_name(method: str, path: str) -> str:
    """The endpoint Stripe counts a request against: its method and path with object IDs left out."""
    segments = ["{id}" if re.match(_ID_SEGMENT, part) else part for part in path.split("?")[0].split("/")]
    return method.upper() + " " + "/".join(segments)


def budgets_for(
    account: str,
    livemode: bool,
    method: str,
    path: str,
    *,
    global_rate: float | None = None,
    endpoint_rate: float | None = None,
) -> tuple[Budget, ...]:
    """The budgets one request spends from: the account's global one, its endpoint's, and Search's or Files'.

    Stripe keeps live and test limits apart, so the mode is part of every name. Live meter events have a limit of
    their own and do not count against the global one.
    """
    mode = "live" if livemode else "test"
    base = f"{{{account}}}:{mode}"  # {account} is a Redis Cluster hash tag: one account's budgets share a slot
    clean = path.split("?")[0]
    endpoint = Budget(f"{base}:endpoint:{endpoint_name(method, clean)}", endpoint_rate or ENDPOINT_RATE, "endpoint")
    if livemode and clean.startswith("/v1/billing/meter_events"):
        return (Budget(f"{base}:meter_events", METER_EVENTS_LIVE_RATE, "endpoint"),)
    budgets = [Budget(f"{base}:global", global_rate or GLOBAL_RATE[mode], "global"), endpoint]
    if clean.endswith("/search"):
        budgets.append(Budget(f"{base}:search", SEARCH_RATE, "search"))
    elif clean.startswith("/v1/files"):
        budgets.append(Budget(f"{base}:files", FILES_RATE, "files"))
    return tuple(budgets)


def hold_for(status: int, headers: Mapping[str, str], budgets: Sequence[Budget]) -> tuple[tuple[Budget, ...], float]:
    """Which budgets a response holds, and for how long: a 429 holds what its reason names (Retry-After may extend
    it, up to ``MAX_HOLD_SECONDS``); anything else holds nothing."""
    if status != 429:
        return (), 0.0
    reason = (headers.get("stripe-rate-limited-reason") or "").strip().lower()
    scope, seconds = HOLD_SECONDS.get(reason, UNKNOWN_REASON_HOLD)
    if scope is None:
        return (), 0.0
    requested = parse_retry_after(headers.get("retry-after"))
    if requested is not None:
        seconds = max(seconds, min(requested, MAX_HOLD_SECONDS))
    held = tuple(b for b in budgets if b.scope == scope or (scope == "endpoint" and b.scope in ("search", "files")))
    return held or tuple(budgets[:1]), seconds


class RateLimiter:
    """What a connector asks before each attempt and tells after each 429. Subclass to share budgets elsewhere.

    ``reserve`` takes a slot in every budget at once and returns how many seconds to wait before sending;
    ``hold`` stops everybody drawing from ``budgets`` for ``seconds``. ``does_io`` says whether those calls may
    block on the network (the async connector then runs them in a thread, keeping its event loop free).
    The connectors call :meth:`reserve_within`, which a subclass should override to refuse a wait that is too long
    without charging the budget (by default it calls ``reserve``, which charges it).
    """

    does_io = False

    def reserve(self, budgets: Sequence[Budget]) -> float:
        raise NotImplementedError

    def reserve_within(self, budgets: Sequence[Budget], max_wait: float) -> float:
        """Like ``reserve``, but a wait longer than ``max_wait`` (seconds; ``inf``: any) is not taken.

        Returns the wait either way; a result above ``max(max_wait, 0)`` means the reservation was refused and left
        every budget as it was, so requests that are never sent do not lengthen anybody else's wait.
        """
        return self.reserve(budgets)

    def hold(self, budgets: Sequence[Budget], seconds: float) -> None:
        raise NotImplementedError


class LocalRateLimiter(RateLimiter):
    """GCRA budgets in this process, shared by every connector and thread that uses this instance.

    ``burst`` lets that many requests go at once after a quiet spell (1: perfectly paced). ``share`` is the part of
    each budget this process may use: 1 when it is alone; ``1 / workers`` when several processes share the account
    without Redis (or as the fallback of a ``RedisRateLimiter`` while Redis is down). Fork-safe: a child process
    starts with a fresh lock and the parent's budgets, so it does not deadlock on a lock held at the fork.
    """

    def __init__(self, *, burst: int = 1, share: float = 1.0, clock: Callable[[], float] | None = None) -> None:
        if not isinstance(burst, int) or isinstance(burst, bool) or burst < 1:
            raise InvalidInputError("burst", "must be an integer >= 1")
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 < share <= 1:
            raise InvalidInputError("share", "must be a number > 0 and <= 1 (the part of each budget to use)")
        self.burst = burst
        self.share = float(share)
        self._clock = clock or time.monotonic
        self._tat: dict[str, float] = {}
        self._lock = threading.Lock()
        ref = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: _renew_lock(ref))

    def __repr__(self) -> str:
        return f"LocalRateLimiter(burst={self.burst}, share={self.share:g}, budgets={len(self._tat)})"

    def _now(self) -> float:
        return float(self._clock())

    def _pace(self, budget: Budget) -> tuple[float, float]:
        """This process's interval and burst tolerance for ``budget``."""
        interval = budget.interval / self.share
        return interval, (max(self.burst, budget.burst) - 1) * interval

    def reserve(self, budgets: Sequence[Budget]) -> float:
        return self.reserve_within(budgets, math.inf)

    def reserve_within(self, budgets: Sequence[Budget], max_wait: float) -> float:
        with self._lock:
            now = self._now()
            start = now
            for budget in budgets:
                _, tolerance = self._pace(budget)
                start = max(start, max(self._tat.get(budget.key, now), now) - tolerance)
            if start - now > max(max_wait, 0.0):
                return start - now  # refused: no budget is charged
            for budget in budgets:
                interval, _ = self._pace(budget)
                self._tat[budget.key] = max(self._tat.get(budget.key, now), start) + interval
            return start - now

    def hold(self, budgets: Sequence[Budget], seconds: float) -> None:
        with self._lock:
            now = self._now()
            for budget in budgets:
                _, tolerance = self._pace(budget)
                self._tat[budget.key] = max(self._tat.get(budget.key, now), now + seconds + tolerance)


def _renew_lock(ref: weakref.ref[LocalRateLimiter]) -> None:
    limiter = ref()
    if limiter is not None:
        limiter._lock = threading.Lock()


_default: LocalRateLimiter | None = None
_default_lock = threading.Lock()


def default_rate_limiter() -> LocalRateLimiter:
    """The process-wide limiter every connector to Stripe's own API shares unless given another."""
    global _default
    with _default_lock:
        if _default is None:
            _default = LocalRateLimiter()
        return _default


def applies_by_default(base_url: str) -> bool:
    """Stripe's published limits are Stripe's: a local fake or mock (localstripe, Prism) is not paced by default."""
    host = (urlsplit(base_url).hostname or "").lower()
    return host == "stripe.com" or host.endswith(".stripe.com")


class RateGate:
    """One logical call's passage through its budgets: ``wait`` before each attempt, ``saw`` each response.

    The wait is part of the call's time. ``max_wait`` is what the connector has left of the call: the rest of
    ``total_timeout``, or, without one, the attempt ``timeout`` (so no call waits in a budget longer than one
    attempt may take). A reservation whose wait would be longer is not taken (the budget is not charged) and the
    call ends at once with :class:`~stripe_connector.errors.RateBudgetTimeoutError`. It also counts the attempts
    sent, for :class:`~stripe_connector.CallResult`.
    """

    __slots__ = ("attempts", "budgets", "limiter")

    def __init__(self, limiter: RateLimiter | None, budgets: tuple[Budget, ...]) -> None:
        self.limiter = limiter
        self.budgets = budgets
        self.attempts = 0

    def wait(self, max_wait: float = math.inf, closing: threading.Event | None = None) -> None:
        """Wait for this attempt's slot, or raise; ``closing`` (the connector's ``close()``) cuts the wait short
        with :class:`~stripe_connector.errors.ConnectorClosedError`, for every waiting thread at once."""
        if self.limiter is not None:
            delay = self._admit(self.limiter.reserve_within(self.budgets, max_wait), max_wait)
            if delay > 0 and closing is not None and closing.wait(delay):
                raise ConnectorClosedError(CLOSED_WHILE_WAITING)
            if delay > 0 and closing is None:
                time.sleep(delay)
        self.attempts += 1

    async def wait_async(self, max_wait: float = math.inf) -> None:
        """The async twin of :meth:`wait`; ``aclose()`` cancels the task, which ends its sleep at once."""
        if self.limiter is not None:
            import asyncio

            if self.limiter.does_io:
                delay = await asyncio.to_thread(self.limiter.reserve_within, self.budgets, max_wait)
            else:
                delay = self.limiter.reserve_within(self.budgets, max_wait)
            delay = self._admit(delay, max_wait)
            if delay > 0:
                await asyncio.sleep(delay)
        self.attempts += 1

    def _admit(self, delay: float, max_wait: float) -> float:
        """``delay`` when it fits in ``max_wait``; otherwise the typed timeout that names the budget."""
        if delay <= max(max_wait, 0.0):
            return delay
        scopes = ", ".join(budget.scope for budget in self.budgets)
        raise RateBudgetTimeoutError(
            f"the rate budget ({scopes}) would make this call wait {delay:.2f} s, longer than the"
            f" {max(max_wait, 0.0):.2f} s it has left (total_timeout, or timeout without one); not sent, and the"
            " budget was not charged",
            attempts=self.attempts,
        )

    def saw(self, response: httpx.Response) -> None:
        if self.limiter is not None and response.status_code == 429:
            held, seconds = hold_for(429, response.headers, self.budgets)
            if held:
                self.limiter.hold(held, seconds)

    async def saw_async(self, response: httpx.Response) -> None:
        if self.limiter is not None and response.status_code == 429:
            held, seconds = hold_for(429, response.headers, self.budgets)
            if held:
                if self.limiter.does_io:
                    import asyncio

                    await asyncio.to_thread(self.limiter.hold, held, seconds)
                else:
                    self.limiter.hold(held, seconds)


CLOSED_WHILE_WAITING = "this connector was closed while the call waited for the rate budget; nothing was sent"


def gate_for(limiter: RateLimiter | None, account: str, livemode: bool, request: PreparedRequest) -> RateGate:
    """The gate for one prepared request; ``account`` is ``_types.secrets.account_digest`` of the key (no connected
    account). The account the request acts on (``Stripe-Account`` or ``Stripe-Context``) has budgets of its own:
    one account's 429 holds only its budgets, and connectors of one key and account share them."""
    if limiter is None:
        return RateGate(None, ())
    headers = request.headers
    if headers:
        connected = headers.get("Stripe-Account")
        if connected:
            account = connected_digest(account, connected)
        context = headers.get("Stripe-Context")
        if context:
            account = context_digest(account, context)  # an organisation's account, a v2 account: its own budgets
    return RateGate(limiter, budgets_for(account, livemode, request.method, request.target))


def check_rate_limiter(value: object) -> RateLimiter | bool | None:
    """``rate_limiter=`` takes a :class:`RateLimiter`, ``None`` (the default) or ``False`` (no limiter at all)."""
    if value is None or value is False or isinstance(value, RateLimiter):
        return value
    raise InvalidInputError("rate_limiter", "must be a RateLimiter (LocalRateLimiter, RedisRateLimiter), None or False")
