"""A local Stripe double for scale-out tests: Stripe's rate limits and idempotency, and a count of what it applied.

localstripe knows Stripe's objects but not its limits; the scale-out tests need the limits. This double serves a
few customer endpoints and behaves as Stripe does where many workers meet:

* **a per-key rate**: a token bucket per API key (``rate`` per second, ``burst`` tokens) for every request, and a
  stricter one for ``/search`` endpoints; an empty bucket answers 429 with ``Stripe-Rate-Limited-Reason``
  (``global-rate`` or ``endpoint-rate``) and Stripe's error body;
* **idempotency**: the first answer to a POST is kept per (key, ``Idempotency-Key``); a later request with that key
  gets the same answer with ``Idempotent-Replayed: true``; one arriving while the first is still running gets 409
  (``idempotency_key_in_use``), as Stripe answers;
* **counts**: requests, 429s, creates applied (each logical create must be applied once), replays, and the time
  of every request it accepted (to measure the rate clients achieved); ``GET /_double/stats`` serves them as JSON
  to other processes;
* **faults on request**: a create whose ``metadata[double_delay]`` is a number of seconds is applied, then answered
  that much later (so a test can kill the worker in between); ``metadata[double_drop]=1`` applies the create and
  then drops the connection without an answer, once per value of ``double_drop``.

It runs in a thread of the test process on 127.0.0.1 port 0: ``with StripeDouble(rate=25) as double: double.url``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.support.json_double import JsonDouble, error_body


@dataclass
class Bucket:
    """A token bucket: ``capacity`` tokens, refilled at ``rate`` per second."""

    rate: float
    capacity: float
    tokens: float = -1.0
    updated: float = field(default_factory=time.monotonic)

    def take(self, now: float) -> bool:
        if self.tokens < 0:
            self.tokens = self.capacity
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


@dataclass
class Stats:
    requests: int = 0
    rate_limited: int = 0
    applied: int = 0
    replays: int = 0
    conflicts: int = 0
    lists: int = 0
    dropped: int = 0
    accepted_at: list[float] = field(default_factory=list)
    applied_keys: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "rate_limited": self.rate_limited,
            "applied": self.applied,
            "replays": self.replays,
            "conflicts": self.conflicts,
            "lists": self.lists,
            "dropped": self.dropped,
            "accepted_at": list(self.accepted_at),
            "applied_twice": sorted(k for k, n in self.applied_keys.items() if n > 1),
        }


def achieved_rate(times: list[float]) -> float:
    """Requests per second between the first and the last accepted request."""
    if len(times) < 2:
        return 0.0
    ordered = sorted(times)
    return (len(ordered) - 1) / (ordered[-1] - ordered[0])


class StripeDouble(JsonDouble):
    """The double; see the module docstring. ``rate``/``burst`` for every request, ``search_rate`` for search."""

    def __init__(self, *, rate: float = 25.0, burst: float = 5.0, search_rate: float = 20.0) -> None:
        self.rate = rate
        self.burst = burst
        self.search_rate = search_rate
        self.stats = Stats()
        self._lock = threading.Lock()
        self._buckets: dict[str, Bucket] = {}
        self._answers: dict[tuple[str, str], tuple[int, bytes]] = {}
        self._in_flight: set[tuple[str, str]] = set()
        self._in_flight_emails: dict[tuple[str, str], str] = {}
        self._dropped_once: set[str] = set()
        self._customers: list[dict[str, Any]] = []
        self._ids = 0

    def reset(self) -> None:
        with self._lock:
            self.stats = Stats()
            self._buckets.clear()
            self._answers.clear()
            self._in_flight.clear()
            self._in_flight_emails.clear()
            self._dropped_once.clear()
            self._customers.clear()

    def in_flight_email(self, email: str) -> bool:
        """Whether a create for ``email`` has been applied and is still being answered (``double_delay``)."""
        with self._lock:
            return email in self._in_flight_emails.values()

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}_{self._ids:014d}"

    def _admit(self, api_key: str, path: str) -> str | None:
        """None if the request may run, else the ``Stripe-Rate-Limited-Reason`` of its 429."""
        now = time.monotonic()
        with self._lock:
            self.stats.requests += 1
            bucket = self._buckets.setdefault(api_key, Bucket(self.rate, self.burst))
            reason = None
            if path.endswith("/search"):
                search = self._buckets.setdefault(api_key + ":search", Bucket(self.search_rate, self.burst))
                if not search.take(now):
                    reason = "endpoint-rate"
            if reason is None and not bucket.take(now):
                reason = "global-rate"
            if reason is None:
                self.stats.accepted_at.append(now)
            else:
                self.stats.rate_limited += 1
            return reason

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """One request; returns status, extra headers and body (``-1`` status: drop the connection)."""
        parts = urlsplit(target)
        path = parts.path
        if path == "/_double/stats":
            return 200, {}, json.dumps(self.stats.as_json()).encode()
        auth = headers.get("authorization", "")
        api_key = auth.removeprefix("Bearer ").strip()
        if not api_key:
            return 401, {}, error_body("authentication_error", "No API key provided.")
        reason = self._admit(api_key, path)
        if reason is not None:
            message = "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."
            body_429 = error_body("invalid_request_error", message, code="rate_limit")
            return 429, {"Stripe-Rate-Limited-Reason": reason}, body_429
        if method == "POST":
            return self._post(api_key, path, headers, body)
        if method == "GET" and path in ("/v1/customers", "/v1/customers/search"):
            query = dict(parse_qsl(parts.query))
            limit = int(query.get("limit", "10"))
            with self._lock:
                self.stats.lists += 1
                data = list(reversed(self._customers[-limit:]))
            listing = {"object": "list" if path == "/v1/customers" else "search_result", "data": data,
                       "has_more": False, "url": path}  # fmt: skip
            return 200, {}, json.dumps(listing).encode()
        if method == "GET" and path.startswith("/v1/customers/"):
            wanted = path.rsplit("/", 1)[1]
            with self._lock:
                found = [c for c in self._customers if c["id"] == wanted]
            if found:
                return 200, {}, json.dumps(found[0]).encode()
            return (
                404,
                {},
                error_body("invalid_request_error", f"No such customer: '{wanted}'", code="resource_missing"),
            )
        return 404, {}, error_body("invalid_request_error", f"Unrecognized request URL ({method}: {path}).")

    def _post(self, api_key: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        if path != "/v1/customers":
            return 404, {}, error_body("invalid_request_error", f"Unrecognized request URL (POST: {path}).")
        form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        idem = headers.get("idempotency-key", "")
        slot = (api_key, idem)
        with self._lock:
            if idem and slot in self._answers:
                self.stats.replays += 1
                status, stored = self._answers[slot]
                return status, {"Idempotent-Replayed": "true"}, stored
            if idem and slot in self._in_flight:
                self.stats.conflicts += 1
                message = "There is currently another in-progress request using this Idempotency-Key."
                return 409, {}, error_body("idempotency_error", message, code="idempotency_key_in_use")
            self._in_flight.add(slot)
            metadata = {k[9:-1]: v for k, v in form.items() if k.startswith("metadata[")}
            customer: dict[str, Any] = {
                "id": self._next_id("cus"),
                "object": "customer",
                "email": form.get("email"),
                "name": form.get("name"),
                "metadata": metadata,
                "livemode": False,
            }
            self._customers.append(customer)
            self.stats.applied += 1
            if idem:
                self.stats.applied_keys[idem] = self.stats.applied_keys.get(idem, 0) + 1
        answer = json.dumps(customer).encode()
        delay = float(metadata.get("double_delay", 0) or 0)
        token = metadata.get("double_drop")
        drop = bool(token) and token not in self._dropped_once
        with self._lock:
            self._answers[slot] = (200, answer)  # kept before the delay: Stripe keeps what it applied
            self._in_flight_emails[slot] = str(customer["email"])
        if delay:
            time.sleep(delay)
        with self._lock:
            self._in_flight.discard(slot)
            self._in_flight_emails.pop(slot, None)
            if drop:
                self._dropped_once.add(str(token))
                self.stats.dropped += 1
        if drop:
            return -1, {}, b""
        return 200, {}, answer


def fetch_stats(url: str) -> dict[str, Any]:
    """The double's counts, from another process."""
    import httpx

    return dict(httpx.get(url + "/_double/stats", timeout=5.0).json())


def running_double(**options: Any) -> Iterator[StripeDouble]:
    with StripeDouble(**options) as double:
        yield double
