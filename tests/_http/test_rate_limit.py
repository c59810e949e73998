"""The rate budget without Redis: which budgets a request spends from, what a 429 holds, GCRA's pacing (property
tests on a fake clock), the connector's hooks (sync and async, threads) and ``call_with_details``."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import pickle
import re
import threading
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import (
    AsyncStripeConnector,
    CallResult,
    InvalidInputError,
    LocalRateLimiter,
    RateLimiter,
    RetryPolicy,
    StripeConnector,
)
from stripe_connector._http.rate_limit import (
    Budget,
    applies_by_default,
    budgets_for,
    default_rate_limiter,
    endpoint_name,
    hold_for,
)
from stripe_connector._types.secrets import account_digest
from stripe_connector.errors import RateLimitError
from stripe_connector.testing.doubles import CustomerStripe, Reply, ScriptedStripe, achieved_rate

from tests.support.keys import API_KEY as KEY
from tests.support.keys import SECRET_PART


@pytest.fixture(scope="module")
def double_server() -> Iterator[CustomerStripe]:
    with CustomerStripe(rate=25, burst=5) as double:
        yield double


@pytest.fixture
def double(double_server: CustomerStripe) -> CustomerStripe:
    double_server.reset()
    return double_server


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- budgets and holds (pure) -----------------------------------------------------------------------------------------


def test_budgets_follow_stripes_published_limits_by_mode() -> None:
    test = {b.scope: b.rate for b in budgets_for("acct", False, "GET", "/v1/customers")}
    live = {b.scope: b.rate for b in budgets_for("acct", True, "GET", "/v1/customers")}
    assert test == {"global": 25.0, "endpoint": 25.0}
    assert live == {"global": 100.0, "endpoint": 25.0}
    search = {b.scope: b.rate for b in budgets_for("acct", True, "GET", "/v1/customers/search?query=x")}
    assert search == {"global": 100.0, "endpoint": 25.0, "search": 20.0}
    files = {b.scope for b in budgets_for("acct", False, "POST", "/v1/files")}
    assert "files" in files
    meter = budgets_for("acct", True, "POST", "/v1/billing/meter_events")
    assert [(b.scope, b.rate) for b in meter] == [("endpoint", 1000.0)]  # not counted against the global budget


def test_live_and_test_budgets_and_endpoints_are_separate() -> None:
    live_keys = {b.key for b in budgets_for("acct", True, "GET", "/v1/customers")}
    test_keys = {b.key for b in budgets_for("acct", False, "GET", "/v1/customers")}
    assert not live_keys & test_keys
    a = {b.key for b in budgets_for("acct", False, "GET", "/v1/customers")}
    b = {b.key for b in budgets_for("acct", False, "POST", "/v1/customers")}
    assert len(a & b) == 1  # the global budget only


def test_endpoint_name_leaves_object_ids_out() -> None:
    assert endpoint_name("get", "/v1/customers/cus_N1a2b3c4d5") == "GET /v1/customers/{id}"
    assert endpoint_name("GET", "/v1/customers/cus_Abc123456?expand[]=x") == "GET /v1/customers/{id}"
    assert endpoint_name("POST", "/v1/payment_intents/pi_3Ab12345678/confirm") == (
        "POST /v1/payment_intents/{id}/confirm"
    )


def test_account_digest_never_contains_the_key_and_separates_accounts() -> None:
    digest = account_digest(KEY)
    assert KEY not in digest and SECRET_PART not in digest
    assert digest != account_digest("sk_test_otherkey456")
    assert account_digest(KEY, "acct_1") != account_digest(KEY, "acct_2") != digest


@pytest.mark.parametrize(
    ("reason", "scope", "seconds"),
    [
        ("global-rate", "global", 1.0),
        ("global-concurrency", "global", 0.5),
        ("endpoint-rate", "endpoint", 1.0),
        ("endpoint-concurrency", "endpoint", 0.5),
        (None, "global", 1.0),
        ("something-new", "global", 1.0),
    ],
)
def test_a_429_holds_the_budget_its_reason_names(reason: str | None, scope: str, seconds: float) -> None:
    budgets = budgets_for("acct", False, "GET", "/v1/customers")
    headers = {"stripe-rate-limited-reason": reason} if reason else {}
    held, hold = hold_for(429, headers, budgets)
    assert [b.scope for b in held] == [scope]
    assert hold == seconds


def test_resource_specific_429_and_other_statuses_hold_nothing() -> None:
    budgets = budgets_for("acct", False, "POST", "/v1/payment_intents/pi_12345678")
    assert hold_for(429, {"stripe-rate-limited-reason": "resource-specific"}, budgets) == ((), 0.0)
    assert hold_for(500, {"stripe-rate-limited-reason": "global-rate"}, budgets) == ((), 0.0)


def test_retry_after_extends_a_hold_up_to_a_cap() -> None:
    budgets = budgets_for("acct", False, "GET", "/v1/customers")
    assert hold_for(429, {"retry-after": "3"}, budgets)[1] == 3.0
    assert hold_for(429, {"retry-after": "100000"}, budgets)[1] == 30.0
    assert hold_for(429, {"retry-after": "garbage"}, budgets)[1] == 1.0


def test_search_endpoint_rate_holds_the_search_budget() -> None:
    budgets = budgets_for("acct", False, "GET", "/v1/customers/search")
    held, _ = hold_for(429, {"stripe-rate-limited-reason": "endpoint-rate"}, budgets)
    assert {b.scope for b in held} == {"endpoint", "search"}


# --- the local limiter ------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    rate=st.sampled_from([5.0, 25.0, 100.0]),
    burst=st.integers(1, 5),
    gaps=st.lists(st.floats(0, 0.3, allow_nan=False), min_size=1, max_size=80),
)
def test_gcra_never_grants_more_than_rate_times_window_plus_burst(rate: float, burst: int, gaps: list[float]) -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(burst=burst, clock=clock)
    budget = (Budget("k", rate, "global"),)
    starts = []
    for gap in gaps:
        clock.now += gap
        wait = limiter.reserve(budget)
        assert wait >= 0
        starts.append(clock.now + wait)
    starts.sort()
    interval = 1.0 / rate
    for i, first in enumerate(starts):
        window = [s for s in starts[i:] if s < first + 1.0]
        assert len(window) <= rate * 1.0 + burst
    # without burst, two grants are never closer than one interval
    if burst == 1:
        for a, b in itertools.pairwise(starts):
            assert b - a >= interval - 1e-9


def test_a_request_waits_for_the_slowest_of_its_budgets() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(clock=clock)
    fast, slow = Budget("fast", 100.0, "global"), Budget("slow", 4.0, "search")
    assert limiter.reserve((fast, slow)) == 0
    assert limiter.reserve((fast, slow)) == pytest.approx(0.25)
    # the slot is taken in every budget at the instant it is sent: fast's next one is an interval after it
    assert limiter.reserve((fast,)) == pytest.approx(0.26)
    clock.now += 10
    assert limiter.reserve((fast,)) == 0


def test_hold_pauses_everyone_then_resumes_at_the_pace() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(clock=clock)
    budget = (Budget("k", 10.0, "global"),)
    limiter.hold(budget, 2.0)
    assert limiter.reserve(budget) == pytest.approx(2.0)
    assert limiter.reserve(budget) == pytest.approx(2.1)


def test_threads_share_one_budget() -> None:
    limiter = LocalRateLimiter()
    budget = (Budget("k", 1000.0, "global"),)
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(50):
            now = time.monotonic()
            wait = limiter.reserve(budget)
            with lock:
                starts.append(now + wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    assert len(starts) == 400
    assert starts[-1] - starts[0] >= 399 / 1000.0 - 0.01  # 400 slots at 1000/s cannot fit in less time


def test_a_share_paces_this_process_at_its_part_of_the_budget() -> None:
    clock = FakeClock()
    quarter = LocalRateLimiter(share=0.25, clock=clock)
    budget = (Budget("k", 10.0, "global"),)
    waits = [quarter.reserve(budget) for _ in range(3)]
    assert waits == pytest.approx([0.0, 0.4, 0.8])  # 2.5/s: a quarter of 10/s


@pytest.mark.parametrize("bad", [0, -0.5, 1.5, True, "1"])
def test_bad_share_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        LocalRateLimiter(share=bad)  # type: ignore[arg-type]
    assert info.value.param == "share"


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "2"])
def test_bad_burst_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        LocalRateLimiter(burst=bad)  # type: ignore[arg-type]
    assert info.value.param == "burst"


@pytest.mark.parametrize("bad", [object(), "redis://x", 25, True])
def test_bad_rate_limiter_is_refused_before_sending(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        StripeConnector(KEY, base_url="http://127.0.0.1:1", rate_limiter=bad)  # type: ignore[arg-type]
    assert info.value.param == "rate_limiter"


def test_default_limiter_applies_to_stripe_only_and_is_shared_by_connectors() -> None:
    assert applies_by_default("https://api.stripe.com")
    assert applies_by_default("https://files.stripe.com")
    assert not applies_by_default("http://127.0.0.1:12111")
    assert not applies_by_default("https://notstripe.com")
    one, two = StripeConnector(KEY), StripeConnector(KEY)
    assert one._rate_limiter is two._rate_limiter is default_rate_limiter()
    local = StripeConnector(KEY, base_url="http://127.0.0.1:1")
    assert local._rate_limiter is None
    assert StripeConnector(KEY, rate_limiter=False)._rate_limiter is None


# --- through the connector, against the double ------------------------------------------------------------------------


def test_without_a_limiter_threads_hit_429s_and_with_one_they_do_not(double: CustomerStripe) -> None:
    def burst(connector: StripeConnector, calls: int) -> None:
        def worker() -> None:
            for _ in range(calls):
                with contextlib.suppress(RateLimitError):
                    connector.call("list_customers", {"limit": 1})

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    raw = StripeConnector(KEY, base_url=double.url, rate_limiter=False, max_retries=0)
    burst(raw, 10)
    assert double.stats.rate_limited > 0  # the double does limit: the comparison below means something
    double.reset()
    paced = StripeConnector(KEY, base_url=double.url, rate_limiter=LocalRateLimiter(), max_retries=0)
    started = time.monotonic()
    burst(paced, 10)
    elapsed = time.monotonic() - started
    assert double.stats.rate_limited == 0
    assert len(double.stats.accepted_at) == 40
    assert elapsed >= 39 / 25 - 0.05
    assert achieved_rate(double.stats.accepted_at) <= 25 * 1.1


def test_a_429_from_stripe_holds_the_budget_for_the_next_call(server: ScriptedStripe) -> None:
    limiter = LocalRateLimiter()
    server.reset(Reply(429, json={"error": {"type": "invalid_request_error"}},
                       headers={"Stripe-Rate-Limited-Reason": "global-rate"}),
                 default=Reply(200, json={"object": "list", "data": []}))  # fmt: skip
    policy = RetryPolicy(max_retries=1, initial_delay=0.0)
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=limiter, retry_policy=policy)
    started = time.monotonic()
    result = connector.call_with_details("list_customers")
    assert time.monotonic() - started >= 0.95  # the retry waited out the global-rate hold
    assert result.attempts == 2
    assert server.count == 2


async def test_async_connector_is_paced_by_the_same_budget(double: CustomerStripe) -> None:
    limiter = LocalRateLimiter()
    async with AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=limiter, max_retries=0) as connector:
        started = time.monotonic()
        await asyncio.gather(*(connector.call("list_customers", {"limit": 1}) for _ in range(20)))
        elapsed = time.monotonic() - started
    assert double.stats.rate_limited == 0
    assert elapsed >= 19 / 25 - 0.05


def test_a_custom_limiter_sees_every_attempt_and_every_429(server: ScriptedStripe) -> None:
    class Recording(RateLimiter):
        def __init__(self) -> None:
            self.reserved: list[tuple[str, ...]] = []
            self.held: list[tuple[tuple[str, ...], float]] = []

        def reserve(self, budgets: object) -> float:
            self.reserved.append(tuple(b.scope for b in budgets))  # type: ignore[attr-defined]
            return 0.0

        def hold(self, budgets: object, seconds: float) -> None:
            self.held.append((tuple(b.scope for b in budgets), seconds))  # type: ignore[attr-defined]

    recording = Recording()
    server.reset(Reply(429, headers={"Stripe-Rate-Limited-Reason": "endpoint-concurrency", "Retry-After": "0"}),
                 default=Reply(200, json={"id": "cus_1"}))  # fmt: skip
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=recording, max_retries=2)
    connector.call("create_customer", {"email": "a@b.co"})
    assert recording.reserved == [("global", "endpoint"), ("global", "endpoint")]
    assert recording.held == [(("endpoint",), 0.5)]


# --- call_with_details ------------------------------------------------------------------------------------------------


def test_call_with_details_reports_request_id_and_idempotent_replays(double: CustomerStripe) -> None:
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=LocalRateLimiter())
    first = connector.call_with_details("create_customer", {"email": "x@example.com"}, idempotency_scope=["run", "1"])
    again = connector.call_with_details("create_customer", {"email": "x@example.com"}, idempotency_scope=["run", "1"])
    assert isinstance(first, CallResult)
    assert first.idempotent_replayed is False and again.idempotent_replayed is True
    assert first.data == again.data and first.data["object"] == "customer"
    assert first.idempotency_key == again.idempotency_key and (first.idempotency_key or "").startswith("scope-")
    assert first.request_id and first.request_id.startswith("req_") and first.request_id != again.request_id
    assert first.attempts == 1 and first.http_status == 200
    assert double.stats.applied == 1 and double.stats.replays == 1
    plain = connector.call("list_customers", {"limit": 5})
    detailed = connector.call_with_details("list_customers", {"limit": 5})
    assert detailed.data == plain and detailed.idempotency_key is None
    as_json = detailed.as_json()
    assert as_json["data"] == plain and set(as_json) >= {"request_id", "idempotent_replayed", "attempts"}
    assert pickle.loads(pickle.dumps(first)) == first


async def test_async_call_with_details_reports_replays(double: CustomerStripe) -> None:
    async with AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=LocalRateLimiter()) as connector:
        one = await connector.call_with_details("create_customer", {"name": "A"}, idempotency_key="fixed-key-1")
        two = await connector.call_with_details("create_customer", {"name": "A"}, idempotency_key="fixed-key-1")
    assert (one.idempotent_replayed, two.idempotent_replayed) == (False, True)
    assert one.idempotency_key == "fixed-key-1" and one.data["id"] == two.data["id"]


def test_call_with_details_raises_what_call_raises_before_sending(double: CustomerStripe) -> None:
    connector = StripeConnector(KEY, base_url=double.url, rate_limiter=False)
    with pytest.raises(InvalidInputError) as info:
        connector.call_with_details("create_customer", {"email": 5})
    assert info.value.param == "email"
    assert double.stats.requests == 0


def test_a_forked_child_does_not_inherit_a_held_lock() -> None:
    import os
    import signal

    limiter = LocalRateLimiter()
    budget = (Budget("k", 1000.0, "global"),)
    limiter.reserve(budget)
    with limiter._lock:  # another thread holds the lock at the moment of the fork
        pid = os.fork()
        if pid == 0:  # the child: reserving must not deadlock on the parent's held lock
            try:
                limiter.reserve(budget)
            finally:
                os._exit(0)
    deadline = time.monotonic() + 10
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the child deadlocked on the limiter's lock")
        time.sleep(0.01)
    assert os.waitstatus_to_exitcode(status) == 0


@settings(max_examples=80, deadline=None)
@given(
    secret=st.from_regex(r"(sk|rk)_(test|live)_[A-Za-z0-9]{8,40}", fullmatch=True),
    method=st.sampled_from(["GET", "POST", "DELETE"]),
    path=st.from_regex(r"/v1(/[a-z_]{1,12}|/[a-z]{2,4}_[A-Za-z0-9]{8,14}){0,4}(/search)?", fullmatch=True),
    account=st.one_of(st.none(), st.from_regex(r"acct_[A-Za-z0-9]{8,16}", fullmatch=True)),
)
def test_budget_names_never_carry_the_key_and_always_include_the_accounts_limits(
    secret: str, method: str, path: str, account: str | None
) -> None:
    budgets = budgets_for(account_digest(secret, account), "_live_" in secret, method, path)
    for budget in budgets:  # "{digest}:mode:scope[:endpoint]": the account part is a hex digest, nothing else
        digest, rest = budget.key[1:].split("}", 1)
        assert re.fullmatch(r"[0-9a-f]{32}", digest)
        assert secret not in rest and (account is None or account not in rest)
    scopes = [b.scope for b in budgets]
    if "_live_" in secret and path.startswith("/v1/billing/meter_events"):
        assert scopes == ["endpoint"]
    else:
        assert scopes[:2] == ["global", "endpoint"]
        assert ("search" in scopes) == path.endswith("/search")
    assert all(b.rate > 0 for b in budgets)
