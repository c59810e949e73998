"""Several dispatching ``events serve`` processes on one inbox (a SQLite file, a real PostgreSQL), as shared workers
run them: while all live, each event is printed exactly once across them, however they start and stop; one
SIGKILLed mid-hand-off loses nothing (its claims are printed again, by another or by its restart, one lease later).

A process is held mid-hand-off without sleeps: its stdout is a pipe shrunk to one page that the test does not read,
so the process blocks writing a line, inside the handler, holding its claims, until the test drains the pipe.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import termios
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from stripe_connector.events import InboxStore, open_store, parse_event

from tests.support.events_support import SECRET, event_body

REPO = Path(__file__).resolve().parents[2]
F_SETPIPE_SZ = 1031  # Linux: set a pipe's capacity (rounded up to a page)
WAIT = 60.0  # generous: two cores shared with other suites


def wait_for(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


class Serve:
    """``events serve`` with dispatch on, its stdout a pipe (read only when the test says) or a file."""

    def __init__(self, workdir: Path, store_url: str, name: str, *, piped: bool,
                 extra: list[str] | None = None) -> None:  # fmt: skip
        secret = workdir / "whsec"
        secret.write_text(SECRET)
        secret.chmod(0o600)
        self.name = name
        self.err_path = workdir / f"{name}.err"
        self.out_path = workdir / f"{name}.out"
        argv = [sys.executable, "-m", "stripe_connector.cli", "events", "serve", "--port", "0", "--store", store_url,
                "--secret-file", str(secret), *(extra or [])]  # fmt: skip
        env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
        self.piped = piped
        self.read_end: int | None = None
        self.capacity = 0
        self.drained = bytearray()
        self._drainer: threading.Thread | None = None
        with self.err_path.open("wb") as err:
            if piped:
                self.read_end, write_end = os.pipe()
                self.capacity = fcntl.fcntl(write_end, F_SETPIPE_SZ, 4096)
                self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=write_end, stderr=err, cwd=workdir,
                                             env=env, start_new_session=True)  # fmt: skip
                os.close(write_end)
            else:
                with self.out_path.open("wb") as out:
                    self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=workdir,
                                                 env=env, start_new_session=True)  # fmt: skip
        wait_for(self._listening, f"{name} to listen")

    def _listening(self) -> bool:
        assert self.proc.poll() is None, f"{self.name} exited: {self.err_path.read_text()[-2000:]}"
        return '"listening"' in self.err_path.read_text()

    def holding(self) -> bool:
        """True once the process is stuck in its first batch of claims: half the pipe is lines (a batch is 100 lines
        of ~260 bytes, many times the pipe), so it blocks writing one of them before its batch is through."""
        assert self.read_end is not None
        waiting = bytearray(4)
        fcntl.ioctl(self.read_end, termios.FIONREAD, waiting)
        return int.from_bytes(waiting, sys.byteorder) >= self.capacity // 2

    def drain(self) -> None:
        """Read the pipe from now on (the blocked process goes on)."""

        def read() -> None:
            assert self.read_end is not None
            while chunk := os.read(self.read_end, 65536):
                self.drained += chunk

        self._drainer = threading.Thread(target=read, daemon=True)
        self._drainer.start()

    def printed(self) -> list[str]:
        """The ids of the whole lines printed so far (a line cut by a SIGKILL is not an event printed)."""
        data = bytes(self.drained) if self.piped else self.out_path.read_bytes()
        lines = data.split(b"\n")[:-1]
        return [json.loads(line)["id"] for line in lines if line.strip()]

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(WAIT)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(WAIT)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._drainer is not None:
            self._drainer.join(WAIT)
        if self.read_end is not None:
            os.close(self.read_end)
            self.read_end = None


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Callable[..., Serve]]:
    started: list[Serve] = []

    def start(store_url: str, name: str, *, piped: bool = False, extra: list[str] | None = None) -> Serve:
        serve = Serve(tmp_path, store_url, name, piped=piped, extra=extra)
        started.append(serve)
        return serve

    yield start
    for serve in started:
        if serve.proc.poll() is None:
            serve.kill()
        if serve.read_end is not None:
            os.close(serve.read_end)


def fill(store_url: str, count: int) -> list[str]:
    store = open_store(store_url)
    try:
        bodies = [event_body(n) for n in range(1, count + 1)]
        store.add_many([(parse_event(body), body, "webhook") for body in bodies])
    finally:
        store.close()
    return [f"evt_test_{n:08d}" for n in range(1, count + 1)]


def counts(store_url: str) -> dict[str, int]:
    store: InboxStore = open_store(store_url)
    try:
        return store.counts()
    finally:
        store.close()


def test_a_second_serve_never_takes_the_claims_of_a_live_one(store_url: str, running: Callable[..., Serve]) -> None:
    """The first serve is blocked mid-hand-off (holding a batch of claims) when the second starts: the second
    prints everything else and nothing of the first's; once the first goes on, it prints its own. Exactly once."""
    ids = fill(store_url, 150)  # more than one claim batch (100): the second has events of its own to print
    first = running(store_url, "first", piped=True)
    wait_for(first.holding, "the first serve to block mid-hand-off")
    second = running(store_url, "second")
    wait_for(lambda: len(second.printed()) >= 50, "the second serve to print what the first did not claim")
    first.drain()
    wait_for(lambda: counts(store_url)["done"] == len(ids), "every event to be recorded done")
    first.stop()
    second.stop()
    printed = Counter(first.printed()) + Counter(second.printed())
    assert set(printed) == set(ids)
    assert [event for event, n in printed.items() if n > 1] == []  # both live: never printed twice
    assert set(first.printed()).isdisjoint(second.printed())


def test_a_serve_killed_mid_hand_off_loses_nothing_and_the_live_ones_never_repeat(
    store_url: str, running: Callable[..., Serve]
) -> None:
    """Three processes: the first is SIGKILLed while blocked mid-line holding a batch of claims, the second runs on,
    the first is restarted. Its claims are printed again one lease later (at least once: none lost); the two live
    ones never print an event twice between them, and the killed one's whole lines are repeated at most once."""
    ids = fill(store_url, 150)
    lease = ["--lease-seconds", "2"]
    first = running(store_url, "first", piped=True, extra=lease)
    wait_for(first.holding, "the first serve to block mid-hand-off")
    second = running(store_url, "second", extra=lease)
    wait_for(lambda: len(second.printed()) >= 50, "the second serve to print what the first did not claim")
    first.kill()
    first.drain()  # what it wrote before the kill (whole lines only count)
    restarted = running(store_url, "restarted", extra=lease)
    wait_for(lambda: counts(store_url)["done"] == len(ids), "the killed serve's claims to be printed again")
    second.stop()
    restarted.stop()
    first.stop()
    live = Counter(second.printed()) + Counter(restarted.printed())
    assert [event for event, n in live.items() if n > 1] == []
    everything = live + Counter(first.printed())
    assert set(everything) == set(ids)  # nothing lost
    assert sum(n - 1 for n in everything.values()) <= 1  # a repeat only for the line the kill fell on


def test_three_serves_started_and_stopped_at_will_print_each_event_once(
    store_url: str, running: Callable[..., Serve]
) -> None:
    """Three serves start one after another, each while the ones before are blocked mid-batch holding claims; then
    all go on at once, and one is stopped (SIGTERM) and started again half-way: a start takes nothing over and a
    clean stop gives back what it held, so each event is printed exactly once across all of them."""
    ids = fill(store_url, 600)
    serves: list[Serve] = []
    for name in ("one", "two", "three"):
        serves.append(running(store_url, name, piped=True))
        wait_for(serves[-1].holding, f"serve {name} to block mid-batch")
    for serve in serves:
        serve.drain()
    wait_for(lambda: counts(store_url)["done"] >= 400, "two thirds of the events to be handed on")
    serves[1].stop()
    serves.append(running(store_url, "two-again"))
    wait_for(lambda: counts(store_url)["done"] == len(ids), "every event to be handed on")
    for serve in serves:
        serve.stop()
    printed = sum((Counter(serve.printed()) for serve in serves), Counter[str]())
    assert all(serve.printed() for serve in serves[:3])  # each of the three handed some on
    assert set(printed) == set(ids)
    assert [event for event, n in printed.items() if n > 1] == []
    assert counts(store_url) == {"pending": 0, "done": len(ids), "failed": 0, "dead": 0}


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_a_lease_that_is_not_a_positive_number_of_seconds_is_refused_before_anything_starts(
    tmp_path: Path, value: str
) -> None:
    import io

    from stripe_connector.cli.main import main

    secret = tmp_path / "whsec"
    secret.write_text(SECRET)
    store = tmp_path / "inbox.db"
    err = io.StringIO()
    argv = ["events", "serve", "--port", "0", "--secret-file", str(secret), "--store", f"sqlite:///{store}",
            "--lease-seconds", value]  # fmt: skip
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    assert json.loads(err.getvalue())["error"]["param"] == "lease_seconds"
    assert not store.exists()
