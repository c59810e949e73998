"""``stripe-connector mcp --http``: the same MCP server over Streamable HTTP, for agents that reach it over a network.

Built on the MCP SDK's own transport (``Server.streamable_http_app``: sessions, the ``/mcp`` endpoint, SSE) and served
by uvicorn (the ``mcp-http`` extra). Around it, in order a request meets them:

1. :class:`~.auth.BearerAuth`: no token, no further (401), not even to a 404 (or, serving many users,
   :class:`~.users.ConnectionAuth`: each token names the caller's connection, see :mod:`.users`);
2. the SDK's request checks: ``Host`` and ``Origin`` against allow lists (a web page's script, DNS-rebound to the
   loopback address, gets 421/403), the JSON content type, and the body size (413 beyond :data:`MAX_REQUEST_BYTES`);
3. one session per client (at most :data:`MAX_SESSIONS`), each served by the same :class:`mcp.server.Server`, so the
   tools, ``--read-only``, guardrails, idempotency keys and result sizing are those of stdio.

It listens on 127.0.0.1 unless told otherwise, and says where on stderr once it accepts connections (``--port 0``: a
free port). A request must be all in within ``--read-timeout`` seconds (10) or its connection is closed.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from .._host_parts.serving import DEFAULT_READ_TIMEOUT, serve_on
from .auth import BearerAuth

if TYPE_CHECKING:
    from .users import TokenResolver

PATH = "/mcp"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
#: A tool call's arguments are a few kilobytes; 1 MB leaves room and bounds what one request can make the server hold.
MAX_REQUEST_BYTES = 1_000_000
MAX_SESSIONS = 256
#: A session nobody used for this long is closed (a client that went away without saying so).
SESSION_IDLE_SECONDS = 30 * 60
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
#: How long an idle connection stays open (uvicorn's default is 5 s). The TypeScript SDK client compiles every
#: output schema after listing the tools, seconds in which its event loop cannot notice a closed connection; it then
#: reuses the connection uvicorn closed meanwhile and fails with "other side closed".
KEEP_ALIVE_SECONDS = 30


def host_patterns(host: str, extra: Sequence[str]) -> list[str]:
    """The ``Host`` header values accepted: the loopback names, the address listened on, and ``--allow-host``."""
    names = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    if host not in LOOPBACK_HOSTS and host not in ("0.0.0.0", "::"):
        names.append(f"[{host}]:*" if ":" in host else f"{host}:*")
    return [*names, *extra]


def http_app(
    server: Any,
    token: str | None,
    *,
    host: str = DEFAULT_HOST,
    allowed_origins: Sequence[str] = (),
    allowed_hosts: Sequence[str] = (),
    users: TokenResolver | None = None,
) -> Any:
    """The ASGI app: ``server`` (an MCP low-level server) at :data:`PATH` behind the checks of the module docstring.

    A request without an ``Origin`` (every non-browser client) passes the origin check; a browser's needs to be in
    ``allowed_origins`` (e.g. ``http://localhost:6274`` for the MCP Inspector's web page). ``users`` (instead of
    ``token``): a resolver from a bearer token to the caller's connection (:class:`~.users.ConnectionAuth`).
    """
    from mcp.server.transport_security import TransportSecuritySettings

    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=host_patterns(host, allowed_hosts),
        allowed_origins=list(allowed_origins),
    )
    app = server.streamable_http_app(
        streamable_http_path=PATH,
        transport_security=security,
        host=host,
        max_request_body_size=MAX_REQUEST_BYTES,
        max_sessions=MAX_SESSIONS,
        session_idle_timeout=SESSION_IDLE_SECONDS,
    )
    if users is not None:
        from .users import ConnectionAuth

        return ConnectionAuth(app, users)
    if token is None:
        raise ValueError("http_app needs a token or a users resolver")
    return BearerAuth(app, token)


def listening_socket(host: str, port: int) -> socket.socket:
    """Bound before uvicorn starts, so that ``--port 0`` can say which port it got."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{PATH}"


async def serve(
    app: Any, sock: socket.socket, *, announce: IO[str] | None = None, read_timeout: float = DEFAULT_READ_TIMEOUT
) -> None:
    """Serve ``app`` on ``sock`` with uvicorn until SIGINT/SIGTERM; the URL goes to ``announce`` (stderr) once the
    socket accepts connections. A request not all in within ``read_timeout`` seconds is cut (see ``serving``)."""
    stream = announce if announce is not None else sys.stderr

    def ready() -> None:
        stream.write(f"stripe-connector: MCP over Streamable HTTP at {url_of(sock)}\n")
        stream.flush()

    server = serve_on(app, sock, read_timeout=read_timeout, keep_alive=KEEP_ALIVE_SECONDS, on_ready=ready,
                      server_header=False)  # fmt: skip
    await server.serve(sockets=[sock])
