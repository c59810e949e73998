"""The events pipeline's spans and metrics, read back from the SDK's in-memory exporters: each webhook delivery's
span and outcome count, the hand-off's span linked to the stored delivery (sync and async dispatchers), the
hand-off lag, and the inbox gauge, whose numbers are those ``events status`` prints."""

from __future__ import annotations

import asyncio
import io
import json
import time
from pathlib import Path
from typing import Any

import httpx
from opentelemetry.trace import SpanKind, StatusCode, get_current_span
from stripe_connector import telemetry
from stripe_connector.cli.main import main
from stripe_connector.events import AsyncDispatcher, Dispatcher, InboxStore, StoredEvent, open_store, webhook_app
from stripe_connector.events._event import parse_event
from stripe_connector.events._status import inbox_status

from tests.support.events_support import SECRET, event_body, signed_headers
from tests.support.otel import Recorded


def post(store: InboxStore, requests: list[dict[str, Any]], secrets: Any = SECRET) -> list[int]:
    """Each request to one receiver; their statuses."""
    app = webhook_app(store, secrets, max_body=8 * 1024)

    async def go() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return [(await client.request(**{"method": "POST", "url": "/stripe/webhook", **r})).status_code
                    for r in requests]  # fmt: skip

    try:
        return asyncio.run(go())
    finally:
        app.close()


def signed(number: int, **options: Any) -> dict[str, Any]:
    body = event_body(number)
    return {"content": body, "headers": signed_headers(body, **options)}


def outcomes(recorded: Recorded) -> dict[str, int]:
    return {
        str(point.attributes["stripe_connector.webhook.outcome"]): point.value
        for point in recorded.points().get("stripe_connector.webhook.deliveries", [])
    }


def test_each_delivery_is_a_span_and_a_count_by_outcome(recorded: Recorded, inbox: InboxStore) -> None:
    body = event_body(1)
    statuses = post(inbox, [
        signed(1), signed(1),                                             # accepted, then a duplicate
        {"content": body, "headers": signed_headers(body, "whsec_forged_0123")},  # bad signature
        {"content": body, "headers": signed_headers(body, timestamp=int(time.time()) - 400)},  # too old
        {"content": b"[1]", "headers": signed_headers(b"[1]")},           # signed, not an event
        {"url": "/elsewhere", "content": body},                           # not found
        {"method": "GET"},                                                # method not allowed
        {"content": b"x" * 9000, "headers": signed_headers(b"x" * 9000)},  # too large
    ])  # fmt: skip
    assert statuses == [200, 200, 400, 400, 400, 404, 405, 413]
    each = ("accepted", "duplicate", "bad_signature", "too_old", "invalid_event", "not_found", "method_not_allowed",
            "too_large")  # fmt: skip
    assert outcomes(recorded) == dict.fromkeys(each, 1)
    spans = [span for span in recorded.spans() if span.name == "POST /stripe/webhook"]
    assert len(spans) == 8 and all(span.kind is SpanKind.SERVER for span in spans)
    first = spans[0]
    assert dict(first.attributes or {}) == {
        "http.request.method": "POST",
        "http.route": "/stripe/webhook",
        "stripe_connector.webhook.outcome": "accepted",
        "http.response.status_code": 200,
        "stripe.event.type": "payment_intent.succeeded",
        "stripe.event.id": "evt_test_00000001",
    }
    stored = inbox.get("", "evt_test_00000001")
    assert stored is not None and stored.trace_parent is not None
    assert stored.trace_parent.split("-")[1:3] == [f"{first.context.trace_id:032x}", f"{first.context.span_id:016x}"]
    assert "stripe.event.id" not in (spans[2].attributes or {})  # unverified: nothing of its body is reported


def test_a_delivery_without_a_provider_stores_no_context(inbox: InboxStore) -> None:
    telemetry.configure(enabled=False)
    try:
        assert post(inbox, [signed(2)]) == [200]
    finally:
        telemetry.configure()
    stored = inbox.get("", "evt_test_00000002")
    assert stored is not None and stored.trace_parent is None


def test_many_connections_report_a_known_connection_only(recorded: Recorded, inbox: InboxStore) -> None:
    body = event_body(3)
    secrets = {"conn_a": [SECRET]}
    statuses = post(inbox, [
        {"url": "/stripe/webhook/conn_a", "content": body, "headers": signed_headers(body)},
        {"url": "/stripe/webhook/sk_test_stranger", "content": body, "headers": signed_headers(body)},
    ], secrets)  # fmt: skip
    assert statuses == [200, 400]
    points = recorded.points()["stripe_connector.webhook.deliveries"]
    found = {(p.attributes["stripe_connector.webhook.outcome"], p.attributes.get("stripe_connector.connection_id"))
             for p in points}  # fmt: skip
    assert found == {("accepted", "conn_a"), ("bad_signature", None)}
    assert {span.name for span in recorded.spans()} == {"POST /stripe/webhook/{connection}"}
    assert not [text for text in recorded.every_attribute_value() if "stranger" in text]


def _stored_with_context(store: InboxStore, recorded: Recorded, *numbers: int) -> Any:
    """Events stored under one delivery span (as the receiver stores them); that span's context."""
    tracer = recorded.tracer_provider.get_tracer("test")
    with tracer.start_as_current_span("delivery") as span:
        from stripe_connector.telemetry._propagate import stored_parent

        parent = stored_parent()
    for number in numbers:
        body = event_body(number)
        store.add(parse_event(body), body, trace_parent=parent)
    return span.get_span_context()


def test_the_hand_off_links_to_the_stored_delivery(recorded: Recorded, inbox: InboxStore) -> None:
    delivery = _stored_with_context(inbox, recorded, 4, 5)
    current: list[Any] = []

    def handler(item: StoredEvent) -> None:
        current.append(get_current_span().get_span_context())
        if item.event_id == "evt_test_00000005":
            raise ConnectionError("the queue is down")

    assert Dispatcher(inbox, handler, handler_timeout=5).run_until_idle() == 1
    spans = sorted((s for s in recorded.spans() if s.name == "stripe.event hand_off"), key=lambda s: s.start_time or 0)
    ok, failed = spans
    for span in spans:
        [link] = span.links
        assert (link.context.trace_id, link.context.span_id) == (delivery.trace_id, delivery.span_id)
    assert [context.span_id for context in current] == [ok.context.span_id, failed.context.span_id]
    assert ok.status.status_code is StatusCode.UNSET and "error.type" not in (ok.attributes or {})
    assert failed.attributes is not None and failed.attributes["error.type"] == "ConnectionError"
    assert failed.status.status_code is StatusCode.ERROR and failed.events == ()  # no exception text recorded
    [lag] = recorded.points()["stripe_connector.events.hand_off.lag"]
    assert lag.count == 1 and 0 <= lag.sum < 60  # only the one handed on


def test_the_async_hand_off_links_too(recorded: Recorded, inbox: InboxStore) -> None:
    delivery = _stored_with_context(inbox, recorded, 6)
    current: list[Any] = []

    async def handler(item: StoredEvent) -> None:
        current.append(get_current_span().get_span_context())

    assert asyncio.run(AsyncDispatcher(inbox, handler).run_until_idle()) == 1
    [span] = [s for s in recorded.spans() if s.name == "stripe.event hand_off"]
    assert [link.context.span_id for link in span.links] == [delivery.span_id]
    assert [context.span_id for context in current] == [span.context.span_id]


def test_a_polled_event_or_an_invalid_context_has_no_link(recorded: Recorded, inbox: InboxStore) -> None:
    body = event_body(8)
    inbox.add(parse_event(body), body, "poll")
    zeros = event_body(9)  # the W3C format, but no trace: nothing to link to
    inbox.add(parse_event(zeros), zeros, trace_parent="00-" + "0" * 32 + "-" + "0" * 16 + "-01")
    assert Dispatcher(inbox, lambda item: None).run_until_idle() == 2
    spans = sorted((s for s in recorded.spans() if s.name == "stripe.event hand_off"), key=lambda s: s.start_time or 0)
    assert [span.links for span in spans] == [(), ()]
    assert [dict(span.attributes or {})["stripe.event.source"] for span in spans] == ["poll", "webhook"]


def test_the_inbox_gauge_and_events_status_read_the_same_numbers(
    recorded: Recorded, inbox: InboxStore, tmp_path: Path
) -> None:
    for number, connection in ((10, ""), (11, "conn_a"), (12, "conn_a"), (13, "conn_a")):
        body = event_body(number)
        inbox.add(parse_event(body, connection=connection), body)
    inbox.mark_failed("", "evt_test_00000011", "x", retry_at=time.time() + 60, connection="conn_a")
    inbox.mark_failed("", "evt_test_00000012", "x", retry_at=None, connection="conn_a")
    Dispatcher(inbox, lambda item: None)  # a dispatcher (or receiver) puts its store on the gauge
    points = recorded.points()["stripe_connector.events.inbox"]
    gauge = {(p.attributes.get("stripe_connector.connection_id", ""), p.attributes["stripe_connector.events.state"]):
             p.value for p in points if p.attributes["stripe_connector.events.store"] == "sqlite"}  # fmt: skip
    assert gauge == {("", "pending"): 1, ("", "failed"): 0, ("", "dead"): 0,
                     ("conn_a", "pending"): 1, ("conn_a", "failed"): 1, ("conn_a", "dead"): 1}  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    assert main(["events", "status", "--store", f"sqlite:///{tmp_path}/inbox.db"], stdout=out, stderr=err) == 0
    printed = json.loads(out.getvalue())
    assert printed["counts"] == {"pending": 2, "done": 0, "failed": 1, "dead": 1}
    assert {(connection, state): count for connection, counts in printed["connections"].items()
            for state, count in counts.items() if state != "done"} == gauge  # fmt: skip
    assert printed["counts"] == inbox_status(inbox).counts


def test_a_closed_store_leaves_the_gauge_without_failing_it(recorded: Recorded, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/closed.db")
    body = event_body(20)
    store.add(parse_event(body, connection="conn_closed"), body)
    Dispatcher(store, lambda item: None)
    before = recorded.points()["stripe_connector.events.inbox"]
    assert [p.value for p in before if p.attributes.get("stripe_connector.connection_id") == "conn_closed"] == [1, 0, 0]
    store.close()
    after = recorded.reader.get_metrics_data()  # the collection still succeeds; the closed store is left out
    resources = after.resource_metrics if after is not None else []
    points = [point for resource in resources for scope in resource.scope_metrics for metric in scope.metrics
              if metric.name == "stripe_connector.events.inbox" for point in metric.data.data_points]  # fmt: skip
    closed = [p for p in points if p.attributes and p.attributes.get("stripe_connector.connection_id") == "conn_closed"]
    assert closed == []
