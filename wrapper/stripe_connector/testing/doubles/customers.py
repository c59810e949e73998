"""A local Stripe double for scale-out tests: Stripe's rate limits and idempotency, and a count of what it applied.

localstripe knows Stripe's objects but not its limits; scale-out tests need the limits. This double serves a
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

It runs in a thread of the calling process on 127.0.0.1 port 0: ``with CustomerStripe(rate=25) as double:
double.url``.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import attrs

from ._limits import RateLimits, TokenBucket, rate_limited, unauthenticated
from ._server import DoubleServer, Recorded, Reply, ServerConfig, error_body, not_found, stripe_reply


@attrs.define
class Stats:
    """What the double counted; ``as_json()`` is what ``GET /_double/stats`` serves."""

    requests: int = 0
    rate_limited: int = 0
    applied: int = 0
    replays: int = 0
    conflicts: int = 0
    lists: int = 0
    dropped: int = 0
    accepted_at: list[float] = attrs.field(factory=list)
    applied_keys: dict[str, int] = attrs.field(factory=dict)

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


class CustomerStripe(DoubleServer):
    """The double; see the module docstring. ``rate``/``burst`` for every request, ``search_rate`` for search."""

    records_requests = False  # scale-out runs send thousands of requests; ``stats`` counts them

    def __init__(
        self,
        *,
        rate: float = 25.0,
        burst: float = 5.0,
        search_rate: float = 20.0,
        server: ServerConfig | None = None,
    ) -> None:
        super().__init__(server=server)
        self.limits = RateLimits(rate=rate, burst=burst, search_rate=search_rate)
        self.stats = Stats()
        self._state = threading.Lock()
        self._buckets: dict[str, TokenBucket] = {}
        self._answers: dict[tuple[str, str], tuple[int, bytes]] = {}
        self._in_flight: set[tuple[str, str]] = set()
        self._in_flight_emails: dict[tuple[str, str], str] = {}
        self._dropped_once: set[str] = set()
        self._customers: list[dict[str, Any]] = []
        self._ids = 0

    def reset(self) -> None:
        with self._state:
            self.stats = Stats()
            self._buckets.clear()
            self._answers.clear()
            self._in_flight.clear()
            self._in_flight_emails.clear()
            self._dropped_once.clear()
            self._customers.clear()

    def in_flight_email(self, email: str) -> bool:
        """Whether a create for ``email`` has been applied and is still being answered (``double_delay``)."""
        with self._state:
            return email in self._in_flight_emails.values()

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}_{self._ids:014d}"

    def _admit(self, api_key: str, path: str) -> str | None:
        """None if the request may run, else the ``Stripe-Rate-Limited-Reason`` of its 429."""
        now = time.monotonic()
        limits = self.limits
        with self._state:
            self.stats.requests += 1
            bucket = self._buckets.setdefault(api_key, TokenBucket(limits.rate, limits.burst))
            reason = None
            if path.endswith("/search") and limits.search_rate is not None:
                search = self._buckets.setdefault(api_key + ":search", TokenBucket(limits.search_rate, limits.burst))
                if not search.take(now):
                    reason = "endpoint-rate"
            if reason is None and not bucket.take(now):
                reason = "global-rate"
            if reason is None:
                self.stats.accepted_at.append(now)
            else:
                self.stats.rate_limited += 1
            return reason

    def handle(self, request: Recorded) -> Reply:
        """One request: the stats route, then the key, the rate limits and the customer routes."""
        path, method = request.path, request.method
        if path == "/_double/stats":
            with self._state:
                return stripe_reply(200, self.stats.as_json())
        if not request.api_key:
            return unauthenticated()
        reason = self._admit(request.api_key, path)
        if reason is not None:
            return rate_limited(reason)
        if method == "POST":
            return self._post(request)
        if method == "GET" and path in ("/v1/customers", "/v1/customers/search"):
            limit = int(request.query_dict.get("limit", "10"))
            with self._state:
                self.stats.lists += 1
                data = list(reversed(self._customers[-limit:]))
            listing = {"object": "list" if path == "/v1/customers" else "search_result", "data": data,
                       "has_more": False, "url": path}  # fmt: skip
            return stripe_reply(200, listing)
        if method == "GET" and path.startswith("/v1/customers/"):
            wanted = path.rsplit("/", 1)[1]
            with self._state:
                found = [c for c in self._customers if c["id"] == wanted]
            if found:
                return stripe_reply(200, found[0])
            missing = error_body("invalid_request_error", f"No such customer: '{wanted}'", code="resource_missing")
            return stripe_reply(404, missing)
        return not_found(method, path)

    def _post(self, request: Recorded) -> Reply:
        if request.path != "/v1/customers":
            return not_found("POST", request.path)
        form = request.form_dict
        idem = request.header("idempotency-key") or ""
        slot = (request.api_key, idem)
        with self._state:
            if idem and slot in self._answers:
                self.stats.replays += 1
                status, stored = self._answers[slot]
                return Reply(status, body=stored, headers=_replayed())
            if idem and slot in self._in_flight:
                self.stats.conflicts += 1
                message = "There is currently another in-progress request using this Idempotency-Key."
                return stripe_reply(409, error_body("idempotency_error", message, code="idempotency_key_in_use"))
            self._in_flight.add(slot)
            customer = self._create(form)
            if idem:
                self.stats.applied_keys[idem] = self.stats.applied_keys.get(idem, 0) + 1
        return self._answer_created(slot, customer)

    def _create(self, form: dict[str, str]) -> dict[str, Any]:
        """Apply one create (the caller holds the lock)."""
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
        return customer

    def _answer_created(self, slot: tuple[str, str], customer: dict[str, Any]) -> Reply:
        """Keep the answer for replays, then answer it, late (``double_delay``) or never (``double_drop``)."""
        answer = json.dumps(customer).encode()
        metadata = customer["metadata"]
        delay = float(metadata.get("double_delay", 0) or 0)
        token = metadata.get("double_drop")
        with self._state:
            drop = bool(token) and token not in self._dropped_once
            self._answers[slot] = (200, answer)  # kept before the delay: Stripe keeps what it applied
            self._in_flight_emails[slot] = str(customer["email"])
        if delay:
            time.sleep(delay)
        with self._state:
            self._in_flight.discard(slot)
            self._in_flight_emails.pop(slot, None)
            if drop:
                self._dropped_once.add(str(token))
                self.stats.dropped += 1
        if drop:
            return Reply(drop=True)
        return Reply(200, body=answer, headers=_request_id())


def _request_id() -> dict[str, str]:
    return {"Request-Id": f"req_{time.monotonic_ns():x}"}


def _replayed() -> dict[str, str]:
    return {**_request_id(), "Idempotent-Replayed": "true"}


def achieved_rate(times: list[float]) -> float:
    """Requests per second between the first and the last accepted request."""
    if len(times) < 2:
        return 0.0
    ordered = sorted(times)
    return (len(ordered) - 1) / (ordered[-1] - ordered[0])


def fetch_stats(url: str) -> dict[str, Any]:
    """The double's counts, from another process (``GET /_double/stats``)."""
    import httpx

    return dict(httpx.get(url + "/_double/stats", timeout=5.0).json())
