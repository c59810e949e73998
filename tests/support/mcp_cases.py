"""Every tool's success and error paths as data, for any MCP client (the Python and TypeScript SDK clients).

The cases derive from ``TOOLS`` and each tool's example in ``spec/tools.yaml``: a tool added there is covered with no
edit. A case is a call and what the client must end up with; :func:`check` judges a result written the way the wire
carries it (``isError``, ``content``, ``structuredContent``), whichever client received it.

Against one Stripe double (``tests.support.canned_routes.agent_routes``) with a script queued first
(:func:`stripe_script`), the calls of :func:`served_cases`, made in order, meet: a Stripe 4xx for every tool, an
unreadable answer for every tool, an answer outside the output schema, bad input for every tool (nothing sent),
every tool's success, and every posting tool's dry run. :func:`unreachable_cases` and :func:`startup_cases` are for
a server whose Stripe cannot be reached, or that could not start."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from stripe_connector import TOOLS
from stripe_connector.testing.doubles import Reply

from tests.support.conformance_support import TOOL_EXAMPLES
from tests.support.keys import API_KEY

POSTING = [tool.name for tool in TOOLS if tool.kind != "read"]


@dataclass(frozen=True)
class Case:
    tool: str
    arguments: dict[str, Any]
    #: None: a success whose structured content validates; otherwise fields the error must have.
    error: dict[str, Any] | None = None
    #: Words the error message must contain.
    says: tuple[str, ...] = ()
    #: For a success: the ``object`` the answer must be (a dry run: None, checked by its keys).
    dry_run: bool = False
    label: str = field(default="")

    def call(self) -> dict[str, Any]:
        return {"name": self.tool, "arguments": self.arguments}


def declined(tool: str) -> Reply:
    error = {"type": "card_error", "code": "card_declined", "message": f"{tool}: Your card was declined."}
    return Reply(402, json={"error": error}, headers={"Request-Id": f"req_{tool}"})


UNREADABLE = Reply(body="<html>502 Bad Gateway</html>", headers={"Request-Id": "req_html"})
MISMATCH = Reply(json={"id": "cus_1", "object": "customer", "balance": "lots"}, headers={"Request-Id": "req_mm"})


def stripe_script() -> list[Reply]:
    """What Stripe answers, in order, to the calls of :func:`served_cases` that reach it before the successes."""
    return [*(declined(tool.name) for tool in TOOLS), *(UNREADABLE for _ in TOOLS), MISMATCH]


def served_cases() -> list[Case]:
    cases = [
        Case(
            tool.name,
            TOOL_EXAMPLES[tool.name],
            {"kind": "stripe_api", "code": "card_declined", "http_status": 402, "request_id": f"req_{tool.name}"},
            (f"{tool.name}: Your card was declined.",),
            label="stripe 4xx",
        )
        for tool in TOOLS
    ]
    cases += [Case(tool.name, TOOL_EXAMPLES[tool.name], {"kind": "response"}, label="unreadable") for tool in TOOLS]
    cases.append(
        Case("get_customer", {"id": "cus_1"}, {"kind": "response"}, ("WAS carried out", "balance"), label="mismatch")
    )
    cases += [
        Case(
            tool.name,
            {**TOOL_EXAMPLES[tool.name], "not_an_argument": 1},
            {"kind": "invalid_input", "param": "not_an_argument"},
            label="bad input",
        )
        for tool in TOOLS
    ]
    cases.append(Case("create_charge", {"amount": -5, "currency": "usd"}, {"kind": "invalid_input", "param": "amount"}))
    cases += [Case(tool.name, TOOL_EXAMPLES[tool.name], label="success") for tool in TOOLS]
    cases += [Case(name, {**TOOL_EXAMPLES[name], "dry_run": True}, dry_run=True, label="dry run") for name in POSTING]
    return cases


def unreachable_cases() -> list[Case]:
    return [Case(tool.name, TOOL_EXAMPLES[tool.name], {"kind": "connection"}, label="network") for tool in TOOLS]


def startup_cases(*, live: bool = False) -> list[Case]:
    says = ("--allow-live",) if live else ("could not start", "STRIPE_API_KEY")
    return [
        Case(tool.name, TOOL_EXAMPLES[tool.name], {"kind": "invalid_input", "param": "api_key"}, says, label="start")
        for tool in TOOLS
    ]


_validators: dict[str, jsonschema.Draft202012Validator] = {}


def validator(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator per schema, built once (``jsonschema.validate`` re-checks the schema itself on every call; the
    listing test in ``tests/test_mcp.py`` checks each output schema once)."""
    key = json.dumps(schema, sort_keys=True)
    if key not in _validators:
        _validators[key] = jsonschema.Draft202012Validator(schema)
    return _validators[key]


def check(case: Case, result: Mapping[str, Any], output_schema: Mapping[str, Any] | None) -> None:
    """``result`` (wire form) is what ``case`` expects; see the module docstring."""
    where = f"{case.tool} ({case.label})"
    [first, *_] = result["content"]
    assert first["type"] == "text", where
    assert API_KEY not in json.dumps(result), where
    body = json.loads(first["text"])
    if case.error is None:
        assert not result.get("isError"), (where, body)
        structured = result.get("structuredContent")
        assert structured == body, where
        assert output_schema is not None, where
        validator(output_schema).validate(structured)
        if case.dry_run:
            assert set(structured) == {"tool", "method", "url", "headers", "body"}, where
        else:
            assert isinstance(structured.get("object"), str), where
        return
    assert result.get("isError") is True, (where, body)
    assert result.get("structuredContent") is None, where
    error = body["error"]
    assert {name: error.get(name) for name in case.error} == case.error, (where, error)
    assert set(error) >= {"kind", "type", "code", "param", "message", "request_id"}, where
    for words in case.says:
        assert words in error["message"], (where, error["message"])
