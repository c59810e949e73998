"""Celery (``pip install 'stripe-connector[celery]'``): a task per tool call whose idempotency scope is the task id
(``tools``), exports as one task per ``created`` shard across machines, one run at a time (``export``), and the
events hand-off (``events``). Which errors are final and the backoff come from ``_http.retry``, an error's JSON from
``_host_parts.error_report``. The names load on first access."""

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from ._run_lock import ExportRunningError
    from .events import CeleryHandOff
    from .export import (
        DistributedExport,
        ExportTasks,
        export_status,
        keep_run,
        register_export_tasks,
        resend_open_shards,
        start_distributed_export,
        wait_for_export,
    )
    from .tools import (
        DEFAULT_TASK_NAME,
        StripeTaskError,
        per_process,
        register_tool_task,
        retry_countdown,
        run_tool,
        task_scope,
    )
    from .trace import continue_trace

_TOOLS = (
    "DEFAULT_TASK_NAME",
    "StripeTaskError",
    "per_process",
    "register_tool_task",
    "retry_countdown",
    "run_tool",
    "task_scope",
)
_EXPORT = (
    "DistributedExport",
    "ExportTasks",
    "export_status",
    "keep_run",
    "register_export_tasks",
    "resend_open_shards",
    "start_distributed_export",
    "wait_for_export",
)
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        **dict.fromkeys(_TOOLS, ".tools"),
        **dict.fromkeys(_EXPORT, ".export"),
        "CeleryHandOff": ".events",
        "ExportRunningError": "._run_lock",
        "continue_trace": ".trace",
    },
)

__all__ = [
    "DEFAULT_TASK_NAME",
    "CeleryHandOff",
    "DistributedExport",
    "ExportRunningError",
    "ExportTasks",
    "StripeTaskError",
    "continue_trace",
    "export_status",
    "keep_run",
    "per_process",
    "register_export_tasks",
    "register_tool_task",
    "resend_open_shards",
    "retry_countdown",
    "run_tool",
    "start_distributed_export",
    "task_scope",
    "wait_for_export",
]
