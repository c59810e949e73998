"""A request's head and a small body leave in one write (``DeadlineStream``); nothing is held past a read, a TLS
upgrade or the next write, and a held write is checked for the deadline and the connector's close as it is taken.
The deadline and abort paths themselves are in test_deadline_streams_hostile.py."""

from __future__ import annotations

import time
from typing import Any

import httpcore
import pytest
from stripe_connector import StripeConnector
from stripe_connector._http.deadline_streams import COALESCE_BYTES, DeadlineBackend, DeadlineStream
from stripe_connector._http.time_limits import ATTEMPT_DEADLINE, ATTEMPT_OWNER, StreamOwner
from stripe_connector._http.transport import deadline_backend
from stripe_connector.testing.doubles import Reply, ScriptedStripe

from tests.support.keys import API_KEY

HEAD = b"POST /v1/customers HTTP/1.1\r\nHost: h\r\nContent-Length: 9\r\n\r\n"
BODY = b"name=Jenn"


class Recording(httpcore.NetworkStream):
    """The stream under a DeadlineStream: what was written, in which calls, and what was read."""

    def __init__(self, inner: httpcore.NetworkStream | None = None) -> None:
        self.inner = inner
        self.log: list[tuple[str, bytes]] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.log.append(("read", b""))
        return self.inner.read(max_bytes, timeout) if self.inner else b"HTTP/1.1 200 OK\r\n"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.log.append(("write", buffer))
        if self.inner:
            self.inner.write(buffer, timeout)

    def close(self) -> None:
        self.log.append(("close", b""))
        if self.inner:
            self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        self.log.append(("tls", b""))
        return Recording()

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info) if self.inner else None

    @property
    def writes(self) -> list[bytes]:
        return [data for kind, data in self.log if kind == "write" and data]


class RecordingBackend(httpcore.NetworkBackend):
    """httpcore's own backend, each stream it opens recorded."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner
        self.streams: list[Recording] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *rest: Any, **kw: Any) -> Recording:
        self.streams.append(Recording(self.inner.connect_tcp(host, port, timeout, *rest, **kw)))
        return self.streams[-1]

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        raise AssertionError("not used")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def stream_over() -> tuple[DeadlineStream, Recording]:
    inner = Recording()
    return DeadlineStream(inner, DeadlineBackend(httpcore.SyncBackend())), inner


def test_a_head_goes_out_with_the_body_in_one_write() -> None:
    stream, inner = stream_over()
    stream.write(HEAD)
    assert inner.log == []  # held for the body
    stream.write(BODY)
    stream.write(b"")  # httpcore's end of message
    assert inner.writes == [HEAD + BODY]


def test_a_head_without_a_body_goes_out_with_the_end_of_the_message() -> None:
    stream, inner = stream_over()
    stream.write(b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n")
    stream.write(b"")
    assert inner.writes == [b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n"]
    assert stream._held == b""


def test_a_held_head_is_sent_before_any_read_or_tls_upgrade() -> None:
    stream, inner = stream_over()
    stream.write(HEAD)
    assert stream.read(100) == b"HTTP/1.1 200 OK\r\n"
    assert inner.log[:2] == [("write", HEAD), ("read", b"")]
    tunnel, inner = stream_over()
    tunnel.write(b"CONNECT api.stripe.com:443 HTTP/1.1\r\n\r\n")
    tunnel.start_tls(None, "api.stripe.com")
    assert inner.log == [("write", b"CONNECT api.stripe.com:443 HTTP/1.1\r\n\r\n"), ("tls", b"")]


def test_large_writes_are_not_joined_and_other_writes_are_not_held() -> None:
    stream, inner = stream_over()
    large = b"x" * COALESCE_BYTES
    stream.write(HEAD)
    stream.write(large)  # head + body over the limit: two writes, in order, nothing copied together
    assert inner.writes == [HEAD, large]
    stream.write(large + b"\r\n\r\n")  # too large to hold
    stream.write(b"chunk")  # not a head: written at once
    assert inner.writes == [HEAD, large, large + b"\r\n\r\n", b"chunk"]
    assert stream._held == b""


def test_a_closed_stream_drops_what_it_held() -> None:
    stream, inner = stream_over()
    stream.write(HEAD)
    stream.close()
    assert inner.log == [("close", b"")]
    assert stream._held == b""


def test_a_held_write_is_refused_at_once_after_the_deadline_or_a_close() -> None:
    stream, inner = stream_over()
    token = ATTEMPT_DEADLINE.set(time.monotonic() - 0.01)
    try:
        with pytest.raises(httpcore.ReadTimeout, match=r"^the attempt's time limit was reached$"):
            stream.write(HEAD)
    finally:
        ATTEMPT_DEADLINE.reset(token)
    owner = StreamOwner()
    owner.abort()
    owner_token = ATTEMPT_OWNER.set(owner)
    try:
        with pytest.raises(httpcore.WriteError, match=r"^the connector is closed$"):
            stream.write(HEAD)
    finally:
        ATTEMPT_OWNER.reset(owner_token)
    assert stream._held == b""
    assert inner.log == []


def test_a_post_and_a_get_each_leave_in_one_write_and_arrive_whole(server: ScriptedStripe) -> None:
    created, listed = {"id": "cus_1", "object": "customer"}, {"object": "list", "data": []}
    server.script(Reply(200, json=created), Reply(200, json=listed))
    with StripeConnector(API_KEY, base_url=server.base_url, max_retries=0, share_transport=False) as stripe:
        backend = deadline_backend(stripe._transport)
        assert backend is not None
        recording = RecordingBackend(backend._inner)
        backend._inner = recording
        stripe.call("create_customer", {"name": "Jenny Rosen", "metadata": {"order_id": "42"}})
        stripe.call("list_customers", {"limit": 3})
    (stream,) = recording.streams  # one kept-alive connection
    post, get = stream.writes
    assert post.startswith(b"POST /v1/customers HTTP/1.1\r\n")
    assert post.endswith(b"\r\n\r\nname=Jenny+Rosen&metadata%5Border_id%5D=42")
    assert get.startswith(b"GET /v1/customers?limit=3 HTTP/1.1\r\n") and get.endswith(b"\r\n\r\n")
    first, second = server.requests
    assert first.form_dict == {"name": "Jenny Rosen", "metadata[order_id]": "42"}
    assert second.query_dict == {"limit": "3"}
