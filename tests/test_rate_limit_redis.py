"""The Redis-backed budget against a real ``redis-server``: one budget for many processes (within 10% of the
limit), holds shared by everybody, keys without secrets, and an outage that degrades to local pacing without
failing a call (Redis stopped, never there, or not answering)."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from stripe_connector import AsyncStripeConnector, InvalidInputError, RedisRateLimiter, StripeConnector
from stripe_connector._http.rate_limit import Budget

from tests.support import ServerStartError
from tests.support.redis_server import RedisServer, redis_server_binary
from tests.support.scale_worker import run_workers
from tests.support.stripe_double import StripeDouble, achieved_rate

KEY = "sk_test_redislimiterkey42"

if redis_server_binary() is None and not os.environ.get("CI"):
    pytest.skip("redis-server is not installed (apt-get install -y redis-server)", allow_module_level=True)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    try:
        server = RedisServer().start()
    except ServerStartError as exc:
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """A running Redis with an empty database."""
    if redis_server.proc is None:
        redis_server.start()
    import redis

    redis.Redis.from_url(redis_server.url).flushdb()
    return redis_server.url


@pytest.fixture(scope="module")
def double_server() -> Iterator[StripeDouble]:
    with StripeDouble(rate=25, burst=5) as double:
        yield double


@pytest.fixture
def double(double_server: StripeDouble) -> StripeDouble:
    double_server.reset()
    return double_server


def test_two_limiters_share_one_budget_and_one_hold(redis_url: str) -> None:
    one, two = RedisRateLimiter(redis_url), RedisRateLimiter(redis_url)
    budget = (Budget("{acct}:test:global", 10.0, "global"),)
    assert one.reserve(budget) == 0
    assert two.reserve(budget) == pytest.approx(0.1, abs=0.04)
    assert one.reserve(budget) == pytest.approx(0.2, abs=0.04)
    two.hold(budget, 2.0)  # a 429 seen by one process ...
    assert one.reserve(budget) == pytest.approx(2.0, abs=0.1)  # ... holds the other
    assert not one.using_fallback and not two.using_fallback


def test_redis_keys_name_the_account_by_digest_never_the_key(redis_url: str, double: StripeDouble) -> None:
    import redis

    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=RedisRateLimiter(redis_url))
    connector.call("list_customers", {"limit": 1}, stripe_account="acct_1Connected")
    connector.call("list_customers", {"limit": 1})
    client = redis.Redis.from_url(redis_url)
    keys = [k.decode() for k in client.keys("*")]
    assert len(keys) == 4  # global + endpoint, for the platform and for the connected account
    stored = " ".join(keys + [client.get(k).decode() for k in keys])
    assert KEY not in stored and "redislimiterkey" not in stored and "acct_1Connected" not in stored
    assert all(0 < client.pttl(k) <= 61_000 for k in keys)  # idle budgets expire


def test_repr_does_not_show_the_redis_url_or_its_password() -> None:
    limiter = RedisRateLimiter("redis://:s3cretpass@127.0.0.1:1/0")
    assert "s3cretpass" not in repr(limiter)


@pytest.mark.parametrize(
    ("url", "param"),
    [("http://127.0.0.1:6379", "url"), (None, "url")],
)
def test_bad_configuration_is_refused(url: str | None, param: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        RedisRateLimiter(url)
    assert info.value.param == param


@pytest.mark.parametrize(("option", "value"), [("timeout", 0), ("retry_interval", -1), ("burst", 0)])
def test_bad_options_are_refused(option: str, value: float) -> None:
    with pytest.raises(InvalidInputError) as info:
        RedisRateLimiter("redis://127.0.0.1:1/0", **{option: value})  # type: ignore[arg-type]
    assert info.value.param == option


def test_four_processes_hold_the_rate_within_ten_percent(redis_url: str, double: StripeDouble) -> None:
    results = run_workers(double.url, workers=4, calls=15, limiter="redis", redis_url=redis_url, head_start=0.8)
    stats = double.stats
    assert sum(r["ok"] for r in results) == 60 and sum(r["failed"] for r in results) == 0
    assert stats.rate_limited <= 0.01 * 60
    rate = achieved_rate(stats.accepted_at)
    assert 25 * 0.9 <= rate <= 25 * 1.1, rate
    assert stats.applied == 12 and not stats.as_json()["applied_twice"]


def test_without_the_shared_budget_four_processes_hit_429s(double: StripeDouble) -> None:
    results = run_workers(double.url, workers=4, calls=10, limiter="local", head_start=0.8, max_retries=0)
    # each process alone keeps to 25/s: together they run at four times the account's limit
    assert double.stats.rate_limited > 0.05 * 40
    assert sum(r["failed"] for r in results) == double.stats.rate_limited  # without retries, each 429 fails a call


def test_redis_stopping_mid_run_degrades_to_local_pacing_and_logs_once(
    redis_server: RedisServer, redis_url: str, double: StripeDouble, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisRateLimiter(redis_url, timeout=0.2, retry_interval=0.3)
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=limiter, max_retries=0)
    for _ in range(3):
        connector.call("list_customers", {"limit": 1})
    assert not limiter.using_fallback
    redis_server.stop()
    caplog.set_level(logging.WARNING, logger="stripe_connector.rate_limit")
    started = time.monotonic()
    for _ in range(15):
        connector.call("list_customers", {"limit": 1})  # never fails because Redis is gone
    elapsed = time.monotonic() - started
    assert limiter.using_fallback
    assert elapsed >= 14 / 25 - 0.05  # still paced, by the local limiter
    assert double.stats.rate_limited == 0
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert redis_url not in caplog.text and KEY not in caplog.text
    redis_server.start()  # back: the next try after retry_interval returns to the shared budget
    time.sleep(0.35)
    connector.call("list_customers", {"limit": 1})
    assert not limiter.using_fallback
    assert any("reachable again" in r.getMessage() for r in caplog.records)


def test_a_redis_that_never_answers_costs_one_timeout_then_nothing(double: StripeDouble) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        port = silent.getsockname()[1]
        limiter = RedisRateLimiter(f"redis://127.0.0.1:{port}/0", timeout=0.3, retry_interval=60)
        connector = StripeConnector(KEY, base_url=double.url, rate_limiter=limiter, max_retries=0)
        started = time.monotonic()
        connector.call("list_customers", {"limit": 1})
        first = time.monotonic() - started
        started = time.monotonic()
        for _ in range(4):
            connector.call("list_customers", {"limit": 1})
        rest = time.monotonic() - started
    assert limiter.using_fallback
    assert first >= 0.3  # the one try that waited for Redis ...
    assert rest < 4 * 0.3  # ... and the next calls did not (they are paced locally: 3 intervals of 40 ms)


def test_redis_never_there_from_the_start(double: StripeDouble) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed when the block ends: nobody listens there
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=RedisRateLimiter(f"redis://127.0.0.1:{port}/0"))
    assert connector.call("list_customers", {"limit": 1})["object"] == "list"


def test_threads_of_one_process_share_the_redis_budget(redis_url: str, double: StripeDouble) -> None:
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=RedisRateLimiter(redis_url), max_retries=0)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(5):
                connector.call("list_customers", {"limit": 1})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert double.stats.rate_limited == 0
    assert achieved_rate(double.stats.accepted_at) <= 25 * 1.1


async def test_async_connector_shares_the_redis_budget(redis_url: str, double: StripeDouble) -> None:
    import asyncio

    limiter = RedisRateLimiter(redis_url)
    async with AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=limiter, max_retries=0) as connector:
        started = time.monotonic()
        results = await asyncio.gather(*(connector.call_with_details("list_customers") for _ in range(20)))
        elapsed = time.monotonic() - started
    assert all(r.attempts == 1 for r in results)
    assert double.stats.rate_limited == 0
    assert elapsed >= 19 / 25 - 0.05


def test_garbage_in_a_budget_key_falls_back_instead_of_failing_calls(redis_url: str, double: StripeDouble) -> None:
    import redis

    limiter = RedisRateLimiter(redis_url)
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=limiter)
    connector.call("list_customers", {"limit": 1})
    client = redis.Redis.from_url(redis_url)
    for key in client.keys("*"):
        client.set(key, "not-a-number")  # another program wrote into our keys
    assert connector.call("list_customers", {"limit": 1})["object"] == "list"
    assert limiter.using_fallback
