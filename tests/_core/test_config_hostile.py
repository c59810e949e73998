"""Constructor refusals, read directly: the exact message and parameter for a bad base URL, Stripe version, proxy
variable, key or allow list (and the key redaction those messages rely on)."""

from __future__ import annotations

from typing import Any

import pytest
from stripe_connector import InvalidInputError, RetryPolicy
from stripe_connector._core.base import ConnectorCore

from tests.support.keys import API_KEY


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (b"https://x", "must be a string like https://api.stripe.com"),
        ("https://exa mple.com", "must not contain spaces or control characters"),
        ("http://[::1", "is not a valid URL (like https://api.stripe.com)"),
        ("ftp://example.com", "must be an http(s) URL like https://api.stripe.com"),
        ("https://user@example.com", "must not carry credentials, a query or a fragment"),
        ("https://:pw@example.com", "must not carry credentials, a query or a fragment"),
        ("https://example.com/?a=1", "must not carry credentials, a query or a fragment"),
        ("https://example.com/#top", "must not carry credentials, a query or a fragment"),
    ],
)
def test_base_url_messages_are_exact(base_url: Any, message: str) -> None:
    from stripe_connector._core.config import check_base_url

    with pytest.raises(InvalidInputError) as caught:
        check_base_url(base_url)
    assert (caught.value.param, caught.value.message) == ("base_url", message)


def test_stripe_version_message_is_exact() -> None:
    from stripe_connector._core.config import check_stripe_version

    with pytest.raises(InvalidInputError) as caught:
        check_stripe_version("2023-10-16\n")
    assert caught.value.message == "must be a Stripe API version like 2023-10-16 (ASCII, one line)"
    assert check_stripe_version(None) is None


@pytest.mark.parametrize(
    ("proxy", "message"),
    [
        ("socks5://127.0.0.1:1080", "is a SOCKS proxy, which needs httpx's socks extra: pip install 'httpx[socks]'"),
        ("garbage", "is not a proxy URL httpx can use (like http://proxy.example:3128); fix or unset it"),
    ],
)
def test_proxy_messages_are_exact(proxy: str, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_connector._http.transport import sync_transport

    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    with pytest.raises(InvalidInputError) as caught:
        sync_transport("https://api.stripe.com")
    assert (caught.value.param, caught.value.message) == ("HTTPS_PROXY", message)


def test_redact_keys_walks_lists_and_mappings() -> None:
    from stripe_connector.errors import redact_keys

    assert redact_keys(["a", API_KEY, ("b", {"k": API_KEY})]) == ["a", "<redacted>", ["b", {"k": "<redacted>"}]]
    assert redact_keys({API_KEY: 1}) == {"<redacted>": 1}
    assert redact_keys(5) == 5 and redact_keys(None) is None


def test_constructor_refusals_are_exact() -> None:
    from stripe_connector._core.config import check_api_key

    with pytest.raises(InvalidInputError) as caught:
        check_api_key("pk_test_abc", allow_live=False)
    assert caught.value.message == (
        "must be a Stripe secret, restricted or organisation key (sk_test_..., sk_live_..., rk_test_..., "
        "rk_live_..., sk_org_...)"
    )
    with pytest.raises(InvalidInputError) as caught:
        check_api_key("sk_live_abc", allow_live=False)
    assert caught.value.message == "is a live-mode key; pass allow_live=True to use live mode on purpose"
    with pytest.raises(InvalidInputError) as caught:
        ConnectorCore("sk_live_abc", retry_policy=RetryPolicy())  # live keys need allow_live by default
    assert caught.value.param == "api_key"
    with pytest.raises(InvalidInputError) as caught:
        ConnectorCore(API_KEY, retry_policy=RetryPolicy(), allowed_tools="list_customers")
    assert caught.value.message == "must be a collection of tool names, not one string"
    core = ConnectorCore(API_KEY, retry_policy=RetryPolicy(), allowed_tools=["list_customers"])
    assert core.allowed_tools == frozenset({"list_customers"})
    assert ConnectorCore(API_KEY, retry_policy=RetryPolicy()).allowed_tools is None
