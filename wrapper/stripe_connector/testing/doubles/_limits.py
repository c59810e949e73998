"""What the stateful doubles share of Stripe's behaviour: rate limits (a token bucket per key) and list pages."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ._server import Reply, error_body, stripe_reply

RATE_LIMIT_MESSAGE = "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."


@attrs.frozen
class RateLimits:
    """Stripe's per-key limits as a double applies them: ``rate`` requests per second with a ``burst`` of tokens,
    and a stricter ``search_rate`` for ``/search`` endpoints (None: no separate search limit)."""

    rate: float = attrs.field(validator=attrs.validators.gt(0))
    burst: float = attrs.field(default=5.0, validator=attrs.validators.ge(1))
    search_rate: float | None = None


@attrs.define
class TokenBucket:
    """``capacity`` tokens, refilled at ``rate`` per second; full when first used."""

    rate: float
    capacity: float
    tokens: float = -1.0
    updated: float = attrs.field(factory=time.monotonic)

    def take(self, now: float) -> bool:
        if self.tokens < 0:
            self.tokens = self.capacity
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


def rate_limited(reason: str, message: str = RATE_LIMIT_MESSAGE) -> Reply:
    """Stripe's 429: ``Stripe-Rate-Limited-Reason`` (``global-rate``, ``endpoint-rate``) and its error body."""
    body = error_body("invalid_request_error", message, code="rate_limit")
    return stripe_reply(429, body, {"Stripe-Rate-Limited-Reason": reason})


def unauthenticated() -> Reply:
    return stripe_reply(401, error_body("authentication_error", "No API key provided."))


def list_page(
    items: Sequence[dict[str, Any]],
    params: Mapping[str, str],
    *,
    url: str,
    positions: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """One page of ``items`` as Stripe lists them: ``limit`` (default 10) objects after ``starting_after`` (an id
    not in the list gives an empty last page); ``positions`` maps ids to indexes when the caller keeps one."""
    limit = int(params.get("limit", 10))
    start = 0
    if "starting_after" in params:
        ids = positions if positions is not None else {item["id"]: i for i, item in enumerate(items)}
        cursor = params["starting_after"]
        start = ids[cursor] + 1 if cursor in ids else len(items)
    return {"object": "list", "data": list(items[start : start + limit]), "has_more": start + limit < len(items),
            "url": url}  # fmt: skip
