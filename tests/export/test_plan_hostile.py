"""The planner read by another thread while a worker cuts shards: what the progress line and the gauges do.

They read the planner without the workers' lock (each figure is at worst a page behind). While a worker cuts a
shard, the planner's dict of shards grows: a reader iterating that dict would fail with "dictionary changed size
during iteration" and take the export down with it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from stripe_connector.export._plan import Planner


@pytest.fixture
def switching_often() -> Iterator[None]:
    """Threads switch every microsecond: a read interleaves with the cuts thousands of times."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@pytest.mark.usefixtures("switching_often")
def test_reading_the_planner_while_shards_are_cut_never_fails() -> None:
    planner = Planner(0, 10**9, concurrency=8)
    failures: list[BaseException] = []
    reads = 0
    stop = threading.Event()

    def read() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                planner.expected_left()
                _ = planner.committed, planner.finished, planner.snapshot()
            except RuntimeError as exc:  # what iterating a dict that grows raises
                failures.append(exc)
                return
            reads += 1

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(2_000):
            widest = max(planner.open_shards(), key=lambda shard: shard.lt - shard.gte)
            planner._split(widest, widest.gte + (widest.lt - widest.gte) // 2)
    finally:
        stop.set()
        reader.join()
    assert not failures
    assert reads > 0 and len(planner.shards) == 2_001
