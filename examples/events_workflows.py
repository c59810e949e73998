"""Temporal workflows fed by Stripe events (``stripe_connector.temporal.events.TemporalHandOff``).

* ``StripeEventWorkflow``: one run per event (id ``stripe-event-<event id>``); here it just reports what it got.
* ``StripeObjectWorkflow``: one run per Stripe object, fed by signal-with-start (``stripe_event``): the events of
  one subscription are handled one after another; a repeated signal (same event id) is dropped.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio import workflow


@workflow.defn(name="StripeEventWorkflow")
class StripeEventWorkflow:
    @workflow.run
    async def run(self, event: dict[str, Any]) -> dict[str, Any]:
        obj = event.get("data", {}).get("object", {})
        return {"event": event["id"], "type": event["type"], "object": obj.get("id")}


@workflow.defn(name="StripeObjectWorkflow")
class StripeObjectWorkflow:
    def __init__(self) -> None:
        self.seen: list[str] = []
        self.pending: list[dict[str, Any]] = []

    @workflow.signal(name="stripe_event")
    def stripe_event(self, event: dict[str, Any]) -> None:
        if event["id"] not in self.seen and all(e["id"] != event["id"] for e in self.pending):
            self.pending.append(event)

    @workflow.query(name="handled")
    def handled(self) -> list[str]:
        return list(self.seen)

    @workflow.run
    async def run(self) -> list[str]:
        # Handle events as they come; finish after a quiet period (a real workflow would run to the object's end).
        while True:
            try:
                await workflow.wait_condition(lambda: bool(self.pending), timeout=timedelta(seconds=1))
            except TimeoutError:
                return self.seen
            while self.pending:
                self.seen.append(self.pending.pop(0)["id"])
