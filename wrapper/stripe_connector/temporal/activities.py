"""Run the connector's tools as Temporal activities: the ``temporal`` extra.

Install with ``pip install 'stripe-connector[temporal]'``.

Temporal retries an activity until it succeeds or fails with a non-retryable error, and replays workflow code
from its history. So:

* **the idempotency scope comes from the activity's identity**: the workflow id, its run id and the activity id
  are the same on every attempt of one activity, so every retry (after a timeout, a crash of the worker, a 5xx)
  sends the same ``Idempotency-Key`` and Stripe applies the call once. The run id is in the scope because activity
  ids restart at 1 in each run: a workflow that continues-as-new would otherwise reuse a key of its previous run.
* **final errors are final**: a bad argument, a card decline, a missing object become a non-retryable
  ``ApplicationError`` whose ``type`` is the connector's error class and whose details are Stripe's fields (status,
  code, request id...); rate limits, 5xx, network failures and 409s stay retryable. Temporal's default retry policy
  would otherwise retry an ``InvalidInputError`` forever.
* **the workflow sandbox**: workflow code imports this module to call :func:`execute_tool`; the connector and httpx
  are passed through the sandbox (importing httpx inside it fails with ``RestrictedWorkflowAccessError``), and
  :func:`sandbox_runner` gives a worker the restrictions that pass them through.

Worker::

    connector = AsyncStripeConnector(os.environ["STRIPE_API_KEY"], rate_limiter=RedisRateLimiter(...))
    Worker(client, task_queue="payments", workflows=[Checkout], activities=StripeActivities(connector).all(),
           workflow_runner=sandbox_runner())

Workflow::

    customer = await execute_tool("create_customer", {"email": email})      # Stripe's JSON
    details = await execute_tool("list_customers", {"limit": 1}, details=True)  # + request_id, replayed...
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from temporalio import activity, workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError

with workflow.unsafe.imports_passed_through():
    from .._clients.async_client import AsyncStripeConnector
    from .._clients.sync_client import StripeConnector
    from .._host_parts.error_report import error_object
    from .._http.retry import FINAL_ERROR_TYPES as FINAL_ERROR_TYPES  # re-exported: the package names it
    from ..errors import StripeConnectorError

ACTIVITY_NAME = "stripe_connector.call"
DEFAULT_RETRY_POLICY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(seconds=60),
    non_retryable_error_types=list(FINAL_ERROR_TYPES),
)
#: Modules the workflow sandbox must take from outside rather than re-import (httpx cannot be imported inside).
PASSTHROUGH_MODULES = ("stripe_connector", "stripe_connector_generated", "httpx", "httpcore", "anyio", "sniffio")


@dataclass
class ToolCall:
    """One tool call, as a workflow schedules it: the activity's single, JSON-serialisable argument."""

    tool: str
    arguments: dict[str, Any] = field(default_factory=dict)
    stripe_account: str | None = None
    #: Return ``CallResult.as_json()`` (data, request_id, idempotent_replayed, ...) instead of Stripe's JSON.
    details: bool = False
    #: A business scope (e.g. an order id) to use instead of the activity's identity.
    idempotency_scope: list[str] | None = None


def activity_scope() -> list[str]:
    """The idempotency scope of the running activity: the same on every attempt, different for every activity."""
    info = activity.info()
    parts = (info.workflow_namespace, info.workflow_id, info.workflow_run_id, info.activity_id)
    return ["temporal", *(str(part or "") for part in parts)]


def to_application_error(exc: StripeConnectorError) -> ApplicationError:
    """The ``ApplicationError`` Temporal records for a connector error: non-retryable when retrying cannot help."""
    details = error_object(exc)
    return ApplicationError(str(exc), details, type=details["class"], non_retryable=not details["retryable"])


class StripeActivities:
    """The Stripe activity, bound to one connector (async, or sync run in a thread) for the worker's lifetime."""

    def __init__(self, connector: AsyncStripeConnector | StripeConnector) -> None:
        self.connector = connector

    def all(self) -> list[Callable[..., Any]]:
        """The activities to give to ``Worker(activities=...)``."""
        return [self.call]

    @activity.defn(name=ACTIVITY_NAME)
    async def call(self, request: ToolCall) -> dict[str, Any]:
        """Run one tool call with the activity's idempotency scope; Stripe's JSON or the call's details."""
        scope = request.idempotency_scope or activity_scope()
        options: dict[str, Any] = {"idempotency_scope": scope, "stripe_account": request.stripe_account}
        try:
            if isinstance(self.connector, AsyncStripeConnector):
                result = await self.connector.call_with_details(request.tool, request.arguments, **options)
            else:
                result = await asyncio.to_thread(
                    self.connector.call_with_details, request.tool, request.arguments, **options
                )
        except StripeConnectorError as exc:
            failure = to_application_error(exc)
        else:
            return result.as_json() if request.details else result.data
        raise failure  # outside the except block: the connector's internals are not the failure's cause


async def execute_tool(
    tool: str,
    arguments: dict[str, Any] | None = None,
    *,
    stripe_account: str | None = None,
    details: bool = False,
    idempotency_scope: Sequence[str] | None = None,
    start_to_close_timeout: timedelta = timedelta(seconds=90),
    retry_policy: RetryPolicy | None = None,
    **activity_options: Any,
) -> dict[str, Any]:
    """From workflow code: run ``tool`` as the Stripe activity and return its JSON (or details, with ``details``).

    The default retry policy backs off to a minute and never retries the connector's final errors.
    """
    call = ToolCall(
        tool=tool,
        arguments=dict(arguments or {}),
        stripe_account=stripe_account,
        details=details,
        idempotency_scope=list(idempotency_scope) if idempotency_scope else None,
    )
    result: dict[str, Any] = await workflow.execute_activity(
        ACTIVITY_NAME,
        call,
        start_to_close_timeout=start_to_close_timeout,
        retry_policy=retry_policy or DEFAULT_RETRY_POLICY,
        result_type=dict,
        **activity_options,
    )
    return result


def sandbox_runner() -> Any:
    """A ``SandboxedWorkflowRunner`` that passes the connector (and httpx) through the workflow sandbox."""
    from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

    restrictions = SandboxRestrictions.default.with_passthrough_modules(*PASSTHROUGH_MODULES)
    return SandboxedWorkflowRunner(restrictions=restrictions)
