"""Many connections in one process: one shared transport, each connection's own key and account on every request,
a connection closed or storming beside healthy ones, keys across threads, forked processes and event loops,
``Stripe-Context``, ``check_connection`` and ``stripe-connector check``, and ``Connections``."""

from __future__ import annotations

import asyncio
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import (
    AsyncStripeConnector,
    Connections,
    LocalRateLimiter,
    RetryPolicy,
    StripeConnector,
)
from stripe_connector._http import shared
from stripe_connector._http.rate_limit import gate_for
from stripe_connector.errors import (
    AuthenticationError,
    ConnectorClosedError,
    InvalidInputError,
    StripePermissionError,
    StripeTimeoutError,
    api_error_from_response,
)
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe

from tests.support.keys import API_KEY, SECRET_PART

PROMPT = 2.0
NO_RETRY = RetryPolicy(max_retries=0)


def key_of(index: int) -> str:
    return f"sk_test_conn{index:04d}{SECRET_PART}"


# --- an echo server: every answer carries the headers its request came with ------------------------------------------


class EchoServer(ThreadingHTTPServer):
    """Answers ``GET /v1/customers/{id}`` with the id and the request's own key, account and context headers, and
    counts the TCP connections it accepted. Requests of a key in ``hang`` wait until ``release`` is set; a key in
    ``storm`` gets 429s. Listens on 127.0.0.1 only."""

    daemon_threads = True
    #: socketserver listens with a backlog of 5: 60 connections at once would wait for SYN retransmits (seconds).
    request_queue_size = 256

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), EchoHandler)
        self.accepted = 0
        self.hang: set[str] = set()
        self.storm: set[str] = set()
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.in_flight: dict[str, int] = {}
        self.peak: dict[str, int] = {}

    def get_request(self) -> Any:
        accepted = super().get_request()
        with self.lock:
            self.accepted += 1
        return accepted

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client closed mid-answer (the close tests): expected."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def enter(self, key: str) -> None:
        with self.lock:
            self.in_flight[key] = self.in_flight.get(key, 0) + 1
            self.peak[key] = max(self.peak.get(key, 0), self.in_flight[key])

    def leave(self, key: str) -> None:
        with self.lock:
            self.in_flight[key] -= 1


class EchoHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EchoServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
        self.server.enter(key)
        try:
            if key in self.server.hang:
                self.server.release.wait(10)
            if key in self.server.storm:
                body = json.dumps({"error": {"type": "rate_limit_error", "message": "slow down"}}).encode()
                self._answer(429, body, {"Stripe-Rate-Limited-Reason": "global-rate", "Stripe-Should-Retry": "false"})
                return
            path = urlsplit(self.path).path
            answer = {
                "id": path.rsplit("/", 1)[-1],
                "object": "customer",
                "key": key,
                "account": self.headers.get("Stripe-Account"),
                "context": self.headers.get("Stripe-Context"),
            }
            self._answer(200, json.dumps(answer).encode(), {})
        finally:
            self.server.leave(key)

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    server = EchoServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


# --- one shared transport --------------------------------------------------------------------------------------------


def test_connectors_of_one_origin_share_one_transport_and_others_do_not(echo: EchoServer) -> None:
    first = StripeConnector(key_of(1), base_url=echo.base_url)
    second = StripeConnector(key_of(2), base_url=echo.base_url + "/prefix", timeout=5)
    other_origin = StripeConnector(key_of(3), base_url="http://127.0.0.1:9")
    private = StripeConnector(key_of(4), base_url=echo.base_url, share_transport=False)
    mine = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    given = StripeConnector(key_of(5), base_url=echo.base_url, transport=mine)
    assert first._transport is second._transport  # a path prefix and a timeout do not split the pool
    assert other_origin._transport is not first._transport
    assert private._transport is not first._transport
    assert given._transport is mine


def test_a_proxy_variable_set_later_gives_a_transport_of_its_own(
    echo: EchoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = StripeConnector(key_of(1), base_url="https://api.example.test")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    after = StripeConnector(key_of(1), base_url="https://api.example.test")
    assert before._transport is not after._transport
    monkeypatch.delenv("HTTPS_PROXY")
    assert StripeConnector(key_of(2), base_url="https://api.example.test")._transport is before._transport
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent-ca-dir")  # another CA setting: another SSL context and pool
    assert StripeConnector(key_of(3), base_url="https://api.example.test")._transport is not before._transport


def test_a_thousand_connectors_open_no_more_connections_than_the_pool_holds(echo: EchoServer) -> None:
    connectors = [StripeConnector(key_of(i), base_url=echo.base_url, retry_policy=NO_RETRY) for i in range(300)]
    for index, connector in enumerate(connectors):
        assert connector.call("get_customer", {"id": f"cus_{index}"})["key"] == key_of(index)
    assert echo.accepted <= 2  # sequential calls reuse one pooled connection (a second if the first went stale)


def test_close_of_one_connector_ends_its_own_calls_and_no_others(echo: EchoServer) -> None:
    slow, healthy = key_of(1), key_of(2)
    echo.hang.add(slow)
    closing = StripeConnector(slow, base_url=echo.base_url, retry_policy=NO_RETRY)
    other = StripeConnector(healthy, base_url=echo.base_url, retry_policy=NO_RETRY)
    stuck = [in_thread(lambda: closing.call("get_customer", {"id": "cus_slow"})) for _ in range(3)]
    wait_for(lambda: echo.in_flight.get(slow, 0) == 3)
    echo.hang.add(healthy)  # one of the other connector's calls is in flight on the same pool while we close
    neighbour = in_thread(lambda: other.call("get_customer", {"id": "cus_neighbour"}))
    wait_for(lambda: echo.in_flight.get(healthy, 0) == 1)
    echo.hang.discard(healthy)
    started = time.monotonic()
    closing.close()
    for thread, outcome in stuck:
        thread.join(PROMPT)
        assert not thread.is_alive() and isinstance(outcome[0], ConnectorClosedError)
    assert time.monotonic() - started < PROMPT
    assert neighbour[0].is_alive()  # the other connector's call was not cut
    echo.release.set()
    neighbour[0].join(PROMPT)
    assert neighbour[1] == [{"id": "cus_neighbour", "object": "customer", "key": healthy, "account": None,
                             "context": None}]  # fmt: skip
    assert other.call("get_customer", {"id": "cus_after"})["key"] == healthy
    with pytest.raises(ConnectorClosedError):
        closing.call("get_customer", {"id": "cus_x"})


# --- isolation: every request carries its own connection's key and account ------------------------------------------

ACCOUNTS = st.one_of(st.none(), st.from_regex(r"acct_[A-Za-z0-9]{4,12}", fullmatch=True))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=st.lists(st.tuples(st.integers(0, 11), ACCOUNTS, st.booleans()), min_size=8, max_size=40),
    threads=st.integers(2, 8),
)
def test_keys_never_cross_between_connections_under_threads(
    echo: EchoServer, plan: list[tuple[int, str | None, bool]], threads: int
) -> None:
    """Many connections (a key each, some with a connection-level account, some with a per-call context) used by
    many threads at once on one pool: every request Stripe sees carries the key and headers of its own call."""
    connectors = [
        StripeConnector(
            key_of(i),
            base_url=echo.base_url,
            retry_policy=NO_RETRY,
            stripe_account=f"acct_conn{i}" if i % 3 == 0 else None,
        )
        for i in range(12)
    ]
    barrier = threading.Barrier(threads)
    failures: list[str] = []

    def worker(offset: int) -> None:
        barrier.wait()
        for step, (index, account, as_context) in enumerate(plan[offset::threads]):
            options: dict[str, Any] = {}
            if account is not None:
                options["stripe_context" if as_context else "stripe_account"] = account
            answer = connectors[index].call("get_customer", {"id": f"cus_{offset}x{step}"}, **options)
            default_account = f"acct_conn{index}" if index % 3 == 0 else None
            expected = {
                "id": f"cus_{offset}x{step}",
                "object": "customer",
                "key": key_of(index),
                "account": None if account is not None and as_context else (account or default_account),
                "context": account if account is not None and as_context else None,
            }
            if answer != expected:
                failures.append(f"{answer} != {expected}")

    pool = [threading.Thread(target=worker, args=(offset,)) for offset in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(30)
    assert failures == []


def test_keys_never_cross_between_async_connections_in_one_loop_and_across_loops(echo: EchoServer) -> None:
    async def run(round_: int) -> list[tuple[str, str]]:
        connectors = [AsyncStripeConnector(key_of(i), base_url=echo.base_url, retry_policy=NO_RETRY) for i in range(10)]

        async def one(index: int, call: int) -> tuple[str, str]:
            answer = await connectors[index].call("get_customer", {"id": f"cus_{round_}x{index}x{call}"})
            return answer["key"], answer["id"]

        results = await asyncio.gather(*(one(i % 10, i) for i in range(60)))
        for connector in connectors:
            await connector.aclose()
        return results

    for round_ in range(2):  # a second asyncio.run: a new loop, a new shared transport, keys still their own
        results = asyncio.run(run(round_))
        assert results == [(key_of(i % 10), f"cus_{round_}x{i % 10}x{i}") for i in range(60)]


def test_an_event_loops_shared_transport_is_closed_with_the_loop_and_never_reused(echo: EchoServer) -> None:
    connector = AsyncStripeConnector(key_of(1), base_url=echo.base_url, retry_policy=NO_RETRY)
    other = AsyncStripeConnector(key_of(2), base_url=echo.base_url, retry_policy=NO_RETRY)
    seen: list[Any] = []

    async def call() -> None:
        await connector.call("get_customer", {"id": "cus_1"})
        await asyncio.sleep(0.01)  # the loop runs on: the shared pool stays open between calls
        await other.call("get_customer", {"id": "cus_2"})
        assert connector._transport is other._transport
        seen.append((connector._transport, len(connector._transport._pool.connections)))  # type: ignore[attr-defined]

    asyncio.run(call())
    first, open_during = seen[0]
    assert open_during == 1  # both connectors' calls went over one pooled connection
    assert first._pool.connections == []  # closed as asyncio.run ended the loop
    asyncio.run(call())
    assert seen[1][0] is not first
    assert echo.accepted == 2  # one connection per loop


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_forked_children_use_their_own_shared_transport_and_their_own_keys(echo: EchoServer) -> None:
    connectors = [StripeConnector(key_of(i), base_url=echo.base_url, retry_policy=NO_RETRY) for i in range(4)]
    assert connectors[0].call("get_customer", {"id": "cus_parent"})["key"] == key_of(0)
    parent_transport = connectors[0]._transport
    children = []
    for child in range(4):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 1
            try:
                answers = [connectors[child].call("get_customer", {"id": f"cus_{n}"})["key"] for n in range(10)]
                fresh = connectors[child]._transport is not parent_transport
                code = 0 if answers == [key_of(child)] * 10 and fresh else 3
            finally:
                os._exit(code)
        children.append(pid)
    for _ in range(10):  # the parent keeps calling on its own pool while the children run
        assert connectors[1].call("get_customer", {"id": "cus_p"})["key"] == key_of(1)
    assert [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children] == [0] * 4
    assert connectors[0]._transport is parent_transport


# --- a slow or 429-storming connection beside healthy ones ---------------------------------------------------------


def test_a_slow_connection_holds_at_most_its_cap_and_healthy_ones_go_on(echo: EchoServer) -> None:
    slow, healthy = key_of(1), key_of(2)
    echo.hang.add(slow)
    hog = StripeConnector(slow, base_url=echo.base_url, retry_policy=NO_RETRY, max_in_flight=3)
    fine = StripeConnector(healthy, base_url=echo.base_url, retry_policy=NO_RETRY)
    calls = [in_thread(lambda: hog.call("get_customer", {"id": "cus_s"})) for _ in range(8)]
    wait_for(lambda: echo.in_flight.get(slow, 0) == 3)
    time.sleep(0.05)
    assert echo.in_flight.get(slow) == 3  # the other five wait on the connector, not on the pool
    for n in range(20):
        assert fine.call("get_customer", {"id": f"cus_{n}"})["key"] == healthy
    echo.release.set()
    for thread, outcome in calls:
        thread.join(PROMPT)
        assert outcome and outcome[0]["key"] == slow
    assert echo.peak[slow] == 3


def test_a_call_that_cannot_get_a_slot_in_time_fails_typed() -> None:
    """The wait for a slot is bounded by what the call has left; then a typed timeout that sent nothing."""
    from stripe_connector._http.inflight import InFlightCap

    cap = InFlightCap(1)
    cap.acquire(1.0)
    started = time.monotonic()
    with pytest.raises(StripeTimeoutError, match="max_in_flight") as caught:
        cap.acquire(0.05)
    assert caught.value.attempts == 0 and 0.04 < time.monotonic() - started < PROMPT
    cap.release()
    cap.acquire(0.0)  # free again: taken at once
    assert cap.in_flight == 1


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "3", None])
def test_a_bad_cap_is_refused_naming_it(bad: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(API_KEY, max_in_flight=bad)
    assert caught.value.param == "max_in_flight"


def test_close_wakes_calls_waiting_for_a_slot(echo: EchoServer) -> None:
    slow = key_of(1)
    echo.hang.add(slow)
    hog = StripeConnector(slow, base_url=echo.base_url, retry_policy=NO_RETRY, max_in_flight=1)
    calls = [in_thread(lambda: hog.call("get_customer", {"id": "cus_1"})) for _ in range(3)]
    wait_for(lambda: echo.in_flight.get(slow, 0) == 1)
    hog.close()
    for thread, outcome in calls:
        thread.join(PROMPT)
        assert isinstance(outcome[0], ConnectorClosedError)


def test_async_cap_holds_per_connector(echo: EchoServer) -> None:
    slow, healthy = key_of(1), key_of(2)
    echo.hang.add(slow)

    async def main() -> list[str]:
        hog = AsyncStripeConnector(slow, base_url=echo.base_url, retry_policy=NO_RETRY, max_in_flight=2)
        fine = AsyncStripeConnector(healthy, base_url=echo.base_url, retry_policy=NO_RETRY)
        stuck = [asyncio.create_task(hog.call("get_customer", {"id": "cus_s"})) for _ in range(6)]
        while echo.in_flight.get(slow, 0) < 2:
            await asyncio.sleep(0.005)
        answers = [(await fine.call("get_customer", {"id": f"cus_{n}"}))["key"] for n in range(10)]
        assert echo.in_flight.get(slow) == 2
        echo.release.set()
        done = await asyncio.gather(*stuck)
        assert [answer["key"] for answer in done] == [slow] * 6
        return answers

    assert asyncio.run(main()) == [healthy] * 10
    assert echo.peak[slow] == 2


def test_a_429_storm_holds_only_its_own_accounts_budgets(echo: EchoServer) -> None:
    stormy, healthy = key_of(1), key_of(2)
    echo.storm.add(stormy)
    limiter = LocalRateLimiter()
    storm = StripeConnector(stormy, base_url=echo.base_url, retry_policy=NO_RETRY, rate_limiter=limiter)
    fine = StripeConnector(healthy, base_url=echo.base_url, retry_policy=NO_RETRY, rate_limiter=limiter)
    for _ in range(3):
        with pytest.raises(Exception, match="slow down"):
            storm.call("get_customer", {"id": "cus_1"})
    request = fine.core.prepare("get_customer", {"id": "cus_2"})
    assert limiter.reserve_within(fine._gate(request).budgets, 0.0) == 0.0  # nothing held for the healthy key
    held = storm._gate(storm.core.prepare("get_customer", {"id": "cus_3"})).budgets
    assert limiter.reserve_within(held, 0.0) > 0.5  # the stormy key's own global budget is held


def test_budgets_follow_the_account_and_context_and_connections_of_one_account_share_them() -> None:
    limiter = LocalRateLimiter()
    one = StripeConnector(API_KEY, rate_limiter=limiter, stripe_account="acct_A1")
    same = StripeConnector(API_KEY, rate_limiter=limiter, stripe_account="acct_A1")
    context = StripeConnector(API_KEY, rate_limiter=limiter, stripe_context="acct_A1")
    other = StripeConnector(API_KEY, rate_limiter=limiter, stripe_account="acct_B2")

    def budgets(connector: StripeConnector) -> tuple[Any, ...]:
        request = connector.core.prepare("list_customers", {})
        return gate_for(limiter, connector.core.rate_account, False, request).budgets

    assert budgets(one) == budgets(same)
    assert budgets(one) != budgets(other)
    assert budgets(context) != budgets(one)  # a context names its own budgets
    per_call = one.core.prepare("list_customers", {}, stripe_context="acct_C3/acct_D4")
    assert gate_for(limiter, one.core.rate_account, False, per_call).budgets != budgets(one)


# --- Stripe-Context ---------------------------------------------------------------------------------------------------


def test_stripe_context_per_connection_and_per_call(echo: EchoServer) -> None:
    connector = StripeConnector(key_of(1), base_url=echo.base_url, stripe_context="acct_Org1/acct_Child2")
    assert connector.call("get_customer", {"id": "cus_1"})["context"] == "acct_Org1/acct_Child2"
    per_call = connector.call("get_customer", {"id": "cus_1"}, stripe_context="acct_Other3")
    assert (per_call["context"], per_call["account"]) == ("acct_Other3", None)
    as_account = connector.call("get_customer", {"id": "cus_1"}, stripe_account="acct_Conn4")
    assert (as_account["context"], as_account["account"]) == (None, "acct_Conn4")  # a call's own target wins
    assert connector.dry_run("get_customer", {"id": "cus_1"})["headers"]["Stripe-Context"] == ("acct_Org1/acct_Child2")


@pytest.mark.parametrize(
    "bad", ["acct_1\r\nX-Evil: 1", "", "acct_1//acct_2", "acct 1", "/acct_1", "acct_é", 7, ["acct_1"]]
)
def test_a_bad_context_is_refused_naming_it_before_sending(echo: EchoServer, bad: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(key_of(1), base_url=echo.base_url, stripe_context=bad)
    assert caught.value.param == "stripe_context"
    connector = StripeConnector(key_of(1), base_url=echo.base_url)
    with pytest.raises(InvalidInputError) as caught:
        connector.call("get_customer", {"id": "cus_1"}, stripe_context=bad)
    assert caught.value.param == "stripe_context"
    assert echo.accepted == 0


def test_account_and_context_together_are_refused(echo: EchoServer) -> None:
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(key_of(1), stripe_account="acct_1", stripe_context="acct_2")
    assert caught.value.param == "stripe_context"
    connector = StripeConnector(key_of(1), base_url=echo.base_url)
    with pytest.raises(InvalidInputError) as caught:
        connector.call("get_customer", {"id": "cus_c"}, stripe_account="acct_1", stripe_context="acct_2")
    assert caught.value.param == "stripe_context"
    assert echo.accepted == 0


def test_an_organisation_key_needs_a_context_before_anything_is_sent(echo: EchoServer) -> None:
    org_test = f"sk_org_test_{SECRET_PART}"
    connector = StripeConnector(org_test, base_url=echo.base_url)
    with pytest.raises(InvalidInputError) as caught:
        connector.call("get_customer", {"id": "cus_1"})
    assert caught.value.param == "stripe_context" and SECRET_PART not in str(caught.value)
    assert echo.accepted == 0
    assert connector.call("get_customer", {"id": "cus_1"}, stripe_context="acct_1")["context"] == "acct_1"
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(f"sk_org_live_{SECRET_PART}")  # an organisation's live key is live: allow_live needed
    assert caught.value.param == "api_key"
    assert StripeConnector(f"sk_org_{SECRET_PART}", allow_live=True).core.livemode  # unknown mode: taken as live


# --- check_connection ------------------------------------------------------------------------------------------------

ACCOUNT = {"id": "acct_1Plat", "object": "account", "settings": {"dashboard": {"display_name": "Acme Test"}}}


def permission_denied(permission: str) -> Reply:
    message = (
        "The provided key 'rk_test_*********************abcd' does not have the required permissions for this "
        f"endpoint on account 'acct_1Plat'. Having the '{permission}' permission would allow this request to continue."
    )
    return Reply(403, json={"error": {"type": "invalid_request_error", "message": message}})


def restricted_stripe(request: Recorded) -> Reply:
    if request.path == "/v1/account":
        return permission_denied("rak_accounts_kyc_basic_read")
    if request.path in ("/v1/charges", "/v1/refunds"):
        return permission_denied("rak_charge_read")
    return Reply(200, json={"object": "list", "data": [], "has_more": False, "url": request.path})


def test_check_a_secret_key(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json=ACCOUNT))
    check = StripeConnector(API_KEY, base_url=server.base_url).check_connection()
    assert (check.key_kind, check.mode, check.account_id, check.display_name) == (
        "secret", "test", "acct_1Plat", "Acme Test"
    )  # fmt: skip
    assert check.tools["create_charge"] == "allowed" and check.tools["raw_request"] == "unknown"
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1/account")]


def test_check_a_restricted_key_with_reads_only(server: ScriptedStripe) -> None:
    server.reset(default=restricted_stripe)
    connector = StripeConnector(
        f"rk_test_{SECRET_PART}", base_url=server.base_url, stripe_account="acct_1Conn", retry_policy=NO_RETRY
    )
    check = connector.check_connection()
    assert check.key_kind == "restricted" and check.account_id == "acct_1Plat" and check.display_name is None
    assert check.tools["list_customers"] == "allowed"
    assert check.tools["get_customer"] == "allowed"
    assert check.tools["create_customer"] == "unverified"  # readable; writing is never tried
    assert check.tools["list_charges"] == "denied" and check.tools["create_charge"] == "denied"
    assert check.tools["create_refund"] == "denied"
    assert check.permissions["list_charges"] == "rak_charge_read"
    assert check.tools["raw_request"] == "unknown"
    assert {request.method for request in server.requests} == {"GET"}
    assert all(request.header("Stripe-Account") == "acct_1Conn" for request in server.requests)
    probed = [request.path for request in server.requests]
    assert len(probed) == len(set(probed))  # one probe per resource
    assert SECRET_PART not in json.dumps(check.as_json())


def test_check_only_the_connectors_allowed_tools(server: ScriptedStripe) -> None:
    server.reset(default=restricted_stripe)
    connector = StripeConnector(
        f"rk_test_{SECRET_PART}", base_url=server.base_url, allowed_tools=["list_customers", "create_refund"]
    )
    assert connector.check_connection().tools == {"list_customers": "allowed", "create_refund": "denied"}


def test_a_bad_key_is_a_typed_error_that_never_echoes_the_key(server: ScriptedStripe) -> None:
    masked = "sk_test_" + "*" * 20 + SECRET_PART[-4:]
    server.reset(
        default=Reply(401, json={"error": {"type": "invalid_request_error", "message": f"Invalid API Key: {masked}"}})
    )
    with pytest.raises(AuthenticationError) as caught:
        StripeConnector(API_KEY, base_url=server.base_url).check_connection()
    text = str(caught.value) + repr(caught.value.error) + caught.value.message
    assert "refused this API key" in text
    assert SECRET_PART[-4:] not in text and SECRET_PART not in text


def test_stripe_messages_with_a_masked_key_are_redacted_everywhere() -> None:
    masked = "sk_live_" + "*" * 20 + "9Zq1"
    error = api_error_from_response(
        401, json.dumps({"error": {"message": f"Invalid API Key: {masked}"}}).encode(), None
    )
    assert "9Zq1" not in str(error) and "9Zq1" not in json.dumps(error.error)


def test_async_check_connection(server: ScriptedStripe) -> None:
    server.reset(default=restricted_stripe)

    async def main() -> Any:
        async with AsyncStripeConnector(f"rk_test_{SECRET_PART}", base_url=server.base_url) as connector:
            return await connector.check_connection()

    check = asyncio.run(main())
    assert check.tools["list_charges"] == "denied" and check.tools["list_customers"] == "allowed"
    assert {request.method for request in server.requests} == {"GET"}


@pytest.mark.parametrize(
    ("message", "permission"),
    [
        ("Having the 'rak_charge_read' permission would allow this request to continue.", "rak_charge_read"),
        ("Having the \u2018rak_customer_write\u2019 permission would allow this request.", "rak_customer_write"),
        ("This API key lacks permission.", None),
        ("", None),
        ("Having the 'rak_' permission", None),
    ],
)
def test_required_permission_is_what_stripe_names(message: str, permission: str | None) -> None:
    error = api_error_from_response(403, json.dumps({"error": {"message": message}}).encode(), "req_1")
    assert isinstance(error, StripePermissionError)
    assert error.required_permission == permission


def test_cli_check(server: ScriptedStripe, monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_connector.cli.main import main

    server.reset(default=restricted_stripe)
    monkeypatch.setenv("STRIPE_API_KEY", f"rk_test_{SECRET_PART}")
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--base-url", server.base_url, "--compact"], stdout=out, stderr=err) == 0
    printed = json.loads(out.getvalue())
    assert printed["key_kind"] == "restricted" and printed["tools"]["list_charges"] == "denied"
    assert printed["missing_permissions"]["list_charges"] == "rak_charge_read"
    assert SECRET_PART not in out.getvalue() + err.getvalue()
    server.reset(default=Reply(401, json={"error": {"message": f"Invalid API Key provided: {API_KEY}"}}))
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--base-url", server.base_url], stdout=out, stderr=err) == 3
    assert "refused this API key" in err.getvalue() and SECRET_PART not in out.getvalue() + err.getvalue()


# --- Connections -----------------------------------------------------------------------------------------------------


def test_connections_resolve_lazily_keep_a_bounded_number_and_never_cross(echo: EchoServer) -> None:
    resolved: list[str] = []

    def resolve(connection_id: str) -> str | dict[str, Any]:
        resolved.append(connection_id)
        index = int(connection_id.removeprefix("conn-"))
        if index % 2:
            return {"api_key": key_of(index), "stripe_account": f"acct_{index}x"}
        return key_of(index)

    connections: Connections[StripeConnector] = Connections(
        resolve, max_size=5, base_url=echo.base_url, retry_policy=NO_RETRY
    )
    for index in range(8):
        answer = connections.get(f"conn-{index}").call("get_customer", {"id": "cus_1"})
        assert (answer["key"], answer["account"]) == (key_of(index), f"acct_{index}x" if index % 2 else None)
    assert len(connections) == 5 and "conn-0" not in connections and "conn-7" in connections
    connections.get("conn-7")
    assert resolved.count("conn-7") == 1
    assert connections.forget("conn-7") is not None and "conn-7" not in connections
    with pytest.raises(InvalidInputError) as caught:
        connections.get("")
    assert caught.value.param == "connection_id"
    with pytest.raises(InvalidInputError):
        Connections(resolve, api_key=API_KEY)
    with pytest.raises(TypeError, match="pickled"):
        import pickle

        pickle.dumps(connections)
    assert SECRET_PART not in repr(connections)


def test_connections_from_many_threads_build_one_connector_per_id(echo: EchoServer) -> None:
    connections: Connections[StripeConnector] = Connections(lambda cid: key_of(int(cid)), base_url=echo.base_url)
    barrier = threading.Barrier(8)
    got: list[StripeConnector] = []

    def grab() -> None:
        barrier.wait()
        got.append(connections.get("3"))

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(connector) for connector in got}) == 1


def test_shared_registry_holds_one_transport_per_origin() -> None:
    before = shared.shared_sync_count()
    for index in range(50):
        StripeConnector(key_of(index), base_url="http://127.0.0.1:1")
    assert shared.shared_sync_count() <= before + 1


def test_the_platform_worker_example_serves_each_connection_with_its_own_key(
    echo: EchoServer, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib
    import sys

    for index in range(3):
        stored = {"api_key": key_of(index), "stripe_account": f"acct_{index}x" if index else None}
        (tmp_path / f"conn_{index}").write_text(json.dumps(stored), encoding="utf-8")
    monkeypatch.setenv("STRIPE_CONNECTIONS_DIR", str(tmp_path))
    monkeypatch.setenv("STRIPE_BASE_URL", echo.base_url)
    monkeypatch.setenv("CELERY_BROKER_URL", "memory://")
    sys.modules.pop("examples.celery_connections", None)
    example = importlib.import_module("examples.celery_connections")
    for index in (2, 0, 1, 2):
        answer = example.stripe_step.run(f"conn_{index}", "get_customer", {"id": "cus_1"})
        assert (answer["key"], answer["account"]) == (key_of(index), f"acct_{index}x" if index else None)
    for bad in ("../conn_1", "conn_9"):
        with pytest.raises(InvalidInputError) as caught:
            example.stripe_step.run(bad, "get_customer", {"id": "cus_1"})
        assert caught.value.param == "connection_id"


def test_aclose_of_one_async_connector_leaves_the_loops_shared_pool_to_the_others(echo: EchoServer) -> None:
    slow, healthy = key_of(1), key_of(2)
    echo.hang.add(slow)

    async def main() -> tuple[list[Any], dict[str, Any]]:
        closing = AsyncStripeConnector(slow, base_url=echo.base_url, retry_policy=NO_RETRY)
        other = AsyncStripeConnector(healthy, base_url=echo.base_url, retry_policy=NO_RETRY)
        stuck = [asyncio.create_task(closing.call("get_customer", {"id": "cus_s"})) for _ in range(3)]
        while echo.in_flight.get(slow, 0) < 3:
            await asyncio.sleep(0.005)
        await closing.aclose()
        outcomes = await asyncio.wait_for(asyncio.gather(*stuck, return_exceptions=True), PROMPT)
        answer = await other.call("get_customer", {"id": "cus_after"})
        assert closing._transport is other._transport  # one pool for the loop, still open for the other
        return outcomes, answer

    outcomes, answer = asyncio.run(main())
    assert all(isinstance(outcome, ConnectorClosedError) for outcome in outcomes)
    assert answer["key"] == healthy


def test_an_async_call_that_cannot_get_a_slot_in_time_fails_typed() -> None:
    connector = AsyncStripeConnector(API_KEY, max_in_flight=1)

    async def main() -> StripeTimeoutError:
        cap = connector._async_cap(asyncio.get_running_loop())
        await cap.acquire()
        assert cap.locked()
        with pytest.raises(StripeTimeoutError, match="max_in_flight") as caught:
            await connector._wait_for_slot(cap, 0.05)
        cap.release()
        await connector._wait_for_slot(cap, 0.05)  # free again: taken at once
        return caught.value

    assert asyncio.run(main()).attempts == 0


def test_keys_of_one_account_share_its_budgets_when_the_account_is_named(echo: EchoServer) -> None:
    """Two keys of one account (a secret and a restricted key) spend from one budget once ``rate_account`` names
    the account: a 429 of one holds the other; a key without it, or of another account, is not held."""
    echo.storm.add(key_of(1))
    limiter = LocalRateLimiter()
    options: dict[str, Any] = {"base_url": echo.base_url, "retry_policy": NO_RETRY, "rate_limiter": limiter}
    storm = StripeConnector(key_of(1), rate_account="acct_1Same", **options)
    sibling = StripeConnector(f"rk_test_sibling{SECRET_PART}", rate_account="acct_1Same", **options)
    unnamed = StripeConnector(key_of(3), **options)
    other = StripeConnector(key_of(4), rate_account="acct_2Other", **options)
    with pytest.raises(Exception, match="slow down"):
        storm.call("get_customer", {"id": "cus_1"})

    def wait(connector: StripeConnector) -> float:
        budgets = connector._gate(connector.core.prepare("get_customer", {"id": "cus_2"})).budgets
        return limiter.reserve_within(budgets, 0.0)

    assert wait(sibling) > 0.5
    assert wait(unnamed) == 0.0 and wait(other) == 0.0
    assert SECRET_PART not in storm.core.rate_account
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(API_KEY, rate_account="cus_1")
    assert caught.value.param == "rate_account"


def test_a_resolver_that_fails_or_answers_garbage_caches_nothing() -> None:
    calls: list[str] = []

    def resolve(connection_id: str) -> Any:
        calls.append(connection_id)
        if connection_id == "down":
            raise OSError("the vault is down")
        if connection_id == "garbage":
            return {"stripe_account": "acct_1"}  # no key
        return "pk_test_not_a_secret_key"

    connections: Connections[StripeConnector] = Connections(resolve)
    with pytest.raises(OSError):
        connections.get("down")
    with pytest.raises(InvalidInputError) as caught:
        connections.get("garbage")
    assert caught.value.param == "resolve"
    with pytest.raises(InvalidInputError) as caught:
        connections.get("publishable")
    assert caught.value.param == "api_key" and "pk_test" not in str(caught.value)
    assert len(connections) == 0
    with pytest.raises(OSError):
        connections.get("down")
    assert calls == ["down", "garbage", "publishable", "down"]  # a failure is asked again, never cached
