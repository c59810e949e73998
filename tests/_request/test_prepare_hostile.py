"""Bad input from callers, agents and files: nesting, cycles, lone surrogates, bytes, non-finite and huge numbers,
bad constructor options and odd proxy variables. Each is an ``InvalidInputError`` naming the parameter, raised
before anything is sent (never ``RecursionError``, ``UnicodeEncodeError``, ``OverflowError`` or "could not reach")."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import AsyncStripeConnector, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector.errors import StripeConnectorError
from stripe_connector.testing.doubles import ScriptedStripe

from tests.support.keys import API_KEY


def nested(depth: int, leaf: Any = "x") -> Any:
    value: Any = leaf
    for _ in range(depth):
        value = {"a": value}
    return value


def self_referencing_dict() -> dict[str, Any]:
    value: dict[str, Any] = {"plan": "gold"}
    value["self"] = value
    return value


def self_referencing_list() -> list[Any]:
    value: list[Any] = ["a"]
    value.append(value)
    return value


#: The options of the suite's `stripe` fixture here: a money cap to walk around.
CONNECTOR_OPTIONS = {"max_amount": {"usd": 5000}}


#: Free-form bodies: a path no operation has, sent on purpose (a real operation would refuse unknown names first).
RAW_POST = {"method": "POST", "path": "/v1/free_form", "allow_unknown_path": True}

#: (tool, arguments, the parameter the error must name)
BAD_CALLS: dict[str, tuple[str, dict[str, Any], str]] = {
    "metadata nested 10,000 deep": ("create_customer", {"metadata": nested(10_000)}, "metadata"),
    "raw body nested 10,000 deep": ("raw_request", {**RAW_POST, "body": nested(10_000)}, "body"),
    "raw query nested 10,000 deep": (
        "raw_request",
        {"method": "GET", "path": "/v1/customers", "query": nested(10_000)},
        "query",
    ),
    "self-referencing metadata": ("create_customer", {"metadata": self_referencing_dict()}, "metadata"),
    "self-referencing raw body list": ("raw_request", {**RAW_POST, "body": {"items": self_referencing_list()}}, "body"),
    "lone surrogate in a string argument": ("create_customer", {"name": "Ada \ud800"}, "name"),
    "lone surrogate in a metadata key": ("create_customer", {"metadata": {"k\udc00": "v"}}, "metadata"),
    "lone surrogate in a metadata value": ("create_customer", {"metadata": {"k": "\udfff"}}, "metadata"),
    "lone surrogate in a raw body": ("raw_request", {**RAW_POST, "body": {"name": "\ud834"}}, "body"),
    "lone surrogate in a raw path": ("raw_request", {"method": "GET", "path": "/v1/customers/\ud800"}, "path"),
    "lone surrogate in an email": ("list_customers", {"email": "\ud800@example.com"}, "email"),
    "bytes argument": ("create_customer", {"name": b"abc"}, "name"),
    "bytes in metadata": ("create_customer", {"metadata": {"k": b"v"}}, "metadata"),
    "bytearray in a raw body": ("raw_request", {**RAW_POST, "body": {"x": bytearray(b"v")}}, "body"),
    "infinite amount in a raw body": (
        "raw_request",
        {"method": "POST", "path": "/v1/charges", "body": {"amount": math.inf, "currency": "usd"}},
        "body",
    ),
    "nan amount in a raw body": (
        "raw_request",
        {"method": "POST", "path": "/v1/charges", "body": {"amount": math.nan, "currency": "usd"}},
        "body",
    ),
    "infinite amount": ("create_charge", {"amount": math.inf, "currency": "usd", "source": "tok_visa"}, "amount"),
    "5,000-digit amount": (
        "raw_request",
        {"method": "POST", "path": "/v1/charges", "body": {"amount": 10**5000, "currency": "usd"}},
        "body",
    ),
    "huge limit": ("list_customers", {"limit": 2**1025}, "limit"),
    "set value": ("raw_request", {**RAW_POST, "body": {"x": {1, 2}}}, "body"),
    "non-string key": ("create_customer", {"metadata": {("a",): "b"}}, "metadata"),
}


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_bad_input_is_an_input_error_naming_the_parameter(
    stripe: StripeConnector, server: ScriptedStripe, case: str
) -> None:
    tool, arguments, param = BAD_CALLS[case]
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(tool, arguments)
    assert caught.value.param == param
    assert server.count == 0
    str(caught.value).encode("utf-8")  # the message itself is printable


@pytest.mark.parametrize(
    "case", ["metadata nested 10,000 deep", "lone surrogate in a string argument", "bytes argument"]
)
def test_bad_input_is_refused_by_dry_run_and_the_async_twin_alike(case: str) -> None:
    import asyncio

    tool, arguments, param = BAD_CALLS[case]
    with pytest.raises(InvalidInputError, match=rf"^{param}"):
        StripeConnector(API_KEY).dry_run(tool, arguments)

    async def main() -> None:
        async with AsyncStripeConnector(API_KEY, base_url="http://127.0.0.1:9") as connector:
            await connector.call(tool, arguments)

    with pytest.raises(InvalidInputError, match=rf"^{param}"):
        asyncio.run(main())


def test_the_place_inside_the_parameter_is_named(stripe: StripeConnector) -> None:
    with pytest.raises(InvalidInputError, match=r"body\[items\]\[1\]"):
        stripe.dry_run("raw_request", {**RAW_POST, "body": {"items": ["ok", b"bytes"]}})


def test_bad_typed_method_input_is_refused(stripe: StripeConnector, server: ScriptedStripe) -> None:
    with pytest.raises(InvalidInputError, match=r"^metadata"):
        stripe.create_customer(metadata=nested(5000))
    with pytest.raises(InvalidInputError, match=r"^email"):
        stripe.create_customer(email="\ud800")
    assert server.count == 0


@pytest.mark.parametrize("scope", ["run-\ud800", ["run", "\udc00"], {"run": "\ud800"}, {"\ud800": "x"}])
def test_lone_surrogates_in_idempotency_scopes(stripe: StripeConnector, scope: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        stripe.dry_run("create_customer", {}, idempotency_scope=scope)
    assert caught.value.param == "idempotency_scope"


def test_nesting_just_inside_the_limit_is_accepted(stripe: StripeConnector) -> None:
    request = stripe.dry_run("raw_request", {**RAW_POST, "body": {"metadata": nested(15)}})
    assert request["body"].startswith("metadata")


def test_shared_but_not_cyclic_structures_are_fine(stripe: StripeConnector) -> None:
    shared = {"a": "1"}
    request = stripe.dry_run("raw_request", {**RAW_POST, "body": {"x": shared, "y": shared, "z": [shared, shared]}})
    assert request["body"].count("=1") == 4


# --- constructor options -----------------------------------------------------------------------------------------

BAD_OPTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "version with CR/LF": ({"stripe_version": "2023-10-16\r\nX-Evil: 1"}, "stripe_version"),
    "version with LF": ({"stripe_version": "2023-10-16\n"}, "stripe_version"),
    "non-ASCII version": ({"stripe_version": "2023-10-16é"}, "stripe_version"),
    "version not a string": ({"stripe_version": 20231016}, "stripe_version"),
    "empty version": ({"stripe_version": ""}, "stripe_version"),
    "timeout nan": ({"timeout": math.nan}, "timeout"),
    "timeout inf": ({"timeout": math.inf}, "timeout"),
    "timeout negative": ({"timeout": -1}, "timeout"),
    "timeout string": ({"timeout": "5"}, "timeout"),
    "total_timeout nan": ({"total_timeout": math.nan}, "total_timeout"),
    "total_timeout zero": ({"total_timeout": 0}, "total_timeout"),
    "base_url unclosed bracket": ({"base_url": "http://[::1"}, "base_url"),
    "base_url bad port": ({"base_url": "http://127.0.0.1:99999"}, "base_url"),
    "base_url port not a number": ({"base_url": "http://127.0.0.1:abc"}, "base_url"),
    "base_url with space": ({"base_url": "http://exa mple.com"}, "base_url"),
    "base_url with newline": ({"base_url": "http://example.com\n"}, "base_url"),
    "base_url ftp": ({"base_url": "ftp://example.com"}, "base_url"),
    "base_url no host": ({"base_url": "http://"}, "base_url"),
    "base_url bytes": ({"base_url": b"http://example.com"}, "base_url"),
    "max_response_bytes zero": ({"max_response_bytes": 0}, "max_response_bytes"),
    "retry_policy wrong type": ({"retry_policy": {"max_retries": 2}}, "retry_policy"),
    "allowed_tools a string": ({"allowed_tools": "list_customers"}, "allowed_tools"),
    "max_retries nan": ({"max_retries": math.nan}, "max_retries"),
}


@pytest.mark.parametrize("case", sorted(BAD_OPTIONS))
@pytest.mark.parametrize("connector_class", [StripeConnector, AsyncStripeConnector])
def test_bad_constructor_options_are_input_errors(case: str, connector_class: Any) -> None:
    options, param = BAD_OPTIONS[case]
    with pytest.raises(InvalidInputError) as caught:
        connector_class(API_KEY, **options)
    assert caught.value.param == param


@pytest.mark.parametrize("name", ["initial_delay", "max_delay", "max_retry_after"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0, "1"])
def test_retry_policy_refuses_non_finite_delays(name: str, value: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        RetryPolicy(**{name: value})
    assert caught.value.param == name


@pytest.mark.parametrize("version", ["2023-10-16", "2024-09-30.acacia", "2025-03-31.basil"])
def test_good_versions_are_accepted(version: str) -> None:
    assert StripeConnector(API_KEY, stripe_version=version).core.stripe_version == version


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        ("HTTPS_PROXY", "socks5://127.0.0.1:1080", "socks"),
        ("HTTPS_PROXY", "garbage", "proxy URL"),
        ("ALL_PROXY", "garbage", "proxy URL"),
        ("HTTPS_PROXY", "http://[::1", "proxy URL"),
    ],
)
@pytest.mark.parametrize("connector_class", [StripeConnector, AsyncStripeConnector])
def test_odd_proxy_variables_are_input_errors_naming_them(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, needle: str, connector_class: Any
) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidInputError, match=needle) as caught:
        connector_class(API_KEY, base_url="https://api.stripe.com")
    assert caught.value.param == variable


# --- property: any Python value as an argument is accepted or refused as input, nothing else -----------------------

leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.binary(max_size=3)
    | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
)
values = st.recursive(
    leaves,
    lambda children: (
        st.lists(children, max_size=3)
        | st.tuples(children)
        | st.dictionaries(
            st.text(max_size=3) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), children, max_size=3
        )
    ),
    max_leaves=12,
)


_connector = StripeConnector(API_KEY, base_url="http://127.0.0.1:9")


@settings(max_examples=150, deadline=None)
@given(values, st.sampled_from(["body", "query"]))
def test_any_value_is_sent_or_refused_as_input(value: Any, where: str) -> None:
    connector = _connector
    arguments: dict[str, Any] = {"method": "POST" if where == "body" else "GET", "path": "/v1/free_form"}
    arguments |= {where: {"x": value}, "allow_unknown_path": True}
    try:
        request = connector.dry_run("raw_request", arguments)
    except InvalidInputError as exc:
        assert exc.param == where
        return
    except StripeConnectorError as exc:  # pragma: no cover - would be a bug
        raise AssertionError(f"not an input error: {exc!r}") from exc
    (request["body"] or request["url"]).encode("utf-8")
