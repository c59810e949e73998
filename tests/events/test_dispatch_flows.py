"""Handing stored events on (the dispatcher) on both stores: retries with backoff, dead letters and replay, leases
between dispatchers, and concurrency: one event delivered 8 times at once, 1,000 deliveries with 30% repeats
shuffled and several at once, two dispatchers on one inbox. Each event must be handed on exactly once."""

from __future__ import annotations

import asyncio
import random
import threading
import time

import httpx
from stripe_connector.events import Backoff, Dispatcher, InboxStore, open_store, parse_event, webhook_app

from tests.support.events_support import SECRET, Recorder, event_body, signed_headers


def test_failures_back_off_then_go_dead_and_a_person_can_replay(store: InboxStore) -> None:
    body = event_body(7)
    store.add(parse_event(body), body)
    recorder = Recorder(fail={"evt_test_00000007"})
    # A backoff of a whole second: the "not due yet" call below comes well within it, even on a loaded machine
    # (at 50 ms a busy PostgreSQL round trip made the retry due before it, and it was handed on a second time).
    dispatcher = Dispatcher(store, recorder, max_attempts=3, backoff=Backoff(base=1.0, cap=1.0, jitter=0))
    assert dispatcher.run_once() == 0
    failed = store.get("", "evt_test_00000007")
    assert failed is not None and failed.state == "failed" and failed.attempts == 1
    assert "downstream refused" in (failed.last_error or "")
    assert dispatcher.run_once() == 0  # not due yet: backoff
    assert store.get("", "evt_test_00000007").attempts == 1  # type: ignore[union-attr]
    for _ in range(2):
        time.sleep(1.05)
        dispatcher.run_once()
    dead = store.get("", "evt_test_00000007")
    assert dead is not None and dead.state == "dead" and dead.attempts == 3
    time.sleep(1.05)
    assert dispatcher.run_once() == 0 and recorder.ids == []  # dead stays dead
    recorder.fail.clear()
    assert store.replay("", "evt_test_00000007") is True
    assert store.replay("", "evt_test_99999999") is False
    assert dispatcher.run_until_idle() == 1 and recorder.ids == ["evt_test_00000007"]
    assert store.get("", "evt_test_00000007").state == "done"  # type: ignore[union-attr]


def test_a_lease_keeps_a_second_dispatcher_off_and_expires_for_recovery(store: InboxStore) -> None:
    body = event_body(3)
    store.add(parse_event(body), body)
    claimed = store.claim(limit=10, lease_seconds=0.2)
    assert [c.event_id for c in claimed] == ["evt_test_00000003"]
    assert store.claim(limit=10, lease_seconds=0.2) == []
    time.sleep(0.25)  # the first dispatcher "died": its lease runs out and the event is handed on again
    assert [c.event_id for c in store.claim(limit=10, lease_seconds=5)] == ["evt_test_00000003"]
    assert store.release_leases() == 1


def test_eight_concurrent_deliveries_of_one_event_store_and_hand_on_one(store_url: str) -> None:
    body = event_body(42)
    event = parse_event(body)
    stores = [open_store(store_url) for _ in range(8)]
    barrier = threading.Barrier(8)
    results: list[bool] = []

    def deliver(own: InboxStore) -> None:
        barrier.wait()
        results.append(own.add(event, body))

    threads = [threading.Thread(target=deliver, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True]
    recorders = [Recorder() for _ in range(8)]
    dispatchers = [Dispatcher(s, r) for s, r in zip(stores, recorders, strict=True)]
    runners = [threading.Thread(target=d.run_until_idle) for d in dispatchers]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join()
    assert sum(len(r.ids) for r in recorders) == 1
    for own in stores:
        own.close()


def test_a_thousand_deliveries_with_repeats_in_any_order_are_handed_on_exactly_once(store_url: str) -> None:
    store = open_store(store_url)
    app = webhook_app(store, SECRET)
    unique = [event_body(n) for n in range(700)]
    deliveries = unique + random.Random(19).choices(unique, k=300)  # 30% repeats
    random.Random(7).shuffle(deliveries)
    recorder = Recorder()
    dispatchers = [Dispatcher(open_store(store_url), recorder, batch=50) for _ in range(2)]
    stop = threading.Event()
    threads = [threading.Thread(target=d.run_forever, args=(stop,)) for d in dispatchers]
    for thread in threads:
        thread.start()

    async def deliver_all() -> list[httpx.Response]:
        limit = asyncio.Semaphore(16)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as client:

            async def one(body: bytes) -> httpx.Response:
                async with limit:
                    return await client.post("/stripe/webhook", content=body, headers=signed_headers(body))

            return await asyncio.gather(*(one(body) for body in deliveries))

    try:
        answers = asyncio.run(deliver_all())
        assert all(a.status_code == 200 for a in answers)
        assert sum(a.json()["duplicate"] for a in answers) == 300
        deadline = time.monotonic() + 20
        while len(recorder.ids) < 700 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        app.close()
    counts = recorder.counts()
    assert len(counts) == 700 and set(counts.values()) == {1}
    assert store.counts() == {"pending": 0, "done": 700, "failed": 0, "dead": 0}
    for dispatcher in dispatchers:
        dispatcher.store.close()
    store.close()
