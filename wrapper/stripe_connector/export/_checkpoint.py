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

A store that cannot be read as one (random bytes, another format, a field of the wrong type: see
:func:`check_export_state`) is refused with ``InvalidInputError`` (param ``checkpoint``) before anything is sent:
a damaged checkpoint is never "repaired" into an export that skips objects. One export at a time runs on a store
(:meth:`CheckpointStore.hold`: an ``flock`` on ``PATH.running``, released when the export ends or its process dies).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._types.files import write_atomically
from ..errors import InvalidInputError

if TYPE_CHECKING:
    import sqlite3

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

    def hold(self) -> RunLock | None:
        """This store for one export run: a :class:`RunLock`, or ``InvalidInputError`` when another run holds it.

        Stores without a file of their own (your own subclass) hold nothing: None."""
        return None


class RunLock:
    """An ``flock`` on ``PATH.running``: held while an export runs, released by :meth:`release`, by the garbage
    collector or by the kernel when the process dies (a killed export never leaves a stale lock)."""

    def __init__(self, store_path: Path) -> None:
        import fcntl

        self.path = Path(f"{store_path}.running")
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise InvalidInputError("checkpoint", f"cannot create {self.path}: {exc.strerror}") from None
        self._file: IO[bytes] | None = os.fdopen(descriptor, "r+b")
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.release()
            raise InvalidInputError(
                "checkpoint",
                f"another export is running on {store_path} (it holds {self.path}): wait for it to end, or give "
                "another --checkpoint",
            ) from None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the flock
            self._file = None


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

    def hold(self) -> RunLock:
        return RunLock(self.path)

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return {"exports": {}}
        except OSError as exc:
            raise InvalidInputError("checkpoint", f"cannot read {self.path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise InvalidInputError("checkpoint", f"{self.path} is not a checkpoint file (not UTF-8)") from None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise InvalidInputError("checkpoint", f"{self.path} is not a checkpoint file (not JSON)") from None
        if not isinstance(data, dict) or not isinstance(data.get("exports"), dict):
            raise InvalidInputError("checkpoint", f"{self.path} is not a checkpoint file")
        if not all(isinstance(state, dict) for state in data["exports"].values()):
            raise InvalidInputError("checkpoint", f"{self.path} is damaged: an export's state is not an object")
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


#: How long opening an SQLite store waits for other connections' locks (starters racing on a new store).
OPEN_SECONDS = 30.0


def _set_up(connection: sqlite3.Connection) -> None:
    """WAL and the table, waiting out other connections doing the same: a new store's first connections race to
    switch its journal to WAL, and SQLite answers that switch "database is locked" at once, without its busy
    handler (8 threads opening one new store at once: 9 rounds in 100 refused one of them with "database is
    locked")."""
    import sqlite3

    deadline = time.monotonic() + OPEN_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS export_checkpoints (key TEXT PRIMARY KEY, state TEXT NOT NULL)"
            )
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class SQLiteCheckpointStore(CheckpointStore):
    """One row per export in an SQLite file; see the module docstring. One connection per thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connection()  # fail here, naming the store, rather than on the first save

    def __repr__(self) -> str:
        return f"SQLiteCheckpointStore({str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        import sqlite3  # only for a sqlite:/// checkpoint: a file checkpoint (the default) never loads it

        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None or getattr(self._local, "pid", None) != os.getpid():
            try:
                if not self.path.exists():
                    os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
                connection = sqlite3.connect(self.path, timeout=OPEN_SECONDS, isolation_level=None)
                _set_up(connection)
            except (sqlite3.Error, OSError) as exc:
                raise InvalidInputError("checkpoint", f"cannot open the SQLite store {self.path}: {exc}") from None
            self._local.connection = connection
            self._local.pid = os.getpid()
        return connection

    def hold(self) -> RunLock:
        return RunLock(self.path)

    def update(self, key: str, change: Change) -> State | None:
        import sqlite3  # loaded by _connection already

        connection = self._connection()
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise InvalidInputError("checkpoint", f"cannot use the SQLite store {self.path}: {exc}") from None
        try:
            try:
                row = connection.execute("SELECT state FROM export_checkpoints WHERE key = ?", (key,)).fetchone()
            except sqlite3.DatabaseError as exc:
                raise InvalidInputError("checkpoint", f"cannot read the SQLite store {self.path}: {exc}") from None
            new = change(self._state(row[0]) if row else None)
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

    def _state(self, text: object) -> State:
        try:
            state = json.loads(text) if isinstance(text, str | bytes) else None
        except (ValueError, RecursionError):
            state = None
        if not isinstance(state, dict):
            raise InvalidInputError("checkpoint", f"{self.path} is damaged: an export's state is not a JSON object")
        return state

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def _damaged(what: str) -> InvalidInputError:
    return InvalidInputError("checkpoint", f"is damaged ({what}): give another --checkpoint (or remove it)")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


#: A shard field's kind (see ``check_export_state``) and what its values may be.
_KINDS: dict[str, Callable[[object], bool]] = {
    "int": _whole,
    "bool": lambda value: isinstance(value, bool),
    "density": lambda value: value is None or _number(value),
    "cursor": lambda value: value is None or (isinstance(value, str) and 0 < len(value) <= 5000),
    "oldest": lambda value: value is None or _whole(value),
}


def check_export_state(state: Mapping[str, Any], shard_fields: Mapping[str, str]) -> None:
    """Refuse (``InvalidInputError``, param ``checkpoint``) a saved export state that this version did not write.

    Every field has its type and range, and the shards partition ``[gte, lt)``: a state that passes resumes an
    export that still writes every object once; anything else (a field missing, of the wrong type, shards that
    overlap or leave a gap) is damage, and resuming from it could skip objects. ``shard_fields`` names each shard
    field's kind (``"int"``, ``"cursor"``, ``"oldest"``, ``"bool"``, ``"density"``)."""
    for name in ("gte", "lt", "objects", "pages"):
        if not _whole(state.get(name)):
            raise _damaged(f"{name} is not a whole number >= 0")
    if not _number(state.get("started")):
        raise _damaged("started is not a time")
    if not isinstance(state.get("done"), bool):
        raise _damaged("done is not true or false")
    if not isinstance(state.get("extra", {}), dict):
        raise _damaged("extra is not an object")
    shards = state.get("shards")
    if not isinstance(shards, list):
        raise _damaged("shards is not a list")
    edge = state["gte"]
    for shard in shards:
        edge = _check_shard(shard, shard_fields, edge, state["lt"])
    if edge != max(state["gte"], state["lt"]):
        raise _damaged("the shards do not cover the export's range once each")


def _check_shard(shard: object, shard_fields: Mapping[str, str], edge: int, lt: int) -> int:
    """Check one shard, which must start at ``edge``; return where the next one must start."""
    if not isinstance(shard, dict) or set(shard) != set(shard_fields):
        raise _damaged("a shard is not an object with the fields of one")
    for name, kind in shard_fields.items():
        if not _KINDS[kind](shard[name]):
            raise _damaged(f"a shard's {name} is not what it should be")
    if shard["gte"] != edge or not shard["gte"] < shard["lt"] <= lt:
        raise _damaged("the shards do not cover the export's range once each")
    oldest = shard["oldest"]
    if oldest is not None and not shard["gte"] <= oldest < shard["lt"]:
        raise _damaged("a shard's oldest object lies outside it")
    return int(shard["lt"])


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
