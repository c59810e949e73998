"""The inbox: where an event is made durable before the receiver answers 2xx, and what each one's state is.

An event is stored once per ``(connection, account, id)``; a repeat is recognised and not stored again. The
connection is the platform's connection it arrived through (``""`` for a receiver of one connection): the same
event reaching two connections is stored for each, and handed on with its connection. Each stored event has a
state: ``pending`` (to hand on), ``done`` (handed on), ``failed`` (the last hand-off raised; retried at
``next_attempt_at``) or ``dead`` (failed ``max_attempts`` times; waits for a person to :meth:`InboxStore.replay`).
A dispatcher *claims* events with a lease before handing them on, so two dispatchers never hand on the same event
at once; a lease that runs out (its dispatcher died) makes the event claimable again: at-least-once, from the store.
Each claim names its dispatcher (an owner token), and the dispatcher's state writes are fenced by it: renewing,
``done`` and ``failed`` land only while the claim is still its own, so a dispatcher that lost a lease never writes
over the state of the one that claimed the event after it.

The poller's cursors live in the same store (one per connection and name), so one backup holds both. Two
implementations, chosen by URL (:func:`open_store`): ``sqlite:///path`` (one file, WAL, the embedded default) and
``postgresql://...`` (many machines, psycopg 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

import attrs

from .._request.connection_id import SINGLE, check_connection_id
from ..errors import InvalidInputError
from ._event import Event, parse_event

State = Literal["pending", "done", "failed", "dead"]
STATES: tuple[State, ...] = ("pending", "done", "failed", "dead")
Source = Literal["webhook", "poll"]


@attrs.frozen
class StoredEvent:
    """An event in the inbox, with its hand-off state."""

    account: str
    event_id: str
    type: str
    created: int
    source: str
    state: str
    attempts: int
    last_error: str | None
    received_at: float
    next_attempt_at: float | None
    payload: bytes = attrs.field(repr=False)
    #: The connection it arrived through (``""``: the single connection); handlers read it here.
    connection: str = SINGLE
    #: The W3C ``traceparent`` of the delivery that stored it (the hand-off's span links to it); None when no
    #: tracer was configured, for a polled event, and for events stored before the column existed.
    trace_parent: str | None = attrs.field(default=None, repr=False)

    @property
    def event(self) -> Event:
        return parse_event(self.payload, connection=self.connection)


@attrs.frozen
class Cursor:
    """Where the poller stopped: every event created at or before ``created`` was read."""

    name: str
    created: int
    updated_at: float
    connection: str = SINGLE


class InboxStore(Protocol):
    """What the receiver, the dispatcher and the poller need from a store (see the module docstring)."""

    url_scheme: str

    def add(self, event: Event, payload: bytes, source: Source = "webhook", *, trace_parent: str | None = None) -> bool:
        """Store ``event`` durably; True if it is new, False if ``(event.connection, account, id)`` was there.
        ``trace_parent``: the delivery's W3C ``traceparent`` (anything else is stored as None)."""
        ...

    def add_many(
        self, items: Sequence[tuple[Event, bytes, Source]], *, trace_parents: Sequence[str | None] | None = None
    ) -> list[bool]:
        """:meth:`add` for several events in one transaction (one disk flush); one bool per item, in order;
        ``trace_parents``, when given, one per item."""
        ...

    def claim(
        self, *, limit: int, lease_seconds: float, now: float | None = None, owner: str | None = None
    ) -> list[StoredEvent]:
        """Up to ``limit`` events due for a hand-off (pending, or failed and due), oldest received first, leased
        (to ``owner``, a token of the claiming dispatcher, so that it can renew the leases while it works)."""
        ...

    def renew_leases(
        self, owner: str, keys: Sequence[tuple[str, str, str]], lease_seconds: float, now: float | None = None
    ) -> set[tuple[str, str, str]]:
        """Extend ``owner``'s leases on ``keys`` (``(connection, account, id)``) to ``lease_seconds`` from now; return
        the keys it still holds (a lease that ran out and was claimed by another dispatcher is no longer its)."""
        ...

    def mark_done(self, account: str, event_id: str, *, connection: str = SINGLE, owner: str | None = None) -> bool:
        """Record a hand-off that succeeded; True if it was written. With ``owner`` (the token it was claimed with)
        only while the claim is still that owner's: a late outcome never overwrites the next owner's."""
        ...

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
        """Record a failed hand-off; ``retry_at`` None makes it ``dead`` (no more automatic attempts). True if it was
        written; ``owner`` fences it as in :meth:`mark_done`."""
        ...

    def replay(self, account: str, event_id: str, *, connection: str = SINGLE) -> bool:
        """Make an event ``pending`` again with its attempts reset (after a fix); False if it is not stored."""
        ...

    def release_leases(self, owner: str | None = None, *, keep: Sequence[tuple[str, str, str]] = ()) -> int:
        """Drop ``owner``'s leases but those on ``keep`` (a dispatcher stopping cleanly: its claims are due again at
        once, but for the events its overdue handlers still hold), or with None every lease (a person's recovery
        tool: a live dispatcher's claims would be handed on a second time). How many were dropped."""
        ...

    def get(self, account: str, event_id: str, *, connection: str = SINGLE) -> StoredEvent | None: ...

    def list(self, state: State | None = None, *, limit: int = 100) -> list[StoredEvent]: ...

    def counts(self) -> dict[str, int]: ...

    def state_counts(self, states: Sequence[State] = STATES) -> dict[tuple[str, str], int]:
        """``{(connection, state): count}`` of the events in ``states`` (``events._status`` sums it)."""
        ...

    def get_cursor(self, name: str, *, connection: str = SINGLE) -> Cursor | None: ...

    def set_cursor(self, name: str, created: int, *, connection: str = SINGLE) -> None: ...

    def close(self) -> None: ...


def check_key(account: str, event_id: str, connection: str = SINGLE) -> None:
    if not isinstance(account, str) or not isinstance(event_id, str) or not event_id:
        raise InvalidInputError("event_id", "an event is named by its account ('' for the platform) and its id")
    check_connection_id(connection)
