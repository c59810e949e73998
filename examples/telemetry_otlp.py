"""The connector's spans and metrics sent to an OpenTelemetry collector over OTLP/HTTP.

    pip install 'stripe-connector[otel]' opentelemetry-sdk opentelemetry-exporter-otlp-proto-http
    OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 STRIPE_API_KEY=sk_test_... python examples/telemetry_otlp.py

The exporters read the standard ``OTEL_EXPORTER_OTLP_*`` variables (endpoint, headers, timeout); the batch
processor sends spans in the background, so a worker process keeps this setup for its lifetime and calls
``shutdown()`` on exit. Without ``STRIPE_API_KEY`` the calls go to a canned in-process answer (see
``telemetry_console.py``), so only the collector needs to be reachable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from opentelemetry import metrics, trace
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from stripe_connector import StripeConnector

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the example's own modules (examples.*)
from examples.telemetry_console import canned


def main() -> None:
    resource = Resource.create({"service.name": os.environ.get("OTEL_SERVICE_NAME", "stripe-connector-worker")})
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(tracer_provider)
    reader = PeriodicExportingMetricReader(OTLPMetricExporter(), export_interval_millis=10_000)
    meter_provider = MeterProvider(resource=resource, metric_readers=[reader])
    metrics.set_meter_provider(meter_provider)

    key = os.environ.get("STRIPE_API_KEY")
    options = {} if key else {"base_url": "http://stripe.invalid", "transport": canned()}
    try:
        with StripeConnector(key or "sk_test_example", **options) as stripe:  # type: ignore[arg-type]
            print(stripe.call("list_customers", {"limit": 3})["object"])
    finally:
        tracer_provider.shutdown()  # flushes the batch
        meter_provider.shutdown()


if __name__ == "__main__":
    main()
