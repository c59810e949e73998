"""The sharding planner of an export: which ``created`` ranges to page next, sans-IO.

A list is split into half-open shards ``[gte, lt)`` of ``created`` (whole seconds, as Stripe stamps objects), which
partition the export's range: every object falls in exactly one shard. Each shard is paged newest first with
``starting_after``, so objects with equal ``created`` timestamps are told apart by the cursor, never by time, and
a shard edge (an integer second) can never cut through them.

**Adaptive splitting, no up-front count.** An export starts as one shard, the whole range; the scheduler asks
for each page only when its slot in the rate budget comes (``_run``), so every cut is made knowing every page back
by then. Until a page brings objects, an idle worker gets a blind cut: the oldest shard keeps as much again as lies
above it (widths double going back in time from ``unit``, at most a day: most accounts grow, so the newest seconds
are the densest), so the first requests go where objects most likely are, not to decades before the account
(``created_gte`` is 0 by default). Afterwards, the shard with the most objects still expected (its density times
the seconds it has left; the oldest shard is expected to go back at most as far again as what lies above it) is
cut for an idle worker if it holds a page or more, and, while every worker is busy, a shard expected to hold
more than ``REBALANCE`` times its fair share of what is left is cut too, so that the export ends with every worker
busy rather than with a few long shards. A cut keeps about a fair share for the shard (at most half of its own
part) and gives up everything older, as a new shard: a shard that has handed out objects down to ``created = c``
may be cut at any ``s <= c`` (everything it emitted has ``created >= c``), keeping ``[s, lt)`` and its cursor,
while ``[gte, s)`` becomes a new shard. A page that was in flight while its shard was cut may hold objects below
the new ``gte``; they are dropped here (the new shard owns them) and the shard is finished.

**Clusters and idle workers.** A full page whose objects share one or two seconds (an import, a batch created at
once) says nothing of the seconds around it: its shard is cut right below it at once and walks the cluster alone,
while what lies older is probed with no density, in equal pieces as far as workers are idle. And when nothing
could start (a slot of the budget would go unused), a shard may be cut closer below its page in flight than usual:
a sparse walk towards a burst is cut a latency sooner, for at most a part of a page fetched twice.

**Bursts reached, shards passed over.** A shard's density is that of its last few pages, but a page four times
denser (or thinner) than those before it starts it afresh: a walk entering a burst is cut as a burst at once, not
three pages later. And the fullest waiting shard goes first only until another has waited two windows of pages:
a thin-looking walk may be heading into a burst or a run of clusters, and found last it would end the export with
every worker idle but one.

What this cannot avoid is each shard's last page, mostly part-filled (a shard ends at an edge, wherever its last
page of 100 falls): an export of ``n`` objects takes about ``n / 100`` requests plus half a request per shard.

**Received versus committed.** Scheduling runs ahead of the consumer: a shard's next request needs only the page
just *received*. What a checkpoint may record is what the consumer has *committed* (taken in order), so each shard
keeps both cursors; a snapshot holds the committed ones (and the current edges, which a cut only ever narrows in a
way that keeps every committed object inside its shard). Resuming from a snapshot re-fetches at most what was
received but not committed. So a shard's pages must be committed in the order they were received: committing a
page after its shard's next one would take the committed cursor back (the next page handed out again on resume),
and committing the next one before it would skip it if the export stopped in between; :meth:`Planner.commit`
refuses either (``RuntimeError``), the schedulers hand pages out in the order they were received.

Objects that do not carry an integer ``created``, or that come back out of order (older first) or outside the
shard asked for, mean the server does not honour the filter this relies on: :class:`StripeResponseError`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from ..errors import StripeResponseError

#: Stripe's largest page: fewer requests for the same objects.
PAGE_LIMIT = 100

#: A shard is worth cutting only when it is expected to hold at least this many more pages. One: a worker that would
#: otherwise wait leaves its slot in the budget unused, so even a shard of two part-filled pages is better read side
#: by side (measured with a virtual clock over uniform, bursty and clustered lists at 100 ms to 1.5 s).
MIN_SPLIT_PAGES = 1.0

#: The widest the first blind cut goes (seconds): the newest day (less when the range is narrow).
BLIND_UNIT = 86_400
#: The range is halved this many times at most for the first blind cut's width (a narrow range's newest part).
BLIND_HALVINGS = 14

#: A shard's density is that of its last few pages, if they saw this many distinct seconds.
RECENT_PAGES = 4
MIN_DISTINCT_SECONDS = 20

#: A page whose density differs from that of the shard's pages before it by more than this factor starts the
#: shard's density afresh (measured with the virtual clock, 10 seeds: bursty at 400 ms 0.786x -> 0.812x the bound,
#: at 1.5 s 0.441x -> 0.502x, two bursts 0.788x -> 0.823x; uniform, runs and a nightly batch unchanged; 2 to 8
#: gave the same).
DENSITY_JUMP = 4.0

#: A cut keeps whole pages less this many spreads (square roots) of their count: its last page comes back full.
MARGIN_SPREADS = 1.5

#: A shard expected to hold more than this many times its fair share of what is left (what is left over the
#: number of workers) is cut while it runs, so the export does not end with a few long shards and idle workers.
REBALANCE = 1.6

#: A fair share is what is left over this share of the window: the window counts headroom and spare workers
#: waiting for their slot (Little's law x 1.05 + 2), and every shard more than the requests in flight need ends with
#: one more part-filled page (measured with the virtual clock: 0.6 of the window, against 1.0, gave 0.88x instead
#: of 0.86x the bound at 400 ms and 0.60x instead of 0.57x at 1.5 s over 20,000 uniform objects).
SHARE_OF_WINDOW = 0.6

#: A cut below a page in flight stays this many of its pages' spans below where the page is expected to end
#: (objects the page brings from below a cut are dropped and fetched again by the new shard)...
MARGIN_PAGES = 2.0
#: ...or only this many when nothing else could start (a slot of the budget would go unused): a sparse shard
#: walking towards a dense burst is then cut a latency sooner, at the cost of a part of a page fetched twice.
IDLE_MARGIN_PAGES = 0.5

#: A full page whose objects share at most this many seconds is a cluster (a run of objects created in the same
#: second, an import): its shard is cut right below it at once, so the cluster is walked alone, and what lies older
#: is probed side by side with no density (a cluster says nothing of the seconds around it).
CLUSTER_SECONDS = 2
#: An unexplored range cut off below a cluster is probed in at most this many equal pieces at once, as far as
#: workers are idle (an unused slot costs as much as an empty page).
SPREAD_PIECES = 8

#: A waiting shard passed over while this many windows of pages came back (the window: the pages that may be in
#: flight) goes before the fuller ones. The fullest shard goes first so that the longest walks start early, but a
#: shard whose density was read off sparse pages may be walking towards a burst or a run of clusters: left waiting
#: while fuller shards keep coming back, it would be found only at the end, with every worker idle but one
#: (measured with the virtual clock, 10 seeds: runs of 500 at 400 ms 0.827x -> 0.840x the bound, an account that
#: began three years ago 0.754x -> 0.791x, uniform within 0.003x).
STARVED_WINDOWS = 2.0


#: What a checkpoint keeps of a shard: its key in the state, and the attribute that holds it (the committed
#: cursor, not the received one: a checkpoint records only what the consumer has taken).
STATE_FIELDS = (
    ("gte", "gte"),
    ("lt", "lt"),
    ("cursor", "committed_cursor"),
    ("oldest", "committed_oldest"),
    ("done", "committed_done"),
    ("density", "density"),
)


class Shard:
    """One ``[gte, lt)`` range of ``created`` and where its walk stands (received and committed)."""

    __slots__ = (
        "busy",
        "committed_cursor",
        "committed_done",
        "committed_oldest",
        "committed_pages",
        "cursor",
        "density",
        "done",
        "gte",
        "id",
        "lt",
        "objects",
        "oldest",
        "pages",
        "ready_at",
        "recent",
        "seen",
    )

    def __init__(self, shard_id: int, gte: int, lt: int, density: float | None = None) -> None:
        self.id = shard_id
        self.gte = gte
        self.lt = lt
        #: ``starting_after`` of the next request (the last received object's id), None before the first page.
        self.cursor: str | None = None
        #: ``created`` of the last received object: the shard may be cut at any second up to this one.
        self.oldest: int | None = None
        self.done = False
        self.busy = False
        self.committed_cursor: str | None = None
        self.committed_oldest: int | None = None
        self.committed_done = False
        #: Pages of this shard committed (``pages`` counts those received): the next to commit is the one after.
        self.committed_pages = 0
        self.pages = 0
        self.objects = 0
        #: Objects per second of ``created``, from this shard's pages (or its parent's, until it has its own).
        self.density = density
        #: The cursors this shard has followed: a server that repeats a page is caught, not followed for ever.
        self.seen: set[str] = set()
        #: (objects, seconds spanned, distinct seconds) of the last few pages: the density.
        self.recent: list[tuple[int, int, int]] = []
        #: The planner's page count when this shard's last page came back: how long it has been waiting since. A shard
        #: none of whose pages is back counts from the export's start: pieces cut off and left waiting (a cut's rest,
        #: a spread) go before walks already under way once they have waited as long (measured: runs of 500 at
        #: 400 ms, 0.832x counted from the cut, 0.840x from the start).
        self.ready_at = 0

    def top(self) -> int:
        """The newest second the shard may still hold objects of (exclusive)."""
        return self.lt if self.oldest is None else self.oldest + 1

    def cut_limit(self) -> int:
        """The newest second the shard may be cut at (``[gte, s)`` becomes a new shard; ``s`` <= this)."""
        return self.lt - 1 if self.oldest is None else self.oldest

    def expected(self) -> float | None:
        """Objects still expected in the shard (None: no density known yet)."""
        if self.density is None:
            return None
        return self.density * (self.top() - self.gte)

    def state(self) -> dict[str, Any]:
        """The committed state, as a checkpoint keeps it."""
        return {key: getattr(self, attribute) for key, attribute in STATE_FIELDS}

    def __repr__(self) -> str:
        return f"Shard({self.id}, [{self.gte}, {self.lt}), cursor={self.cursor!r}, done={self.done})"


class PageRequest:
    """What one worker asks Stripe for: a shard's range and cursor, as they stood when the request left."""

    __slots__ = ("cursor", "gte", "lt", "shard_id")

    def __init__(self, shard_id: int, gte: int, lt: int, cursor: str | None) -> None:
        self.shard_id = shard_id
        self.gte = gte
        self.lt = lt
        self.cursor = cursor

    def query(self) -> dict[str, Any]:
        """The list parameters of the request: ``created[gte]``, ``created[lt]``, ``limit`` and the cursor."""
        query: dict[str, Any] = {"created": {"gte": self.gte, "lt": self.lt}, "limit": PAGE_LIMIT}
        if self.cursor is not None:
            query["starting_after"] = self.cursor
        return query


class Received(NamedTuple):
    """A page taken by the planner: the objects to hand out and the shard state to commit once they are out
    (``page``: which of its shard's pages this is, from 1 on, in the order received). A named tuple, not an attrs
    class: an export's first request does not wait for attrs to be imported."""

    shard_id: int
    objects: list[Any]
    cursor: str | None
    oldest: int | None
    done: bool
    page: int


def first_wave(gte: int, lt: int, pieces: int) -> list[tuple[int, int]]:
    """``pieces`` shards covering ``[gte, lt)`` whose widths double going back in time (the newest is narrowest).

    The first shards of an export run as Celery tasks, which cannot wait for one another's first page to cut."""
    width = lt - gte
    if width <= 0:
        return []
    pieces = max(1, min(pieces, width))
    if pieces == 1:
        return [(gte, lt)]
    unit = width / float(2 ** (pieces - 1))
    edges = [lt]
    for index in range(pieces - 1):
        edge = lt - round(unit * (2**index))
        edges.append(min(edges[-1] - 1, edge))
    edges.append(gte)
    ranges = []
    for newer, older in itertools.pairwise(edges):
        older = max(older, gte)
        if older < newer:
            ranges.append((older, newer))
    # Rounding may have left a piece out of [gte, lt) or empty: the first and last edges are exact, so the ranges
    # still partition it (each is [older, newer) with consecutive edges).
    return sorted(ranges)


class Planner:
    """The shards of one export and the rules that cut, schedule and close them; see the module docstring.

    Not thread-safe: the scheduler calls it under its own lock (or from one event loop).
    """

    def __init__(
        self,
        gte: int,
        lt: int,
        *,
        concurrency: int,
        shards: Sequence[Mapping[str, Any]] | None = None,
        cuts: bool = True,
    ):
        self.gte = gte
        #: Whether this planner cuts shards itself (a Celery shard task pages one shard; its cuts are tasks).
        self.cuts = cuts
        self.lt = lt
        self.concurrency = concurrency
        self._next_id = 0
        self.shards: dict[int, Shard] = {}
        #: The width of the first blind cut (the newest shard); each next blind cut doubles what is cut off.
        self.unit = blind_unit(gte, lt, concurrency)
        if shards is None:
            if lt > gte:
                self._add(gte, lt)
        else:
            for state in shards:
                self._restore(state)
        self.pages = 0
        self.objects = 0
        #: The newest and oldest ``created`` handed out so far: the export's overall density (``_overall``).
        self.newest_seen: int | None = None
        self.oldest_seen: int | None = None

    # --- building ---------------------------------------------------------------------------------------------------

    def _add(self, gte: int, lt: int, density: float | None = None) -> Shard:
        shard = Shard(self._next_id, gte, lt, density)
        self._next_id += 1
        self.shards[shard.id] = shard
        return shard

    def _restore(self, state: Mapping[str, Any]) -> None:
        shard = self._add(int(state["gte"]), int(state["lt"]), state.get("density"))
        shard.cursor = shard.committed_cursor = state.get("cursor")
        oldest = state.get("oldest")
        shard.oldest = shard.committed_oldest = None if oldest is None else int(oldest)
        shard.done = shard.committed_done = bool(state.get("done"))
        if shard.cursor is not None:
            shard.seen.add(shard.cursor)

    def snapshot(self) -> list[dict[str, Any]]:
        """Every shard's committed state, ordered by range (what a checkpoint stores)."""
        return [shard.state() for shard in sorted(self._all(), key=lambda s: s.gte)]

    # --- scheduling -------------------------------------------------------------------------------------------------

    def _all(self) -> list[Shard]:
        """The shards now. Copied in one step (``list`` of a dict's values runs no Python code, so no other thread
        runs meanwhile): the progress line and the export gauges read the planner without the workers' lock while
        a worker may be cutting a shard, and iterating the dict itself would then fail with "dictionary changed size
        during iteration"."""
        return list(self.shards.values())

    @property
    def finished(self) -> bool:
        """Every shard's last page has been received (there is nothing more to ask for)."""
        return all(shard.done for shard in self._all())

    @property
    def committed(self) -> bool:
        """Every shard's last page has been handed out: the export is complete."""
        return all(shard.committed_done for shard in self._all())

    def open_shards(self) -> list[Shard]:
        """The shards whose last page has not been received."""
        return [shard for shard in self._all() if not shard.done]

    def startable(self) -> int:
        """How many pages could start now: the waiting shards, and one more where a shard could be cut."""
        waiting = sum(1 for shard in self.open_shards() if not shard.busy)
        return waiting + (self._cut_plan() is not None)

    def next_request(self) -> PageRequest | None:
        """The next page to ask for: a shard cut to keep the end balanced, else the fullest waiting shard, else a
        shard cut off for an idle worker; None when nothing can start now.

        Until a page brings objects, the waiting shard is the oldest one, none of whose pages was asked for: a blind
        cut hands out its newer part and keeps the rest waiting, so no page is asked for a range that is cut while
        the page is in flight (its objects below the cut would be fetched twice)."""
        blind = self._blind_plan() if self.cuts and not self._informed() else None
        if not self.cuts:
            waiting = [shard for shard in self.open_shards() if not shard.busy]
            if not waiting:
                return None
            shard = waiting[0]
        elif blind is not None:
            shard, edge = blind
            self._split(shard, edge)
        else:
            plan = self._rebalance_plan()
            waiting = [shard for shard in self.open_shards() if not shard.busy]
            if plan is None and waiting:
                shard = max(waiting, key=self._priority)
            else:
                plan = plan or self._cut_plan()
                if plan is None:
                    return None
                shard = self._split(*plan)
            self._spread_unknown(shard)
            self._take_top(shard)
        shard.busy = True
        return PageRequest(shard.id, shard.gte, shard.lt, shard.cursor)

    def _priority(self, shard: Shard) -> tuple[bool, float]:
        """Which waiting shard goes next: a starved one (``STARVED_WINDOWS``), else the one expected to hold most."""
        starved = self.pages - shard.ready_at > STARVED_WINDOWS * self.concurrency
        return starved, self.expected(shard)

    def _spread_unknown(self, shard: Shard) -> None:
        """A range about to be asked for with nothing known of it (cut off below a cluster), while fewer shards are
        open than pages may be in flight, is cut in equal pieces first, one per idle worker (``SPREAD_PIECES`` at
        most): each piece's first page finds the newest objects in it side by side, instead of one page finding the
        next cluster down a latency after the last. No more pieces than the range is expected to hold pages at the
        export's overall density (a nightly batch: a range of a few hours is one probe, not eight empty ones). Not the
        oldest shard, which reaches back to the export's ``gte`` (1970 by default): blind cuts double there instead."""
        if shard.density is not None or shard.pages or shard.cursor is not None or shard.gte == self.gte:
            return
        idle = self.concurrency - len(self.open_shards())
        expected_pages = int(self._overall() * (shard.lt - shard.gte) / PAGE_LIMIT)
        pieces = min(idle + 1, shard.lt - shard.gte, SPREAD_PIECES, expected_pages)
        width = (shard.lt - shard.gte) / max(1, pieces)
        top = shard.lt
        for index in range(1, pieces):
            edge = top - round(width * index)
            if shard.gte < edge < shard.lt:
                shard = self._split(shard, edge)
                shard.density = None

    def _overall(self) -> float:
        """Objects per second between the newest and the oldest object handed out so far."""
        if self.newest_seen is None or self.oldest_seen is None:
            return 0.0
        return self.objects / max(1, self.newest_seen - self.oldest_seen + 1)

    def _take_top(self, shard: Shard) -> None:
        """A shard none of whose pages was asked for, expected to hold more than two fair shares, is asked for
        its newest share only (the rest stays waiting, to be handed out (or cut) at the next slot, instead of
        being in flight for a latency with a first page whose reach is unknown, which nothing may cut)."""
        if shard.pages or shard.cursor is not None or not shard.density:
            return
        share = self._share()
        if self.expected(shard) <= 2 * share:
            return
        edge = shard.lt - max(1, round(self._kept(share) / shard.density))
        if shard.gte < edge < shard.lt:
            rest = self._split(shard, edge)
            # The rest's density is a guess that grows staler the further it reaches from where objects were seen
            # (an account begins somewhere): halved at each piece, the pieces double in width going back, as the
            # blind cuts do, instead of walking into empty years one page at a time.
            rest.density = shard.density / 2

    def _share(self) -> float:
        """Objects a shard should hold when cut off: a fair share of what is left (a page at least)."""
        return max(MIN_SPLIT_PAGES * PAGE_LIMIT, self._known() / max(1.0, self.concurrency * SHARE_OF_WINDOW))

    @staticmethod
    def _kept(share: float) -> float:
        """``share`` rounded to whole pages, less a margin (the spread of a count that size), so that the last page
        of a shard holding it is expected to come back nearly full rather than anywhere from empty to full."""
        pages = max(1, round(share / PAGE_LIMIT))
        return pages * PAGE_LIMIT - MARGIN_SPREADS * math.sqrt(pages * PAGE_LIMIT)

    def _informed(self) -> bool:
        """Whether some page has brought objects (cuts then follow the densities seen)."""
        return any(shard.density for shard in self._all())

    def expected(self, shard: Shard) -> float:
        """Objects still expected in ``shard`` (infinite while nothing is known).

        The oldest shard reaches back to the export's ``gte`` (0 by default: 1970), far past where most accounts
        begin, so it is expected to go back at most as far again as what lies above it.
        """
        if shard.density is None:
            return float("inf")
        span = shard.top() - shard.gte
        if shard.gte == self.gte:
            span = min(span, max(self.unit, self.lt - shard.top()))
        return shard.density * span

    def _known(self) -> float:
        """Objects expected in the open shards whose density is known."""
        return sum(self.expected(shard) for shard in self.open_shards() if shard.density is not None)

    def _cut_plan(self) -> tuple[Shard, int] | None:
        """Where to cut a new shard for an idle worker: blind until some page has brought objects, else by density."""
        if not self._informed():
            return self._blind_plan()
        return self._informed_plan()

    def _blind_plan(self) -> tuple[Shard, int] | None:
        """Until a page brings objects (before any page is back, or while the newer shards come back empty), the
        oldest shard keeps as much again as lies above it (widths double going back in time from ``unit``, as
        accounts grow) and gives up everything older."""
        open_shards = self.open_shards()
        if not open_shards:
            return None
        bottom = min(open_shards, key=lambda shard: shard.gte)
        edge = bottom.lt - max(self.unit, self.lt - bottom.lt)
        # A shard that has handed out objects may only be cut below them (``cut_limit``): blind cuts are for a
        # shard none of whose pages is back (the density is only a hint; the edge rule is what keeps exactly once).
        if edge <= bottom.gte or bottom.busy or bottom.pages or bottom.density is not None:
            return None
        return bottom, edge

    def _informed_plan(self, margin: float = MARGIN_PAGES) -> tuple[Shard, int] | None:
        """Cut the shard expected to hold the most, if it holds enough to be worth a second worker: below its
        page in flight by ``margin`` pages, or by ``IDLE_MARGIN_PAGES`` if none can be cut that far below."""
        # A shard cut off another one inherits its density and may be cut again before its own first page is back:
        # waiting a latency for that page would leave the budget unused while the export ramps up.
        # Not one whose first page is in flight, though: how far that page reaches is not known yet.
        candidates = [
            shard
            for shard in self.open_shards()
            if shard.density and (shard.pages or not shard.busy) and self._limit(shard, margin) > shard.gte
        ]
        best = max(candidates, key=self.expected, default=None)
        if best is None or not best.density or self.expected(best) < MIN_SPLIT_PAGES * PAGE_LIMIT:
            return self._informed_plan(IDLE_MARGIN_PAGES) if margin > IDLE_MARGIN_PAGES else None
        return best, self._share_edge(best, margin)

    def _rebalance_plan(self) -> tuple[Shard, int] | None:
        """Cut a shard expected to outlast the others (more than ``REBALANCE`` times its share of what is left),
        while it runs: the export then ends with enough shards open to keep every worker busy. Not while as many
        shards are open as pages may be in flight: each shard's last page is mostly part-filled, so a shard more
        than the workers need costs half a request."""
        open_shards = self.open_shards()
        if len(open_shards) >= self.concurrency or any(shard.density is None for shard in open_shards):
            return None
        plan = self._informed_plan()
        if plan is None:
            return None
        limit = max(MIN_SPLIT_PAGES * PAGE_LIMIT, REBALANCE * self._known() / self.concurrency)
        return plan if self.expected(plan[0]) > limit else None

    def _limit(self, shard: Shard, margin: float = MARGIN_PAGES) -> int:
        """The newest second ``shard`` may be cut at now: below what it has handed out and, while a page of it is in
        flight, below where that page is expected to reach (``margin`` pages' span at its density), so that a cut
        rarely drops objects that the page brings (they would be fetched again by the new shard)."""
        limit = shard.cut_limit()
        if shard.busy:
            if not shard.density:
                return shard.gte
            limit -= math.ceil(margin * PAGE_LIMIT / shard.density)
        return limit

    def _share_edge(self, shard: Shard, margin: float = MARGIN_PAGES) -> int:
        """The shard keeps about a fair share of what is left (or half its own part, if that is less); the new
        shard takes everything older. So a shard whose older seconds are empty (an account that started later
        than the range) costs one empty page, not one per halving, and a dense one is cut again later.

        The share kept is a whole number of pages less a margin (``_kept``)."""
        assert shard.density
        top = shard.cut_limit() + 1
        keep = min((top - shard.gte) // 2, max(1, round(self._kept(self._share()) / shard.density)))
        return min(max(top - keep, shard.gte + 1), self._limit(shard, margin))

    def _split(self, shard: Shard, edge: int) -> Shard:
        """``shard`` keeps ``[edge, lt)`` (and its cursor); ``[gte, edge)`` becomes a new shard.

        The new shard's density, a guess until its own first page, is the lower of the shard's recent and overall
        ones: objects that come in bursts (a second of 500) would otherwise send pages into the empty seconds
        between them."""
        density = shard.density
        if density and shard.oldest is not None and shard.objects:
            density = min(density, shard.objects / max(1, shard.lt - shard.oldest))
        older = self._add(shard.gte, edge, density)
        shard.gte = edge
        return older

    # --- answers ----------------------------------------------------------------------------------------------------

    def receive(self, request: PageRequest, page: Mapping[str, Any]) -> Received:
        """Take one page: the objects of the shard's current range, newest first, and its next cursor."""
        shard = self.shards[request.shard_id]
        shard.busy = False
        data, has_more = _page_parts(page)
        keep, below = _in_range(shard, request, data)
        shard.pages += 1
        self.pages += 1
        shard.ready_at = self.pages
        if keep:
            self._advance(shard, keep, follow=has_more and not below)
        elif shard.density is None or not has_more:
            shard.density = shard.objects / max(1, shard.lt - shard.gte)
        shard.done = below or not has_more or not keep
        if shard.done:
            self._tell_older(shard)
        elif self.cuts:
            self._cut_below_cluster(shard, keep)
        return Received(shard.id, keep, shard.cursor, shard.oldest, shard.done, shard.pages)

    def _cut_below_cluster(self, shard: Shard, keep: list[Any]) -> None:
        """A full page of at most ``CLUSTER_SECONDS`` distinct seconds: the shard keeps ``[oldest, lt)`` (the rest of
        the cluster, walked with its cursor) and what lies older becomes a new shard with no density. The shard is
        not busy (its page was just received), so no page in flight can reach below the cut."""
        if len(keep) < PAGE_LIMIT or shard.oldest is None or shard.oldest <= shard.gte:
            return
        if len({item.get("created") for item in keep}) <= CLUSTER_SECONDS:
            self._split(shard, shard.oldest).density = None

    def _tell_older(self, done: Shard) -> None:
        """A shard is done: the waiting shard just older than it, none of whose pages was asked for, takes its
        density (the nearest evidence: a cut's older part inherits a density that its seconds may not have, and an
        account's first objects end somewhere; an empty neighbour stops it being cut up blindly)."""
        for shard in self.shards.values():
            if shard.lt == done.gte and not shard.pages and not shard.busy and shard.density is not None:
                shard.density = done.objects / max(1, done.lt - done.gte)
                return

    def _advance(self, shard: Shard, keep: list[Any], *, follow: bool) -> None:
        """``keep`` is out of ``shard``: its oldest second, density and (when there is more) its next cursor."""
        cursor = keep[-1].get("id")
        if not isinstance(cursor, str) or not cursor:
            raise StripeResponseError("an exported object has no string `id` to continue after")
        top = shard.top()
        shard.oldest = int(keep[-1]["created"])
        newest = int(keep[0]["created"])
        self.newest_seen = newest if self.newest_seen is None else max(self.newest_seen, newest)
        self.oldest_seen = shard.oldest if self.oldest_seen is None else min(self.oldest_seen, shard.oldest)
        shard.objects += len(keep)
        self.objects += len(keep)
        # The density of the last few pages: what lies just below is more like what was just read than like the
        # shard's whole walk (a burst in a quiet month is cut as soon as it is reached). Unless those pages saw
        # only a few distinct seconds (a run of 500 objects in one second says nothing of the empty days around
        # it): then the shard's whole walk.
        seconds = len({item.get("created") for item in keep})
        shard.recent.append((len(keep), max(1, top - shard.oldest), seconds))
        del shard.recent[:-RECENT_PAGES]
        if len(shard.recent) > 1 and seconds >= MIN_DISTINCT_SECONDS:
            # A page this far from the pages before it is a change (a walk entering or leaving a burst), not noise:
            # the density is the new page's alone. Summed with a sparse page spanning days, a burst's first pages
            # would read sparse for three more pages, and the shard walking into it would wait as a thin one.
            latest = len(keep) / shard.recent[-1][1]
            before = sum(n for n, _, _ in shard.recent[:-1]) / sum(span for _, span, _ in shard.recent[:-1])
            if latest > DENSITY_JUMP * before or latest * DENSITY_JUMP < before:
                del shard.recent[:-1]
        if sum(distinct for _, _, distinct in shard.recent) >= MIN_DISTINCT_SECONDS:
            shard.density = sum(n for n, _, _ in shard.recent) / sum(span for _, span, _ in shard.recent)
        else:
            shard.density = shard.objects / max(1, shard.lt - shard.oldest)
        if follow:
            if cursor in shard.seen:
                raise StripeResponseError(f"the cursor {cursor[:80]!r} was already followed: a repeated page")
            shard.seen.add(cursor)
            shard.cursor = cursor

    def retry(self, request: PageRequest) -> None:
        """A request failed and will be asked again: its shard is free to be scheduled."""
        self.shards[request.shard_id].busy = False

    def commit(self, received: Received) -> None:
        """The consumer has taken ``received``: a checkpoint may now record it.

        Only its shard's next page in the order received: out of order, the committed state would go back or skip a
        page (see the module docstring), and a checkpoint would then repeat or lose objects."""
        shard = self.shards[received.shard_id]
        if received.page != shard.committed_pages + 1:
            raise RuntimeError(
                f"page {received.page} of shard {shard.id} committed after its page {shard.committed_pages}: a"
                " shard's pages must be committed in the order they were received"
            )
        shard.committed_pages = received.page
        shard.committed_cursor = received.cursor
        shard.committed_oldest = received.oldest
        shard.committed_done = received.done

    # --- progress ---------------------------------------------------------------------------------------------------

    def expected_left(self) -> float | None:
        """Objects still expected, from each open shard's density (None while no density is known)."""
        total = sum(self.expected(shard) for shard in self.open_shards())
        return None if total == float("inf") else total


def blind_unit(gte: int, lt: int, concurrency: int) -> int:
    """The first blind cut's width: the range halved once per worker but one, and at most ``BLIND_UNIT``."""
    return max(1, min(BLIND_UNIT, (lt - gte) >> max(0, min(concurrency - 1, BLIND_HALVINGS))))


def _page_parts(page: Mapping[str, Any]) -> tuple[list[Any], bool]:
    data = page.get("data")
    has_more = page.get("has_more")
    if not isinstance(data, list) or not isinstance(has_more, bool):
        raise StripeResponseError("an export page must have a list `data` and a boolean `has_more`")
    if has_more and not data:
        raise StripeResponseError("an export page says has_more with no objects: nothing to continue after")
    return data, has_more


def _in_range(shard: Shard, request: PageRequest, data: list[Any]) -> tuple[list[Any], bool]:
    """The objects of ``data`` that are the shard's, and whether the page went below its (since cut) ``gte``.

    The whole page is checked before any of it is taken: a page out of order (oldest first, say) is refused even
    when its first object already lies below the shard's new edge, rather than closing the shard on it. An object
    repeated within the page (same ``id``) is taken once."""
    keep: list[Any] = []
    below = False
    ids: set[str] = set()
    previous = shard.oldest if shard.oldest is not None else request.lt - 1
    for item in data:
        created = item.get("created") if isinstance(item, Mapping) else None
        if not isinstance(created, int) or isinstance(created, bool):
            raise StripeResponseError("an exported object has no integer `created`: the list cannot be sharded")
        if created >= request.lt or created < request.gte or created > previous:
            raise StripeResponseError(
                f"Stripe answered an object created at {created} to a request for [{request.gte}, {request.lt})"
                f" newest first after one created at {previous}: the list does not honour the created filter"
            )
        previous = created
        if created < shard.gte:  # cut off while the page was in flight: the new, older shard owns it
            below = True
            continue
        identity = item.get("id")
        if isinstance(identity, str):
            if identity in ids:
                continue
            ids.add(identity)
        keep.append(item)
    return keep, below
