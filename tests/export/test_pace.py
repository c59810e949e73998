"""How many pages an export keeps in flight (Little's law on the budget's pace and the measured latency), and the
planner's handing out of a range none of whose pages was asked for, sans-IO."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import LocalRateLimiter
from stripe_connector._http.rate_limit import budgets_for
from stripe_connector.export import _plan
from stripe_connector.export._pace import HEADROOM, SPARE, InFlight, PacedRateLimiter, pace_of
from stripe_connector.export._plan import PAGE_LIMIT, Planner


def test_the_pace_is_the_slowest_budget_times_the_share_or_the_rate_chosen() -> None:
    budgets = budgets_for("acct", False, "GET", "/v1/charges")  # test mode: 25/s global and endpoint
    assert pace_of(LocalRateLimiter(), budgets) == 25.0
    assert pace_of(LocalRateLimiter(share=0.5), budgets) == 12.5
    assert pace_of(PacedRateLimiter(40), budgets) == 40.0
    assert pace_of(PacedRateLimiter(40, LocalRateLimiter(share=0.25)), budgets) == 10.0
    assert pace_of(None, budgets) is None


@settings(max_examples=60, deadline=None)
@given(pace=st.floats(1, 200), latency=st.floats(0.01, 3.0), cap=st.integers(1, 500))
def test_in_flight_is_pace_times_latency_with_headroom_within_the_cap(pace: float, latency: float, cap: int) -> None:
    window = InFlight(cap, pace)
    for _ in range(50):  # a steady latency: the deviation decays towards 0
        window.observe(latency)
    assert window.latency == pytest.approx(latency, rel=1e-6)
    little = pace * latency  # pages being fetched at the pace (Little's law)
    assert window.size <= cap
    if cap >= math.ceil(little * HEADROOM * 1.01) + SPARE:
        assert window.size >= little  # never fewer than the budget keeps busy
        assert window.size <= math.ceil((pace * (latency + window.deviation)) * HEADROOM) + SPARE


def test_in_flight_follows_the_latency_as_it_changes() -> None:
    window = InFlight(128, 25.0)
    for _ in range(30):
        window.observe(0.4)
    at_400_ms = window.size
    for _ in range(40):
        window.observe(1.5)
    at_1500_ms = window.size
    for _ in range(40):
        window.observe(0.1)
    assert 10 <= at_400_ms <= 16
    assert 38 <= at_1500_ms <= 50
    assert window.size < at_400_ms


def test_unpaced_the_window_is_the_cap() -> None:
    window = InFlight(7, None)
    window.observe(0.5)
    assert window.size == 7


def test_a_range_none_of_whose_pages_was_asked_for_is_handed_out_a_fair_share_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A fair share over the whole window (not the share of it that the planner tunes to): four shares of what is
    # known, so that a range of about three of them is handed out a share at a time.
    monkeypatch.setattr(_plan, "SHARE_OF_WINDOW", 1.0)
    planner = Planner(0, 100_000, concurrency=4)
    first = planner.next_request()  # blind: the newest eighth, [87500, 100000)
    assert first is not None and (first.gte, first.lt) == (87_500, 100_000)
    # Its first page: 100 objects over 100 seconds (one a second), more to come.
    page = {"data": [{"id": f"o{n}", "created": 99_999 - n} for n in range(PAGE_LIMIT)], "has_more": True}
    planner.receive(first, page)
    rest = planner.next_request()  # the older, never asked for, range: no density yet, so asked for whole
    again = planner.next_request()  # the first shard goes on
    assert rest is not None and (rest.gte, rest.lt) == (0, 87_500)
    assert again is not None and again.cursor == "o99"
    # Every shard busy: the first one is cut below its page in flight, and its older part (about 12,000 objects
    # expected) is not asked for whole: only its newest fair share, whole pages less a margin.
    cut = planner.next_request()
    assert cut is not None and cut.cursor is None
    assert cut.lt <= 99_900 - 2 * PAGE_LIMIT  # below where the page in flight reaches
    width = cut.lt - cut.gte  # one object a second: the objects it is expected to hold
    assert PAGE_LIMIT <= width < (cut.lt - 87_500) / 2
    assert width % PAGE_LIMIT != 0  # whole pages less a margin: its last page is expected nearly full
    waiting = [s for s in planner.open_shards() if not s.busy]
    assert len(waiting) == 1 and waiting[0].lt == cut.gte and waiting[0].gte == 87_500
    assert waiting[0].density == pytest.approx(0.5, rel=0.05)  # a guess, halved the further it reaches
    covered = sorted((shard.gte, shard.lt) for shard in planner.shards.values())
    assert covered[0][0] == 0 and covered[-1][1] == 100_000
    assert all(a[1] == b[0] for a, b in itertools.pairwise(covered))
