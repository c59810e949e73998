"""A workflow started by the events hand-off that runs one Stripe activity: the subject of the trace test (the
hand-off's span, through Temporal's ``TracingInterceptor``, to the activity's tool call)."""

from __future__ import annotations

from typing import Any

from stripe_connector.temporal.activities import execute_tool
from temporalio import workflow


@workflow.defn(name="TracedEventWorkflow")
class TracedEventWorkflow:
    @workflow.run
    async def run(self, event: dict[str, Any]) -> dict[str, Any]:
        listing = await execute_tool("list_customers", {"limit": 1})
        return {"event": event["id"], "listed": len(listing["data"])}
