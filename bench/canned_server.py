"""A deliberately minimal HTTP/1.1 server that answers Stripe-shaped requests with canned bytes.

The benchmark compares HTTP clients whose per-call cost is around a millisecond, so the server must cost far
less than that or it would hide the differences we want to see. It therefore does no routing framework, no
JSON work per request and no logging: it parses the request line and Content-Length, and writes pre-built
response bytes on keep-alive connections from a single epoll loop. It runs in its own process
(``python bench/canned_server.py``) so its CPU never competes with the client under test.

Routes (anything else gets a Stripe-shaped 404):

* ``GET /v1/customers?...``: with ``--page-total 0`` the list example from the connector's reference doc
  (shared/docs/000_e025cf6611955be8.txt, "list_customers" example response); with ``--page-total N`` a
  paginated list of N customers ``cus_000000``..., ``limit`` (max 100) per page, the page derived from
  ``starting_after``, ``has_more`` true until the last page.
* ``GET /v1/customers/{id}``: the reference doc's customer example.
* ``POST /v1/customers``: the reference doc's customer example (the body is read and discarded).
* ``POST /v2/billing/meter_event_session``: a meter event session (:data:`METER_SESSION`);
  ``POST /v2/billing/meter_event_stream``: ``{}`` (the body is read and discarded).

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


#: A meter event session that outlives any benchmark (its token is the one the meter event stream rows send).
METER_SESSION: dict[str, Any] = {
    "id": "mes_bench",
    "object": "v2.billing.meter_event_session",
    "authentication_token": "mes_tok_bench",
    "created": "2026-01-01T00:00:00.000Z",
    "expires_at": "2099-01-01T00:00:00.000Z",
    "livemode": False,
}


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
        self.meter_session = response_bytes(200, METER_SESSION)
        self.meter_batch = response_bytes(200, {})
        self._pages: dict[tuple[int, int], bytes] = {}
        self._by_target: dict[bytes, bytes] = {}

    def respond(self, method: bytes, target: bytes) -> bytes:
        """The canned answer for ``method target``; lists are cached by their full target."""
        if method == b"POST":
            path = target.split(b"?", 1)[0]
            if path == b"/v2/billing/meter_event_stream":
                return self.meter_batch
            if path == b"/v2/billing/meter_event_session":
                return self.meter_session
            return self.customer if path == b"/v1/customers" else self.not_found
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


def parse_requests(buffer: bytes) -> tuple[list[tuple[bytes, bytes, bool]], bytes]:
    """Split complete requests off the front of ``buffer``: ([(method, target, close), ...], rest).

    Only the request line, Content-Length and Connection matter; bodies are skipped. A malformed request line
    yields method ``b""``, which the caller answers with 400 and a close.
    """
    requests: list[tuple[bytes, bytes, bool]] = []
    while True:
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            return requests, buffer
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
        if len(buffer) < total:
            return requests, buffer
        buffer = buffer[total:]
        if len(parts) != 3:
            requests.append((b"", b"", True))
            return requests, b""
        requests.append((parts[0], parts[1], close))


class _Connection:
    """A non-blocking client socket with its unparsed input and unsent output."""

    __slots__ = ("close_after", "inbox", "outbox", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.inbox = b""
        self.outbox = b""
        self.close_after = False


class _Loop:
    """One thread, one epoll: no GIL hand-offs between connection threads, no asyncio bookkeeping.

    A thread per connection measured fine for sequential calls but serialised 100 concurrent ones behind GIL
    hand-offs (~10 ms per request); asyncio cost ~15 us more per sequential call than this loop.
    """

    def __init__(self, listener: socket.socket, responder: Responder, stdin_fd: int) -> None:
        self.listener = listener
        self.responder = responder
        self.stdin_fd = stdin_fd
        self.poller = select.epoll()
        self.conns: dict[int, _Connection] = {}
        self.poller.register(listener.fileno(), select.EPOLLIN)
        if stdin_fd >= 0:
            self.poller.register(stdin_fd, select.EPOLLIN)

    def run(self, deadline: float) -> None:
        """Serve until stdin reaches EOF or the deadline passes."""
        listen_fd = self.listener.fileno()
        while (remaining := deadline - time.monotonic()) > 0:
            for fd, events in self.poller.poll(min(remaining, 1.0)):
                if fd == listen_fd:
                    self._accept()
                elif fd == self.stdin_fd:
                    if not os.read(fd, 4096):
                        return  # EOF: the parent closed our stdin, or died
                elif events & (select.EPOLLIN | select.EPOLLHUP | select.EPOLLERR):
                    self._read(fd)
                elif events & select.EPOLLOUT:
                    self._flush(fd)

    def close(self) -> None:
        for conn in self.conns.values():
            conn.sock.close()
        self.conns.clear()
        self.poller.close()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except BlockingIOError:
                return
            sock.setblocking(False)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.conns[sock.fileno()] = _Connection(sock)
            self.poller.register(sock.fileno(), select.EPOLLIN)

    def _read(self, fd: int) -> None:
        conn = self.conns[fd]
        try:
            chunk = conn.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._drop(fd)
            return
        requests, conn.inbox = parse_requests(conn.inbox + chunk)
        if len(conn.inbox) > _MAX_HEAD:
            self._drop(fd)
            return
        for method, target, close in requests:
            if not method:
                conn.outbox += response_bytes(400, NOT_FOUND, close=True)
            else:
                conn.outbox += self.responder.respond(method, target)
            conn.close_after = conn.close_after or close or not method
        self._flush(fd)

    def _flush(self, fd: int) -> None:
        conn = self.conns[fd]
        if conn.outbox:
            try:
                sent = conn.sock.send(conn.outbox)
            except BlockingIOError:
                sent = 0
            except OSError:
                self._drop(fd)
                return
            conn.outbox = conn.outbox[sent:]
        if conn.outbox:  # the socket buffer is full (a large page): wait until it drains
            self.poller.modify(fd, select.EPOLLIN | select.EPOLLOUT)
        elif conn.close_after:
            self._drop(fd)
        else:
            self.poller.modify(fd, select.EPOLLIN)

    def _drop(self, fd: int) -> None:
        conn = self.conns.pop(fd)
        self.poller.unregister(fd)
        conn.sock.close()


def serve(page_total: int, port: int, max_seconds: float) -> None:
    """Serve until stdin closes or ``max_seconds`` pass; prints ``PORT n`` once listening."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(1024)
    listener.setblocking(False)
    try:
        stdin_fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        stdin_fd = -1
    loop = _Loop(listener, Responder(page_total), stdin_fd)
    sys.stdout.write(f"PORT {listener.getsockname()[1]}\n")
    sys.stdout.flush()
    try:
        loop.run(time.monotonic() + max_seconds)
    except KeyboardInterrupt:
        pass
    finally:
        loop.close()
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
