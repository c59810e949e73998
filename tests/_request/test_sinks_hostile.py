"""A binary answer streamed to a file (``download_operation(out=)``, the CLI's ``ops call --out``): whole or not
at all, mode 0600, and never held in memory.

The hostile answers: one cut mid-body by the server (every attempt, or only the first: the retry starts the file
over), one that is an error, one far larger than what memory should hold (measured with tracemalloc against the
body's size, beside the same download held in memory as the baseline).
"""

from __future__ import annotations

import io
import json
import os
import socket
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from stripe_connector import OPERATIONS, RetryPolicy, StripeConnector
from stripe_connector.errors import StripeAPIError, StripeConnectionError

from tests.support.keys import API_KEY

BINARY = [op for op in OPERATIONS if op.is_binary]
pytestmark = pytest.mark.skipif(not BINARY, reason="this spec has no operation with a binary answer")
CHUNK = 64 * 1024


def arguments_for(operation: Any) -> dict[str, Any]:
    return {name: "qt_1" for name in operation.path_params}


def body_of(size: int) -> bytes:
    return bytes(index % 251 for index in range(size))


class CuttingServer:
    """HTTP/1.1 on 127.0.0.1 that promises ``size`` bytes and sends only half of them, then closes the
    connection, for the first ``cuts`` requests; the whole body after that."""

    def __init__(self, media: str, size: int, cuts: int) -> None:
        self.media, self.body, self.cuts, self.requests = media, body_of(size), cuts, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)  # accept() wakes to see the test is over (close() alone does not wake it)
        self.stopped = threading.Event()
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(5)
            with connection:
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    request += chunk
                self.requests += 1
                head = f"HTTP/1.1 200 OK\r\nContent-Type: {self.media}\r\nContent-Length: {len(self.body)}\r\n"
                connection.sendall(head.encode() + b"Connection: close\r\n\r\n")
                cut = self.requests <= self.cuts
                connection.sendall(self.body[: len(self.body) // 2] if cut else self.body)

    def __enter__(self) -> CuttingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.listener.close()


def connector_for(url: str, retries: int) -> StripeConnector:
    return StripeConnector(
        API_KEY,
        base_url=url,
        hosts={"files.stripe.com": url},
        rate_limiter=False,
        retry_policy=RetryPolicy(max_retries=retries, initial_delay=0, max_delay=0),
    )


def left_in(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_an_answer_cut_mid_body_leaves_no_file_behind(operation: Any, tmp_path: Path) -> None:
    target = tmp_path / "quote.pdf"
    with (
        CuttingServer(operation.answer, 3 * CHUNK, cuts=10) as server,
        connector_for(server.url, 1) as connector,
        pytest.raises(StripeConnectionError),
    ):
        connector.download_operation(operation.id, arguments_for(operation), out=target)
    assert server.requests == 2  # retried once, cut both times
    assert left_in(tmp_path) == []


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_the_cli_leaves_no_half_file_when_the_answer_is_cut(
    operation: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stripe_connector.cli.main import main

    target = tmp_path / "quote.pdf"
    target.write_bytes(b"the old file")
    with CuttingServer(operation.answer, 3 * CHUNK, cuts=10) as server:
        monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
        monkeypatch.setenv("STRIPE_BASE_URL", server.url)
        arguments = json.dumps(arguments_for(operation))
        err = io.StringIO()
        command = ["ops", "call", operation.id, arguments, "--out", str(target), "--max-retries", "0"]
        code = main(command, stdout=io.StringIO(), stderr=err)
    assert code != 0 and json.loads(err.getvalue())["error"]["kind"] == "connection", err.getvalue()
    assert server.requests >= 1  # the answer was cut, not refused before sending
    assert target.read_bytes() == b"the old file" and left_in(tmp_path) == ["quote.pdf"]


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_a_retry_after_a_cut_starts_the_file_over(operation: Any, tmp_path: Path) -> None:
    target = tmp_path / "quote.pdf"
    with CuttingServer(operation.answer, 3 * CHUNK, cuts=1) as server, connector_for(server.url, 2) as connector:
        download = connector.download_operation(operation.id, arguments_for(operation), out=target)
    assert server.requests == 2
    assert target.read_bytes() == body_of(3 * CHUNK)  # not the first attempt's half followed by the whole
    assert (download.path, download.size, download.content) == (str(target), 3 * CHUNK, b"")
    assert (os.stat(target).st_mode & 0o777) == 0o600 and left_in(tmp_path) == ["quote.pdf"]


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_an_error_answer_writes_no_file(operation: Any, tmp_path: Path) -> None:
    error = {"error": {"type": "invalid_request_error", "message": "No such quote: 'qt_1'"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json=error))
    connector = StripeConnector(API_KEY, base_url="http://127.0.0.1:9", transport=transport, rate_limiter=False)
    with connector, pytest.raises(StripeAPIError):
        connector.download_operation(operation.id, arguments_for(operation), out=tmp_path / "quote.pdf")
    assert left_in(tmp_path) == []


def streamed(media: str, size: int) -> httpx.MockTransport:
    """An answer of ``size`` bytes, produced a chunk at a time (the double holds no more than one chunk)."""

    def chunks() -> Iterator[bytes]:
        for start in range(0, size, CHUNK):
            yield bytes([start // CHUNK % 251]) * min(CHUNK, size - start)

    return httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": media}, content=chunks()))


def peak_while(download: Any) -> int:
    tracemalloc.start()
    try:
        download()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("operation", BINARY[:1], ids=lambda op: op.id)
def test_a_huge_answer_streams_to_its_file_with_bounded_memory(operation: Any, tmp_path: Path) -> None:
    size = 16 * 1024 * 1024
    target = tmp_path / "big.pdf"
    arguments = arguments_for(operation)

    def to_file() -> None:
        with StripeConnector(
            API_KEY, base_url="http://127.0.0.1:9", transport=streamed(operation.answer, size), rate_limiter=False
        ) as connector:
            connector.download_operation(operation.id, arguments, out=target)

    def in_memory() -> None:
        with StripeConnector(
            API_KEY, base_url="http://127.0.0.1:9", transport=streamed(operation.answer, size), rate_limiter=False
        ) as connector:
            assert len(connector.download_operation(operation.id, arguments).content) == size

    streamed_peak, held_peak = peak_while(to_file), peak_while(in_memory)
    assert target.stat().st_size == size
    assert held_peak >= size  # the baseline: the same answer held in memory is measured as such
    assert streamed_peak < size // 16, f"streaming peaked at {streamed_peak:,} bytes for a {size:,}-byte answer"
