"""The async transport's network streams: a request's head and a small body leave in one write.

httpcore's HTTP/1.1 connection writes a request's head, then each chunk of its body, each with its own ``send``:
a system call (and on a TLS connection a record) per piece, and a delayed ACK can fall between the head and the
body. The sync transport joins them in ``_http.deadline_streams``; :class:`CoalescingBackend` does the same under
httpx's async transport, wrapping the backend httpcore chose (anyio's on asyncio, trio's under trio).

Nothing else changes: time is bounded as before (httpcore's per-operation timeouts on the inner stream, and the
async connector's ``asyncio.timeout`` around the attempt), and holding a write never awaits, so a cancellation
lands where it would have. Kept apart from ``_http.transport`` because it subclasses httpcore's classes, loaded
with the transport that uses them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore

from .deadline_streams import COALESCE_BYTES


class CoalescingStream(httpcore.AsyncNetworkStream):
    """An async network stream that holds a write ending a head (``\\r\\n\\r\\n``, what httpcore writes first for
    every request) and sends it with the next write (the body, or the empty end of the message) in one ``send``.

    A read or a TLS upgrade sends what is held first, so nothing waits on an answer to bytes not yet sent; closing
    drops it (the connection ends, and whatever its request had left to send with it). Writes too large to join
    go out as httpcore wrote them, in order.
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._held = b""
        # The pool asks every idle connection ``is_readable`` each time it places a request: the inner stream's
        # method itself, not one more frame on that path.
        self.get_extra_info = inner.get_extra_info  # type: ignore[method-assign]

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            await self._send_held(timeout)
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        held = self._held
        if held:
            self._held = b""  # taken before awaiting: a cancelled send is not sent again with a later request
            if len(held) + len(buffer) <= COALESCE_BYTES:
                return await self._inner.write(held + buffer, timeout)
            await self._inner.write(held, timeout)
        elif len(buffer) <= COALESCE_BYTES and buffer.endswith(b"\r\n\r\n"):
            self._held = buffer
            return None
        return await self._inner.write(buffer, timeout)

    async def _send_held(self, timeout: float | None) -> None:
        held, self._held = self._held, b""
        await self._inner.write(held, timeout)

    async def aclose(self) -> None:
        self._held = b""
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        if self._held:  # a proxy's CONNECT: its answer is read before the upgrade, so this is only a safeguard
            await self._send_held(timeout)
        return CoalescingStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class CoalescingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend, each stream it opens a :class:`CoalescingStream`."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: Any, **kw: Any
    ) -> CoalescingStream:
        """httpcore's ``connect_tcp``; the rest (local address, socket options) passes as given."""
        return CoalescingStream(await self._inner.connect_tcp(host, port, timeout, *rest, **kw))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return CoalescingStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
