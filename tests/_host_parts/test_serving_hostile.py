"""The servers under attack from raw sockets: ``events serve`` and ``mcp --http`` close silent, half-header and
slow-body connections after their read deadline (and keep serving others meanwhile); both say their URL only once
a connection made on reading it is served; ``events serve`` never acknowledges an event it cannot prove durable
(its SQLite inbox removed while it runs: 503, and nothing acknowledged is missing after a restart), and a body cut
off half-way stores nothing."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from stripe_connector._host_parts.serving import DEFAULT_READ_TIMEOUT, check_read_timeout
from stripe_connector.events import open_store, parse_event, webhook_app
from stripe_connector.events._sqlite import InboxFileGoneError

from tests.support.events_serve import ServeProcess
from tests.support.events_support import SECRET, event_body, signed_headers
from tests.support.keys import API_KEY

READ_TIMEOUT = 0.3
#: What "closed after a bounded time" means here: many read timeouts, far below the minutes it used to take.
BOUND = 6.0
TOKEN = "tok_" + "Hs7Wq2Lp9Xn4Bv6Mz1Kc3Rd5Tf8Yg0Ja"
ROOT = Path(__file__).resolve().parents[2]


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


class McpProcess:
    """``stripe-connector mcp --http`` on a free port, its stderr in a file."""

    def __init__(self, workdir: Path, *extra: str) -> None:
        token = workdir / "mcp.token"
        token.write_text(TOKEN)
        token.chmod(0o600)
        env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
        env.update(STRIPE_API_KEY=API_KEY, PYTHONPATH=str(ROOT))
        self.log = workdir / "mcp.log"
        argv = [sys.executable, "-m", "stripe_connector.cli", "mcp", "--http", "--port", "0", "--auth-token-file",
                str(token), "--base-url", "http://127.0.0.1:9", *extra]  # fmt: skip
        with self.log.open("wb") as errors:
            self.proc = subprocess.Popen(argv, env=env, cwd=workdir, stdin=subprocess.DEVNULL, stdout=errors,
                                         stderr=errors)  # fmt: skip
        self.url = ""

    def wait_for_url(self, poll: float = 0.02) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for line in self.log.read_text().splitlines():
                if "Streamable HTTP at " in line:
                    self.url = line.rsplit(" ", 1)[1]
                    return self.url
            assert self.proc.poll() is None, self.log.read_text()
            time.sleep(poll)
        raise AssertionError(f"mcp --http did not start: {self.log.read_text()}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        finally:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def events_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    workdir = tmp_path_factory.mktemp("serve")
    secret = workdir / "whsec.txt"
    secret.write_text(SECRET)
    server = ServeProcess(workdir, f"sqlite:///{workdir}/inbox.db", [secret], extra=["--read-timeout",
                                                                                      str(READ_TIMEOUT)])  # fmt: skip
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mcp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[McpProcess]:
    pytest.importorskip("mcp")
    server = McpProcess(tmp_path_factory.mktemp("mcp"), "--read-timeout", str(READ_TIMEOUT))
    server.wait_for_url()
    yield server
    server.stop()


@pytest.fixture(params=["events serve", "mcp --http"])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "events serve":
        return str(request.getfixturevalue("events_server").url)
    return str(request.getfixturevalue("mcp_server").url)


def closed_within(sock: socket.socket, seconds: float, drip: bytes = b"") -> tuple[float, bytes]:
    """Read until the server closes ``sock`` (sending ``drip`` a byte at a time meanwhile); (seconds, what came)."""
    started = time.monotonic()
    received = b""
    sock.settimeout(0.05)
    dripping = iter(drip)
    while time.monotonic() - started < seconds:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            byte = next(dripping, None)
            if byte is not None:
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    return time.monotonic() - started, received
            continue
        except ConnectionResetError:
            return time.monotonic() - started, received
        if not chunk:
            return time.monotonic() - started, received
        received += chunk
    raise AssertionError(f"still open after {seconds} s (received {received[:200]!r})")


def request_head(url: str, length: int) -> bytes:
    host, port = address(url)
    path = urlsplit(url).path
    return (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Accept: application/json, text/event-stream\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()  # fmt: skip


def test_a_silent_connection_is_closed_after_the_read_timeout(url: str) -> None:
    with socket.create_connection(address(url)) as sock:
        elapsed, answer = closed_within(sock, BOUND)
    assert elapsed >= READ_TIMEOUT * 0.8
    assert answer in (b"", b"") or answer.startswith(b"HTTP/1.1 408")


def test_half_a_header_is_closed_after_the_read_timeout(url: str) -> None:
    with socket.create_connection(address(url)) as sock:
        sock.sendall(request_head(url, 10)[:25])
        _, answer = closed_within(sock, BOUND)
    assert answer == b"" or answer.startswith(b"HTTP/1.1 408")


def test_a_body_dripped_byte_by_byte_is_cut_off(url: str) -> None:
    """A byte every 50 ms keeps any idle timer happy: only a deadline on the whole request ends it."""
    with socket.create_connection(address(url)) as sock:
        sock.sendall(request_head(url, 500))
        closed_within(sock, BOUND, drip=b"x" * 400)


def test_a_kept_alive_connection_that_starts_a_request_and_stalls_is_closed(url: str) -> None:
    with socket.create_connection(address(url)) as sock:
        sock.sendall(request_head(url, 2) + b"{}")  # one whole request (refused or answered: either is fine)
        sock.settimeout(5)
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 ")
        sock.sendall(request_head(url, 10)[:30])  # then half of the next one
        closed_within(sock, BOUND)


def test_many_stalled_connections_do_not_keep_others_from_being_served(url: str) -> None:
    stalled = [socket.create_connection(address(url)) for _ in range(64)]
    try:
        for index, sock in enumerate(stalled):
            sock.sendall(request_head(url, 100)[: index % 40])
        answer = httpx.get(url, timeout=5)  # served while they hang: a 4xx, at once
        assert 400 <= answer.status_code < 500
        deadline = time.monotonic() + BOUND
        for sock in stalled:
            closed_within(sock, max(0.1, deadline - time.monotonic()))
    finally:
        for sock in stalled:
            sock.close()


def test_a_body_cut_off_half_way_stores_nothing(events_server: ServeProcess, tmp_path: Path) -> None:
    body = event_body(901)
    headers = signed_headers(body)
    host, port = address(events_server.url)
    head = (f"POST {urlsplit(events_server.url).path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Stripe-Signature: {headers['Stripe-Signature']}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()  # fmt: skip
    with socket.create_connection((host, port)) as sock:
        sock.sendall(head + body[: len(body) // 2])
    with socket.create_connection((host, port)) as sock:  # and one cut by the deadline
        sock.sendall(head + body[:-1])
        closed_within(sock, BOUND)
    answer = httpx.post(events_server.url, content=body, headers=headers, timeout=5)
    assert answer.status_code == 200 and answer.json()["duplicate"] is False  # never stored before


# --- readiness ---------------------------------------------------------------------------------------------------


def test_mcp_http_is_served_as_soon_as_it_says_where(tmp_path: Path) -> None:
    pytest.importorskip("mcp")
    server = McpProcess(tmp_path)
    try:
        url = server.wait_for_url(poll=0.001)
        answer = httpx.post(url, json={}, timeout=10)  # the moment the line is read: no token, so 401, not refused
        assert answer.status_code == 401
    finally:
        server.stop()


def test_events_serve_is_served_as_soon_as_it_says_where(tmp_path: Path) -> None:
    secret = tmp_path / "whsec.txt"
    secret.write_text(SECRET)
    server = ServeProcess(tmp_path, f"sqlite:///{tmp_path}/inbox.db", [secret])
    server.start()
    try:
        body = event_body(1)
        assert httpx.post(server.url, content=body, headers=signed_headers(body), timeout=10).status_code == 200
    finally:
        server.stop()


@pytest.mark.parametrize("value", [0, -1, True, "10", float("nan"), 10_000])
def test_a_bad_read_timeout_is_named(value: object) -> None:
    from stripe_connector.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as info:
        check_read_timeout(value)
    assert info.value.param == "read_timeout"
    assert check_read_timeout(DEFAULT_READ_TIMEOUT) == DEFAULT_READ_TIMEOUT


# --- durable acknowledgement -----------------------------------------------------------------------------------------


def test_a_removed_sqlite_inbox_is_refused_not_written_into_the_void(tmp_path: Path) -> None:
    directory = tmp_path / "inbox"
    directory.mkdir()
    store = open_store(f"sqlite:///{directory}/events.db")
    body = event_body(1)
    assert store.add(parse_event(body), body)
    shutil.rmtree(directory)
    other = event_body(2)
    with pytest.raises(InboxFileGoneError):
        store.add(parse_event(other), other)
    app = webhook_app(store, SECRET)

    async def deliver() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return await client.post("/stripe/webhook", content=other, headers=signed_headers(other))

    try:
        assert asyncio.run(deliver()).status_code == 503
    finally:
        app.close()
        store.close()


@pytest.mark.parametrize("what", ["directory", "file", "wal", "replaced"])
def test_events_serve_answers_503_once_its_inbox_cannot_be_proved_durable(tmp_path: Path, what: str) -> None:
    """Removed or replaced under a running ``serve``, the inbox can no longer keep what it is given: every delivery
    from then on is 503 (Stripe delivers again), none is acknowledged into a file a restart would not read."""
    directory = tmp_path / "inbox"
    directory.mkdir()
    database = directory / "events.db"
    secret = tmp_path / "whsec.txt"
    secret.write_text(SECRET)

    def deliver(url: str, number: int) -> httpx.Response:
        body = event_body(number)
        return httpx.post(url, content=body, headers=signed_headers(body), timeout=10)

    server = ServeProcess(tmp_path, f"sqlite:///{database}", [secret], extra=["--no-dispatch"])
    server.start()
    try:
        assert [deliver(server.url, n).status_code for n in range(1, 4)] == [200] * 3
        if what == "directory":
            shutil.rmtree(directory)
        elif what == "file":
            database.unlink()
        elif what == "wal":
            Path(f"{database}-wal").unlink()
        else:
            database.rename(directory / "moved.db")
            shutil.copy(directory / "moved.db", database)
        assert {deliver(server.url, n).status_code for n in range(4, 9)} == {503}
    finally:
        server.stop()
    # Restarted on a working inbox, Stripe's next delivery of those events stores them: they were never stored.
    directory.mkdir(exist_ok=True)
    fresh = ServeProcess(tmp_path, f"sqlite:///{directory}/again.db", [secret], name="again",
                         extra=["--no-dispatch"])  # fmt: skip
    fresh.start()
    try:
        answers = [deliver(fresh.url, n) for n in range(4, 9)]
    finally:
        fresh.stop()
    assert all(a.status_code == 200 and a.json()["duplicate"] is False for a in answers)
