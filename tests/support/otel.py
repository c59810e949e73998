"""The OpenTelemetry SDK's in-memory span and metric readers, handed to the connector's telemetry hook.

The connector reports to providers given to ``stripe_connector.telemetry.configure`` (the global ones otherwise),
so each test gets fresh providers without touching OpenTelemetry's set-once globals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from stripe_connector import telemetry


class Recorded:
    """What the SDK recorded: finished spans and metric points, by name."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def calls(self) -> list[ReadableSpan]:
        return [span for span in self.spans() if span.name.startswith("stripe ")]

    def points(self) -> dict[str, list[Any]]:
        """``{metric name: [data points]}`` of everything recorded so far (cumulative)."""
        found: dict[str, list[Any]] = {}
        data = self.reader.get_metrics_data()
        for resource in data.resource_metrics if data is not None else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found.setdefault(metric.name, []).extend(metric.data.data_points)
        return found

    def every_attribute_value(self) -> Iterator[str]:
        """Every attribute value (and key) of every span, span event, link and metric point, as text."""
        for span in self.spans():
            sources = [span.attributes or {}, span.resource.attributes]
            sources += [event.attributes or {} for event in span.events]
            sources += [link.attributes or {} for link in span.links]
            for attributes in sources:
                for key, value in attributes.items():
                    yield str(key)
                    yield str(value)
            yield span.name
            yield str(span.status.description or "")
        for points in self.points().values():
            for point in points:
                for key, value in (point.attributes or {}).items():
                    yield str(key)
                    yield str(value)


def recording() -> Recorded:
    """Fresh providers, wired into the connector's hook (undo with ``telemetry.configure()``)."""
    recorded = Recorded()
    telemetry.configure(tracer_provider=recorded.tracer_provider, meter_provider=recorded.meter_provider)
    return recorded
