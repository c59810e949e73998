"""Helpers for the hostile test families: a raw-socket server for answers no well-behaved server sends (drips,
corrupt gzip, bodies that lie about their length), and the in-process CLI runner."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from stripe_connector.cli.main import main as cli_main


class RawServer:
    """127.0.0.1 server that runs ``handler(conn)`` for each connection, one thread each; counts connections."""

    def __init__(self, handler: Callable[[socket.socket], None]) -> None:
        self.handler = handler
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.05)
        self.stopping = threading.Event()
        self.connections = 0
        self.requests = 0
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        try:
            with conn:
                self.handler(conn)
        except OSError:
            pass

    def read_request(self, conn: socket.socket) -> bytes:
        """The request head and body (by Content-Length); counts it."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            body += conn.recv(65536)
        with self.lock:
            self.requests += 1
        return head + b"\r\n\r\n" + body

    def __enter__(self) -> RawServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=2)
        self.sock.close()


def head(status: int = 200, length: int | None = None, extra: str = "") -> bytes:
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode()


@contextmanager
def raw_server(respond: Callable[[RawServer, socket.socket], None]) -> Iterator[RawServer]:
    box: list[RawServer] = []
    server = RawServer(lambda conn: respond(box[0], conn))
    box.append(server)
    with server:
        yield server


def fixed(body: bytes, status: int = 200, extra: str = "") -> Callable[[RawServer, socket.socket], None]:
    """Answer every request, keep-alive, with ``body``."""

    def respond(server: RawServer, conn: socket.socket) -> None:
        while not server.stopping.is_set():
            if not server.read_request(conn):
                return
            conn.sendall(head(status, len(body), extra) + body)

    return respond


def dripping(interval: float, total: int = 1000, in_head: bool = False) -> Callable[[RawServer, socket.socket], None]:
    """Answer with a body (or, ``in_head``, a head) that arrives one byte every ``interval`` seconds."""

    def respond(server: RawServer, conn: socket.socket) -> None:
        server.read_request(conn)
        if in_head:
            payload = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * total
        else:
            conn.sendall(head(200, total))
            payload = b" " * total
        for byte in payload:
            if server.stopping.wait(interval):
                return
            conn.sendall(bytes([byte]))

    return respond


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def error(self) -> dict[str, Any]:
        return json.loads(self.err.strip().splitlines()[-1])["error"]  # type: ignore[no-any-return]


def run_cli(argv: list[str], stdin: str = "") -> CliResult:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(argv, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return CliResult(code, out.getvalue(), err.getvalue())


def elapsed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.monotonic()
    try:
        result: Any = fn()
    except Exception as exc:
        result = exc
    return time.monotonic() - started, result
