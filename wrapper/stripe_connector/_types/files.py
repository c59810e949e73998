"""A file replaced whole: the one atomic write of the package (checkpoints, downloads, webhook secret files)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class AtomicFile:
    """A temporary file beside ``path`` that replaces it whole on :meth:`commit`, or is removed by
    :meth:`discard`: a reader (or a crash) sees the old file or the new, never half of one.

    The temporary file is created with a random name, exclusively and mode 0600 (so nobody can plant a link there
    or read it meanwhile); ``stream`` takes the bytes, at once or as they arrive (a download streamed to disk).
    """

    __slots__ = ("path", "stream", "temporary")

    def __init__(self, path: Path) -> None:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        self.path, self.temporary = path, Path(temporary)
        self.stream = os.fdopen(descriptor, "wb")

    def commit(self) -> None:
        """Flush to disk, then rename over ``path``; on any failure the temporary file is removed and it raises."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temporary, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (see :class:`AtomicFile`); on any failure the ``OSError`` is raised."""
    file = AtomicFile(path)
    try:
        file.stream.write(data)
    except BaseException:
        file.discard()
        raise
    file.commit()
