"""The local server of ``connections_bench.py``: echoes each request's key, counts the TCP connections it accepts.

``GET /v1/customers/{id}`` answers ``{"id", "object", "key"}`` (the key from that request's ``Authorization``);
a key that starts with ``sk_test_slow`` waits 20 s first (a connection whose Stripe hangs); ``GET /__accepted``
answers how many connections were accepted. Prints its URL on the first line of stdout; listens on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    accepted = 0
    lock = threading.Lock()

    def get_request(self) -> Any:
        accepted = super().get_request()
        with self.lock:
            self.accepted += 1
        return accepted

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (the hanging calls are abandoned at the end)."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        if self.path == "/__accepted":
            body = json.dumps({"accepted": self.server.accepted}).encode()
        else:
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            if key.startswith("sk_test_slow"):
                time.sleep(20)
            body = json.dumps({"id": self.path.rsplit("/", 1)[-1], "object": "customer", "key": key}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    server = Server(("127.0.0.1", 0), Handler)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
