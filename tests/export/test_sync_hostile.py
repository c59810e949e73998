"""The threaded scheduler against its own threads: a worker held up between receiving a page and handing it over,
and a checkpoint taken while a worker cuts a shard. Events hold the one worker at the one moment, so each race
that went wrong once in many loaded runs happens every time: resumed, the export must hand out again at most the
page the consumer was on, and every checkpoint must hold each second of the range in exactly one shard."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import StripeConnector
from stripe_connector.export._checkpoint import Change, CheckpointStore, State
from stripe_connector.export._plan import PageRequest, Planner, Received, Shard
from stripe_connector.export._sync import _Threads
from stripe_connector.testing.doubles import ListStripe, spread

from tests.support.keys import API_KEY

END = 1_780_000_000
START = END - 30 * 86_400
#: Long enough for a worker to fetch the next page (the double answers in milliseconds), short for the suite.
HOLD = 0.2


@pytest.fixture(scope="module")
def double() -> Iterator[ListStripe]:
    with ListStripe(spread(1_500, start=START, end=END), latency=0.001) as running:
        yield running


class RecordingStore(CheckpointStore):
    """An in-memory checkpoint store that keeps every state written to it."""

    def __init__(self) -> None:
        self.states: dict[str, State] = {}
        self.written: list[State] = []
        self.lock = threading.Lock()

    def update(self, key: str, change: Change) -> State | None:
        with self.lock:
            state = change(self.states.get(key))
            if state is None:
                self.states.pop(key, None)
            else:
                self.states[key] = state
                self.written.append(state)
            return state


def test_a_page_held_up_on_its_way_to_the_consumer_is_not_passed_by_its_shard_s_next_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker descheduled (or waiting for room in the buffer) between its page and the queue: the shard's next
    page, fetched meanwhile by another worker, used to reach the consumer first; committed in that order the
    checkpoint went back a page, and the resume handed a whole page out again (or, stopped in between, skipped one).

    The range is one second: one shard that cannot be cut, whose next page the other worker asks for at once."""
    pages: list[list[str]] = []  # every page handed over, as ids
    held: dict[str, list[str]] = {}
    next_received, passed = threading.Event(), threading.Event()
    real_hand_over, real_receive = _Threads.hand_over, Planner.receive

    def watched_receive(self: Planner, request: PageRequest, page: Mapping[str, Any]) -> Received:
        received = real_receive(self, request, page)
        if "first" in held and received.objects and received.objects[0]["id"] not in held["first"]:
            next_received.set()
        return received

    def held_up(self: _Threads, item: Any) -> bool:
        if isinstance(item, Received) and item.objects:
            ids = [obj["id"] for obj in item.objects]
            pages.append(ids)
            if not held:
                held["first"] = ids
                assert next_received.wait(10), "the other worker did not fetch the next page"
                passed.wait(HOLD)  # the next page may pass this one now, if anything lets it
            elif "next" not in held:
                held["next"] = ids
                try:
                    return real_hand_over(self, item)
                finally:
                    passed.set()  # in the queue before the held page, if nothing kept it out
        return real_hand_over(self, item)

    monkeypatch.setattr(_Threads, "hand_over", held_up)
    monkeypatch.setattr(Planner, "receive", watched_receive)
    second = END - 100
    options: dict[str, Any] = {
        "checkpoint": str(tmp_path / "cp.json"),
        "checkpoint_interval": 0,
        "created_gte": second,
        "created_lt": second + 1,
        "concurrency": 2,
    }
    with ListStripe([second] * 450, latency=0.001) as double, StripeConnector(API_KEY, base_url=double.url) as stripe:
        iterator = stripe.export("list_customers", **options)
        taken: list[str] = []
        for item in iterator:
            taken.append(item["id"])
            if "next" in held and set(held["first"] + held["next"]) <= set(taken):
                break  # both pages taken (so both committed once the next object is asked for)
        taken.append(next(iterator)["id"])
        iterator.close()  # type: ignore[attr-defined]
        monkeypatch.setattr(_Threads, "hand_over", real_hand_over)
        rest = [item["id"] for item in stripe.export("list_customers", **options)]
        all_ids = double.all_ids()
    everything = taken + rest
    assert sorted(set(everything)) == sorted(all_ids)
    # Handed out again: only objects of the page the consumer was on when it stopped.
    on = next(ids for ids in pages if taken[-1] in ids)
    again = [identity for identity in set(everything) if everything.count(identity) > 1]
    assert set(again) <= set(on) & set(taken), f"{len(again)} objects handed out again"


def test_every_checkpoint_taken_while_a_worker_cuts_a_shard_holds_each_second_once(
    double: ListStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The consumer commits (and takes the checkpoint's state) while the workers cut shards: a state taken half-way
    through a cut (the new, older shard added, the cut one not yet narrowed) held the cut-off range twice, and a
    resume from it would fetch that range twice."""
    commits = [0]
    blocked = threading.Event()
    committed_meanwhile = threading.Event()
    real_add, real_commit = Planner._add, Planner.commit

    def slow_add(self: Planner, gte: int, lt: int, density: float | None = None) -> Shard:
        shard = real_add(self, gte, lt, density)
        # A cut while the consumer is on a page it has not committed: held half-way, for the consumer to commit.
        if getattr(self, "pages", 0) > commits[0] and not blocked.is_set():
            blocked.set()
            committed_meanwhile.wait(HOLD)
        return shard

    def counted_commit(self: Planner, received: Received) -> None:
        real_commit(self, received)
        commits[0] += 1
        if blocked.is_set():
            committed_meanwhile.set()

    monkeypatch.setattr(Planner, "_add", slow_add)
    monkeypatch.setattr(Planner, "commit", counted_commit)
    store = RecordingStore()
    options: dict[str, Any] = {"checkpoint": store, "checkpoint_interval": 0, "created_gte": START, "created_lt": END}
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        iterator = stripe.export("list_customers", concurrency=4, buffer_pages=32, **options)
        ids = [next(iterator)["id"]]
        # The consumer stays on its first page until a worker cuts a shard (a room of 32 pages: none waits for it).
        assert blocked.wait(10), "no shard was cut after the first page: the race was not set up"
        ids.extend(item["id"] for item in iterator)
    assert commits[0] > 1 and committed_meanwhile.is_set()
    assert sorted(ids) == sorted(double.all_ids())
    assert store.written
    for state in store.written:
        ranges = sorted((shard["gte"], shard["lt"]) for shard in state["shards"])
        assert ranges[0][0] == state["gte"] and ranges[-1][1] == state["lt"]
        assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges)), ranges
