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
from stripe_connector._mcp_operations import MAX_RESULT_CHARS, OperationTools, capped, parse_patterns
from stripe_connector.mcp_server import build_server, exposed_tools

from tests.canned_stripe import API_KEY


class Double:
    def __init__(self, answer: Any = None) -> None:
        self.answer = answer if answer is not None else {"id": "obj_1", "object": "x"}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer, headers={"request-id": "req_1"})


@asynccontextmanager
async def session(double: Double, patterns: str | None = "*", *, read_only: bool = False) -> AsyncIterator[Client]:
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
        server = build_server(connector, tools, read_only=read_only, secret=API_KEY, operations=operations)
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
        cases = {
            "ammount": {"operation": "PostRefunds", "arguments": {"charge": "ch_1", "ammount": 1}},
            "operation": {"operation": "PostRefundz", "arguments": {}},
            "arguments": {"operation": "PostRefunds", "arguments": "charge=ch_1"},
            "argumnets": {"operation": "PostRefunds", "argumnets": {}},
            "field": {"operation": "PostRefunds", "field": "nope"},
        }
        results = {}
        for param, arguments in cases.items():
            tool = "describe_operation" if "field" in arguments else "call_operation"
            results[param] = payload(await client.call_tool(tool, arguments))["error"]
        limit = payload(await client.call_tool("search_operations", {"text": "x", "limit": 500}))["error"]
    assert {param: error["param"] for param, error in results.items()} == {param: param for param in cases}
    assert "amount" in results["ammount"]["message"] and "PostRefunds" in results["operation"]["message"]
    assert limit["param"] == "limit"
    assert double.requests == []


def test_results_stay_under_the_cap() -> None:
    big = {"object": "list", "data": [{"id": f"ch_{n}", "blob": "x" * 1000} for n in range(200)], "has_more": False}
    answer, note = capped(big)
    assert len(json.dumps(answer, separators=(",", ":"))) <= MAX_RESULT_CHARS
    assert note is not None and answer["has_more"] is True and answer["data"][-1]["id"] in note
    single, note = capped({"id": "x", "blob": "y" * (2 * MAX_RESULT_CHARS)})
    assert len(json.dumps(single)) <= MAX_RESULT_CHARS + 500 and note is not None
    small = {"id": "x"}
    assert capped(small) == (small, None)


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
    assert "call_operation" in tools and not dry.is_error
    assert refused.is_error
    assert len([op for op in OPERATIONS if op.id.startswith("Get")]) + 1 == int(
        (tools["call_operation"].description or "").split(" of ")[1].split(" ")[0]
    )
