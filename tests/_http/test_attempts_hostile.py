"""The attempt loop against a mock transport: what is logged for each attempt (never the query), a success never
retried, a 3xx that is an error unless Stripe says to retry."""

from __future__ import annotations

from typing import Any

import pytest
from stripe_connector import RetryPolicy

from tests.support.keys import API_KEY


def test_failed_attempts_are_logged_and_reported_without_the_query(caplog: pytest.LogCaptureFixture) -> None:
    from stripe_connector import StripeConnector
    from stripe_connector.errors import StripeConnectionError
    from stripe_connector.testing.doubles import closed_port

    caplog.set_level("DEBUG", logger="stripe_connector")
    policy = RetryPolicy(max_retries=1, initial_delay=0)
    connector = StripeConnector(API_KEY, base_url=f"http://127.0.0.1:{closed_port()}", retry_policy=policy)
    with connector, pytest.raises(StripeConnectionError) as caught:
        connector.call("list_customers", {"email": "secret-person@example.com"})
    message = str(caught.value)
    assert message.startswith("GET /v1/customers: could not reach Stripe: ConnectError: ")
    assert message.endswith("(after 2 attempts)")
    assert "secret-person" not in message and "?" not in message
    lines = [record.getMessage() for record in caplog.records if record.name == "stripe_connector"]
    assert [line.split(" (")[0] for line in lines] == ["GET /v1/customers -> ConnectError"] * 2
    assert ["attempt 1," in lines[0], "attempt 2," in lines[1]] == [True, True]


def mock_connector(answers: list[Any], **options: Any) -> Any:
    import httpx
    from stripe_connector import StripeConnector

    replies = iter(answers)
    transport = httpx.MockTransport(lambda request: next(replies))
    return StripeConnector(API_KEY, base_url="http://t", transport=transport, **options)


def test_retried_answers_are_logged_with_status_request_id_and_attempt(caplog: pytest.LogCaptureFixture) -> None:
    import httpx

    caplog.set_level("DEBUG", logger="stripe_connector")
    answers = [
        httpx.Response(503, headers={"Request-Id": "req_1"}, json={}),
        httpx.Response(200, headers={"Request-Id": "req_2"}, json={"id": "cus_1"}),
    ]
    connector = mock_connector(answers, retry_policy=RetryPolicy(max_retries=2, initial_delay=0))
    assert connector.call("get_customer", {"id": "cus_1"}) == {"id": "cus_1"}
    lines = [
        record.getMessage().split(", attempt")[0:2] for record in caplog.records if record.name == "stripe_connector"
    ]
    assert [line[0] for line in lines] == [
        "GET /v1/customers/cus_1 -> 503 (request id req_1",
        "GET /v1/customers/cus_1 -> 200 (request id req_2",
    ]
    assert [line[1].split(",")[0] for line in lines] == [" 1", " 2"]


def test_a_success_is_never_retried_even_when_the_header_says_so() -> None:
    import httpx

    answers = [httpx.Response(200, headers={"Stripe-Should-Retry": "true"}, json={"id": "cus_1"})]
    connector = mock_connector(answers, retry_policy=RetryPolicy(max_retries=2, initial_delay=0))
    assert connector.call("get_customer", {"id": "cus_1"}) == {"id": "cus_1"}  # a second request would raise


def test_a_300_is_an_error_not_an_answer() -> None:
    import httpx
    from stripe_connector.errors import StripeAPIError

    connector = mock_connector([httpx.Response(300, json={"id": "cus_1"})], max_retries=0)
    with pytest.raises(StripeAPIError) as caught:
        connector.call("get_customer", {"id": "cus_1"})
    assert caught.value.http_status == 300


def test_stripe_should_retry_overrides_a_3xx_too() -> None:
    import httpx

    answers = [
        httpx.Response(300, headers={"Stripe-Should-Retry": "true"}, json={}),
        httpx.Response(200, json={"id": "cus_1"}),
    ]
    connector = mock_connector(answers, retry_policy=RetryPolicy(max_retries=1, initial_delay=0))
    assert connector.call("get_customer", {"id": "cus_1"}) == {"id": "cus_1"}
