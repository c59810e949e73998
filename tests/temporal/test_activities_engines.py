"""The Temporal integration, offline: activities through ``ActivityEnvironment`` against the Stripe double, and
workflows through the ``Replayer`` (in the real sandbox) on a history recorded from those activities' results.

No Temporal server runs here (the SDK's dev server is a download); a retry is what Temporal does on a real
cluster: the same activity (same workflow, run and activity ids) run again with ``attempt`` + 1.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("temporalio")

from stripe_connector import AsyncStripeConnector, StripeConnector, errors
from stripe_connector.temporal.activities import (
    ACTIVITY_NAME,
    DEFAULT_RETRY_POLICY,
    FINAL_ERROR_TYPES,
    StripeActivities,
    ToolCall,
    sandbox_runner,
)
from stripe_connector.testing.doubles import CustomerStripe, Reply, ScriptedStripe
from stripe_connector.testing.temporal_history import ActivityStep, record_history
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment
from temporalio.worker import Replayer
from temporalio.worker.workflow_sandbox import RestrictedWorkflowAccessError

from examples.temporal_workflow import OnboardCustomer
from tests.support.keys import API_KEY as KEY
from tests.support.temporal_plain_workflow import PlainOnboardCustomer


@pytest.fixture(scope="module")
def double_server() -> Iterator[CustomerStripe]:
    with CustomerStripe(rate=1000, burst=100) as double:
        yield double


@pytest.fixture
def double(double_server: CustomerStripe) -> CustomerStripe:
    double_server.reset()
    return double_server


def environment(*, workflow_id: str = "wf-1", run_id: str = "run-1", activity_id: str = "1", attempt: int = 1) -> Any:
    env = ActivityEnvironment()
    env.info = dataclasses.replace(
        env.info, workflow_id=workflow_id, workflow_run_id=run_id, activity_id=activity_id, attempt=attempt,
        activity_type=ACTIVITY_NAME,
    )  # fmt: skip
    return env


async def test_an_activity_retried_after_a_crash_sends_the_same_key(double: CustomerStripe) -> None:
    connector = AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=False, max_retries=0)
    activities = StripeActivities(connector)
    call = ToolCall("create_customer", {"email": "a@example.com", "metadata": {"double_drop": "1"}}, details=True)
    with pytest.raises(ApplicationError) as info:  # Stripe applied it, the answer was lost: the attempt "crashed"
        await environment(attempt=1).run(activities.call, call)
    assert info.value.non_retryable is False and info.value.type == "StripeConnectionError"
    assert double.stats.applied == 1 and double.stats.dropped == 1
    retried = await environment(attempt=2).run(activities.call, call)
    assert retried["idempotent_replayed"] is True
    assert double.stats.applied == 1  # applied once, whatever the attempts
    other = await environment(activity_id="2").run(activities.call, call)
    assert other["idempotency_key"] != retried["idempotency_key"] and double.stats.applied == 2
    next_run = await environment(run_id="run-2").run(activities.call, call)
    assert next_run["idempotency_key"] not in (retried["idempotency_key"], other["idempotency_key"])
    await connector.aclose()


async def test_a_sync_connector_runs_in_a_thread_with_the_same_scope(double: CustomerStripe) -> None:
    sync_connector = StripeConnector(KEY, base_url=double.url, rate_limiter=False)
    async_connector = AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=False)
    call = ToolCall("create_customer", {"email": "s@example.com"}, details=True)
    one = await environment().run(StripeActivities(sync_connector).call, call)
    two = await environment(attempt=3).run(StripeActivities(async_connector).call, call)
    assert one["idempotency_key"] == two["idempotency_key"] and two["idempotent_replayed"] is True
    plain = await environment(activity_id="9").run(StripeActivities(sync_connector).call, ToolCall("list_customers"))
    assert plain["object"] == "list"
    await async_connector.aclose()


async def test_bad_input_is_non_retryable_and_sends_nothing(double: CustomerStripe) -> None:
    activities = StripeActivities(AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=False))
    with pytest.raises(ApplicationError) as info:
        await environment().run(activities.call, ToolCall("create_customer", {"email": 42}))
    error = info.value
    assert error.non_retryable is True and error.type == "InvalidInputError"
    assert error.details[0]["param"] == "email"
    assert double.stats.requests == 0


@pytest.mark.parametrize(
    ("reply", "error_type", "non_retryable"),
    [
        (Reply(402, json={"error": {"type": "card_error", "code": "card_declined", "message": "Declined"}},
               headers={"Request-Id": "req_card"}), "CardError", True),
        (Reply(404, json={"error": {"type": "invalid_request_error", "message": "No such customer"}}),
         "NotFoundError", True),
        (Reply(429, headers={"Stripe-Rate-Limited-Reason": "global-rate"}), "RateLimitError", False),
        (Reply(503), "StripeServerError", False),
        (Reply(409, json={"error": {"type": "idempotency_error", "code": "idempotency_key_in_use"}}),
         "IdempotencyError", False),
    ],
)  # fmt: skip
async def test_stripe_errors_keep_their_details_and_retryability(
    server: ScriptedStripe, reply: Reply, error_type: str, non_retryable: bool
) -> None:
    server.reset(default=reply)
    connector = AsyncStripeConnector(KEY, base_url=server.base_url, rate_limiter=False, max_retries=0)
    with pytest.raises(ApplicationError) as info:
        await environment().run(StripeActivities(connector).call, ToolCall("get_customer", {"id": "cus_1"}))
    error = info.value
    assert (error.type, error.non_retryable) == (error_type, non_retryable)
    details = error.details[0]
    assert details["http_status"] == reply.status and details["class"] == error_type
    if reply.headers.get("Request-Id"):
        assert details["request_id"] == reply.headers["Request-Id"]
    assert KEY not in str(error) and KEY not in repr(details)
    assert error.__cause__ is None and error.__context__ is None
    await connector.aclose()


def test_the_default_retry_policy_never_retries_final_errors() -> None:
    assert set(DEFAULT_RETRY_POLICY.non_retryable_error_types or []) == set(FINAL_ERROR_TYPES)
    for name in FINAL_ERROR_TYPES:
        assert issubclass(getattr(errors, name), errors.StripeConnectorError)
    for retryable in ("RateLimitError", "StripeServerError", "StripeConnectionError", "StripeTimeoutError"):
        assert retryable not in FINAL_ERROR_TYPES


def test_tool_call_round_trips_through_temporals_converter() -> None:
    from temporalio.converter import DataConverter

    call = ToolCall("create_customer", {"email": "x@example.com"}, stripe_account="acct_1", details=True)
    converter = DataConverter.default.payload_converter
    (payload,) = converter.to_payloads([call])
    assert converter.from_payloads([payload], [ToolCall]) == [call]
    assert pickle.loads(pickle.dumps(call)) == call


# --- workflows: the Replayer on a recorded history --------------------------------------------------------------------


async def recorded(double: CustomerStripe, workflow_id: str = "onboard-1") -> Any:
    """Run the workflow's two activities for real and record the history a server would have written."""
    connector = AsyncStripeConnector(KEY, base_url=double.url, rate_limiter=False)
    activities = StripeActivities(connector)
    create = ToolCall("create_customer", {"email": "w@example.com"}, details=True)
    listing = ToolCall("list_customers", {"limit": 3})
    created = await environment(workflow_id=workflow_id, activity_id="1").run(activities.call, create)
    listed = await environment(workflow_id=workflow_id, activity_id="2").run(activities.call, listing)
    await connector.aclose()
    result = {"customer": created["data"]["id"], "request_id": created["request_id"],
              "idempotent_replayed": created["idempotent_replayed"], "listed": len(listed["data"])}  # fmt: skip
    return record_history(
        workflow_type="OnboardCustomer", workflow_id=workflow_id, run_id="run-1", inputs=["w@example.com"],
        steps=[ActivityStep(ACTIVITY_NAME, [create], created), ActivityStep(ACTIVITY_NAME, [listing], listed)],
        result=result,
    )  # fmt: skip


async def test_the_example_workflow_replays_in_the_default_sandbox(double: CustomerStripe) -> None:
    history = await recorded(double)
    result = await Replayer(workflows=[OnboardCustomer]).replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None


async def test_a_plain_import_of_the_integration_passes_the_sandbox_with_its_runner(double: CustomerStripe) -> None:
    history = await recorded(double)
    replayer = Replayer(workflows=[PlainOnboardCustomer], workflow_runner=sandbox_runner())
    result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None


async def test_without_the_runner_a_plain_import_fails_in_the_sandbox(double: CustomerStripe) -> None:
    history = await recorded(double)
    with pytest.raises(RuntimeError) as info:  # why sandbox_runner() exists: httpx cannot load in the sandbox
        await Replayer(workflows=[PlainOnboardCustomer]).replay_workflow(history)
    assert isinstance(info.value.__cause__, RestrictedWorkflowAccessError)


async def test_a_changed_workflow_is_caught_as_non_deterministic(double: CustomerStripe) -> None:
    history = await recorded(double)
    events = list(history.events)
    changed = events[:4] + events[7:]  # the history lost the create activity's events: the code schedules more
    from temporalio.client import WorkflowHistory

    broken = WorkflowHistory(history.workflow_id, changed)
    result = await Replayer(workflows=[OnboardCustomer]).replay_workflow(broken, raise_on_replay_failure=False)
    assert result.replay_failure is not None


def test_the_example_runs_offline() -> None:
    import subprocess
    import sys
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "examples" / "temporal_example.py"
    done = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "replayed=True" in done.stdout and "non_retryable=True" in done.stdout
    assert "sandbox from 17 events: ok" in done.stdout
