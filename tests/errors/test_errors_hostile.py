"""The error objects themselves, read exactly: the JSON shape the CLI prints and the MCP server returns, Stripe's
error mapping for bodies that are not Stripe's, and the message format callers and logs see."""

from __future__ import annotations

from typing import Any

import pytest
from stripe_connector._host_parts.error_report import MissingDependencyError, UsageError, error_payload
from stripe_connector.errors import (
    CardError,
    ConnectorClosedError,
    InvalidInputError,
    InvalidRequestError,
    StripeAPIError,
    StripeConnectionError,
    StripeConnectorError,
    StripeResponseError,
    StripeServerError,
    StripeTimeoutError,
    api_error_from_response,
)

BASE = {"code": None, "param": None, "request_id": None, "http_status": None}


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: ValueError("boom"), {"kind": "internal", "type": "ValueError", "message": "boom"}),
        (
            lambda: InvalidInputError("amount", "must be integer"),
            {
                "kind": "invalid_input",
                "type": "invalid_input",
                "param": "amount",
                "path": "amount",
                "message": "amount: must be integer",
            },
        ),
        (
            lambda: InvalidInputError("mode", "a.b must be one of ['x']", path="mode.a.b", allowed=["x"]),
            {
                "kind": "invalid_input",
                "type": "invalid_input",
                "param": "mode",
                "path": "mode.a.b",
                "allowed": ["x"],
                "message": "mode: a.b must be one of ['x']",
            },
        ),
        (lambda: UsageError("bad flag"), {"kind": "usage", "type": "usage_error", "message": "bad flag"}),
        (
            lambda: MissingDependencyError("pip it"),
            {"kind": "usage", "type": "missing_dependency", "message": "pip it"},
        ),
        (
            lambda: StripeConnectionError("down", attempts=3),
            {"kind": "connection", "type": "connection_error", "attempts": 3, "message": "down (after 3 attempts)"},
        ),
        (
            lambda: StripeTimeoutError("slow", attempts=1),
            {"kind": "connection", "type": "timeout", "attempts": 1, "message": "slow (after 1 attempt)"},
        ),
        (
            lambda: StripeResponseError("junk", http_status=200, request_id="req_1"),
            {
                "kind": "response",
                "type": "unreadable_response",
                "request_id": "req_1",
                "http_status": 200,
                "message": "junk (request id: req_1)",
            },
        ),
        (
            lambda: ConnectorClosedError("closed"),
            {"kind": "connector", "type": "ConnectorClosedError", "message": "closed"},
        ),
        (
            lambda: StripeConnectorError("other"),
            {"kind": "connector", "type": "StripeConnectorError", "message": "other"},
        ),
    ],
    ids=lambda value: "" if isinstance(value, dict) else type(value()).__name__,
)
def test_error_payload_is_exact(make: Any, expected: dict[str, Any]) -> None:
    """Built inside the test (not at collection), so that mutation testing sees which code each case runs."""
    exc = make()
    # The one shape of every front end and engine: the class, and whether a retry (same key) may help.
    engine = {"class": type(exc).__name__, "retryable": isinstance(exc, StripeConnectionError)}
    assert error_payload(exc) == {"error": {**BASE, **engine, **expected}}


def test_error_payload_of_a_stripe_api_error_is_stripes_fields() -> None:
    exc = CardError(
        "Your card was declined.",
        http_status=402,
        type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
        param="source",
        request_id="req_9",
    )
    assert error_payload(exc) == {
        "error": {
            "kind": "stripe_api",
            "type": "card_error",
            "code": "card_declined",
            "param": "source",
            "message": "Your card was declined.",
            "request_id": "req_9",
            "http_status": 402,
            "decline_code": "insufficient_funds",
            "class": "CardError",
            "retryable": False,
        }
    }


def test_the_message_lists_every_detail_in_order() -> None:
    exc = StripeAPIError(
        "Declined",
        http_status=402,
        type="card_error",
        code="card_declined",
        decline_code="do_not_honor",
        param="source",
        request_id="req_1",
    )
    assert str(exc) == (
        "Declined (http 402; type: card_error; code: card_declined; decline_code: do_not_honor; param: source; "
        "request id: req_1)"
    )
    assert str(StripeAPIError("Plain", http_status=500)) == "Plain (http 500)"
    assert StripeAPIError("Plain", http_status=500).error == {}


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (502, b"", "Stripe returned HTTP 502"),
        (502, b"   ", "Stripe returned HTTP 502"),
        (502, b"<html>Bad gateway</html>", "Stripe returned HTTP 502: <html>Bad gateway</html>"),
        (400, b"\xff\xfeoops", "Stripe returned HTTP 400: \ufffd\ufffdoops"),
        (400, b"a" * 300, "Stripe returned HTTP 400: " + "a" * 200),
        (400, b'{"error": {"message": 5}}', 'Stripe returned HTTP 400: {"error": {"message": 5}}'),
        (400, b'{"error": "text"}', 'Stripe returned HTTP 400: {"error": "text"}'),
        (400, b'{"error": {"message": "Real message"}}', "Real message"),
    ],
)
def test_messages_of_bodies_that_are_not_stripes(status: int, body: bytes, message: str) -> None:
    exc = api_error_from_response(status, body, None)
    assert exc.message == message


def test_empty_or_non_text_fields_are_none() -> None:
    body = b'{"error": {"message": "m", "type": "", "code": 5, "param": null, "decline_code": ["x"]}}'
    exc = api_error_from_response(400, body, "req_1")
    assert (exc.type, exc.code, exc.param, exc.decline_code) == (None, None, None, None)
    assert exc.error == {"message": "m", "type": "", "code": 5, "param": None, "decline_code": ["x"]}


@pytest.mark.parametrize(
    ("status", "error_type", "expected"),
    [
        (302, "invalid_request_error", InvalidRequestError),
        (302, None, StripeAPIError),
        (500, "invalid_request_error", StripeServerError),
        (499, None, InvalidRequestError),
        (400, "api_error", InvalidRequestError),
    ],
)
def test_error_types_by_status_and_type(status: int, error_type: str | None, expected: type) -> None:
    body = b'{"error": {"message": "m"' + (f', "type": "{error_type}"'.encode() if error_type else b"") + b"}}"
    assert type(api_error_from_response(status, body, None)) is expected
