"""A scripted HTTP server on 127.0.0.1, for unit tests of the connector's wire behaviour.

The connector's job is what goes over the wire (method, path, query, headers, form body) and what it does with
each answer (retry, raise, return unchanged), so its unit tests talk to a real HTTP server rather than a mock of
httpx: connection pooling, timeouts and refused connections then behave as they do against Stripe. The server:

* binds 127.0.0.1 port 0 (the OS picks a free port: no race) and serves from a thread, one thread per connection;
* records every request as a :class:`Recorded` (method, path, query pairs, headers, body, decoded form pairs);
* answers from a script: a list of :class:`Reply` consumed in order, then ``default`` (or a function of the
  request, for concurrency tests that need each answer to depend on its request);
* stops in ``__exit__`` (also on failure), waking any reply that is still sleeping.

Usage::

    with ScriptedServer([Reply(503), Reply(200, json={"id": "cus_1"})]) as server:
        connector = StripeConnector(API_KEY, base_url=server.base_url)
        ...
        assert server.count == 2
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

HOST = "127.0.0.1"
POLL_INTERVAL = 0.02


@dataclass(frozen=True)
class Reply:
    """One canned answer. ``json`` is serialised (key order kept); ``body`` is sent as is and wins over it."""

    status: int = 200
    json: Any = None
    body: bytes | str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Seconds to wait before answering (for timeout tests); cut short when the server stops.
    delay: float = 0.0

    def payload(self) -> bytes:
        if self.body is not None:
            return self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        if self.json is None:
            return b""
        return json.dumps(self.json).encode("utf-8")


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it. Header names are lower case."""

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


Responder = Callable[[Recorded], Reply]

#: What the server answers when the script is exhausted and no default was given: a final 4xx (never retried),
#: so a test that sends more than it scripted fails on a clear message instead of hanging or retrying.
UNSCRIPTED = Reply(
    418,
    json={"error": {"type": "invalid_request_error", "message": "local_http: no scripted reply left for this request"}},
)


class ScriptedServer:
    """A real HTTP/1.1 server on 127.0.0.1 answering from a script; see the module docstring."""

    def __init__(
        self,
        script: Iterable[Reply] = (),
        *,
        default: Reply | Responder | None = None,
    ) -> None:
        self._script: list[Reply] = list(script)
        self._default: Reply | Responder = default if default is not None else UNSCRIPTED
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[Recorded] = []
        self._httpd = _Server((HOST, 0), _Handler)
        self._httpd.owner = self
        # A short poll keeps the stop quick (shutdown waits for the serving loop's next poll).
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(POLL_INTERVAL,), name="local_http", daemon=True
        )

    # --- lifecycle ------------------------------------------------------------------------------------------------

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- what tests use -------------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    @property
    def last(self) -> Recorded:
        with self._lock:
            return self.requests[-1]

    def reset(self, *replies: Reply, default: Reply | Responder | None = None) -> None:
        """Forget the requests seen and start a new script: one server can serve a whole test module."""
        with self._lock:
            self.requests.clear()
            self._script = list(replies)
            self._default = default if default is not None else UNSCRIPTED

    def script(self, *replies: Reply) -> None:
        """Replace what is left of the script."""
        with self._lock:
            self._script = list(replies)

    def add(self, *replies: Reply) -> None:
        """Append to the script."""
        with self._lock:
            self._script.extend(replies)

    # --- called from the handler threads -----------------------------------------------------------------------------

    def _record_and_choose(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            if self._script:
                return self._script.pop(0)
            default = self._default
        return default if isinstance(default, Reply) else default(recorded)

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a keep-alive connection left open by a test must not block the stop
    owner: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout tests) breaks the pipe; that is expected, not worth a traceback."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx pools connections
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests assert on the recorded requests instead."""

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = (
            parse_qsl(body.decode("utf-8"), keep_blank_values=True)
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
        owner = self.server.owner
        reply = owner._record_and_choose(recorded)
        if reply.delay:
            owner._sleep(reply.delay)
        payload = reply.payload()
        self.send_response(reply.status)
        headers = {name.lower(): value for name, value in reply.headers.items()}
        if payload and "content-type" not in headers:
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


def running(script: Iterable[Reply] = (), *, default: Reply | Responder | None = None) -> Iterator[ScriptedServer]:
    """Generator for a pytest fixture: ``yield from running(...)`` starts a server and always stops it."""
    with ScriptedServer(script, default=default) as server:
        yield server


# --- the reference's examples: what the server answers in the example tests ------------------------------------------

#: The reference documentation of the tools (outside the repository, beside it, like Stripe's specs).
REFERENCE_DOC = Path(__file__).resolve().parents[3] / "shared" / "docs" / "000_e025cf6611955be8.txt"

#: The reference's tools lost their headings; TOOLS.md names them in the document's order.
REFERENCE_TOOLS = (
    "list_customers",
    "get_customer",
    "create_customer",
    "list_charges",
    "create_charge",
    "list_payment_intents",
    "create_payment_intent",
    "list_invoices",
    "create_invoice",
    "list_products",
    "list_subscriptions",
    "raw_request",
)


@dataclass(frozen=True)
class Example:
    """One tool's example from the reference: the request (tool arguments) and the response, as text and JSON."""

    tool: str
    request: dict[str, Any]
    response: dict[str, Any]
    response_text: str


def reference_examples() -> dict[str, Example]:
    """Every example of the reference by tool name, parsed in document order (key order kept)."""
    text = REFERENCE_DOC.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    found: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    position = 0
    while (start := text.find("Example request:", position)) >= 0:
        request, end = decoder.raw_decode(text, text.index("{", start))
        response_start = text.index("{", text.index("Example response:", end))
        response, position = decoder.raw_decode(text, response_start)
        found.append((request, response, text[response_start:position]))
    if len(found) != len(REFERENCE_TOOLS):
        raise AssertionError(f"expected {len(REFERENCE_TOOLS)} examples in {REFERENCE_DOC}, found {len(found)}")
    return {
        tool: Example(tool, request, response, response_text)
        for tool, (request, response, response_text) in zip(REFERENCE_TOOLS, found, strict=True)
    }
