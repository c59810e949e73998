"""Trace context through Celery, with a real worker (``celery.contrib.testing.worker.start_worker`` in this process,
on the in-memory broker) so that one in-memory span exporter sees the sender's and the worker's spans.

The acceptance path: a webhook delivery is stored with its span's context, the dispatcher hands it to Celery under
a span linked to that context, and the worker's task continues the hand-off's trace. Then the connector's own
tasks: a tool task and an export's shard tasks continue the trace of whoever sent them.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("celery")

from celery import Celery
from celery.contrib.testing.worker import start_worker
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind, get_current_span
from stripe_connector import StripeConnector, telemetry
from stripe_connector.celery import CeleryHandOff, continue_trace, register_export_tasks, register_tool_task
from stripe_connector.celery.export import start_distributed_export, wait_for_export
from stripe_connector.events import Dispatcher, InboxStore, webhook_app

from tests.support.events_support import SECRET, event_body, signed_headers
from tests.support.keys import API_KEY
from tests.support.otel import Recorded


class Worker:
    """One app and one in-process worker for the module (a worker takes seconds to stop): the hand-off's task, a
    tool task and the export tasks, registered before it starts, on the process's connector of the moment."""

    def __init__(self) -> None:
        self.app = Celery("traced", broker="memory://", backend="cache+memory://", set_as_current=False)
        self.app.conf.update(task_default_queue="traced", broker_transport_options={"polling_interval": 0.05})
        self.connector: StripeConnector | None = None
        self.ran = threading.Event()
        self.seen: list[dict[str, Any]] = []
        self.tool = register_tool_task(self.app, self.current, name="traced.call")
        self.export = register_export_tasks(self.app, self.current)

        @self.app.task(bind=True, name="stripe.event")  # type: ignore[untyped-decorator]
        def handle(task: Any, event: dict[str, Any]) -> None:
            with continue_trace(task):
                context = get_current_span().get_span_context()
                self.seen.append({"event": event["id"], "trace_id": context.trace_id, "span_id": context.span_id})
            self.ran.set()

    def current(self) -> StripeConnector:
        assert self.connector is not None
        return self.connector

    def answering(self, body: dict[str, Any]) -> StripeConnector:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        self.connector = StripeConnector(API_KEY, base_url="http://stripe.test", transport=transport,
                                         rate_limiter=False)  # fmt: skip
        return self.connector


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    found = Worker()
    with start_worker(found.app, perform_ping_check=False, loglevel="WARNING", shutdown_timeout=10):
        yield found


def only(spans: list[ReadableSpan], name: str) -> ReadableSpan:
    found = [span for span in spans if span.name == name]
    assert len(found) == 1, (name, [span.name for span in spans])
    return found[0]


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def deliver(store: InboxStore, body: bytes) -> httpx.Response:
    app = webhook_app(store, SECRET)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return await client.post("/stripe/webhook", content=body, headers=signed_headers(body))

    try:
        return asyncio.run(go())
    finally:
        app.close()


def test_a_webhook_delivery_handed_on_through_celery_keeps_its_trace(
    recorded: Recorded, worker: Worker, inbox: InboxStore
) -> None:
    body = event_body(7)
    assert deliver(inbox, body).status_code == 200
    stored = inbox.get("", "evt_test_00000007")
    assert stored is not None and stored.trace_parent is not None
    assert Dispatcher(inbox, CeleryHandOff(worker.app, "stripe.event")).run_until_idle() == 1
    assert worker.ran.wait(20), "the worker never ran the hand-off's task"
    seen = worker.seen
    spans = recorded.spans()
    delivery = only(spans, "POST /stripe/webhook")
    hand_off = only(spans, "stripe.event hand_off")
    publish = only(spans, "stripe.event publish")
    process = only(spans, "stripe.event process")
    # The delivery's context is what the inbox kept; the hand-off (another trace: the delivery is long answered)
    # links to it; the publish is the hand-off's child, and the worker's task the publish's.
    assert delivery.kind is SpanKind.SERVER and delivery.attributes is not None
    assert delivery.attributes["stripe_connector.webhook.outcome"] == "accepted"
    assert stored.trace_parent.startswith(f"00-{delivery.context.trace_id:032x}-{delivery.context.span_id:016x}-")
    [link] = hand_off.links
    assert (link.context.trace_id, link.context.span_id) == (delivery.context.trace_id, delivery.context.span_id)
    assert hand_off.context.trace_id != delivery.context.trace_id
    assert parent_of(publish) == hand_off.context.span_id and publish.kind is SpanKind.PRODUCER
    assert parent_of(process) == publish.context.span_id and process.kind is SpanKind.CONSUMER
    assert process.context.trace_id == hand_off.context.trace_id
    assert seen == [{"event": "evt_test_00000007", "trace_id": process.context.trace_id,
                     "span_id": process.context.span_id}]  # fmt: skip
    assert hand_off.attributes is not None and hand_off.attributes["stripe.event.id"] == "evt_test_00000007"
    [lag] = recorded.points()["stripe_connector.events.hand_off.lag"]
    assert lag.count == 1 and lag.attributes == {"stripe.event.source": "webhook"}


def test_a_tool_task_continues_its_senders_trace(recorded: Recorded, worker: Worker) -> None:
    worker.answering({"object": "list", "data": []})
    tracer = recorded.tracer_provider.get_tracer("test")
    with tracer.start_as_current_span("checkout") as caller:
        result = worker.tool.delay("list_customers", {"limit": 1})
    assert result.get(timeout=20) == {"object": "list", "data": []}
    spans = recorded.spans()
    process = only(spans, "traced.call process")
    call = only(spans, "stripe list_customers")
    assert parent_of(process) == caller.get_span_context().span_id
    assert process.context.trace_id == caller.get_span_context().trace_id
    assert parent_of(call) == process.context.span_id  # the tool call's span is the task's child


def test_an_exports_shard_tasks_continue_the_starters_trace(recorded: Recorded, worker: Worker, tmp_path: Path) -> None:
    connector = worker.answering({"object": "list", "data": [], "has_more": False, "url": "/v1/customers"})
    tracer = recorded.tracer_provider.get_tracer("test")
    with tracer.start_as_current_span("nightly export") as starter:
        export = start_distributed_export(connector, worker.export, "list_customers", out_dir=tmp_path / "out",
                                          checkpoint=f"sqlite:///{tmp_path}/x.db", shards=2, created_gte=1,
                                          created_lt=1000)  # fmt: skip
    assert wait_for_export(export, timeout=20)["complete"]
    shards = [span for span in recorded.spans() if span.name == "stripe_connector.export_shard process"]
    assert len(shards) == 2
    assert {parent_of(span) for span in shards} == {starter.get_span_context().span_id}
    assert json.loads((tmp_path / "out" / f"{export.key}.manifest.json").read_text())["objects"] == 0


def test_without_a_provider_messages_carry_no_trace() -> None:
    """Nothing listens: the tool task's message has no ``traceparent`` header and the task still runs."""
    telemetry.configure(enabled=False)
    try:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": "cus_1"}))
        connector = StripeConnector(API_KEY, base_url="http://stripe.test", transport=transport, rate_limiter=False)
        app = Celery("untraced", broker="memory://", set_as_current=False)
        task = register_tool_task(app, lambda: connector, name="untraced.call")
        with app.connection_for_write() as connection:
            task.apply_async(("get_customer", {"id": "cus_1"}), connection=connection, queue="untraced")
        with app.connection_for_read() as connection:
            message = connection.SimpleQueue("untraced").get(timeout=5)
            headers = dict(message.headers)
            message.ack()
        connector.close()
    finally:
        telemetry.configure()
    assert headers["task"] == "untraced.call" and "traceparent" not in headers
