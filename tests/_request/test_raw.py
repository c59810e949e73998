"""``raw_request`` reaches only the configured Stripe API: every way out of ``/v1/`` on that host is refused.

An agent choosing ``path`` must not be able to send the API key to another host (absolute or scheme-relative
URLs, backslashes that some stacks read as slashes), climb out of ``/v1`` (``..`` raw or percent-encoded, once or
twice), smuggle a query or fragment past the encoder, or split the request line (control characters). Each case
is an ``InvalidInputError`` on ``path`` and the local server sees nothing; valid paths reach only the base URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.testing.doubles import Reply, ScriptedStripe, running_scripted

from tests.support.keys import API_KEY

ESCAPES = [
    # other hosts
    pytest.param("https://evil.example/v1/x", id="absolute-url"),
    pytest.param("http://127.0.0.1:1/v1/x", id="absolute-url-local"),
    pytest.param("//evil.example/v1", id="scheme-relative"),
    pytest.param("//evil.example/v1/charges", id="scheme-relative-v1"),
    pytest.param("/v1@evil.example/x", id="userinfo"),
    pytest.param("evil.example/v1/x", id="host-no-scheme"),
    pytest.param("\\\\evil.example\\v1", id="unc-backslashes"),
    pytest.param("/\\evil.example/v1", id="slash-backslash"),
    pytest.param("/v1\\..\\x", id="backslash-dots"),
    pytest.param("/v1/customers\\cus_1", id="backslash"),
    # climbing out of /v1
    pytest.param("/v1/../x", id="dotdot"),
    pytest.param("/v1/customers/../../x", id="dotdot-twice"),
    pytest.param("/v1/customers/..", id="dotdot-end"),
    pytest.param("/v1/./customers", id="dot-segment"),
    pytest.param("/v1/%2e%2e/x", id="pct-dotdot-lower"),
    pytest.param("/v1/%2E%2E/x", id="pct-dotdot-upper"),
    pytest.param("/v1/.%2e/x", id="pct-dotdot-mixed"),
    pytest.param("/v1/%252e%252e/x", id="double-pct-dotdot"),
    pytest.param("/v1/%2f..%2fx", id="pct-slash"),
    pytest.param("/v1/customers%3Flimit=1", id="pct-question"),
    # query / fragment smuggling
    pytest.param("/v1/customers?limit=100", id="question"),
    pytest.param("/v1/customers?", id="question-empty"),
    pytest.param("/v1/customers#frag", id="hash"),
    pytest.param("/v1/customers;jsessionid=1", id="semicolon"),
    # control characters and spaces
    pytest.param("/v1/customers\n", id="newline-end"),
    pytest.param("/v1/cus\ntomers", id="newline"),
    pytest.param("/v1/customers\r\nX-Evil: 1", id="crlf-header-injection"),
    pytest.param("/v1/cus\rtomers", id="cr"),
    pytest.param("/v1/customers\x00", id="nul"),
    pytest.param("/v1/cus\ttomers", id="tab"),
    pytest.param("/v1/cus tomers", id="space"),
    pytest.param(" /v1/customers", id="leading-space"),
    pytest.param("/v1/customers\x7f", id="del"),
    # unicode lookalikes
    pytest.param("/v1/cu\u0455tomers", id="cyrillic-s"),
    pytest.param("\uff0fv1/customers", id="fullwidth-slash-start"),
    pytest.param("/v1/customers\uff0f..\uff0fx", id="fullwidth-slash-dotdot"),
    pytest.param("/v1/customers\u2024\u2024/x", id="one-dot-leaders"),
    pytest.param("/v1/customers\u2215x", id="division-slash"),
    pytest.param("/v1/customers/cus\u00a01", id="nbsp"),
    pytest.param("/v1/customers\u200b", id="zero-width-space"),
    # not under /v1/
    pytest.param("", id="empty"),
    pytest.param("/", id="root"),
    pytest.param("/v1", id="v1-bare"),
    pytest.param("/v1/", id="v1-slash"),
    pytest.param("/balance", id="no-version"),
    pytest.param("v1/balance", id="no-leading-slash"),
    pytest.param("/V1/balance", id="upper-v1"),
    pytest.param("/v10/balance", id="v10"),
    pytest.param("/v1//customers", id="empty-segment"),
    pytest.param("/v1/" + "a" * 5000, id="very-long"),
    pytest.param("/v1/" + "a/" * 3000, id="very-many-segments"),
]


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedStripe]:
    yield from running_scripted()


@pytest.fixture
def server(module_server: ScriptedStripe) -> ScriptedStripe:
    module_server.reset(default=Reply(200, json={"object": "balance"}))
    return module_server


def refused(stripe: StripeConnector, server: ScriptedStripe, arguments: Any) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("raw_request", arguments)
    assert server.count == 0, f"{arguments!r} reached the server"
    return caught.value


@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
@pytest.mark.parametrize("path", ESCAPES)
def test_escape_attempts_are_refused(stripe: StripeConnector, server: ScriptedStripe, method: str, path: str) -> None:
    assert refused(stripe, server, {"method": method, "path": path}).param == "path"


@pytest.mark.parametrize("path", ESCAPES[:12])
def test_the_typed_method_refuses_them_too(stripe: StripeConnector, server: ScriptedStripe, path: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        stripe.raw_request("GET", path)
    assert caught.value.param == "path"
    assert server.count == 0


@pytest.mark.parametrize("path", [None, 42, ["/v1/balance"], {"path": "/v1/balance"}, b"/v1/balance"])
def test_path_must_be_a_string(stripe: StripeConnector, server: ScriptedStripe, path: Any) -> None:
    assert refused(stripe, server, {"method": "GET", "path": path}).param == "path"


def test_the_path_message_says_what_a_path_is(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = refused(stripe, server, {"method": "GET", "path": "https://evil.example/v1/x"})
    assert "/v1/" in error.message
    assert "evil.example" not in error.message  # the hint is generic; nothing the caller sent is reflected


@pytest.mark.parametrize("method", ["GET", "DELETE", "get", "delete"])
def test_a_body_is_only_for_post(stripe: StripeConnector, server: ScriptedStripe, method: str) -> None:
    error = refused(stripe, server, {"method": method, "path": "/v1/customers/cus_1", "body": {"name": "x"}})
    assert error.param == "body"


@pytest.mark.parametrize(("argument", "value"), [("body", "name=x"), ("body", ["x"]), ("query", "limit=1")])
def test_body_and_query_are_objects(stripe: StripeConnector, server: ScriptedStripe, argument: str, value: Any) -> None:
    method = "POST" if argument == "body" else "GET"
    error = refused(stripe, server, {"method": method, "path": "/v1/customers", argument: value})
    assert error.param == argument


def test_query_values_cannot_inject_parameters(stripe: StripeConnector, server: ScriptedStripe) -> None:
    """Query values are encoded, so ``&`` and ``#`` inside a value stay inside it."""
    stripe.call("raw_request", {"method": "GET", "path": "/v1/customers", "query": {"email": "a@b.c&limit=100#x"}})
    assert server.last.query == [("email", "a@b.c&limit=100#x")]
    assert server.last.path == "/v1/customers"


# --- valid paths reach only the configured host -----------------------------------------------------------------------

VALID_PATHS = [
    "/v1/balance",
    "/v1/customers",
    "/v1/customers/cus_123",
    "/v1/customers/cus_123/",
    "/v1/payment_intents/pi_1/confirm",
    "/v1/checkout/sessions",
    "/v1/files/file_1.pdf",
    "/v1/customers/cus_1/balance_transactions",
    "/v1/test_helpers/test_clocks",
]


#: The same shapes under names no operation has (the free-form arguments below would fail a real operation's
#: checks; what is tested here is where the request goes).
PREVIEW_PATHS = [path.replace("/v1/", "/v1/preview_", 1) for path in VALID_PATHS]


@pytest.mark.parametrize("path", VALID_PATHS)
def test_valid_paths_reach_the_local_server(stripe: StripeConnector, server: ScriptedStripe, path: str) -> None:
    # allow_unknown_path: the GET of a POST-only path (.../confirm) reaches no operation; sent on purpose here.
    assert stripe.call("raw_request", {"method": "GET", "path": path, "allow_unknown_path": True}) == {
        "object": "balance"
    }
    assert server.count == 1
    assert server.last.path == path
    assert server.last.header("Host") == f"127.0.0.1:{server.port}"


@pytest.mark.parametrize("base_url", ["https://api.stripe.com", "https://proxy.internal:8443/stripe"])
@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_every_valid_request_targets_the_base_url_host(base_url: str, method: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"object": "ok"})

    base = httpx.URL(base_url)
    with StripeConnector(API_KEY, base_url=base_url, transport=httpx.MockTransport(handler)) as stripe:
        for path in PREVIEW_PATHS:
            arguments: dict[str, Any] = {"method": method, "path": path, "query": {"expand": ["data.x"]}}
            if method == "POST":
                arguments["body"] = {"metadata": {"url": "https://evil.example/"}}
            stripe.call("raw_request", {**arguments, "allow_unknown_path": True})
    assert len(seen) == len(PREVIEW_PATHS)
    for url, path in zip(seen, PREVIEW_PATHS, strict=True):
        assert (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)
        assert url.path == base.path.rstrip("/") + path
        assert url.params.get("expand[0]") == "data.x"
