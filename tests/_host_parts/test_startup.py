"""``collector_paused``: no collection while a server's modules load, what they built frozen afterwards, and the
collector left as the caller had it (even when the block raises)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from stripe_connector._host_parts.startup import collector_paused


@pytest.fixture(autouse=True)
def restored_collector() -> Iterator[None]:
    """The test process gets its collector back as it was: enabled, nothing left frozen by these tests."""
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_block_runs_without_collections_and_what_it_built_is_frozen() -> None:
    gc.enable()
    gc.unfreeze()
    before = gc.get_freeze_count()
    collections = gc.get_stats()[0]["collections"]
    with collector_paused():
        assert not gc.isenabled()
        built = [[index] for index in range(5000)]  # far past the young generation's threshold of 700
        assert gc.get_stats()[0]["collections"] == collections
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(built)


def test_a_failing_block_still_gives_the_collector_back() -> None:
    gc.enable()
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("no module named mcp", name="mcp")
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
