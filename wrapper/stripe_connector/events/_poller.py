"""Catching up from ``/v1/events``: whatever the webhooks missed, into the same inbox with the same dedupe.

Each round reads one *window* of creation times, ``(cursor, now - lag]``, page after page (``created[gt]``,
``created[lte]``, ``starting_after``), and stores each page in one transaction; an event already received by
webhook is a repeat and stores nothing. The cursor (kept in the store) moves to the window's end only when the
whole window was read, so a crash re-reads that window and the inbox drops the repeats. The newest seconds of
``/v1/events`` are not final (eventual consistency), so the window ends ``lag`` seconds ago.

Stripe keeps events 30 days: a cursor older than that has lost events for good. ``on_expired="error"`` raises
:class:`EventCursorExpiredError`; ``"restart"`` (the default) reads from the oldest retained event and says so in
the result's ``warnings``; a cursor older than 29 days gets a warning first. A poller without a cursor starts at
the oldest retained event.

Many connections: a poller per connection (``connection="conn_a"``, with that connection's connector) stores its
events under that connection and keeps its own cursor in the same inbox, keyed by the connection id; the webhook
receiver's events of that connection and the poller's are one set (the same dedupe).

Gaps: Stripe lists newest first, so within a window the pages come newest first (each page is stored oldest
first); no order is promised across a window, as with webhooks. localstripe lists oldest first, has no
``ending_before`` (which this design does not need) and filters by one ``type`` only (``types[]`` is Stripe's).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._request.connection_id import SINGLE, check_connection_id
from ..errors import InvalidInputError, StripeConnectorError, StripeResponseError
from ._event import Event, parse_event
from ._store import InboxStore, Source

#: A window that holds more pages than this is read by the export engine (``_catchup``; kept here so that a poller
#: that never falls behind does not import it).
CATCH_UP_PAGES = 3

if TYPE_CHECKING:
    from .._clients.async_client import AsyncStripeConnector
    from .._clients.sync_client import StripeConnector
    from ._catchup import CatchUp

logger = logging.getLogger("stripe_connector.events")

RETENTION_SECONDS = 30 * 86400
WARN_AGE_SECONDS = 29 * 86400
PAGE_LIMIT = 100


class EventCursorExpiredError(StripeConnectorError):
    """The poller's cursor is older than Stripe's 30-day retention of ``/v1/events``: events may be lost."""

    def __init__(self, cursor: str, created: int) -> None:
        self.cursor = cursor
        self.created = created
        super().__init__(
            f"cursor {cursor!r} stopped at {created}, older than Stripe's 30-day event retention: events between "
            "then and the oldest retained one are gone; restart with on_expired='restart' (--on-expired restart)"
        )


@attrs.frozen
class PollResult:
    read: int
    added: int
    pages: int
    cursor: int
    restarted: bool = False
    warnings: tuple[str, ...] = ()


@attrs.frozen
class _Window:
    after: int
    until: int
    restarted: bool
    warnings: tuple[str, ...]


class _PollerBase:
    def __init__(
        self,
        store: InboxStore,
        *,
        types: Sequence[str] | None = None,
        lag: int = 10,
        cursor: str = "default",
        on_expired: Literal["restart", "error"] = "restart",
        page_size: int = PAGE_LIMIT,
        clock: Callable[[], float] = time.time,
        connection: str = SINGLE,
        catch_up_pages: int | None = None,
        spool_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        self.connection = check_connection_id(connection)
        pages = CATCH_UP_PAGES if catch_up_pages is None else catch_up_pages
        if isinstance(pages, bool) or not isinstance(pages, int) or pages < 0:
            raise InvalidInputError("catch_up_pages", "must be a whole number of pages >= 0 (0: never)")
        #: A window that holds more pages than this is read by the export engine (0: never).
        self.catch_up_pages = pages
        self.spool_dir = spool_dir
        if isinstance(lag, bool) or not isinstance(lag, int) or lag < 0:
            raise InvalidInputError("lag", "must be a whole number of seconds >= 0")
        if on_expired not in ("restart", "error"):
            raise InvalidInputError("on_expired", "must be 'restart' or 'error'")
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise InvalidInputError("page_size", "must be 1..100")
        if types is not None and (isinstance(types, str) or not all(isinstance(t, str) and t for t in types)):
            raise InvalidInputError("types", "must be a list of event types")
        self.store = store
        self.types = list(types) if types else None
        self.lag = lag
        self.cursor = cursor
        self.on_expired = on_expired
        self.page_size = page_size
        self.clock = clock

    def _window(self) -> _Window:
        now = int(self.clock())
        oldest = now - RETENTION_SECONDS
        stored = self.store.get_cursor(self.cursor, connection=self.connection)
        warnings: list[str] = []
        restarted = False
        if stored is None:
            after = oldest
        elif stored.created < oldest:
            if self.on_expired == "error":
                raise EventCursorExpiredError(self.cursor, stored.created)
            warnings.append(f"cursor {self.cursor!r} ({stored.created}) aged out of the 30-day retention: events "
                            f"before {oldest} may be lost; restarting from the oldest retained event")  # fmt: skip
            after, restarted = oldest, True
        else:
            after = stored.created
            if stored.created < now - WARN_AGE_SECONDS:
                warnings.append(f"cursor {self.cursor!r} is older than 29 days: poll now or events will age out")
        for warning in warnings:
            logger.warning("%s", warning)
        return _Window(after, max(after, now - self.lag), restarted, tuple(warnings))

    def _catch_up_for(self, connector: StripeConnector | AsyncStripeConnector) -> CatchUp | None:
        """The catch-up of this poller's cursor (its spool directory found again after a restart); None when
        ``catch_up_pages`` is 0."""
        if not self.catch_up_pages:
            return None
        from ._catchup import CatchUp, spool_dir

        directory = spool_dir(connector, self.store, self.cursor, self.spool_dir, self.connection)
        return CatchUp(connector, self.store, self.cursor, directory, self.types, self.connection)

    def _query(self, window: _Window, starting_after: str | None) -> dict[str, Any]:
        query: dict[str, Any] = {"limit": self.page_size, "created": {"gt": window.after, "lte": window.until}}
        if self.types and len(self.types) == 1:
            query["type"] = self.types[0]
        elif self.types:
            query["types"] = self.types
        if starting_after:
            query["starting_after"] = starting_after
        return query

    def _page(self, answer: Mapping[str, Any], seen: set[str]) -> tuple[list[tuple[Event, bytes, Source]], str | None]:
        """The events of a page (oldest first) and the cursor of the next page (None when this was the last).

        A page that cannot be continued from (``has_more`` with no events, an item that is not an event, no cursor)
        is a :class:`StripeResponseError`: the round stops before the cursor moves, so the window is read again."""
        if not isinstance(answer, Mapping):
            raise StripeResponseError("/v1/events answered something that is not a list object")
        data, has_more = answer.get("data"), answer.get("has_more")
        if not isinstance(data, list):
            raise StripeResponseError("/v1/events answered without a data list")
        if not isinstance(has_more, bool):
            raise StripeResponseError("/v1/events answered without a boolean has_more: cannot tell if it ended")
        if has_more and not data:
            raise StripeResponseError("/v1/events says has_more with no events: nothing to continue after")
        items: list[tuple[Event, bytes, Source]] = []
        for raw in data:
            if not isinstance(raw, dict):
                raise StripeResponseError(f"/v1/events answered a {type(raw).__name__} where an event belongs")
            try:
                event = parse_event(raw, connection=self.connection)
            except InvalidInputError as exc:
                raise StripeResponseError(f"/v1/events answered something that is not an event: {exc}") from None
            items.append((event, json.dumps(raw, separators=(",", ":")).encode(), "poll"))
        items.sort(key=lambda item: (item[0].created, item[0].id))
        if not has_more:
            return items, None
        last = data[-1]["id"]
        if last in seen:
            raise StripeResponseError("/v1/events repeated a page: stopping")
        seen.add(last)
        return items, str(last)


class _Round:
    """One window's reading, shared by the sync and async pollers (they only differ in how they wait)."""

    def __init__(self, poller: _PollerBase, window: _Window) -> None:
        self.poller = poller
        self.window = window
        self.read = self.added = self.pages = 0
        self.starting_after: str | None = None
        self.seen: set[str] = set()
        self.done = window.until <= window.after
        #: The first pages, held while the window may turn out long enough for a catch-up (which hands them in).
        self.held: list[tuple[Event, bytes, Source]] = []
        self.held_raw: list[Any] = []

    def request(self) -> dict[str, Any] | None:
        """The next page's ``raw_request`` arguments, or None when the window has been read to its end."""
        if self.done:
            return None
        return {"method": "GET", "path": "/v1/events", "query": self.poller._query(self.window, self.starting_after)}

    def take(self, answer: Mapping[str, Any]) -> list[tuple[Event, bytes, Source]]:
        """The events of a page to store now (none while they are held for a catch-up); moves to the next page."""
        self.pages += 1
        items, self.starting_after = self.poller._page(answer, self.seen)
        self.read += len(items)
        self.done = self.starting_after is None
        if not self.poller.catch_up_pages:
            return items
        self.held += items
        self.held_raw += answer["data"]
        return []

    def far_behind(self) -> bool:
        """Whether the window holds more pages than ``catch_up_pages``: it is read by the catch-up instead."""
        return bool(self.poller.catch_up_pages) and self.pages >= self.poller.catch_up_pages

    def rest(self) -> list[tuple[Event, bytes, Source]]:
        """The held events, oldest first: stored when the window ends (or what was read before a failure)."""
        return sorted(self.held, key=lambda item: (item[0].created, item[0].id))

    def result(self) -> PollResult:
        window = self.window
        return PollResult(self.read, self.added, self.pages, window.until, window.restarted, window.warnings)


class EventPoller(_PollerBase):
    """Catch up from ``/v1/events`` into ``store`` through a :class:`~stripe_connector.StripeConnector`.

    ``catch_up_pages`` (default 3; 0: never): a window that holds more pages than this is read at the rate bound
    by the export engine and handed in in ``created`` order (``events._catchup``), through a spool under
    ``spool_dir`` (default: the temporary directory)."""

    def __init__(self, connector: StripeConnector, store: InboxStore, **options: Any) -> None:
        super().__init__(store, **options)
        self.connector = connector

    def poll_once(self) -> PollResult:
        """Read one window to its end, store what is new, then move the cursor."""
        round_ = _Round(self, self._window())
        if round_.done:
            return round_.result()
        catch_up = self._catch_up_for(self.connector)
        if catch_up is not None and catch_up.pending():
            return _caught_up(round_, catch_up.run(round_.window.after, round_.window.until), catch_up)
        while (request := round_.request()) is not None:
            if catch_up is not None and round_.far_behind():
                done = catch_up.run(round_.window.after, round_.window.until, round_.held_raw)
                return _caught_up(round_, done, catch_up)
            try:
                items = round_.take(self.connector.call("raw_request", request))
            except StripeConnectorError:
                self.store.add_many(round_.rest())  # what was read is kept (a repeat is dropped next time)
                raise
            if items:
                round_.added += sum(self.store.add_many(items))
        round_.added += sum(self.store.add_many(round_.rest()))
        self.store.set_cursor(self.cursor, round_.window.until, connection=self.connection)
        return round_.result()


class AsyncEventPoller(_PollerBase):
    """:class:`EventPoller` for an :class:`~stripe_connector.AsyncStripeConnector` (the store runs in a thread),
    with the same catch-up (``catch_up_pages``, ``spool_dir``), read by the asyncio export engine."""

    def __init__(self, connector: AsyncStripeConnector, store: InboxStore, **options: Any) -> None:
        super().__init__(store, **options)
        self.connector = connector

    async def poll_once(self) -> PollResult:
        round_ = _Round(self, await asyncio.to_thread(self._window))
        if round_.done:
            return round_.result()
        catch_up = self._catch_up_for(self.connector)
        if catch_up is not None and await asyncio.to_thread(catch_up.pending):
            return _caught_up(round_, await catch_up.arun(round_.window.after, round_.window.until), catch_up)
        while (request := round_.request()) is not None:
            if catch_up is not None and round_.far_behind():
                done = await catch_up.arun(round_.window.after, round_.window.until, round_.held_raw)
                return _caught_up(round_, done, catch_up)
            try:
                items = round_.take(await self.connector.call("raw_request", request))
            except StripeConnectorError:
                await asyncio.to_thread(self.store.add_many, round_.rest())
                raise
            if items:
                round_.added += sum(await asyncio.to_thread(self.store.add_many, items))
        round_.added += sum(await asyncio.to_thread(self.store.add_many, round_.rest()))
        await asyncio.to_thread(self.store.set_cursor, self.cursor, round_.window.until, connection=self.connection)
        return round_.result()


def _caught_up(round_: _Round, done: tuple[int, int, int], catch_up: CatchUp) -> PollResult:
    """A round's result after its window went through the catch-up: (events read, added, pages) and its end."""
    read, added, pages = done
    window = round_.window
    return PollResult(read, added, pages, catch_up.last_until, window.restarted, window.warnings)
