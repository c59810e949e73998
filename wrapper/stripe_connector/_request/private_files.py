"""Files that hold a secret (webhook secrets, a Stripe key, bearer tokens), read again only when they change.

One mechanism for every such file a server watches while it runs: ``events serve --secrets-dir`` (one file per
connection, looked up per delivery), ``mcp --keys-dir`` (per tool call) and ``mcp --tokens-file`` (per request).
:meth:`WatchedFiles.get` stamps the file (:mod:`.file_stamps`: one ``statx``, the GIL kept) and answers from what it
read last while the stamp is unchanged; otherwise the file is read again before its value is used. What that
guarantees, whichever way :mod:`.file_stamps` reaches the system (the C library with the GIL held, or ``os``):

* a change counts at the next lookup: a new inode (a file renamed over), mtime (to the nanosecond), size or mode;
* a FIFO or a device is never opened: the mode is checked on the stamp before the open (and the open does not
  block, should one be swapped in between);
* a file swapped between that check and the open is judged by what was opened: its own stamp, taken from the
  open descriptor, must be a regular file only its owner can read or write;
* a file refused (its kind, its mode, too large, or a content ``parse`` rejects) raises, and nothing of it or of
  the file's former value is kept: the next lookup reads it again. :class:`Refused` says why in words that never
  quote the file's content; the caller names the file in its log line.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from . import file_stamps
from .file_stamps import Stamp

Held = TypeVar("Held")


class Refused(Exception):
    """A file that may not be used; ``why`` says why (never what it holds)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def check_private(found: Stamp) -> None:
    """:class:`Refused` unless ``found`` is the stamp of a regular file that only its owner can read or change."""
    mode = found[4]
    if not stat.S_ISREG(mode):
        raise Refused("not a regular file")
    if mode & 0o077:
        raise Refused("others can read or change it (chmod 600)")


def read_private(path: str, seen: Stamp, limit: int) -> tuple[Stamp, bytes] | None:
    """The stamp and bytes of the private file at ``path``, which ``seen`` (its stamp a moment ago) says is one;
    None if it is gone; :class:`Refused` if it is not one, or no longer, or is larger than ``limit`` bytes."""
    check_private(seen)  # before opening: a FIFO or a device is never opened
    try:
        opened, data = file_stamps.read_small(path, limit)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Refused(f"cannot read it ({exc.strerror})") from None
    check_private(opened)  # what was read, if another file was renamed in after the stamp
    if len(data) > limit:
        raise Refused(f"larger than {limit} bytes")
    return opened, data


class WatchedFiles(Generic[Held]):
    """``{name: (the stamp of its file as read, parse(its bytes))}`` for files that were accepted.

    ``parse`` turns a file's bytes into the value kept (raising :class:`Refused`, or the caller's own error, for a
    content it rejects). Safe from several threads: a lookup reads the dict once; writes take a lock.
    """

    def __init__(self, limit: int, parse: Callable[[bytes], Held]) -> None:
        self.limit = limit
        self.parse = parse
        file_stamps.prepare()
        self._cache: dict[str, tuple[Stamp, Held]] = {}
        self._lock = threading.Lock()

    def get(self, name: str, path: str) -> Held | None:
        """The value of the file at ``path`` (kept under ``name``); None if there is no file there."""
        try:
            now = file_stamps.stamp(path)
        except FileNotFoundError:
            self.forget(name)
            return None
        except OSError as exc:
            self.forget(name)
            raise Refused(f"cannot stat it ({exc.strerror})") from None
        cached = self._cache.get(name)  # one dict read: atomic; a stale entry only costs a read
        if cached is not None and cached[0] == now:
            return cached[1]
        try:
            found = read_private(path, now, self.limit)
            if found is None:  # removed between the stamp and the open
                self.forget(name)
                return None
            value = self.parse(found[1])
        except BaseException:
            self.forget(name)  # a refused file leaves nothing behind, not even the value it had before
            raise
        with self._lock:
            self._cache[name] = (found[0], value)
        return value

    def forget(self, name: str) -> None:
        with self._lock:
            self._cache.pop(name, None)

    def __len__(self) -> int:
        return len(self._cache)

    def __contains__(self, name: object) -> bool:
        return name in self._cache
