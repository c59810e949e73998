"""Hostile pagination: a server that repeats a page, claims more without a way forward, or sends ``data`` of the
wrong type. The one pager (``tools.pager.Pager``) behind ``paginate``, its async twin and the CLI's ``--all`` turns each
into ``StripeResponseError`` after a bounded number of requests, and never blames the caller."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import AsyncStripeConnector, InvalidInputError, StripeConnector
from stripe_connector.errors import StripeResponseError
from stripe_connector.testing.doubles import Reply, ScriptedStripe
from stripe_connector.tools import pager as _paging
from stripe_connector.tools.pager import Pager, pagination_style

from tests.connector_defaults import NO_RETRY
from tests.support.hostile_support import run_cli
from tests.support.keys import API_KEY

#: The options of the suite's `stripe` fixture here: the first answer is the call's answer.
CONNECTOR_OPTIONS = {"retry_policy": NO_RETRY}


def page(data: Any, has_more: Any = True, **extra: Any) -> dict[str, Any]:
    return {"object": "list", "url": "/v1/customers", "has_more": has_more, "data": data, **extra}


def customers(*ids: Any) -> list[dict[str, Any]]:
    return [{"id": object_id, "object": "customer"} for object_id in ids]


def test_the_same_page_for_ever_is_an_error_after_two_requests(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json=page(customers("cus_a", "cus_b"))))
    seen = []
    with pytest.raises(StripeResponseError, match="already followed"):
        for item in stripe.paginate("list_customers", {"limit": 2}):
            seen.append(item["id"])
    assert server.count == 2
    assert seen == ["cus_a", "cus_b"]  # the first page was handed out; the repeat (duplicates) is not


def test_a_cursor_seen_earlier_in_the_walk_is_an_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(
        Reply(200, json=page(customers("cus_a"))),
        Reply(200, json=page(customers("cus_b"))),
        Reply(200, json=page(customers("cus_a"))),
    )
    with pytest.raises(StripeResponseError):
        list(stripe.paginate("list_customers"))
    assert server.count == 3


def test_a_page_ending_on_the_starting_cursor_does_not_advance(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json=page(customers("cus_start"))))
    with pytest.raises(StripeResponseError):
        list(stripe.paginate("list_customers", {"starting_after": "cus_start"}))
    assert server.count == 1


@pytest.mark.parametrize(
    "data", [{"id": "cus_a"}, 7, 1.5, "cus_abc", True, None], ids=["object", "int", "float", "string", "bool", "null"]
)
def test_data_of_the_wrong_type_is_a_response_error(stripe: StripeConnector, server: ScriptedStripe, data: Any) -> None:
    server.script(Reply(200, json=page(data, has_more=False)))
    got: list[Any] = []
    with pytest.raises(StripeResponseError, match="not a list"):
        got.extend(stripe.paginate("list_customers"))
    assert got == []  # a string is never yielded character by character


def test_a_list_answer_without_data_is_a_response_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(200, json={"object": "list", "has_more": False}))
    with pytest.raises(StripeResponseError):
        list(stripe.paginate("list_customers"))


@pytest.mark.parametrize(
    "last",
    [
        {"object": "customer"},
        {"id": 42},
        {"id": ""},
        {"id": "cus a"},
        {"id": "cus\n"},
        {"id": "é"},
        {"id": None},
        "cus_a",
        5,
        {"id": "x" * 5001},
        {"id": "cus-1"},
        {"id": "../v1/x"},
        {"id": "cus_1&limit=1"},
    ],
    ids=[
        "no id",
        "int id",
        "empty",
        "space",
        "newline",
        "non-ascii",
        "null",
        "string item",
        "int item",
        "too long",
        "dash (outside the tool's pattern)",
        "path",
        "query",
    ],
)
def test_unusable_cursors_are_response_errors_not_input_errors(
    stripe: StripeConnector, server: ScriptedStripe, last: Any
) -> None:
    server.script(Reply(200, json=page([{"id": "cus_a"}, last])))
    with pytest.raises(StripeResponseError, match="usable cursor") as caught:
        list(stripe.paginate("list_customers"))
    assert not isinstance(caught.value, InvalidInputError)
    assert server.count == 1


@pytest.mark.parametrize("has_more", ["true", 1, None, [], {}])
def test_has_more_that_is_not_a_boolean(stripe: StripeConnector, server: ScriptedStripe, has_more: Any) -> None:
    server.script(Reply(200, json=page(customers("cus_a"), has_more=has_more)))
    with pytest.raises(StripeResponseError, match="has_more"):
        list(stripe.paginate("list_customers"))


def test_the_async_twin_stops_a_repeating_server(server: ScriptedStripe) -> None:
    server.reset(default=Reply(200, json=page(customers("cus_a"))))

    async def walk() -> list[Any]:
        async with AsyncStripeConnector(API_KEY, base_url=server.base_url, retry_policy=NO_RETRY) as connector:
            return [item async for item in connector.paginate("list_customers")]

    with pytest.raises(StripeResponseError):
        asyncio.run(walk())
    assert server.count == 2


def test_the_async_twin_refuses_a_string_data(server: ScriptedStripe) -> None:
    server.script(Reply(200, json=page("abc", has_more=False)))

    async def walk() -> list[Any]:
        async with AsyncStripeConnector(API_KEY, base_url=server.base_url, retry_policy=NO_RETRY) as connector:
            return [item async for item in connector.paginate("list_customers")]

    with pytest.raises(StripeResponseError):
        asyncio.run(walk())


def test_cli_all_exits_5_on_a_repeating_server_after_writing_what_came(
    server: ScriptedStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.reset(default=Reply(200, json=page(customers("cus_a", "cus_b"))))
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "list_customers", "--all", "--base-url", server.base_url, "--max-retries", "0"])
    assert result.code == 5
    assert server.count == 2
    lines = result.out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["cus_a", "cus_b"]
    assert result.error["kind"] == "response"
    assert "starting_after=cus_b" in result.err  # says where to resume: not cut short silently


def test_cli_all_exits_5_on_string_data(server: ScriptedStripe, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script(Reply(200, json=page("abc", has_more=False)))
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "list_customers", "--all", "-q", "--base-url", server.base_url])
    assert result.code == 5
    assert result.out == ""


# --- the search style (Stripe's Search API: page = next_page) ------------------------------------------------------


@pytest.fixture
def search_tool(monkeypatch: pytest.MonkeyPatch) -> str:
    """A search tool as the lead's catalogue will declare it: list_customers with ``pagination = "search"``."""
    from stripe_connector.tools import catalogue as _catalogue

    real = _catalogue.get_tool("list_customers")
    fake = SimpleNamespace(name="search_customers", is_list=False, pagination="search")
    monkeypatch.setattr(_catalogue, "get_tool", lambda name: fake if name == "search_customers" else real)
    return "search_customers"


def test_search_style_follows_next_page(search_tool: str) -> None:
    pager = Pager(search_tool, {"query": "email:'a@b.c'"}, None)
    assert pager.accept(page(customers("cus_a"), next_page="tok_2")) == customers("cus_a")
    assert pager.arguments == {"query": "email:'a@b.c'", "page": "tok_2"}
    assert pager.accept(page(customers("cus_b"), has_more=False, next_page=None)) == customers("cus_b")
    assert pager.done


@pytest.mark.parametrize("next_page", [None, "", 5, "tok 2", "tok_1"])
def test_search_style_refuses_unusable_or_repeated_next_page(search_tool: str, next_page: Any) -> None:
    pager = Pager(search_tool, {"page": "tok_1"}, None)
    with pytest.raises(StripeResponseError):
        pager.accept(page(customers("cus_a"), next_page=next_page))
    assert pager.done


def test_the_style_comes_from_the_tool() -> None:
    assert pagination_style(SimpleNamespace(is_list=True)) == "cursor"
    assert pagination_style(SimpleNamespace(is_list=False)) is None
    assert pagination_style(SimpleNamespace(is_list=False, pagination="search")) == "search"
    assert pagination_style(SimpleNamespace(is_list=True, pagination="cursor")) == "cursor"
    assert pagination_style(SimpleNamespace(is_list=True, pagination="other")) is None


def test_one_loop_serves_all_three_front_ends() -> None:
    import inspect

    from stripe_connector._clients import async_client, sync_client
    from stripe_connector.cli import call

    for module in (sync_client, async_client, call):
        source = inspect.getsource(module)
        assert "Pager(" in source
        assert 'starting_after"] =' not in source and "next_cursor" not in source
    assert _paging.cursor_arguments() == {"cursor": "starting_after", "search": "page"}


# --- property: whatever a server answers, the walk ends, bounded, and never blames the caller -----------------------

hostile_items = st.one_of(
    st.fixed_dictionaries({"id": st.sampled_from(["cus_a", "cus_b", "cus_c", "", "a b", 7])}),
    st.integers(),
    st.text(max_size=3),
)
hostile_pages = st.fixed_dictionaries(
    {
        "data": st.one_of(st.lists(hostile_items, max_size=3), st.text(max_size=3), st.integers(), st.none()),
        "has_more": st.one_of(st.booleans(), st.none(), st.integers(0, 1)),
    }
)


@settings(max_examples=300, deadline=None)
@given(st.lists(hostile_pages, min_size=1, max_size=30), st.one_of(st.none(), st.integers(0, 10)))
def test_any_sequence_of_pages_ends_in_a_bounded_walk(pages: list[dict[str, Any]], max_items: int | None) -> None:
    pager = Pager("list_customers", {}, max_items)
    requests = 0
    handed_out = 0
    try:
        while not pager.done:
            requests += 1
            answer = pages[requests - 1] if requests <= len(pages) else pages[-1]  # then the last page for ever
            handed_out += len(pager.accept(answer))
    except StripeResponseError:
        pass
    # Distinct usable cursors among the page answers bound the walk: 3 ids, so at most 4 pages are ever asked for.
    assert requests <= 4
    if max_items is not None:
        assert handed_out <= max_items
