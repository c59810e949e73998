"""A hand-off's span and the W3C trace headers that carry it to whoever picks the work up.

The events hand-off (Celery) publishes each stored event under a PRODUCER span (``<task> publish``) and puts its
``traceparent`` (and ``tracestate``/``baggage``, by OpenTelemetry's configured propagator) in the message's headers:
a worker instrumented with ``opentelemetry-instrumentation-celery`` continues the trace from there. The span names
the event's type and id, each only when it has Stripe's shape. Nothing listens: no span, no headers, no import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from ._hook import active_providers

_EVENT_TYPE = re.compile(r"[a-z0-9_.]{1,100}")
_EVENT_ID = re.compile(r"evt_[A-Za-z0-9]{1,64}")


@contextmanager
def handing_off(system: str, destination: str, event_type: str, event_id: str) -> Iterator[dict[str, str]]:
    """Yields the headers to send with the hand-off (empty when nothing listens), inside the hand-off's span."""
    providers = active_providers()
    if providers is None or providers[0] is None:
        yield {}
        return
    from opentelemetry.propagate import inject
    from opentelemetry.trace import SpanKind

    from ._watch import tracer_for

    attributes = {
        "messaging.system": system,
        "messaging.destination.name": destination,
        "messaging.operation.type": "send",
        "stripe.event.type": event_type if _EVENT_TYPE.fullmatch(event_type) else "other",
    }
    if _EVENT_ID.fullmatch(event_id):
        attributes["stripe.event.id"] = event_id
    tracer = tracer_for(providers[0])
    with tracer.start_as_current_span(
        f"{destination} publish", kind=SpanKind.PRODUCER, attributes=attributes, record_exception=False
    ):
        carrier: dict[str, str] = {}
        inject(carrier)
        yield carrier
