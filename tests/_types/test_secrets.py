"""The API key never leaves the connector except in the ``Authorization`` header sent to the configured host.

Keys leak through the side doors: a connector printed in a debug session, an exception message shipped to an
error tracker (with its chained exceptions), a log line at DEBUG, a dry run shown for approval, or an error
message that echoes back a malformed key. Each door is checked here with a distinctive fake key.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector.errors import StripeAPIError, StripeConnectionError, StripeConnectorError, StripeTimeoutError
from stripe_connector.testing.doubles import Reply, ScriptedStripe, closed_port, running_scripted

from tests.connector_defaults import NO_WAIT
from tests.support.keys import API_KEY as KEY
from tests.support.keys import SECRET_PART


def assert_no_key(text: str) -> None:
    assert SECRET_PART not in text, f"the API key leaked into: {text[:300]!r}"


def exception_chain(error: BaseException) -> list[BaseException]:
    """The error and everything chained to it, as a traceback printer or an error tracker would walk it."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def assert_exception_has_no_key(error: BaseException) -> None:
    for link in exception_chain(error):
        assert_no_key(str(link))
        assert_no_key(repr(link))
        assert_no_key(repr(vars(link)) if hasattr(link, "__dict__") else "")
    assert_no_key("".join(traceback.format_exception(error)))


@pytest.fixture
def server() -> Iterator[ScriptedStripe]:
    yield from running_scripted()


# --- the connector itself ---------------------------------------------------------------------------------------------


def test_repr_and_str_of_the_connectors_hide_the_key() -> None:
    with StripeConnector(KEY) as stripe:
        for text in (repr(stripe), str(stripe), repr(stripe.core), str(stripe.core)):
            assert_no_key(text)
        assert "redacted" in repr(stripe)
    async_stripe = AsyncStripeConnector(KEY)
    assert_no_key(repr(async_stripe))
    assert_no_key(str(async_stripe))


def test_the_key_is_sent_only_as_a_bearer_token(server: ScriptedStripe) -> None:
    server.script(Reply(200, json={"id": "cus_1"}))
    with StripeConnector(KEY, base_url=server.base_url) as stripe:
        stripe.call("create_customer", {"name": "Jenny"})
    sent = server.last
    assert sent.header("Authorization") == f"Bearer {KEY}"
    others = {name: value for name, value in sent.headers.items() if name != "authorization"}
    assert_no_key(repr(others))
    assert_no_key(sent.path + repr(sent.query) + sent.body.decode())


# --- construction -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_key",
    [
        "pk_test_x1y2z3",
        "",
        None,
        "sk_test_ with space",
        "Bearer sk_test_x1y2z3",
        "sk_test_",
        "sk_prod_x1y2z3",
        " sk_test_x1y2z3",
        "sk_test_x1y2z3\n",
        "sk_test_x1y2z3\r\nX-Evil: 1",
        "whsec_x1y2z3",
        12345,
        b"sk_test_x1y2z3",
    ],
)
@pytest.mark.parametrize("connector_class", [StripeConnector, AsyncStripeConnector])
def test_construction_rejects_what_is_not_a_secret_key(bad_key: Any, connector_class: type) -> None:
    with pytest.raises(InvalidInputError) as caught:
        connector_class(bad_key)
    error = caught.value
    assert error.param == "api_key"
    for text in (str(error), repr(error), error.message):
        assert "x1y2z3" not in text  # the distinctive part of every malformed key above
        assert "12345" not in text


@pytest.mark.parametrize("live_key", ["sk_live_x1y2z3", "rk_live_x1y2z3"])
def test_live_keys_need_allow_live(live_key: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(live_key)
    assert caught.value.param == "api_key"
    assert "allow_live" in str(caught.value)
    assert "x1y2z3" not in str(caught.value)
    with StripeConnector(live_key, allow_live=True) as stripe:
        assert "live" in repr(stripe)
        assert "x1y2z3" not in repr(stripe)


@pytest.mark.parametrize("key", ["sk_test_x1y2z3", "rk_test_x1y2z3"])
def test_test_and_restricted_keys_are_accepted(key: str) -> None:
    with StripeConnector(key) as stripe:
        assert "test" in repr(stripe)


# --- exceptions -------------------------------------------------------------------------------------------------------


def test_connection_errors_do_not_carry_the_key() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with StripeConnector(KEY, base_url=url, retry_policy=NO_WAIT) as stripe:
        for tool, arguments in (("create_customer", {"name": "x"}), ("list_customers", {})):
            with pytest.raises(StripeConnectionError) as caught:
                stripe.call(tool, arguments)
            assert_exception_has_no_key(caught.value)
            cause = caught.value.__cause__
            assert cause is None or SECRET_PART not in f"{cause!s}{cause!r}"


def test_connection_errors_do_not_keep_the_httpx_request() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with (
        StripeConnector(KEY, base_url=url, retry_policy=RetryPolicy(max_retries=0)) as stripe,
        pytest.raises(StripeConnectionError) as caught,
    ):
        stripe.call("create_customer", {"name": "x"})
    for link in exception_chain(caught.value)[1:]:
        request = getattr(link, "_request", None)  # where httpx keeps the request it failed to send
        if request is not None:
            assert_no_key(" ".join(request.headers.values()))


def test_timeout_errors_do_not_carry_the_key(server: ScriptedStripe) -> None:
    server.script(Reply(200, json={}, delay=2.0))
    policy = RetryPolicy(max_retries=0)
    with (
        StripeConnector(KEY, base_url=server.base_url, timeout=0.2, retry_policy=policy) as stripe,
        pytest.raises(StripeTimeoutError) as caught,
    ):
        stripe.call("list_customers", {})
    assert_exception_has_no_key(caught.value)


def test_api_errors_do_not_carry_the_key(server: ScriptedStripe) -> None:
    body = {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_test_****tXYZ"}}
    server.script(Reply(401, json=body, headers={"Request-Id": "req_1"}))
    with (
        StripeConnector(KEY, base_url=server.base_url, retry_policy=NO_WAIT) as stripe,
        pytest.raises(StripeAPIError) as caught,
    ):
        stripe.call("list_customers", {})
    assert_exception_has_no_key(caught.value)


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("create_charge", {"amount": -1, "currency": "usd"}),
        ("raw_request", {"method": "GET", "path": "https://evil.example/v1/x"}),
        ("nope", {}),
    ],
)
def test_input_errors_do_not_carry_the_key(tool: str, arguments: dict[str, Any]) -> None:
    with StripeConnector(KEY) as stripe, pytest.raises(StripeConnectorError) as caught:
        stripe.call(tool, arguments)
    assert_exception_has_no_key(caught.value)


# --- logs -------------------------------------------------------------------------------------------------------------


def assert_logs_have_no_key(records: list[logging.LogRecord]) -> None:
    for record in records:
        assert_no_key(record.getMessage())
        assert_no_key(repr(record.args))
        assert_no_key(repr(record.msg))
        if record.exc_info and record.exc_info[1] is not None:
            assert_exception_has_no_key(record.exc_info[1])


def test_logs_at_debug_never_show_the_key(server: ScriptedStripe, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    server.script(
        Reply(200, json={"id": "cus_1"}),  # a successful call
        Reply(503, headers={"Request-Id": "req_a"}),  # a retried call...
        Reply(200, json={"id": "cus_2"}),  # ...that succeeds
        Reply(402, json={"error": {"type": "card_error", "message": "declined"}}),  # a failing call
    )
    with StripeConnector(KEY, base_url=server.base_url, retry_policy=NO_WAIT) as stripe:
        stripe.call("create_customer", {"name": "a"})
        stripe.call("list_customers", {"limit": 1})
        with pytest.raises(StripeAPIError):
            stripe.call("create_charge", {"amount": 100, "currency": "usd", "source": "tok_visa"})
    unreachable = f"http://127.0.0.1:{closed_port()}"
    with (
        StripeConnector(KEY, base_url=unreachable, retry_policy=NO_WAIT) as stripe,
        pytest.raises(StripeConnectionError),
    ):
        stripe.call("list_customers", {})
    ours = [record for record in caplog.records if record.name.startswith("stripe_connector")]
    assert len(ours) >= 4 + 3, "the connector logs each attempt at DEBUG"
    assert any("req_a" in record.getMessage() for record in ours), "attempt logs carry the request id"
    assert_logs_have_no_key(caplog.records)
    assert_no_key(caplog.text)


# --- dry runs ---------------------------------------------------------------------------------------------------------


def test_dry_run_redacts_the_authorization_header(server: ScriptedStripe) -> None:
    with StripeConnector(KEY, base_url=server.base_url) as stripe:
        described = stripe.call("create_customer", {"name": "Jenny"}, dry_run=True)
        also = stripe.dry_run("list_customers", {"limit": 3})
    assert server.count == 0
    for output in (described, also):
        assert_no_key(repr(output))
        assert output["headers"]["Authorization"].startswith("Bearer ")
        assert "redacted" in output["headers"]["Authorization"]
