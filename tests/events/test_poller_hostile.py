"""Pages of /v1/events that cannot be continued from: the poller stops with a ``StripeResponseError`` before its
cursor moves, so nothing it skipped is lost (sync and async), and the next round reads the window again.

The connector is a scripted stand-in (the poller only calls ``raw_request``): each test says what every page is.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector.errors import StripeResponseError
from stripe_connector.events import AsyncEventPoller, EventPoller, InboxStore, open_store

NOW = 1_800_000_000


def event(number: int, created: int | None = None) -> dict[str, Any]:
    return {"id": f"evt_{number:06d}", "object": "event", "type": "invoice.paid", "livemode": False,
            "created": NOW - 1000 + number if created is None else created,
            "data": {"object": {"id": f"in_{number}", "object": "invoice"}}}  # fmt: skip


class Script:
    """Answers ``raw_request`` with the pages given, in order; records the queries."""

    def __init__(self, pages: list[Any]) -> None:
        self.pages = list(pages)
        self.queries: list[dict[str, Any]] = []

    def call(self, tool: str, request: dict[str, Any]) -> Any:
        assert tool == "raw_request" and request["path"] == "/v1/events"
        self.queries.append(request["query"])
        return self.pages.pop(0)


class AsyncScript(Script):
    async def call(self, tool: str, request: dict[str, Any]) -> Any:
        await asyncio.sleep(0)
        return Script.call(self, tool, request)


def poll(store: InboxStore, pages: list[Any], *, use_async: bool = False) -> Any:
    if use_async:
        poller = AsyncEventPoller(AsyncScript(pages), store, clock=lambda: NOW)  # type: ignore[arg-type]
        return asyncio.run(poller.poll_once())
    return EventPoller(Script(pages), store, clock=lambda: NOW).poll_once()  # type: ignore[arg-type]


UNCONTINUABLE = {
    "has_more with no data": {"object": "list", "data": [], "has_more": True},
    "has_more not a boolean": {"object": "list", "data": [event(1)], "has_more": "true"},
    "has_more missing": {"object": "list", "data": [event(1)]},
    "data not a list": {"object": "list", "data": {"0": event(1)}, "has_more": False},
    "an item that is a list": {"object": "list", "data": [event(1), [1, 2]], "has_more": False},
    "an item that is a number": {"object": "list", "data": [7], "has_more": True},
    "an item that is a string": {"object": "list", "data": ["evt_1"], "has_more": False},
    "an item that is null": {"object": "list", "data": [None], "has_more": False},
    "an item that is not an event": {
        "object": "list",
        "has_more": False,
        "data": [{"id": "cus_1", "object": "customer"}],
    },
    "not an object at all": [event(1)],
}


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("page", UNCONTINUABLE.values(), ids=UNCONTINUABLE.keys())
def test_a_page_that_cannot_continue_stops_the_round_before_the_cursor_moves(
    inbox: InboxStore, page: Any, use_async: bool
) -> None:
    first = {"object": "list", "data": [event(3), event(2)], "has_more": True}
    with pytest.raises(StripeResponseError):
        poll(inbox, [first, page], use_async=use_async)
    assert inbox.get_cursor("default") is None  # the window will be read again
    assert inbox.counts()["pending"] == 2  # what the first page held is kept (a repeat is dropped next time)
    # The next round, from an honest server, reads the whole window and loses nothing.
    honest = {"object": "list", "data": [event(n) for n in (5, 4, 3, 2, 1)], "has_more": False}
    result = poll(inbox, [honest], use_async=use_async)
    assert (result.read, result.added) == (5, 3)
    assert inbox.get_cursor("default").created == NOW - 10  # type: ignore[union-attr]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_empty_last_page_ends_the_window(inbox: InboxStore, use_async: bool) -> None:
    pages = [{"object": "list", "data": [event(2), event(1)], "has_more": True},
             {"object": "list", "data": [], "has_more": False}]  # fmt: skip
    result = poll(inbox, pages, use_async=use_async)
    assert (result.read, result.added, result.pages) == (2, 2, 2)
    assert inbox.get_cursor("default") is not None


def test_the_next_page_starts_after_the_last_event_of_the_page_as_stripe_sent_it(inbox: InboxStore) -> None:
    script = Script([{"object": "list", "data": [event(9), event(8)], "has_more": True},
                     {"object": "list", "data": [event(7)], "has_more": False}])  # fmt: skip
    EventPoller(script, inbox, clock=lambda: NOW).poll_once()  # type: ignore[arg-type]
    assert [q.get("starting_after") for q in script.queries] == [None, "evt_000008"]


_item = st.one_of(
    st.builds(event, st.integers(1, 999)),
    st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["id", "object", "type", "created", "data"]), st.integers() | st.text(max_size=4),
                    max_size=5),
)  # fmt: skip
_page = st.fixed_dictionaries(
    {"data": st.lists(_item, max_size=4) | st.none() | st.text(max_size=3)},
    optional={"has_more": st.booleans() | st.none() | st.integers(0, 1), "object": st.just("list")},
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages=st.lists(_page, min_size=1, max_size=4))
def test_any_answer_is_read_whole_or_refused_typed_and_the_cursor_moves_only_after_a_whole_window(
    tmp_path_factory: pytest.TempPathFactory, pages: list[dict[str, Any]]
) -> None:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('inbox')}/inbox.db")
    try:
        try:
            result = poll(store, [*pages, *([{"data": [], "has_more": False}] * 4)])
        except StripeResponseError:
            assert store.get_cursor("default") is None
            return
        except IndexError:  # the script ran out: the poller kept asking, so every page said has_more
            assert store.get_cursor("default") is None
            return
        # Read to its end: every page but the last said has_more, every item was an event.
        assert store.get_cursor("default").created == result.cursor  # type: ignore[union-attr]
        events = [item for page in pages[: result.pages] for item in page["data"]]
        assert result.read == len(events)
        assert store.counts()["pending"] == len({item["id"] for item in events})
    finally:
        store.close()
