"""The tools in real agent stacks, without a model or the network: openai-agents and langchain-core in strict mode.

For every tool (today's twelve and any added later: the tests iterate over ``TOOLS``):

* openai-agents builds a ``FunctionTool`` with ``strict_json_schema=True`` from ``tool.strict_input_schema`` and its
  own strict conversion leaves the schema as it is (nothing to fix, nothing silently changed);
* openai-agents' MCP client, with ``convert_schemas_to_strict=True`` against ``stripe-connector mcp --strict`` over
  stdio, converts every tool (it falls back to non-strict silently on failure, so each tool's flag is asserted);
* langchain-core's ``convert_to_openai_tool(..., strict=True)`` keeps the schema unchanged (it used to rewrite
  ``metadata`` to accept only ``{}``), directly and through a ``StructuredTool``;
* invoking with the arguments a strict model sends (every key, ``null`` for the unused) reaches the local double in
  the normal shape.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

pytest.importorskip("agents")
pytest.importorskip("langchain_core")

from agents import Agent, FunctionTool
from agents.mcp import MCPServerStdio, MCPUtil
from agents.models.interface import Model
from agents.run_context import RunContextWrapper
from agents.strict_schema import ensure_strict_json_schema
from agents.tool_context import ToolContext
from langchain_core.tools import StructuredTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from stripe_connector import TOOLS, AsyncStripeConnector
from stripe_connector.testing.doubles import Recorded, ScriptedStripe, running_scripted
from stripe_connector.tools.catalogue import Tool

from tests.connector_defaults import NO_RETRY
from tests.support.canned_routes import CUSTOMERS, LISTED, agent_routes, strict_call_arguments
from tests.support.conformance_support import DEFAULTS, RENAMES, documented_operations
from tests.support.keys import API_KEY

DEFAULT_PAGE = {"limit": "10"}  # the schema's default, filled in when the strict model sends null

#: What each tool sends when a strict model fills in only the required arguments (method, path, query/form).
EXPECTED_REQUESTS: dict[str, tuple[str, str, dict[str, str]]] = {
    "list_customers": ("GET", "/v1/customers", DEFAULT_PAGE),
    "get_customer": ("GET", "/v1/customers/cus_1", {}),
    "create_customer": ("POST", "/v1/customers", {}),
    "list_charges": ("GET", "/v1/charges", DEFAULT_PAGE),
    "create_charge": ("POST", "/v1/charges", {"amount": "1099", "currency": "usd"}),
    "list_payment_intents": ("GET", "/v1/payment_intents", DEFAULT_PAGE),
    "create_payment_intent": (
        "POST",
        "/v1/payment_intents",
        {"amount": "1099", "currency": "usd", "payment_method_types[0]": "card"},
    ),
    "list_invoices": ("GET", "/v1/invoices", DEFAULT_PAGE),
    "create_invoice": (
        "POST",
        "/v1/invoices",
        {"customer": "cus_1", "auto_advance": "true", "collection_method": "charge_automatically"},
    ),
    "list_products": ("GET", "/v1/products", DEFAULT_PAGE),
    "list_subscriptions": ("GET", "/v1/subscriptions", DEFAULT_PAGE),
    "raw_request": ("GET", "/v1/balance", {}),
}


@pytest.fixture(scope="module")
def module_stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=agent_routes)


@pytest.fixture
def stripe(module_stripe: ScriptedStripe) -> ScriptedStripe:
    module_stripe.reset(default=agent_routes)
    return module_stripe


@asynccontextmanager
async def connector_for(stripe: ScriptedStripe) -> AsyncIterator[AsyncStripeConnector]:
    async with AsyncStripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector:
        yield connector


def expected_request(tool: str) -> tuple[str, str, dict[str, str]]:
    """The table's entry, or (for a tool added to spec/tools.yaml since) what its definition says the strict call's
    non-null arguments and its defaults become on the wire."""
    if tool in EXPECTED_REQUESTS:
        return EXPECTED_REQUESTS[tool]
    method, path = documented_operations()[tool]
    renames = RENAMES.get(tool, {})
    given = {k: v for k, v in strict_call_arguments(tool).items() if v is not None}
    params: dict[str, str] = {}
    for name, value in {**DEFAULTS.get(tool, {}), **given}.items():
        wire = renames.get(name, name)
        if "{" + wire + "}" in path:
            path = path.replace("{" + wire + "}", str(value))
        else:
            params[wire] = json.dumps(value) if isinstance(value, bool) else str(value)
    return method, path, params


def assert_reached(request: Recorded, tool: str) -> None:
    """``request`` is what ``tool`` sends with only its required arguments: nothing from the nulls leaked."""
    method, path, params = expected_request(tool)
    assert (request.method, request.path) == (method, path), tool
    got = request.form_dict if method == "POST" else request.query_dict
    assert got == params, tool
    assert "None" not in request.body.decode() and "null" not in request.body.decode(), tool


def test_every_tool_is_covered() -> None:
    """The table covers the reference's tools; a tool added since is derived from its definition."""
    assert set(EXPECTED_REQUESTS) <= set(TOOLS.names())
    for name in TOOLS.names():
        method, path, _params = expected_request(name)
        assert method in ("GET", "POST", "DELETE") and path.startswith("/v1/") and "{" not in path, name


# --- openai-agents: FunctionTool --------------------------------------------------------------------------------------


def function_tool(tool: Tool, connector: AsyncStripeConnector) -> FunctionTool:
    """The adapter an openai-agents user writes: the strict schema, and ``call(..., strict=True)``."""

    async def invoke(context: ToolContext[Any], arguments: str) -> str:
        return json.dumps(await connector.call(tool.name, json.loads(arguments), strict=True))

    return FunctionTool(
        name=tool.name,
        description=tool.description,
        params_json_schema=tool.strict_input_schema,
        on_invoke_tool=invoke,
        strict_json_schema=True,
    )


@pytest.mark.parametrize("name", TOOLS.names())
def test_openai_agents_strict_conversion_changes_nothing(name: str) -> None:
    schema = TOOLS.get(name).strict_input_schema
    # The strictest form openai-agents has (the one its MCP client uses): open objects refused too.
    assert ensure_strict_json_schema(copy.deepcopy(schema), _reject_open_objects=True) == schema


def test_openai_agents_refuses_the_normal_schemas_that_is_why_the_variant_exists() -> None:
    """Guards the test above: the same conversion fails on a normal schema with metadata."""
    from agents.exceptions import UserError

    with pytest.raises(UserError):
        ensure_strict_json_schema(copy.deepcopy(TOOLS.get("create_customer").input_schema))


async def test_openai_agents_function_tools_in_strict_mode_reach_stripe(stripe: ScriptedStripe) -> None:
    async with connector_for(stripe) as connector:
        tools = [function_tool(tool, connector) for tool in TOOLS]
        answers = {}
        for tool in tools:
            assert tool.strict_json_schema is True
            assert tool.params_json_schema == TOOLS.get(tool.name).strict_input_schema
            context = ToolContext(
                context=None, tool_name=tool.name, tool_call_id=f"call_{tool.name}", tool_arguments=""
            )
            answers[tool.name] = await tool.on_invoke_tool(context, json.dumps(strict_call_arguments(tool.name)))
    assert len(stripe.requests) == len(TOOLS)
    for request, name in zip(stripe.requests, TOOLS.names(), strict=True):
        assert_reached(request, name)
    assert json.loads(answers["get_customer"]) == CUSTOMERS[0]
    assert json.loads(answers["list_charges"])["data"] == [LISTED["/v1/charges"]]
    assert json.loads(answers["raw_request"]) == {"object": "balance", "available": []}


async def test_openai_agents_strict_call_with_stand_ins(stripe: ScriptedStripe) -> None:
    async with connector_for(stripe) as connector:
        tools = {tool.name: function_tool(tool, connector) for tool in TOOLS}
        context = ToolContext(context=None, tool_name="create_customer", tool_call_id="call_1", tool_arguments="")
        metadata = [{"key": "order", "value": "42"}]
        customer = strict_call_arguments("create_customer", email="a@example.com", metadata=metadata)
        created = json.loads(await tools["create_customer"].on_invoke_tool(context, json.dumps(customer)))
        raw = strict_call_arguments("raw_request", method="POST", path="/v1/customers", body='{"name": "Jenny"}')
        await tools["raw_request"].on_invoke_tool(context, json.dumps(raw))
    assert created["metadata"] == {"order": "42"}
    first, second = stripe.requests
    assert first.form_dict == {"email": "a@example.com", "metadata[order]": "42"}
    assert (second.method, second.form_dict) == ("POST", {"name": "Jenny"})


# --- openai-agents: its MCP client against our server -----------------------------------------------------------------


@asynccontextmanager
async def agents_mcp_server(stripe: ScriptedStripe, *args: str) -> AsyncIterator[MCPServerStdio]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    env["STRIPE_API_KEY"] = API_KEY
    params = {
        "command": sys.executable,
        "args": ["-m", "stripe_connector.cli", "mcp", "--base-url", stripe.base_url, *args],
        "env": env,
    }
    async with MCPServerStdio(params=params, client_session_timeout_seconds=30) as server:  # type: ignore[arg-type]
        yield server


async def test_openai_agents_mcp_client_converts_every_tool_to_strict(stripe: ScriptedStripe) -> None:
    async with agents_mcp_server(stripe, "--strict") as server:
        listed = {tool.name: tool for tool in await server.list_tools()}
        tools = await MCPUtil.get_function_tools(server, True, RunContextWrapper(None), Agent(name="t"))
        by_name = {tool.name: tool for tool in tools if isinstance(tool, FunctionTool)}
        assert list(by_name) == TOOLS.names()
        for name, tool in by_name.items():
            assert tool.strict_json_schema is True, f"{name} fell back to non-strict"
            assert tool.params_json_schema == listed[name].input_schema, name
        answers = {}
        for name, tool in by_name.items():
            context = ToolContext(context=None, tool_name=name, tool_call_id=f"call_{name}", tool_arguments="")
            arguments = strict_call_arguments(name, listed[name].input_schema)
            answers[name] = await tool.on_invoke_tool(context, json.dumps(arguments))
    assert len(stripe.requests) == len(TOOLS)
    for request, name in zip(stripe.requests, TOOLS.names(), strict=True):
        assert_reached(request, name)
    answer = answers["get_customer"]
    text = answer["text"] if isinstance(answer, dict) else str(answer)
    assert json.loads(text) == CUSTOMERS[0]


# --- langchain-core ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TOOLS.names())
def test_langchain_strict_conversion_keeps_the_schema(name: str) -> None:
    tool = TOOLS.get(name)
    definition = {"name": tool.name, "description": tool.description, "parameters": tool.strict_input_schema}
    converted = convert_to_openai_tool(definition, strict=True)
    assert converted["function"]["strict"] is True
    assert converted["function"]["parameters"] == tool.strict_input_schema


def langchain_tool(tool: Tool, connector: AsyncStripeConnector) -> StructuredTool:
    async def run(**arguments: Any) -> str:
        return json.dumps(await connector.call(tool.name, arguments, strict=True))

    return StructuredTool.from_function(
        coroutine=run, name=tool.name, description=tool.description, args_schema=tool.strict_input_schema
    )


async def test_langchain_structured_tools_in_strict_mode_reach_stripe(stripe: ScriptedStripe) -> None:
    async with connector_for(stripe) as connector:
        answers = {}
        for tool in TOOLS:
            structured = langchain_tool(tool, connector)
            converted = convert_to_openai_tool(structured, strict=True)
            assert converted["function"]["parameters"] == tool.strict_input_schema, tool.name
            call = {"name": tool.name, "args": strict_call_arguments(tool.name), "id": "call_1", "type": "tool_call"}
            message = await structured.ainvoke(call)
            answers[tool.name] = json.loads(message.content)
    for request, name in zip(stripe.requests, TOOLS.names(), strict=True):
        assert_reached(request, name)
    assert answers["list_customers"]["data"] == CUSTOMERS[:2]
    assert answers["create_charge"]["amount"] == 1099


# --- openai-agents: a whole agent run, the model scripted -------------------------------------------------------------


class ScriptedModel(Model):
    """An openai-agents ``Model`` that sends one strict tool call, then a final message; it records the tools it saw
    as the Responses API payload openai-agents would send to OpenAI."""

    def __init__(self, tool_name: str, arguments: dict[str, Any]) -> None:
        self.tool_name, self.arguments = tool_name, arguments
        self.payloads: list[Any] = []
        self.tool_outputs: list[Any] = []

    async def get_response(
        self, system_instructions: Any, input: Any, model_settings: Any, tools: Any, *rest: Any, **options: Any
    ) -> Any:
        from agents.items import ModelResponse
        from agents.models.openai_responses import Converter
        from agents.usage import Usage
        from openai.types.responses import ResponseFunctionToolCall, ResponseOutputMessage, ResponseOutputText

        self.payloads = Converter.convert_tools(tools, []).tools
        outputs = [
            item for item in (input if isinstance(input, list) else []) if item.get("type") == "function_call_output"
        ]
        if not outputs:
            arguments = json.dumps(self.arguments)
            call = ResponseFunctionToolCall(
                arguments=arguments, call_id="call_1", name=self.tool_name, type="function_call", id="fc_1"
            )
            return ModelResponse(output=[call], usage=Usage(), response_id=None)
        self.tool_outputs = [item["output"] for item in outputs]
        text = ResponseOutputText(annotations=[], text="done", type="output_text")
        message = ResponseOutputMessage(
            id="msg_1", content=[text], role="assistant", status="completed", type="message"
        )
        return ModelResponse(output=[message], usage=Usage(), response_id=None)

    def stream_response(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover - the test does not stream
        raise NotImplementedError


async def test_an_agent_run_with_a_strict_tool_call_reaches_stripe(stripe: ScriptedStripe) -> None:
    from agents import RunConfig, Runner

    arguments = strict_call_arguments("create_payment_intent", metadata=[{"key": "order", "value": "42"}])
    model = ScriptedModel("create_payment_intent", arguments)
    async with connector_for(stripe) as connector:
        agent = Agent(name="billing", model=model, tools=[function_tool(tool, connector) for tool in TOOLS])
        result = await Runner.run(agent, "charge 10.99 USD", run_config=RunConfig(tracing_disabled=True))
    assert result.final_output == "done"
    # What OpenAI would have been sent: every tool, strict, with our strict schema unchanged.
    sent = {payload["name"]: payload for payload in model.payloads}
    assert list(sent) == TOOLS.names()
    for tool in TOOLS:
        assert sent[tool.name]["strict"] is True
        assert sent[tool.name]["parameters"] == tool.strict_input_schema
    [request] = stripe.requests
    assert request.form_dict == {
        "amount": "1099",
        "currency": "usd",
        "payment_method_types[0]": "card",
        "metadata[order]": "42",
    }
    [output] = model.tool_outputs
    assert json.loads(output)["id"] == "pi_new"
