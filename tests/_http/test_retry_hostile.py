"""Tests that kill the mutants a hand-made mutation pass found surviving: the retry policy's caps (read directly,
without sleeping), the mapping of a bare 402 to ``CardError``, and the CLI's last-resort key redaction."""

from __future__ import annotations

import io
import json
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stripe_connector import RetryPolicy
from stripe_connector._http.retry import RETRY_STATUSES, parse_retry_after
from stripe_connector._types.secrets import redact
from stripe_connector.cli.main import main as cli_main
from stripe_connector.errors import (
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidInputError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    StripeAPIError,
    StripePermissionError,
    StripeServerError,
    api_error_from_response,
)

from tests.support.hostile_support import run_cli
from tests.support.keys import API_KEY


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """``random.random() -> 1.0``: the jitter factor is then exactly 1, so delays are the policy's upper bounds."""
    monkeypatch.setattr(random, "random", lambda: 1.0)


def test_the_default_policy(no_jitter: None) -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after) == (2, 0.5, 8.0, 30.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.parametrize("retries_done", [4, 5, 10, 60])
def test_backoff_never_exceeds_max_delay(no_jitter: None, retries_done: int) -> None:
    assert RetryPolicy().delay(retries_done) == 8.0
    assert RetryPolicy(max_delay=3.0).delay(retries_done) == 3.0


def test_jitter_takes_between_half_and_all_of_the_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    assert RetryPolicy().delay(1) == 0.5
    assert RetryPolicy().delay(10) == 4.0


@pytest.mark.parametrize(("header", "expected"), [("1000", 30.0), ("31", 30.0), ("29", 29.0), ("3", 3.0)])
def test_retry_after_is_capped_by_max_retry_after(no_jitter: None, header: str, expected: float) -> None:
    assert RetryPolicy().delay(0, header) == expected


def test_retry_after_cap_is_configurable_and_backoff_wins_when_longer(no_jitter: None) -> None:
    assert RetryPolicy(max_retry_after=2.0).delay(0, "1000") == 2.0
    assert RetryPolicy(initial_delay=5.0, max_retry_after=2.0).delay(0, "1") == 5.0  # never shorter than backoff
    assert RetryPolicy().delay(0, "0") == 0.5


def test_an_http_date_retry_after_is_capped_too(no_jitter: None) -> None:
    assert RetryPolicy().delay(0, "Fri, 31 Dec 9999 23:59:59 GMT") == 30.0
    assert parse_retry_after("Fri, 31 Dec 1999 23:59:59 GMT") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0.0


@given(st.integers(0, 100), st.one_of(st.none(), st.integers(-10, 10**6).map(str), st.text(max_size=8)))
def test_every_delay_is_within_the_caps(retries_done: int, header: str | None) -> None:
    policy = RetryPolicy()
    delay = policy.delay(retries_done, header)
    assert 0 <= delay <= max(policy.max_delay, policy.max_retry_after)
    if header is None:
        assert delay <= policy.max_delay


def test_which_answers_are_retried() -> None:
    policy = RetryPolicy(max_retries=2)
    assert {409, 429, 500, 502, 503, 504} == RETRY_STATUSES
    for status in range(400, 600):
        assert policy.should_retry_response(status, {}, 0) is (status in RETRY_STATUSES)
    assert policy.should_retry_response(503, {}, 1)
    assert not policy.should_retry_response(503, {}, 2)
    assert not policy.should_retry_response(400, {}, 2)
    assert policy.should_retry_response(400, {"stripe-should-retry": "true"}, 1)
    assert not policy.should_retry_response(400, {"stripe-should-retry": "true"}, 2)
    assert not policy.should_retry_response(503, {"stripe-should-retry": "false"}, 0)
    assert policy.should_retry_failure(1) and not policy.should_retry_failure(2)


def test_the_policy_is_immutable_and_says_what_it_is() -> None:
    policy = RetryPolicy(max_retries=3, initial_delay=1, max_delay=2, max_retry_after=4)
    with pytest.raises(AttributeError):
        policy.max_delay = 80.0
    assert repr(policy) == "RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=2.0, max_retry_after=4.0)"


# --- the error mapping ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (402, b"", CardError),
        (402, b'{"error": {"message": "Payment required"}}', CardError),
        (402, b'{"error": {"type": "invalid_request_error", "message": "x"}}', CardError),
        (400, b'{"error": {"type": "card_error", "message": "declined"}}', CardError),
        (401, b"", AuthenticationError),
        (403, b"", StripePermissionError),
        (404, b"", NotFoundError),
        (429, b"", RateLimitError),
        (400, b'{"error": {"type": "idempotency_error", "message": "x"}}', IdempotencyError),
        (400, b"", InvalidRequestError),
        (409, b"", InvalidRequestError),
        (500, b"", StripeServerError),
        (503, b"<html>", StripeServerError),
        (302, b"", StripeAPIError),
    ],
)
def test_error_classes(status: int, body: bytes, expected: type[StripeAPIError]) -> None:
    error = api_error_from_response(status, body, "req_1")
    assert type(error) is expected
    assert error.http_status == status
    assert error.request_id == "req_1"


# --- the CLI's last-resort redaction ----------------------------------------------------------------------------------


def test_redact_replaces_the_known_secret_and_any_key_shape() -> None:
    assert redact(f"a {API_KEY} b", API_KEY) == "a <redacted> b"
    assert redact("odd-secret-shape here", "odd-secret-shape") == "<redacted> here"
    assert redact("an rk_live_abcDEF123 here", None) == "an <redacted> here"
    assert redact("nothing here", None) == "nothing here"


def test_the_cli_redacts_the_key_from_an_unexpected_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """An error the connector did not scrub (a bug, an internal error) still never reaches stderr with the key."""
    odd_key = "sk_test_" + "Q" * 24
    monkeypatch.setenv("STRIPE_API_KEY", odd_key)

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"boom while sending Bearer {odd_key}")

    monkeypatch.setattr("stripe_connector._clients.sync_client.StripeConnector.call", explode)
    result = run_cli(["call", "list_customers", "{}", "--base-url", "http://127.0.0.1:9"])
    assert result.code == 1
    assert odd_key not in result.err
    assert "<redacted>" in result.err
    assert json.loads(result.err.strip().splitlines()[-1])["error"]["kind"] == "internal"


def test_the_cli_redacts_a_key_read_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """A key from --api-key-file is scrubbed from an unexpected error as well as one from the environment."""
    key_file = tmp_path / "key"
    key_file.write_text(API_KEY)
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom " + API_KEY)

    monkeypatch.setattr("stripe_connector._clients.sync_client.StripeConnector.call", explode)
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["call", "list_customers", "{}", "--api-key-file", str(key_file)], stdout=out, stderr=err)
    assert code == 1
    assert API_KEY not in err.getvalue()


@pytest.mark.parametrize("value", [True, False, -1, 1.5, "2", None])
def test_max_retries_must_be_a_non_negative_integer(value: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        RetryPolicy(max_retries=value)
    assert caught.value.param == "max_retries"


@pytest.mark.parametrize("value", [0, 0.0, 1, 2.5])
def test_zero_and_positive_delays_are_accepted(value: float) -> None:
    policy = RetryPolicy(max_retries=0, initial_delay=value, max_delay=value, max_retry_after=value)
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after) == (
        0,
        value,
        value,
        value,
    )
    assert all(isinstance(getattr(policy, name), float) for name in ("initial_delay", "max_delay", "max_retry_after"))
