"""The HTTP edge: proxies from the environment, timeouts, no redirects, one origin."""

from __future__ import annotations

import httpx
import pytest
from stripe_connector import StripeConnector
from stripe_connector._http.transport import RequestFactory, environment_proxy
from stripe_connector.errors import StripeAPIError

from tests.support.keys import API_KEY


def test_the_environment_proxy_is_used_for_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert environment_proxy("https://api.stripe.com") == "http://proxy.internal:3128"
    assert environment_proxy("http://127.0.0.1:12111") is None  # no http proxy configured


def test_no_proxy_exempts_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "api.stripe.com")
    assert environment_proxy("https://api.stripe.com") is None


def test_requests_carry_the_timeout_and_the_fixed_headers() -> None:
    from stripe_connector._types.options import PreparedRequest

    factory = RequestFactory("http://127.0.0.1:1", {"Authorization": "Bearer sk_test_fake"}, timeout=2.5)
    built = factory.build(PreparedRequest("raw_request", "GET", "/v1/balance?a=1", None, {"Stripe-Account": "acct_1"}))
    assert str(built.url) == "http://127.0.0.1:1/v1/balance?a=1"
    assert built.headers["authorization"] == "Bearer sk_test_fake"
    assert built.headers["stripe-account"] == "acct_1"
    assert built.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_a_redirect_is_never_followed() -> None:
    """The key must never travel to another origin: a 3xx is an error, not a hop."""
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "https://evil.example/v1/balance"})

    with (
        StripeConnector(API_KEY, transport=httpx.MockTransport(answer)) as stripe,
        pytest.raises(StripeAPIError) as raised,
    ):
        stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
    assert raised.value.http_status == 302
    assert seen == ["https://api.stripe.com/v1/balance"]


def test_a_path_is_parsed_once_and_a_url_with_a_query_is_never_kept() -> None:
    from stripe_connector._http.transport import _parsed_url
    from stripe_connector._types.options import PreparedRequest

    _parsed_url.cache_clear()
    factory = RequestFactory("http://127.0.0.1:1", {"Authorization": "Bearer sk_test_fake"}, timeout=2.5)
    create = PreparedRequest("create_customer", "POST", "/v1/customers", "name=a", {"Idempotency-Key": "k1"})
    built = [factory.build(create) for _ in range(3)]
    assert [str(request.url) for request in built] == ["http://127.0.0.1:1/v1/customers"] * 3
    assert [request.content for request in built] == [b"name=a"] * 3
    assert (_parsed_url.cache_info().misses, _parsed_url.cache_info().hits) == (1, 2)
    search = PreparedRequest("list_customers", "GET", "/v1/customers?email=jenny%40example.com", None, {})
    assert str(factory.build(search).url) == "http://127.0.0.1:1/v1/customers?email=jenny%40example.com"
    assert _parsed_url.cache_info().currsize == 1  # the query (an email address) was not kept
    with pytest.raises(httpx.InvalidURL):  # a bad URL is still httpx's error, and is not kept either
        factory.build(PreparedRequest("raw_request", "GET", "/v1/" + "x" * 70_000, None, {}))
    assert _parsed_url.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("method", "target", "body", "own"),
    [
        ("POST", "/v1/customers", "name=Jenny+Rosen&metadata%5Bk%5D=v", {"Idempotency-Key": "k1"}),
        ("POST", "/v1/customers", "", {"Idempotency-Key": "k2"}),  # an empty form: Content-Length 0, first
        ("POST", "/v1/customers", None, {}),
        ("POST", "/v2/core/events", '{"note":"café"}', {"Content-Type": "application/json"}),  # UTF-8 bytes counted
        ("POST", "/v1/files", b"--b\r\nmultipart\r\n--b--\r\n", {"Content-Type": "multipart/form-data; boundary=b"}),
        ("GET", "/v1/customers?limit=3&email=a%40b.c", None, {"Stripe-Account": "acct_1"}),
        ("DELETE", "/v1/customers/cus_1", None, {}),
        ("POST", "/v2/billing/meter_event_stream", "{}", {"Authorization": "Bearer session-token"}),  # replaces
    ],
)
def test_a_built_request_is_the_one_httpx_builds_from_the_same_parts(
    method: str, target: str, body: str | bytes | None, own: dict[str, str]
) -> None:
    from stripe_connector._types.options import PreparedRequest

    fixed = {"Authorization": "Bearer sk_test_fake", "Stripe-Version": "2023-08-16", "Accept": "application/json"}
    built = RequestFactory("http://127.0.0.1:1", fixed, timeout=2.5).build(
        PreparedRequest("raw_request", method, target, body, dict(own))
    )
    expected = httpx.Request(method, "http://127.0.0.1:1" + target, headers={**fixed, **own}, content=body)
    assert built.headers.raw == expected.headers.raw
    assert (built.method, built.url, built.content) == (expected.method, expected.url, expected.read())
    assert built.extensions == {"timeout": {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}}
    assert [bytes(chunk) for chunk in built.stream] == [expected.content]  # type: ignore[union-attr]
