"""Shutdown and lifetime: close while others are mid-call or in a backoff, one async connector across event loops,
forked children, pickling across process boundaries, and the first typed calls from many threads at once."""

from __future__ import annotations

import asyncio
import os
import pickle
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, RetryPolicy, StripeConnector, errors
from stripe_connector._core.base import ConnectorCore
from stripe_connector.errors import ConnectorClosedError
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe

from tests.support.keys import API_KEY

ROOT = Path(__file__).resolve().parents[2]
#: How long a call may take to notice that its connector was closed ("promptly").
PROMPT = 2.0


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """Run ``fn`` in a thread; the list receives its result or exception."""
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
        time.sleep(0.01)


def open_connections(connector: StripeConnector | AsyncStripeConnector) -> int:
    """The connections of a connector's private pool (``share_transport=False``); the shared pool outlives one
    connector's close() by design (tests/test_connections.py holds that it ends that connector's own calls)."""
    pool = getattr(connector._transport, "_pool", None)
    return len(pool.connections) if pool is not None else 0


# --- close() while others are in a call or a backoff ------------------------------------------------------------------

BACKOFF = Reply(503, json={"error": {"message": "busy"}}, headers={"Retry-After": "30"})


@pytest.mark.parametrize("tool", ["list_customers", "create_customer"])
def test_close_ends_a_call_waiting_in_backoff_and_sends_nothing_more(server: ScriptedStripe, tool: str) -> None:
    server.reset(default=BACKOFF)
    connector = StripeConnector(
        API_KEY, base_url=server.base_url, retry_policy=RetryPolicy(max_retries=3), share_transport=False
    )
    thread, outcome = in_thread(lambda: connector.call(tool, {}))
    wait_for(lambda: server.count == 1)
    time.sleep(0.1)  # in the backoff now
    started = time.monotonic()
    connector.close()
    thread.join(PROMPT)
    assert not thread.is_alive()
    assert time.monotonic() - started < PROMPT
    assert isinstance(outcome[0], ConnectorClosedError)
    time.sleep(0.2)
    assert server.count == 1  # the retry (a POST included) was never sent
    assert open_connections(connector) == 0


def test_close_wakes_calls_blocked_reading_an_answer(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={"id": "cus_1"}, delay=10))
    connector = StripeConnector(
        API_KEY, base_url=server.base_url, retry_policy=RetryPolicy(max_retries=2), share_transport=False
    )
    calls = [in_thread(lambda: connector.call("get_customer", {"id": "cus_1"})) for _ in range(4)]
    wait_for(lambda: server.count == 4)
    started = time.monotonic()
    connector.close()
    for thread, _ in calls:
        thread.join(PROMPT)
        assert not thread.is_alive()
    assert time.monotonic() - started < PROMPT
    assert all(isinstance(outcome[0], ConnectorClosedError) for _, outcome in calls)
    time.sleep(0.2)
    assert server.count == 4  # no retry after close
    assert open_connections(connector) == 0


def test_calls_after_close_send_nothing(server: ScriptedStripe) -> None:
    connector = StripeConnector(API_KEY, base_url=server.base_url)
    connector.close()
    with pytest.raises(ConnectorClosedError):
        connector.call("list_customers")
    with pytest.raises(ConnectorClosedError):
        list(connector.paginate("list_customers"))
    assert server.count == 0 and connector.is_closed


def test_aclose_ends_tasks_in_backoff_and_in_flight(server: ScriptedStripe) -> None:
    def respond(request: Recorded) -> Reply:
        return BACKOFF if request.path == "/v1/customers" else Reply(200, json={"id": "x"}, delay=10)

    server.reset(default=respond)

    async def main() -> tuple[list[Any], float, int]:
        connector = AsyncStripeConnector(
            API_KEY, base_url=server.base_url, retry_policy=RetryPolicy(max_retries=3), share_transport=False
        )
        tasks = [asyncio.create_task(connector.call("list_customers")) for _ in range(2)]
        tasks += [asyncio.create_task(connector.call("create_customer", {})) for _ in range(2)]
        tasks += [asyncio.create_task(connector.call("get_customer", {"id": "cus_1"})) for _ in range(2)]
        while server.count < 6:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await connector.aclose()
        results = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), PROMPT)
        return results, time.monotonic() - started, open_connections(connector)

    results, took, still_open = asyncio.run(main())
    assert took < PROMPT
    assert all(isinstance(result, ConnectorClosedError) for result in results), results
    time.sleep(0.2)
    assert server.count == 6
    assert still_open == 0


def test_aclose_does_not_cancel_the_callers_other_work(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={"id": "cus_1"}))

    async def main() -> str:
        connector = AsyncStripeConnector(API_KEY, base_url=server.base_url)
        await connector.call("get_customer", {"id": "cus_1"})
        await connector.aclose()
        await asyncio.sleep(0.01)  # this task was not cancelled
        return "done"

    assert asyncio.run(main()) == "done"


# --- one async connector, two event loops -------------------------------------------------------------------------


def test_one_async_connector_across_two_asyncio_runs(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={"id": "cus_1"}))
    connector = AsyncStripeConnector(API_KEY, base_url=server.base_url)
    for _ in range(3):
        assert asyncio.run(connector.call("get_customer", {"id": "cus_1"})) == {"id": "cus_1"}
    asyncio.run(connector.aclose())
    assert server.count == 3


def test_a_passed_in_transport_from_a_closed_loop_is_a_typed_error(server: ScriptedStripe) -> None:
    import httpx

    server.reset(default=Reply(200, json={"id": "cus_1"}))

    async def make() -> AsyncStripeConnector:
        connector = AsyncStripeConnector(API_KEY, base_url=server.base_url, transport=httpx.AsyncHTTPTransport())
        await connector.call("get_customer", {"id": "cus_1"})
        return connector

    connector = asyncio.run(make())
    try:
        result = asyncio.run(connector.call("get_customer", {"id": "cus_1"}))
    except errors.StripeConnectorError as exc:  # typed, and says what to do
        assert "event loop" in str(exc)
    else:
        assert result == {"id": "cus_1"}


# --- fork ------------------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_forked_children_get_their_own_connections_and_their_own_answers(server: ScriptedStripe) -> None:
    def respond(request: Recorded) -> Reply:
        email = request.query_dict.get("email", "")
        time.sleep(0.002)
        return Reply(200, json={"object": "list", "has_more": False, "url": "/v1/customers", "data": [{"id": email}]})

    server.reset(default=respond)
    connector = StripeConnector(API_KEY, base_url=server.base_url)
    assert connector.call("list_customers", {"email": "parent@x.io"})["data"][0]["id"] == "parent@x.io"
    children = []
    for _ in range(6):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 1
            try:
                me = f"{os.getpid()}@x.io"
                answers = [connector.call("list_customers", {"email": me})["data"][0]["id"] for _ in range(15)]
                code = 0 if answers == [me] * 15 else 3
            finally:
                os._exit(code)
        children.append(pid)
    statuses = [os.waitpid(pid, 0)[1] for pid in children]
    assert [os.waitstatus_to_exitcode(status) for status in statuses] == [0] * 6
    assert connector.call("list_customers", {"email": "parent@x.io"})["data"][0]["id"] == "parent@x.io"
    connector.close()


# --- pickling ------------------------------------------------------------------------------------------------------

EXAMPLES: list[errors.StripeConnectorError] = [
    errors.StripeConnectorError("plain"),
    errors.InvalidInputError("amount", "must be an integer"),
    errors.ConnectorClosedError("closed"),
    errors.StripeConnectionError("could not reach Stripe", attempts=3),
    errors.StripeTimeoutError("timed out", attempts=2),
    errors.StripeResponseError("unreadable", http_status=200, request_id="req_1"),
    errors.api_error_from_response(
        402,
        b'{"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds", '
        b'"param": "source", "message": "Your card was declined.", "doc_url": "https://stripe.com/docs"}}',
        "req_2",
    ),
    *(
        cls("message", http_status=400, type="t", code="c", param="p", request_id="req_3", error={"message": "m"})
        for cls in (
            errors.StripeAPIError,
            errors.CardError,
            errors.InvalidRequestError,
            errors.NotFoundError,
            errors.AuthenticationError,
            errors.StripePermissionError,
            errors.RateLimitError,
            errors.IdempotencyError,
            errors.StripeServerError,
        )
    ),
]


def test_every_error_class_has_an_example() -> None:
    classes = {getattr(errors, name) for name in errors.__all__ if isinstance(getattr(errors, name), type)}
    assert classes == {type(example) for example in EXAMPLES}


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
@pytest.mark.parametrize("error", EXAMPLES, ids=lambda error: type(error).__name__)
def test_every_error_round_trips_through_pickle(error: errors.StripeConnectorError, protocol: int) -> None:
    copy = pickle.loads(pickle.dumps(error, protocol=protocol))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)


def test_a_pickled_error_never_carries_the_key() -> None:
    error = errors.api_error_from_response(
        401, f'{{"error": {{"message": "Invalid API Key provided: {API_KEY}", "param": "{API_KEY}"}}}}'.encode(), None
    )
    data = pickle.dumps(error)
    assert API_KEY.encode() not in data
    assert API_KEY not in str(pickle.loads(data))
    assert API_KEY.encode() not in pickle.dumps(errors.StripeConnectorError(f"Bearer {API_KEY}"))


@pytest.mark.parametrize("make", [StripeConnector, AsyncStripeConnector, lambda key: StripeConnector(key).core])
def test_connectors_refuse_pickling_with_a_clear_message(make: Callable[[str], Any]) -> None:
    connector = make(API_KEY)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError, match="cannot be pickled: it holds the API key") as caught:
            pickle.dumps(connector, protocol=protocol)
        assert API_KEY not in str(caught.value)
    assert isinstance(connector, StripeConnector | AsyncStripeConnector | ConnectorCore)


def test_errors_cross_a_process_boundary(server: ScriptedStripe) -> None:
    """As Celery results and multiprocessing do: pickled in one process, read in another."""
    script = textwrap.dedent(
        """
        import pickle, sys
        from stripe_connector.errors import api_error_from_response
        error = api_error_from_response(402, b'{"error": {"type": "card_error", "code": "card_declined"}}', "req_9")
        sys.stdout.buffer.write(pickle.dumps(error))
        """
    )
    data = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True, timeout=60).stdout
    error = pickle.loads(data)
    assert isinstance(error, errors.CardError)
    assert (error.code, error.request_id, error.http_status) == ("card_declined", "req_9", 402)


# --- import races ---------------------------------------------------------------------------------------------------

RACE = textwrap.dedent(
    """
    import threading, httpx
    from stripe_connector import StripeConnector

    def answer(request):
        if request.method == "GET" and request.url.path.count("/") == 2:
            return httpx.Response(200, json={"object": "list", "data": [], "has_more": False, "url": "/v1/x"})
        return httpx.Response(200, json={"id": "cus_1", "object": "customer"})

    connector = StripeConnector("API_KEY", base_url="http://t", transport=httpx.MockTransport(answer))
    calls = [connector.list_customers, connector.list_charges, connector.list_invoices, connector.list_products,
             connector.list_subscriptions, connector.list_payment_intents, lambda: connector.get_customer("cus_1"),
             lambda: connector.create_customer(email="a@b.c")]
    barrier = threading.Barrier(16)
    failures = []

    def run(index):
        barrier.wait()
        try:
            calls[index % len(calls)]()
        except BaseException as exc:
            failures.append(repr(exc))

    threads = [threading.Thread(target=run, args=(index,)) for index in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(failures)
    """
)


def test_first_typed_calls_from_16_threads_in_fresh_processes() -> None:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RACE.replace('"API_KEY"', repr(API_KEY))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)  # two at once: the race is about a third of runs without the lock; each costs ~3 s
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out.strip() == "[]", out


LAZY_RACE = textwrap.dedent(
    """
    import sys, threading
    import stripe_connector

    assert "stripe_connector.tools.tool_list" not in sys.modules  # not loaded by the import
    names = ["TOOLS", "OPERATIONS", "Tool", "ToolList", "OperationList", "RedisRateLimiter", "describe_operation"]
    barrier = threading.Barrier(16)
    seen = [[] for _ in range(16)]

    def run(index):
        barrier.wait()
        seen[index] = [id(getattr(stripe_connector, name)) for name in names]

    threads = [threading.Thread(target=run, args=(index,)) for index in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        stripe_connector.NOT_A_NAME
    except AttributeError as exc:
        missing = str(exc)
    print(len({tuple(ids) for ids in seen}), len(stripe_connector.TOOLS), missing)
    """
)


def test_lazy_public_names_race_to_one_object_each_in_a_fresh_process() -> None:
    """``TOOLS``, ``OPERATIONS`` and the other names loaded on first access: 16 threads asking at once all get the
    same objects (one ``TOOLS`` list, not two), and a name the package lacks is still an ``AttributeError``."""
    done = subprocess.run([sys.executable, "-c", LAZY_RACE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    distinct, tools, missing = done.stdout.split(maxsplit=2)
    assert distinct == "1" and int(tools) >= 20
    assert "NOT_A_NAME" in missing
