"""Exports: every object of a list, page by page, at the rate budget's pace, resumable from a checkpoint
(``StripeConnector.export``; across machines: ``stripe_connector.celery``). A checkpoint is a path, an SQLite
URL or a ``CheckpointStore`` of your own; the names load on first access."""

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from ._checkpoint import CheckpointStore, FileCheckpointStore, SQLiteCheckpointStore, open_checkpoints

__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "CheckpointStore": "._checkpoint",
        "FileCheckpointStore": "._checkpoint",
        "SQLiteCheckpointStore": "._checkpoint",
        "open_checkpoints": "._checkpoint",
    },
)

__all__ = ["CheckpointStore", "FileCheckpointStore", "SQLiteCheckpointStore", "open_checkpoints"]
