"""Shared pieces of the events tests: event bodies, signed deliveries, and a recording hand-off."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from typing import Any

from stripe_connector.events import StoredEvent, signature_header

SECRET = "whsec_events_test_secret_0123456789abcdef"
OTHER_SECRET = "whsec_events_test_rolled_fedcba9876543210"


def event_body(number: int, *, account: str | None = None, type: str = "payment_intent.succeeded",
               created: int | None = None, object_id: str | None = None) -> bytes:  # fmt: skip
    body: dict[str, Any] = {
        "id": f"evt_test_{number:08d}",
        "object": "event",
        "api_version": "2023-10-16",
        "created": int(time.time()) if created is None else created,
        "livemode": False,
        "type": type,
        "data": {"object": {"id": object_id or f"pi_{number:08d}", "object": "payment_intent", "amount": 1000}},
    }
    if account is not None:
        body["account"] = account
    return json.dumps(body).encode()


def signed_headers(body: bytes, secret: str | list[str] = SECRET, timestamp: int | None = None) -> dict[str, str]:
    return {"Stripe-Signature": signature_header(body, secret, timestamp), "Content-Type": "application/json"}


class Recorder:
    """A hand-off that remembers every event id it was given (thread-safe); ``fail`` ids raise."""

    def __init__(self, fail: set[str] | None = None) -> None:
        self.ids: list[str] = []
        self.fail = fail or set()
        self.lock = threading.Lock()

    def __call__(self, item: StoredEvent) -> None:
        if item.event_id in self.fail:
            raise RuntimeError(f"downstream refused {item.event_id}")
        with self.lock:
            self.ids.append(item.event_id)

    def counts(self) -> Counter[str]:
        return Counter(self.ids)
