"""Claims and leases on both stores (SQLite file, real PostgreSQL): a handler slower than the lease is never handed
the same event as another dispatcher at once (the heartbeat renews the claim), not even one in another process;
a dispatcher killed mid-hand-off lets the event go after one lease; a hung handler does not hold the other events
(``handler_timeout``), and its event stays its own until it ends; a lease lost while the store was out of reach is
noticed before the hand-off. Waits are on events, never on long sleeps."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import AsyncDispatcher, Dispatcher, InboxStore, StoredEvent, open_store, parse_event
from stripe_connector.testing.launchers import ServerStartError
from stripe_connector.testing.launchers.postgres import PostgresServer, fresh_database, postgres_bin_dir

from tests.support.events_support import Recorder, event_body

LEASE = 0.15
_names = itertools.count()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    if postgres_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs it)")
    try:
        server = PostgresServer().start()
    except ServerStartError as exc:
        pytest.fail(f"PostgreSQL did not start: {exc}")
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/inbox.db"
    server = request.getfixturevalue("postgres")
    return fresh_database(server, f"leases_{next(_names)}")


@pytest.fixture
def stores(store_url: str) -> Iterator[list[InboxStore]]:
    """Two connections to one inbox: two dispatchers, as on two machines."""
    opened = [open_store(store_url), open_store(store_url)]
    yield opened
    for store in opened:
        store.close()


def add(store: InboxStore, *numbers: int) -> None:
    store.add_many([(parse_event(body), body, "webhook") for body in map(event_body, numbers)])


class Blocking:
    """A handler that blocks on ``release`` for the events in ``hold`` and records every call."""

    def __init__(self, hold: set[str] | None = None) -> None:
        self.calls: list[str] = []
        self.running: set[str] = set()
        self.overlaps = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.hold = hold
        self.lock = threading.Lock()

    def __call__(self, item: StoredEvent) -> None:
        with self.lock:
            self.overlaps += item.event_id in self.running
            self.running.add(item.event_id)
            self.calls.append(item.event_id)
        try:
            if self.hold is None or item.event_id in self.hold:
                self.started.set()
                assert self.release.wait(30), "never released"
        finally:
            with self.lock:
                self.running.discard(item.event_id)


def keep_trying(dispatcher: Dispatcher, seconds: float) -> int:
    """Run ``dispatcher`` for ``seconds`` (many leases long); how many it handed on."""
    handed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        handed += dispatcher.run_once()
        time.sleep(0.02)
    return handed


def test_a_handler_slower_than_many_leases_is_never_handed_on_twice_at_once(stores: list[InboxStore]) -> None:
    add(stores[0], 1, 2)
    slow = Blocking(hold={"evt_test_00000001"})
    first = Dispatcher(stores[0], slow, lease_seconds=LEASE, handler_timeout=None)
    runner = threading.Thread(target=first.run_once)
    runner.start()
    try:
        assert slow.started.wait(10)
        other = Recorder()
        second = Dispatcher(stores[1], other, lease_seconds=LEASE, handler_timeout=None)
        assert keep_trying(second, 6 * LEASE) == 0  # both events are the first one's: one running, one next
        assert other.ids == []
    finally:
        slow.release.set()
        runner.join()
    assert slow.calls == ["evt_test_00000001", "evt_test_00000002"] and slow.overlaps == 0
    assert stores[1].counts() == {"pending": 0, "done": 2, "failed": 0, "dead": 0}


CHILD = """
import sys, time
from stripe_connector.events import Dispatcher, open_store
store = open_store(sys.argv[1])
def hand_off(item):
    print("started", item.event_id, flush=True)
    time.sleep(600)
Dispatcher(store, hand_off, lease_seconds=float(sys.argv[2]), handler_timeout=None).run_once()
"""


def test_another_process_holds_its_claim_while_it_lives_and_loses_it_one_lease_after_a_kill(
    stores: list[InboxStore], store_url: str
) -> None:
    add(stores[0], 7)
    # A lease the child's heartbeat keeps even on a loaded machine (at 0.15 s a renewal late by a scheduling hiccup
    # let this process take the event legitimately, and the test failed for a lease that had truly run out).
    lease = 1.0
    child = subprocess.Popen([sys.executable, "-c", CHILD, store_url, str(lease)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT)  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split() == ["started", "evt_test_00000007"]
        recorder = Recorder()
        here = Dispatcher(stores[1], recorder, lease_seconds=lease)
        assert keep_trying(here, 3 * lease) == 0  # alive: its heartbeat keeps the event its own
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        deadline = time.monotonic() + 10
        while not recorder.ids and time.monotonic() < deadline:
            here.run_once()
            time.sleep(0.02)
        assert recorder.ids == ["evt_test_00000007"]  # a crash in between: handed on again, once
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_a_hung_handler_does_not_hold_the_other_events_and_keeps_its_own(stores: list[InboxStore]) -> None:
    add(stores[0], 1, 2, 3)
    hung = Blocking(hold={"evt_test_00000001"})
    dispatcher = Dispatcher(stores[0], hung, lease_seconds=LEASE, handler_timeout=0.05)
    try:
        assert dispatcher.run_once() == 2  # 2 and 3 went on while 1 hangs
        assert dispatcher.overdue == {("", "", "evt_test_00000001")}
        other = Recorder()
        assert keep_trying(Dispatcher(stores[1], other, lease_seconds=LEASE), 5 * LEASE) == 0
        assert other.ids == []  # still the hung handler's: never run twice at once
    finally:
        hung.release.set()
    deadline = time.monotonic() + 10
    while dispatcher.overdue and time.monotonic() < deadline:
        time.sleep(0.01)
    assert stores[1].counts()["done"] == 3  # its late outcome was recorded
    assert sorted(hung.calls) == ["evt_test_00000001", "evt_test_00000002", "evt_test_00000003"]
    assert hung.overlaps == 0


def test_many_hung_handlers_stop_new_claims_until_one_ends(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/inbox.db")
    add(store, *range(1, 13))
    hung = Blocking()
    dispatcher = Dispatcher(store, hung, lease_seconds=LEASE, handler_timeout=0.02, batch=4)
    try:
        for _ in range(4):
            dispatcher.run_once()
        assert len(dispatcher.overdue) == 8 and len(hung.calls) == 8  # MAX_OVERDUE: no ninth thread is spent
    finally:
        hung.release.set()
    deadline = time.monotonic() + 10
    while dispatcher.overdue and time.monotonic() < deadline:
        time.sleep(0.01)
    dispatcher.run_until_idle()
    assert store.counts()["done"] == 12 and hung.overlaps == 0
    store.close()


def test_an_async_handler_over_its_timeout_goes_on_alone_and_keeps_its_event(stores: list[InboxStore]) -> None:
    add(stores[0], 1, 2)
    handed: list[str] = []
    other = Recorder()
    second = Dispatcher(stores[1], other, lease_seconds=LEASE)

    async def scenario() -> None:
        release = asyncio.Event()

        async def handler(item: StoredEvent) -> None:
            if item.event_id == "evt_test_00000001":
                await release.wait()
            handed.append(item.event_id)

        dispatcher = AsyncDispatcher(stores[0], handler, lease_seconds=LEASE)  # the timeout: one lease
        assert await dispatcher.run_once() == 1  # event 2 went on while event 1's handler hangs
        assert handed == ["evt_test_00000002"] and dispatcher.overdue == {("", "", "evt_test_00000001")}
        assert await asyncio.to_thread(keep_trying, second, 5 * LEASE) == 0  # still its own: not handed on twice
        release.set()
        deadline = time.monotonic() + 10
        while dispatcher.overdue and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    asyncio.run(scenario())
    assert other.ids == [] and sorted(handed) == ["evt_test_00000001", "evt_test_00000002"]
    assert stores[1].counts()["done"] == 2


def test_by_default_a_handler_holds_the_others_up_for_one_lease_at_most(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/inbox.db")
    add(store, 1, 2, 3)
    hung = Blocking(hold={"evt_test_00000001"})
    dispatcher = Dispatcher(store, hung, lease_seconds=LEASE)
    try:
        assert dispatcher.handler_timeout == LEASE
        assert dispatcher.run_once() == 2
    finally:
        hung.release.set()
    deadline = time.monotonic() + 10
    while dispatcher.overdue and time.monotonic() < deadline:
        time.sleep(0.01)
    assert store.counts()["done"] == 3
    store.close()


def test_an_async_handler_slower_than_the_lease_keeps_its_claim(stores: list[InboxStore]) -> None:
    add(stores[0], 1)
    other = Recorder()
    second = Dispatcher(stores[1], other, lease_seconds=LEASE)

    async def slow(item: StoredEvent) -> None:
        handed = await asyncio.to_thread(keep_trying, second, 5 * LEASE)
        assert handed == 0

    dispatcher = AsyncDispatcher(stores[0], slow, lease_seconds=LEASE, handler_timeout=None)
    assert asyncio.run(dispatcher.run_once()) == 1
    assert other.ids == []


def test_a_lease_lost_while_the_store_was_out_of_reach_is_not_handed_on(stores: list[InboxStore]) -> None:
    add(stores[0], 1, 2)
    handed: list[str] = []

    def handler(item: StoredEvent) -> None:
        handed.append(item.event_id)
        if item.event_id == "evt_test_00000001":
            # Meanwhile another dispatcher's clock says the lease on event 2 ran out, and it claims it.
            taken = stores[1].claim(limit=10, lease_seconds=60, now=time.time() + 3600, owner="other")
            assert "evt_test_00000002" in [t.event_id for t in taken]
            time.sleep(LEASE)  # longer than half a lease: the next hand-off renews first, and finds out

    dispatcher = Dispatcher(stores[0], handler, lease_seconds=LEASE, handler_timeout=None)
    # The other took event 1 as well (its clock says every lease ran out): this dispatcher's outcome of event 1
    # lands on a claim that is no longer its own, so it is not recorded (fenced by the owner token) either.
    assert dispatcher.run_once() == 0
    assert handed == ["evt_test_00000001"]
    for number in (1, 2):
        taken = stores[1].get("", f"evt_test_0000000{number}")
        assert taken is not None and taken.state == "pending" and taken.attempts == 0  # the other's to write
    assert stores[1].mark_done("", "evt_test_00000001", owner="other")  # its claim is intact


def test_a_store_made_before_leases_had_owners_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE stripe_connector_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT "
                   "NULL, event_id TEXT NOT NULL, type TEXT NOT NULL, created BIGINT NOT NULL, source TEXT NOT NULL,"
                   " state TEXT NOT NULL, attempts INTEGER NOT NULL, last_error TEXT, received_at REAL NOT NULL, "
                   "next_attempt_at REAL, lease_until REAL, handed_at REAL, payload BLOB NOT NULL, "
                   "UNIQUE (account, event_id))")  # fmt: skip
    store = open_store(f"sqlite:///{path}")
    add(store, 1)
    recorder = Recorder()
    assert Dispatcher(store, recorder).run_once() == 1 and recorder.ids == ["evt_test_00000001"]
    store.close()


@pytest.mark.parametrize("value", [0, -1, True, "60", float("nan")])
def test_a_bad_handler_timeout_or_lease_is_named(tmp_path: Path, value: object) -> None:
    store = open_store(f"sqlite:///{tmp_path}/inbox.db")
    for name in ("handler_timeout", "lease_seconds"):
        with pytest.raises(InvalidInputError) as info:
            Dispatcher(store, Recorder(), **{name: value})
        assert info.value.param == name
    store.close()
