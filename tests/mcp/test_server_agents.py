"""The MCP server, driven by the official MCP SDK 2.x client: in-process (``Client(server)``) and over stdio.

What an agent relies on: the same tools with the same JSON Schemas (plus ``dry_run`` and ``idempotency_scope`` on
tools that POST), honest annotations, an output schema per tool that every answer validates against, Stripe's JSON
back as structured content and text, every failure as a structured tool error naming the argument at fault (never a
JSON-RPC error or a closed connection: not for bad input, a hostile answer, or a server started without a key), and
``--read-only`` / ``--tools`` really limiting what can run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp")

import jsonschema
from mcp import ClientSession, StdioServerParameters, types
from mcp.client import Client
from mcp.client.stdio import stdio_client
from stripe_connector import TOOLS, AsyncStripeConnector, InvalidInputError
from stripe_connector._request.idempotency import scoped_idempotency_key
from stripe_connector.mcp.schemas import annotations_for, exposed_tools
from stripe_connector.mcp.server import build_server
from stripe_connector.testing.doubles import Reply, ScriptedStripe, running_scripted
from stripe_connector.tools.strict import strict_violations

from tests.connector_defaults import NO_RETRY
from tests.support.canned_routes import CUSTOMERS, LISTED, agent_routes, customer_page, strict_call_arguments
from tests.support.conformance_support import TOOL_EXAMPLES
from tests.support.keys import API_KEY, LIVE_KEY

#: Derived from the tool definitions: a tool added to spec/tools.yaml is covered here with no edit.
POSTING_TOOLS = {tool.name for tool in TOOLS if tool.kind != "read"}
READ_ONLY_TOOLS = {tool.name for tool in TOOLS if tool.kind in ("read", "raw")}
READ_TOOLS = sorted(READ_ONLY_TOOLS - {"raw_request"})

#: One call per read tool: its example from spec/tools.yaml (the canned Stripe answers every documented operation).
READ_CALLS: dict[str, dict[str, Any]] = {name: TOOL_EXAMPLES[name] for name in READ_TOOLS}


@pytest.fixture
def stripe_server() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=agent_routes)


@asynccontextmanager
async def session(
    stripe_server: ScriptedStripe,
    *,
    names: Sequence[str] | None = None,
    read_only: bool = False,
    strict: bool = False,
    max_amount: dict[str, int] | None = None,
) -> AsyncIterator[Client]:
    """The SDK's client connected in-process to a server whose connector talks to ``stripe_server``."""
    tools = exposed_tools(names, read_only=read_only)
    async with AsyncStripeConnector(
        API_KEY,
        base_url=stripe_server.base_url,
        retry_policy=NO_RETRY,
        max_amount=max_amount,
    ) as connector:
        server = build_server(connector, tools, read_only=read_only, secret=API_KEY, strict=strict)
        async with Client(server) as client:
            yield client


def text_json(result: types.CallToolResult) -> Any:
    [content] = result.content
    assert isinstance(content, types.TextContent)
    assert API_KEY not in content.text
    return json.loads(content.text)


def tool_error(result: types.CallToolResult) -> dict[str, Any]:
    """The error of a failed call: JSON text, and no structured content (which a client would check against the
    tool's output schema: see docs/guides/agents.md, "Errors")."""
    assert result.is_error
    assert result.structured_content is None
    error: dict[str, Any] = text_json(result)["error"]
    assert "Traceback" not in json.dumps(error)
    return error


def assert_valid_output(tool: types.Tool, result: types.CallToolResult) -> None:
    """The answer is structured content that validates against the tool's output schema, and the text agrees."""
    assert not result.is_error, result.content
    assert tool.output_schema is not None
    jsonschema.validate(result.structured_content, tool.output_schema)
    assert text_json(result) == result.structured_content


# --- listing ----------------------------------------------------------------------------------------------------------


async def test_lists_every_tool_with_its_schema_annotations_and_output_schema(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert list(listed) == TOOLS.names()
    for tool in TOOLS:
        mcp_tool = listed[tool.name]
        schema = dict(mcp_tool.input_schema)
        properties = dict(schema.pop("properties"))
        if tool.name in POSTING_TOOLS:
            assert properties.pop("dry_run")["type"] == "boolean"
            assert properties.pop("idempotency_scope")["type"] == "string"
        if tool.kind == "read":  # list, search and get tools: the server's own `fields` (mcp/test_sizing_agents.py)
            assert properties.pop("fields")["items"]["type"] == "string"
        assert {**schema, "properties": properties} == tool.input_schema, tool.name
        assert mcp_tool.description == tool.description
        assert mcp_tool.title == tool.title
        annotations = mcp_tool.annotations
        assert annotations is not None
        assert annotations.title == tool.title
        assert annotations.read_only_hint is (tool.name not in POSTING_TOOLS)
        assert annotations.open_world_hint is True
        output = mcp_tool.output_schema
        assert output is not None and output["type"] == "object", tool.name
        jsonschema.Draft202012Validator.check_schema(output)


def test_human_titles() -> None:
    assert TOOLS.get("create_payment_intent").title == "Create payment intent"
    assert TOOLS.get("list_customers").title == "List customers"


def with_kind(name: str, kind: str) -> Any:
    """A copy of tool ``name`` whose definition says ``kind`` (for kinds the catalogue has no tool of yet)."""
    tool = TOOLS.get(name)
    return tool.replace(kind=kind)


@pytest.mark.parametrize(
    ("kind", "read_only", "expected"),
    [
        # (read_only_hint, destructive_hint, idempotent_hint)
        ("read", False, (True, False, True)),
        ("create", False, (False, False, True)),  # the same call repeated gets Stripe's first answer (derived key)
        ("update", False, (False, True, True)),  # overwrites fields; the same update twice leaves the same state
        ("delete", False, (False, True, True)),  # cancels and deletes destroy; a repeat changes nothing more
        ("raw", False, (False, True, False)),  # the worst of GET, POST and DELETE
        ("raw", True, (True, False, True)),  # a read-only server lets it GET only
    ],
)
def test_annotations_follow_the_tool_kind(kind: str, read_only: bool, expected: tuple[bool, bool, bool]) -> None:
    annotations = annotations_for(with_kind("create_customer", kind), read_only=read_only)
    got = (annotations.read_only_hint, annotations.destructive_hint, annotations.idempotent_hint)
    assert got == expected
    assert annotations.open_world_hint is True
    assert annotations.title == "Create customer"


def test_an_unknown_kind_is_refused_rather_than_guessed() -> None:
    """A kind is one of ``tools.kinds.KINDS``: a tool with another is refused when it is made, not guessed at."""
    with pytest.raises(ValueError, match="unknown tool kind"):
        annotations_for(with_kind("list_customers", "transmogrify"), read_only=False)


def test_every_catalogue_tool_has_hints_true_to_its_kind() -> None:
    for tool in TOOLS:
        annotations = annotations_for(tool, read_only=False)
        assert annotations.read_only_hint is (tool.kind == "read"), tool.name
        if tool.kind == "create":
            assert (annotations.destructive_hint, annotations.idempotent_hint) == (False, True)


async def test_read_only_hides_writing_tools_and_limits_raw_request_to_get(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server, read_only=True) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(listed) == READ_ONLY_TOOLS
        raw = listed["raw_request"].input_schema
        assert raw["properties"]["method"]["enum"] == ["GET"]
        assert "body" not in raw["properties"]
        assert "dry_run" not in raw["properties"]
        assert all(tool.annotations and tool.annotations.read_only_hint for tool in listed.values())

        hidden = tool_error(await client.call_tool("create_customer", {"email": "a@example.com"}))
        assert (hidden["kind"], hidden["param"]) == ("invalid_input", "tool")
        post = tool_error(await client.call_tool("raw_request", {"method": "POST", "path": "/v1/customers"}))
        assert (post["kind"], post["param"]) == ("invalid_input", "method")
        lower = tool_error(await client.call_tool("raw_request", {"method": "delete", "path": "/v1/customers/cus_1"}))
        assert lower["param"] == "method"
        assert stripe_server.requests == []

        balance = await client.call_tool("raw_request", {"method": "GET", "path": "/v1/balance"})
        assert_valid_output(listed["raw_request"], balance)
        assert balance.structured_content == {"object": "balance", "available": []}


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


async def test_tools_option_hides_the_others(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server, names=["list_customers"]) as client:
        assert [tool.name for tool in (await client.list_tools()).tools] == ["list_customers"]
        error = tool_error(await client.call_tool("create_charge", {"amount": 1, "currency": "usd"}))
        assert error["param"] == "tool"
    assert stripe_server.requests == []


# --- calling ----------------------------------------------------------------------------------------------------------


async def test_call_returns_stripes_json(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        result = await client.call_tool("list_customers", {"limit": 2})
    assert_valid_output(listed["list_customers"], result)
    assert result.structured_content == customer_page({"limit": "2"})
    assert result.structured_content["data"] == CUSTOMERS[:2]
    [request] = stripe_server.requests
    assert (request.path, request.query_dict) == ("/v1/customers", {"limit": "2"})


async def test_each_read_tool_and_the_creates_answer_within_their_output_schema(stripe_server: ScriptedStripe) -> None:
    creates: dict[str, dict[str, Any]] = {
        "create_customer": {"email": "jenny@example.com", "metadata": {"order": "42"}},
        "create_charge": {"amount": 1099, "currency": "usd", "source": "tok_visa"},
        "create_payment_intent": {"amount": 500, "currency": "eur"},
        "create_invoice": {"customer": "cus_1"},
    }
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        for name, arguments in {**READ_CALLS, **creates}.items():
            result = await client.call_tool(name, arguments)
            assert_valid_output(listed[name], result)
            answer = result.structured_content
            assert answer is not None
            if name.startswith("list_") and name != "list_customers":
                assert answer["data"] == [LISTED[answer["url"]]]
    created = {request.path: request.form_dict for request in stripe_server.requests if request.method == "POST"}
    assert created["/v1/customers"] == {"email": "jenny@example.com", "metadata[order]": "42"}
    assert created["/v1/payment_intents"]["payment_method_types[0]"] == "card"  # the default reached Stripe


async def test_an_answer_outside_the_output_schema_is_a_response_error_with_the_answer(
    stripe_server: ScriptedStripe,
) -> None:
    """The output schema is not decoration: the server checks each answer before the client does (a client raises
    on a mismatch, which an agent would take for a failed call), and says the request was carried out."""
    mistyped = {"id": "cus_1", "object": "customer", "balance": "lots"}
    stripe_server.reset(Reply(json=mistyped), default=agent_routes)
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        result = await client.call_tool("get_customer", {"id": "cus_1"})
        after = await client.call_tool("get_customer", {"id": "cus_1"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(mistyped, listed["get_customer"].output_schema)
    assert result.is_error
    error_text, answer_text = result.content
    assert isinstance(error_text, types.TextContent) and isinstance(answer_text, types.TextContent)
    error = json.loads(error_text.text)["error"]
    assert result.structured_content is None
    assert error["kind"] == "response"
    assert "WAS carried out" in error["message"] and "balance" in error["message"]
    assert json.loads(answer_text.text) == mistyped
    assert_valid_output(listed["get_customer"], after)


async def test_bad_input_is_a_structured_error_naming_the_argument(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server) as client:
        string_amount = tool_error(await client.call_tool("create_charge", {"amount": "12", "currency": "usd"}))
        unknown = tool_error(await client.call_tool("list_customers", {"limit": 2, "emial": "a@b.c"}))
        bad_flag = tool_error(await client.call_tool("create_customer", {"dry_run": "yes"}))
        no_flag_on_get = tool_error(await client.call_tool("list_customers", {"dry_run": True}))
        nested: Any = "deep"
        for _ in range(200):
            nested = {"a": nested}
        too_deep = tool_error(
            await client.call_tool("raw_request", {"method": "POST", "path": "/v1/x", "body": nested})
        )
        surrogate = tool_error(await client.call_tool("list_customers", {"\ud800": 1}))
    assert (string_amount["kind"], string_amount["param"]) == ("invalid_input", "amount")
    assert set(string_amount) >= {"type", "code", "param", "message", "request_id"}
    assert unknown["param"] == "emial"
    assert "did you mean 'email'" in unknown["message"]
    assert bad_flag["param"] == "dry_run"
    assert no_flag_on_get["param"] == "dry_run"
    assert (too_deep["kind"], too_deep["param"]) == ("invalid_input", "arguments")
    assert surrogate["kind"] == "invalid_input"
    assert stripe_server.requests == []


async def test_stripe_error_comes_back_with_its_fields(stripe_server: ScriptedStripe) -> None:
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
        "class": "NotFoundError",
        "retryable": False,
    }


HOSTILE_ANSWERS = {
    "lone surrogate": '{"id": "cus_1", "object": "customer", "name": "\\ud800"}',
    "NaN": '{"id": "cus_1", "object": "customer", "balance": NaN}',
    "Infinity": '{"id": "cus_1", "object": "customer", "balance": -Infinity}',
    "deep": '{"id": "cus_1", "object": "customer", "x": ' + "[" * 5000 + "]" * 5000 + "}",
    "very deep": '{"id": "cus_1", "object": "customer", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
}


@pytest.mark.parametrize("body", HOSTILE_ANSWERS.values(), ids=HOSTILE_ANSWERS.keys())
async def test_a_hostile_answer_is_a_response_error_and_the_server_goes_on(
    stripe_server: ScriptedStripe, body: str
) -> None:
    stripe_server.reset(Reply(body=body), default=agent_routes)
    async with session(stripe_server) as client:
        error = tool_error(await client.call_tool("get_customer", {"id": "cus_1"}))
        after = await client.call_tool("get_customer", {"id": "cus_1"})
    assert error["kind"] == "response"
    assert not after.is_error
    assert after.structured_content == CUSTOMERS[0]


async def test_dry_run_returns_the_request_and_sends_nothing(stripe_server: ScriptedStripe) -> None:
    arguments = {"amount": 1099, "currency": "usd", "source": "tok_visa"}
    async with session(stripe_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        result = await client.call_tool("create_charge", {**arguments, "dry_run": True, "idempotency_scope": "r1:s2"})
    assert_valid_output(listed["create_charge"], result)
    request = result.structured_content
    assert request is not None
    assert stripe_server.requests == []
    assert (request["method"], request["url"]) == ("POST", f"{stripe_server.base_url}/v1/charges")
    assert request["body"] == "amount=1099&currency=usd&source=tok_visa"
    assert request["headers"]["Authorization"] == "Bearer sk_test_<redacted>"
    assert request["headers"]["Idempotency-Key"] == scoped_idempotency_key("r1:s2", "create_charge", arguments, None)


async def test_idempotency_scope_sends_the_same_key_on_replay(stripe_server: ScriptedStripe) -> None:
    arguments = {"email": "jenny@example.com"}
    async with session(stripe_server) as client:
        for _ in range(2):
            result = await client.call_tool("create_customer", {**arguments, "idempotency_scope": "run-7:step-1"})
            assert result.structured_content == {
                "id": "cus_new",
                "object": "customer",
                "email": "jenny@example.com",
                "name": None,
                "metadata": {},
            }
    expected = scoped_idempotency_key("run-7:step-1", "create_customer", arguments, None)
    assert [r.header("Idempotency-Key") for r in stripe_server.requests] == [expected, expected]
    assert [r.body for r in stripe_server.requests] == [b"email=jenny%40example.com"] * 2


async def test_max_amount_refuses_before_sending(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server, max_amount={"usd": 5000}) as client:
        error = tool_error(await client.call_tool("create_charge", {"amount": 5001, "currency": "usd"}))
    assert (error["kind"], error["param"]) == ("invalid_input", "amount")
    assert stripe_server.requests == []


# --- strict mode ------------------------------------------------------------------------------------------------------


async def test_strict_server_lists_strict_schemas_and_takes_strict_calls(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server, strict=True) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        for tool in listed.values():
            assert strict_violations(tool.input_schema) == [], tool.name
        calls: dict[str, dict[str, Any]] = {
            "list_customers": {"limit": 1},
            "create_customer": {"email": "a@example.com", "metadata": [{"key": "order", "value": "7"}]},
            "raw_request": {"body": None, "query": '{"expand": ["available"]}'},
        }
        results = {
            name: await client.call_tool(name, strict_call_arguments(name, listed[name].input_schema, **used))
            for name, used in calls.items()
        }
    for name, result in results.items():
        assert_valid_output(listed[name], result)
    customers, created, balance = stripe_server.requests
    assert customers.query_dict == {"limit": "1"}
    assert created.form_dict == {"email": "a@example.com", "metadata[order]": "7"}
    assert (balance.method, balance.path, balance.query_dict) == ("GET", "/v1/balance", {"expand[0]": "available"})


def test_strict_schemas_stay_strict_with_the_servers_own_arguments_and_read_only() -> None:
    from stripe_connector.mcp.schemas import exposed_schema

    for read_only in (False, True):
        for tool in exposed_tools(None, read_only=read_only):
            schema = exposed_schema(tool, read_only=read_only, strict=True)
            assert strict_violations(schema) == [], (tool.name, read_only)
    raw = exposed_schema(TOOLS.get("raw_request"), read_only=True, strict=True)
    assert "body" not in raw["required"] and "dry_run" not in raw["properties"]


async def test_strict_server_still_enforces_what_strict_mode_cannot_say(stripe_server: ScriptedStripe) -> None:
    async with session(stripe_server, strict=True) as client:
        schema = {tool.name: tool.input_schema for tool in (await client.list_tools()).tools}
        no_days = strict_call_arguments("create_invoice", schema["create_invoice"], collection_method="send_invoice")
        invoice = tool_error(await client.call_tool("create_invoice", no_days))
        get_body = strict_call_arguments("raw_request", schema["raw_request"], body='{"a": 1}')
        body = tool_error(await client.call_tool("raw_request", get_body))
        long_key = strict_call_arguments(
            "create_customer", schema["create_customer"], metadata=[{"key": "k" * 41, "value": "v"}]
        )
        metadata = tool_error(await client.call_tool("create_customer", long_key))
    assert invoice["param"] == "days_until_due"
    assert body["param"] == "body"
    assert metadata["param"] == "metadata"
    assert stripe_server.requests == []


# --- the real command over stdio --------------------------------------------------------------------------------------


def server_parameters(tmp_path: Path, *args: str, key: str | None = API_KEY) -> StdioServerParameters:
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    if key is not None:
        env["STRIPE_API_KEY"] = key
    return StdioServerParameters(
        command=sys.executable, args=["-m", "stripe_connector.cli", "mcp", *args], env=env, cwd=tmp_path
    )


@asynccontextmanager
async def stdio_session(tmp_path: Path, *args: str, key: str | None = API_KEY) -> AsyncIterator[ClientSession]:
    """The official client over stdio to ``stripe-connector mcp ARGS``; the server's stderr goes to server.log."""
    with (tmp_path / "server.log").open("w") as errlog:
        async with (
            stdio_client(server_parameters(tmp_path, *args, key=key), errlog=errlog) as (read, write),
            ClientSession(read, write) as client,
        ):
            await client.initialize()
            yield client


async def test_stdio_server_from_the_command_line(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    async with stdio_session(tmp_path, "--base-url", stripe_server.base_url) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        answers = {name: await client.call_tool(name, arguments) for name, arguments in READ_CALLS.items()}
        created = await client.call_tool("create_customer", {"email": "jenny@example.com"})
        bad = await client.call_tool("create_charge", {"amount": 10.5, "currency": "usd"})
    assert list(listed) == TOOLS.names()
    for tool in listed.values():
        assert tool.annotations is not None and tool.annotations.title
        assert tool.output_schema is not None
    for name, result in answers.items():
        assert_valid_output(listed[name], result)
    assert_valid_output(listed["create_customer"], created)
    assert created.structured_content is not None and created.structured_content["id"] == "cus_new"
    assert (tool_error(bad)["kind"], tool_error(bad)["param"]) == ("invalid_input", "amount")
    assert len(stripe_server.requests) == len(READ_CALLS) + 1
    assert API_KEY not in (tmp_path / "server.log").read_text()


async def test_stdio_read_only_server(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    async with stdio_session(tmp_path, "--read-only", "--base-url", stripe_server.base_url) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        result = await client.call_tool("list_customers", {"limit": 1})
        refused = await client.call_tool("raw_request", {"method": "POST", "path": "/v1/customers"})
    assert names == READ_ONLY_TOOLS
    assert result.structured_content is not None
    assert result.structured_content["data"] == CUSTOMERS[:1]
    assert tool_error(refused)["param"] == "method"
    assert len(stripe_server.requests) == 1


async def test_stdio_server_survives_a_lone_surrogate_in_an_answer(
    tmp_path: Path, stripe_server: ScriptedStripe
) -> None:
    """A lone surrogate used to kill the server's output task: every later call then hung."""
    stripe_server.reset(Reply(body=HOSTILE_ANSWERS["lone surrogate"]), default=agent_routes)
    async with stdio_session(tmp_path, "--base-url", stripe_server.base_url) as client:
        with_surrogate = await client.call_tool("get_customer", {"id": "cus_1"})
        after = await client.call_tool("get_customer", {"id": "cus_1"})
    assert tool_error(with_surrogate)["kind"] == "response"
    assert after.structured_content == CUSTOMERS[0]


async def test_stdio_server_without_a_key_answers_every_call_with_the_reason(tmp_path: Path) -> None:
    async with stdio_session(tmp_path, "--read-only", key=None) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
        errors = [tool_error(await client.call_tool(name, {})) for name in ("list_customers", "raw_request")]
    assert set(names) == READ_ONLY_TOOLS
    for error in errors:
        assert (error["kind"], error["param"]) == ("invalid_input", "api_key")
        assert "could not start" in error["message"]
        assert "STRIPE_API_KEY" in error["message"] and "--api-key-file" in error["message"]
    # The operator's view: the same JSON error on the last line of stderr.
    log = (tmp_path / "server.log").read_text().splitlines()
    assert json.loads(log[-1])["error"]["param"] == "api_key"


async def test_stdio_server_with_a_live_key_names_the_flag_and_not_the_key(tmp_path: Path) -> None:
    async with stdio_session(tmp_path, key=LIVE_KEY) as client:
        result = await client.call_tool("list_customers", {"limit": 1})
    error = tool_error(result)
    assert error["param"] == "api_key"
    assert "--allow-live" in error["message"]
    assert LIVE_KEY not in json.dumps(error)
    assert LIVE_KEY not in (tmp_path / "server.log").read_text()


def test_a_start_up_problem_still_exits_2_after_serving(tmp_path: Path) -> None:
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


def test_a_live_key_found_only_at_the_first_call_still_exits_2_when_no_call_came(tmp_path: Path) -> None:
    """The stdio server builds its connector at the first tool call (its first tools/list does not wait for the
    transport): a problem only building finds is still found at the end, for the exit status."""
    parameters = server_parameters(tmp_path, "--read-only", key=LIVE_KEY)
    done = subprocess.run([parameters.command, *parameters.args], env=parameters.env, cwd=tmp_path, input="",
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    error = json.loads(done.stderr.splitlines()[-1])["error"]
    assert error["param"] == "api_key" and "allow_live" in error["message"].replace("-", "_")
    assert LIVE_KEY not in done.stderr


def test_listing_tools_does_not_build_the_connector(tmp_path: Path) -> None:
    """What the first tools/list needs is imported and built; httpx, the transport and the client are not."""
    code = (
        "import sys\n"
        "from stripe_connector.mcp import server\n"
        "serving = server.Serving(server.exposed_tools(None, read_only=True), read_only=True)\n"
        "lazy = server.LazyConnector(serving, {'api_key': 'sk_test_' + 'a' * 24})\n"
        "serving.server(lazy, None)\n"
        "heavy = ('httpx', 'httpcore', 'stripe_connector._clients.async_client')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "lazy.get()\n"
        "print('httpcore' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["[]", "True"]


def test_sigint_exits_130_promptly(tmp_path: Path) -> None:
    parameters = server_parameters(tmp_path)
    with subprocess.Popen(
        [parameters.command, *parameters.args],
        env=parameters.env,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        hello = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        process.stdin.write(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": hello}).encode())
        process.stdin.write(b"\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["id"] == 1  # serving, blocked on the next line of stdin
        started = time.monotonic()
        process.send_signal(signal.SIGINT)
        try:
            status = process.wait(timeout=10)
        finally:
            process.kill()
    assert status == 130
    assert time.monotonic() - started < 5


async def test_results_say_what_the_engine_saw(stripe_server: ScriptedStripe) -> None:
    """Each result's ``_meta.stripe``: the request id, whether Stripe replayed an idempotent answer, the key, tries."""
    replayed = {"id": "cus_new", "object": "customer", "email": "jenny@example.com"}
    async with session(stripe_server) as client:
        listed = await client.call_tool("list_charges", {"limit": 1})
        stripe_server.script(Reply(200, json=replayed, headers={"Request-Id": "req_1", "Idempotent-Replayed": "true"}))
        created = await client.call_tool("create_customer", {"email": "jenny@example.com", "idempotency_scope": "s1"})
        previewed = await client.call_tool("create_customer", {"email": "jenny@example.com", "dry_run": True})
    assert listed.meta is not None
    assert listed.meta["stripe"]["request_id"] == "req_list"
    assert listed.meta["stripe"]["idempotent_replayed"] is False
    assert listed.meta["stripe"]["attempts"] == 1
    assert created.meta is not None and created.structured_content == replayed
    stripe = created.meta["stripe"]
    assert (stripe["request_id"], stripe["idempotent_replayed"]) == ("req_1", True)
    assert stripe["idempotency_key"] == stripe_server.requests[-1].header("Idempotency-Key")
    assert previewed.meta is None or "stripe" not in previewed.meta  # a dry run reached nothing


async def test_a_create_repeated_without_a_scope_sends_the_same_key(stripe_server: ScriptedStripe) -> None:
    """What makes the idempotent hint true: the same arguments give the same key; other arguments or a scope do not."""
    async with session(stripe_server) as client:
        for arguments in (
            {"email": "jenny@example.com"},
            {"email": "jenny@example.com"},
            {"email": "other@example.com"},
            {"email": "jenny@example.com", "idempotency_scope": "run-1:step-2"},
        ):
            result = await client.call_tool("create_customer", arguments)
            assert not result.is_error
    keys = [request.header("Idempotency-Key") for request in stripe_server.requests]
    assert keys[0] == keys[1]
    assert len(set(keys)) == 3
