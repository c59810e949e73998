"""A directory with one private file per connection, named by its id: the base of the receiver's webhook secrets
(``events serve --secrets-dir``) and the MCP server's Stripe keys (``mcp --keys-dir``).

Both are a platform's way to add, roll and remove connections by writing files, without a restart; what they share
is kept here once: the directory must be one that others cannot change (they could add a connection, or give one
their own key), only names that are connection ids are looked up (the path cannot leave the directory), and what
the files hold never leaves the process (no pickling; the repr names only the directory). Each lookup goes through
:class:`.private_files.WatchedFiles`: one ``stat`` of the one file its id names (no listing, nothing per other
connection), a read only when that file changed, and the same refusals for both kinds of file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from ..errors import InvalidInputError
from .connection_id import is_connection_id
from .private_files import Refused, WatchedFiles

Held = TypeVar("Held")


class ConnectionFiles(Mapping[str, Held]):
    """``{connection id: what its file holds}``, read again by :meth:`get` when the file changed.

    A subclass says how large a file may be (``limit``), what its bytes mean (:meth:`parse`, raising
    :class:`~.private_files.Refused`) and what a refused file becomes (:meth:`refused`: its log line and error).
    """

    #: What the files hold, for the refusal to pickle (``"keys stay in the process that loaded them"``).
    holds = "secrets"
    #: The largest file accepted, in bytes.
    limit = 4096

    def __init__(self, path: str | os.PathLike[str], param: str, *, others_could: str = "") -> None:
        self.path = Path(path)
        try:
            info = os.stat(self.path)
        except OSError as exc:
            raise InvalidInputError(param, f"cannot read {self.path}: {exc.strerror or exc}") from None
        if not stat.S_ISDIR(info.st_mode):
            raise InvalidInputError(param, f"{self.path} is not a directory")
        if info.st_mode & 0o022:
            raise InvalidInputError(param, f"{self.path} can be changed by other users{others_could}: chmod 700 it")
        #: The directory's path with its separator: a connection's file is ``prefix + id`` (a ``Path`` per lookup
        #: costs more than the ``stat`` it is for).
        self._prefix = os.path.join(self.path, "")
        self._files: WatchedFiles[Held] = WatchedFiles(self.limit, self.parse)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} cannot be pickled: {self.holds} stay in the process that loaded them")

    def get(self, connection: str, default: Any = None) -> Any:
        """What the connection's file holds, read again if it changed; ``default`` when there is no such file (or
        ``connection`` is not an id); the subclass's :meth:`refused` error when the file may not be used."""
        if not is_connection_id(connection):
            return default
        file = self._prefix + connection
        try:
            found = self._files.get(connection, file)
        except Refused as exc:
            raise self.refused(file, exc.why) from None
        return default if found is None else found

    def parse(self, data: bytes) -> Held:
        """What a file's bytes hold; :class:`~.private_files.Refused` (never quoting them) if they hold none."""
        raise NotImplementedError

    def refused(self, file: str, why: str) -> Exception:
        """The error a lookup raises for a file that may not be used, once it has logged ``file`` and ``why``."""
        raise NotImplementedError

    def __getitem__(self, connection: str) -> Held:
        found = self.get(connection)
        if found is None:
            raise KeyError(connection)
        return found  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(name for name in os.listdir(self.path) if is_connection_id(name)))

    def __len__(self) -> int:
        return sum(1 for _ in self)
