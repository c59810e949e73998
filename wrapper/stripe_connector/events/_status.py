"""How many events the inbox holds in each state, per connection: one computation for ``events status`` and for
the ``stripe_connector.events.inbox`` gauge, so the CLI and the metrics never disagree.

The gauge asks for the open states only (pending, failed, dead), which the ``(state, next_attempt_at)`` index
answers without reading the done events (the bulk of an old inbox); ``events status`` asks for all four.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ._store import STATES, InboxStore, State

#: The states an operator watches: waiting to be handed on, failing, and given up on.
OPEN_STATES: tuple[State, ...] = ("pending", "failed", "dead")


@attrs.frozen
class InboxStatus:
    """Counts by state (every state asked for, 0 when none) and the same per connection (``""``: the single one)."""

    counts: dict[str, int]
    connections: dict[str, dict[str, int]]


def inbox_status(store: InboxStore, states: Sequence[State] = STATES) -> InboxStatus:
    """The counts of ``store``'s events in ``states``, in total and per connection that has any."""
    found = store.state_counts(states)
    counts: dict[str, int] = dict.fromkeys(states, 0)
    connections: dict[str, dict[str, int]] = {}
    for (connection, state), count in sorted(found.items()):
        counts[state] += count
        connections.setdefault(connection, dict.fromkeys(states, 0))[state] = count
    return InboxStatus(counts, connections)


def open_counts(store: InboxStore) -> Mapping[str, Mapping[str, int]]:
    """``{connection: {state: count}}`` of the open states: what the inbox gauge reports."""
    return inbox_status(store, OPEN_STATES).connections


def watch_store(store: InboxStore) -> None:
    """Put ``store`` on the inbox gauge (the dispatcher and the receiver call this; nothing without a meter)."""
    from ..telemetry._events import watch_inbox

    watch_inbox(store, getattr(store, "url_scheme", "other"), open_counts)
