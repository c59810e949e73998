"""Checkpoint stores of an export: where its per-shard cursors survive a kill.

One primitive, :meth:`CheckpointStore.update` (read, change and write one export's state atomically, under a
lock that other processes respect), is enough for a single exporting process (which saves its snapshot) and for
Celery shard tasks on many machines (each changes its own shard and learns whether it was the last).

Two stores, picked by URL as the events stores are:

* a plain path (``export.checkpoint``): a JSON file, replaced atomically (written beside it, fsynced, renamed),
  locked with ``flock`` on a ``.lock`` file next to it; mode 0600;
* ``sqlite:///relative/path.db`` or ``sqlite:////absolute/path.db``: one row per export in SQLite (stdlib
  ``sqlite3``, WAL), changed inside ``BEGIN IMMEDIATE``, so concurrent writers queue instead of losing updates.

A state holds no secret: the account appears only as the rate budget's digest of the key.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError

State = dict[str, Any]
Change = Callable[[State | None], State | None]

SQLITE_PREFIX = "sqlite:///"


class CheckpointStore:
    """Where export states live, by export key. Subclasses implement :meth:`update`."""

    def update(self, key: str, change: Change) -> State | None:
        """Apply ``change`` to the state of ``key`` (None: none yet) atomically; store and return what it returns.

        ``change`` returning None deletes the state.
        """
        raise NotImplementedError

    def load(self, key: str) -> State | None:
        return self.update(key, lambda state: state)

    def save(self, key: str, state: State) -> None:
        self.update(key, lambda _old: state)

    def delete(self, key: str) -> None:
        self.update(key, lambda _old: None)

    def close(self) -> None:
        """Release what the store holds open (nothing, for the file store)."""


class FileCheckpointStore(CheckpointStore):
    """A JSON file of ``{"exports": {key: state}}``; see the module docstring."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InvalidInputError("checkpoint", f"{self.path} is a directory, not a checkpoint file")
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FileCheckpointStore({str(self.path)!r})"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        import fcntl

        with self._lock:
            descriptor = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX)
                yield
            finally:
                os.close(descriptor)  # closing releases the flock

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"exports": {}}
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise InvalidInputError("checkpoint", f"{self.path} is not a checkpoint file (not JSON)") from None
        if not isinstance(data, dict) or not isinstance(data.get("exports"), dict):
            raise InvalidInputError("checkpoint", f"{self.path} is not a checkpoint file")
        return data

    def update(self, key: str, change: Change) -> State | None:
        with self._locked():
            data = self._read()
            new = change(data["exports"].get(key))
            if new is None:
                data["exports"].pop(key, None)
            else:
                data["exports"][key] = new
            write_atomically(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"))
            return new


class SQLiteCheckpointStore(CheckpointStore):
    """One row per export in an SQLite file; see the module docstring. One connection per thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connection()  # fail here, naming the store, rather than on the first save

    def __repr__(self) -> str:
        return f"SQLiteCheckpointStore({str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None or getattr(self._local, "pid", None) != os.getpid():
            try:
                if not self.path.exists():
                    os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
                connection = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS export_checkpoints (key TEXT PRIMARY KEY, state TEXT NOT NULL)"
                )
            except (sqlite3.Error, OSError) as exc:
                raise InvalidInputError("checkpoint", f"cannot open the SQLite store {self.path}: {exc}") from None
            self._local.connection = connection
            self._local.pid = os.getpid()
        return connection

    def update(self, key: str, change: Change) -> State | None:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute("SELECT state FROM export_checkpoints WHERE key = ?", (key,)).fetchone()
            new = change(json.loads(row[0]) if row else None)
            if new is None:
                connection.execute("DELETE FROM export_checkpoints WHERE key = ?", (key,))
            else:
                connection.execute(
                    "INSERT INTO export_checkpoints (key, state) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET state = excluded.state",
                    (key, json.dumps(new, separators=(",", ":"))),
                )
            connection.execute("COMMIT")
            return new
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def open_checkpoints(where: str | os.PathLike[str] | CheckpointStore) -> CheckpointStore:
    """The store for a path or URL (see the module docstring), or ``where`` itself if it is a store already."""
    if isinstance(where, CheckpointStore):
        return where
    if isinstance(where, os.PathLike):
        return FileCheckpointStore(where)
    if not isinstance(where, str) or not where.strip():
        raise InvalidInputError("checkpoint", "must be a file path, a sqlite:/// URL or a CheckpointStore")
    if where.startswith(SQLITE_PREFIX):
        path = where[len(SQLITE_PREFIX) :]
        if not path:
            raise InvalidInputError("checkpoint", "sqlite:/// needs a file path after it (sqlite:///export.db)")
        return SQLiteCheckpointStore(path)
    if "://" in where:
        scheme = where.split("://", 1)[0]
        raise InvalidInputError(
            "checkpoint", f"{scheme}:// is not a checkpoint store; use a file path or sqlite:///path"
        )
    return FileCheckpointStore(where)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a reader (or a crash) sees the old file or the new, never half of one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
