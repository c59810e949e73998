"""Network streams that end by the attempt's deadline, and can all be aborted when the connector closes.

httpx's timeouts bound each socket operation, so a server dripping a byte every half second keeps a call busy for
ever. :class:`DeadlineBackend` wraps httpcore's network backend in the connector's own sync transport: every
connect, read and write is clamped to what is left of the attempt (``_http.time_limits.ATTEMPT_DEADLINE``, set by the
send loop), which bounds the answer's head as well as its body. Kept apart from ``_http.transport`` because
it subclasses httpcore's classes, and importing httpcore with the package would cost ~40 ms that a connector built
later pays anyway.
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
    """A network stream whose every read and write ends by the attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend
        backend._track(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._owned(self._inner.read, max_bytes, timeout, httpcore.ReadError)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        return self._owned(self._inner.write, buffer, timeout, httpcore.WriteError)

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
        self._backend._untrack(self)
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
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
