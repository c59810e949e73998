"""The async transport sends a request's head and a small body in one write (``CoalescingStream``), the same bytes
httpx's own async transport sends; nothing is held past a read, a TLS upgrade, the next write or a close, and a
cancelled write is not sent again. The sync twin is test_deadline_streams.py."""

from __future__ import annotations

import asyncio
from typing import Any

import httpcore
import httpx
import pytest
from stripe_connector import AsyncStripeConnector
from stripe_connector._http.async_streams import CoalescingBackend, CoalescingStream
from stripe_connector._http.deadline_streams import COALESCE_BYTES
from stripe_connector._http.shared import shared_async_transport
from stripe_connector._http.transport import async_transport
from stripe_connector.testing.doubles import Reply, ScriptedStripe

from tests.support.keys import API_KEY
from tests.support.tls import start_tls_server

HEAD = b"POST /v1/customers HTTP/1.1\r\nHost: h\r\nContent-Length: 9\r\n\r\n"
BODY = b"name=Jenn"


class Recording(httpcore.AsyncNetworkStream):
    """The stream under a CoalescingStream: what was written, in which calls, and what was read.

    ``gate``, when set, is awaited inside every write, so a test can cancel a write while it is in flight."""

    def __init__(self, inner: httpcore.AsyncNetworkStream | None = None) -> None:
        self.inner = inner
        self.log: list[tuple[str, bytes]] = []
        self.gate: asyncio.Event | None = None
        self.writing = asyncio.Event()
        self.upgraded: Recording | None = None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.log.append(("read", b""))
        return await self.inner.read(max_bytes, timeout) if self.inner else b"HTTP/1.1 200 OK\r\n"

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.log.append(("write", buffer))
        if self.gate is not None:
            self.writing.set()
            await self.gate.wait()
        if self.inner:
            await self.inner.write(buffer, timeout)

    async def aclose(self) -> None:
        self.log.append(("close", b""))
        if self.inner:
            await self.inner.aclose()

    async def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: Any = None) -> Any:
        self.log.append(("tls", b""))
        upgraded = await self.inner.start_tls(ssl_context, server_hostname, timeout) if self.inner else None
        self.upgraded = Recording(upgraded)
        return self.upgraded

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info) if self.inner else None

    @property
    def writes(self) -> list[bytes]:
        """Every write, those after a TLS upgrade included (the plaintext of the TLS stream's writes)."""
        after = self.upgraded.writes if self.upgraded else []
        return [data for kind, data in self.log if kind == "write" and data] + after


class RecordingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's own async backend, each stream it opens recorded."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self.inner = inner
        self.streams: list[Recording] = []

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, *rest: Any, **kw: Any) -> Any:
        self.streams.append(Recording(await self.inner.connect_tcp(host, port, timeout, *rest, **kw)))
        return self.streams[-1]

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        raise AssertionError("not used")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def stream_over() -> tuple[CoalescingStream, Recording]:
    inner = Recording()
    return CoalescingStream(inner), inner


def record_under(transport: httpx.AsyncBaseTransport) -> RecordingBackend:
    """Record what reaches the sockets of ``transport``: under the coalescing streams when it has them."""
    pool: Any = transport._pool  # type: ignore[attr-defined]
    backend = pool._network_backend
    if isinstance(backend, CoalescingBackend):
        recording = RecordingBackend(backend._inner)
        backend._inner = recording
    else:
        recording = pool._network_backend = RecordingBackend(backend)
    return recording


async def test_a_head_goes_out_with_the_body_in_one_write() -> None:
    stream, inner = stream_over()
    await stream.write(HEAD)
    assert inner.log == []  # held for the body
    await stream.write(BODY)
    await stream.write(b"")  # httpcore's end of message
    assert inner.writes == [HEAD + BODY]


async def test_a_head_without_a_body_goes_out_with_the_end_of_the_message() -> None:
    stream, inner = stream_over()
    await stream.write(b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n")
    await stream.write(b"")
    assert inner.writes == [b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n"]
    assert stream._held == b""


async def test_a_held_head_is_sent_before_any_read_or_tls_upgrade() -> None:
    stream, inner = stream_over()
    await stream.write(HEAD)
    assert await stream.read(100) == b"HTTP/1.1 200 OK\r\n"
    assert inner.log[:2] == [("write", HEAD), ("read", b"")]
    tunnel, inner = stream_over()
    await tunnel.write(b"CONNECT api.stripe.com:443 HTTP/1.1\r\n\r\n")
    upgraded = await tunnel.start_tls(None, "api.stripe.com")
    assert inner.log == [("write", b"CONNECT api.stripe.com:443 HTTP/1.1\r\n\r\n"), ("tls", b"")]
    assert isinstance(upgraded, CoalescingStream)  # the TLS stream joins its requests' writes too
    await upgraded.write(HEAD)
    await upgraded.write(BODY)
    assert upgraded._inner.writes == [HEAD + BODY]  # type: ignore[attr-defined]


async def test_large_writes_are_not_joined_and_other_writes_are_not_held() -> None:
    stream, inner = stream_over()
    large = b"x" * COALESCE_BYTES
    await stream.write(HEAD)
    await stream.write(large)  # head + body over the limit: two writes, in order, nothing copied together
    assert inner.writes == [HEAD, large]
    await stream.write(large + b"\r\n\r\n")  # too large to hold
    await stream.write(b"chunk")  # not a head: written at once
    assert inner.writes == [HEAD, large, large + b"\r\n\r\n", b"chunk"]
    assert stream._held == b""


async def test_a_closed_stream_drops_what_it_held() -> None:
    stream, inner = stream_over()
    await stream.write(HEAD)
    await stream.aclose()
    assert inner.log == [("close", b"")]
    assert stream._held == b""


async def test_a_write_cancelled_in_flight_is_not_sent_again_with_the_next_one() -> None:
    stream, inner = stream_over()
    inner.gate = asyncio.Event()
    await stream.write(HEAD)
    task = asyncio.create_task(stream.write(BODY))
    await asyncio.wait_for(inner.writing.wait(), 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert stream._held == b""
    inner.gate.set()
    await stream.write(b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n")
    await stream.write(b"")
    assert inner.writes == [HEAD + BODY, b"GET /v1/balance HTTP/1.1\r\nHost: h\r\n\r\n"]


#: Request shapes: (method, target, body). A form POST, a GET with a query and one without, an empty POST (httpx's
#: ``Content-Length: 0``), a DELETE, and a body too large to join (sent as httpx sends it).
SHAPES = [
    ("POST", "/v1/customers", b"name=Jenny+Rosen&metadata%5Border_id%5D=42"),
    ("GET", "/v1/customers?limit=3&starting_after=cus_1", b""),
    ("GET", "/v1/balance", b""),
    ("POST", "/v1/customers/cus_1", b""),
    ("DELETE", "/v1/customers/cus_1", b""),
    ("POST", "/v1/files", b"x" * (COALESCE_BYTES + 1)),
]


def request_of(base_url: str, method: str, target: str, body: bytes) -> httpx.Request:
    headers = {"Authorization": "Bearer sk_test_x", "Content-Type": "application/x-www-form-urlencoded"}
    return httpx.Request(method, base_url + target, headers=headers, content=body)


async def writes_of_each(transport: httpx.AsyncHTTPTransport, base_url: str) -> list[list[bytes]]:
    """What ``transport`` writes to its socket (or TLS stream) for each of :data:`SHAPES`, request by request."""
    recording = record_under(transport)
    each: list[list[bytes]] = []
    async with transport:
        for method, target, body in SHAPES:
            before = sum(len(stream.writes) for stream in recording.streams)
            response = await transport.handle_async_request(request_of(base_url, method, target, body))
            await response.aread()
            assert response.status_code == 200
            each.append([write for stream in recording.streams for write in stream.writes][before:])
    (stream,) = recording.streams  # one kept-alive connection
    assert (stream.upgraded is not None) == base_url.startswith("https:")
    return each


async def test_each_request_is_the_one_httpx_sends_byte_for_byte_in_one_write(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json={"object": "customer"}))
    ours = await writes_of_each(async_transport(server.base_url), server.base_url)
    theirs = await writes_of_each(httpx.AsyncHTTPTransport(), server.base_url)
    for (method, target, body), our_writes, their_writes in zip(SHAPES, ours, theirs, strict=True):
        assert b"".join(our_writes) == b"".join(their_writes)
        assert their_writes[0].startswith(f"{method} {target} HTTP/1.1\r\n".encode())
        assert their_writes[1:] == ([body] if body else [])  # httpx: the head, then the body
        if len(body) + len(their_writes[0]) <= COALESCE_BYTES:
            assert our_writes == [their_writes[0] + body]
        else:
            assert our_writes == their_writes  # too large to join: as httpx wrote it
    seen = [(r.method, r.path, r.body) for r in server.requests]
    assert seen == [(method, target.split("?")[0], body) for method, target, body in SHAPES] * 2


async def test_the_connectors_transports_private_and_shared_join_their_writes(server: ScriptedStripe) -> None:
    private = AsyncStripeConnector(API_KEY, base_url=server.base_url, share_transport=False)
    shared = shared_async_transport(asyncio.get_running_loop(), server.base_url)
    for transport in (private._transport, shared):
        assert isinstance(transport, httpx.AsyncHTTPTransport)
        assert isinstance(transport._pool._network_backend, CoalescingBackend)
    await private.aclose()


async def test_async_calls_each_leave_in_one_write_and_arrive_whole(server: ScriptedStripe) -> None:
    created, listed = {"id": "cus_1", "object": "customer"}, {"object": "list", "data": []}
    server.script(Reply(200, json=created), Reply(200, json=listed))
    async with AsyncStripeConnector(API_KEY, base_url=server.base_url, max_retries=0, share_transport=False) as stripe:
        recording = record_under(stripe._transport)
        await stripe.call("create_customer", {"name": "Jenny Rosen", "metadata": {"order_id": "42"}})
        await stripe.call("list_customers", {"limit": 3})
    (stream,) = recording.streams  # one kept-alive connection
    post, get = stream.writes
    assert post.startswith(b"POST /v1/customers HTTP/1.1\r\n")
    assert post.endswith(b"\r\n\r\nname=Jenny+Rosen&metadata%5Border_id%5D=42")
    assert get.startswith(b"GET /v1/customers?limit=3 HTTP/1.1\r\n") and get.endswith(b"\r\n\r\n")
    first, second = server.requests
    assert first.form_dict == {"name": "Jenny Rosen", "metadata[order_id]": "42"}
    assert second.query_dict == {"limit": "3"}


async def test_concurrent_async_calls_each_leave_in_one_write_on_their_own_connection(server: ScriptedStripe) -> None:
    server.reset(default=lambda request: Reply(200, json={"id": request.form_dict["name"], "object": "customer"}))
    names = [f"customer {i}" for i in range(24)]
    async with AsyncStripeConnector(API_KEY, base_url=server.base_url, max_retries=0, share_transport=False) as stripe:
        recording = record_under(stripe._transport)
        results = await asyncio.gather(*(stripe.call("create_customer", {"name": name}) for name in names))
    assert sorted(result["id"] for result in results) == sorted(names)
    writes = [write for stream in recording.streams for write in stream.writes]
    assert len(writes) == len(names)  # one write per request, however the calls shared the connections
    sent = sorted(write.rsplit(b"\r\n\r\n", 1)[1] for write in writes)
    assert all(write.startswith(b"POST /v1/customers HTTP/1.1\r\n") for write in writes)
    assert sent == sorted(f"name=customer+{i}".encode() for i in range(24))
    assert sorted(request.form_dict["name"] for request in server.requests) == sorted(names)


async def test_over_tls_each_request_is_one_write_of_httpxs_bytes_and_arrives_whole() -> None:
    tls, server = await start_tls_server()
    async with server:
        verify = tls.client_context
        ours = await writes_of_each(async_transport(tls.base_url, verify=verify), tls.base_url)
        theirs = await writes_of_each(httpx.AsyncHTTPTransport(verify=verify), tls.base_url)
    for (_method, _target, body), our_writes, their_writes in zip(SHAPES, ours, theirs, strict=True):
        assert b"".join(our_writes) == b"".join(their_writes)
        assert len(our_writes) == (1 if len(body) + len(their_writes[0]) <= COALESCE_BYTES else 2)
    assert [head + body for head, body in tls.requests] == [b"".join(writes) for writes in ours + theirs]
