"""Every tool, from its definition: each case below is derived from ``TOOLS`` and ``spec/tools.yaml``.

A tool appended to the data file is covered here with no test edit: its example request goes through ``call``
(the answer comes back unchanged, the request is what the definition says), through a dry run, through the typed
method (sync and async, the answer parsed into the model the generated registry names), through a retry, through
the CLI's and the MCP server's listings, and each of its arguments refuses a value of the wrong type by name.
Stripe's answer is the reference's example where it has one, else Stripe's own fixture of the returned resource.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from stripe_connector import TOOLS, AsyncStripeConnector, InvalidInputError, StripeConnector
from stripe_connector.cli.main import main as cli_main
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe
from stripe_connector_generated import models
from stripe_connector_generated.api.default import SUCCESS_TYPES

from tests.connector_defaults import Connectors
from tests.support.conformance_support import DEFAULTS, RENAMES, TOOL_EXAMPLES, definitions, documented_operations
from tests.support.keys import API_KEY as KEY
from tests.support.tool_answers import answer_for

TOOL_NAMES = [tool.name for tool in TOOLS]
WRONG_VALUES: dict[str, Any] = {
    "string": 12345,
    "integer": "12",
    "boolean": "yes",
    "object": ["not", "an", "object"],
    "array": {"not": "a list"},
    "number": "1.5",
}


def expected_route(tool: str) -> tuple[str, str]:
    """Method and path the example must reach, from the definition (renamed path arguments filled in)."""
    arguments = TOOL_EXAMPLES[tool]
    if tool == "raw_request":
        return str(arguments["method"]).upper(), str(arguments["path"])
    method, path = documented_operations()[tool]
    for name, value in arguments.items():
        path = path.replace("{" + RENAMES.get(tool, {}).get(name, name) + "}", str(value))
    return method, path


def sent_parameters(request: Recorded) -> dict[str, str]:
    return dict(request.form if request.method == "POST" else request.query)


@pytest.fixture
def stripe(server: ScriptedStripe, connect: Connectors) -> Iterator[StripeConnector]:
    with connect(server.base_url) as connector:
        yield connector


def test_every_defined_tool_is_a_tool_with_an_example() -> None:
    assert list(definitions()["tools"]) == TOOL_NAMES
    assert set(TOOL_EXAMPLES) == set(TOOL_NAMES)


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_example_through_call(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    answer = answer_for(tool)
    server.script(Reply(200, json=answer))
    assert stripe.call(tool, TOOL_EXAMPLES[tool]) == answer
    (request,) = server.requests
    assert (request.method, request.path) == expected_route(tool)
    sent = sent_parameters(request)
    renames = RENAMES.get(tool, {})
    path_arguments = {
        name
        for name in TOOL_EXAMPLES[tool]
        if "{" + renames.get(name, name) + "}" in (documented_operations().get(tool, ("", ""))[1])
    }
    for name, value in {**DEFAULTS.get(tool, {}), **TOOL_EXAMPLES[tool]}.items():
        if tool == "raw_request" or name in path_arguments or isinstance(value, dict | list):
            continue
        wire = renames.get(name, name)
        expected = json.dumps(value) if isinstance(value, bool) else str(value)
        assert sent.get(wire) == expected, f"{tool}: {wire}"
    assert (request.header("Idempotency-Key") is not None) == (request.method == "POST")


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_example_dry_run_sends_nothing(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    described = stripe.dry_run(tool, TOOL_EXAMPLES[tool])
    method, path = expected_route(tool)
    assert described["method"] == method
    assert described["url"].split("?")[0] == server.base_url + path
    assert KEY not in json.dumps(described)
    assert server.count == 0


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_example_is_retried_with_one_idempotency_key(
    stripe: StripeConnector, server: ScriptedStripe, tool: str
) -> None:
    server.script(Reply(503, json={"error": {"type": "api_error"}}), Reply(200, json=answer_for(tool)))
    stripe.call(tool, TOOL_EXAMPLES[tool])
    first, second = server.requests
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)


def typed_arguments(tool: str) -> tuple[list[Any], dict[str, Any]]:
    """The example as a typed call: path arguments (raw_request: its required ones) positional, the rest keywords."""
    schema = TOOLS.get(tool).input_schema
    operation = TOOLS.get(tool).operation
    renames = RENAMES.get(tool, {})
    positional_names = (
        [name for name in schema["properties"] if "{" + renames.get(name, name) + "}" in operation.path]
        if operation is not None
        else list(schema["required"])
    )
    example = dict(TOOL_EXAMPLES[tool])
    positional = [example.pop(name) for name in positional_names if name in example]
    return positional, example


def assert_typed_answer(tool: str, result: Any, answer: dict[str, Any]) -> None:
    operation = TOOLS.get(tool).operation
    if operation is None:
        assert result == answer
        return
    expected = tuple(getattr(models, name.strip()) for name in SUCCESS_TYPES[operation.key].split("|"))
    assert isinstance(result, expected), f"{tool}: {type(result).__name__} is not {SUCCESS_TYPES[operation.key]}"
    assert result.to_dict()["id" if "id" in answer else "object"] == answer["id" if "id" in answer else "object"]


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_typed_method(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    answer = answer_for(tool)
    server.script(Reply(200, json=answer))
    positional, keywords = typed_arguments(tool)
    assert_typed_answer(tool, getattr(stripe, tool)(*positional, **keywords), answer)
    (request,) = server.requests
    assert (request.method, request.path) == expected_route(tool)


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_async_typed_method(server: ScriptedStripe, tool: str) -> None:
    answer = answer_for(tool)
    server.script(Reply(200, json=answer))
    positional, keywords = typed_arguments(tool)

    async def run() -> Any:
        async with AsyncStripeConnector(KEY, base_url=server.base_url) as connector:
            return await getattr(connector, tool)(*positional, **keywords)

    assert_typed_answer(tool, asyncio.run(run()), answer)
    assert server.count == 1


@pytest.mark.parametrize(
    ("tool", "argument"),
    [
        (tool.name, argument)
        for tool in TOOLS
        for argument, schema in tool.input_schema["properties"].items()
        if schema.get("type") in WRONG_VALUES
    ],
)
def test_each_argument_refuses_the_wrong_type_by_name(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, argument: str
) -> None:
    schema = TOOLS.get(tool).input_schema["properties"][argument]
    arguments = {**TOOL_EXAMPLES[tool], argument: WRONG_VALUES[schema["type"]]}
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(tool, arguments)
    assert caught.value.param == argument
    assert server.count == 0


def test_the_cli_lists_every_tool() -> None:
    out = io.StringIO()
    assert cli_main(["tools"], stdout=out, stderr=io.StringIO()) == 0
    listed = out.getvalue()
    for tool in TOOLS:
        assert tool.name in listed


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_the_cli_prints_each_schema(tool: str) -> None:
    out = io.StringIO()
    assert cli_main(["schema", tool], stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue()) == TOOLS.get(tool).input_schema


@pytest.mark.parametrize(
    "tool", [tool.name for tool in TOOLS if tool.operation is not None and tool.operation.query_params]
)
def test_a_query_too_long_to_send_is_an_input_error(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    """Stripe-valid strings can still make a URL no HTTP client sends: a typed error naming the argument."""
    operation = TOOLS.get(tool).operation
    assert operation is not None
    renames = {wire: name for name, wire in TOOLS.get(tool).renames.items()}
    strings = [
        renames.get(wire, wire)
        for wire in sorted(operation.query_params)
        if TOOLS.get(tool).input_schema["properties"][renames.get(wire, wire)].get("type") == "string"
        and "pattern" not in TOOLS.get(tool).input_schema["properties"][renames.get(wire, wire)]
    ]
    if not strings:
        pytest.skip(f"{tool} has no free-text query argument")
    arguments = {**TOOL_EXAMPLES[tool], strings[0]: "\u0800" * 5000, **{name: "\u0800" * 5000 for name in strings}}
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(tool, arguments)
    assert caught.value.param in strings
    assert server.count == 0
