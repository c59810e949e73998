"""The connector's spans and metrics printed to the console (OpenTelemetry SDK, console exporters).

    pip install 'stripe-connector[otel]' opentelemetry-sdk
    STRIPE_API_KEY=sk_test_... python examples/telemetry_console.py

Without ``STRIPE_API_KEY`` it talks to a canned in-process answer (an httpx ``MockTransport``), so it runs offline:
one ``list_customers`` call that is rate limited once (429) and retried, then a declined ``create_customer``.
"""

from __future__ import annotations

import os

import httpx
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor
from stripe_connector import RetryPolicy, StripeConnector
from stripe_connector.errors import StripeAPIError


def canned() -> httpx.MockTransport:
    """A 429 first, then answers: what the spans show without a Stripe account."""
    seen = {"count": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        seen["count"] += 1
        if seen["count"] == 1:
            headers = {"stripe-rate-limited-reason": "endpoint-rate", "retry-after": "0", "request-id": "req_first"}
            return httpx.Response(429, json={"error": {"type": "invalid_request_error"}}, headers=headers)
        if request.method == "POST":
            error = {"error": {"type": "card_error", "code": "card_declined", "message": "Your card was declined."}}
            return httpx.Response(402, json=error, headers={"request-id": "req_declined"})
        return httpx.Response(200, json={"object": "list", "data": []}, headers={"request-id": "req_listed"})

    return httpx.MockTransport(answer)


def main() -> None:
    resource = Resource.create({"service.name": "stripe-connector-example"})
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    trace.set_tracer_provider(tracer_provider)
    reader = PeriodicExportingMetricReader(ConsoleMetricExporter(), export_interval_millis=60_000)
    meter_provider = MeterProvider(resource=resource, metric_readers=[reader])
    metrics.set_meter_provider(meter_provider)

    key = os.environ.get("STRIPE_API_KEY")
    options = {} if key else {"base_url": "http://stripe.invalid", "transport": canned()}
    policy = RetryPolicy(max_retries=2, initial_delay=0.1)
    with StripeConnector(key or "sk_test_example", retry_policy=policy, **options) as stripe:  # type: ignore[arg-type]
        stripe.call("list_customers", {"limit": 3})
        try:
            stripe.call("create_customer", {"email": "jenny@example.com"})
        except StripeAPIError as exc:
            print(f"create_customer: {type(exc).__name__}")
    meter_provider.shutdown()  # exports the metrics once more, now
    tracer_provider.shutdown()


if __name__ == "__main__":
    main()
