"""The MCP server, driven by the MCP SDK's own client: in-process (memory streams) and over stdio.

What an agent relies on: the same tools with the same JSON Schemas (plus ``dry_run`` and ``idempotency_scope`` on
tools that POST), Stripe's JSON back as structured content, every failure as a structured tool error naming the
argument at fault, and ``--read-only`` / ``--tools`` really limiting what can run.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client
from mcp.shared.memory import create_connected_server_and_client_session
from stripe_connector import TOOLS, AsyncStripeConnector, InvalidInputError, RetryPolicy
from stripe_connector._core import scoped_idempotency_key
from stripe_connector.mcp_server import build_server, exposed_tools

from tests.canned_stripe import API_KEY, CUSTOMERS, customer_page, stripe_routes
from tests.local_http import ScriptedServer, running

#: Derived from the tool definitions: a tool added to spec/tools.yaml is covered here with no edit.
POSTING_TOOLS = {tool.name for tool in TOOLS if tool.operation is None or tool.operation.method == "POST"}
READ_ONLY_TOOLS = {tool.name for tool in TOOLS if tool.operation is None or tool.operation.method == "GET"}


@pytest.fixture
def stripe_server() -> Iterator[ScriptedServer]:
    yield from running(default=stripe_routes)


@asynccontextmanager
async def session(
    stripe_server: ScriptedServer,
    *,
    names: Sequence[str] | None = None,
    read_only: bool = False,
    max_amount: dict[str, int] | None = None,
) -> AsyncIterator[ClientSession]:
    """An SDK client session connected in-process to a server whose connector talks to ``stripe_server``."""
    tools = exposed_tools(names, read_only=read_only)
    async with AsyncStripeConnector(
        API_KEY,
        base_url=stripe_server.base_url,
        retry_policy=RetryPolicy(max_retries=0, initial_delay=0),
        max_amount=max_amount,
    ) as connector:
        server = build_server(connector, tools, read_only=read_only, secret=API_KEY)
        async with create_connected_server_and_client_session(server) as client:
            yield client


def text_json(result: types.CallToolResult) -> Any:
    [content] = result.content
    assert isinstance(content, types.TextContent)
    assert API_KEY not in content.text
    return json.loads(content.text)


def tool_error(result: types.CallToolResult) -> dict[str, Any]:
    """The structured error of a failed call; text and structured content must agree."""
    assert result.isError
    assert result.structuredContent == text_json(result)
    assert result.structuredContent is not None
    error: dict[str, Any] = result.structuredContent["error"]
    assert "Traceback" not in json.dumps(error)
    return error


# --- listing ----------------------------------------------------------------------------------------------------------


async def test_lists_every_tool_with_its_schema(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert list(listed) == TOOLS.names()
    for tool in TOOLS:
        schema = dict(listed[tool.name].inputSchema)
        properties = dict(schema.pop("properties"))
        if tool.name in POSTING_TOOLS:
            assert properties.pop("dry_run")["type"] == "boolean"
            assert properties.pop("idempotency_scope")["type"] == "string"
        assert {**schema, "properties": properties} == tool.input_schema, tool.name
        assert listed[tool.name].description == tool.description
        annotations = listed[tool.name].annotations
        assert annotations is not None
        assert annotations.readOnlyHint is (tool.name not in POSTING_TOOLS)


async def test_read_only_hides_writing_tools_and_limits_raw_request_to_get(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server, read_only=True) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(listed) == READ_ONLY_TOOLS
        raw = listed["raw_request"].inputSchema
        assert raw["properties"]["method"]["enum"] == ["GET"]
        assert "body" not in raw["properties"]
        assert "dry_run" not in raw["properties"]

        hidden = tool_error(await client.call_tool("create_customer", {"email": "a@example.com"}))
        assert (hidden["kind"], hidden["param"]) == ("invalid_input", "tool")
        post = tool_error(await client.call_tool("raw_request", {"method": "POST", "path": "/v1/customers"}))
        assert (post["kind"], post["param"]) == ("invalid_input", "method")
        lower = tool_error(await client.call_tool("raw_request", {"method": "delete", "path": "/v1/customers/cus_1"}))
        assert lower["param"] == "method"
        assert stripe_server.requests == []

        balance = await client.call_tool("raw_request", {"method": "GET", "path": "/v1/balance"})
        assert not balance.isError
        assert balance.structuredContent == {"object": "balance", "available": []}


def test_tools_option_limits_and_checks_names() -> None:
    assert [tool.name for tool in exposed_tools(["get_customer", "list_customers"], read_only=False)] == [
        "get_customer",
        "list_customers",
    ]
    with pytest.raises(InvalidInputError) as unknown:
        exposed_tools(["list_customers", "drop_database"], read_only=False)
    assert unknown.value.param == "tool"
    with pytest.raises(InvalidInputError, match="create_charge") as contradictory:
        exposed_tools(["list_customers", "create_charge"], read_only=True)
    assert contradictory.value.param == "tools"


async def test_tools_option_hides_the_others(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server, names=["list_customers"]) as client:
        assert [tool.name for tool in (await client.list_tools()).tools] == ["list_customers"]
        error = tool_error(await client.call_tool("create_charge", {"amount": 1, "currency": "usd"}))
        assert error["param"] == "tool"
    assert stripe_server.requests == []


# --- calling ----------------------------------------------------------------------------------------------------------


async def test_call_returns_stripes_json(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server) as client:
        result = await client.call_tool("list_customers", {"limit": 2})
    assert not result.isError
    assert result.structuredContent == customer_page({"limit": "2"})
    assert text_json(result) == result.structuredContent
    assert result.structuredContent["data"] == CUSTOMERS[:2]
    [request] = stripe_server.requests
    assert (request.path, request.query_dict) == ("/v1/customers", {"limit": "2"})


async def test_bad_input_is_a_structured_error_naming_the_argument(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server) as client:
        string_amount = tool_error(await client.call_tool("create_charge", {"amount": "12", "currency": "usd"}))
        unknown = tool_error(await client.call_tool("list_customers", {"limit": 2, "emial": "a@b.c"}))
        bad_flag = tool_error(await client.call_tool("create_customer", {"dry_run": "yes"}))
        no_flag_on_get = tool_error(await client.call_tool("list_customers", {"dry_run": True}))
    assert (string_amount["kind"], string_amount["param"]) == ("invalid_input", "amount")
    assert set(string_amount) >= {"type", "code", "param", "message", "request_id"}
    assert unknown["param"] == "emial"
    assert "did you mean 'email'" in unknown["message"]
    assert bad_flag["param"] == "dry_run"
    assert no_flag_on_get["param"] == "dry_run"
    assert stripe_server.requests == []


async def test_stripe_error_comes_back_with_its_fields(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server) as client:
        error = tool_error(await client.call_tool("get_customer", {"id": "cus_missing"}))
    assert error == {
        "kind": "stripe_api",
        "type": "invalid_request_error",
        "code": "resource_missing",
        "param": "id",
        "message": "No such customer: 'cus_missing'",
        "request_id": "req_missing",
        "http_status": 404,
        "decline_code": None,
    }


async def test_dry_run_returns_the_request_and_sends_nothing(stripe_server: ScriptedServer) -> None:
    arguments = {"amount": 1099, "currency": "usd", "source": "tok_visa"}
    async with session(stripe_server) as client:
        result = await client.call_tool("create_charge", {**arguments, "dry_run": True, "idempotency_scope": "r1:s2"})
    assert not result.isError
    request = result.structuredContent
    assert request is not None
    assert stripe_server.requests == []
    assert (request["method"], request["url"]) == ("POST", f"{stripe_server.base_url}/v1/charges")
    assert request["body"] == "amount=1099&currency=usd&source=tok_visa"
    assert request["headers"]["Authorization"] == "Bearer sk_test_<redacted>"
    assert request["headers"]["Idempotency-Key"] == scoped_idempotency_key("r1:s2", "create_charge", arguments, None)


async def test_idempotency_scope_sends_the_same_key_on_replay(stripe_server: ScriptedServer) -> None:
    arguments = {"email": "jenny@example.com"}
    async with session(stripe_server) as client:
        for _ in range(2):
            result = await client.call_tool("create_customer", {**arguments, "idempotency_scope": "run-7:step-1"})
            assert result.structuredContent == {"id": "cus_new", "object": "customer", "email": "jenny@example.com"}
    expected = scoped_idempotency_key("run-7:step-1", "create_customer", arguments, None)
    assert [r.header("Idempotency-Key") for r in stripe_server.requests] == [expected, expected]
    assert [r.body for r in stripe_server.requests] == [b"email=jenny%40example.com"] * 2


async def test_max_amount_refuses_before_sending(stripe_server: ScriptedServer) -> None:
    async with session(stripe_server, max_amount={"usd": 5000}) as client:
        error = tool_error(await client.call_tool("create_charge", {"amount": 5001, "currency": "usd"}))
    assert (error["kind"], error["param"]) == ("invalid_input", "amount")
    assert stripe_server.requests == []


# --- the real command over stdio --------------------------------------------------------------------------------------


def server_parameters(tmp_path: Path, *args: str, key: str | None = API_KEY) -> StdioServerParameters:
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    if key is not None:
        env["STRIPE_API_KEY"] = key
    return StdioServerParameters(
        command=sys.executable, args=["-m", "stripe_connector.cli", "mcp", *args], env=env, cwd=tmp_path
    )


async def test_stdio_server_from_the_command_line(tmp_path: Path, stripe_server: ScriptedServer) -> None:
    parameters = server_parameters(tmp_path, "--read-only", "--base-url", stripe_server.base_url)
    with (tmp_path / "server.log").open("w") as errlog:
        async with stdio_client(parameters, errlog=errlog) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            names = {tool.name for tool in (await client.list_tools()).tools}
            result = await client.call_tool("list_customers", {"limit": 1})
            refused = await client.call_tool("raw_request", {"method": "POST", "path": "/v1/customers"})
    assert names == READ_ONLY_TOOLS
    assert result.structuredContent is not None
    assert result.structuredContent["data"] == CUSTOMERS[:1]
    assert tool_error(refused)["param"] == "method"
    assert len(stripe_server.requests) == 1
    assert API_KEY not in (tmp_path / "server.log").read_text()


def test_stdio_server_without_a_key_exits_2_before_serving(tmp_path: Path) -> None:
    import subprocess

    parameters = server_parameters(tmp_path, "--read-only", key=None)
    done = subprocess.run(
        [parameters.command, *parameters.args],
        env=parameters.env,
        cwd=tmp_path,
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert json.loads(done.stderr.splitlines()[-1])["error"]["param"] == "api_key"
