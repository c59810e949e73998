"""A Temporal workflow that onboards a customer through the connector's Stripe activity.

Workflow code runs in Temporal's sandbox and is replayed from history, so it only schedules activities
(``execute_tool``); the HTTP calls happen in the activity (``StripeActivities``), on the worker.

The sandbox re-imports a workflow's modules in isolation, and httpx cannot be imported there
(``RestrictedWorkflowAccessError``), so the integration is imported through ``imports_passed_through`` (Temporal's
idiom); a worker built with ``sandbox_runner()`` passes the connector through even without it.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from stripe_connector.temporal import execute_tool


@workflow.defn(name="OnboardCustomer")
class OnboardCustomer:
    @workflow.run
    async def run(self, email: str) -> dict[str, Any]:
        created = await execute_tool("create_customer", {"email": email}, details=True)
        listing = await execute_tool("list_customers", {"limit": 3})
        return {
            "customer": created["data"]["id"],
            "request_id": created["request_id"],
            "idempotent_replayed": created["idempotent_replayed"],
            "listed": len(listing["data"]),
        }
