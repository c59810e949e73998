"""Unit checks of the pieces that guard secrets and time, read directly (no server): the deadline backend's every
path, the reprs and pickling refusals that must hide the key, the typed path's errors, the body caps and the retry
policy's messages. The scoped idempotency key is in _request/test_idempotency_hostile.py, the attempt loop's logging
in test_attempts_hostile.py, constructor refusals in _core/test_config_hostile.py."""

from __future__ import annotations

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
