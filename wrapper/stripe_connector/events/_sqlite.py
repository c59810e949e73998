"""The embedded inbox: one SQLite file (stdlib ``sqlite3``) in WAL mode.

WAL lets the dispatcher read while the receiver writes, and several processes on one machine share the file
(``busy_timeout`` waits for the write lock instead of failing). ``synchronous=FULL`` flushes every commit to disk,
so an event whose insert returned survives a crash of the process *and* of the machine before the 2xx is sent.
State changes (claims, done, failed) commit with ``synchronous=NORMAL``: losing one to a power cut only hands an
event on again, and the next flush carries them anyway.

A flushed commit is durable only if the file it went to is still the inbox: a database file (or its ``-wal``)
removed or replaced while the store is open takes every later commit with it, unseen by SQLite. So after each
durable transaction the store checks that ``path`` and ``path-wal`` are still the files it opened, and raises
:class:`InboxFileGoneError` otherwise: the receiver answers 503 (Stripe delivers again) instead of acknowledging
an event that a restart would not find.
Writes take the lock up front (``BEGIN IMMEDIATE``): a claim cannot be overtaken between its SELECT and UPDATE.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import InvalidInputError
from ._sql import EVENTS, INDEXES, SqlInbox, add_columns, sqlite_upgrade, tables

BUSY_TIMEOUT_MS = 30_000


class InboxFileGoneError(sqlite3.OperationalError):
    """The inbox's file was removed or replaced while open: nothing written now would survive a restart."""


class SQLiteStore(SqlInbox):
    """The inbox in the SQLite file at ``path`` (created, mode 0600, with its tables, if missing)."""

    url_scheme = "sqlite"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        if not str(path):
            raise InvalidInputError("store", "sqlite:/// needs a file path, e.g. sqlite:///events.db")
        self.path = Path(path)
        if not self.path.exists():
            # The payloads are customers' data: readable by the owner only.
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30.0)
        except sqlite3.Error as exc:
            raise InvalidInputError("store", f"cannot open the SQLite file {self.path}: {exc}") from None
        self._identity = _identity(self.path)
        self._wal_identity: tuple[int, int] | None = None
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._durable = True
        words = {"seq": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB", "real": "REAL"}
        with self._transaction(durable=True) as cur:
            sqlite_upgrade(cur, **words)
            for statement in [*tables(**words), *INDEXES]:
                cur.execute(statement)
            add_columns(cur, {row[1] for row in cur.execute(f"PRAGMA table_info({EVENTS})")})

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    @contextlib.contextmanager
    def _transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cur = self._db.cursor()
            if durable != self._durable:
                # Stored events are flushed (FULL); state changes are not (NORMAL: in WAL mode they reach the disk
                # with the next flush). The pragma cannot change inside a transaction, so it is set before BEGIN.
                cur.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")
            if durable:
                self._check_still_there()

    def _check_still_there(self) -> None:
        """Raise :class:`InboxFileGoneError` unless the database and its WAL are the files this store opened."""
        wal = Path(f"{self.path}-wal")
        if _identity(self.path) != self._identity:
            raise InboxFileGoneError(f"the inbox file {self.path} was removed or replaced while open: not durable")
        found = _identity(wal)
        if self._wal_identity is None:
            self._wal_identity = found
        if found is None or found != self._wal_identity:
            raise InboxFileGoneError(f"the inbox's WAL {wal} was removed or replaced while open: not durable")

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of ``path``, or None when nothing is there."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)
