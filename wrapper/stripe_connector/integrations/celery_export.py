"""Exports as Celery tasks, one per ``created`` shard, across many machines (the ``celery`` extra).

See :mod:`stripe_connector._export._celery` for the rules (leases, parts, the final manifest) and
``examples/celery_export.py`` for a runnable example.
"""

from .._export._celery import (
    DistributedExport,
    ExportTasks,
    export_status,
    register_export_tasks,
    resend_open_shards,
    start_export,
    wait_for_export,
)

__all__ = [
    "DistributedExport",
    "ExportTasks",
    "export_status",
    "register_export_tasks",
    "resend_open_shards",
    "start_export",
    "wait_for_export",
]
