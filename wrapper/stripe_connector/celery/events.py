"""Hand stored events to Celery: one task per event whose task id *is* the event id (the ``celery`` extra).

``CeleryHandOff`` is a :class:`~stripe_connector.events.Dispatcher` handler: it publishes
``task_name(event)`` (Stripe's whole event as JSON) with ``task_id=<event id>`` and returns once the broker has
accepted the message; the dispatcher then marks the event done. A failure to publish raises, so the event is
retried with backoff (and goes dead after ``max_attempts``). If the process dies between publishing and marking,
the event is published again with the same task id: a task can tell a repeat by ``self.request.id``. With an
OpenTelemetry provider configured, each publish is a PRODUCER span (a child of the dispatcher's hand-off span,
itself linked to the webhook delivery) whose ``traceparent`` travels in the message's headers
(``telemetry._propagate``): the task continues it with ``with continue_trace(self):`` (``celery.trace``) in a
bound task, or on a worker instrumented with ``opentelemetry-instrumentation-celery``.

Many connections: an event of a connection (``item.connection``) gets the task id ``<connection>/<event id>`` (the
same event reaching two connections is two tasks), and its connection travels in the message header
``stripe_connection``, so existing task signatures keep working; ``with_connection=True`` also passes it as the
keyword argument ``connection`` (``def handle(event, connection): ...``).

Worker side, the task receives a plain dict::

    @app.task(name="stripe.event", acks_late=True)
    def handle(event): ...

Dispatcher::

    Dispatcher(open_store("sqlite:///events.db"), CeleryHandOff(app, "stripe.event")).run_forever(stop)
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from ..events._store import StoredEvent
from ..telemetry._propagate import handing_off


@attrs.define(eq=False, repr=False)
class CeleryHandOff:
    """Publish each stored event as the Celery task ``task_name`` with the event id as task id (declared like its
    sibling ``temporal.TemporalHandOff``)."""

    app: Any
    task_name: str
    queue: str | None = attrs.field(default=None, kw_only=True)
    publish_retries: int = attrs.field(default=3, kw_only=True)
    with_connection: bool = attrs.field(default=False, kw_only=True)

    def __repr__(self) -> str:
        return f"CeleryHandOff(task_name={self.task_name!r}, queue={self.queue!r})"

    def task_id(self, item: StoredEvent) -> str:
        """The event id (Stripe's ids are unique across accounts), after its connection if it has one; the task's
        ``self.request.id``."""
        return f"{item.connection}/{item.event_id}" if item.connection else item.event_id

    def __call__(self, item: StoredEvent) -> None:
        # A few quick retries of the publish itself; past them the dispatcher's backoff takes over.
        policy = {"max_retries": self.publish_retries, "interval_start": 0, "interval_step": 0.5, "interval_max": 2}
        options: dict[str, Any] = {"task_id": self.task_id(item), "retry": True, "retry_policy": policy}
        if self.queue is not None:
            options["queue"] = self.queue
        kwargs: dict[str, Any] = {"connection": item.connection} if self.with_connection else {}
        with handing_off("celery", self.task_name, item.type, item.event_id) as headers:  # a trace, if one listens
            if item.connection:
                headers = {**(headers or {}), "stripe_connection": item.connection}
            if headers:
                options["headers"] = headers
            self.app.send_task(self.task_name, args=[json.loads(item.payload)], kwargs=kwargs, **options)
