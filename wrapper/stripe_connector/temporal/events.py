"""Hand stored events to Temporal (the ``temporal`` extra): a workflow per event, or one per Stripe object.

* ``mode="per_event"`` (default): ``start_workflow(workflow, event, id="stripe-event-<event id>")`` with the reuse
  policy ``REJECT_DUPLICATE``: Temporal itself refuses a second workflow with that id, running or finished, so a
  repeated hand-off (after a crash between starting and recording it, or a replay) starts nothing new;
  ``WorkflowAlreadyStartedError`` counts as handed on.
* ``mode="per_object"``: signal-with-start ``id="stripe-object-<object id>"`` with the signal ``signal`` and the
  event: the events of one subscription (or invoice...) reach one workflow, one after another, in the order the
  dispatcher hands them on. The workflow keys on ``event["id"]`` to drop a repeated signal.

Many connections: an event of a connection (``item.connection``) gets the ids ``stripe-event-<connection>-<event
id>`` and ``stripe-object-<connection>-<object id>`` (two connections never share a workflow), and
``with_connection=True`` starts the workflow with ``(event, connection)`` instead of ``(event)`` (the signal too);
the default keeps the one-argument signature of existing workflows.

The handler is a coroutine: use it with :class:`~stripe_connector.events.AsyncDispatcher`. With OpenTelemetry, the
dispatcher starts each workflow inside its hand-off span (linked to the webhook delivery): a client made with
Temporal's ``temporalio.contrib.opentelemetry.TracingInterceptor`` carries that context into the workflow's and its
activities' headers, so the Stripe activity's call spans belong to the hand-off's trace.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Literal

import attrs
from temporalio.client import Client
from temporalio.common import WorkflowIDConflictPolicy, WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError

from ..errors import InvalidInputError
from ..events._store import StoredEvent

EVENT_PREFIX = "stripe-event-"
OBJECT_PREFIX = "stripe-object-"


def event_workflow_id(event_id: str, connection: str = "") -> str:
    return EVENT_PREFIX + (f"{connection}-" if connection else "") + event_id


def _known_mode(_instance: object, _attribute: object, mode: object) -> None:
    if mode not in ("per_event", "per_object"):
        raise InvalidInputError("mode", "must be 'per_event' or 'per_object'")


@attrs.define(eq=False, repr=False)
class TemporalHandOff:
    """Start (or signal-with-start) a workflow for each stored event; see the module docstring."""

    client: Client
    workflow: str
    task_queue: str = attrs.field(kw_only=True)
    mode: Literal["per_event", "per_object"] = attrs.field(default="per_event", kw_only=True, validator=_known_mode)
    signal: str = attrs.field(default="stripe_event", kw_only=True)
    execution_timeout: timedelta | None = attrs.field(default=None, kw_only=True)
    with_connection: bool = attrs.field(default=False, kw_only=True)
    #: Hand-offs Temporal refused as duplicates (the workflow already existed): handed on before.
    duplicates: int = attrs.field(default=0, init=False)

    def __repr__(self) -> str:
        return f"TemporalHandOff(workflow={self.workflow!r}, task_queue={self.task_queue!r}, mode={self.mode!r})"

    async def __call__(self, item: StoredEvent) -> None:
        event = json.loads(item.payload)
        args = [event, item.connection] if self.with_connection else [event]
        if self.mode == "per_event":
            try:
                await self.client.start_workflow(
                    self.workflow,
                    args=args,
                    id=event_workflow_id(item.event_id, item.connection),
                    task_queue=self.task_queue,
                    id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
                    id_conflict_policy=WorkflowIDConflictPolicy.FAIL,
                    execution_timeout=self.execution_timeout,
                )
            except WorkflowAlreadyStartedError:
                self.duplicates += 1
            return
        object_id = item.event.object_id or item.event_id
        await self.client.start_workflow(
            self.workflow,
            id=OBJECT_PREFIX + (f"{item.connection}-" if item.connection else "") + object_id,
            task_queue=self.task_queue,
            start_signal=self.signal,
            start_signal_args=args,
            execution_timeout=self.execution_timeout,
        )
