"""The inbox on both stores (SQLite file, real PostgreSQL): an event stored once and its repeats recognised, the
cursor kept in the same store, bad store URLs, private files. And ``events serve`` SIGKILLed at random moments on
each store loses nothing it acknowledged. Handing on (dispatch) is in test_dispatch_flows.py; the store fixtures in
conftest.py."""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import InboxStore, open_store, parse_event, webhook_app
from stripe_connector.testing.launchers.postgres import PostgresServer, fresh_database

from tests.support.events_serve import ServeProcess
from tests.support.events_support import SECRET, event_body, signed_headers

_names = itertools.count()


def test_an_event_is_stored_once_and_its_repeats_are_recognised(store: InboxStore) -> None:
    body = event_body(1)
    event = parse_event(body)
    assert store.add(event, body) is True
    assert store.add(event, body) is False
    # The same id on a connected account is another event: unique by (account, id).
    other = event_body(1, account="acct_1Connected")
    assert store.add(parse_event(other), other) is True
    assert store.counts()["pending"] == 2
    stored = store.get("", event.id)
    assert stored is not None and stored.payload == body and stored.state == "pending" and stored.source == "webhook"


def test_the_cursor_is_kept_in_the_same_store(store_url: str) -> None:
    store = open_store(store_url)
    assert store.get_cursor("default") is None
    store.set_cursor("default", 1_700_000_000)
    store.set_cursor("default", 1_700_000_100)
    store.close()
    again = open_store(store_url)
    cursor = again.get_cursor("default")
    assert cursor is not None and cursor.created == 1_700_000_100
    again.close()


def test_unknown_store_urls_are_bad_input() -> None:
    for url in ("", "mysql://x", "sqlite://relative", "redis://localhost"):
        with pytest.raises(InvalidInputError) as info:
            open_store(url)
        assert info.value.param == "store"


def test_the_sqlite_file_is_private_and_a_postgres_password_never_shows(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/private.db")
    store.close()
    assert (tmp_path / "private.db").stat().st_mode & 0o077 == 0
    with pytest.raises(InvalidInputError) as info:
        open_store("postgresql://user:s3cr3t-pw@127.0.0.1:1/db")
    assert "s3cr3t-pw" not in str(info.value)


def test_nothing_acknowledged_is_lost_across_sigkills(store_url: str, tmp_path: Path) -> None:
    """``events serve`` SIGKILLed at random moments while 3 clients deliver: every acknowledged event is stored
    and handed on (a killed run's claims by the next run, once their lease runs out: a start takes nothing over,
    since other live processes may share the store); a repeat only where a kill fell between printing a line and
    recording it."""
    secret_file = tmp_path / "whsec"
    secret_file.write_text(SECRET)
    acknowledged: set[str] = set()
    rounds: list[ServeProcess] = []
    counter = iter(range(1_000_000))
    rng = random.Random(1919)
    kills = 2
    for round_number in range(kills + 1):
        serve = ServeProcess(tmp_path, store_url, [secret_file], name=f"round{round_number}",
                             extra=["--lease-seconds", "2"]).start()  # fmt: skip
        rounds.append(serve)
        if round_number < kills:
            _deliver_until_killed(serve, acknowledged, counter, rng)
    final = rounds[-1]
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            printed = Counter(e["id"] for r in rounds for e in r.printed())
            if acknowledged <= set(printed) and _pending(store_url) == 0:
                break
            time.sleep(0.1)
    finally:
        final.stop()
    printed = Counter(e["id"] for r in rounds for e in r.printed())
    assert len(acknowledged) > 20
    assert acknowledged <= set(printed), sorted(acknowledged - set(printed))[:5]
    # A repeat is possible only when a kill fell between printing a line and recording it: one per kill at most.
    assert sum(n - 1 for n in printed.values()) <= kills
    store = open_store(store_url)
    assert all(store.get("", event_id) is not None for event_id in acknowledged)
    assert store.counts()["pending"] == 0
    store.close()


def _pending(store_url: str) -> int:
    store = open_store(store_url)
    try:
        return store.counts()["pending"]
    finally:
        store.close()


def _deliver_until_killed(serve: ServeProcess, acknowledged: set[str], counter: Iterator[int],
                          rng: random.Random) -> None:  # fmt: skip
    """3 clients deliver new events to ``serve`` until it is SIGKILLed at a random moment (once it serves)."""
    stop = threading.Event()

    def send() -> None:
        with httpx.Client(timeout=2) as client:
            while not stop.is_set():
                body = event_body(next(counter))
                try:
                    answer = client.post(serve.url, content=body, headers=signed_headers(body))
                except httpx.TransportError:
                    return
                if answer.status_code == 200:
                    acknowledged.add(answer.json()["id"])

    senders = [threading.Thread(target=send) for _ in range(3)]
    before = len(acknowledged)
    for sender in senders:
        sender.start()
    deadline = time.monotonic() + 5
    while len(acknowledged) < before + 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0.1, 0.5))
    serve.kill()  # SIGKILL, mid-request for some senders
    stop.set()
    for sender in senders:
        sender.join()


def test_a_postgres_restart_answers_503_then_the_inbox_recovers(postgres: PostgresServer) -> None:
    """The server goes away under a running receiver: deliveries get 503 (nothing acknowledged that is not stored),
    and once it is back the same receiver stores again, without a restart of its own."""
    url = fresh_database(postgres, f"restart_{next(_names)}")
    store = open_store(url)
    app = webhook_app(store, SECRET)

    async def post(body: bytes) -> int:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return (await client.post("/stripe/webhook", content=body, headers=signed_headers(body))).status_code

    try:
        assert asyncio.run(post(event_body(1))) == 200
        postgres.stop()
        assert asyncio.run(post(event_body(2))) == 503
        postgres.start()
        assert asyncio.run(post(event_body(2))) == 200
        assert asyncio.run(post(event_body(1))) == 200
    finally:
        app.close()
    assert store.counts()["pending"] == 2
    store.close()
