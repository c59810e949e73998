"""Streaming a binary answer to a file: whole or not at all, never held in memory.

A quote's PDF (and any binary answer of a newer spec) can be written to a path as it arrives: the send loop hands
each chunk of a successful answer to a :class:`FileSink` instead of joining them in memory. The file is a temporary
one beside the target (mode 0600, as every file the connector writes), emptied at the start of each attempt (a
retry after a cut answer starts over), and renamed onto the target only once the whole answer was read and judged;
anything else removes it, so a cut or refused answer leaves no half file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from ..errors import InvalidInputError

#: What a binary answer may claim beside the media type the spec gives it (a proxy's generic label; the same rule
#: judges an answer read in memory, ``_http.answer``).
GENERIC_BINARY = "application/octet-stream"


class FileSink:
    """A temporary file beside ``path`` that becomes ``path`` on :meth:`commit` (see the module's docstring).

    ``expected``: the media type the operation answers; only a success claiming it (or a generic binary type, or
    none) is streamed here. Errors and lies are read in memory and judged as usual (they are small or capped).
    """

    __slots__ = ("_file", "_temporary", "expected", "path", "size")

    def __init__(self, path: Path, expected: str) -> None:
        self.path, self.expected, self.size = path, expected.lower(), 0
        directory = path.parent if str(path.parent) else Path(".")
        try:
            fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")  # 0600
        except OSError as exc:
            raise InvalidInputError("out", f"cannot write in {directory}: {exc.strerror or exc}") from None
        self._temporary = Path(temporary)
        self._file: BinaryIO = os.fdopen(fd, "wb")

    def takes(self, status: int, media: str) -> bool:
        return status < 300 and media in (self.expected, GENERIC_BINARY, "")

    def begin(self) -> None:
        self._file.seek(0)
        self._file.truncate()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.size += len(chunk)

    def commit(self) -> None:
        """The whole answer was read and judged: make it ``path`` (flushed to disk first)."""
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self._temporary, self.path)
        except OSError as exc:
            self.discard()
            raise InvalidInputError("out", f"cannot write {self.path}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        """No file: the answer was cut, refused or an error."""
        self._file.close()
        self._temporary.unlink(missing_ok=True)
