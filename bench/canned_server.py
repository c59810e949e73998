"""A deliberately minimal HTTP/1.1 server that answers Stripe-shaped requests with canned bytes.

The benchmark compares HTTP clients whose per-call cost is around a millisecond, so the server must cost far
less than that or it would hide the differences we want to see. It therefore does no routing framework, no
JSON work per request and no logging: it parses the request line and Content-Length, and writes pre-built
response bytes on a keep-alive connection, one blocking thread per connection. It runs in its own process
(``python bench/canned_server.py``) so its CPU never competes with the client under test.

Routes (anything else gets a Stripe-shaped 404):

* ``GET /v1/customers?...``: with ``--page-total 0`` the list example from the connector's reference doc
  (shared/docs/000_e025cf6611955be8.txt, "list_customers" example response); with ``--page-total N`` a
  paginated list of N customers ``cus_000000``..., ``limit`` (max 100) per page, the page derived from
  ``starting_after``, ``has_more`` true until the last page.
* ``GET /v1/customers/{id}``: the reference doc's customer example.
* ``POST /v1/customers``: the reference doc's customer example (the body is read and discarded).

The first line on stdout is ``PORT <n>``; the server stops when stdin reaches EOF (its parent closed the pipe or
died), on SIGTERM, or after ``--max-seconds``, whichever comes first, so it can never outlive the benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs

# The reference doc's example customer (list_customers / get_customer / create_customer example responses).
CUSTOMER: dict[str, Any] = {
    "id": "cus_NffrFeUfNV2Hib",
    "object": "customer",
    "address": None,
    "balance": 0,
    "created": 1680893993,
    "currency": None,
    "default_source": None,
    "delinquent": False,
    "description": None,
    "email": "jennyrosen@example.com",
    "invoice_prefix": "0759376C",
    "invoice_settings": {
        "custom_fields": None,
        "default_payment_method": None,
        "footer": None,
        "rendering_options": None,
    },
    "livemode": False,
    "metadata": {},
    "name": "Jenny Rosen",
    "next_invoice_sequence": 1,
    "phone": None,
    "preferred_locales": [],
    "shipping": None,
    "tax_exempt": "none",
    "test_clock": None,
}

CANNED_LIST: dict[str, Any] = {"object": "list", "url": "/v1/customers", "has_more": False, "data": [CUSTOMER]}

NOT_FOUND: dict[str, Any] = {
    "error": {
        "type": "invalid_request_error",
        "message": "Unrecognized request URL. (bench canned server)",
    }
}

MAX_PAGE = 100
_MAX_HEAD = 64 * 1024


def response_bytes(status: int, payload: dict[str, Any], *, close: bool = False) -> bytes:
    """Serialise one complete HTTP/1.1 response; called once per distinct answer, never per request."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Request-Id: req_bench\r\n"
        f"Connection: {'close' if close else 'keep-alive'}\r\n"
        "\r\n"
    )
    return head.encode() + body


def customer_id(index: int) -> str:
    """The id of the index-th customer of a paginated list; the number is the cursor the server decodes."""
    return f"cus_{index:06d}"


class Responder:
    """Maps a request line to response bytes, caching every distinct answer so the hot path is a dict lookup."""

    def __init__(self, page_total: int) -> None:
        self.page_total = page_total
        self.canned_list = response_bytes(200, CANNED_LIST)
        self.customer = response_bytes(200, CUSTOMER)
        self.not_found = response_bytes(404, NOT_FOUND)
        self._pages: dict[tuple[int, int], bytes] = {}
        self._by_target: dict[bytes, bytes] = {}

    def respond(self, method: bytes, target: bytes) -> bytes:
        """The canned answer for ``method target``; lists are cached by their full target."""
        if method == b"POST":
            return self.customer if target.split(b"?", 1)[0] == b"/v1/customers" else self.not_found
        if method != b"GET":
            return self.not_found
        cached = self._by_target.get(target)
        if cached is not None:
            return cached
        path, _, query = target.partition(b"?")
        if path == b"/v1/customers":
            answer = self._list(query.decode("latin-1")) if self.page_total else self.canned_list
        elif path.startswith(b"/v1/customers/") and path.count(b"/") == 3:
            answer = self.customer
        else:
            answer = self.not_found
        if len(self._by_target) < 10_000:
            self._by_target[target] = answer
        return answer

    def _list(self, query: str) -> bytes:
        params = parse_qs(query)
        try:
            limit = max(1, min(MAX_PAGE, int(params.get("limit", ["10"])[0])))
        except ValueError:
            limit = 10
        start = 0
        after = params.get("starting_after", [""])[0]
        if after.startswith("cus_") and after[4:].isdigit():
            start = int(after[4:]) + 1
        key = (start, limit)
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = response_bytes(200, self._page(start, limit))
        return page

    def _page(self, start: int, limit: int) -> dict[str, Any]:
        stop = min(self.page_total, start + limit)
        data = [
            {**CUSTOMER, "id": customer_id(i), "created": CUSTOMER["created"] - i, "email": f"c{i}@example.com"}
            for i in range(start, stop)
        ]
        return {"object": "list", "url": "/v1/customers", "has_more": stop < self.page_total, "data": data}


def _serve_connection(conn: socket.socket, responder: Responder) -> None:
    """Answer every request on one keep-alive connection, in order, until the client closes it.

    Blocking reads in a thread per connection: a loopback request wakes the thread straight from ``recv``,
    with none of an event loop's bookkeeping, which measured ~15 us/call cheaper for the clients under test.
    """
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    try:
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEAD:
                    return
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
                continue
            lines = buffer[:end].split(b"\r\n")
            parts = lines[0].split(b" ")
            length = 0
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                lowered = name.strip().lower()
                if lowered == b"content-length":
                    length = int(value.strip() or b"0")
                elif lowered == b"connection" and value.strip().lower() == b"close":
                    close = True
            total = end + 4 + length
            while len(buffer) < total:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[total:]
            if len(parts) != 3:
                conn.sendall(response_bytes(400, NOT_FOUND, close=True))
                return
            conn.sendall(responder.respond(parts[0], parts[1]))
            if close:
                return
    except OSError:
        return  # the client reset the connection; nothing to clean up but the socket
    finally:
        conn.close()


def _accept_forever(listener: socket.socket, responder: Responder) -> None:
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return  # listener closed: the server is stopping
        threading.Thread(target=_serve_connection, args=(conn, responder), daemon=True).start()


def serve(page_total: int, port: int, max_seconds: float) -> None:
    """Serve until stdin closes or ``max_seconds`` pass; prints ``PORT n`` once listening.

    Connection threads are daemons, so returning from here (and the process exiting) ends them all.
    """
    responder = Responder(page_total)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(512)
    threading.Thread(target=_accept_forever, args=(listener, responder), daemon=True).start()
    sys.stdout.write(f"PORT {listener.getsockname()[1]}\n")
    sys.stdout.flush()
    deadline = time.monotonic() + max_seconds
    try:
        stdin_fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        stdin_fd = -1
    try:
        while (remaining := deadline - time.monotonic()) > 0:
            if stdin_fd < 0:
                time.sleep(min(remaining, 1.0))
                continue
            ready, _, _ = select.select([stdin_fd], [], [], min(remaining, 1.0))
            if ready and not os.read(stdin_fd, 4096):
                return  # EOF: the parent closed our stdin or died
    except KeyboardInterrupt:
        return
    finally:
        listener.close()


class CannedServer:
    """Runs this module as a child process and stops it on exit, even when the benchmark fails.

    Use as ``with CannedServer(page_total=0) as server: server.url``. The child's stdin is a pipe that only
    this object holds, so the server also stops if the parent is killed outright.
    """

    def __init__(self, page_total: int = 0, max_seconds: float = 900.0, start_timeout: float = 15.0) -> None:
        self.page_total = page_total
        self.max_seconds = max_seconds
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> CannedServer:
        cmd = [sys.executable, os.path.abspath(__file__), "--page-total", str(self.page_total)]
        cmd += ["--max-seconds", str(self.max_seconds)]
        self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            self.port = self._read_port()
        except BaseException:
            self.stop()
            raise
        return self

    def _read_port(self) -> int:
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], self.start_timeout)
        line = self.process.stdout.readline().decode() if ready else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"canned server did not start (got {line!r}, exit code {self.process.poll()})")
        return int(line.split()[1])

    def stop(self) -> None:
        """Close stdin (the server's cue to stop), then escalate to SIGTERM and SIGKILL if it lingers."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--page-total", type=int, default=0, help="paginate GET /v1/customers over N objects")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--max-seconds", type=float, default=900.0, help="hard stop, whatever happens")
    args = parser.parse_args(argv)
    serve(args.page_total, args.port, args.max_seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
