"""The export's scheduler on a virtual clock: the real planner and in-flight window, no process, no socket, no load.

Wall-clock export rows on a machine shared by many processes move by 10-20% from one run to the next (start-up
alone takes 0.3-0.9 s under load), too much to tell two scheduling rules apart. This runs the planner
(``export._plan.Planner``) and the window (``export._pace.InFlight``) as ``export._run`` drives them, against the
export double's data shapes (``export_double.created_times``: uniform, bursty, runs), with the double's limits on
a virtual clock: a slot every 1/25 s after a burst of 5, each page answered after the latency +-30%. What it gives
is the scheduling alone: requests sent, slots left unused, and the time to the last answer (plus a fixed start-up),
as a share of the rate bound and of the achievable (every page full). It is a tool for changing the planner, not a
``make bench`` row: the rows measure the command as users run it.

``python bench/export_sim.py [--seeds N] [--objects N]`` prints one line per latency and shape (means over seeds).
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import random
import sys
from dataclasses import dataclass, field
from typing import Any

from export_cli import BOUND, BURST, JITTER, RATE, achievable
from export_double import SHAPES, created_times
from stripe_connector.export._pace import InFlight
from stripe_connector.export._plan import PAGE_LIMIT, PageRequest, Planner

#: Seconds from spawn to the first request, as the command takes on an idle machine.
START_UP = 0.25
END = 1_800_000_000
LATENCIES = (0.1, 0.4, 1.5)


@dataclass
class SortedList:
    """The double's list on the virtual clock: newest first, ``created`` filters and ``starting_after``."""

    created: list[int]
    keys: list[tuple[int, int]] = field(init=False)
    position: dict[int, int] = field(init=False)

    def __post_init__(self) -> None:
        self.keys = sorted((-moment, -number) for number, moment in enumerate(self.created))
        self.position = {-key[1]: index for index, key in enumerate(self.keys)}

    def page(self, request: PageRequest) -> dict[str, Any]:
        low = bisect.bisect_left(self.keys, (-(request.lt - 1), -(10**18)))
        high = bisect.bisect_left(self.keys, (-request.gte + 1, -(10**18)))
        if request.cursor is not None:
            low = max(low, self.position[int(request.cursor)] + 1)
        chosen = self.keys[low : min(high, low + PAGE_LIMIT)]
        data = [{"id": str(-number), "created": -moment} for moment, number in chosen]
        return {"data": data, "has_more": low + PAGE_LIMIT < high}


def simulate(objects: int, latency: float, shape: str, seed: int = 1) -> tuple[float, int]:
    """Seconds from spawn to the last answer and the requests sent, for one export on the virtual clock."""
    double = SortedList(created_times(shape, objects, end=END, seed=10 + seed))
    jitter = random.Random(seed)
    planner = Planner(0, END, concurrency=128)
    window = InFlight(128, RATE)
    planner.concurrency = window.size
    in_flight: list[tuple[float, int, PageRequest, float]] = []
    slot = requests = received = 0
    now = 0.0
    while not (planner.finished and not in_flight):
        slot_time = 0.0 if slot < BURST else (slot - BURST + 1) / RATE
        if in_flight and in_flight[0][0] <= slot_time:
            now, _, request, sent = heapq.heappop(in_flight)
            window.observe(now - sent)
            planner.concurrency = window.size
            received += len(planner.receive(request, double.page(request)).objects)
            continue
        now, slot = slot_time, slot + 1
        if len(in_flight) < window.size and planner.startable() > 0:
            request_or_none = planner.next_request()
            if request_or_none is not None:
                requests += 1
                answered = now + latency * (1 + jitter.uniform(-JITTER, JITTER))
                heapq.heappush(in_flight, (answered, requests, request_or_none, now))
    if received != objects:
        raise RuntimeError(f"the planner handed out {received} objects of {objects}")
    return now + START_UP, requests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--objects", type=int, default=20_000)
    args = parser.parse_args(argv)
    for latency in LATENCIES:
        for shape in SHAPES:
            runs = [simulate(args.objects, latency, shape, seed) for seed in range(1, args.seeds + 1)]
            seconds = sum(run[0] for run in runs) / len(runs)
            requests = sum(run[1] for run in runs) / len(runs)
            rate = args.objects / seconds
            ceiling = achievable(args.objects, latency)
            print(f"{args.objects:,} {shape:8s} {latency * 1000:5.0f} ms: {rate / BOUND:.2f}x bound, "
                  f"{rate / ceiling:.2f}x achievable ({ceiling / BOUND:.2f}x), {requests:.0f} requests")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
