"""The inbox's ``trace_parent`` column: an inbox made before it (with connections and claim owners, as the previous
release made it) gains it when a store opens it, on SQLite and PostgreSQL, its rows kept and read as None; only a
W3C ``traceparent`` is ever stored there; and ``state_counts`` counts by connection and state."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import InboxStore, open_store
from stripe_connector.events._event import parse_event

from tests.support.events_support import event_body

PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
#: The events table as the release before the column made it (and the cursors table, unchanged since).
_PREVIOUS = [
    "CREATE TABLE stripe_connector_events (seq {seq}, account TEXT NOT NULL, event_id TEXT NOT NULL, "
    "type TEXT NOT NULL, created BIGINT NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL, "
    "attempts INTEGER NOT NULL, last_error TEXT, received_at {real} NOT NULL, next_attempt_at {real}, "
    "lease_until {real}, handed_at {real}, "
    "payload {blob} NOT NULL, connection TEXT NOT NULL DEFAULT '', lease_owner TEXT)",
    "CREATE TABLE stripe_connector_event_cursors (name TEXT NOT NULL, created BIGINT NOT NULL, "
    "updated_at {real} NOT NULL, connection TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX stripe_connector_events_key ON stripe_connector_events (connection, account, event_id)",
    "CREATE UNIQUE INDEX stripe_connector_event_cursors_key ON stripe_connector_event_cursors (connection, name)",
]
_ROW = ("INSERT INTO stripe_connector_events (account, event_id, type, created, source, state, attempts, received_at, "
        "next_attempt_at, payload, connection) VALUES ({marks})")  # fmt: skip


def _previous_inbox(url: str) -> None:
    """The previous release's tables at ``url``, holding one pending event."""
    body = event_body(1)
    row = ("", "evt_test_00000001", "payment_intent.succeeded", 1, "webhook", "pending", 0, 1.0, 1.0, body, "conn_a")
    if url.startswith("sqlite:///"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        for statement in _PREVIOUS:
            db.execute(statement.format(seq="INTEGER PRIMARY KEY AUTOINCREMENT", real="REAL", blob="BLOB"))
        db.execute(_ROW.format(marks=", ".join("?" * len(row))), row)
        db.commit()
        db.close()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as server:
        for statement in _PREVIOUS:
            server.execute(statement.format(seq="BIGSERIAL", real="DOUBLE PRECISION", blob="BYTEA"))
        server.execute(_ROW.format(marks=", ".join(["%s"] * len(row))), row)


def test_an_inbox_from_before_the_column_gains_it_in_place(store_url: str) -> None:
    _previous_inbox(store_url)
    store = open_store(store_url)
    try:
        old = store.get("", "evt_test_00000001", connection="conn_a")
        assert old is not None and old.state == "pending" and old.trace_parent is None
        body = event_body(2)
        assert store.add(parse_event(body), body, trace_parent=PARENT) is True
        claimed = {item.event_id: item.trace_parent for item in store.claim(limit=10, lease_seconds=30)}
        assert claimed == {"evt_test_00000001": None, "evt_test_00000002": PARENT}
    finally:
        store.close()
    again = open_store(store_url)  # opening it again changes nothing
    try:
        assert again.counts()["pending"] == 2
        assert again.get("", "evt_test_00000002").trace_parent == PARENT  # type: ignore[union-attr]
    finally:
        again.close()


@pytest.mark.parametrize(
    "given",
    [None, "", "not a traceparent", PARENT.upper(), PARENT + "-extra", "01" + PARENT[2:], 42, "sk_test_secret"],
)
def test_only_a_w3c_traceparent_is_stored(store: InboxStore, given: Any) -> None:
    body = event_body(3)
    store.add_many([(parse_event(body), body, "webhook")], trace_parents=[given])
    assert store.get("", "evt_test_00000003").trace_parent is None  # type: ignore[union-attr]


def test_trace_parents_go_with_their_events_in_a_batch(store: InboxStore) -> None:
    bodies = [event_body(n) for n in (4, 5, 6)]
    other = PARENT.replace("b7ad", "c8be")
    store.add_many([(parse_event(b), b, "webhook") for b in bodies], trace_parents=[PARENT, None, other])
    found = {n: store.get("", f"evt_test_{n:08d}").trace_parent for n in (4, 5, 6)}  # type: ignore[union-attr]
    assert found == {4: PARENT, 5: None, 6: other}


def test_state_counts_by_connection(store: InboxStore) -> None:
    for number, connection in ((7, ""), (8, "conn_a"), (9, "conn_a")):
        body = event_body(number)
        store.add(parse_event(body, connection=connection), body)
    store.mark_done("", "evt_test_00000008", connection="conn_a")
    assert store.state_counts() == {("", "pending"): 1, ("conn_a", "pending"): 1, ("conn_a", "done"): 1}
    assert store.state_counts(("dead", "done")) == {("conn_a", "done"): 1}
    with pytest.raises(InvalidInputError, match="states"):
        store.state_counts(("pending", "lost"))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="states"):
        store.state_counts(())
