"""Whatever goes in and whatever comes back, no secret, key, argument value or body reaches telemetry.

A property test over the curated tools and every operation: arguments and metadata full of key-like strings
(``sk_test_``, ``rk_live_``, ``whsec_``) and marked plain values, an idempotency key shaped like a secret, and a
hostile server that echoes them in its body and in the headers the connector reads (``Request-Id``,
``Stripe-Rate-Limited-Reason``), answering success, decline, 429 or 500. Every attribute of every span, span event,
link and metric point is searched for them.
"""

from __future__ import annotations

import string
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import TOOLS, RetryPolicy, StripeConnector, telemetry
from stripe_connector.errors import StripeConnectorError
from stripe_connector.operations import OPERATIONS

from tests.support.keys import API_KEY, SECRET_PART
from tests.support.otel import recording

NAMES = sorted(tool.name for tool in TOOLS) + sorted(operation.id for operation in OPERATIONS)
SCHEMAS = {tool.name: tool.input_schema for tool in TOOLS} | {op.id: op.input_schema for op in OPERATIONS}
#: A marker our own vocabulary never contains, so that any appearance of a value is a leak.
MARK = "ZQ"
PREFIXES = ("sk_test_", "rk_live_", "whsec_", "pk_test_", "sk_org_", "")
FORBIDDEN = ("sk_test_", "rk_live_", "sk_live_", "whsec_", "pk_test_", "sk_org_", SECRET_PART, MARK)

values = st.builds(
    lambda prefix, body: f"{prefix}{MARK}{body}",
    st.sampled_from(PREFIXES),
    st.text(string.ascii_letters + string.digits, min_size=4, max_size=16),
)


def hostile_arguments(name: str, secret: Any) -> dict[str, Any]:
    """Every top-level string parameter of the schema set to a secret, every object one to a secret mapping."""
    arguments: dict[str, Any] = {}
    for parameter, schema in (SCHEMAS[name].get("properties") or {}).items():
        kinds = {schema.get("type")} | {option.get("type") for option in schema.get("anyOf", ())}
        if "string" in kinds or kinds == {None}:
            arguments[parameter] = secret
        elif "object" in kinds:
            arguments[parameter] = {secret: secret}
    if name == "raw_request":
        arguments = {"method": "POST", "path": f"/v1/customers/{secret}", "body": {"name": secret}}
    return arguments


def hostile_server(secret: str, status: int) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        echo = {"error": {"type": "card_error", "message": secret}} if status >= 400 else {"id": secret}
        echo["seen"] = request.content.decode() + str(request.url) + str(dict(request.headers))  # type: ignore[assignment]
        # A request id that is not Stripe's shape (``req_`` and letters and digits) is the server's text: not reported.
        headers = {"request-id": secret, "stripe-rate-limited-reason": secret, "retry-after": "0"}
        return httpx.Response(status, json=echo, headers=headers)

    return httpx.MockTransport(handler)


@pytest.fixture(autouse=True)
def _restore() -> Any:
    yield
    telemetry.configure()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(NAMES),
    secret=values,
    idempotency=values,
    status=st.sampled_from([200, 402, 429, 500]),
)
def test_no_secret_or_value_reaches_telemetry(name: str, secret: str, idempotency: str, status: int) -> None:
    recorded = recording()
    arguments = hostile_arguments(name, secret)
    policy = RetryPolicy(max_retries=1, initial_delay=0, max_delay=0)
    with StripeConnector(
        API_KEY, base_url="http://stripe.test", transport=hostile_server(secret, status), retry_policy=policy
    ) as connector:
        try:
            if name in {tool.name for tool in TOOLS}:
                connector.call(name, arguments, idempotency_key=idempotency)
            else:
                connector.call_operation(name, arguments, idempotency_key=idempotency)
        except StripeConnectorError:
            pass
    leaks = [text for text in recorded.every_attribute_value() for bad in FORBIDDEN if bad in text]
    assert leaks == [], (name, arguments)


def test_the_property_reaches_the_sent_path() -> None:
    """The property is not vacuous: a call with a secret-bearing body is sent, traced and searched."""
    recorded = recording()
    secret = f"sk_test_{MARK}abc"
    with StripeConnector(API_KEY, base_url="http://stripe.test", transport=hostile_server(secret, 200)) as connector:
        connector.call("create_customer", hostile_arguments("create_customer", secret), idempotency_key=secret)
    assert len(recorded.calls()) == 1
    texts = list(recorded.every_attribute_value())
    assert "create_customer" in texts and not [text for text in texts if MARK in text or "sk_test_" in text]


@pytest.mark.parametrize("request_id", ["req_sk_test_abc", "sk_test_abc", "req_", "req_a b", "req_" + "a" * 65])
def test_a_request_id_not_of_stripes_shape_is_left_out(request_id: str) -> None:
    recorded = recording()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}, headers={"request-id": request_id}))
    with StripeConnector(API_KEY, base_url="http://stripe.test", transport=transport) as connector:
        connector.call("list_customers", {})
    [call] = recorded.calls()
    assert call.attributes is not None and "stripe.request_id" not in call.attributes
