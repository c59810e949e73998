"""Serving an ASGI app with uvicorn on a socket of our own: bounded reads on every connection, and "listening" said
only once connections are accepted. ``events serve`` and ``mcp --http`` both run through :func:`serve_on`.

**Read deadlines.** uvicorn bounds only the idle time *between* requests (``timeout_keep_alive``): a connection that
never sends a byte, sends half a header, or drips its body a byte a minute is held open for ever, and a few hundred
of them exhaust a server. :func:`deadline_protocol` is uvicorn's own h11 protocol with one rule added: from the
moment a connection opens (or the first byte of its next request arrives) the whole request, headers and body, must
be in within ``read_timeout`` seconds; otherwise the connection gets ``408`` (if no answer was started) and is
closed. Once a request is in, the app may take as long as it needs (a streamed answer is not cut).

**Readiness.** The URL is printed after uvicorn's start-up (lifespan done, the socket accepting), so a client that
connects as soon as it reads the line is served, never refused.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

#: Seconds a client has to send one whole request (headers and body) once it has started, or once it connected.
DEFAULT_READ_TIMEOUT = 10.0

_TIMEOUT_ANSWER = b"HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"


def check_read_timeout(value: object) -> float:
    """``read_timeout`` as seconds > 0, or ``InvalidInputError`` naming it."""
    from ..errors import InvalidInputError

    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise InvalidInputError("read_timeout", "must be a number of seconds > 0 (at most 3600)")
    return float(value)


def deadline_protocol(read_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request is not all in within ``read_timeout`` seconds."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    finished = (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR)

    class ReadDeadlineProtocol(H11Protocol):
        _read_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._read_deadline is None:
                self._arm()  # the first bytes of the next request on a kept-alive connection
            super().data_received(data)
            self._settle()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._settle()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._read_deadline = self.loop.call_later(read_timeout, self._expired)

        def _disarm(self) -> None:
            if self._read_deadline is not None:
                self._read_deadline.cancel()
                self._read_deadline = None

        def _settle(self) -> None:
            """The request is all in (or the connection is ending): no deadline until the next one starts. A
            kept-alive connection waiting for its next request is uvicorn's ``timeout_keep_alive``'s to close."""
            idle = self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE
            if self.conn.their_state in finished or (idle and not self.conn.trailing_data[0]):
                self._disarm()

        def _expired(self) -> None:
            self._read_deadline = None
            if self.transport.is_closing():
                return
            if self.conn.our_state is h11.IDLE:  # no answer started: say why before closing
                self.transport.write(_TIMEOUT_ANSWER)
            self.transport.close()

    ReadDeadlineProtocol.__name__ = ReadDeadlineProtocol.__qualname__ = "ReadDeadlineProtocol"
    return ReadDeadlineProtocol


def serve_on(
    app: Any,
    sock: socket.socket,
    *,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    keep_alive: float = 30.0,
    on_ready: Callable[[], None] | None = None,
    server_header: bool = True,
) -> Any:
    """A uvicorn server for ``app`` on ``sock`` (bound; listened on here), with read deadlines; ``on_ready`` runs once
    it accepts connections. Run it with ``.run(sockets=[sock])`` or ``await .serve(sockets=[sock])``."""
    import uvicorn

    sock.listen(1024)  # connections made from now on wait in the backlog, none is refused
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=server_header,
        timeout_keep_alive=int(keep_alive),
        http=deadline_protocol(read_timeout),
        ws="none",
    )

    class AnnouncingServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit and on_ready is not None:
                on_ready()

    return AnnouncingServer(config)
