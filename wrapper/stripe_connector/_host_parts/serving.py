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


def check_read_timeout(value: object) -> float:
    """``read_timeout`` as seconds > 0, or ``InvalidInputError`` naming it."""
    from ..errors import InvalidInputError

    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise InvalidInputError("read_timeout", "must be a number of seconds > 0 (at most 3600)")
    return float(value)


def deadline_protocol(read_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request is not all in within ``read_timeout`` seconds."""
    from .read_deadline import ReadDeadlineProtocol  # uvicorn: only when serving

    return type("ReadDeadlineProtocol", (ReadDeadlineProtocol,), {"read_timeout": float(read_timeout)})


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
