"""Temporal (``pip install 'stripe-connector[temporal]'``): activities whose idempotency scope is the workflow and
activity ids, final errors as non-retryable ``ApplicationError`` s and a sandbox runner (``activities``), and the
events hand-off (``events``). The names load on first access (nothing of Temporal's is imported before)."""

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from .activities import (
        ACTIVITY_NAME,
        DEFAULT_RETRY_POLICY,
        FINAL_ERROR_TYPES,
        StripeActivities,
        ToolCall,
        activity_scope,
        execute_tool,
        sandbox_runner,
        to_application_error,
    )
    from .events import OBJECT_PREFIX, TemporalHandOff, event_workflow_id

_ACTIVITIES = (
    "ACTIVITY_NAME",
    "DEFAULT_RETRY_POLICY",
    "FINAL_ERROR_TYPES",
    "StripeActivities",
    "ToolCall",
    "activity_scope",
    "execute_tool",
    "sandbox_runner",
    "to_application_error",
)
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        **dict.fromkeys(_ACTIVITIES, ".activities"),
        "OBJECT_PREFIX": ".events",
        "TemporalHandOff": ".events",
        "event_workflow_id": ".events",
    },
)

__all__ = [
    "ACTIVITY_NAME",
    "DEFAULT_RETRY_POLICY",
    "FINAL_ERROR_TYPES",
    "OBJECT_PREFIX",
    "StripeActivities",
    "TemporalHandOff",
    "ToolCall",
    "activity_scope",
    "event_workflow_id",
    "execute_tool",
    "sandbox_runner",
    "to_application_error",
]
