"""Catch-up at the rate bound: a poller far behind reads its window with the export engine and hands it into the
inbox in ``created`` order, exactly once, whatever kills it (a failing store mid-hand-in, SIGKILLs of a process)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector.events import AsyncEventPoller, EventPoller, InboxStore, PollResult, _catchup, open_store
from stripe_connector.testing.doubles import EventStripe

from tests.support.keys import API_KEY

REPO = Path(__file__).resolve().parents[2]
EVENTS = 3_000
OBJECTS = 300


def fill(double: EventStripe, count: int = EVENTS) -> list[dict[str, Any]]:
    """``count`` events over the last two hours, several per second, oldest first (as the double keeps them)."""
    rng = random.Random(3)
    now = int(time.time()) - 120
    created = sorted(now - rng.randrange(7200) for _ in range(count))
    events = [{"id": f"evt_cu_{n:08d}", "object": "event", "type": "invoice.updated", "created": c,
               "livemode": False, "api_version": "2023-10-16",
               "data": {"object": {"id": f"in_{n % OBJECTS:06d}", "object": "invoice"}}}
              for n, c in enumerate(created)]  # fmt: skip
    with double.lock:
        double.events.extend(events)
        double._listings.clear()
    return events


def stored_in_order(store: InboxStore) -> list[tuple[str, int]]:
    return [(event.event_id, event.created) for event in store.list(limit=EVENTS * 2)]


def assert_handed_in_order(store: InboxStore, events: list[dict[str, Any]]) -> None:
    stored = stored_in_order(store)
    assert sorted(event_id for event_id, _ in stored) == sorted(event["id"] for event in events)
    assert len({event_id for event_id, _ in stored}) == len(stored), "an event was stored twice"
    # Stored (and so claimed and handed on) oldest first: by created, and within a second in Stripe's order.
    assert [event_id for event_id, _ in stored] == [event["id"] for event in events]


@pytest.fixture
def double() -> Iterator[EventStripe]:
    with EventStripe() as server:
        yield server


def test_a_window_far_behind_is_read_by_the_export_engine_and_handed_in_in_order(
    double: EventStripe, inbox: InboxStore, tmp_path: Path
) -> None:
    events = fill(double)
    with StripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        poller = EventPoller(connector, inbox, lag=0, spool_dir=tmp_path / "spool")
        result = poller.poll_once()
        assert (result.read, result.added) == (EVENTS, EVENTS)
        assert result.pages >= EVENTS // 100  # each page read once, in shards (no page twice per shard)
        assert_handed_in_order(inbox, events)
        assert inbox.get_cursor("default").created == result.cursor  # type: ignore[union-attr]
        assert not any((tmp_path / "spool").rglob("*.jsonl")), "the spool is removed once handed in"
        again = poller.poll_once()
        assert again.added == 0


def test_an_async_poller_far_behind_catches_up_through_the_same_spool_in_order(
    double: EventStripe, inbox: InboxStore, tmp_path: Path
) -> None:
    events = fill(double)

    async def poll() -> tuple[PollResult, PollResult]:
        async with AsyncStripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
            poller = AsyncEventPoller(connector, inbox, lag=0, spool_dir=tmp_path / "spool")
            return await poller.poll_once(), await poller.poll_once()

    result, again = asyncio.run(poll())
    assert (result.read, result.added, again.added) == (EVENTS, EVENTS, 0)
    assert EVENTS // 100 <= result.pages < EVENTS // 100 * 2  # in shards, each page once
    assert double.calls["GET /v1/events"] >= result.pages + 3  # the three held pages, then the export's
    assert_handed_in_order(inbox, events)
    assert not any((tmp_path / "spool").rglob("*.jsonl")), "the spool is removed once handed in"


def test_a_short_window_is_still_read_page_by_page(double: EventStripe, inbox: InboxStore, tmp_path: Path) -> None:
    events = fill(double, 250)
    with StripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        result = EventPoller(connector, inbox, lag=0, spool_dir=tmp_path / "spool").poll_once()
    assert (result.read, result.pages) == (250, 3)
    assert_handed_in_order(inbox, events)
    assert not (tmp_path / "spool").exists()


def test_a_store_failing_mid_hand_in_then_a_restart_stores_each_event_once_in_order(
    double: EventStripe, inbox: InboxStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = fill(double)
    webhook = events[10]  # already received by webhook: a repeat when caught up
    from stripe_connector.events import parse_event

    inbox.add(parse_event(webhook), b"{}", "webhook")
    real = inbox.add_many
    calls = {"n": 0}

    def failing(items: Any) -> list[bool]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk gone")
        return real(items)

    monkeypatch.setattr(_catchup, "HAND_IN_BATCH", 400)
    with StripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        poller = EventPoller(connector, inbox, lag=0, spool_dir=tmp_path / "spool")
        monkeypatch.setattr(inbox, "add_many", failing)
        with pytest.raises(OSError):
            poller.poll_once()
        assert inbox.get_cursor("default") is None  # the cursor moves only after the whole window is in
        monkeypatch.setattr(inbox, "add_many", real)
        requests_before = sum(double.calls.values())
        result = poller.poll_once()
        assert sum(double.calls.values()) == requests_before, "the spool was complete: nothing is read again"
    assert result.read == EVENTS and result.added == EVENTS - 800  # two batches of 400 were in (one a repeat)
    stored = stored_in_order(inbox)
    assert stored[0][0] == webhook["id"]
    caught_up = [event for event in events if event is not webhook]
    assert [event_id for event_id, _ in stored[1:]] == [event["id"] for event in caught_up]


CHILD = f"""
import asyncio, sys
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector.export._pace import PacedRateLimiter
from stripe_connector.events import AsyncEventPoller, EventPoller, _catchup, open_store
url, store_url, spool, mode = sys.argv[1:5]
_catchup.HAND_IN_BATCH = 250  # many hand-in transactions: a kill may land between any two
store = open_store(store_url)
options = dict(base_url=url, max_retries=0, rate_limiter=PacedRateLimiter(60))
if mode == "sync":
    with StripeConnector("{API_KEY}", **options) as connector:
        EventPoller(connector, store, lag=0, spool_dir=spool).poll_once()
else:
    async def main():
        async with AsyncStripeConnector("{API_KEY}", **options) as connector:
            await AsyncEventPoller(connector, store, lag=0, spool_dir=spool).poll_once()
    asyncio.run(main())
store.close()
"""


def stored_rows(path: Path) -> int:
    """Events in the inbox file so far (0 before the child created it)."""
    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(path, timeout=5)) as db:
        try:
            return int(db.execute("SELECT count(*) FROM stripe_connector_events").fetchone()[0])
        except sqlite3.OperationalError:  # the table is not there yet
            return 0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_sigkill_at_any_moment_then_restart_stores_each_event_once_in_order(
    double: EventStripe, tmp_path: Path, mode: str
) -> None:
    events = fill(double)
    database = tmp_path / "inbox.db"
    argv = [sys.executable, "-c", CHILD, double.url, f"sqlite:///{database}", str(tmp_path / "spool"), mode]
    env = {**os.environ, "PYTHONPATH": str(REPO / "wrapper")}
    rng = random.Random(11 if mode == "sync" else 12)
    kills = 0
    # Kills after a random number of the double's requests (while reading) or of events stored (while handing in),
    # whatever the machine's speed, then a run to the end.
    targets = [("requests", rng.randint(1, 30)), ("rows", rng.randint(1, EVENTS - 1)), ("requests", rng.randint(1, 30)),
               ("rows", rng.randint(1, EVENTS - 1)), None]  # fmt: skip
    for target in targets:
        before = sum(double.calls.values())
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if target is not None:
            kind, count = target
            while child.poll() is None and (
                sum(double.calls.values()) < before + count if kind == "requests" else stored_rows(database) < count
            ):
                time.sleep(0.002)
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                child.wait()
                kills += 1
                continue
        child.wait(timeout=120)
        assert child.returncode == 0, child.stderr.read().decode()[-2000:] if child.stderr else ""
    assert kills >= 1, "no kill landed: the run is too quick for this test"
    store = open_store(f"sqlite:///{database}")
    try:
        assert_handed_in_order(store, events)
    finally:
        store.close()


def test_a_connections_catch_up_stores_under_that_connection_and_moves_only_its_cursor(
    double: EventStripe, inbox: InboxStore, tmp_path: Path
) -> None:
    events = fill(double, 1_000)
    with StripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        poller = EventPoller(connector, inbox, lag=0, spool_dir=tmp_path / "spool", connection="conn_a")
        result = poller.poll_once()
        assert (result.read, result.added) == (1_000, 1_000)
    stored = inbox.list(limit=2_000)
    assert {event.connection for event in stored} == {"conn_a"}
    assert sorted(event.event_id for event in stored) == sorted(event["id"] for event in events)
    assert inbox.get_cursor("default", connection="conn_a").created == result.cursor  # type: ignore[union-attr]
    assert inbox.get_cursor("default") is None, "the single connection's cursor is another connection's"


def test_two_inboxes_polling_one_account_under_one_cursor_name_keep_their_spools_apart(tmp_path: Path) -> None:
    """Two inboxes on one machine, one key, the default cursor name: each its own spool (one would otherwise find
    the other's catch-up running), and the same inbox opened again finds its own after a restart."""
    first, second = (open_store(f"sqlite:///{tmp_path}/{name}.db") for name in ("a", "b"))
    again = open_store(f"sqlite:///{tmp_path}/a.db")
    try:
        with StripeConnector(API_KEY, base_url="http://127.0.0.1:9", max_retries=0) as connector:
            places = [_catchup.spool_dir(connector, store, "default", None) for store in (first, second, again)]
        assert places[0] != places[1] and places[0] == places[2]
    finally:
        for store in (first, second, again):
            store.close()
