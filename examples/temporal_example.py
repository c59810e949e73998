"""The Stripe activity and a workflow that uses it, offline by default or against a real Temporal cluster.

Offline (no Temporal server: the SDK's dev server is a download)::

    python examples/temporal_example.py

starts the local Stripe double on 127.0.0.1, runs the workflow's activities through Temporal's
``ActivityEnvironment`` (the first create "crashes" after Stripe applied it, and its retry is answered from
Stripe's first answer, same Idempotency-Key), records the history a server would have written and replays the
workflow (examples/temporal_workflow.py) from it in Temporal's sandbox with the ``Replayer``.

Against a real cluster (e.g. ``temporal server start-dev`` from the Temporal CLI, or your own cluster)::

    STRIPE_API_KEY=sk_test_... python examples/temporal_example.py --address localhost:7233 [--namespace default]

runs a worker (the workflow, the Stripe activity, ``sandbox_runner()``) on task queue ``stripe-connector-example``
and executes ``OnboardCustomer`` on it. ``STRIPE_BASE_URL`` points it at a fake Stripe instead;
``STRIPE_RATE_LIMIT_REDIS=redis://...`` shares the rate budget with other workers.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import uuid
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# The example's workflow module and the offline helpers (tests/support) are imported from the checkout.
sys.path.insert(0, str(REPO_ROOT))

from stripe_connector import AsyncStripeConnector, LocalRateLimiter, RedisRateLimiter  # noqa: E402
from stripe_connector.temporal import (  # noqa: E402
    ACTIVITY_NAME,
    StripeActivities,
    ToolCall,
    sandbox_runner,
)

from examples.temporal_workflow import OnboardCustomer  # noqa: E402

TASK_QUEUE = "stripe-connector-example"


async def offline() -> int:
    from stripe_connector.testing.doubles import CustomerStripe
    from stripe_connector.testing.temporal_history import ActivityStep, record_history
    from temporalio.exceptions import ApplicationError
    from temporalio.testing import ActivityEnvironment
    from temporalio.worker import Replayer

    def env(activity_id: str, attempt: int = 1) -> ActivityEnvironment:
        environment = ActivityEnvironment()
        environment.info = dataclasses.replace(
            environment.info, workflow_id="onboard-jenny", workflow_run_id="run-1", activity_id=activity_id,
            attempt=attempt, activity_type=ACTIVITY_NAME,
        )  # fmt: skip
        return environment

    with CustomerStripe(rate=25) as double:
        connector = AsyncStripeConnector("sk_test_temporalexample", base_url=double.url, max_retries=0,
                                         rate_limiter=LocalRateLimiter())  # fmt: skip
        activities = StripeActivities(connector)
        create = ToolCall("create_customer", {"email": "jenny@example.com", "metadata": {"double_drop": "x"}},
                          details=True)  # fmt: skip
        try:
            await env("1").run(activities.call, create)
        except ApplicationError as exc:
            print(f"attempt 1 of the create: {exc.type}, retryable={not exc.non_retryable} (Stripe applied it)")
        created = await env("1", attempt=2).run(activities.call, create)
        print(f"attempt 2 of the create: replayed={created['idempotent_replayed']}, customer {created['data']['id']}, "
              f"key {created['idempotency_key'][:18]}...; creates applied: {double.stats.applied}")  # fmt: skip
        listing = ToolCall("list_customers", {"limit": 3})
        listed = await env("2").run(activities.call, listing)
        bad = ToolCall("create_customer", {"email": 42})
        try:
            await env("3").run(activities.call, bad)
        except ApplicationError as exc:
            print(f"bad input: {exc.type}, non_retryable={exc.non_retryable}, param={exc.details[0]['param']}")
        await connector.aclose()
    result = {"customer": created["data"]["id"], "request_id": created["request_id"],
              "idempotent_replayed": created["idempotent_replayed"], "listed": len(listed["data"])}  # fmt: skip
    history = record_history(
        workflow_type="OnboardCustomer", workflow_id="onboard-jenny", run_id="run-1", inputs=["jenny@example.com"],
        steps=[ActivityStep(ACTIVITY_NAME, [create], created), ActivityStep(ACTIVITY_NAME, [listing], listed)],
        result=result,
    )  # fmt: skip
    replay = await Replayer(workflows=[OnboardCustomer]).replay_workflow(history, raise_on_replay_failure=False)
    print(f"workflow replayed in the sandbox from {len(history.events)} events: "
          f"{'ok' if replay.replay_failure is None else replay.replay_failure}")  # fmt: skip
    return 0 if replay.replay_failure is None and created["idempotent_replayed"] else 1


async def on_cluster(address: str, namespace: str) -> int:
    from temporalio.client import Client
    from temporalio.worker import Worker

    redis_url = os.environ.get("STRIPE_RATE_LIMIT_REDIS")
    connector = AsyncStripeConnector(
        os.environ["STRIPE_API_KEY"],
        base_url=os.environ.get("STRIPE_BASE_URL", "https://api.stripe.com"),
        rate_limiter=RedisRateLimiter(redis_url) if redis_url else None,
    )
    client = await Client.connect(address, namespace=namespace)
    worker = Worker(client, task_queue=TASK_QUEUE, workflows=[OnboardCustomer],
                    activities=StripeActivities(connector).all(), workflow_runner=sandbox_runner())  # fmt: skip
    async with worker:
        result: dict[str, Any] = await client.execute_workflow(
            OnboardCustomer.run, "jenny@example.com", id=f"onboard-{uuid.uuid4()}", task_queue=TASK_QUEUE
        )
    print(result)
    await connector.aclose()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--address", help="a Temporal frontend, e.g. localhost:7233 (default: offline run)")
    parser.add_argument("--namespace", default="default")
    args = parser.parse_args(argv)
    if args.address:
        return asyncio.run(on_cluster(args.address, args.namespace))
    return asyncio.run(offline())


if __name__ == "__main__":
    status = main()
    # temporalio's core runtime keeps native threads that can call into Python while the interpreter finalizes
    # (an abort, "PyGILState_Release ... finalizing", in some runs): leave once the output is flushed instead.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
