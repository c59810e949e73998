"""Results sized for a context window (``--max-result-bytes``) and ``fields``, through the MCP Python SDK client.

A long page is cut at an object boundary and says so (``truncated``: objects returned of the page, ``has_more``, the
arguments that continue it); following that walks the whole list with nothing skipped or repeated. ``fields`` keeps
only the fields asked for (and ``id``/``object``), on every list and get tool (derived from ``TOOLS``); every result
stays within the cap and valid against the declared output schema. Writes are never cut.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

pytest.importorskip("mcp")

from hypothesis import given, settings
from hypothesis import strategies as st
from mcp import types
from mcp.client import Client
from stripe_connector import TOOLS, AsyncStripeConnector, InvalidInputError
from stripe_connector.mcp import fields, sizing
from stripe_connector.mcp.schemas import exposed_tools
from stripe_connector.mcp.server import build_server
from stripe_connector.testing.doubles import Reply, ScriptedStripe, running_scripted

from tests.connector_defaults import NO_RETRY
from tests.support.canned_routes import OBJECTS, agent_routes, hundred, long_lists, sample
from tests.support.conformance_support import TOOL_EXAMPLES, documented_operations
from tests.support.keys import API_KEY
from tests.support.mcp_cases import validator

READ_TOOLS = [tool for tool in TOOLS if tool.kind == "read"]
CURSOR_LISTS = [tool.name for tool in TOOLS if tool.pagination == "cursor"]
SEARCHES = [tool.name for tool in TOOLS if tool.pagination == "search"]
GETS = [tool.name for tool in READ_TOOLS if not tool.is_list]
SMALL_CAP = 6_000


@pytest.fixture(scope="module")
def module_stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=long_lists)


@pytest.fixture
def stripe(module_stripe: ScriptedStripe) -> ScriptedStripe:
    module_stripe.reset(default=long_lists)
    return module_stripe


@asynccontextmanager
async def session(stripe: ScriptedStripe, *, cap: int = SMALL_CAP, strict: bool = False) -> AsyncIterator[Client]:
    async with AsyncStripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector:
        server = build_server(
            connector, exposed_tools(None, read_only=False), secret=API_KEY, strict=strict, max_result_bytes=cap
        )
        async with Client(server) as client:
            yield client


async def output_schemas(client: Client) -> dict[str, Any]:
    return {tool.name: tool.output_schema for tool in (await client.list_tools()).tools}


def answer_of(result: types.CallToolResult, schema: Any, cap: int) -> dict[str, Any]:
    """A successful result within the cap: text and structured content agree and validate."""
    assert not result.is_error, result.content
    [content] = result.content
    assert isinstance(content, types.TextContent)
    assert len(content.text.encode()) <= cap
    answer = json.loads(content.text)
    assert result.structured_content == answer
    validator(schema).validate(answer)
    return answer  # type: ignore[no-any-return]


def error_of(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error and result.structured_content is None
    [content] = result.content
    assert isinstance(content, types.TextContent)
    return json.loads(content.text)["error"]  # type: ignore[no-any-return]


def path_of(tool: str) -> str:
    return documented_operations()[tool][1]


# --- cutting a page --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", CURSOR_LISTS)
async def test_a_long_page_is_cut_whole_objects_and_continues_with_nothing_skipped(
    stripe: ScriptedStripe, tool: str
) -> None:
    expected = hundred(path_of(tool))
    seen: list[dict[str, Any]] = []
    arguments: dict[str, Any] = {"limit": 100}
    cuts = 0
    async with session(stripe) as client:
        schema = (await output_schemas(client))[tool]
        for _ in range(OBJECTS):
            answer = answer_of(await client.call_tool(tool, arguments), schema, SMALL_CAP)
            page = answer["data"]
            assert page == expected[len(seen) : len(seen) + len(page)]  # whole objects, in order, none skipped
            seen += page
            note = answer.get("truncated")
            if note is None:
                assert answer["has_more"] is False
                break
            cuts += 1
            assert answer["has_more"] is True
            assert (note["returned"], note["of_page"]) == (len(page), OBJECTS - len(seen) + len(page))
            assert note["continue_with"] == {"starting_after": page[-1]["id"]}
            assert note["max_result_bytes"] == SMALL_CAP
            assert f"{len(page)} of the page's {note['of_page']} objects" in note["message"]
            arguments = {**arguments, **note["continue_with"]}
    assert [item["id"] for item in seen] == [item["id"] for item in expected]
    assert cuts >= 3
    assert len(stripe.requests) == cuts + 1


@pytest.mark.parametrize("tool", SEARCHES)
async def test_a_long_search_page_is_cut_and_the_note_leads_on_without_a_gap(stripe: ScriptedStripe, tool: str) -> None:
    expected = [item["id"] for item in hundred(path_of(tool).removesuffix("/search"))]
    seen: list[str] = []
    arguments: dict[str, Any] = {"query": "email~'x'", "limit": 100}
    async with session(stripe) as client:
        schema = (await output_schemas(client))[tool]
        for _ in range(2 * OBJECTS):
            answer = answer_of(await client.call_tool(tool, arguments), schema, SMALL_CAP)
            ids = [item["id"] for item in answer["data"]]
            note = answer.get("truncated")
            if note is not None:
                # The page cannot be entered in the middle: next_page (which would skip the rest) is withheld, and
                # the note asks for the same page in pages that fit; these objects come again at its start.
                assert answer["next_page"] is None and answer["has_more"] is True
                assert note["continue_with"]["limit"] == len(ids)
                arguments = {**arguments, **note["continue_with"]}
                continue
            seen += ids
            if not answer["has_more"]:
                break
            arguments = {**arguments, "page": answer["next_page"]}
    assert seen == expected


async def test_a_get_over_the_cap_asks_for_fields_and_fits_with_them(stripe: ScriptedStripe) -> None:
    big = {"id": "cus_big", "object": "customer", "description": "x" * 5_000, "email": "big@example.com"}
    stripe.reset(Reply(json=big), Reply(json=big), default=long_lists)
    async with session(stripe, cap=2_000) as client:
        schema = (await output_schemas(client))["get_customer"]
        refused = error_of(await client.call_tool("get_customer", {"id": "cus_big"}))
        narrow = await client.call_tool("get_customer", {"id": "cus_big", "fields": ["email"]})
        narrowed = answer_of(narrow, schema, 2_000)
    assert (refused["kind"], refused["param"]) == ("invalid_input", "fields")
    assert "2000 bytes" in refused["message"] and "nothing was changed" in refused["message"]
    assert narrowed == {"id": "cus_big", "object": "customer", "email": "big@example.com"}


async def test_a_page_whose_first_object_is_over_the_cap_is_refused_not_looped(stripe: ScriptedStripe) -> None:
    huge = {**sample("/v1/charges"), "description": "x" * 3_000}
    stripe.reset(Reply(json={"object": "list", "url": "/v1/charges", "data": [huge] * 3, "has_more": False}))
    async with session(stripe, cap=2_000) as client:
        error = error_of(await client.call_tool("list_charges", {"limit": 3}))
    assert error["param"] == "fields" and "first object" in error["message"]


async def test_a_write_is_never_cut(stripe: ScriptedStripe) -> None:
    created = {"id": "cus_new", "object": "customer", "description": "y" * 5_000}
    stripe.reset(Reply(json=created), default=long_lists)
    async with session(stripe, cap=2_000) as client:
        schema = (await output_schemas(client))["create_customer"]
        result = await client.call_tool("create_customer", {"description": "y" * 5_000})
    assert not result.is_error
    assert result.structured_content == created
    validator(schema).validate(created)


async def test_under_the_cap_nothing_changes(stripe: ScriptedStripe) -> None:
    async with session(stripe, cap=sizing.DEFAULT_MAX_RESULT_BYTES) as client:
        result = await client.call_tool("list_charges", {"limit": 5})
    assert result.structured_content is not None
    assert "truncated" not in result.structured_content
    assert result.structured_content["data"] == hundred("/v1/charges")[:5]


def test_list_output_schemas_declare_the_truncation_note() -> None:
    from stripe_connector.mcp.schemas import output_schema_for

    for tool in TOOLS:
        schema = output_schema_for(tool, read_only=True)
        assert ("truncated" in schema.get("properties", {})) is tool.is_list, tool.name


@settings(max_examples=60, deadline=None)
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60),
    cap=st.integers(min_value=sizing.MIN_MAX_RESULT_BYTES, max_value=20_000),
)
def test_fit_keeps_a_whole_prefix_within_the_cap_or_refuses(sizes: list[int], cap: int) -> None:
    data = [{"id": f"ch_{n}", "object": "charge", "description": "é" * size} for n, size in enumerate(sizes)]
    answer = {"object": "list", "url": "/v1/charges", "data": data, "has_more": False}
    text = sizing.encode(answer)
    try:
        cut, cut_text = sizing.fit(answer, text, cap=cap, style="cursor", arguments={}, tool="list_charges")
    except InvalidInputError as exc:
        assert exc.param == "fields"
        first_alone = {**answer, "data": data[:1], "truncated": {"message": "m" * 300}}
        assert len(data) == 1 or len(sizing.encode(first_alone).encode()) > cap - 200
        return
    assert json.loads(cut_text) == cut
    assert len(cut_text.encode()) <= cap
    assert cut["data"] == data[: len(cut["data"])] and cut["data"]
    if len(text.encode()) <= cap:
        assert cut is answer
    else:
        assert cut["truncated"]["returned"] == len(cut["data"]) < len(data)
        assert cut["truncated"]["continue_with"] == {"starting_after": cut["data"][-1]["id"]}


# --- fields ----------------------------------------------------------------------------------------------------------


def objects_of(tool: str, answer: dict[str, Any]) -> list[dict[str, Any]]:
    return answer["data"] if TOOLS.get(tool).is_list else [answer]


@pytest.mark.parametrize("tool", [tool.name for tool in READ_TOOLS])
async def test_fields_keeps_only_those_fields_on_every_list_and_get_tool(stripe: ScriptedStripe, tool: str) -> None:
    stripe.reset(default=agent_routes)
    async with session(stripe, cap=sizing.DEFAULT_MAX_RESULT_BYTES) as client:
        schema = (await output_schemas(client))[tool]
        whole = answer_of(await client.call_tool(tool, TOOL_EXAMPLES[tool]), schema, sizing.DEFAULT_MAX_RESULT_BYTES)
        [first, *_] = objects_of(tool, whole)
        chosen = next(name for name in first if name not in ("id", "object"))
        narrowed = await client.call_tool(tool, {**TOOL_EXAMPLES[tool], "fields": [chosen]})
        answer = answer_of(narrowed, schema, sizing.DEFAULT_MAX_RESULT_BYTES)
    expected = [{k: v for k, v in item.items() if k in ("id", "object", chosen)} for item in objects_of(tool, whole)]
    assert objects_of(tool, answer) == expected
    if TOOLS.get(tool).is_list:  # the envelope stays: object, has_more, url, cursors
        assert {k: v for k, v in answer.items() if k != "data"} == {k: v for k, v in whole.items() if k != "data"}


async def test_fields_with_dotted_paths_and_unexpanded_ids(stripe: ScriptedStripe) -> None:
    charge = {
        "id": "ch_1",
        "object": "charge",
        "amount": 500,
        "customer": "cus_1",
        "billing_details": {"address": {"city": "Paris", "country": "FR"}, "email": "a@example.com"},
        "refunds": {"object": "list", "data": [{"id": "re_1", "object": "refund", "amount": 5, "status": "ok"}]},
    }
    stripe.reset(Reply(json=charge), default=long_lists)
    paths = ["amount", "customer.email", "billing_details.address.city", "refunds.data.amount"]
    async with session(stripe) as client:
        schema = (await output_schemas(client))["get_charge"]
        answer = answer_of(await client.call_tool("get_charge", {"id": "ch_1", "fields": paths}), schema, SMALL_CAP)
    assert answer == {
        "id": "ch_1",
        "object": "charge",
        "amount": 500,
        "customer": "cus_1",  # a path through an unexpanded ID keeps the ID
        "billing_details": {"address": {"city": "Paris"}},
        "refunds": {"object": "list", "data": [{"id": "re_1", "object": "refund", "amount": 5}]},
    }


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (["amout"], "did you mean 'amount'"),
        (["billing_details.adress"], "did you mean 'billing_details.address'"),
        ("amount", "non-empty list"),
        ([], "non-empty list"),
        (["amount", 3], "not a dotted field path"),
        (["amount..currency"], "not a dotted field path"),
        (["a" * 300], "not a dotted field path"),
        ([f"f{n}" for n in range(fields.MAX_PATHS + 1)], "at most"),
    ],
)
async def test_bad_fields_are_refused_before_anything_is_sent(stripe: ScriptedStripe, value: Any, says: str) -> None:
    async with session(stripe) as client:
        error = error_of(await client.call_tool("get_charge", {"id": "ch_1", "fields": value}))
    assert (error["kind"], error["param"]) == ("invalid_input", "fields")
    assert says in error["message"]
    assert stripe.requests == []


async def test_fields_below_a_free_form_object_and_on_a_write(stripe: ScriptedStripe) -> None:
    async with session(stripe) as client:
        free = await client.call_tool("list_charges", {"limit": 2, "fields": ["metadata.n"]})
        write = error_of(await client.call_tool("create_customer", {"email": "a@example.com", "fields": ["id"]}))
    assert free.structured_content is not None
    assert [item["metadata"] for item in free.structured_content["data"]] == [{"n": "0"}, {"n": "1"}]
    assert write["param"] == "fields"  # writes take no fields: an unknown argument, nothing sent
    assert len(stripe.requests) == 1


async def test_strict_server_takes_null_fields_and_a_list(stripe: ScriptedStripe) -> None:
    async with session(stripe, strict=True) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert "fields" in listed["list_charges"].input_schema["required"]
        base = {"limit": 2, "starting_after": None, "customer": None, "payment_intent": None}
        arguments = {name: base.get(name) for name in listed["list_charges"].input_schema["properties"]}
        whole = await client.call_tool("list_charges", {**arguments, "fields": None})
        narrow = await client.call_tool("list_charges", {**arguments, "fields": ["amount"]})
    assert not whole.is_error and not narrow.is_error, (whole.content, narrow.content)
    assert whole.structured_content is not None and narrow.structured_content is not None
    assert len(whole.structured_content["data"][0]) > 3
    assert set(narrow.structured_content["data"][0]) == {"id", "object", "amount"}


def test_the_field_path_pattern_is_what_parse_fields_enforces() -> None:
    assert re.fullmatch(fields.PATH_PATTERN, "customer.email")
    assert fields.parse_fields(["customer", "customer.email"], {}) == {"customer": None}
