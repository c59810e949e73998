"""The inbox for many machines: PostgreSQL through psycopg 3 (the ``events`` extra).

Receivers on several machines insert into one table (the primary key makes a repeat a no-op, whichever machine it
reaches), and dispatchers claim with ``FOR UPDATE SKIP LOCKED``: two never take the same event, neither waits for
the other. Leases are set and compared by the server's clock, so machines whose clocks disagree share them safely.
Each store holds one connection; a lock serialises its use between the threads of one process.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from typing import Any

from ..errors import InvalidInputError
from ._sql import INDEXES, POSTGRES_UPGRADE, SqlInbox, add_columns, tables

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def redact_url(url: str) -> str:
    """The URL without its password, for reprs and errors."""
    return _PASSWORD.sub(r"\1<redacted>@", url)


class PostgresStore(SqlInbox):
    """The inbox in the PostgreSQL database at ``url`` (tables created if missing)."""

    url_scheme = "postgresql"
    _lock_clause = " FOR UPDATE SKIP LOCKED"

    def __init__(self, url: str) -> None:
        super().__init__()
        import psycopg

        self._url = url
        self._lock = threading.Lock()
        try:
            self._db: Any = self._connect()
        except psycopg.Error as exc:
            message = redact_url(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
            raise InvalidInputError("store", f"cannot connect to {redact_url(url)}: {message}") from None
        with self._transaction() as cur:
            # Two stores creating the tables at once would race on the catalogue: serialise with an advisory lock.
            cur.execute("SELECT pg_advisory_xact_lock(4242019)")
            for statement in [*tables(seq="BIGSERIAL", blob="BYTEA", real="DOUBLE PRECISION"), *POSTGRES_UPGRADE,
                              *INDEXES]:  # fmt: skip
                cur.execute(statement)
            add_columns(cur, set(), if_not_exists="IF NOT EXISTS ")

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self._url)!r})"

    def _sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    def _clock(self, cur: Any) -> float:
        cur.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())")
        return float(cur.fetchone()[0])

    def _connect(self) -> Any:
        import psycopg

        connection = psycopg.connect(self._url, autocommit=True, connect_timeout=10)
        # A stored event is acknowledged only once its commit is on disk: whatever the server's default, this
        # session's commits wait for the flush (``synchronous_commit = off`` would lose acknowledged events).
        connection.execute("SET synchronous_commit TO on")
        return connection

    @contextlib.contextmanager
    def _transaction(self, *, durable: bool = False) -> Iterator[Any]:
        """A transaction on the store's connection; a connection the server dropped (a restart, a failover) is
        replaced by a new one at the next transaction, so the inbox recovers without restarting the receiver.
        The transaction that met the failure raises (the receiver answers 503 and Stripe delivers again)."""
        with self._lock:
            if self._db.closed or self._db.broken:
                self._db = self._connect()
            with self._db.transaction(), self._db.cursor() as cur:
                yield cur

    def close(self) -> None:
        with self._lock:
            self._db.close()
