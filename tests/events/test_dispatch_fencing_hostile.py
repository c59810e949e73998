"""Claims fenced by their owner, on both stores (SQLite file, real PostgreSQL): a state write (done, failed,
renewed, released) lands only while the claim is still the writer's, so a dispatcher whose lease ran out while its
slow handler ran never writes over the outcome of the dispatcher that claimed the event after it; and many
dispatchers on many threads, stopping and starting, hand each event on exactly once. Waits are on events."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import AsyncDispatcher, Dispatcher, InboxStore, StoredEvent, open_store, parse_event

from tests.support.events_support import Recorder, event_body

LEASE = 0.2  # a lease meant to run out
#: A lease meant to hold while its dispatcher lives: many times the longest a renewal can wait for the store here
#: (nine connections taking turns at one SQLite write lock, on two busy cores).
LIVE_LEASE = 3.0
WAIT = 60.0


def add(store: InboxStore, *numbers: int) -> None:
    store.add_many([(parse_event(body), body, "webhook") for body in map(event_body, numbers)])


def ids(*numbers: int) -> list[str]:
    return [f"evt_test_{n:08d}" for n in numbers]


@pytest.fixture
def stores(store_url: str) -> Iterator[list[InboxStore]]:
    """Two connections to one inbox: two dispatchers, as on two machines."""
    opened = [open_store(store_url), open_store(store_url)]
    yield opened
    for store in opened:
        store.close()


class Unreachable:
    """The store as a dispatcher cut off from it sees it for renewals (everything else goes through): its lease runs
    out while its handler runs, as when the network drops for a whole lease or the process is paused."""

    def __init__(self, store: InboxStore) -> None:
        self.store = store

    def renew_leases(self, *args: object, **kwargs: object) -> set[tuple[str, str, str]]:
        raise ConnectionError("the store is out of reach")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_a_state_write_lands_only_on_a_claim_its_writer_still_holds(store: InboxStore) -> None:
    add(store, 1, 2, 3)
    assert [c.event_id for c in store.claim(limit=2, lease_seconds=60, owner="first")] == ids(1, 2)
    assert not store.mark_done("", ids(1)[0], owner="second")  # not its claim: nothing written
    assert not store.mark_failed("", ids(2)[0], "late", retry_at=None, owner="second")
    for event_id in ids(1, 2):
        untouched = store.get("", event_id)
        assert untouched is not None and (untouched.state, untouched.attempts) == ("pending", 0)
    assert store.release_leases("second") == 0  # another owner's leases are not its to give back
    assert store.release_leases("first") == 2  # the first gives its two back: due again at once
    assert [c.event_id for c in store.claim(limit=10, lease_seconds=60, owner="third")] == ids(1, 2, 3)
    assert not store.mark_done("", ids(1)[0], owner="first")  # given back, then claimed by another
    assert store.renew_leases("first", [("", "", ids(2)[0])], 60) == set()
    assert store.renew_leases("third", [("", "", ids(2)[0])], 60) == {("", "", ids(2)[0])}
    assert store.mark_done("", ids(1)[0], owner="third")
    assert not store.mark_done("", ids(1)[0], owner="third")  # done: no longer anyone's claim
    assert store.mark_failed("", ids(2)[0], "boom", retry_at=None, owner="third")
    states = {event_id: store.get("", event_id) for event_id in ids(1, 2, 3)}
    assert [(e.state, e.attempts) for e in states.values() if e is not None] == [("done", 1), ("dead", 1),
                                                                                   ("pending", 0)]  # fmt: skip
    with pytest.raises(InvalidInputError):
        store.mark_done("", ids(3)[0], owner="")


@pytest.mark.parametrize("timeout", [None, LEASE / 2], ids=["waits", "overdue"])
@pytest.mark.parametrize("late", ["succeeds", "fails"])
def test_a_late_outcome_never_overwrites_the_next_owners(stores: list[InboxStore], timeout: float | None,
                                                         late: str) -> None:  # fmt: skip
    """The first dispatcher's lease runs out while its handler runs (its renewals cannot reach the store); the second
    claims the event and records its outcome; then the first's handler ends. Under either outcome of either, the
    state is the second's: a late success does not hide the second's failure (nor count it done twice), a late
    failure does not make the second's done event due again (a second hand-off)."""
    add(stores[0], 1)
    release = threading.Event()
    started = threading.Event()

    def slow(item: StoredEvent) -> None:
        started.set()
        assert release.wait(WAIT), "never released"
        if late == "fails":
            raise RuntimeError("the late hand-off failed")

    first = Dispatcher(Unreachable(stores[0]), slow, lease_seconds=LEASE, handler_timeout=timeout)
    runner = threading.Thread(target=first.run_once)
    runner.start()
    try:
        assert started.wait(WAIT)
        second_fails = late == "succeeds"  # the opposite outcome, so that an overwrite would show
        recorder = Recorder(fail=set(ids(1)) if second_fails else set())
        second = Dispatcher(stores[1], recorder, lease_seconds=60, handler_timeout=None, max_attempts=1)
        deadline = time.monotonic() + WAIT
        while (found := stores[1].get("", ids(1)[0])) is None or found.state not in ("done", "dead"):
            assert time.monotonic() < deadline, "the second dispatcher never claimed the expired event"
            second.run_once()  # nothing until the first's lease runs out (it cannot renew)
            time.sleep(0.02)
        recorded = stores[1].get("", ids(1)[0])
        assert recorded is not None and recorded.attempts == 1
    finally:
        release.set()
        runner.join(WAIT)
    wait_until_no_overdue(first)
    after = stores[1].get("", ids(1)[0])
    assert after is not None
    assert (after.state, after.attempts, after.last_error) == (recorded.state, 1, recorded.last_error)
    assert first.handed_on == 0
    assert stores[1].claim(limit=10, lease_seconds=60) == []  # nothing made due again


def wait_until_no_overdue(dispatcher: Dispatcher) -> None:
    deadline = time.monotonic() + WAIT
    while dispatcher.overdue:
        assert time.monotonic() < deadline, "the overdue handler's outcome was never recorded"
        time.sleep(0.02)


def test_an_async_dispatchers_late_outcome_never_overwrites_the_next_owners(stores: list[InboxStore]) -> None:

    add(stores[0], 1)
    second_done = threading.Event()

    async def slow(item: StoredEvent) -> None:
        while not second_done.is_set():  # the lease runs out meanwhile: renewals cannot reach the store
            await asyncio.sleep(0.02)
        raise RuntimeError("the late hand-off failed")

    first = AsyncDispatcher(Unreachable(stores[0]), slow, lease_seconds=LEASE, handler_timeout=None)
    recorder = Recorder()
    second = Dispatcher(stores[1], recorder, lease_seconds=60, handler_timeout=None)

    def take_over() -> None:
        deadline = time.monotonic() + WAIT
        while not second.run_once() and time.monotonic() < deadline:
            time.sleep(0.02)
        second_done.set()

    taker = threading.Thread(target=take_over)
    taker.start()
    assert asyncio.run(first.run_once()) == 0
    taker.join(WAIT)
    assert recorder.ids == ids(1)
    after = stores[1].get("", ids(1)[0])
    assert after is not None and (after.state, after.attempts, after.last_error) == ("done", 1, None)


class Tracking:
    """A handler that counts each event's hand-offs and any two of one event at once; the ``slow`` ones take longer
    than a lease (the heartbeat must keep them)."""

    def __init__(self, slow: set[str]) -> None:
        self.calls: Counter[str] = Counter()
        self.running: set[str] = set()
        self.overlaps: list[str] = []
        self.lock = threading.Lock()
        self.slow = slow

    def __call__(self, item: StoredEvent) -> None:
        with self.lock:
            if item.event_id in self.running:
                self.overlaps.append(item.event_id)
            self.running.add(item.event_id)
            self.calls[item.event_id] += 1
        try:
            if item.event_id in self.slow:
                time.sleep(LIVE_LEASE * 1.3)  # simulated work, longer than a lease (not a synchronisation)
        finally:
            with self.lock:
                self.running.discard(item.event_id)


def wait_done(store: InboxStore, count: int, deadline: float) -> None:
    while store.counts()["done"] < count:
        assert time.monotonic() < deadline, f"handed on: {store.counts()}"
        time.sleep(0.05)


def test_many_dispatchers_on_many_threads_hand_each_event_on_once(store_url: str) -> None:
    """Eight dispatchers (each its own connection) on threads, some handlers slower than the lease and past their
    timeout, one dispatcher stopped cleanly half-way and replaced: every event handed on exactly once, never two
    hand-offs of one event at once."""
    count = 400
    seed = open_store(store_url)
    add(seed, *range(1, count + 1))
    handler = Tracking(slow=set(random.Random(4242).sample(ids(*range(1, count + 1)), 6)))

    def serve(dispatcher: Dispatcher, stop: threading.Event) -> None:
        dispatcher.run_forever(stop)
        dispatcher.release()

    stores = [open_store(store_url) for _ in range(9)]
    stops = [threading.Event() for _ in range(9)]
    dispatchers = [Dispatcher(s, handler, lease_seconds=LIVE_LEASE, batch=7, poll_interval=0.05, handler_timeout=1.0)
                   for s in stores]  # fmt: skip
    threads = [threading.Thread(target=serve, args=(d, stop)) for d, stop in zip(dispatchers, stops, strict=True)]
    for thread in threads[:8]:
        thread.start()
    try:
        deadline = time.monotonic() + WAIT * 2
        wait_done(seed, count // 2, deadline)
        stops[3].set()
        threads[3].join(WAIT)
        threads[8].start()  # the replacement
        wait_done(seed, count, deadline)
    finally:
        for stop, dispatcher in zip(stops, dispatchers, strict=True):
            stop.set()
            dispatcher.wake.set()
        for thread in threads:
            if thread.ident is not None:
                thread.join(WAIT)
    assert handler.overlaps == []
    assert set(handler.calls) == set(ids(*range(1, count + 1)))
    assert [event for event, n in handler.calls.items() if n > 1] == []
    assert seed.counts() == {"pending": 0, "done": count, "failed": 0, "dead": 0}
    for store in [seed, *stores]:
        store.close()


def test_a_clean_stop_gives_back_its_claims_but_not_an_overdue_handlers(stores: list[InboxStore]) -> None:
    """``release()`` after the loop: the claims left over are due again at once for another dispatcher, while the
    event of a handler still running past its timeout stays its own (leased, renewed) until it ends and records."""
    add(stores[0], 1, 2)
    release = threading.Event()
    started = threading.Event()

    def hung(item: StoredEvent) -> None:
        if item.event_id == ids(1)[0]:
            started.set()
            assert release.wait(WAIT), "never released"

    first = Dispatcher(stores[0], hung, lease_seconds=LIVE_LEASE, handler_timeout=0.05)
    # A claim left over, as when the store failed mid-batch: claimed with the first's token, never handed on.
    assert [c.event_id for c in stores[0].claim(limit=10, lease_seconds=60, owner=first.leases.owner)] == ids(1, 2)
    stores[0].release_leases(first.leases.owner, keep=[("", "", ids(2)[0])])  # event 1: due for the first's loop
    assert first.run_once() == 0 and started.is_set() and first.overdue == {("", "", ids(1)[0])}
    assert first.release() == 1  # event 2 given back; event 1 kept by its running handler
    other = Recorder()
    second = Dispatcher(stores[1], other, lease_seconds=LIVE_LEASE, handler_timeout=None)
    assert second.run_once() == 1 and other.ids == ids(2)
    release.set()
    wait_until_no_overdue(first)
    assert second.run_once() == 0 and other.ids == ids(2)
    handed = stores[1].get("", ids(1)[0])
    assert handed is not None and (handed.state, handed.attempts) == ("done", 1)


def test_on_postgresql_a_machine_whose_clock_is_ahead_never_takes_a_live_lease(
    postgres: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leases are set and compared by the server's clock: a dispatcher on a machine an hour ahead sees another's
    lease as live (on its own clock every lease would have run out), and the owner's renewals still land."""
    import types

    from stripe_connector.events import _sql
    from stripe_connector.testing.launchers.postgres import fresh_database

    url = fresh_database(postgres, f"clocks_{time.monotonic_ns()}")
    here, ahead = open_store(url), open_store(url)
    try:
        add(here, 1)
        assert [c.event_id for c in here.claim(limit=10, lease_seconds=60, owner="here")] == ids(1)
        monkeypatch.setattr(_sql, "time", types.SimpleNamespace(time=lambda: time.time() + 3600))
        assert ahead.claim(limit=10, lease_seconds=60, owner="ahead") == []
        assert here.renew_leases("here", [("", "", ids(1)[0])], 60) == {("", "", ids(1)[0])}
        assert ahead.claim(limit=10, lease_seconds=60, owner="ahead") == []
    finally:
        here.close()
        ahead.close()
