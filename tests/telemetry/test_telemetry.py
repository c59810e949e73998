"""OpenTelemetry spans and metrics of a call, read back from the SDK's in-memory exporters.

A success, a retried 429, a final Stripe error, a failure to connect, a budget wait and a call refused before
sending (which records nothing: nothing was sent), on the sync and async connectors; and the hook's cost side:
no provider, no ``opentelemetry`` import, ``configure(enabled=False)``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from opentelemetry.trace import SpanKind, StatusCode
from stripe_connector import AsyncStripeConnector, LocalRateLimiter, RetryPolicy, StripeConnector, telemetry
from stripe_connector.errors import CardError, ConnectorClosedError, InvalidInputError, StripeConnectionError
from stripe_connector.export._pace import PacedRateLimiter
from stripe_connector.telemetry._attributes import idempotency_digest

from tests.support.keys import API_KEY
from tests.support.otel import Recorded, recording

BASE = "http://stripe.test"
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
CUSTOMER = {"id": "cus_123", "object": "customer"}
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def recorded() -> Iterator[Recorded]:
    found = recording()
    yield found
    telemetry.configure()


def scripted(*answers: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler that gives ``answers`` in order (an exception is raised as the transport's failure)."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


def ok(body: dict[str, Any] = CUSTOMER, request_id: str = "req_ok1") -> httpx.Response:
    return httpx.Response(200, json=body, headers={"request-id": request_id})


def rate_limited(reason: str = "endpoint-rate") -> httpx.Response:
    headers = {"request-id": "req_429a", "stripe-rate-limited-reason": reason, "retry-after": "0"}
    return httpx.Response(429, json={"error": {"type": "invalid_request_error", "message": "slow"}}, headers=headers)


def run(kind: str, handler: Handler, call: Callable[[Any], Any], **options: Any) -> Any:
    """``call(connector)`` on a sync or async connector over ``handler``."""
    options = {"base_url": BASE, "rate_limiter": False, "retry_policy": NO_WAIT, **options}
    if kind == "sync":
        with StripeConnector(API_KEY, transport=httpx.MockTransport(handler), **options) as sync:
            return call(sync)

    async def main() -> Any:
        async with AsyncStripeConnector(API_KEY, transport=httpx.MockTransport(handler), **options) as connector:
            return await call(connector)

    import asyncio

    return asyncio.run(main())


def metric(recorded: Recorded, name: str) -> list[Any]:
    return recorded.points().get(name, [])


def only_call(recorded: Recorded) -> Any:
    calls = recorded.calls()
    assert len(calls) == 1, [span.name for span in recorded.spans()]
    return calls[0]


def attempts_of(recorded: Recorded, call: Any) -> list[Any]:
    children = [
        span for span in recorded.spans() if span.parent is not None and span.parent.span_id == call.context.span_id
    ]
    return sorted(children, key=lambda span: span.start_time or 0)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_success_has_every_attribute(recorded: Recorded, kind: str) -> None:
    handler, seen = scripted(ok())
    result = run(
        kind,
        handler,
        lambda c: c.call(
            "create_customer", {"email": "jo@example.com"}, idempotency_key="key-1", stripe_account="acct_1Ab"
        ),
    )
    assert result == CUSTOMER and len(seen) == 1
    call = only_call(recorded)
    attributes = dict(call.attributes or {})
    assert call.name == "stripe create_customer" and call.kind is SpanKind.INTERNAL
    assert call.status.status_code is StatusCode.UNSET
    assert attributes.pop("stripe.rate_budget.wait") >= 0
    assert attributes == {
        "stripe.tool": "create_customer",
        "http.request.method": "POST",
        "url.template": "/v1/customers",
        "stripe.mode": "test",
        "stripe.account": "acct_1Ab",
        "stripe.idempotency_key.digest": idempotency_digest("key-1"),
        "stripe.attempts": 1,
        "http.response.status_code": 200,
        "stripe.request_id": "req_ok1",
    }
    assert seen[0].headers["Idempotency-Key"] == "key-1"  # the digest is of the key that was sent
    [attempt] = attempts_of(recorded, call)
    assert attempt.name == "POST /v1/customers" and attempt.kind is SpanKind.CLIENT
    assert attempt.attributes is not None
    assert attempt.attributes["http.response.status_code"] == 200
    assert attempt.attributes["stripe.request_id"] == "req_ok1"
    assert attempt.attributes["server.address"] == "stripe.test" and attempt.attributes["server.port"] == 80
    assert "http.request.resend_count" not in attempt.attributes
    [calls] = metric(recorded, "stripe_connector.calls")
    assert calls.value == 1 and "error.type" not in calls.attributes
    assert calls.attributes["stripe.tool"] == "create_customer" and calls.attributes["stripe.account"] == "acct_1Ab"
    assert metric(recorded, "stripe_connector.call.errors") == []
    [duration] = metric(recorded, "stripe_connector.call.duration")
    [waited] = metric(recorded, "stripe_connector.rate_budget.wait")
    assert duration.count == 1 and waited.count == 1 and duration.sum >= waited.sum
    assert duration.explicit_bounds[0] == 0.005 and waited.explicit_bounds[:2] == (0.0, 0.001)  # seconds, not ms


def test_a_path_template_and_not_the_id(recorded: Recorded) -> None:
    handler, seen = scripted(ok())
    run("sync", handler, lambda c: c.call("get_customer", {"id": "cus_secretish9"}))
    assert seen[0].url.path == "/v1/customers/cus_secretish9"
    call = only_call(recorded)
    assert call.attributes is not None and call.attributes["url.template"] == "/v1/customers/{customer}"
    assert not [text for text in recorded.every_attribute_value() if "cus_secretish9" in text]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_retried_429(recorded: Recorded, kind: str) -> None:
    handler, seen = scripted(rate_limited(), ok(request_id="req_ok2"))
    run(kind, handler, lambda c: c.call("list_customers", {"limit": 2}))
    assert len(seen) == 2
    call = only_call(recorded)
    assert call.attributes is not None
    assert call.attributes["stripe.attempts"] == 2
    assert list(call.attributes["stripe.retry.reasons"]) == ["429 endpoint-rate"]
    assert call.attributes["http.response.status_code"] == 200
    assert call.attributes["stripe.request_id"] == "req_ok2"
    assert call.status.status_code is StatusCode.UNSET
    first, second = attempts_of(recorded, call)
    assert first.attributes is not None and second.attributes is not None
    assert first.attributes["http.response.status_code"] == 429
    assert first.attributes["error.type"] == "429" and first.status.status_code is StatusCode.ERROR
    assert first.attributes["stripe.rate_limited.reason"] == "endpoint-rate"
    assert first.attributes["stripe.request_id"] == "req_429a"
    assert first.attributes["stripe.retry.delay"] == 0
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200
    [limited] = metric(recorded, "stripe_connector.rate_limited")
    assert limited.value == 1
    assert limited.attributes["stripe.rate_budget"] == "endpoint"
    assert limited.attributes["stripe.rate_limited.reason"] == "endpoint-rate"
    [retries] = metric(recorded, "stripe_connector.retries")
    assert retries.value == 1 and retries.attributes["stripe.retry.reason"] == "429 endpoint-rate"
    [calls] = metric(recorded, "stripe_connector.calls")
    assert calls.value == 1 and "error.type" not in calls.attributes


def test_an_unknown_rate_limit_reason_is_reported_as_other(recorded: Recorded) -> None:
    handler, _ = scripted(rate_limited("sk_test_in_a_header"), ok())
    run("sync", handler, lambda c: c.call("list_customers", {}))
    [limited] = metric(recorded, "stripe_connector.rate_limited")
    assert limited.attributes["stripe.rate_limited.reason"] == "other"
    assert limited.attributes["stripe.rate_budget"] == "global"  # what the connector holds for an unknown reason


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_final_stripe_error(recorded: Recorded, kind: str) -> None:
    body = {"error": {"type": "card_error", "code": "card_declined", "message": "declined"}}
    handler, _ = scripted(httpx.Response(402, json=body, headers={"request-id": "req_dec1"}))
    with pytest.raises(CardError):
        run(kind, handler, lambda c: c.call("create_customer", {}))
    call = only_call(recorded)
    assert call.attributes is not None
    assert call.attributes["error.type"] == "CardError" and call.status.status_code is StatusCode.ERROR
    assert call.attributes["http.response.status_code"] == 402 and call.attributes["stripe.request_id"] == "req_dec1"
    [errors] = metric(recorded, "stripe_connector.call.errors")
    assert errors.value == 1 and errors.attributes["error.type"] == "CardError"
    [calls] = metric(recorded, "stripe_connector.calls")
    assert calls.attributes["error.type"] == "CardError"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_failures_to_connect(recorded: Recorded, kind: str) -> None:
    failure = httpx.ConnectError("refused")
    handler, seen = scripted(failure, failure, failure)
    with pytest.raises(StripeConnectionError):
        run(kind, handler, lambda c: c.call("list_customers", {}))
    assert len(seen) == 3
    call = only_call(recorded)
    assert call.attributes is not None
    assert call.attributes["error.type"] == "StripeConnectionError"
    assert list(call.attributes["stripe.retry.reasons"]) == ["ConnectError", "ConnectError"]
    assert "http.response.status_code" not in call.attributes
    spans = attempts_of(recorded, call)
    assert [span.attributes["error.type"] for span in spans if span.attributes] == ["ConnectError"] * 3
    [retries] = metric(recorded, "stripe_connector.retries")
    assert retries.value == 2


def test_a_call_refused_before_sending_records_nothing(recorded: Recorded) -> None:
    """Documented choice: validation refuses before the send loop, so there is no span and no metric point."""
    handler, seen = scripted(ok())
    with pytest.raises(InvalidInputError, match="email"):
        run("sync", handler, lambda c: c.call("create_customer", {"email": 5}))
    run("sync", handler, lambda c: c.dry_run("create_customer", {"email": "a@b.c"}))
    assert seen == [] and recorded.spans() == []
    assert metric(recorded, "stripe_connector.calls") == []
    run("sync", handler, lambda c: c.call("create_customer", {"email": "a@b.c"}))  # the next one is recorded
    assert len(recorded.calls()) == 1


def test_the_budget_wait(recorded: Recorded) -> None:
    """Two calls on one endpoint budget paced at 5/s: the second waits up to 200 ms, and says so (at Stripe's 25/s,
    a first call slower than 40 ms on a busy machine left the second nothing to wait for)."""
    handler, _ = scripted(ok(), ok())
    limiter = PacedRateLimiter(5, LocalRateLimiter())

    def twice(connector: StripeConnector) -> None:
        connector.call("list_customers", {})
        connector.call("list_customers", {})

    run("sync", handler, twice, rate_limiter=limiter)
    first, second = sorted(recorded.calls(), key=lambda span: span.start_time or 0)
    assert first.attributes is not None and second.attributes is not None
    waits = [float(span.attributes["stripe.rate_budget.wait"]) for span in (first, second) if span.attributes]  # type: ignore[arg-type]
    assert waits[0] < 0.02 < waits[1] < 1
    [waited] = metric(recorded, "stripe_connector.rate_budget.wait")
    assert waited.count == 2 and waited.sum > 0.02


def test_an_operation_call(recorded: Recorded) -> None:
    handler, _ = scripted(ok())
    run("sync", handler, lambda c: c.call_operation("GetCustomersCustomer", {"customer": "cus_1"}))
    call = only_call(recorded)
    assert call.name == "stripe GetCustomersCustomer"
    assert call.attributes is not None and call.attributes["url.template"] == "/v1/customers/{customer}"


def test_a_raw_request_has_no_template(recorded: Recorded) -> None:
    """A raw request's path is the caller's text: it is not reported (the tool and method are)."""
    handler, _ = scripted(ok())
    run("sync", handler, lambda c: c.call("raw_request", {"method": "GET", "path": "/v1/customers/cus_9zz"}))
    call = only_call(recorded)
    assert call.attributes is not None and "url.template" not in call.attributes
    assert call.attributes["stripe.tool"] == "raw_request"


def test_disabled_records_nothing(recorded: Recorded) -> None:
    telemetry.configure(tracer_provider=recorded.tracer_provider, meter_provider=recorded.meter_provider, enabled=False)
    handler, _ = scripted(ok())
    run("sync", handler, lambda c: c.call("list_customers", {}))
    assert recorded.spans() == [] and not telemetry.is_active()


CHILD = """
import json, sys
import httpx
{prelude}
from stripe_connector import StripeConnector, telemetry
handler = lambda request: httpx.Response(200, json={{"object": "list", "data": []}})
with StripeConnector("sk_test_x", base_url="http://stripe.test", transport=httpx.MockTransport(handler)) as c:
    c.call("list_customers", {{}})
{after}
print(json.dumps({{"active": telemetry.is_active(), "imported": "opentelemetry.trace" in sys.modules, **found}}))
"""


def child(prelude: str = "", after: str = "found = {}") -> dict[str, Any]:
    code = CHILD.format(prelude=prelude, after=after)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_without_a_provider_nothing_is_imported() -> None:
    assert child() == {"active": False, "imported": False}


def test_without_the_api_installed_calls_work() -> None:
    prelude = "sys.modules['opentelemetry'] = None  # as if opentelemetry-api were not installed"
    assert child(prelude) == {"active": False, "imported": False}


def test_with_the_api_but_no_sdk_the_hook_stays_off() -> None:
    result = child("from opentelemetry import trace, metrics; trace.get_tracer('x').start_span('y').end()")
    assert result == {"active": False, "imported": True}


def test_a_global_sdk_provider_is_found() -> None:
    """The hook's fast check reads the API's globals: a provider set with ``set_tracer_provider`` is seen."""
    prelude = (
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "from opentelemetry.sdk.trace.export import SimpleSpanProcessor\n"
        "from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter\n"
        "exporter = InMemorySpanExporter(); provider = TracerProvider()\n"
        "provider.add_span_processor(SimpleSpanProcessor(exporter)); trace.set_tracer_provider(provider)"
    )
    after = "found = {'spans': [span.name for span in exporter.get_finished_spans()]}"
    assert child(prelude, after) == {
        "active": True,
        "imported": True,
        "spans": ["GET /v1/customers", "stripe list_customers"],
    }


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run_example(name: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "STRIPE_API_KEY"} | env
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, timeout=60, env=environment, check=True
    )


def test_the_console_example() -> None:
    printed = run_example("telemetry_console.py").stdout
    assert '"name": "stripe list_customers"' in printed and '"name": "stripe create_customer"' in printed
    assert '"429 endpoint-rate"' in printed and '"error.type": "CardError"' in printed
    assert "stripe_connector.rate_limited" in printed and "stripe_connector.call.duration" in printed
    assert "sk_test_example" not in printed


class Collector(BaseHTTPRequestHandler):
    """An OTLP/HTTP receiver: records each export's path and body, answers 200."""

    received: ClassVar[list[tuple[str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_otlp_example_reaches_a_collector() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_address[1]}"
        printed = run_example("telemetry_otlp.py", OTEL_EXPORTER_OTLP_ENDPOINT=endpoint).stdout
    finally:
        server.shutdown()
        server.server_close()
    assert printed.strip() == "list"
    paths = {path for path, _ in Collector.received}
    assert paths == {"/v1/traces", "/v1/metrics"}
    traces = b"".join(body for path, body in Collector.received if path == "/v1/traces")
    assert b"stripe list_customers" in traces and b"/v1/customers" in traces
    assert not [body for _, body in Collector.received if b"sk_test_example" in body]


def test_a_closed_connector_ends_the_span_with_its_error(recorded: Recorded) -> None:
    handler, seen = scripted(ok())
    connector = StripeConnector(API_KEY, base_url=BASE, transport=httpx.MockTransport(handler), rate_limiter=False)
    connector.close()
    with pytest.raises(ConnectorClosedError):
        connector.call("list_customers", {})
    call = only_call(recorded)
    assert seen == [] and call.attributes is not None
    assert call.attributes["error.type"] == "ConnectorClosedError" and call.attributes["stripe.attempts"] == 0
    assert attempts_of(recorded, call) == []


def test_the_celery_hand_off_carries_its_trace(recorded: Recorded) -> None:
    """Each published event is a PRODUCER span whose traceparent is in the Celery message's headers."""
    from celery import Celery
    from stripe_connector.celery.events import CeleryHandOff
    from stripe_connector.events._store import StoredEvent

    app = Celery("hand-off", broker="memory://")
    event = {"id": "evt_1Trace", "object": "event", "type": "invoice.paid", "data": {"object": {"id": "in_1"}}}
    item = StoredEvent(
        account="", event_id="evt_1Trace", type="invoice.paid", created=1, source="webhook", state="pending",
        attempts=0, last_error=None, received_at=0.0, next_attempt_at=None, payload=json.dumps(event).encode(),
    )  # fmt: skip
    CeleryHandOff(app, "stripe.event", queue="traced")(item)
    with app.connection_for_read() as connection:
        message = connection.SimpleQueue("traced").get(timeout=5)
        headers, body = message.headers, message.decode()
        message.ack()
    [span] = recorded.spans()
    assert span.name == "stripe.event publish" and span.kind is SpanKind.PRODUCER
    assert span.attributes is not None
    assert span.attributes["stripe.event.type"] == "invoice.paid" and span.attributes["stripe.event.id"] == "evt_1Trace"
    assert span.attributes["messaging.system"] == "celery"
    context = span.context
    assert context is not None
    assert headers["traceparent"] == f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"
    assert headers["id"] == "evt_1Trace" and body[0] == [event]  # the task itself is unchanged


def test_without_a_provider_the_hand_off_sends_no_trace_headers() -> None:
    from celery import Celery
    from stripe_connector.celery.events import CeleryHandOff
    from stripe_connector.events._store import StoredEvent

    app = Celery("hand-off", broker="memory://")
    item = StoredEvent(
        account="", event_id="evt_2", type="invoice.paid", created=1, source="webhook", state="pending", attempts=0,
        last_error=None, received_at=0.0, next_attempt_at=None, payload=b'{"id": "evt_2"}',
    )  # fmt: skip
    telemetry.configure(enabled=False)
    try:
        CeleryHandOff(app, "stripe.event", queue="untraced")(item)
    finally:
        telemetry.configure()
    with app.connection_for_read() as connection:
        message = connection.SimpleQueue("untraced").get(timeout=5)
        message.ack()
    assert "traceparent" not in message.headers and message.headers["id"] == "evt_2"


def test_a_provider_named_by_the_environment_is_loaded() -> None:
    """``OTEL_PYTHON_TRACER_PROVIDER`` (an entry point name): the API's getter loads it on the hook's first use."""
    code = CHILD.format(prelude="", after="found = {}")
    environment = dict(os.environ, OTEL_PYTHON_TRACER_PROVIDER="sdk_tracer_provider")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=environment)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"active": True, "imported": True}


def test_a_provider_that_cannot_load_does_not_fail_calls() -> None:
    code = CHILD.format(prelude="", after="found = {}")
    environment = dict(os.environ, OTEL_PYTHON_TRACER_PROVIDER="no_such_provider")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=environment)
    assert done.returncode == 0, done.stderr[-500:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"active": False, "imported": True}
    assert "could not be loaded" in done.stderr


def test_an_operation_on_another_host_names_that_host(recorded: Recorded) -> None:
    """Uploads are served by files.stripe.com: the attempt span's ``server.address`` is where it was sent."""
    handler, seen = scripted(ok({"id": "file_1", "object": "file"}))
    hosts = {"files": "http://files.test:8080"}
    upload = {"purpose": "dispute_evidence", "file": b"%PDF-1.4 evidence"}
    run("sync", handler, lambda c: c.call_operation("PostFiles", upload), hosts=hosts)
    call = only_call(recorded)
    [attempt] = attempts_of(recorded, call)
    assert attempt.attributes is not None and seen[0].url.host == "files.test"
    assert attempt.attributes["server.address"] == "files.test" and attempt.attributes["server.port"] == 8080
    assert not [text for text in recorded.every_attribute_value() if "evidence" in text]
