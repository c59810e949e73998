"""The events pipeline's telemetry: each webhook delivery, each hand-off, the hand-off lag, the inbox's states.

* **A delivery** is a SERVER span (``POST <path>``, a child of an ASGI instrumentation's span when there is one)
  that ends with the delivery's outcome (``accepted``, ``duplicate``, ``bad_signature``, ``too_old``...), and one
  count of ``stripe_connector.webhook.deliveries`` by outcome. The span's ``traceparent`` is stored with the event.
* **A hand-off** (the dispatcher calling its handler: a Celery publish, a Temporal start, a plain callable) runs
  under an INTERNAL span ``stripe.event hand_off`` *linked* to the delivery's stored context (another trace: the
  delivery ended when Stripe got its 200), current while the handler runs, so the Celery publish and the worker's
  task continue from it. When it succeeds, the time from storing to handing on is one
  ``stripe_connector.events.hand_off.lag`` point.
* **The inbox** is read by an observable gauge, ``stripe_connector.events.inbox``, per state (pending, failed,
  dead) and connection, through :func:`~stripe_connector.events._status.inbox_status` (what ``events status``
  prints), on each collection, for every store a dispatcher or receiver was made with while a meter provider was
  configured.

Attributes are the connector's vocabulary (outcomes, states, sources), event types and ids of Stripe's shape and
connection ids (``_attributes``); never a path as received, a header, a body or a secret. Without a provider
every entry point returns at once (one dictionary lookup), and nothing here is imported by the hot paths before.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol

from ._attributes import connection_attribute, event_attributes
from ._hook import active_providers
from ._propagate import TRACEPARENT, current_span

#: How the inbox gauge reads a store: ``{connection: {state: count}}`` of its pending, failed and dead events
#: (``events._status.open_counts``: the numbers ``events status`` prints).
InboxReader = Callable[[Any], Mapping[str, Mapping[str, int]]]


class HandedEvent(Protocol):
    """What a hand-off's telemetry reads of a stored event (``events._store.StoredEvent``)."""

    @property
    def type(self) -> str: ...
    @property
    def event_id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def connection(self) -> str: ...
    @property
    def received_at(self) -> float: ...
    @property
    def trace_parent(self) -> str | None: ...


#: What a delivery's signature failure reports: its reason when it is one of these, else ``bad_signature``.
TOO_OLD = "timestamp_too_old"
#: Seconds from storing to handing on: mostly well under a second, a backlog or a retried event much more.
LAG_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)


class Delivery:
    """One webhook delivery's span and outcome; this one listens to nothing (the case without a provider)."""

    __slots__ = ()

    #: The delivery span's ``traceparent`` (stored with the event); None without a span.
    traceparent: str | None = None

    def ended(self, outcome: str, status: int, *, event: Any = None, connection: str | None = None) -> None:
        """The receiver answered ``status``: ``outcome`` names why; ``event`` once verified, ``connection`` once
        its secrets were found (an unknown connection's path is a stranger's text: never reported)."""


QUIET_DELIVERY = Delivery()


class _Delivery(Delivery):
    __slots__ = ("meter", "span", "traceparent")

    def __init__(self, span: Any, meter: Any) -> None:
        self.span = span
        self.meter = meter
        self.traceparent = None
        if span is not None:
            from opentelemetry.propagate import inject
            from opentelemetry.trace import set_span_in_context

            headers: dict[str, str] = {}
            inject(headers, context=set_span_in_context(span))
            parent = headers.get("traceparent")
            self.traceparent = parent if parent is not None and TRACEPARENT.fullmatch(parent) else None

    def ended(self, outcome: str, status: int, *, event: Any = None, connection: str | None = None) -> None:
        attributes: dict[str, Any] = {"stripe_connector.webhook.outcome": outcome, **connection_attribute(connection)}
        if self.meter is not None:
            meters(self.meter).deliveries.add(1, attributes)
        span = self.span
        if span is None:
            return
        from opentelemetry.trace import Status, StatusCode

        span.set_attributes({**attributes, "http.response.status_code": status})
        if event is not None:
            span.set_attributes(event_attributes(event.type, event.id))
        if status >= 500:
            span.set_status(Status(StatusCode.ERROR))
            span.set_attribute("error.type", str(status))


@contextmanager
def delivery(route: str) -> Iterator[Delivery]:
    """The span of one delivery to the receiver's ``route`` (its path, or ``<path>/{connection}``)."""
    providers = active_providers()
    if providers is None:
        yield QUIET_DELIVERY
        return
    tracer_provider, meter_provider = providers
    if tracer_provider is None:
        yield _Delivery(None, meter_provider)
        return
    from opentelemetry.trace import SpanKind

    attributes = {"http.request.method": "POST", "http.route": route}
    with current_span(tracer_provider, f"POST {route}", SpanKind.SERVER, attributes) as span:
        yield _Delivery(span, meter_provider)


def _link_to(traceparent: str | None) -> list[Any]:
    """A link to the stored delivery context, when one was stored (and is a W3C traceparent)."""
    if traceparent is None or not TRACEPARENT.fullmatch(traceparent):
        return []
    from opentelemetry.trace import Link, SpanContext, TraceFlags

    _, trace_id, span_id, flags = traceparent.split("-")
    context = SpanContext(int(trace_id, 16), int(span_id, 16), is_remote=True, trace_flags=TraceFlags(int(flags, 16)))
    return [Link(context)] if context.is_valid else []


def _source_attributes(item: HandedEvent) -> dict[str, Any]:
    """Where ``item`` came from: webhook or poll, and its connection (what the lag is reported by)."""
    source = item.source if item.source in ("webhook", "poll") else "other"
    return {"stripe.event.source": source, **connection_attribute(item.connection)}


def _hand_off_attributes(item: HandedEvent) -> dict[str, Any]:
    return {**event_attributes(item.type, item.event_id), **_source_attributes(item)}


@contextmanager
def handing_on(item: HandedEvent) -> Iterator[None]:
    """The dispatcher calls its handler with ``item`` inside this: the hand-off's span, linked to the delivery."""
    providers = active_providers()
    if providers is None or providers[0] is None:
        yield
        return
    from opentelemetry.trace import SpanKind

    links = _link_to(item.trace_parent)
    with current_span(
        providers[0], "stripe.event hand_off", SpanKind.INTERNAL, _hand_off_attributes(item), links=links
    ):
        yield


def handed_on(item: HandedEvent, now: float | None = None) -> None:
    """``item`` was recorded as handed on: one point of the lag from storing it."""
    providers = active_providers()
    if providers is None or providers[1] is None:
        return
    lag = max(0.0, (time.time() if now is None else now) - item.received_at)
    meters(providers[1]).lag.record(lag, _source_attributes(item))


# --- the meters -----------------------------------------------------------------------------------------------------


class EventMeters:
    """The events pipeline's instruments, made once per meter provider (with the inbox gauge's callback)."""

    def __init__(self, provider: Any) -> None:
        from .._types.version import __version__
        from ._watch import SCOPE

        meter = provider.get_meter(SCOPE, __version__)
        self.deliveries = meter.create_counter(
            "stripe_connector.webhook.deliveries", "{delivery}", "Webhook deliveries answered, by outcome"
        )
        self.lag = meter.create_histogram(
            "stripe_connector.events.hand_off.lag",
            "s",
            "Time from storing an event to handing it on",
            explicit_bucket_boundaries_advisory=LAG_BUCKETS,
        )
        self.inbox = meter.create_observable_gauge(
            "stripe_connector.events.inbox",
            [observe_inboxes],
            "{event}",
            "Events in the inbox by state (pending, failed, dead) and connection",
        )


_lock = threading.Lock()
_meters: dict[int, tuple[Any, EventMeters]] = {}
#: The stores to read on each collection (the dispatchers' and receivers' made while a meter provider was set).
_stores: weakref.WeakKeyDictionary[Any, tuple[str, InboxReader]] = weakref.WeakKeyDictionary()


def meters(provider: Any) -> EventMeters:
    held = _meters.get(id(provider))
    if held is None or held[0] is not provider:
        with _lock:
            held = _meters.get(id(provider))
            if held is None or held[0] is not provider:
                held = (provider, EventMeters(provider))
                _meters[id(provider)] = held
    return held[1]


def watch_inbox(store: object, kind: str, read: InboxReader) -> None:
    """Report ``store``'s states (``read(store)``) on the inbox gauge from now on, as long as the store lives;
    ``kind`` names its scheme (``sqlite``, ``postgresql``). Nothing without a meter provider."""
    providers = active_providers()
    if providers is None or providers[1] is None:
        return
    meters(providers[1])
    with _lock:
        _stores[store] = (kind, read)


def observe_inboxes(options: Any) -> Iterator[Any]:
    """The gauge's callback: each watched store's open states by connection (a closed or failing store is
    skipped: a collection must not fail because one inbox is down)."""
    from opentelemetry.metrics import Observation

    with _lock:
        readers = list(_stores.items())
    for store, (kind, read) in readers:
        try:
            found = read(store)
        except Exception:
            continue
        for connection, counts in found.items():
            for state, count in counts.items():
                yield Observation(count, {"stripe_connector.events.state": state, **connection_attribute(connection),
                                          "stripe_connector.events.store": kind})  # fmt: skip
