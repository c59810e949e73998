"""The export planner, sans-IO, against an in-memory list with Stripe's semantics (property tests).

Hypothesis chooses the objects' creation times (many equal ones, at shard edges included), the concurrency, the
order in which pages come back, and a moment to checkpoint and resume from: every object must come out exactly
once, with the shards cut and recut along the way.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector.errors import StripeResponseError
from stripe_connector.export._plan import PAGE_LIMIT, PageRequest, Planner, Received, first_wave


class MemoryList:
    """Stripe's list over ``created`` values: newest first, ties by creation order, position-based cursors."""

    def __init__(self, created: list[int]) -> None:
        self.order = sorted(((c, n) for n, c in enumerate(created)), key=lambda item: (-item[0], -item[1]))
        self.position = {f"obj_{n}": index for index, (_, n) in enumerate(self.order)}
        self.requests = 0

    def page(self, request: PageRequest) -> dict[str, Any]:
        self.requests += 1
        start = 0 if request.cursor is None else self.position[request.cursor] + 1
        matching = [(c, n) for c, n in self.order[start:] if request.gte <= c < request.lt]
        chosen = matching[:PAGE_LIMIT]
        data = [{"id": f"obj_{n}", "created": c} for c, n in chosen]
        return {"object": "list", "data": data, "has_more": len(matching) > PAGE_LIMIT}


def run(planner: Planner, server: MemoryList, rng: random.Random, stop_after: int | None = None) -> list[str]:
    """Drive ``planner`` to the end (or ``stop_after`` commits), answering in-flight pages in a random order."""
    emitted: list[str] = []
    in_flight: list[PageRequest] = []
    commits = 0
    while not planner.committed:
        while len(in_flight) < planner.concurrency and rng.random() < 0.8:
            request = planner.next_request()
            if request is None:
                break
            in_flight.append(request)
        if not in_flight:
            request = planner.next_request()
            assert request is not None, "nothing in flight and nothing to ask: the export would hang"
            in_flight.append(request)
        request = in_flight.pop(rng.randrange(len(in_flight)))
        received = planner.receive(request, server.page(request))
        emitted.extend(item["id"] for item in received.objects)
        planner.commit(received)
        commits += 1
        if stop_after is not None and commits >= stop_after:
            break
    return emitted


times = st.lists(st.integers(min_value=0, max_value=60), min_size=0, max_size=700)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(created=times, concurrency=st.integers(1, 12), seed=st.integers(0, 2**16))
def test_every_object_exactly_once_whatever_the_order_of_answers(
    created: list[int], concurrency: int, seed: int
) -> None:
    server = MemoryList(created)
    planner = Planner(0, 61, concurrency=concurrency)
    emitted = run(planner, server, random.Random(seed))
    assert sorted(emitted) == sorted(f"obj_{n}" for n in range(len(created)))
    assert len(emitted) == len(set(emitted))
    covered = sorted((s.gte, s.lt) for s in planner.shards.values())
    assert covered[0][0] == 0 and covered[-1][1] == 61
    assert all(a[1] == b[0] for a, b in itertools_pairwise(covered)), "the shards must partition the range"


def itertools_pairwise(items: list[Any]) -> list[tuple[Any, Any]]:
    return list(itertools.pairwise(items))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(created=times, concurrency=st.integers(1, 8), seed=st.integers(0, 2**16), stop=st.integers(1, 20))
def test_resuming_from_a_snapshot_hands_out_the_rest_exactly_once(
    created: list[int], concurrency: int, seed: int, stop: int
) -> None:
    server = MemoryList(created)
    rng = random.Random(seed)
    first = Planner(0, 61, concurrency=concurrency)
    before = run(first, server, rng, stop_after=stop)
    # Pages received but not committed are what a kill loses: the snapshot holds committed state only.
    for _ in range(rng.randrange(3)):
        request = first.next_request()
        if request is not None:
            first.receive(request, server.page(request))
    resumed = Planner(0, 61, concurrency=concurrency, shards=first.snapshot())
    after = run(resumed, server, rng)
    everything = before + after
    assert sorted(everything) == sorted(f"obj_{n}" for n in range(len(created)))


def test_equal_timestamps_across_many_pages_and_a_shard_edge() -> None:
    created = [30] * 450 + [29] * 250 + [31] * 120
    server = MemoryList(created)
    planner = Planner(0, 61, concurrency=6)
    emitted = run(planner, server, random.Random(1))
    assert sorted(emitted) == sorted(f"obj_{n}" for n in range(len(created)))
    assert len(set(emitted)) == len(created)


@pytest.mark.parametrize("created", [[], [17]])
def test_an_empty_range_and_a_range_of_one_object(created: list[int]) -> None:
    server = MemoryList(created)
    planner = Planner(0, 61, concurrency=4)
    assert run(planner, server, random.Random(0)) == [f"obj_{n}" for n in range(len(created))]
    # One page per blind piece (widths 7, 7, 14, 28 going back, then the rest), nothing more.
    assert server.requests <= 5


def test_a_range_of_no_seconds_has_no_shard() -> None:
    planner = Planner(5, 5, concurrency=4)
    assert planner.committed and planner.next_request() is None


@given(gte=st.integers(0, 10**10), width=st.integers(1, 10**10), pieces=st.integers(1, 64))
def test_the_first_wave_partitions_the_range_newest_narrowest(gte: int, width: int, pieces: int) -> None:
    ranges = first_wave(gte, gte + width, pieces)
    assert ranges[0][0] == gte and ranges[-1][1] == gte + width
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in itertools_pairwise(ranges))
    assert len(ranges) <= pieces
    widths = [b - a for a, b in ranges]
    assert widths[-1] <= widths[0] + 1


def test_a_dense_shard_is_cut_when_a_worker_is_idle() -> None:
    server = MemoryList([t for t in range(1000) for _ in range(3)])
    planner = Planner(0, 1000, concurrency=1)
    request = planner.next_request()
    assert request is not None and planner.next_request() is None  # one worker, one shard, busy
    planner.receive(request, server.page(request))
    planner.concurrency = 2
    first = planner.next_request()
    second = planner.next_request()
    assert first is not None and second is not None
    assert first.shard_id != second.shard_id
    edges = sorted((planner.shards[r.shard_id].gte, planner.shards[r.shard_id].lt) for r in (first, second))
    assert edges[0][1] == edges[1][0] and edges[0][0] == 0 and edges[1][1] == 1000


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ({"data": [{"id": "a", "created": 70}], "has_more": False}, "does not honour the created filter"),
        ({"data": [{"id": "a", "created": 5}, {"id": "b", "created": 9}], "has_more": False}, "newest first"),
        ({"data": [{"id": "a"}], "has_more": False}, "no integer `created`"),
        ({"data": [{"id": "a", "created": True}], "has_more": False}, "no integer `created`"),
        ({"data": [], "has_more": True}, "nothing to continue after"),
        ({"data": "nope", "has_more": False}, "list `data`"),
        ({"data": [{"created": 5}], "has_more": True}, "no string `id`"),
    ],
)
def test_a_server_that_breaks_the_list_contract_is_a_response_error(page: dict[str, Any], message: str) -> None:
    planner = Planner(0, 61, concurrency=1)
    request = planner.next_request()
    assert request is not None
    with pytest.raises(StripeResponseError, match=message):
        planner.receive(request, page)


def test_a_repeated_page_is_caught() -> None:
    planner = Planner(40, 61, concurrency=1)  # the page's second is the range's oldest: nothing to cut below it
    page = {"data": [{"id": f"o{n}", "created": 40} for n in range(100)], "has_more": True}
    request = planner.next_request()
    assert request is not None
    planner.receive(request, page)
    again = planner.next_request()
    assert again is not None and again.cursor == "o99"
    with pytest.raises(StripeResponseError, match="already followed"):
        planner.receive(again, page)


def test_before_any_answer_the_shards_double_going_back_from_the_newest_second() -> None:
    lt = 10**9
    planner = Planner(0, lt, concurrency=5)
    assert len(planner.shards) == 1  # one shard; the others are cut when their workers' slots come
    requests = [planner.next_request() for _ in range(5)]
    assert all(r is not None for r in requests)
    edges = sorted((s.gte, s.lt) for s in planner.shards.values())
    assert edges[0][0] == 0 and edges[-1][1] == lt
    assert all(a[1] == b[0] for a, b in itertools_pairwise(edges)), "the shards must partition the range"
    widths = [b - a for a, b in reversed(edges)][:-1]  # newest first, without the open-ended oldest one
    assert widths == [planner.unit, planner.unit, 2 * planner.unit, 4 * planner.unit, 8 * planner.unit]
    # The oldest shard is not asked for while it can still be cut: its page's objects below a later cut would be
    # fetched twice.
    assert {r.shard_id for r in requests if r is not None} == {s.id for s in planner.shards.values() if s.gte > 0}
    small = Planner(0, 20, concurrency=3)  # unit 5: [15, 20), [10, 15), then [0, 10) cannot be cut again
    assert [small.next_request() is not None for _ in range(4)] == [True, True, True, False]
    assert sorted((s.gte, s.lt) for s in small.shards.values()) == [(0, 10), (10, 15), (15, 20)]
    assert small.startable() == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    created=st.lists(st.integers(min_value=0, max_value=5000), min_size=0, max_size=600),
    offset=st.sampled_from([0, 10**6, 10**9 - 5001]),  # objects at the start of the range, inside, at its end
    concurrency=st.integers(1, 12),
    seed=st.integers(0, 2**16),
)
def test_exactly_once_when_the_objects_fill_a_sliver_of_a_wide_range(
    created: list[int], offset: int, concurrency: int, seed: int
) -> None:
    """The default range starts in 1970: blind cuts that come back empty, an oldest shard far wider than its objects."""
    server = MemoryList([offset + c for c in created])
    planner = Planner(0, 10**9, concurrency=concurrency)
    emitted = run(planner, server, random.Random(seed))
    assert sorted(emitted) == sorted(f"obj_{n}" for n in range(len(created)))
    covered = sorted((s.gte, s.lt) for s in planner.shards.values())
    assert covered[0][0] == 0 and covered[-1][1] == 10**9
    assert all(a[1] == b[0] for a, b in itertools_pairwise(covered)), "the shards must partition the range"
    assert server.requests <= len(created) // PAGE_LIMIT + 3 * concurrency + 64  # no page per second of the range


def lagging_run(
    planner: Planner, server: MemoryList, rng: random.Random
) -> list[tuple[list[dict[str, Any]], list[str]]]:
    """Drive ``planner`` to the end with a consumer that lags: pages are received in any order of answers, wait,
    and are committed later, each shard's in the order received, the shards interleaved at random. Snapshots are
    taken at random moments, each with the objects committed (handed out) by then."""
    in_flight: list[PageRequest] = []
    waiting: dict[int, list[Received]] = {}  # received, not yet committed, by shard, oldest first
    emitted: list[str] = []
    snapshots: list[tuple[list[dict[str, Any]], list[str]]] = [(planner.snapshot(), [])]
    while not planner.committed:
        step = rng.random()
        if step < 0.35:
            request = planner.next_request()
            if request is not None:
                in_flight.append(request)
                continue
        if step < 0.7 and in_flight:
            request = in_flight.pop(rng.randrange(len(in_flight)))
            received = planner.receive(request, server.page(request))
            waiting.setdefault(received.shard_id, []).append(received)
        elif step < 0.9 and any(waiting.values()):
            pages = waiting[rng.choice([shard for shard, pages in waiting.items() if pages])]
            received = pages.pop(0)
            emitted.extend(item["id"] for item in received.objects)
            planner.commit(received)
        elif step >= 0.9:
            snapshots.append((planner.snapshot(), list(emitted)))
        elif not in_flight and not any(waiting.values()):
            request = planner.next_request()
            assert request is not None, "nothing in flight, nothing to commit and nothing to ask: it would hang"
            in_flight.append(request)
    snapshots.append((planner.snapshot(), list(emitted)))
    return snapshots


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(created=times, concurrency=st.integers(1, 8), seed=st.integers(0, 2**16))
def test_restoring_any_snapshot_of_a_lagging_consumer_hands_out_every_object_exactly_once(
    created: list[int], concurrency: int, seed: int
) -> None:
    """Scheduling runs ahead of the consumer, and shards are cut while pages are in flight and while received pages
    wait: whatever the interleaving, a snapshot holds what was committed, and only that. Resumed from it, the rest
    comes out exactly once (nothing committed comes again, nothing received but not committed is lost)."""
    server = MemoryList(created)
    rng = random.Random(seed)
    snapshots = lagging_run(Planner(0, 61, concurrency=concurrency), server, rng)
    everything = sorted(f"obj_{n}" for n in range(len(created)))
    assert sorted(snapshots[-1][1]) == everything
    for shards, before in rng.sample(snapshots, min(4, len(snapshots))):
        resumed = Planner(0, 61, concurrency=concurrency, shards=shards)
        assert sorted(before + run(resumed, server, rng)) == everything


def test_a_shard_s_pages_are_committed_only_in_the_order_they_were_received() -> None:
    """Committed out of order, the checkpoint would go back (the later page handed out again on resume) or skip a
    page not yet handed out (lost on resume): the planner refuses, before it records anything."""
    server = MemoryList([30] * 250)
    planner = Planner(0, 61, concurrency=1, cuts=False)  # one shard, walked page after page
    pages = []
    for _ in range(3):
        request = planner.next_request()
        assert request is not None
        pages.append(planner.receive(request, server.page(request)))
    assert [page.page for page in pages] == [1, 2, 3] and pages[-1].done
    with pytest.raises(RuntimeError, match="order they were received"):
        planner.commit(pages[1])
    assert planner.snapshot()[0]["cursor"] is None  # nothing recorded
    planner.commit(pages[0])
    with pytest.raises(RuntimeError, match="order they were received"):
        planner.commit(pages[0])
    planner.commit(pages[1])
    resumed = Planner(0, 61, concurrency=1, shards=planner.snapshot())
    rest = run(resumed, server, random.Random(0))
    handed = [item["id"] for page in pages[:2] for item in page.objects]
    assert sorted(handed + rest) == sorted(f"obj_{n}" for n in range(250))


def test_a_cluster_is_walked_alone_and_what_lies_older_is_probed_in_pieces_side_by_side() -> None:
    """A full page of one second (an import, a run of 500 created at once) says nothing of the seconds below it:
    the shard keeps the cluster, and the older range is cut in equal pieces, one per idle worker, no density."""
    created = [9_000] * 250 + [5_000] * 3 + [1_500] * 3 + [10] * 2
    server = MemoryList(created)
    # The oldest shard (reaching back to the export's start) is done: the cluster is in a shard above it.
    planner = Planner(
        0, 10_000, concurrency=1, shards=[{"gte": 0, "lt": 1_000, "done": True}, {"gte": 1_000, "lt": 10_000}]
    )
    first = planner.next_request()
    assert first is not None and (first.gte, first.lt) == (1_000, 10_000)
    taken = planner.receive(first, server.page(first))
    planner.commit(taken)  # a shard's pages are committed in the order received
    emitted = [item["id"] for item in taken.objects]
    open_shards = sorted(planner.open_shards(), key=lambda shard: shard.gte)
    assert [(shard.gte, shard.lt) for shard in open_shards] == [(1_000, 9_000), (9_000, 10_000)]
    assert open_shards[0].density is None and open_shards[0].pages == 0
    planner.concurrency = 5  # three idle workers besides the two open shards
    asked = [planner.next_request() for _ in range(5)]
    assert all(request is not None for request in asked) and planner.next_request() is None
    pieces = sorted(
        (shard.gte, shard.lt) for shard in planner.shards.values() if shard.gte >= 1_000 and shard.lt <= 9_000
    )
    assert pieces == [(1_000, 3_000), (3_000, 5_000), (5_000, 7_000), (7_000, 9_000)]
    walks = [request for request in asked if request is not None and request.cursor is not None]
    assert len(walks) == 1 and (walks[0].gte, walks[0].lt) == (9_000, 10_000)  # the cluster goes on by its cursor
    for request in asked:
        assert request is not None
        received = planner.receive(request, server.page(request))
        planner.commit(received)
        emitted += [item["id"] for item in received.objects]
    emitted += run(planner, server, random.Random(7))
    assert sorted(emitted) == sorted(f"obj_{n}" for n in range(len(created)) if created[n] >= 1_000)


def test_a_sparse_shard_is_cut_closer_below_its_page_in_flight_rather_than_leave_a_worker_idle() -> None:
    """Two pages' span below a page in flight is the rule; when no shard can be cut that far below, half a page's
    span: a sparse walk towards a burst is cut a latency sooner instead of leaving the worker idle."""
    server = MemoryList(list(range(0, 100_000, 200)))  # one object every 200 s: a page spans 20,000 s
    restored = {"gte": 0, "lt": 100_000, "cursor": "obj_250", "oldest": 50_000, "density": 0.005}
    planner = Planner(0, 100_000, concurrency=1, shards=[restored])
    request = planner.next_request()
    assert request is not None and request.cursor == "obj_250"
    planner.receive(request, server.page(request))  # 49,800 down to 30,000
    walk = planner.next_request()
    assert walk is not None and walk.cursor == "obj_150"
    shard = planner.shards[walk.shard_id]
    assert shard.oldest == 30_000 and shard.density == pytest.approx(0.005, rel=0.01)
    assert planner._limit(shard) <= shard.gte  # two spans (40,000 s) below the page in flight: nothing to cut
    cut = planner.next_request()
    assert cut is not None and cut.cursor is None
    assert (cut.gte, cut.lt) == (0, planner.shards[walk.shard_id].gte)
    assert cut.lt <= 30_000 - 10_000  # half a span below where the page in flight is expected to end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    runs=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 520)), min_size=1, max_size=12),
    noise=st.lists(st.integers(0, 10**6), max_size=150),
    concurrency=st.integers(1, 16),
    seed=st.integers(0, 2**16),
    stop=st.integers(1, 30),
)
def test_clusters_come_out_exactly_once_and_resume_from_any_checkpoint(
    runs: list[tuple[int, int]], noise: list[int], concurrency: int, seed: int, stop: int
) -> None:
    """Runs of objects in one second (the cut below a cluster, the pieces probed side by side), stopped after
    ``stop`` commits and resumed from the snapshot: every object once, over both runs."""
    created = [second for second, size in runs for _ in range(size)] + noise
    server = MemoryList(created)
    rng = random.Random(seed)
    planner = Planner(0, 10**6 + 1, concurrency=concurrency)
    emitted = run(planner, server, rng, stop_after=stop)
    if not planner.committed:
        resumed = Planner(0, 10**6 + 1, concurrency=concurrency, shards=planner.snapshot())
        emitted += run(resumed, server, rng)
    assert sorted(emitted) == sorted(f"obj_{n}" for n in range(len(created)))


@pytest.mark.parametrize(("gte", "pieces"), [(500_000, 7), (880_000, 1)])
def test_a_range_with_nothing_known_is_probed_in_no_more_pieces_than_it_is_expected_to_hold_pages(
    gte: int, pieces: int
) -> None:
    """At the export's overall density (200 objects handed out between 899,000 and 999,000): a range of 399,000 s with
    nothing known of it (cut off below a cluster) is expected to hold 7.98 pages, so 7 probes side by side; one of
    19,000 s (a nightly batch's neighbourhood) less than a page, so one probe, not eight empty ones."""
    shards: list[dict[str, Any]] = [
        {"gte": 0, "lt": gte, "done": True},
        {"gte": gte, "lt": 899_000},  # nothing known: no density
        {"gte": 899_000, "lt": 1_000_000, "done": True, "density": 0.002},
    ]
    planner = Planner(0, 1_000_000, concurrency=10, shards=shards)
    planner.objects, planner.newest_seen, planner.oldest_seen = 200, 999_000, 899_000
    assert planner._overall() == pytest.approx(200 / 100_001)
    probe = planner.next_request()
    assert probe is not None and probe.lt == 899_000
    probes = sorted((s.gte, s.lt) for s in planner.shards.values() if s.gte >= gte and s.lt <= 899_000)
    assert len(probes) == pieces
    assert probes[0][0] == gte and probes[-1][1] == 899_000
    assert all(a[1] == b[0] for a, b in itertools_pairwise(probes))


def test_a_shard_passed_over_for_two_windows_of_pages_goes_before_fuller_ones() -> None:
    """The fullest waiting shard goes first, but not for ever: a sparse shard (perhaps walking towards a burst) left
    waiting while two windows of pages came back from a fuller one is asked for next (it would otherwise be found
    only at the end, with every worker idle but one)."""
    created = list(range(50_000, 100_000)) + list(range(0, 50_000, 1_000))
    server = MemoryList(created)
    shards = [
        {"gte": 0, "lt": 50_000, "density": 0.001},
        {"gte": 50_000, "lt": 100_000, "density": 1.0},
    ]
    planner = Planner(0, 100_000, concurrency=1, shards=shards)
    dense, sparse = sorted(planner.shards.values(), key=lambda shard: -shard.gte)
    order = []
    for _ in range(5):
        request = planner.next_request()
        assert request is not None
        order.append(request.shard_id)
        planner.commit(planner.receive(request, server.page(request)))
    # Pages 1-3 from the dense shard; then the sparse one, waiting since the start (3 pages > 2 windows of 1).
    assert order[:4] == [dense.id, dense.id, dense.id, sparse.id]
    assert planner.expected(dense) > planner.expected(sparse)


def test_a_walk_entering_a_burst_reads_the_burst_s_density_at_once() -> None:
    """A page far denser than the shard's pages before it is a burst reached, not noise: the shard's density is that
    page's alone (summed with the sparse page spanning days, it would read sparse for three more pages)."""
    sparse = list(range(99_500, 49_999, -500))  # 100 objects over 50,000 s
    dense = list(range(49_999, 39_999, -1))  # one a second below
    server = MemoryList(sparse + dense)
    planner = Planner(0, 100_000, concurrency=1, cuts=False)
    densities = []
    for _ in range(3):
        request = planner.next_request()
        assert request is not None
        planner.commit(planner.receive(request, server.page(request)))
        densities.append(planner.shards[request.shard_id].density)
    assert densities[0] == pytest.approx(100 / 50_000, rel=0.01)
    assert densities[1] == pytest.approx(1.0, rel=0.02)
    assert densities[2] == pytest.approx(1.0, rel=0.02)  # the dense pages since, not the sparse one
