"""Time: ``timeout`` bounds an attempt as a whole (not each read), and ``total_timeout`` bounds a call across its
retries, sync and async alike. A server that drips its answer a byte at a time cannot hold a call for ever."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, RetryPolicy, StripeConnector
from stripe_connector.errors import StripeServerError, StripeTimeoutError
from stripe_connector.testing.doubles import Reply, ScriptedStripe

from tests.support.hostile_support import dripping, elapsed, raw_server
from tests.support.keys import API_KEY

#: Slack for a loaded 2-core machine; the drips below would take 200 s without the deadline.
SLACK = 1.5


def sync_call(base_url: str, **options: Any) -> Any:
    with StripeConnector(API_KEY, base_url=base_url, **options) as connector:
        return connector.call("get_customer", {"id": "cus_1"})


def async_call(base_url: str, **options: Any) -> Any:
    async def main() -> Any:
        async with AsyncStripeConnector(API_KEY, base_url=base_url, **options) as connector:
            return await connector.call("get_customer", {"id": "cus_1"})

    return asyncio.run(main())


@pytest.mark.parametrize("call", [sync_call, async_call], ids=["sync", "async"])
@pytest.mark.parametrize("in_head", [False, True], ids=["body", "head"])
def test_a_dripping_answer_is_cut_at_the_attempt_timeout(call: Any, in_head: bool) -> None:
    with raw_server(dripping(0.2, in_head=in_head)) as server:
        took, result = elapsed(lambda: call(server.base_url, timeout=0.6, max_retries=0))
    assert isinstance(result, StripeTimeoutError), result
    assert took < 0.6 + SLACK


@pytest.mark.parametrize("call", [sync_call, async_call], ids=["sync", "async"])
def test_total_timeout_bounds_retries_of_a_dripping_server(call: Any) -> None:
    policy = RetryPolicy(max_retries=10, initial_delay=0.05)
    with raw_server(dripping(0.1)) as server:
        took, result = elapsed(lambda: call(server.base_url, timeout=0.4, total_timeout=1.0, retry_policy=policy))
        attempts = server.requests
    assert isinstance(result, StripeTimeoutError), result
    assert took < 1.0 + SLACK
    assert 2 <= attempts <= 4


@pytest.mark.parametrize("call", [sync_call, async_call], ids=["sync", "async"])
def test_total_timeout_skips_a_retry_it_could_not_wait_for(call: Any, server: ScriptedStripe) -> None:
    server.reset(default=Reply(503, json={"error": {"message": "busy"}}, headers={"Retry-After": "5"}))
    took, result = elapsed(lambda: call(server.base_url, total_timeout=1.0, max_retries=5))
    assert isinstance(result, StripeServerError), result  # the last answer, typed; not a wait past the deadline
    assert took < 1.0 + SLACK < 5  # well short of the 5 s Retry-After it did not wait for
    assert server.count == 1


def test_without_total_timeout_retries_follow_the_policy(server: ScriptedStripe) -> None:
    server.reset(default=Reply(503, json={"error": {"message": "busy"}}))
    policy = RetryPolicy(max_retries=3, initial_delay=0)
    _took, result = elapsed(lambda: sync_call(server.base_url, retry_policy=policy))
    assert isinstance(result, StripeServerError)
    assert server.count == 4


def test_a_slow_but_steady_answer_within_the_timeout_is_read(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={"id": "cus_1"}, delay=0.3))
    assert sync_call(server.base_url, timeout=2, total_timeout=3) == {"id": "cus_1"}
    assert async_call(server.base_url, timeout=2, total_timeout=3) == {"id": "cus_1"}
