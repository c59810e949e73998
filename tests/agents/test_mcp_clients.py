"""Every tool's success and error paths through two MCP clients no one here wrote, over stdio.

The TypeScript SDK client (``@modelcontextprotocol/sdk``, the client inside most desktop agents, editors and the
MCP Inspector) checks the structured content of every result against the tool's output schema, errors included; it
used to turn each of our errors into "data must have required property 'id'". The Python SDK client (2.x) is the
other half. Both meet the same cases (``tests.support.mcp_cases``): a Stripe 4xx, an unreadable answer, bad input, the
network down and a server that could not start, for every tool; every success validates.

One node process runs every TypeScript call (four servers, one after the other), one Python session per server.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import anyio
import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client
from stripe_connector import TOOLS
from stripe_connector.testing.doubles import ScriptedStripe, running_scripted

from tests.support.canned_routes import OBJECTS, agent_routes, hundred, long_lists
from tests.support.keys import API_KEY, LIVE_KEY
from tests.support.mcp_cases import Case, check, served_cases, startup_cases, stripe_script, unreachable_cases
from tests.support.tool_answers import answer_for
from tests.support.ts_client import accepted, needs_ts_sdk, run_plan, sdk_version, stdio_transport

QUICK = ["--max-retries", "0", "--timeout", "5"]


@pytest.fixture(scope="module")
def stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=agent_routes)


@pytest.fixture(scope="module")
def long_stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=long_lists)


def closed_port() -> int:
    """A port nothing listens on (bound, then released): connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def servers(stripe: ScriptedStripe) -> list[tuple[list[str], dict[str, str], list[Case]]]:
    """(arguments, environment, cases) for each server: the working one, Stripe unreachable, no key, a live key."""
    key = {"STRIPE_API_KEY": API_KEY}
    return [
        (["--base-url", stripe.base_url, *QUICK], key, served_cases()),
        (["--base-url", f"http://127.0.0.1:{closed_port()}", *QUICK], key, unreachable_cases()),
        ([], {}, startup_cases()),
        ([], {"STRIPE_API_KEY": LIVE_KEY}, startup_cases(live=True)),
    ]


CAP = 4_000
SIZED_CALLS = [
    {"name": "list_charges", "arguments": {"limit": 100}},
    {"name": "list_charges", "arguments": {"limit": 100, "fields": ["amount"]}},
    {"name": "get_charge", "arguments": {"id": "ch_1", "fields": ["amount", "customer.email"]}},
]


@needs_ts_sdk
def test_typescript_sdk_client_gets_our_errors_and_valid_answers(
    tmp_path: Path, stripe: ScriptedStripe, long_stripe: ScriptedStripe
) -> None:
    assert sdk_version().startswith("1.")
    stripe.reset(*stripe_script(), default=agent_routes)
    plan = servers(stripe)
    runs = [
        {"transport": stdio_transport(args, env=env, cwd=tmp_path), "calls": [case.call() for case in cases]}
        for args, env, cases in plan
    ]
    sized_server = ["--base-url", long_stripe.base_url, "--max-result-bytes", str(CAP), *QUICK]
    runs.append({"transport": stdio_transport(sized_server, env={"STRIPE_API_KEY": API_KEY}), "calls": SIZED_CALLS})
    *answers, sized = run_plan(runs, tmp_path)
    check_sized(sized)
    for (_, _, cases), answer in zip(plan, answers, strict=True):
        assert "error" not in answer, answer
        [session] = answer["sessions"]
        listed = {tool["name"]: tool for tool in session["tools"]}
        assert list(listed) == TOOLS.names()
        assert all(tool["hasOutputSchema"] for tool in listed.values())
        schemas = output_schemas_from_python_listing()
        for case, result in zip(cases, session["results"], strict=True):
            check(case, accepted(result), schemas[case.tool])
    assert stripe.count == len(stripe_script()) + len(TOOLS)  # bad input and dry runs sent nothing
    assert API_KEY not in (tmp_path / "node.stderr").read_text()
    assert LIVE_KEY not in (tmp_path / "node.stderr").read_text()


def check_sized(answer: dict[str, Any]) -> None:
    """A page cut to the cap, and ``fields``, are answers the TypeScript client accepts (its Ajv check passed)."""
    [session] = answer["sessions"]
    cut, narrow, got = (accepted(result) for result in session["results"])
    charges = hundred("/v1/charges")
    for result in (cut, narrow):
        assert len(result["content"][0]["text"].encode()) <= CAP
        assert result["structuredContent"]["has_more"] is True
        note = result["structuredContent"]["truncated"]
        data = result["structuredContent"]["data"]
        assert (note["returned"], note["of_page"]) == (len(data), OBJECTS)
        assert note["continue_with"] == {"starting_after": data[-1]["id"]}
    assert cut["structuredContent"]["data"] == charges[: len(cut["structuredContent"]["data"])]
    narrowed = narrow["structuredContent"]["data"]
    assert narrowed == [{"id": c["id"], "object": "charge", "amount": c["amount"]} for c in charges[: len(narrowed)]]
    assert len(narrowed) > len(cut["structuredContent"]["data"])  # fewer fields: more objects fit
    example = answer_for("get_charge")  # Stripe's example charge: its customer is null, kept as null
    assert got["structuredContent"] == {key: example[key] for key in ("id", "object", "amount", "customer")}


def output_schemas_from_python_listing() -> dict[str, Any]:
    from stripe_connector.mcp.schemas import output_schema_for

    return {tool.name: output_schema_for(tool, read_only=False) for tool in TOOLS}


async def test_python_sdk_client_gets_our_errors_and_valid_answers(tmp_path: Path, stripe: ScriptedStripe) -> None:
    stripe.reset(*stripe_script(), default=agent_routes)

    async def one_server(index: int, args: list[str], env: dict[str, str], cases: list[Case]) -> None:
        spec = stdio_transport(args, env=env)
        parameters = StdioServerParameters(command=spec["command"], args=spec["args"], env=spec["env"], cwd=tmp_path)
        async with AsyncExitStack() as stack:
            errlog = stack.enter_context((tmp_path / f"server{index}.log").open("w"))
            read, write = await stack.enter_async_context(stdio_client(parameters, errlog=errlog))
            client = await stack.enter_async_context(ClientSession(read, write))
            await client.initialize()
            listed = {tool.name: tool for tool in (await client.list_tools()).tools}
            assert list(listed) == TOOLS.names()
            for case in cases:
                result = await client.call_tool(case.tool, case.arguments)
                check(case, wire(result), listed[case.tool].output_schema)

    async with anyio.create_task_group() as group:  # independent servers, side by side
        for index, (args, env, cases) in enumerate(servers(stripe)):
            group.start_soon(one_server, index, args, env, cases)
    assert stripe.count == len(stripe_script()) + len(TOOLS)
    for log in tmp_path.glob("server*.log"):
        assert API_KEY not in log.read_text() and LIVE_KEY not in log.read_text()


def wire(result: types.CallToolResult) -> dict[str, Any]:
    """The result as the wire carries it (camelCase, unset fields left out), like the TypeScript client's."""
    dumped: dict[str, Any] = json.loads(result.model_dump_json(by_alias=True, exclude_none=True))
    return dumped
