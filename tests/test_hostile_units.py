"""Unit checks of the pieces that guard secrets, time and replays, read directly (no server): the deadline
backend's every path, the scoped idempotency key's exact derivation, and the reprs that must hide the key."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import socket
import time
from collections.abc import Callable
from typing import Any

import httpcore
import pytest
from stripe_connector import InvalidInputError, RetryPolicy
from stripe_connector._core.base import ConnectorCore
from stripe_connector._http.deadline_streams import DeadlineBackend, DeadlineStream
from stripe_connector._http.time_limits import ATTEMPT_DEADLINE
from stripe_connector._http.transport import RequestFactory
from stripe_connector._request.idempotency import scoped_idempotency_key
from stripe_connector._types.options import PreparedRequest

from tests.support.keys import API_KEY


class FakeStream(httpcore.NetworkStream):
    def __init__(self, sock: socket.socket | None = None) -> None:
        self.sock = sock
        self.timeouts: list[float | None] = []
        self.tls: list[tuple[Any, Any]] = []
        self.closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def close(self) -> None:
        self.closed = True

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        self.timeouts.append(timeout)
        self.tls.append((ssl_context, server_hostname))
        return FakeStream(self.sock)

    def get_extra_info(self, info: str) -> Any:
        return self.sock if info == "socket" else None


#: ``start_tls`` of the fake streams takes any context: none is needed to count timeouts.
NO_TLS: Any = None


class FakeBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        self.calls.append(("tcp", host, port, timeout, local_address, socket_options))
        return FakeStream()

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        self.calls.append(("unix", path, timeout, socket_options))
        return FakeStream()

    def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


@pytest.fixture
def deadline_in(request: pytest.FixtureRequest) -> Any:
    """Set the attempt deadline to ``seconds`` from now for the test (None: no deadline)."""
    tokens = []

    def set_deadline(seconds: float | None) -> None:
        tokens.append(ATTEMPT_DEADLINE.set(None if seconds is None else time.monotonic() + seconds))

    yield set_deadline
    for token in reversed(tokens):
        ATTEMPT_DEADLINE.reset(token)


def test_without_a_deadline_timeouts_pass_through(deadline_in: Any) -> None:
    inner = FakeBackend()
    backend = DeadlineBackend(inner)
    stream = backend.connect_tcp("h", 1, 5.0, "0.0.0.0", [])
    assert inner.calls == [("tcp", "h", 1, 5.0, "0.0.0.0", [])]
    stream.read(10, 7.0)
    stream.write(b"a", None)
    stream.write(b"a", 4.0)
    assert stream._inner.timeouts == [7.0, None, 4.0]  # type: ignore[attr-defined]
    unix = backend.connect_unix_socket("/tmp/s", 3.0, [1])
    assert inner.calls[-1] == ("unix", "/tmp/s", 3.0, [1])
    assert isinstance(unix, DeadlineStream)
    backend.sleep(0.25)
    assert inner.calls[-1:] == [("sleep", 0.25)]
    context: Any = object()
    tls = stream.start_tls(context, "api.stripe.com", 9.0)
    assert stream._inner.tls == [(context, "api.stripe.com")]  # type: ignore[attr-defined]
    assert stream._inner.timeouts[-1] == 9.0  # type: ignore[attr-defined]
    assert isinstance(tls, DeadlineStream)


def test_every_operation_is_clamped_to_the_deadline(deadline_in: Any) -> None:
    deadline_in(0.5)
    inner = FakeBackend()
    backend = DeadlineBackend(inner)
    stream = backend.connect_tcp("h", 1, 30.0)
    assert 0 < inner.calls[-1][3] <= 0.5
    backend.connect_unix_socket("/tmp/s", 30.0)
    assert 0 < inner.calls[-1][2] <= 0.5
    backend.connect_unix_socket("/tmp/s", None)
    assert 0 < inner.calls[-1][2] <= 0.5
    stream.read(10, 30.0)
    stream.write(b"a", None)
    tls = stream.start_tls(NO_TLS, "h", 30.0)
    assert all(0 < timeout <= 0.5 for timeout in stream._inner.timeouts)  # type: ignore[attr-defined]
    assert len(stream._inner.timeouts) == 3  # type: ignore[attr-defined]
    assert isinstance(tls, DeadlineStream)
    tls.read(10, 0.1)
    assert tls._inner.timeouts == [0.1]  # type: ignore[attr-defined]  # a shorter timeout is kept


def test_a_passed_deadline_is_a_timeout_before_any_io(deadline_in: Any) -> None:
    deadline_in(-0.01)
    inner = FakeBackend()
    backend = DeadlineBackend(inner)
    connects: list[Callable[[], object]] = [
        lambda: backend.connect_tcp("h", 1),
        lambda: backend.connect_unix_socket("/s"),
    ]
    for connect in connects:
        with pytest.raises(httpcore.TimeoutException, match=r"^the attempt's time limit was reached$"):
            connect()
    assert inner.calls == []
    stream = DeadlineStream(FakeStream(), backend)
    actions: list[Callable[[], object]] = [
        lambda: stream.read(1),
        lambda: stream.write(b"a"),
        lambda: stream.start_tls(NO_TLS),
    ]
    for action in actions:
        with pytest.raises(httpcore.TimeoutException):
            action()
    assert stream._inner.timeouts == []  # type: ignore[attr-defined]


def test_abort_shuts_down_open_sockets_and_refuses_new_connections() -> None:
    left, right = socket.socketpair()
    try:
        backend = DeadlineBackend(FakeBackend())
        stream = DeadlineStream(FakeStream(left), backend)
        closed = DeadlineStream(FakeStream(socket.socket()), backend)
        closed.close()
        assert closed._inner.closed  # type: ignore[attr-defined]
        assert backend.aborted is False
        backend.abort()
        assert backend.aborted
        assert left.recv(1) == b""  # shut down: a reader blocked here would have woken
        assert stream.get_extra_info("socket") is left
        for action in (lambda: backend.connect_tcp("h", 1), lambda: backend.connect_unix_socket("/s")):
            with pytest.raises(httpcore.ConnectError, match=r"^the connector is closed$"):
                action()
        DeadlineStream(FakeStream(None), backend).abort()  # no socket: nothing to do, no error
    finally:
        left.close()
        right.close()


def test_start_tls_moves_tracking_to_the_new_stream() -> None:
    left, right = socket.socketpair()
    try:
        backend = DeadlineBackend(FakeBackend())
        plain = DeadlineStream(FakeStream(left), backend)
        tls = plain.start_tls(None, "h")
        assert list(backend._streams) == [tls]
        tls.close()
        assert list(backend._streams) == []
    finally:
        left.close()
        right.close()


# --- scoped idempotency keys: the exact derivation ------------------------------------------------------------------


def expected_key(scope: Any, tool: str, arguments: dict[str, Any], account: str | None) -> str:
    material = {"scope": scope, "tool": tool, "arguments": arguments, "account": account}
    text = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "scope-" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "scope",
    ["run-1:step-2", ["run-1", "step-2"], ("run-1", "step-2"), {"run": "run-1", "step": "step-2"}],
)
def test_the_scoped_key_is_sha256_of_the_canonical_step(scope: Any) -> None:
    arguments = {"name": "Zoë", "metadata": {"b": "2", "a": "1"}, "amount": 1099}
    normalised = list(scope) if isinstance(scope, tuple) else scope
    assert scoped_idempotency_key(scope, "create_customer", arguments, None) == expected_key(
        normalised, "create_customer", arguments, None
    )
    assert scoped_idempotency_key(scope, "create_customer", arguments, "acct_1") == expected_key(
        normalised, "create_customer", arguments, "acct_1"
    )


def test_scoped_keys_change_with_every_part() -> None:
    base = scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, None)
    assert base == scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, None)
    others = {
        scoped_idempotency_key("t", "create_customer", {"email": "a@b.c"}, None),
        scoped_idempotency_key("s", "create_charge", {"email": "a@b.c"}, None),
        scoped_idempotency_key("s", "create_customer", {"email": "a@b.d"}, None),
        scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, "acct_1"),
        scoped_idempotency_key(["s"], "create_customer", {"email": "a@b.c"}, None),
    }
    assert base not in others and len(others) == 5
    assert base.startswith("scope-") and len(base) == 6 + 64


def test_scope_values_are_text() -> None:
    assert scoped_idempotency_key({"run": 1}, "t", {}, None) == expected_key({"run": "1"}, "t", {}, None)  # type: ignore[dict-item]
    assert scoped_idempotency_key([1, 2], "t", {}, None) == expected_key(["1", "2"], "t", {}, None)  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ("", "must not be empty"),
        ([], "must not be empty"),
        ({}, "must not be empty"),
        (5, "must be a string, a list of strings or a mapping of strings"),
        (None, "must be a string, a list of strings or a mapping of strings"),
        (1.5, "must be a string, a list of strings or a mapping of strings"),
    ],
)
def test_empty_or_odd_scopes_are_refused(scope: Any, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        scoped_idempotency_key(scope, "t", {}, None)
    assert (caught.value.param, caught.value.message) == ("idempotency_scope", message)


def test_scope_nesting_limit_is_the_arguments_limit() -> None:
    def lists(depth: int) -> Any:
        value: Any = "x"
        for _ in range(depth):
            value = [value]
        return value

    assert scoped_idempotency_key(lists(20), "t", {}, None).startswith("scope-")  # as deep as arguments may go
    with pytest.raises(InvalidInputError, match="nested more than 20 levels"):
        scoped_idempotency_key(lists(21), "t", {}, None)


# --- reprs and pickling of what holds the key ----------------------------------------------------------------------


def test_reprs_say_what_matters_and_hide_the_key() -> None:
    test_core = ConnectorCore(API_KEY, base_url="https://example.test/", retry_policy=RetryPolicy())
    assert repr(test_core) == "ConnectorCore(base_url='https://example.test', mode='test', api_key=<redacted>)"
    live = ConnectorCore("sk_live_abc", retry_policy=RetryPolicy(), allow_live=True)
    assert repr(live) == "ConnectorCore(base_url='https://api.stripe.com', mode='live', api_key=<redacted>)"
    request = PreparedRequest("list_customers", "GET", "/v1/customers?email=a%40b.c", None, {})
    assert repr(request) == "PreparedRequest(GET /v1/customers, tool='list_customers')"


def test_the_request_factory_refuses_pickling() -> None:
    factory = RequestFactory("https://api.stripe.com", {"Authorization": f"Bearer {API_KEY}"}, 5.0)
    with pytest.raises(TypeError, match="RequestFactory cannot be pickled") as caught:
        pickle.dumps(factory)
    assert API_KEY not in str(caught.value)


def pickling_message(name: str) -> str:
    return (
        f"{name} cannot be pickled: it holds the API key, which must not travel through a broker, a queue or a "
        "file; create the connector in each process instead (read the key from its environment)"
    )


def test_the_pickling_refusal_message_is_exact() -> None:
    from stripe_connector import AsyncStripeConnector, StripeConnector

    for obj in (
        StripeConnector(API_KEY),
        AsyncStripeConnector(API_KEY),
        ConnectorCore(API_KEY, retry_policy=RetryPolicy()),
        RequestFactory("https://api.stripe.com", {}, 5.0),
    ):
        with pytest.raises(TypeError) as caught:
            pickle.dumps(obj)
        assert str(caught.value) == pickling_message(type(obj).__name__)


def test_describe_is_the_exact_request_with_the_key_cut() -> None:
    core = ConnectorCore(
        API_KEY, base_url="https://example.test", retry_policy=RetryPolicy(), stripe_version="2023-10-16"
    )
    request = PreparedRequest(
        "create_customer",
        "POST",
        "/v1/customers",
        "email=a%40b.c",
        {"Idempotency-Key": "k-1", "Stripe-Account": "acct_1"},
    )
    assert core.request_preview(request) == {
        "tool": "create_customer",
        "method": "POST",
        "url": "https://example.test/v1/customers",
        "headers": {
            "Authorization": "Bearer sk_test_<redacted>",
            "Stripe-Version": "2023-10-16",
            "User-Agent": core.default_headers()["User-Agent"],
            "Accept": "application/json",
            "Idempotency-Key": "k-1",
            "Stripe-Account": "acct_1",
        },
        "body": "email=a%40b.c",
    }
    assert core.default_headers()["Authorization"] == f"Bearer {API_KEY}"
    assert core.default_headers()["User-Agent"].startswith("stripe-connector/")


# --- the typed path's errors ------------------------------------------------------------------------------------------


def test_typed_raw_request_and_bad_models_are_response_errors() -> None:
    import httpx
    from stripe_connector import StripeConnector
    from stripe_connector.errors import StripeResponseError

    answers = {"/v1/balance": b"[1, 2]", "/v1/customers/cus_1": b'{"object": "customer"}'}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=answers[request.url.path]))
    connector = StripeConnector(API_KEY, base_url="http://t", transport=transport)
    with pytest.raises(StripeResponseError, match="raw_request: Stripe answered HTTP 200 without a JSON object"):
        connector.raw_request("GET", "/v1/balance")
    with pytest.raises(StripeResponseError) as caught:
        connector.get_customer("cus_1")
    assert "NoneType" not in str(caught.value)
    assert caught.value.http_status == 200
    assert re.search(r"\((KeyError|TypeError|ValueError|AttributeError): ", str(caught.value))


# --- money amounts in a body (stripe_connector._money) --------------------------------------------------------------


def test_find_amounts_walks_nested_bodies() -> None:
    from decimal import Decimal

    from stripe_connector._request.money import find_amounts

    fields = frozenset({"amount", "unit_amount"})
    body = {
        "currency": "eur",
        "amount": 10,
        "items": [{"amount": 1}, {"amount": 2, "currency": "usd"}, "not a mapping"],
        "data": {"amount": 3},
        "tags": ["a", "b"],
        "line": {"quantity": 4, "price_data": {"unit_amount": 5}},
        "metadata": {"amount": "not money"},
    }
    assert list(find_amounts(body, fields)) == [
        ("amount", Decimal(10), "eur"),
        ("items[0].amount", Decimal(1), "eur"),
        ("items[1].amount", Decimal(2), "usd"),
        ("data.amount", Decimal(3), "eur"),
        ("line.price_data.unit_amount", Decimal(20), "eur"),
    ]
    assert list(find_amounts({"amount": 7}, fields, "gbp")) == [("amount", Decimal(7), "gbp")]
    assert list(find_amounts({"currency": "usd"}, fields)) == []
    assert list(find_amounts({"amount": 5}, fields)) == [("amount", Decimal(5), None)]
    assert list(find_amounts({"amount": {"value": "9", "currency": "USD "}}, fields)) == [("amount", Decimal(9), "usd")]


def test_abort_ignores_a_socket_that_is_already_gone() -> None:
    gone = socket.socket()
    gone.close()
    backend = DeadlineBackend(FakeBackend())
    DeadlineStream(FakeStream(gone), backend).abort()  # shutdown() raises OSError on a closed socket: suppressed
    backend.abort()
    assert backend.aborted


def test_only_the_connectors_own_transport_has_a_deadline_backend() -> None:
    import httpx
    from stripe_connector import StripeConnector
    from stripe_connector._http.transport import deadline_backend, sync_transport

    assert deadline_backend(httpx.HTTPTransport()) is None
    assert deadline_backend(httpx.MockTransport(lambda request: httpx.Response(200))) is None
    assert isinstance(deadline_backend(sync_transport("https://api.stripe.com")), DeadlineBackend)
    connector = StripeConnector(API_KEY, transport=httpx.HTTPTransport())
    connector.close()  # a transport passed in is closed, without an abort it does not have
    assert connector.is_closed


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


def streamed(chunks: list[bytes]) -> Any:
    import httpx

    return httpx.Response(200, content=iter(chunks))


def test_read_body_counts_every_chunk_against_the_cap() -> None:
    from stripe_connector._http.transport import AnswerTooLarge, read_body

    response = streamed([b"a" * 10, b"b" * 10, b"c" * 10])
    read_body(response, None, 30)
    assert response.content == b"a" * 10 + b"b" * 10 + b"c" * 10
    with pytest.raises(AnswerTooLarge, match="cap of 25 bytes"):
        read_body(streamed([b"a" * 10, b"b" * 10, b"c" * 10]), None, 25)
    with pytest.raises(Exception, match=r"^the attempt's time limit was reached while reading the answer$"):
        read_body(streamed([b"a", b"b"]), time.monotonic() - 1, 30)
    response = streamed([b"a", b"b"])
    read_body(response, time.monotonic() + 60, 2)  # a deadline still ahead, a cap just met: read
    assert response.content == b"ab"


def test_aread_body_counts_every_chunk_against_the_cap() -> None:
    import asyncio

    import httpx
    from stripe_connector._http.transport import AnswerTooLarge, aread_body

    async def chunks(parts: list[bytes]) -> Any:
        for part in parts:
            yield part

    async def main() -> None:
        response = httpx.Response(200, content=chunks([b"a" * 10, b"b" * 10, b"c" * 10]))
        await aread_body(response, 30)
        assert response.content == b"a" * 10 + b"b" * 10 + b"c" * 10
        with pytest.raises(AnswerTooLarge, match="cap of 25 bytes"):
            await aread_body(httpx.Response(200, content=chunks([b"a" * 10, b"b" * 10, b"c" * 10])), 25)

    asyncio.run(main())


@pytest.mark.parametrize(
    ("options", "param", "message"),
    [
        ({"max_retries": -1}, "max_retries", "must be an integer >= 0"),
        ({"initial_delay": -1}, "initial_delay", "must be a finite number of seconds >= 0"),
        ({"max_delay": float("inf")}, "max_delay", "must be a finite number of seconds >= 0"),
    ],
)
def test_retry_policy_messages_are_exact(options: dict[str, Any], param: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        RetryPolicy(**options)
    assert (caught.value.param, caught.value.message) == (param, message)


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
