"""Retries and errors against a scripted local server: what is retried, how often, how long it waits, what it raises.

Retrying a POST is only safe because each attempt carries the same idempotency key, so that is checked on every
retried case. Delays are zero (``RetryPolicy(initial_delay=0)``) except where the wait itself is under test.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from stripe_connector import RetryPolicy, StripeConnector
from stripe_connector.errors import (
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    StripeAPIError,
    StripeConnectionError,
    StripeConnectorError,
    StripePermissionError,
    StripeResponseError,
    StripeServerError,
    StripeTimeoutError,
)
from stripe_connector.testing.doubles import Reply, ScriptedStripe, closed_port

from tests.connector_defaults import NO_WAIT
from tests.support.keys import API_KEY

CUSTOMER = {"id": "cus_1", "object": "customer", "email": "a@example.com"}


def error_body(type_: str, message: str, **fields: str) -> dict[str, Any]:
    return {"error": {"type": type_, "message": message, **fields}}


def create_customer(stripe: StripeConnector) -> dict[str, Any]:
    return stripe.call("create_customer", {"email": "a@example.com"})


def idempotency_keys(server: ScriptedStripe) -> list[str | None]:
    return [request.header("Idempotency-Key") for request in server.requests]


# --- what is retried ------------------------------------------------------------------------------------------------


def test_503_503_200_is_three_attempts_with_one_idempotency_key(
    stripe: StripeConnector, server: ScriptedStripe
) -> None:
    server.script(Reply(503), Reply(503), Reply(200, json=CUSTOMER))
    assert create_customer(stripe) == CUSTOMER
    assert server.count == 3
    keys = idempotency_keys(server)
    assert keys[0] and keys == [keys[0]] * 3
    assert len({request.body for request in server.requests}) == 1  # the same body too


@pytest.mark.parametrize("status", [409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(stripe: StripeConnector, server: ScriptedStripe, status: int) -> None:
    server.script(Reply(status, json=error_body("api_error", "try again")), Reply(200, json=CUSTOMER))
    assert create_customer(stripe) == CUSTOMER
    assert server.count == 2
    assert len(set(idempotency_keys(server))) == 1


def test_a_retried_get_is_resent_unchanged(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(502), Reply(200, json={"object": "list", "data": []}))
    stripe.call("list_customers", {"limit": 5, "email": "a@example.com"})
    first, second = server.requests
    assert (first.method, first.path, first.query) == (second.method, second.path, second.query)
    assert first.header("Idempotency-Key") is None


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (400, error_body("invalid_request_error", "Missing amount", param="amount"), InvalidRequestError),
        (401, error_body("invalid_request_error", "Invalid API Key provided"), AuthenticationError),
        (
            402,
            error_body(
                "card_error", "Your card was declined.", code="card_declined", decline_code="insufficient_funds"
            ),
            CardError,
        ),
        (403, error_body("invalid_request_error", "The key lacks permission"), StripePermissionError),
        (404, error_body("invalid_request_error", "No such customer", code="resource_missing"), NotFoundError),
    ],
)
def test_final_4xx_is_one_attempt_and_typed(
    stripe: StripeConnector, server: ScriptedStripe, status: int, body: dict[str, Any], error_class: type
) -> None:
    server.script(Reply(status, json=body, headers={"Request-Id": f"req_{status}"}))
    with pytest.raises(error_class) as caught:
        create_customer(stripe)
    assert server.count == 1
    error = caught.value
    assert isinstance(error, StripeAPIError)
    assert isinstance(error, StripeConnectorError)
    assert error.http_status == status
    assert error.request_id == f"req_{status}"
    assert error.message == body["error"]["message"]
    assert error.type == body["error"]["type"]


def test_card_error_carries_stripes_error_fields(stripe: StripeConnector, server: ScriptedStripe) -> None:
    body = error_body(
        "card_error",
        "Your card has insufficient funds.",
        code="card_declined",
        decline_code="insufficient_funds",
        param="source",
        doc_url="https://stripe.com/docs/error-codes/card-declined",
    )
    server.script(Reply(402, json=body, headers={"Request-Id": "req_card"}))
    with pytest.raises(CardError) as caught:
        stripe.call("create_charge", {"amount": 1099, "currency": "usd", "source": "tok_chargeDeclined"})
    error = caught.value
    assert (error.http_status, error.type, error.code, error.decline_code, error.param) == (
        402,
        "card_error",
        "card_declined",
        "insufficient_funds",
        "source",
    )
    assert (error.message, error.request_id) == ("Your card has insufficient funds.", "req_card")
    assert error.error["doc_url"] == "https://stripe.com/docs/error-codes/card-declined"
    assert "insufficient_funds" in str(error) and "req_card" in str(error)
    assert server.count == 1


def test_idempotency_error_is_typed(stripe: StripeConnector, server: ScriptedStripe) -> None:
    body = error_body("idempotency_error", "Keys for idempotent requests can only be used with the same parameters")
    server.script(Reply(400, json=body))
    with pytest.raises(IdempotencyError):
        create_customer(stripe)
    assert server.count == 1


def test_stripe_should_retry_false_overrides_a_503(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(503, json=error_body("api_error", "no"), headers={"Stripe-Should-Retry": "false"}))
    with pytest.raises(StripeServerError):
        create_customer(stripe)
    assert server.count == 1


def test_stripe_should_retry_true_overrides_a_400(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(
        Reply(400, json=error_body("invalid_request_error", "lock"), headers={"Stripe-Should-Retry": "true"}),
        Reply(200, json=CUSTOMER),
    )
    assert create_customer(stripe) == CUSTOMER
    assert server.count == 2
    assert len(set(idempotency_keys(server))) == 1


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda url: StripeConnector(API_KEY, base_url=url, max_retries=0), id="max_retries=0"),
        pytest.param(
            lambda url: StripeConnector(API_KEY, base_url=url, retry_policy=RetryPolicy(max_retries=0)),
            id="RetryPolicy(max_retries=0)",
        ),
    ],
)
def test_no_retries_means_one_attempt(server: ScriptedStripe, make: Any) -> None:
    server.script(Reply(503), Reply(200, json=CUSTOMER))
    with make(server.base_url) as stripe, pytest.raises(StripeServerError):
        create_customer(stripe)
    assert server.count == 1


def test_max_retries_is_honoured(server: ScriptedStripe) -> None:
    server.reset(default=Reply(500))
    policy = RetryPolicy(max_retries=4, initial_delay=0)
    with (
        StripeConnector(API_KEY, base_url=server.base_url, retry_policy=policy) as stripe,
        pytest.raises(StripeServerError),
    ):
        create_customer(stripe)
    assert server.count == 5


# --- when retries run out -------------------------------------------------------------------------------------------


def test_exhausted_5xx_is_a_server_error_with_the_request_id(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.reset(
        default=Reply(500, json=error_body("api_error", "Something went wrong"), headers={"Request-Id": "req_500"})
    )
    with pytest.raises(StripeServerError) as caught:
        create_customer(stripe)
    assert server.count == 3  # max_retries=2
    assert caught.value.request_id == "req_500"
    assert caught.value.http_status == 500
    assert caught.value.type == "api_error"
    assert caught.value.message == "Something went wrong"


def test_exhausted_429_is_a_rate_limit_error_with_the_request_id(
    stripe: StripeConnector, server: ScriptedStripe
) -> None:
    body = error_body("invalid_request_error", "Too many requests", code="rate_limit")
    server.reset(default=Reply(429, json=body, headers={"Request-Id": "req_429"}))
    with pytest.raises(RateLimitError) as caught:
        stripe.call("list_customers", {})
    assert server.count == 3
    assert (caught.value.request_id, caught.value.code, caught.value.http_status) == ("req_429", "rate_limit", 429)


def test_a_non_json_500_body_is_in_the_message(server: ScriptedStripe) -> None:
    server.script(Reply(500, body="<html>upstream exploded</html>", headers={"Content-Type": "text/html"}))
    with (
        StripeConnector(API_KEY, base_url=server.base_url, max_retries=0) as stripe,
        pytest.raises(StripeServerError) as caught,
    ):
        create_customer(stripe)
    assert "upstream exploded" in str(caught.value)
    assert caught.value.http_status == 500
    assert caught.value.type is None


def test_a_non_json_200_is_a_response_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(200, body="not json", headers={"Content-Type": "text/plain", "Request-Id": "req_x"}))
    with pytest.raises(StripeResponseError) as caught:
        create_customer(stripe)
    assert isinstance(caught.value, StripeConnectorError)
    assert caught.value.request_id == "req_x"
    assert server.count == 1


def test_a_json_array_200_is_a_response_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(200, json=[1, 2]))
    with pytest.raises(StripeResponseError):
        create_customer(stripe)


# --- waiting --------------------------------------------------------------------------------------------------------


def test_retry_after_is_honoured(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(429, headers={"Retry-After": "0.2"}), Reply(200, json=CUSTOMER))
    started = time.perf_counter()
    assert create_customer(stripe) == CUSTOMER
    elapsed = time.perf_counter() - started
    assert server.count == 2
    assert elapsed >= 0.2


def test_retry_after_is_capped_by_max_retry_after(server: ScriptedStripe) -> None:
    server.script(Reply(429, headers={"Retry-After": "30"}), Reply(200, json=CUSTOMER))
    policy = RetryPolicy(max_retries=1, initial_delay=0, max_retry_after=0.1)
    with StripeConnector(API_KEY, base_url=server.base_url, retry_policy=policy) as stripe:
        started = time.perf_counter()
        assert create_customer(stripe) == CUSTOMER
        elapsed = time.perf_counter() - started
    assert 0.1 <= elapsed < 5, elapsed
    assert server.count == 2


def test_backoff_grows_between_attempts(server: ScriptedStripe) -> None:
    """With jitter, retry n waits between half and all of initial_delay * 2**n: 0.05..0.1, then 0.1..0.2."""
    server.script(Reply(503), Reply(503), Reply(200, json=CUSTOMER))
    policy = RetryPolicy(max_retries=2, initial_delay=0.1)
    with StripeConnector(API_KEY, base_url=server.base_url, retry_policy=policy) as stripe:
        started = time.perf_counter()
        create_customer(stripe)
        elapsed = time.perf_counter() - started
    assert 0.14 <= elapsed < 3, elapsed


# --- transport failures ---------------------------------------------------------------------------------------------


def test_connection_refused_is_a_connection_error_after_every_attempt() -> None:
    port = closed_port()
    with (
        StripeConnector(API_KEY, base_url=f"http://127.0.0.1:{port}", retry_policy=NO_WAIT) as stripe,
        pytest.raises(StripeConnectionError) as caught,
    ):
        create_customer(stripe)
    assert caught.value.attempts == 3  # max_retries + 1
    assert not isinstance(caught.value, StripeTimeoutError)
    assert isinstance(caught.value, StripeConnectorError)
    assert "3 attempts" in str(caught.value)


def test_a_read_timeout_is_a_timeout_error(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json=CUSTOMER, delay=2.0))
    policy = RetryPolicy(max_retries=1, initial_delay=0)
    with StripeConnector(API_KEY, base_url=server.base_url, timeout=0.2, retry_policy=policy) as stripe:
        started = time.perf_counter()
        with pytest.raises(StripeTimeoutError) as caught:
            create_customer(stripe)
        elapsed = time.perf_counter() - started
    assert isinstance(caught.value, StripeConnectionError)
    assert caught.value.attempts == 2
    assert server.count == 2  # the timed-out request was retried...
    assert len(set(idempotency_keys(server))) == 1  # ...with the same idempotency key
    assert elapsed < 1.5, elapsed


def test_a_timeout_then_success_returns_the_answer(server: ScriptedStripe) -> None:
    server.script(Reply(200, json={"id": "late"}, delay=2.0), Reply(200, json=CUSTOMER))
    with StripeConnector(API_KEY, base_url=server.base_url, timeout=0.2, retry_policy=NO_WAIT) as stripe:
        assert create_customer(stripe) == CUSTOMER
    assert server.count == 2
    assert len(set(idempotency_keys(server))) == 1


def test_nothing_but_connector_errors_escape(stripe: StripeConnector, server: ScriptedStripe) -> None:
    """Every failure mode above is a StripeConnectorError: callers can catch one class."""
    for reply in (Reply(400), Reply(402), Reply(418, body="teapot"), Reply(200, body="{")):
        server.reset(reply)
        with pytest.raises(StripeConnectorError):
            create_customer(stripe)
