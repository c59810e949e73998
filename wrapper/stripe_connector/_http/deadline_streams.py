"""Network streams that end by the attempt's deadline, and can all be aborted when the connector closes.

httpx's timeouts bound each socket operation, so a server dripping a byte every half second keeps a call busy for
ever. :class:`DeadlineBackend` wraps httpcore's network backend in the connector's own sync transport: every
connect, read and write is clamped to what is left of the attempt (``_http.time_limits.ATTEMPT_DEADLINE``, set by the
send loop), which bounds the answer's head as well as its body. Kept apart from ``_http.transport`` because
it subclasses httpcore's classes, and importing httpcore with the package would cost ~40 ms that a connector built
later pays anyway.

The streams also send a request's head and a small body in one ``send``: httpcore writes them separately, which
costs a system call (and on a TLS connection a record) per request, and can put a delayed ACK between the head and
the body; ``http.client`` joins them for the same reason.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import httpcore

from .time_limits import ATTEMPT_DEADLINE, ATTEMPT_OWNER

Arg = TypeVar("Arg")
Result = TypeVar("Result")

#: The largest write held back to go out with the next one, and the largest pair joined into one ``send``: a
#: request's head, or a head and a small body; anything larger goes out as httpcore wrote it.
COALESCE_BYTES = 64 * 1024


def _clamp(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left of the attempt; raises a timeout when nothing is left."""
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's time limit was reached")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the attempt's deadline.

    A write that ends a head (``\\r\\n\\r\\n``, what httpcore writes first for every request) is held back and
    sent with the next write (the body, or the empty end of the message) in one ``send``; a read or a TLS upgrade
    sends it first, and nothing is held past them. The held write is checked (deadline, abort) as it is taken.
    """

    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend
        self._held = b""
        backend._track(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            self._send_held(timeout)
        return self._owned(self._inner.read, max_bytes, timeout, httpcore.ReadError)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        held = self._held
        if held:
            self._held = b""
            if len(held) + len(buffer) <= COALESCE_BYTES:
                return self._owned(self._inner.write, held + buffer, timeout, httpcore.WriteError)
            self._owned(self._inner.write, held, timeout, httpcore.WriteError)
        elif len(buffer) <= COALESCE_BYTES and buffer.endswith(b"\r\n\r\n"):
            return self._owned(self._hold, buffer, timeout, httpcore.WriteError)
        return self._owned(self._inner.write, buffer, timeout, httpcore.WriteError)

    def _hold(self, buffer: bytes, timeout: float | None) -> None:
        self._held = buffer

    def _send_held(self, timeout: float | None) -> None:
        held, self._held = self._held, b""
        self._owned(self._inner.write, held, timeout, httpcore.WriteError)

    def _owned(
        self, operation: Callable[[Arg, float | None], Result], arg: Arg, timeout: float | None, closed: type[Exception]
    ) -> Result:
        """``operation(arg, timeout)`` by the attempt's deadline, with this stream registered with the attempt
        that runs it (if any) while it blocks, so that the connector's ``abort()`` can close it."""
        owner = ATTEMPT_OWNER.get()
        if owner is None:
            return operation(arg, _clamp(timeout))
        owner.streams.add(self)
        try:
            if owner.aborted:  # checked after registering: an abort() that missed this stream is seen here
                raise closed("the connector is closed")
            return operation(arg, _clamp(timeout))
        finally:
            owner.streams.discard(self)

    def close(self) -> None:
        self._held = b""  # the connection ends: whatever its request had left to send is not sent
        self._backend._untrack(self)
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        if self._held:
            self._send_held(timeout)
        self._backend._untrack(self)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout)), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def abort(self) -> None:
        """Wake a thread blocked reading this stream (``shutdown``: closing alone does not wake ``recv``)."""
        sock = self._inner.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with deadlines, and an ``abort`` for ``close()`` while calls are in flight.

    After :meth:`abort` no new connection is opened (nothing more is sent), and every open socket is shut down so
    that threads blocked reading it wake at once.
    """

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner
        self._streams: weakref.WeakSet[DeadlineStream] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.aborted = False

    def _track(self, stream: DeadlineStream) -> None:
        with self._lock:
            self._streams.add(stream)

    def _untrack(self, stream: DeadlineStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            streams = list(self._streams)
        for stream in streams:
            stream.abort()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *rest: Any, **kw: Any) -> DeadlineStream:
        """httpcore's ``connect_tcp``, its timeout clamped; the rest (local address, socket options) passes as given."""
        owner = ATTEMPT_OWNER.get()
        if self.aborted or (owner is not None and owner.aborted):
            raise httpcore.ConnectError("the connector is closed")
        return DeadlineStream(self._inner.connect_tcp(host, port, _clamp(timeout), *rest, **kw), self)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        if self.aborted:
            raise httpcore.ConnectError("the connector is closed")
        return DeadlineStream(self._inner.connect_unix_socket(path, _clamp(timeout), socket_options), self)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
