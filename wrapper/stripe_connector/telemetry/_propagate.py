"""W3C trace context across the work the connector hands to others: Celery messages, stored events, task runs.

Sending side: :func:`carrier` gives the current context's ``traceparent`` (and ``tracestate``/``baggage``, by
OpenTelemetry's configured propagator) to put in a message's headers, and :func:`handing_off` publishes under a
PRODUCER span whose context those headers carry. Receiving side: :func:`continuing` runs a task under a CONSUMER
span that is a child of the context its headers carry (a Celery task's ``self.request``, or a mapping).
:func:`stored_parent` is the one ``traceparent`` an event keeps in the inbox (checked against the W3C format, so
nothing else can be stored there). Nothing listens: no span, no headers, no import of ``opentelemetry``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ._attributes import event_attributes
from ._hook import active_providers

#: A W3C ``traceparent``: version 00, a trace id, a parent span id, flags (all lower-case hex).
TRACEPARENT = re.compile(r"00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")
_HEADERS = ("traceparent", "tracestate", "baggage")


@contextmanager
def current_span(provider: Any, name: str, kind: Any, attributes: Mapping[str, Any], **options: Any) -> Iterator[Any]:
    """A span current for the block; an exception out of the block sets ``error.type`` to its class name and the
    status to ERROR, and nothing else: no exception event, no status description (its message may quote values)."""
    from opentelemetry.trace import Status, StatusCode

    from ._watch import tracer_for

    with tracer_for(provider).start_as_current_span(
        name, kind=kind, attributes=dict(attributes), record_exception=False, set_status_on_exception=False,
        **options,
    ) as span:  # fmt: skip
        try:
            yield span
        except BaseException as exc:
            span.set_attribute("error.type", type(exc).__name__)
            span.set_status(Status(StatusCode.ERROR))
            raise


def _tracer_provider() -> Any:
    providers = active_providers()
    return None if providers is None else providers[0]


def carrier() -> dict[str, str]:
    """The current trace context as message headers; empty when no tracer provider is configured."""
    if _tracer_provider() is None:
        return {}
    from opentelemetry.propagate import inject

    found: dict[str, str] = {}
    inject(found)
    return found


def stored_parent() -> str | None:
    """The current span's ``traceparent``, to store with an event (None when nothing listens or no span is
    current)."""
    parent = carrier().get("traceparent")
    return parent if parent is not None and TRACEPARENT.fullmatch(parent) else None


def _header(source: object, name: str) -> str | None:
    """Header ``name`` of a mapping, or of a Celery request (custom headers are its attributes; some versions keep
    them under ``headers``)."""
    if isinstance(source, Mapping):
        value = source.get(name)
    else:
        value = getattr(source, name, None)
        headers = getattr(source, "headers", None)
        if value is None and isinstance(headers, Mapping):
            value = headers.get(name)
    return value if isinstance(value, str) else None


class _Getter:
    """OpenTelemetry's ``Getter`` over :func:`_header` (duck-typed: ``get`` and ``keys``)."""

    def get(self, carrier: object, key: str) -> list[str] | None:
        value = _header(carrier, key)
        return [value] if value is not None else None

    def keys(self, carrier: object) -> list[str]:
        return [name for name in _HEADERS if _header(carrier, name) is not None]


@contextmanager
def continuing(source: object, name: str, attributes: Mapping[str, Any] | None = None) -> Iterator[None]:
    """Run the block under a CONSUMER span ``name``, child of the trace context ``source``'s headers carry (a
    mapping, or a Celery task's ``self.request``); a root span when they carry none. Nothing when nothing listens.
    Spans started in the block (a tool call's) are its children."""
    provider = _tracer_provider()
    if provider is None:
        yield
        return
    from opentelemetry.propagate import extract
    from opentelemetry.trace import SpanKind

    context = extract(source, getter=_Getter())  # type: ignore[arg-type]
    with current_span(provider, name, SpanKind.CONSUMER, attributes or {}, context=context):
        yield


@contextmanager
def handing_off(system: str, destination: str, event_type: str, event_id: str) -> Iterator[dict[str, str]]:
    """Yields the headers to send with the hand-off (empty when nothing listens), inside the hand-off's PRODUCER
    span (``<destination> publish``), a child of the current span (the dispatcher's hand-off span)."""
    provider = _tracer_provider()
    if provider is None:
        yield {}
        return
    from opentelemetry.propagate import inject
    from opentelemetry.trace import SpanKind

    attributes = {
        "messaging.system": system,
        "messaging.destination.name": destination,
        "messaging.operation.type": "send",
        **event_attributes(event_type, event_id),
    }
    with current_span(provider, f"{destination} publish", SpanKind.PRODUCER, attributes):
        headers: dict[str, str] = {}
        inject(headers)
        yield headers
