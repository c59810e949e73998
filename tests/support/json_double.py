"""The HTTP side that the Stripe doubles share: a thread on 127.0.0.1 answering JSON as Stripe does.

A double subclasses :class:`JsonDouble` and writes only ``handle(method, target, headers, body)``, which returns
``(status, extra headers, payload)``; a negative status drops the connection without an answer (a response lost in
the network). Every answer carries ``Content-Type: application/json`` and a ``Request-Id``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

HOST = "127.0.0.1"
#: What ``handle`` returns: status (negative: drop the connection), extra headers, the JSON payload.
Answer = tuple[int, dict[str, str], bytes]


def error_body(kind: str, message: str, code: str | None = None, param: str | None = None) -> bytes:
    """Stripe's ``{"error": {...}}`` body."""
    error: dict[str, Any] = {"type": kind, "message": message}
    if code:
        error["code"] = code
    if param:
        error["param"] = param
    return json.dumps({"error": error}).encode()


class JsonDouble:
    """Serves :meth:`handle` on a free port of 127.0.0.1 while entered; stopped (and its port closed) on exit."""

    _server: ThreadingHTTPServer | None = None

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        raise NotImplementedError

    def __enter__(self) -> Self:
        handler = type("Handler", (_Handler,), {"double": self})
        self._server = _QuietServer((HOST, 0), handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{HOST}:{self._server.server_address[1]}"


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 128  # many clients connect at once (exporting workers, scale-out processes)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a killed worker, a timeout) is part of the tests, not an error to print."""


class _Handler(BaseHTTPRequestHandler):
    double: JsonDouble
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, payload = self.double.handle(self.command, self.path, headers, body)
        if status < 0:
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Request-Id", f"req_{time.monotonic_ns():x}")
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = _serve
    do_POST = _serve
    do_DELETE = _serve
