"""``AsyncStripeConnector`` behaves as the sync one (same wire, retries, errors, models), and both share safely.

The async twin shares the core with the sync connector, so these tests re-run the important behaviours through
``await`` rather than every case; then they prove concurrency: 20 concurrent calls on one async connector, and
8 threads x 20 calls on one sync connector, each answer matched to its own request.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector.errors import (
    CardError,
    ConnectorClosedError,
    StripeConnectionError,
    StripeServerError,
    StripeTimeoutError,
)
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe, closed_port
from stripe_connector_generated import models
from stripe_connector_generated.types import STRIPE_API_VERSION

from tests.connector_defaults import NO_WAIT
from tests.support.keys import API_KEY
from tests.support.reference_examples import REFERENCE_DOC, reference_examples

needs_reference = pytest.mark.skipif(not REFERENCE_DOC.exists(), reason=f"the reference is not at {REFERENCE_DOC}")


def connector(server: ScriptedStripe, **options: Any) -> AsyncStripeConnector:
    options.setdefault("retry_policy", NO_WAIT)
    return AsyncStripeConnector(API_KEY, base_url=server.base_url, **options)


def page(ids: list[str], has_more: bool) -> Reply:
    data = [{"id": object_id, "object": "customer"} for object_id in ids]
    return Reply(200, json={"object": "list", "url": "/v1/customers", "has_more": has_more, "data": data})


# --- the reference's examples ---------------------------------------------------------------------------------------

EXAMPLE_WIRE = {
    "list_customers": ("GET", "/v1/customers", [("email", "jennyrosen@example.com"), ("limit", "2")]),
    "get_customer": ("GET", "/v1/customers/cus_NffrFeUfNV2Hib", []),
    "create_customer": ("POST", "/v1/customers", [("email", "jennyrosen@example.com"), ("name", "Jenny Rosen")]),
    "create_charge": ("POST", "/v1/charges", [("amount", "1099"), ("currency", "usd"), ("source", "tok_visa")]),
    "create_payment_intent": (
        "POST",
        "/v1/payment_intents",
        [("amount", "2000"), ("currency", "usd"), ("payment_method_types[0]", "card")],
    ),
    "list_subscriptions": ("GET", "/v1/subscriptions", [("limit", "3"), ("status", "active")]),
    "raw_request": ("GET", "/v1/balance", []),
}


@needs_reference
@pytest.mark.parametrize("tool", list(EXAMPLE_WIRE))
async def test_reference_examples(server: ScriptedStripe, tool: str) -> None:
    example = reference_examples()[tool]
    server.script(Reply(200, body=example.response_text))
    async with connector(server) as stripe:
        result = await stripe.call(tool, example.request)
    method, path, pairs = EXAMPLE_WIRE[tool]
    sent = server.last
    assert (sent.method, sent.path) == (method, path)
    assert sorted(sent.form if method == "POST" else sent.query) == pairs
    assert sent.header("Authorization") == f"Bearer {API_KEY}"
    assert sent.header("Stripe-Version") == STRIPE_API_VERSION
    assert "stripe-connector" in (sent.header("User-Agent") or "")
    assert (sent.header("Idempotency-Key") is not None) == (method == "POST")
    assert json.dumps(result) == json.dumps(example.response)


async def test_validation_happens_before_sending(server: ScriptedStripe) -> None:
    async with connector(server) as stripe:
        with pytest.raises(InvalidInputError) as caught:
            await stripe.call("create_charge", {"amount": 10.5, "currency": "usd"})
        assert caught.value.param == "amount"
        with pytest.raises(InvalidInputError) as caught:
            await stripe.call("raw_request", {"method": "GET", "path": "//evil.example/v1"})
        assert caught.value.param == "path"
    assert server.count == 0


async def test_dry_run(server: ScriptedStripe) -> None:
    async with connector(server) as stripe:
        described = await stripe.call("create_charge", {"amount": 5, "currency": "USD"}, dry_run=True)
    assert server.count == 0
    assert described["body"] == "amount=5&currency=usd"
    assert API_KEY not in json.dumps(described)


# --- pagination -----------------------------------------------------------------------------------------------------


async def test_paginate_with_async_for(server: ScriptedStripe) -> None:
    server.script(page(["cus_a", "cus_b"], True), page(["cus_c", "cus_d"], True), page(["cus_e"], False))
    async with connector(server) as stripe:
        seen = [obj["id"] async for obj in stripe.paginate("list_customers", {"limit": 2})]
    assert seen == ["cus_a", "cus_b", "cus_c", "cus_d", "cus_e"]
    assert [request.query_dict.get("starting_after") for request in server.requests] == [None, "cus_b", "cus_d"]


async def test_paginate_max_items_stops_mid_page(server: ScriptedStripe) -> None:
    server.script(page(["cus_a", "cus_b"], True), page(["cus_c", "cus_d"], True), page(["cus_e"], False))
    async with connector(server) as stripe:
        seen = [obj["id"] async for obj in stripe.paginate("list_customers", {"limit": 2}, max_items=3)]
    assert seen == ["cus_a", "cus_b", "cus_c"]
    assert server.count == 2


async def test_paginate_refuses_a_non_list_tool(server: ScriptedStripe) -> None:
    async with connector(server) as stripe:
        with pytest.raises(InvalidInputError) as caught:
            async for _ in stripe.paginate("create_charge", {}):
                pass
    assert caught.value.param == "tool"
    assert server.count == 0


# --- retries and errors ---------------------------------------------------------------------------------------------


async def test_503_503_200_is_three_attempts_with_one_key(server: ScriptedStripe) -> None:
    server.script(Reply(503), Reply(503), Reply(200, json={"id": "cus_1", "object": "customer"}))
    async with connector(server) as stripe:
        assert await stripe.call("create_customer", {"name": "A"}) == {"id": "cus_1", "object": "customer"}
    keys = {request.header("Idempotency-Key") for request in server.requests}
    assert server.count == 3 and len(keys) == 1 and None not in keys


async def test_retry_after_is_honoured(server: ScriptedStripe) -> None:
    server.script(Reply(429, headers={"Retry-After": "0.2"}), Reply(200, json={"object": "list", "data": []}))
    async with connector(server) as stripe:
        started = time.perf_counter()
        await stripe.call("list_charges", {})
        assert time.perf_counter() - started >= 0.2
    assert server.count == 2


async def test_exhausted_retries_raise_the_server_error(server: ScriptedStripe) -> None:
    server.reset(
        default=Reply(500, json={"error": {"type": "api_error", "message": "boom"}}, headers={"Request-Id": "r"})
    )
    async with connector(server) as stripe:
        with pytest.raises(StripeServerError) as caught:
            await stripe.call("list_charges", {})
    assert (caught.value.request_id, caught.value.message, server.count) == ("r", "boom", 3)


async def test_a_card_error_is_final_and_typed(server: ScriptedStripe) -> None:
    body = {
        "error": {"type": "card_error", "message": "declined", "code": "card_declined", "decline_code": "lost_card"}
    }
    server.script(Reply(402, json=body))
    async with connector(server) as stripe:
        with pytest.raises(CardError) as caught:
            await stripe.create_charge(amount=100, currency="usd", source="tok_visa")
    assert (caught.value.decline_code, caught.value.http_status, server.count) == ("lost_card", 402, 1)


async def test_connection_refused() -> None:
    async with AsyncStripeConnector(
        API_KEY, base_url=f"http://127.0.0.1:{closed_port()}", retry_policy=NO_WAIT
    ) as stripe:
        with pytest.raises(StripeConnectionError) as caught:
            await stripe.call("list_customers", {})
    assert caught.value.attempts == 3
    assert API_KEY not in f"{caught.value!s}{caught.value!r}"


async def test_a_read_timeout(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={}, delay=2.0))
    async with connector(server, timeout=0.2, retry_policy=RetryPolicy(max_retries=1, initial_delay=0)) as stripe:
        with pytest.raises(StripeTimeoutError) as caught:
            await stripe.call("create_customer", {"name": "A"})
    assert caught.value.attempts == 2
    # The second attempt was sent, but a loaded server thread may record it after the client gave up on it.
    for _ in range(100):
        if server.count == 2:
            break
        await asyncio.sleep(0.02)
    assert server.count == 2
    assert len({request.header("Idempotency-Key") for request in server.requests}) == 1


# --- typed methods and lifecycle --------------------------------------------------------------------------------------


@needs_reference
async def test_typed_methods_return_models(server: ScriptedStripe) -> None:
    examples = reference_examples()
    server.script(
        Reply(200, body=examples["create_charge"].response_text),
        Reply(200, body=examples["get_customer"].response_text),
    )
    async with connector(server) as stripe:
        charge = await stripe.create_charge(amount=1099, currency="usd", source="tok_visa", idempotency_key="order-42")
        customer = await stripe.get_customer("cus_NffrFeUfNV2Hib", stripe_account="acct_1032D82eZvKYlo2C")
    assert isinstance(charge, models.Charge) and charge.amount == 1099
    assert isinstance(customer, models.Customer) and customer.id == "cus_NffrFeUfNV2Hib"
    assert server.requests[0].header("Idempotency-Key") == "order-42"
    assert server.requests[1].header("Stripe-Account") == "acct_1032D82eZvKYlo2C"


async def test_async_with_closes_the_connections(server: ScriptedStripe) -> None:
    server.script(Reply(200, json={"object": "balance"}))
    async with connector(server) as stripe:
        await stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
    assert stripe.is_closed
    with pytest.raises(ConnectorClosedError):  # typed, and nothing is sent
        await stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
    assert server.count == 1


async def test_aclose(server: ScriptedStripe) -> None:
    stripe = connector(server)
    await stripe.aclose()
    assert stripe.is_closed


# --- concurrency ----------------------------------------------------------------------------------------------------


def echo(request: Recorded) -> Reply:
    """An answer that depends on its request, so a test can tell whether each caller got its own answer."""
    if request.method == "GET":
        match = re.fullmatch(r"/v1/customers/(cus_\w+)", request.path)
        return Reply(200, json={"id": match.group(1) if match else None, "object": "customer"})
    return Reply(
        200,
        json={
            "id": "cus_" + request.form_dict.get("name", "none"),
            "object": "customer",
            "name": request.form_dict.get("name"),
            "idempotency_key": request.header("Idempotency-Key"),
        },
    )


async def test_twenty_concurrent_calls(server: ScriptedStripe) -> None:
    server.reset(default=echo)
    async with connector(server) as stripe:
        results = await asyncio.gather(*(stripe.call("create_customer", {"name": f"n{i}"}) for i in range(20)))
        fetched = await asyncio.gather(*(stripe.get_customer(f"cus_{i}") for i in range(20)))
    assert [result["name"] for result in results] == [f"n{i}" for i in range(20)]
    keys = [result["idempotency_key"] for result in results]
    assert len(set(keys)) == 20 and None not in keys
    assert [customer.id for customer in fetched] == [f"cus_{i}" for i in range(20)]
    assert server.count == 40


def test_eight_threads_share_one_sync_connector(server: ScriptedStripe) -> None:
    server.reset(default=echo)
    errors: list[BaseException] = []
    keys: list[str] = []
    lock = threading.Lock()

    def work(thread: int, stripe: StripeConnector) -> None:
        try:
            for i in range(20):
                if i % 2:
                    got = stripe.call("get_customer", {"id": f"cus_{thread}_{i}"})
                    assert got["id"] == f"cus_{thread}_{i}"
                else:
                    created = stripe.call("create_customer", {"name": f"{thread}_{i}"})
                    assert created["name"] == f"{thread}_{i}"
                    with lock:
                        keys.append(created["idempotency_key"])
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    with (
        StripeConnector(API_KEY, base_url=server.base_url, retry_policy=NO_WAIT) as stripe,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        for future in [pool.submit(work, thread, stripe) for thread in range(8)]:
            future.result()
    assert errors == []
    assert server.count == 160
    assert len(keys) == 80 and len(set(keys)) == 80
