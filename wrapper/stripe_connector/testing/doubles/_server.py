"""The one HTTP server every Stripe double runs on: a thread on 127.0.0.1 (or a Unix socket) answering as Stripe.

A double subclasses :class:`DoubleServer` and writes only ``handle(request) -> Reply``: the server parses the
request into a :class:`Recorded` (method, path, decoded query, headers, body, decoded form), keeps it when the
double records requests, and writes the :class:`Reply` (a ``delay`` first, cut short when the server stops; a
``drop`` closes the connection without an answer, as a response lost in the network). Where it listens is a
:class:`ServerConfig`. The doubles talk to the connector over a real socket rather than a mock of httpx, so
connection pooling, timeouts and refused connections behave as they do against Stripe.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import socket
import socketserver
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qsl, urlsplit

import attrs

if TYPE_CHECKING:
    import httpx

HOST = "127.0.0.1"


def _loopback(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    try:
        loopback = ipaddress.ip_address(value).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(f"{attribute.name} must be a loopback address such as 127.0.0.1, not {value!r}")


@attrs.frozen
class ServerConfig:
    """Where a double listens: ``host``:``port`` (loopback only; port 0 lets the OS pick a free one, so there is
    no race), or a Unix socket at ``unix_socket`` (then host and port are unused)."""

    host: str = attrs.field(default=HOST, validator=_loopback)
    port: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    unix_socket: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    #: Connections waiting to be accepted: many clients connect at once (exporting workers, scale-out processes).
    backlog: int = 128
    #: How often the serving loop looks for a stop request; short, so stopping is quick.
    poll_interval: float = 0.02
    #: Send each answer at once (TCP_NODELAY): headers and body are two writes, and without it a keep-alive client
    #: may wait ~40 ms for a delayed ACK. Off by default, as most HTTP servers; the events double turns it on.
    tcp_nodelay: bool = False


@attrs.frozen
class Reply:
    """One answer. ``json`` is serialised (key order kept); ``body`` is sent as is and wins over it."""

    status: int = 200
    json: Any = None
    body: bytes | str | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    #: Seconds to wait before answering (for timeout tests); cut short when the server stops.
    delay: float = 0.0
    #: Close the connection without answering (a response lost in the network).
    drop: bool = False

    def payload(self) -> bytes:
        if self.body is not None:
            return self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        if self.json is None:
            return b""
        return json.dumps(self.json).encode("utf-8")


@attrs.frozen
class Recorded:
    """One request as the server saw it. Header names are lower case; query and form are decoded pairs."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    #: The body decoded as a form (empty unless the Content-Type is application/x-www-form-urlencoded).
    form: list[tuple[str, str]]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def query_dict(self) -> dict[str, str]:
        return dict(self.query)

    @property
    def form_dict(self) -> dict[str, str]:
        return dict(self.form)

    @property
    def api_key(self) -> str:
        """The key of ``Authorization: Bearer <key>`` (empty when there is none)."""
        return self.headers.get("authorization", "").removeprefix("Bearer ").strip()


def error_body(kind: str, message: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    """Stripe's ``{"error": {...}}`` object."""
    error: dict[str, Any] = {"type": kind, "message": message}
    if code:
        error["code"] = code
    if param:
        error["param"] = param
    return {"error": error}


def stripe_reply(status: int, payload: object, headers: Mapping[str, str] | None = None) -> Reply:
    """A JSON answer as Stripe sends it: ``Content-Type: application/json`` and a fresh ``Request-Id``."""
    return Reply(status, json=payload, headers={"Request-Id": f"req_{time.monotonic_ns():x}", **(headers or {})})


def not_found(method: str, path: str) -> Reply:
    """Stripe's answer to a route it does not know."""
    return stripe_reply(404, error_body("invalid_request_error", f"Unrecognized request URL ({method}: {path})."))


class DoubleServer:
    """Serves :meth:`handle` from a thread while started (or entered); see the module docstring."""

    #: Whether every request is kept in ``requests`` (doubles that serve thousands of pages keep none).
    records_requests = True

    def __init__(self, *, server: ServerConfig | None = None) -> None:
        self.config = server or ServerConfig()
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: socketserver.BaseServer | None = None
        self._thread: threading.Thread | None = None

    def handle(self, request: Recorded) -> Reply:
        raise NotImplementedError

    # --- lifecycle ------------------------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._httpd is not None:
            raise RuntimeError(f"{type(self).__name__} is already started")
        # TCP_NODELAY is a TCP option: a Unix socket refuses it (and would reset every connection).
        nodelay = self.config.tcp_nodelay and self.config.unix_socket is None
        handler = type("Handler", (_Handler,), {"double": self, "disable_nagle_algorithm": nodelay})
        httpd: socketserver.BaseServer
        if self.config.unix_socket is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.config.unix_socket)  # a socket file left by a killed run
            httpd = _UnixServer(str(self.config.unix_socket), handler, bind_and_activate=False)
        else:
            httpd = _TcpServer((self.config.host, self.config.port), handler, bind_and_activate=False)
        httpd.request_queue_size = self.config.backlog
        try:
            httpd.server_bind()
            httpd.server_activate()
        except BaseException:
            httpd.server_close()
            raise
        self._stopping.clear()
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(self.config.poll_interval,), name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket (sleeping replies wake up); safe to call twice."""
        self._stopping.set()
        httpd, thread, self._httpd, self._thread = self._httpd, self._thread, None, None
        if httpd is None:
            return
        if thread is not None and thread.is_alive():
            httpd.shutdown()
            thread.join(timeout=5)
        httpd.server_close()
        if self.config.unix_socket is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.config.unix_socket)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- where it is ------------------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port (0 on a Unix socket)."""
        if self._httpd is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        address = self._httpd.server_address
        return int(address[1]) if isinstance(address, tuple) else 0

    @property
    def url(self) -> str:
        """The base URL for a connector (``base_url=``); on a Unix socket, pair it with :meth:`transport`."""
        if self.config.unix_socket is not None:
            return "http://localhost"
        return f"http://{self.config.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Same as :attr:`url`."""
        return self.url

    def transport(self) -> httpx.HTTPTransport:
        """An httpx transport that reaches this server (the Unix socket, or TCP): ``StripeConnector(...,
        transport=double.transport())``."""
        import httpx

        if self.config.unix_socket is not None:
            return httpx.HTTPTransport(uds=str(self.config.unix_socket))
        return httpx.HTTPTransport()

    # --- what tests read --------------------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    @property
    def last(self) -> Recorded:
        with self._lock:
            return self.requests[-1]

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less if the server stops meanwhile (a reply's ``delay``)."""
        self._stopping.wait(seconds)

    def _serve(self, request: Recorded) -> Reply:
        if self.records_requests:
            with self._lock:
                self.requests.append(request)
        return self.handle(request)


class _Quiet:
    daemon_threads = True  # a keep-alive connection left open by a client must not block the stop
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a killed worker, a timeout) is part of the tests, not an error to print."""


class _TcpServer(_Quiet, ThreadingHTTPServer):
    pass


class _UnixServer(_Quiet, socketserver.ThreadingUnixStreamServer):
    pass


class _Handler(BaseHTTPRequestHandler):
    double: DoubleServer
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx pools connections

    def address_string(self) -> str:
        return str(self.client_address[0]) if isinstance(self.client_address, tuple) else "unix"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on the recorded requests instead."""

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = (
            parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            if content_type == "application/x-www-form-urlencoded"
            else []
        )
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            form=form,
        )
        reply = self.double._serve(recorded)
        if reply.delay:
            self.double.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        payload = reply.payload()
        self.send_response(reply.status)
        names = {name.lower() for name in reply.headers}
        if payload and "content-type" not in names:
            self.send_header("Content-Type", "application/json")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PATCH = do_PUT = _handle


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released), for connection-refused tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])
