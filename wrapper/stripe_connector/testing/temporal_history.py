"""Record a Temporal workflow history offline, for the ``Replayer``.

Temporal's own dev and test servers are binaries the SDK downloads at run time, which this machine cannot; so the
history a server would have written is assembled here from what really happened: the workflow's input, each
activity the workflow scheduled with the input it was given and the result it really returned (run through
``ActivityEnvironment`` against the Stripe double), and the workflow's result. The events are the ones a server
writes for a workflow that runs activities one after the other: started, then per step a workflow task
(scheduled, started, completed) followed by the activity (scheduled, started, completed), then a last workflow
task and the completion. The ``Replayer`` then runs the real workflow code, in the real sandbox, against it, and
fails if the code's commands do not match (non-determinism) or if the code cannot run in the sandbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from google.protobuf.duration_pb2 import Duration
from google.protobuf.timestamp_pb2 import Timestamp
from temporalio.api.common.v1 import ActivityType, Payloads, WorkflowType
from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import (
    ActivityTaskCompletedEventAttributes,
    ActivityTaskScheduledEventAttributes,
    ActivityTaskStartedEventAttributes,
    HistoryEvent,
    WorkflowExecutionCompletedEventAttributes,
    WorkflowExecutionStartedEventAttributes,
    WorkflowTaskCompletedEventAttributes,
    WorkflowTaskScheduledEventAttributes,
    WorkflowTaskStartedEventAttributes,
)
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.client import WorkflowHistory
from temporalio.converter import DataConverter

TASK_QUEUE = "stripe-connector-test"


@dataclass
class ActivityStep:
    """One activity the workflow ran: its type, its input arguments and what it returned."""

    activity_type: str
    inputs: Sequence[Any]
    result: Any


class _Recorder:
    def __init__(self) -> None:
        self.events: list[HistoryEvent] = []
        self.clock = datetime(2026, 1, 1, tzinfo=UTC)
        self.converter = DataConverter.default.payload_converter

    def payloads(self, *values: Any) -> Payloads:
        return Payloads(payloads=self.converter.to_payloads(list(values)))

    def add(self, event_type: int, **attributes: Any) -> int:
        self.clock += timedelta(milliseconds=10)
        stamp = Timestamp()
        stamp.FromDatetime(self.clock)
        event = HistoryEvent(event_id=len(self.events) + 1, event_time=stamp, event_type=event_type,  # type: ignore[arg-type]
                             task_id=len(self.events) + 1000, **attributes)  # fmt: skip
        self.events.append(event)
        return event.event_id

    def workflow_task(self) -> int:
        scheduled = self.add(
            EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
            workflow_task_scheduled_event_attributes=WorkflowTaskScheduledEventAttributes(
                task_queue=TaskQueue(name=TASK_QUEUE), start_to_close_timeout=Duration(seconds=10), attempt=1
            ),
        )
        started = self.add(
            EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
            workflow_task_started_event_attributes=WorkflowTaskStartedEventAttributes(
                scheduled_event_id=scheduled, identity="recorder", request_id=str(uuid.uuid4())
            ),
        )
        return self.add(
            EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
            workflow_task_completed_event_attributes=WorkflowTaskCompletedEventAttributes(
                scheduled_event_id=scheduled, started_event_id=started, identity="recorder"
            ),
        )


def record_history(
    *, workflow_type: str, workflow_id: str, run_id: str, inputs: Sequence[Any], steps: Sequence[ActivityStep],
    result: Any,
) -> WorkflowHistory:  # fmt: skip
    """The history of a workflow that ran ``steps`` in order and returned ``result``."""
    rec = _Recorder()
    rec.add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
        workflow_execution_started_event_attributes=WorkflowExecutionStartedEventAttributes(
            workflow_type=WorkflowType(name=workflow_type),
            task_queue=TaskQueue(name=TASK_QUEUE),
            input=rec.payloads(*inputs),
            workflow_task_timeout=Duration(seconds=10),
            original_execution_run_id=run_id,
            first_execution_run_id=run_id,
            attempt=1,
            identity="recorder",
            workflow_id=workflow_id,
        ),
    )
    completed = rec.workflow_task()
    for number, step in enumerate(steps, start=1):
        scheduled = rec.add(
            EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
            activity_task_scheduled_event_attributes=ActivityTaskScheduledEventAttributes(
                activity_id=str(number),
                activity_type=ActivityType(name=step.activity_type),
                task_queue=TaskQueue(name=TASK_QUEUE),
                input=rec.payloads(*step.inputs),
                start_to_close_timeout=Duration(seconds=90),
                workflow_task_completed_event_id=completed,
            ),
        )
        started = rec.add(
            EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED,
            activity_task_started_event_attributes=ActivityTaskStartedEventAttributes(
                scheduled_event_id=scheduled, identity="recorder", request_id=str(uuid.uuid4()), attempt=1
            ),
        )
        rec.add(
            EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
            activity_task_completed_event_attributes=ActivityTaskCompletedEventAttributes(
                result=rec.payloads(step.result), scheduled_event_id=scheduled, started_event_id=started,
                identity="recorder",
            ),
        )  # fmt: skip
        completed = rec.workflow_task()
    rec.add(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
        workflow_execution_completed_event_attributes=WorkflowExecutionCompletedEventAttributes(
            result=rec.payloads(result), workflow_task_completed_event_id=completed
        ),
    )
    return WorkflowHistory(workflow_id, rec.events)
