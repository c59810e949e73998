"""The dynamic MCP tools (``mcp --operations``), driven by the official MCP SDK 2.x client.

An agent finds, describes and calls any operation; the call tool's annotations are the worst the admitted
operations can do; ``--read-only`` admits only reads and says so; a write without a scope gets a key from its
arguments; ``tools/list`` grows by under 5 KB; results stay under the cap; errors name the argument.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters, types
from mcp.client import Client
from mcp.client.stdio import stdio_client
from stripe_connector import OPERATIONS, AsyncStripeConnector, InvalidInputError, RetryPolicy
from stripe_connector.mcp.operations import OperationTools, parse_patterns
from stripe_connector.mcp.schemas import exposed_tools
from stripe_connector.mcp.server import build_server
from stripe_connector.mcp.sizing import DEFAULT_MAX_RESULT_BYTES

from tests.support.keys import API_KEY


class Double:
    def __init__(self, answer: Any = None) -> None:
        self.answer = answer if answer is not None else {"id": "obj_1", "object": "x"}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer, headers={"request-id": "req_1"})


@asynccontextmanager
async def session(
    double: Double, patterns: str | None = "*", *, read_only: bool = False, cap: int = DEFAULT_MAX_RESULT_BYTES
) -> AsyncIterator[Client]:
    operations = OperationTools(parse_patterns(patterns), read_only=read_only) if patterns is not None else None
    tools = exposed_tools(None, read_only=read_only)
    allowed = [tool.name for tool in tools] + list(operations.allowed_ids if operations else [])
    async with AsyncStripeConnector(
        API_KEY,
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(double),
        retry_policy=RetryPolicy(max_retries=0),
        allowed_tools=allowed,
    ) as connector:
        server = build_server(
            connector, tools, read_only=read_only, secret=API_KEY, operations=operations, max_result_bytes=cap
        )
        async with Client(server) as client:
            yield client


def payload(result: types.CallToolResult) -> Any:
    [content] = result.content
    assert isinstance(content, types.TextContent) and API_KEY not in content.text
    return json.loads(content.text)


def listed_size(tools: list[types.Tool]) -> int:
    return len(json.dumps([tool.model_dump(mode="json", exclude_none=True) for tool in tools]))


async def test_three_tools_are_listed_in_under_5_kb_with_the_worst_annotations() -> None:
    async with session(Double(), None) as client:
        curated = (await client.list_tools()).tools
    async with session(Double()) as client:
        tools = (await client.list_tools()).tools
    by_name = {tool.name: tool for tool in tools}
    assert set(by_name) - {tool.name for tool in curated} == {
        "search_operations",
        "describe_operation",
        "call_operation",
    }
    assert listed_size(tools) - listed_size(curated) < 5 * 1024
    call = by_name["call_operation"].annotations
    assert call is not None and (call.read_only_hint, call.destructive_hint) == (False, True)
    for name in ("search_operations", "describe_operation"):
        lookup = by_name[name].annotations
        assert lookup is not None and lookup.read_only_hint and lookup.open_world_hint is False
    assert {"dry_run", "idempotency_scope"} <= set(by_name["call_operation"].input_schema["properties"])


async def test_an_allow_list_of_reads_makes_the_call_tool_read_only() -> None:
    async with session(Double(), "Get*") as client:
        call = {tool.name: tool for tool in (await client.list_tools()).tools}["call_operation"]
        refused = await client.call_tool("call_operation", {"operation": "PostRefunds", "arguments": {"charge": "c"}})
    assert call.annotations is not None and call.annotations.read_only_hint is True
    assert "dry_run" not in call.input_schema["properties"]
    assert refused.is_error and payload(refused)["error"]["param"] == "operation"


async def test_read_only_admits_only_reads_and_says_so() -> None:
    double = Double()
    async with session(double, read_only=True) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        write = await client.call_tool(
            "call_operation", {"operation": "DeleteCustomersCustomer", "arguments": {"customer": "cus_1"}}
        )
        smuggled = await client.call_tool("call_operation", {"operation": "GetBalance", "dry_run": True})
        found = payload(await client.call_tool("search_operations", {"text": "refund a charge"}))
    assert "read-only" in (tools["call_operation"].description or "")
    assert tools["call_operation"].annotations.read_only_hint is True  # type: ignore[union-attr]
    assert write.is_error and "read-only" in payload(write)["error"]["message"]
    assert smuggled.is_error and payload(smuggled)["error"]["param"] == "dry_run"
    assert all(row["kind"] == "read" for row in found["operations"])
    assert double.requests == []
    with pytest.raises(InvalidInputError) as caught:
        OperationTools(["Get*", "PostRefunds"], read_only=True)
    assert caught.value.param == "operations" and "PostRefunds" in caught.value.message
    with pytest.raises(InvalidInputError):
        OperationTools(["PostRefundz"], read_only=False)
    with pytest.raises(InvalidInputError):
        OperationTools(["Zzz*"], read_only=False)


async def test_an_agent_finds_describes_and_calls_an_operation() -> None:
    double = Double({"id": "re_1", "object": "refund"})
    async with session(double) as client:
        found = payload(await client.call_tool("search_operations", {"text": "capture a payment intent", "limit": 3}))
        described = payload(
            await client.call_tool(
                "describe_operation", {"operation": "PostCheckoutSessions", "field": "line_items.price_data"}
            )
        )
        first = await client.call_tool(
            "call_operation", {"operation": "PostRefunds", "arguments": {"charge": "ch_1", "amount": 100}}
        )
        again = await client.call_tool(
            "call_operation", {"operation": "PostRefunds", "arguments": {"charge": "ch_1", "amount": 100}}
        )
        dry = payload(
            await client.call_tool(
                "call_operation", {"operation": "PostRefunds", "dry_run": True, "arguments": {"charge": "ch_1"}}
            )
        )
    assert found["operations"][0]["id"] == "PostPaymentIntentsIntentCapture"
    assert "unit_amount" in described["arguments"]["properties"]
    assert payload(first) == {"id": "re_1", "object": "refund"} and first.structured_content == payload(first)
    assert payload(again) == payload(first)
    # No scope: the key comes from the arguments, so the agent's retry gets Stripe's first answer.
    keys = [request.headers["idempotency-key"] for request in double.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0].startswith("scope-")
    assert first.meta is not None and first.meta["stripe"]["idempotency_key"] == keys[0]
    assert dry["method"] == "POST" and len(double.requests) == 2


async def test_errors_name_the_argument_and_nothing_is_sent() -> None:
    double = Double()
    async with session(double) as client:
        cases: dict[str, dict[str, Any]] = {
            "ammount": {"operation": "PostRefunds", "arguments": {"charge": "ch_1", "ammount": 1}},
            "operation": {"operation": "PostRefundz", "arguments": {}},
            "arguments": {"operation": "PostRefunds", "arguments": "charge=ch_1"},
            "argumnets": {"operation": "PostRefunds", "argumnets": {}},
            "field": {"operation": "PostRefunds", "field": "nope"},
        }
        results: dict[str, Any] = {}
        for param, arguments in cases.items():
            tool = "describe_operation" if "field" in arguments else "call_operation"
            results[param] = payload(await client.call_tool(tool, arguments))["error"]
        limit = payload(await client.call_tool("search_operations", {"text": "x", "limit": 500}))["error"]
    assert {param: error["param"] for param, error in results.items()} == {param: param for param in cases}
    assert "amount" in results["ammount"]["message"] and "PostRefunds" in results["operation"]["message"]
    assert limit["param"] == "limit"
    assert double.requests == []


def sent_size(result: types.CallToolResult) -> int:
    [content] = result.content
    assert isinstance(content, types.TextContent)
    return len(content.text.encode("utf-8"))


class Pages(Double):
    """Answers a page of 200 large objects to GET /v1/charges; to other requests, an object over ``size`` bytes."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/v1/charges":
            page = [{"id": f"ch_{n}", "object": "charge", "blob": "é" * 500} for n in range(200)]
            return httpx.Response(200, json={"object": "list", "data": page, "has_more": False, "url": "/v1/charges"})
        return httpx.Response(200, json={"id": "obj_1", "object": "x", "blob": "y" * self.size})


@pytest.mark.parametrize("cap", [1_500, DEFAULT_MAX_RESULT_BYTES])
async def test_long_results_are_cut_by_the_servers_one_result_cap(cap: int) -> None:
    """describe, search and call results fit ``--max-result-bytes`` (bytes of the text sent), as the curated
    tools' do (frontends.mcp.sizing): a page keeps whole objects and says how to continue; a write is never cut."""
    double = Pages(cap + 1)
    async with session(double, cap=cap) as client:
        described = await client.call_tool("describe_operation", {"operation": "PostCheckoutSessions"})
        searched = await client.call_tool("search_operations", {"text": "customer", "limit": 25})
        page = await client.call_tool("call_operation", {"operation": "GetCharges", "arguments": {"limit": 100}})
        single = await client.call_tool("call_operation", {"operation": "GetBalance"})
        write = await client.call_tool("call_operation", {"operation": "PostCustomers", "arguments": {}})
    for result in (described, searched, page):
        assert not result.is_error and sent_size(result) <= cap
        assert result.structured_content == payload(result)
    assert payload(described)["truncated"] is True and payload(described)["id"] == "PostCheckoutSessions"
    rows = payload(searched)["operations"]
    best = [op.id for op in OPERATIONS.search("customer", limit=25)]
    assert [row["id"] for row in rows] == best[: len(rows)]  # the best-ranked, in order
    if cap < 5_000:
        assert len(rows) < 25 and payload(searched)["truncated"]["found"] == 25
    cut = payload(page)
    assert cut["has_more"] is True and all(item["blob"] == "é" * 500 for item in cut["data"])  # whole objects
    assert cut["truncated"]["continue_with"] == {"starting_after": cut["data"][-1]["id"]}
    assert single.is_error and payload(single)["error"]["param"] == "arguments"
    assert "result cap" in payload(single)["error"]["message"]
    assert not write.is_error and len(payload(write)["blob"]) == cap + 1 and sent_size(write) > cap  # not cut


async def test_stdio_server_with_operations_from_the_command_line(tmp_path: Path) -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    env["STRIPE_API_KEY"] = API_KEY
    parameters = StdioServerParameters(
        command=sys.executable,
        args=[
            "-m",
            "stripe_connector.cli",
            "mcp",
            "--operations",
            "Get*,PostRefunds",
            "--base-url",
            "http://127.0.0.1:9",
            "--max-result-bytes",
            "1200",
        ],
        env=env,
        cwd=tmp_path,
    )
    with (tmp_path / "server.log").open("w") as errlog:
        async with stdio_client(parameters, errlog=errlog) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            dry = await client.call_tool(
                "call_operation", {"operation": "PostRefunds", "dry_run": True, "arguments": {"charge": "ch_1"}}
            )
            refused = await client.call_tool("call_operation", {"operation": "PostCustomers", "arguments": {}})
            described = await client.call_tool("describe_operation", {"operation": "GetCharges"})
    assert "call_operation" in tools and not dry.is_error
    assert not described.is_error and sent_size(described) <= 1200 < len(json.dumps(OPERATIONS.describe("GetCharges")))
    assert refused.is_error
    assert len([op for op in OPERATIONS if op.id.startswith("Get")]) + 1 == int(
        (tools["call_operation"].description or "").split(" of ")[1].split(" ")[0]
    )
