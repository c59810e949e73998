"""A Stripe double for exports: big lists in memory, Stripe's list semantics, latency and a per-key rate limit.

Every ``GET /v1/<resource>`` (customers, charges, invoices, ...) lists the same generated objects (with that
resource's prefix and ``object``), as Stripe lists them:

* newest first: ordered by ``created`` descending, and among equal ``created`` by creation order descending;
* ``created[gte]``, ``created[gt]``, ``created[lt]``, ``created[lte]`` (or ``created=<t>``), ``limit`` (1-100,
  default 10) and ``starting_after`` (position-based: the objects after that one in this order, with the filters
  applied; an unknown id is a 404 as at Stripe);
* ``latency`` seconds before each answer, and a token bucket per API key (``rate`` per second, ``burst``): an empty
  bucket answers 429 with ``Stripe-Rate-Limited-Reason: global-rate`` and Stripe's error body; ``storm(seconds)``
  answers 429 to everything for a while.

Objects are kept as two integers each (``created``, sequence) and rendered on request (about 400 bytes of JSON
each), so a double of a million objects fits in a few tens of MB. ``GET /_double/stats`` serves the counts.

``python -m stripe_connector.testing.doubles.lists --objects N --latency S --rate R`` runs it in a process of its
own (the bench does, so that its memory is not the exporter's) and prints its URL on stdout.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import random
import sys
import threading
import time
from typing import Any

from ._limits import TokenBucket, rate_limited, unauthenticated
from ._server import DoubleServer, Recorded, Reply, ServerConfig, error_body, not_found, stripe_reply

LOWEST = -(10**18)

PREFIXES = {
    "customers": ("cus", "customer"),
    "charges": ("ch", "charge"),
    "invoices": ("in", "invoice"),
    "payment_intents": ("pi", "payment_intent"),
    "products": ("prod", "product"),
    "subscriptions": ("sub", "subscription"),
}


def spread(count: int, *, start: int, end: int, seed: int = 7, ties: float = 0.3) -> list[int]:
    """``count`` creation times in ``[start, end)``, denser towards ``end`` (a growing account), with ties."""
    rng = random.Random(seed)
    times: list[int] = []
    width = end - start
    while len(times) < count:
        moment = end - 1 - int(width * (rng.random() ** 1.5))
        times.append(max(start, moment))
        while rng.random() < ties and len(times) < count:
            times.append(times[-1])  # objects created in the same second
    return times


class ListStripe(DoubleServer):
    """The double; see the module docstring. ``with ListStripe(created=[...]) as double: double.url``."""

    records_requests = False  # an export pages through millions of objects; ``stats`` counts the requests

    def __init__(
        self,
        created: list[int] | None = None,
        *,
        latency: float = 0.0,
        rate: float | None = None,
        burst: float = 5.0,
        server: ServerConfig | None = None,
    ) -> None:
        super().__init__(server=server)
        self.latency = latency
        self.rate = rate
        self.burst = burst
        self._state = threading.Lock()
        self._keys: list[tuple[int, int]] = []  # (-created, -sequence), ascending = newest first
        self._position: dict[int, int] = {}
        self._sequence = 0
        self._buckets: dict[str, TokenBucket] = {}
        self._storm_until = 0.0
        self.stats: dict[str, int] = {"requests": 0, "rate_limited": 0, "lists": 0, "in_flight_max": 0}
        self._in_flight = 0
        self.add(created or [])

    # --- data -------------------------------------------------------------------------------------------------------

    def add(self, created: list[int]) -> list[str]:
        """Create objects at these ``created`` times (in this order); returns their customer ids."""
        with self._state:
            ids = []
            for moment in created:
                self._sequence += 1
                self._keys.append((-moment, -self._sequence))
                ids.append(f"cus_{self._sequence:010d}")
            self._keys.sort()
            self._position = {-key[1]: index for index, key in enumerate(self._keys)}
            return ids

    def all_ids(self, prefix: str = "cus") -> list[str]:
        with self._state:
            return [f"{prefix}_{-key[1]:010d}" for key in self._keys]

    def storm(self, seconds: float) -> None:
        """Answer 429 to every request for ``seconds``."""
        self._storm_until = time.monotonic() + seconds

    def reset_stats(self) -> None:
        with self._state:
            self.stats = {"requests": 0, "rate_limited": 0, "lists": 0, "in_flight_max": 0}

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _admit(self, api_key: str) -> bool:
        now = time.monotonic()
        with self._state:
            self.stats["requests"] += 1
            if now < self._storm_until:
                self.stats["rate_limited"] += 1
                return False
            if self.rate is None:
                return True
            if self._buckets.setdefault(api_key, TokenBucket(self.rate, self.burst)).take(now):
                return True
            self.stats["rate_limited"] += 1
            return False

    def handle(self, request: Recorded) -> Reply:
        if request.path == "/_double/stats":
            with self._state:
                return stripe_reply(200, dict(self.stats))
        if not request.api_key:
            return unauthenticated()
        with self._state:
            self._in_flight += 1
            self.stats["in_flight_max"] = max(self.stats["in_flight_max"], self._in_flight)
        try:
            if self.latency:
                time.sleep(self.latency)
            if not self._admit(request.api_key):
                return rate_limited("global-rate", "Too many requests hit the API too quickly.")
            resource = request.path.removeprefix("/v1/")
            if request.method != "GET" or resource not in PREFIXES:
                return not_found(request.method, request.path)
            return self._list(resource, request.query_dict)
        finally:
            with self._state:
                self._in_flight -= 1

    def _list(self, resource: str, query: dict[str, str]) -> Reply:
        prefix, kind = PREFIXES[resource]
        try:
            limit = int(query.get("limit", "10"))
            low, high = _range(query)
        except ValueError:
            return stripe_reply(400, error_body("invalid_request_error", "Invalid integer", param="limit"))
        if not 1 <= limit <= 100:
            return stripe_reply(400, error_body("invalid_request_error", "limit must be 1 to 100", param="limit"))
        with self._state:
            self.stats["lists"] += 1
            start = bisect.bisect_left(self._keys, (-(high - 1), LOWEST)) if high is not None else 0
            end = bisect.bisect_left(self._keys, (-low + 1, LOWEST)) if low is not None else len(self._keys)
            cursor = query.get("starting_after")
            if cursor is not None:
                try:
                    position = self._position[int(cursor.split("_", 1)[1])]
                except (ValueError, IndexError, KeyError):
                    missing = f"No such {kind}: '{cursor}'"
                    return stripe_reply(404, error_body("invalid_request_error", missing, param="starting_after"))
                start = max(start, position + 1)
            chosen = self._keys[start : min(end, start + limit)]
            has_more = start + limit < end
        data = [_render(prefix, kind, -key[0], -key[1]) for key in chosen]
        body = {"object": "list", "url": f"/v1/{resource}", "has_more": has_more, "data": data}
        return Reply(200, body=json.dumps(body).encode(), headers={"Request-Id": f"req_{time.monotonic_ns():x}"})


def _range(query: dict[str, str]) -> tuple[int | None, int | None]:
    """The ``[low, high)`` of the created filter (None: unbounded)."""
    lows, highs = [], []
    if "created" in query:
        lows.append(int(query["created"]))
        highs.append(int(query["created"]) + 1)
    if "created[gte]" in query:
        lows.append(int(query["created[gte]"]))
    if "created[gt]" in query:
        lows.append(int(query["created[gt]"]) + 1)
    if "created[lt]" in query:
        highs.append(int(query["created[lt]"]))
    if "created[lte]" in query:
        highs.append(int(query["created[lte]"]) + 1)
    return (max(lows) if lows else None), (min(highs) if highs else None)


def _render(prefix: str, kind: str, created: int, sequence: int) -> dict[str, Any]:
    return {
        "id": f"{prefix}_{sequence:010d}",
        "object": kind,
        "created": created,
        "livemode": False,
        "email": f"customer{sequence}@example.com",
        "name": f"Customer {sequence}",
        "description": "an exported object " + "x" * 200,
        "metadata": {"sequence": str(sequence)},
    }


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rate", type=float, default=None)
    parser.add_argument("--burst", type=float, default=5.0)
    parser.add_argument("--end", type=int, default=None, help="newest created (default: a minute ago)")
    parser.add_argument("--days", type=int, default=730)
    args = parser.parse_args(argv)
    end = args.end if args.end is not None else int(time.time()) - 60
    created = spread(args.objects, start=end - args.days * 86400, end=end)
    with ListStripe(created, latency=args.latency, rate=args.rate, burst=args.burst) as double:
        sys.stdout.write(double.url + "\n")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            sys.stdin.read()  # runs until its parent closes stdin (or kills it)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
