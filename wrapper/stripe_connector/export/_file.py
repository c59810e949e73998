"""The export's output file, resumable: appended to, and cut back to its checkpoint's length when an export resumes.

The events catch-up's spool: it records the file's length in the checkpoint after an fsync, so a killed run's
writes past it are dropped on resume. ``stripe-connector export`` subclasses it (``cli/export.ResumableFile``) to
record the end of the last committed page instead.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInputError

if TYPE_CHECKING:
    from ._job import ExportJob
    from ._plan import Received


class SpoolFile:
    """The output file: appended to, and cut back to the checkpoint's length when an export resumes."""

    def __init__(self, path: Path, job: ExportJob) -> None:
        self.path = path
        offset = 0
        if job.resumed:
            recorded = job.extra.get("offset")
            if job.extra.get("out") != str(path) or not isinstance(recorded, int) or isinstance(recorded, bool):
                raise InvalidInputError(
                    "checkpoint", f"records an export that was not written to {path}; give another --checkpoint"
                )
            if recorded < 0:
                raise InvalidInputError("checkpoint", "is damaged (a negative offset): give another --checkpoint")
            offset = recorded
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise InvalidInputError("out", f"cannot open {path}: {exc.strerror}") from None
        self.stream = os.fdopen(descriptor, "r+b")
        size = os.fstat(descriptor).st_size
        if size < offset:
            self.stream.close()
            raise InvalidInputError(
                "out", f"{path} is shorter ({size} bytes) than its checkpoint says ({offset}): it was changed"
            )
        self.stream.truncate(offset)  # what the killed run wrote past its last checkpoint goes
        self.stream.seek(offset)

    def write(self, received: Received) -> int:
        """Append the page's objects, one line each (:meth:`line`); the number of bytes written."""
        lines = [self.line(item) for item in received.objects]
        if not lines:
            return 0
        data = b"\n".join(lines) + b"\n"
        self.stream.write(data)
        return len(data)

    def line(self, item: Any) -> bytes:
        """An object as a line of the file: its compact JSON (a subclass may check it or add keys in front)."""
        return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def synced_offset(self) -> dict[str, Any]:
        """Flush and fsync, then the length a checkpoint may record: every byte before it is on disk."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        return {"offset": self.checkpoint_offset(), "out": str(self.path)}

    def checkpoint_offset(self) -> int:
        """Where a resumed run starts again: here, all that is written (a subclass may hold back an uncommitted
        page)."""
        return self.stream.tell()

    def close(self) -> None:
        self.stream.close()
