"""A file replaced whole: the one atomic write of the package (checkpoints, downloads, webhook secret files)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a reader (or a crash) sees the old file or the new, never half of one.

    The bytes go to a temporary file beside it (created with a random name, exclusively and mode 0600, so nobody
    can plant a link there or read it meanwhile), fsynced, then renamed over ``path``; on any failure the temporary
    file is removed and the ``OSError`` raised.
    """
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
