"""Opening an inbox store by URL (apart from ``_store``, which the stores themselves import)."""

from __future__ import annotations

from ..errors import InvalidInputError
from ._store import InboxStore


def open_store(url: str) -> InboxStore:
    """The store a URL names: ``sqlite:///relative/or//absolute/path.db`` or ``postgresql://user@host/db``.

    The PostgreSQL store needs psycopg 3 (the ``events`` extra); it is imported only here, when asked for.
    """
    if not isinstance(url, str) or not url:
        raise InvalidInputError("store", "must be a URL like sqlite:///events.db or postgresql://host/db")
    if url.startswith("sqlite:///"):
        from ._sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"))
    if url.startswith(("postgresql://", "postgres://")):
        from ._postgres import PostgresStore

        return PostgresStore(url)
    scheme = url.split(":", 1)[0][:20]
    raise InvalidInputError("store", f"unknown store scheme {scheme!r}: use sqlite:///PATH or postgresql://...")
