"""A workflow that imports the Temporal integration plainly (no ``imports_passed_through``): the sandbox test's
subject. It replays under ``sandbox_runner()``, and fails under Temporal's default sandbox, which is why the
runner exists."""

from __future__ import annotations

from typing import Any

from stripe_connector.temporal.activities import execute_tool
from temporalio import workflow


@workflow.defn(name="OnboardCustomer")
class PlainOnboardCustomer:
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
