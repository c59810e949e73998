"""The list double the export rows run against, as a user's Stripe account would look to the command.

The list double of the test kit, with what the bench needs on top: latency with jitter, the rate limit checked when
a request *arrives* (as Stripe's limiter sits in front of its API; ``--admit after`` checks it after the latency,
which clumps paced requests by the jitter), and three shapes of ``created``:

* ``uniform``: spread uniformly over a year ending now, 10% of the timestamps shared with a neighbour;
* ``bursty``: 90% of the objects in 2% of that year (a week), the rest uniform;
* ``runs``: one-second runs of 500 objects each, the runs spread uniformly over the year.

``python bench/export_double.py --objects N --latency S --jitter F --shape uniform`` prints its URL on stdout and
runs until its stdin closes; ``GET /_double/stats`` serves requests, 429s and the most requests seen in flight.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import threading
import time
from pathlib import Path

from stripe_connector.testing.doubles._limits import rate_limited
from stripe_connector.testing.doubles._server import Recorded, Reply
from stripe_connector.testing.doubles.lists import PREFIXES, ListStripe

YEAR = 365 * 86_400
SHAPES = ("uniform", "bursty", "runs")


def created_times(shape: str, count: int, *, end: int, seed: int = 11, span: int = YEAR) -> list[int]:
    """``count`` creation times in ``[end - span, end)`` of the given shape."""
    rng = random.Random(seed)
    start = end - span
    if shape == "uniform":
        times = sorted(rng.randrange(start, end) for _ in range(count))
        for index in range(1, count):
            if rng.random() < 0.1:
                times[index] = times[index - 1]  # shared with its neighbour
        return times
    if shape == "bursty":
        burst_width = span // 50
        burst_start = rng.randrange(start, end - burst_width)
        dense = int(count * 0.9)
        times = [rng.randrange(burst_start, burst_start + burst_width) for _ in range(dense)]
        times += [rng.randrange(start, end) for _ in range(count - dense)]
        return sorted(times)
    if shape == "runs":
        runs = max(1, count // 500)
        seconds = sorted(rng.sample(range(start, end), runs))
        times = [second for second in seconds for _ in range(500)]
        return times[:count] + [seconds[-1]] * (count - len(times))
    raise ValueError(f"unknown shape {shape!r}")


class BenchDouble(ListStripe):
    """The test kit's list double with jittered latency and the rate limit checked on arrival."""

    def __init__(self, created: list[int], *, latency: float, jitter: float, rate: float, burst: float,
                 admit: str = "arrival") -> None:  # fmt: skip
        super().__init__(created, latency=0.0, rate=rate, burst=burst)
        self.base_latency = latency
        self.jitter = jitter
        self.admit = admit
        self._rng = random.Random(5)
        self._rng_lock = threading.Lock()
        #: When set, one line per answered list request (arrival, query, objects returned): for tracing a run.
        self.log: list[str] | None = None

    def _note(self, arrived: float, query: dict[str, str], answer: Reply) -> None:
        count = answer.payload().count(b'"id":') if answer.status == 200 else -answer.status
        with self._state:
            assert self.log is not None
            self.log.append(f"{arrived:.3f} {count} {json.dumps(query)}")

    def _delay(self) -> float:
        with self._rng_lock:
            spread = self._rng.uniform(-self.jitter, self.jitter)
        return max(0.0, self.base_latency * (1.0 + spread))

    def handle(self, request: Recorded) -> Reply:
        if request.path.startswith("/_double/") or not request.api_key or request.method != "GET":
            return super().handle(request)
        with self._state:
            self._in_flight += 1
            self.stats["in_flight_max"] = max(self.stats["in_flight_max"], self._in_flight)
            self.stats.setdefault("first_ns", time.monotonic_ns())
        try:
            admitted = self._admit(request.api_key) if self.admit == "arrival" else True
            time.sleep(self._delay())
            if self.admit != "arrival":
                admitted = self._admit(request.api_key)
            if not admitted:
                return rate_limited("global-rate", "Too many requests hit the API too quickly.")
            resource = request.path.removeprefix("/v1/")
            arrived = time.monotonic()
            if resource == "events":
                answer = self._events(request.query_dict)
            elif resource in PREFIXES:
                answer = self._list(resource, request.query_dict)
            else:
                return super().handle(request)
            if self.log is not None:
                self._note(arrived, request.query_dict, answer)
            return answer
        finally:
            with self._state:
                self._in_flight -= 1
                self.stats["last_ns"] = time.monotonic_ns()

    def _events(self, query: dict[str, str]) -> Reply:
        """``/v1/events``: the same objects as events (``evt_<n>``, about one of 5,000 invoices each)."""
        query = {name: value for name, value in query.items() if name not in ("type", "types[0]")}
        if "starting_after" in query:
            query["starting_after"] = query["starting_after"].replace("evt_", "cus_", 1)
        answer = self._list("customers", query)
        if answer.status != 200:
            return answer
        page = json.loads(answer.payload())
        page["url"] = "/v1/events"
        page["data"] = [_event(item) for item in page["data"]]
        return Reply(200, body=json.dumps(page).encode(), headers=dict(answer.headers))


def _event(item: dict[str, object]) -> dict[str, object]:
    number = int(str(item["id"]).split("_")[1])
    return {"id": f"evt_{number:010d}", "object": "event", "type": "invoice.updated", "created": item["created"],
            "livemode": False, "api_version": "2023-10-16", "pending_webhooks": 0,
            "request": {"id": None, "idempotency_key": None},
            "data": {"object": {"id": f"in_{number % 5000:08d}", "object": "invoice", "amount_due": number % 997,
                                "description": item["description"]}}}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.4)
    parser.add_argument("--jitter", type=float, default=0.0, help="latency x (1 +- this), uniform")
    parser.add_argument("--rate", type=float, default=25.0)
    parser.add_argument("--burst", type=float, default=5.0)
    parser.add_argument("--shape", choices=SHAPES, default="uniform")
    parser.add_argument("--admit", choices=("arrival", "after"), default="arrival")
    parser.add_argument("--log", default=None, help="write a line per list request here when stdin closes")
    parser.add_argument("--span", type=int, default=YEAR, help="seconds the objects spread over (default a year)")
    parser.add_argument("--end", type=int, default=None, help="newest created + 1 (default: now)")
    args = parser.parse_args(argv)
    end = args.end if args.end is not None else int(time.time())
    created = created_times(args.shape, args.objects, end=end, span=args.span)
    double = BenchDouble(created, latency=args.latency, jitter=args.jitter, rate=args.rate, burst=args.burst,
                         admit=args.admit)  # fmt: skip
    if args.log:
        double.log = []
    with double:
        sys.stdout.write(double.url + "\n")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            sys.stdin.read()
    if args.log and double.log is not None:
        Path(args.log).write_text("\n".join(double.log) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
