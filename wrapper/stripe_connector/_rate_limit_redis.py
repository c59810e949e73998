"""``RedisRateLimiter``: one rate budget per Stripe account for every process and machine (the ``redis`` extra).

Each reservation is one call of one Lua script, so it is atomic however many workers race: the script reads
Redis's own clock (no skew between machines), takes a slot in every budget of the request at the same instant,
and returns how long to wait; a wait longer than the caller accepts is refused in the same script, before any key
is written, so a request that is never sent costs nobody anything. A 429 runs the same script in ``hold`` mode,
which pushes the budgets' next slot past the hold for every worker at once. Keys carry only the account digest
(never the API key) and expire when idle.

When Redis cannot be reached, the connector must not fail: the limiter falls back to a process-local limiter,
logs one warning for the outage (and one line when Redis is back), and tries Redis again every few seconds.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Sequence
from typing import Any

from ._rate_limit import Budget, LocalRateLimiter, RateLimiter, logger
from .errors import InvalidInputError

#: KEYS: one per budget. ARGV[1]: "take" or "hold"; ARGV[2]: hold microseconds (hold) or the longest wait taken,
#: -1 for any (take); then interval and tolerance (microseconds) per key. Returns {microseconds to wait, 1 if taken
#: or 0 if refused} (take; a refused take writes nothing) or {0, 1} (hold). Integers are written with %.0f:
#: tostring would turn a large number into "1.7e+15".
GCRA_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local mode = ARGV[1]
local hold = tonumber(ARGV[2])
local start = now
local tats = {}
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < now then tat = now end
  tats[i] = tat
  local tolerance = tonumber(ARGV[2 + 2 * i])
  if mode == 'take' and tat - tolerance > start then start = tat - tolerance end
end
if mode == 'take' and hold >= 0 and start - now > hold then return {math.floor(start - now), 0} end
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[1 + 2 * i])
  local tolerance = tonumber(ARGV[2 + 2 * i])
  local new
  if mode == 'take' then
    new = math.max(tats[i], start) + interval
  else
    new = math.max(tats[i], now + hold + tolerance)
  end
  local ttl = math.floor((new - now) / 1000) + 1000
  redis.call('SET', key, string.format('%.0f', new), 'PX', ttl)
end
if mode == 'take' then return {math.floor(start - now), 1} end
return {0, 1}
"""


class RedisRateLimiter(RateLimiter):
    """Budgets in Redis, shared by every connector that points at the same Redis and Stripe account.

    ``RedisRateLimiter("redis://host:6379/0")`` or ``RedisRateLimiter(client=redis.Redis(...))`` (a synchronous
    client: the async connector runs it in a thread). ``timeout`` bounds
    each Redis round trip (a slow Redis must not slow calls to Stripe much); ``retry_interval`` is how long to stay
    on the local fallback before trying Redis again; ``fallback_share`` is the part of each budget the fallback
    lets this process use (``1 / workers`` keeps the account under its limit during an outage); ``prefix``
    namespaces the keys.
    """

    does_io = True

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        prefix: str = "stripe-connector:rate:",
        timeout: float = 0.5,
        retry_interval: float = 5.0,
        burst: int = 1,
        fallback_share: float = 1.0,
        fallback: RateLimiter | None = None,
    ) -> None:
        if (url is None) == (client is None):
            raise InvalidInputError("url", "give either a redis:// URL or a redis client (client=...)")
        if url is not None and not (isinstance(url, str) and url.startswith(("redis://", "rediss://", "unix://"))):
            raise InvalidInputError("url", "must be a redis://, rediss:// or unix:// URL")
        for name, value in (("timeout", timeout), ("retry_interval", retry_interval)):
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise InvalidInputError(name, "must be a number of seconds > 0")
        if not isinstance(burst, int) or isinstance(burst, bool) or burst < 1:
            raise InvalidInputError("burst", "must be an integer >= 1")
        if client is None and url is not None:
            try:
                import redis
            except ImportError:  # pragma: no cover - depends on the environment
                raise InvalidInputError(
                    "rate_limiter", "RedisRateLimiter needs the redis extra: pip install 'stripe-connector[redis]'"
                ) from None
            client = redis.Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
            )
        self._client = client
        self._script = client.register_script(GCRA_SCRIPT)
        self.prefix = prefix
        self.burst = burst
        self.retry_interval = float(retry_interval)
        self.fallback: RateLimiter = fallback or LocalRateLimiter(burst=burst, share=fallback_share)
        self._down_since: float | None = None
        self._state_lock = threading.Lock()

    def __repr__(self) -> str:  # the URL may carry a Redis password: not shown
        state = "down, local fallback" if self._down_since is not None else "up"
        return f"RedisRateLimiter(prefix={self.prefix!r}, redis={state})"

    @property
    def using_fallback(self) -> bool:
        """Whether the last attempt found Redis unreachable (calls are then paced by the local fallback)."""
        return self._down_since is not None

    def reserve(self, budgets: Sequence[Budget]) -> float:
        return self.reserve_within(budgets, math.inf)

    def reserve_within(self, budgets: Sequence[Budget], max_wait: float) -> float:
        """The wait, decided by the script in one step: a refused reservation writes no key (see ``RateLimiter``)."""
        limit = -1 if math.isinf(max_wait) else max(0, int(max_wait * 1e6))
        answer = self._run(budgets, "take", limit)
        if answer is None:
            return self.fallback.reserve_within(budgets, max_wait)
        waited, taken = answer
        return waited if taken else max(waited, math.nextafter(max(max_wait, 0.0), math.inf))

    def hold(self, budgets: Sequence[Budget], seconds: float) -> None:
        self.fallback.hold(budgets, seconds)  # kept locally too, so an outage right after a 429 still honours it
        self._run(budgets, "hold", int(seconds * 1e6))

    def _run(self, budgets: Sequence[Budget], mode: str, micros: int) -> tuple[float, bool] | None:
        """The script's answer (seconds to wait, whether taken), or None when Redis is (or was recently) down."""
        if not budgets:
            return 0.0, True
        down_since = self._down_since
        if down_since is not None and time.monotonic() - down_since < self.retry_interval:
            return None
        args: list[str | int] = [mode, micros]
        for budget in budgets:
            interval = budget.interval
            args += [int(interval * 1e6), int((max(self.burst, budget.burst) - 1) * interval * 1e6)]
        try:
            waited, taken = self._script(keys=[self.prefix + b.key for b in budgets], args=args)
            answer = max(0.0, int(waited) / 1e6), bool(int(taken))
        except Exception as exc:  # any failure of Redis (connection, timeout, script, auth) means: pace locally
            self._mark_down(exc)
            return None
        self._mark_up()
        return answer

    def _mark_down(self, exc: Exception) -> None:
        with self._state_lock:
            first = self._down_since is None
            self._down_since = time.monotonic()
        if first:
            logger.warning(
                "Redis rate limiter unreachable (%s); pacing calls with a per-process limiter until it is back",
                type(exc).__name__,
            )

    def _mark_up(self) -> None:
        if self._down_since is None:
            return
        with self._state_lock:
            was_down = self._down_since is not None
            self._down_since = None
        if was_down:
            logger.warning("Redis rate limiter reachable again; calls share the Redis budget")
