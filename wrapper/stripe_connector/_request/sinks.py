"""Streaming a binary answer to a file: whole or not at all, never held in memory.

A quote's PDF (and any binary answer of a newer spec) can be written to a path as it arrives: the send loop hands
each chunk of a successful answer to a :class:`FileSink` instead of joining them in memory. The file is the
package's one atomic write (``_types.files.AtomicFile``: a temporary file beside the target, mode 0600), emptied at
the start of each attempt (a retry after a cut answer starts over), and renamed onto the target only once the
whole answer was read and judged; anything else removes it, so a cut or refused answer leaves no half file behind.
"""

from __future__ import annotations

from pathlib import Path

from .._types.files import AtomicFile
from ..errors import InvalidInputError

#: What a binary answer may claim beside the media type the spec gives it (a proxy's generic label; the same rule
#: judges an answer read in memory, ``_http.answer``).
GENERIC_BINARY = "application/octet-stream"


class FileSink:
    """Where a download to ``path`` is written (see the module's docstring).

    ``expected``: the media type the operation answers; only a success claiming it (or a generic binary type, or
    none) is streamed here. Errors and lies are read in memory and judged as usual (they are small or capped).
    """

    __slots__ = ("_file", "expected", "path", "size")

    def __init__(self, path: Path, expected: str) -> None:
        self.path, self.expected, self.size = path, expected.lower(), 0
        try:
            self._file = AtomicFile(path)
        except OSError as exc:
            raise InvalidInputError("out", f"cannot write in {path.parent}: {exc.strerror or exc}") from None

    def takes(self, status: int, media: str) -> bool:
        return status < 300 and media in (self.expected, GENERIC_BINARY, "")

    def begin(self) -> None:
        self._file.stream.seek(0)
        self._file.stream.truncate()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self._file.stream.write(chunk)
        self.size += len(chunk)

    def commit(self) -> None:
        """The whole answer was read and judged: make it ``path`` (flushed to disk first)."""
        try:
            self._file.commit()
        except OSError as exc:
            raise InvalidInputError("out", f"cannot write {self.path}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        """No file: the answer was cut, refused or an error."""
        self._file.discard()
