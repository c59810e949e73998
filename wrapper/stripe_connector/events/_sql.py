"""The inbox in SQL, shared by the SQLite and PostgreSQL stores: one table of events, one of cursors.

The SQL is written once with ``?`` placeholders; each store turns it into its driver's style and supplies the
transaction (SQLite: ``BEGIN IMMEDIATE`` on one connection; PostgreSQL: a transaction that claims rows with
``FOR UPDATE SKIP LOCKED``, so dispatchers on many machines share one inbox without waiting on each other).
Uniqueness is the unique index ``(connection, account, event_id)``: an insert of a repeat does nothing, and says
so. An inbox made before connections (unique by ``(account, event_id)``) is upgraded when a store opens it, in one
transaction: its events and cursors keep their ids and states and belong to the single connection ``""``.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from .._request.connection_id import SINGLE, check_connection_id
from ..errors import InvalidInputError
from ..telemetry._propagate import TRACEPARENT
from ._event import Event
from ._store import STATES, Cursor, Source, State, StoredEvent, check_key

EVENTS = "stripe_connector_events"
CURSORS = "stripe_connector_event_cursors"
_COLUMNS = (
    "account, event_id, type, created, source, state, attempts, last_error, received_at, next_attempt_at, payload, "
    "connection, trace_parent"
)
_KEY = "connection = ? AND account = ? AND event_id = ?"
#: The longest error text kept per event: enough for a traceback's last line, never a whole log.
MAX_ERROR_CHARS = 2000


class SqlInbox:
    """Everything but the connection: subclasses give ``_transaction`` (yielding a cursor) and ``_sql``."""

    url_scheme = "sql"
    #: Appended to the claim's SELECT (PostgreSQL: ``FOR UPDATE SKIP LOCKED``).
    _lock_clause = ""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    # --- what subclasses provide ------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self, *, durable: bool = False) -> Iterator[Any]:  # pragma: no cover - abstract
        """A transaction; ``durable`` ones (storing events) must reach the disk before they return. The others only
        move states: losing one to a power cut makes an event handed on again, which at-least-once allows."""
        raise NotImplementedError
        yield

    def _sql(self, statement: str) -> str:
        return statement

    def _blob(self, payload: bytes) -> Any:
        return payload

    def _clock(self, cur: Any) -> float:
        """The time leases are set and compared by: one clock for every dispatcher of the store (SQLite: this
        machine's, which every process on the file shares; PostgreSQL: the server's, so that dispatchers on machines
        whose clocks disagree never see a live lease as run out)."""
        return time.time()

    # --- the inbox ----------------------------------------------------------------------------------------------------

    def add(self, event: Event, payload: bytes, source: Source = "webhook", *, trace_parent: str | None = None) -> bool:
        return self.add_many([(event, payload, source)], trace_parents=[trace_parent])[0]

    def add_many(
        self, items: Sequence[tuple[Event, bytes, Source]], *, trace_parents: Sequence[str | None] | None = None
    ) -> list[bool]:
        if not items:
            return []
        parents = [_trace_parent(parent) for parent in trace_parents or ()] + [None] * len(items)
        now = time.time()
        insert = self._sql(
            f"INSERT INTO {EVENTS} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, 'pending', 0, NULL, ?, ?, ?, ?, ?) "
            "ON CONFLICT (connection, account, event_id) DO NOTHING"
        )
        added: list[bool] = []
        with self._transaction(durable=True) as cur:
            for (event, payload, source), parent in zip(items, parents, strict=False):
                cur.execute(
                    insert,
                    (
                        event.account,
                        event.id,
                        event.type,
                        event.created,
                        source,
                        now,
                        now,
                        self._blob(payload),
                        event.connection,
                        parent,
                    ),
                )
                added.append(cur.rowcount == 1)
        return added

    def claim(
        self, *, limit: int, lease_seconds: float, now: float | None = None, owner: str | None = None
    ) -> list[StoredEvent]:
        if limit < 1 or lease_seconds <= 0:
            raise InvalidInputError("limit", "claim needs limit >= 1 and lease_seconds > 0")
        due = time.time() if now is None else now
        select = self._sql(
            f"SELECT {_COLUMNS} FROM {EVENTS} WHERE state IN ('pending', 'failed') AND next_attempt_at <= ? "
            f"AND (lease_until IS NULL OR lease_until <= ?) ORDER BY seq LIMIT ?{self._lock_clause}"
        )
        lease = self._sql(f"UPDATE {EVENTS} SET lease_until = ?, lease_owner = ? WHERE {_KEY}")
        with self._transaction() as cur:
            current = self._clock(cur) if now is None else now
            cur.execute(select, (due, current, limit))
            rows = [_stored(row) for row in cur.fetchall()]
            for row in rows:
                cur.execute(lease, (current + lease_seconds, owner, row.connection, row.account, row.event_id))
        return rows

    def renew_leases(
        self, owner: str, keys: Sequence[tuple[str, str, str]], lease_seconds: float, now: float | None = None
    ) -> set[tuple[str, str, str]]:
        if not owner or lease_seconds <= 0:
            raise InvalidInputError("owner", "renewing leases needs the owner's token and lease_seconds > 0")
        renew = self._sql(
            f"UPDATE {EVENTS} SET lease_until = ? WHERE {_KEY} AND lease_owner = ? "
            "AND state IN ('pending', 'failed') AND lease_until IS NOT NULL"
        )
        held: set[tuple[str, str, str]] = set()
        if not keys:
            return held
        with self._transaction() as cur:
            until = (self._clock(cur) if now is None else now) + lease_seconds
            for connection, account, event_id in keys:
                cur.execute(renew, (until, connection, account, event_id, owner))
                if cur.rowcount == 1:
                    held.add((connection, account, event_id))
        return held

    def mark_done(self, account: str, event_id: str, *, connection: str = SINGLE, owner: str | None = None) -> bool:
        check_key(account, event_id, connection)
        fence, params = _fence(owner)
        return (
            self._update(
                "UPDATE {t} SET state = 'done', attempts = attempts + 1, lease_until = NULL, lease_owner = NULL, "
                "handed_at = ? WHERE " + _KEY + fence,
                (time.time(), connection, account, event_id, *params),
            )
            == 1
        )

    def mark_failed(
        self,
        account: str,
        event_id: str,
        error: str,
        *,
        retry_at: float | None,
        connection: str = SINGLE,
        owner: str | None = None,
    ) -> bool:
        check_key(account, event_id, connection)
        state = "failed" if retry_at is not None else "dead"
        fence, params = _fence(owner)
        return (
            self._update(
                "UPDATE {t} SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                "lease_until = NULL, lease_owner = NULL WHERE " + _KEY + fence,
                (state, str(error)[:MAX_ERROR_CHARS], retry_at, connection, account, event_id, *params),
            )
            == 1
        )

    def replay(self, account: str, event_id: str, *, connection: str = SINGLE) -> bool:
        check_key(account, event_id, connection)
        return (
            self._update(
                "UPDATE {t} SET state = 'pending', attempts = 0, next_attempt_at = ?, lease_until = NULL, "
                "lease_owner = NULL WHERE " + _KEY,
                (time.time(), connection, account, event_id),
            )
            == 1
        )

    def release_leases(self, owner: str | None = None, *, keep: Sequence[tuple[str, str, str]] = ()) -> int:
        fence, params = _fence(owner)
        for key in keep:
            fence += f" AND NOT ({_KEY})"
            params += tuple(key)
        return self._update(
            "UPDATE {t} SET lease_until = NULL, lease_owner = NULL WHERE lease_until IS NOT NULL" + fence, params
        )

    def get(self, account: str, event_id: str, *, connection: str = SINGLE) -> StoredEvent | None:
        check_key(account, event_id, connection)
        with self._transaction() as cur:
            cur.execute(self._sql(f"SELECT {_COLUMNS} FROM {EVENTS} WHERE {_KEY}"), (connection, account, event_id))
            row = cur.fetchone()
        return _stored(row) if row is not None else None

    def list(self, state: State | None = None, *, limit: int = 100) -> list[StoredEvent]:
        if state is not None and state not in STATES:
            raise InvalidInputError("state", f"must be one of {', '.join(STATES)}")
        where, params = ("WHERE state = ?", (state, limit)) if state else ("", (limit,))
        with self._transaction() as cur:
            cur.execute(self._sql(f"SELECT {_COLUMNS} FROM {EVENTS} {where} ORDER BY seq LIMIT ?"), params)
            return [_stored(row) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        with self._transaction() as cur:
            cur.execute(f"SELECT state, COUNT(*) FROM {EVENTS} GROUP BY state")
            found = {str(state): int(count) for state, count in cur.fetchall()}
        return {state: found.get(state, 0) for state in STATES}

    def state_counts(self, states: Sequence[State] = STATES) -> dict[tuple[str, str], int]:
        """``{(connection, state): count}`` of events in ``states`` (pairs with no event are left out); the
        ``(state, next_attempt_at)`` index serves it without reading the events in other states."""
        if not states or any(state not in STATES for state in states):
            raise InvalidInputError("states", f"must be some of {', '.join(STATES)}")
        marks = ", ".join("?" for _ in states)
        with self._transaction() as cur:
            cur.execute(
                self._sql(f"SELECT connection, state, COUNT(*) FROM {EVENTS} WHERE state IN ({marks}) "
                          "GROUP BY connection, state"),
                tuple(states),
            )  # fmt: skip
            return {(str(connection), str(state)): int(count) for connection, state, count in cur.fetchall()}

    def get_cursor(self, name: str, *, connection: str = SINGLE) -> Cursor | None:
        check_connection_id(connection)
        with self._transaction() as cur:
            cur.execute(
                self._sql(f"SELECT name, created, updated_at FROM {CURSORS} WHERE connection = ? AND name = ?"),
                (connection, name),
            )
            row = cur.fetchone()
        return Cursor(str(row[0]), int(row[1]), float(row[2]), connection) if row is not None else None

    def set_cursor(self, name: str, created: int, *, connection: str = SINGLE) -> None:
        check_connection_id(connection)
        with self._transaction() as cur:
            cur.execute(
                self._sql(
                    f"INSERT INTO {CURSORS} (connection, name, created, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT "
                    "(connection, name) DO UPDATE SET created = excluded.created, updated_at = excluded.updated_at"
                ),
                (connection, name, int(created), time.time()),
            )

    def _update(self, statement: str, params: tuple[Any, ...]) -> int:
        with self._transaction() as cur:
            cur.execute(self._sql(statement.format(t=EVENTS)), params)
            return int(cur.rowcount)


def _stored(row: Sequence[Any]) -> StoredEvent:
    return StoredEvent(
        account=str(row[0]),
        event_id=str(row[1]),
        type=str(row[2]),
        created=int(row[3]),
        source=str(row[4]),
        state=str(row[5]),
        attempts=int(row[6]),
        last_error=row[7],
        received_at=float(row[8]),
        next_attempt_at=float(row[9]) if row[9] is not None else None,
        payload=bytes(row[10]),
        connection=str(row[11]),
        trace_parent=row[12],
    )


def _fence(owner: str | None) -> tuple[str, tuple[str, ...]]:
    """The condition that makes a state write land only on a claim that is still ``owner``'s (none for None)."""
    if owner is None:
        return "", ()
    if not isinstance(owner, str) or not owner:
        raise InvalidInputError("owner", "a claim's owner is the non-empty token its dispatcher claimed with")
    return " AND lease_owner = ?", (owner,)


def _trace_parent(value: object) -> str | None:
    """What is stored as an event's trace context: a W3C ``traceparent`` and nothing else."""
    return value if isinstance(value, str) and TRACEPARENT.fullmatch(value) else None


#: Columns added to the events table after it was first made: a table made before gets them when a store opens
#: it (``ALTER TABLE ... ADD COLUMN``, nullable: existing rows read None). ``lease_owner``: claims name their owner
#: (``SqlInbox.renew_leases``); ``trace_parent``: the delivery's W3C trace context (``telemetry._events``).
ADDED_COLUMNS = ("lease_owner", "trace_parent")


def add_columns(cur: Any, present: set[str], *, if_not_exists: str = "") -> None:
    """Add each of :data:`ADDED_COLUMNS` that ``present`` lacks (PostgreSQL passes ``IF NOT EXISTS``)."""
    for column in ADDED_COLUMNS:
        if column not in present:
            cur.execute(f"ALTER TABLE {EVENTS} ADD COLUMN {if_not_exists}{column} TEXT")


def tables(*, seq: str, blob: str, real: str) -> list[str]:
    """The tables, in the dialect's words for an auto-increment key, bytes and floating point."""
    return [
        f"CREATE TABLE IF NOT EXISTS {EVENTS} (seq {seq}, account TEXT NOT NULL, event_id TEXT NOT NULL, "
        f"type TEXT NOT NULL, created BIGINT NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL, "
        f"attempts INTEGER NOT NULL, last_error TEXT, received_at {real} NOT NULL, next_attempt_at {real}, "
        f"lease_until {real}, handed_at {real}, payload {blob} NOT NULL, connection TEXT NOT NULL DEFAULT '', "
        "lease_owner TEXT, trace_parent TEXT)",
        f"CREATE TABLE IF NOT EXISTS {CURSORS} (name TEXT NOT NULL, created BIGINT NOT NULL, "
        f"updated_at {real} NOT NULL, connection TEXT NOT NULL DEFAULT '')",
    ]


#: The indexes, created after the tables (and after an upgrade has added the ``connection`` columns).
INDEXES = [
    f"CREATE UNIQUE INDEX IF NOT EXISTS {EVENTS}_key ON {EVENTS} (connection, account, event_id)",
    f"CREATE INDEX IF NOT EXISTS {EVENTS}_due ON {EVENTS} (state, next_attempt_at)",
    f"CREATE UNIQUE INDEX IF NOT EXISTS {CURSORS}_key ON {CURSORS} (connection, name)",
]

#: PostgreSQL's upgrade of an inbox made before connections: the column, then the old uniqueness dropped (its
#: default constraint names). Each statement is a no-op on a current inbox; they run under the schema lock.
POSTGRES_UPGRADE = [
    f"ALTER TABLE {EVENTS} ADD COLUMN IF NOT EXISTS connection TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE {EVENTS} DROP CONSTRAINT IF EXISTS {EVENTS}_account_event_id_key",
    f"ALTER TABLE {CURSORS} ADD COLUMN IF NOT EXISTS connection TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE {CURSORS} DROP CONSTRAINT IF EXISTS {CURSORS}_pkey",
]


def sqlite_upgrade(cur: Any, *, seq: str, blob: str, real: str) -> bool:
    """Rebuild an SQLite inbox made before connections (its ``UNIQUE (account, event_id)`` cannot be dropped in
    place): rename, create, copy (same ``seq``, states and payloads, connection ``""``), drop. Runs inside the
    caller's ``BEGIN IMMEDIATE``, so another process opening the file at once waits and then sees the new tables.
    True if it upgraded something."""
    upgraded = False
    for table, create in zip((EVENTS, CURSORS), tables(seq=seq, blob=blob, real=real), strict=True):
        cur.execute(f"PRAGMA table_info({table})")
        names = [row[1] for row in cur.fetchall()]
        if not names or "connection" in names:
            continue
        cur.execute(f"DROP INDEX IF EXISTS {table}_due")
        cur.execute(f"ALTER TABLE {table} RENAME TO {table}_before_connections")
        cur.execute(create)
        cur.execute(f"PRAGMA table_info({table})")
        new = {row[1] for row in cur.fetchall()}
        kept = ", ".join(name for name in names if name in new)  # every old column, not only those read today
        cur.execute(f"INSERT INTO {table} ({kept}, connection) SELECT {kept}, '' FROM {table}_before_connections")
        cur.execute(f"DROP TABLE {table}_before_connections")
        upgraded = True
    return upgraded
