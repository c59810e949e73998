"""Trace context through Celery messages: the sender's span continues in the worker's task.

The connector's own tasks (the tool task and the export shard task) carry it by themselves: :func:`carry_trace`
registers their names with one ``before_task_publish`` handler that adds the current ``traceparent`` (by
OpenTelemetry's configured propagator) to the headers of every message of those tasks, however it is sent
(``delay``, ``apply_async``, a canvas, a shard's split), and the task body runs under :func:`continue_trace`, a
CONSUMER span that is a child of that context; the tool call's span is its child in turn.

The events hand-off (``CeleryHandOff``) publishes with the hand-off's trace in the headers; a task of yours
continues it with ``with continue_trace(self): ...`` in a bound task (or with
``opentelemetry-instrumentation-celery`` on the worker). Without a tracer provider nothing is added or started.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..telemetry._propagate import carrier, continuing

_names: set[str] = set()
_lock = threading.Lock()


def _add_trace(sender: object = None, headers: dict[str, Any] | None = None, **_: Any) -> None:
    """``before_task_publish``: a message of one of the connector's tasks gets the current trace context."""
    if sender in _names and headers is not None:
        found = carrier()
        if found:
            headers.update(found)


def carry_trace(task_name: str) -> None:
    """Messages of the task ``task_name`` carry the sender's trace context from now on (one handler for all)."""
    from celery.signals import before_task_publish

    with _lock:
        if not _names:
            before_task_publish.connect(_add_trace, weak=False, dispatch_uid="stripe_connector.trace")
        _names.add(task_name)


@contextmanager
def continue_trace(task: Any) -> Iterator[None]:
    """Run a bound task's body under a CONSUMER span (``<task name> process``) continuing its message's trace."""
    name = str(getattr(task, "name", None) or "task")
    attributes = {"messaging.system": "celery", "messaging.destination.name": name,
                  "messaging.operation.type": "process"}  # fmt: skip
    with continuing(getattr(task, "request", None), f"{name} process", attributes):
        yield
