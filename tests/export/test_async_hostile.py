"""The asyncio scheduler against its own tasks: the families of test_sync_hostile.py, on one event loop.

The source is a fake connector answering from memory (Stripe's list semantics, as ``test_plan.MemoryList``), with an
await point in every answer and ``asyncio.Event`` gates where a test holds one task at one moment, so each race
happens every time and no test waits on the clock:

* a page held on its way to the consumer while its shard's next page comes back: it must still go first;
* the consumer committing (and saving a checkpoint) while the workers cut shards: every state saved partitions the
  range, and a resume from any of them hands out exactly what was not committed;
* a consumer stopped between commits and resumed from its checkpoint: nothing lost, nothing repeated;
* the export's task cancelled at any await point (a hypothesis property) and resumed: nothing lost, and only the
  page the consumer was on can come again.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import AsyncStripeConnector
from stripe_connector._http.rate_limit import RateGate
from stripe_connector._types.options import PreparedRequest
from stripe_connector.export import _async, _run
from stripe_connector.export._async_close import ClosingIterator
from stripe_connector.export._checkpoint import Change, CheckpointStore, State
from stripe_connector.export._plan import PAGE_LIMIT, Planner, Received, Shard

from tests.support.keys import API_KEY

END = 1_780_000_000
START = END - 30 * 86_400
#: How long a gate may wait for the moment it is set for before the test says the race was not set up (a bound,
#: never a synchronisation: every gate is opened by an event of the run itself).
PATIENCE = 30.0


class FakeList:
    """Stripe's list over ``created`` values (newest first, ties by creation order, cursors by position), answered
    from memory. Every answer yields to the loop once (a real answer would), and ``gate`` may hold one: a function
    of the answer about to go out, returning an event to wait for (or None)."""

    def __init__(self, created: list[int]) -> None:
        self.order = sorted(((c, n) for n, c in enumerate(created)), key=lambda item: (-item[0], -item[1]))
        self.position = {f"cus_{n}": index for index, (_, n) in enumerate(self.order)}
        self.pages: list[list[str]] = []  # every page answered, as ids, in the order answered
        self.gate: Callable[[list[str], str | None], asyncio.Event | None] = lambda ids, cursor: None

    @property
    def ids(self) -> list[str]:
        return sorted(self.position)

    async def answer(self, target: str) -> dict[str, Any]:
        query = {name: values[0] for name, values in parse_qs(urlsplit(target).query).items()}
        gte, lt, cursor = int(query["created[gte]"]), int(query["created[lt]"]), query.get("starting_after")
        assert int(query["limit"]) == PAGE_LIMIT
        start = 0 if cursor is None else self.position[cursor] + 1
        matching = [(c, n) for c, n in self.order[start:] if gte <= c < lt]
        data: list[dict[str, Any]] = [
            {"id": f"cus_{n}", "object": "customer", "created": c} for c, n in matching[:PAGE_LIMIT]
        ]
        await asyncio.sleep(0)
        held = self.gate([item["id"] for item in data], cursor)
        if held is not None:
            await asyncio.wait_for(held.wait(), PATIENCE)
        self.pages.append([item["id"] for item in data])
        return {"object": "list", "url": "/v1/customers", "data": data, "has_more": len(matching) > PAGE_LIMIT}

    def page_of(self, identity: str) -> list[str]:
        return next(page for page in self.pages if identity in page)


class FakeConnector(AsyncStripeConnector):
    """An async connector whose every request is answered by a :class:`FakeList` (nothing goes over a network)."""

    def __init__(self, source: FakeList) -> None:
        super().__init__(API_KEY, base_url="http://127.0.0.1:9", max_retries=0)
        self.source = source

    async def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response:
        if gate is not None:
            await gate.wait_async()
        page = await self.source.answer(request.target)
        return httpx.Response(200, json=page, request=httpx.Request("GET", "http://127.0.0.1:9" + request.target))


class RecordingStore(CheckpointStore):
    """An in-memory checkpoint store that keeps every state written, with what the consumer had committed then."""

    def __init__(self, committed: list[str] | None = None) -> None:
        self.states: dict[str, State] = {}
        self.written: list[tuple[State, list[str]]] = []
        self.committed = committed if committed is not None else []

    def update(self, key: str, change: Change) -> State | None:
        state = change(self.states.get(key))
        if state is None:
            self.states.pop(key, None)
        else:
            self.states[key] = state
            self.written.append((state, list(self.committed)))
        return state

    def restored(self, state: State) -> RecordingStore:
        """A store holding ``state`` alone, under the same key, as a resumed export would find it."""
        (key,) = self.states
        store = RecordingStore()
        store.states[key] = state
        return store


def pages_of(stripe: AsyncStripeConnector, **options: Any) -> ClosingIterator[Received]:
    """The pages of an export of customers, as the scheduler hands them to its consumer."""
    job, run = _run.new_job(stripe.core, "list_customers", None, dict(options))
    return _async.aexport_pages(stripe, job, **run)


async def every_id(stripe: AsyncStripeConnector, **options: Any) -> list[str]:
    async with contextlib.aclosing(pages_of(stripe, **options)) as pages:
        return [item["id"] async for page in pages for item in page.objects]


def assert_partitions(state: State) -> None:
    """Each second of the state's range lies in exactly one of its shards."""
    ranges = sorted((shard["gte"], shard["lt"]) for shard in state["shards"])
    assert ranges[0][0] == state["gte"] and ranges[-1][1] == state["lt"], ranges
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges)), ranges


async def test_a_page_held_on_its_way_to_the_consumer_is_not_passed_by_its_shard_s_next_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The task of a shard's first page is held between receiving it and putting it in the queue (waiting for room,
    or descheduled) until the shard's next page has come back to another task and that task has tried to hand its
    page over. Handed over first, the next page would be committed first: the planner refuses that (the checkpoint
    would go back a page, or skip one) and the export fails. In the order received, every page comes once."""
    second = END - 100
    source = FakeList([second] * 450)  # one second: one shard that cannot be cut, walked page after page
    first_ids: list[str] = []
    next_back, next_handed, next_refused = asyncio.Event(), asyncio.Event(), asyncio.Event()

    def gate(ids: list[str], cursor: str | None) -> asyncio.Event | None:
        if first_ids and cursor == first_ids[-1]:
            next_back.set()  # the next page of the held one's shard is on its way back
        return None

    source.gate = gate

    class HeldQueue(asyncio.Queue[Any]):
        async def put(self, item: Any) -> None:
            if isinstance(item, Received) and item.objects and not first_ids:
                first_ids.extend(obj["id"] for obj in item.objects)
                await asyncio.wait_for(next_back.wait(), PATIENCE)
                # Until the next page's task has tried to hand it over: its put (passing this one) or its turn.
                waits = [asyncio.ensure_future(event.wait()) for event in (next_handed, next_refused)]
                await asyncio.wait(waits, timeout=PATIENCE, return_when=asyncio.FIRST_COMPLETED)
                for waiting in waits:
                    waiting.cancel()
            elif isinstance(item, Received) and first_ids and item.objects[0]["id"] not in first_ids:
                next_handed.set()
            await super().put(item)

    real_init, real_is_turn = _async._Tasks.__init__, _run.Turns.is_turn

    def init(self: _async._Tasks, connector: Any, run: _run.ExportRun) -> None:
        real_init(self, connector, run)
        self.pages = HeldQueue(maxsize=run.buffer)  # the first tasks are created, not yet started

    def is_turn(self: _run.Turns, ticket: int) -> bool:
        turn = real_is_turn(self, ticket)
        if not turn and first_ids:
            next_refused.set()
        return turn

    monkeypatch.setattr(_async._Tasks, "__init__", init)
    monkeypatch.setattr(_run.Turns, "is_turn", is_turn)
    handed: list[Received] = []
    async with FakeConnector(source) as stripe:
        pages = pages_of(stripe, created_gte=second, created_lt=second + 1, concurrency=2, checkpoint_interval=0)
        async with contextlib.aclosing(pages):
            handed.extend([page async for page in pages])
    assert next_back.is_set() and (next_handed.is_set() or next_refused.is_set()), "the race was not set up"
    assert [page.page for page in handed] == [1, 2, 3, 4, 5]
    assert [obj["id"] for obj in handed[0].objects] == first_ids
    ids = [obj["id"] for page in handed for obj in page.objects]
    assert sorted(ids) == source.ids and len(ids) == 450


async def test_every_checkpoint_saved_while_the_workers_cut_shards_partitions_the_range_and_resumes_exactly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The consumer stays on a page it has not committed while a worker cuts a shard (the new, older shard added,
    the cut one not yet narrowed), then commits: one event loop runs the cut and the commit one after the other,
    so no state saved may hold a second in two shards (or none), and a resume from any of them hands out exactly
    what was not committed when it was saved."""
    source = FakeList(random.Random(7).choices(range(START, END), k=1_500))
    cut = asyncio.Event()
    committed: list[str] = []
    real_add = Planner._add

    def add(self: Planner, gte: int, lt: int, density: float | None = None) -> Shard:
        shard = real_add(self, gte, lt, density)
        if getattr(self, "pages", 0) > 0:  # a cut after the first page came back (the first shards are not cuts)
            cut.set()
        return shard

    monkeypatch.setattr(Planner, "_add", add)
    store = RecordingStore(committed)
    options: dict[str, Any] = {"checkpoint": store, "checkpoint_interval": 0, "created_gte": START, "created_lt": END}
    async with FakeConnector(source) as stripe:
        async with contextlib.aclosing(pages_of(stripe, concurrency=4, buffer_pages=32, **options)) as pages:
            async for page in pages:
                if not committed:
                    await asyncio.wait_for(cut.wait(), PATIENCE)  # on its first page until a worker cuts a shard
                committed.extend(obj["id"] for obj in page.objects)  # committed when the next page is asked for
        assert sorted(committed) == source.ids and len(committed) == len(source.ids)
        assert len(store.written) > 3
        for state, _before in store.written:
            assert_partitions(state)
        for state, before in [*random.Random(1).sample(store.written, 4), store.written[1]]:
            if state.get("done"):
                continue
            rest = await every_id(stripe, **{**options, "checkpoint": store.restored(state)})
            assert sorted(before + rest) == source.ids, "a resume lost or repeated objects"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stop_after=st.integers(1, 12),
    concurrency=st.integers(1, 6),
    seed=st.integers(0, 2**16),
)
def test_a_consumer_stopped_between_commits_resumes_with_nothing_lost_and_nothing_repeated(
    stop_after: int, concurrency: int, seed: int
) -> None:
    """The consumer takes some pages and stops before asking for the next one: every page before the last is
    committed, the last is not. Resumed from the checkpoint, the export hands out every other object once: none
    of the committed pages again, and none lost (the uncommitted page among them)."""
    source = FakeList(random.Random(seed).choices(range(START, START + 86_400), k=900))
    options: dict[str, Any] = {"created_gte": START, "created_lt": START + 86_400, "concurrency": concurrency}

    async def main() -> tuple[list[Received], list[str]]:
        store = RecordingStore()
        committed: list[Received] = []
        async with FakeConnector(source) as stripe:
            async with contextlib.aclosing(pages_of(stripe, checkpoint=store, **options)) as pages:
                async for page in pages:
                    if len(committed) + 1 == stop_after:
                        break  # stopped on this page: it is not committed (the ones before it are)
                    committed.append(page)
            rest = await every_id(stripe, checkpoint=store, **options)
        return committed, rest

    pages, rest = asyncio.run(main())
    committed = [obj["id"] for page in pages for obj in page.objects]
    assert sorted(committed + rest) == source.ids
    assert len(set(rest)) == len(rest) and not set(rest) & set(committed)


async def cancel_then_resume(
    source: FakeList, options: dict[str, Any], steps: int, consumer_awaits: bool, held: bool
) -> tuple[list[str], list[str]]:
    """Iterate an export in a task cancelled after ``steps`` turns of the loop, then export again at once from the
    same checkpoint: (the objects taken before the cancellation, those of the resumed export)."""
    taken: list[str] = []

    async def take(item: dict[str, Any]) -> None:
        taken.append(item["id"])
        if consumer_awaits:
            await asyncio.sleep(0)

    async with FakeConnector(source) as stripe:
        kept: Any = stripe.export("list_customers", **options) if held else None  # a ClosingIterator

        async def consume() -> None:
            if kept is not None:
                async with contextlib.aclosing(kept):
                    async for item in kept:
                        await take(item)
            else:  # nothing names the iterator: it is dropped as the task ends
                async for item in stripe.export("list_customers", **options):
                    await take(item)

        task = asyncio.create_task(consume())
        for _ in range(steps):
            await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        if kept is not None:
            await kept.aclose()  # the caller closes what it holds (cancelled before it started, too)
        rest = [item["id"] async for item in stripe.export("list_customers", **options)]
    return taken, rest


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.integers(0, 400),
    concurrency=st.integers(1, 6),
    seed=st.integers(0, 2**16),
    file_store=st.booleans(),
    consumer_awaits=st.booleans(),
    held=st.booleans(),
)
def test_an_export_task_cancelled_at_any_await_point_resumes_with_nothing_lost(
    steps: int, concurrency: int, seed: int, file_store: bool, consumer_awaits: bool, held: bool
) -> None:
    """The task iterating an export is cancelled after ``steps`` turns of the loop, wherever it then waits: for a
    page inside the export (a worker fetching, the first request), or in the consumer's own code between two
    objects (``consumer_awaits``: the export is then dropped where it yielded, not closed by an exception).
    ``held``: the caller holds the iterator and closes it with ``aclosing`` (only the export's own ``finally`` can
    then close the run, even when the cancellation lands while it waits for its workers to stop). The export ends
    there (checkpoint saved, its file free) as soon as the task has: resumed at once, it hands out every object
    not yet taken, and again at most those of the page the consumer was on."""
    source = FakeList(random.Random(seed).choices(range(START, START + 86_400), k=700))
    with tempfile.TemporaryDirectory() as folder:
        options: dict[str, Any] = {
            "checkpoint": str(Path(folder) / "cp.json") if file_store else RecordingStore(),
            "checkpoint_interval": 0,
            "created_gte": START,
            "created_lt": START + 86_400,
            "concurrency": concurrency,
        }
        taken, rest = asyncio.run(cancel_then_resume(source, options, steps, consumer_awaits, held))
    everything = taken + rest
    assert sorted(set(everything)) == source.ids, "objects lost"
    assert len(set(taken)) == len(taken) and len(set(rest)) == len(rest)
    again = set(taken) & set(rest)
    if again:
        assert again <= set(source.page_of(taken[-1])), f"{len(again)} objects of committed pages handed out again"


@pytest.mark.parametrize("how", ["break", "aclosing"])
async def test_an_export_left_early_frees_its_checkpoint_at_once(tmp_path: Path, how: str) -> None:
    """``break`` out of ``async for`` (no ``aclosing``) drops the export where it yielded; ``aclosing`` closes it
    while the caller still holds it. Either way it is closed at once, as the sync one is (checkpoint saved, file
    free), not when the loop gets round to finalising it: a resume on the same checkpoint right after runs, and
    hands out what was not committed (the page the consumer was on, and everything after it) once."""
    source = FakeList(random.Random(3).choices(range(START, START + 86_400), k=700))
    options: dict[str, Any] = {
        "checkpoint": str(tmp_path / "cp.json"),
        "created_gte": START,
        "created_lt": START + 86_400,
        "concurrency": 3,
    }
    taken: list[str] = []
    async with FakeConnector(source) as stripe:
        if how == "break":
            async for item in stripe.export("list_customers", **options):
                taken.append(item["id"])
                if len(taken) == 250:
                    break
        else:
            objects: Any = stripe.export("list_customers", **options)  # a ClosingIterator: it has aclose()
            async with contextlib.aclosing(objects):
                while len(taken) < 250:
                    taken.append((await anext(objects))["id"])
        rest = [item["id"] async for item in stripe.export("list_customers", **options)]
    assert sorted(set(taken + rest)) == source.ids
    again = set(taken) & set(rest)
    assert again and again <= set(source.page_of(taken[-1]))
