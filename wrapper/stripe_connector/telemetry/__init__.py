"""OpenTelemetry traces and metrics of every call the connector sends, built on ``opentelemetry-api`` only.

Nothing to set up here: the application configures the OpenTelemetry SDK (a ``TracerProvider`` and/or a
``MeterProvider``, with its exporters) and every connector in the process reports to it. When the API is not
installed, or no SDK provider has been set, the send loops pay one dictionary lookup per call and import nothing.

``configure(tracer_provider=..., meter_provider=...)`` points the connector at providers of its own instead of the
global ones; ``configure(enabled=False)`` turns the hook off whatever is configured. What is recorded, and what
never is (keys, secrets, argument values, bodies), is in docs/guides/operating.md ("Telemetry") and ``_watch``
(calls), ``_events`` (webhook deliveries, hand-offs, the inbox), ``_export`` (running exports) and ``_propagate``
(trace context in Celery messages and in the inbox).
"""

from ._hook import configure, is_active

__all__ = ["configure", "is_active"]
