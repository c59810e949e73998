"""Stripe's answer to any tool's call, from the tool definitions: for test doubles that must answer every tool.

The answer is the reference's example response where ``spec/tools.yaml`` has one, else Stripe's own fixture of the
resource the operation returns (``fixtures3.json``), wrapped in a list or search page for list operations. A tool
added to the data file is answered with no edit here.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from tests.support.conformance_support import definitions, documented_operations
from tests.support.pipeline_helpers import ROOT, SCHEMA_PREFIX, committed_source, load_json


@cache
def fixtures() -> dict[str, Any]:
    path = committed_source().parent / "fixtures3.json"
    if not path.exists():
        path = ROOT.parent / "shared" / "stripe-openapi" / "2023-09-12" / "fixtures3.json"
    resources: dict[str, Any] = load_json(path)["resources"]
    return resources


@cache
def documented() -> dict[str, Any]:
    spec: dict[str, Any] = load_json(ROOT / "spec" / "stripe.documented.json")
    return spec


def answer_for(tool: str) -> dict[str, Any]:
    """Stripe's answer to the tool's example request (see the module docstring)."""
    response = definitions()["tools"][tool]["example"].get("response")
    if response is not None:
        answer: dict[str, Any] = json.loads(response)
        return answer
    method, path = documented_operations()[tool]
    operation = documented()["paths"][path][method.lower()]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    if "$ref" in schema:
        return dict(fixtures()[schema["$ref"][len(SCHEMA_PREFIX) :]])
    if "anyOf" in schema:
        return dict(fixtures()[schema["anyOf"][0]["$ref"][len(SCHEMA_PREFIX) :]])
    item = fixtures()[schema["properties"]["data"]["items"]["$ref"][len(SCHEMA_PREFIX) :]]
    kind = schema["properties"]["object"]["enum"][0]
    page: dict[str, Any] = {"object": kind, "data": [item], "has_more": False, "url": path}
    if kind == "search_result":
        page["next_page"] = None
    return page


@cache
def operation_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path regex, tool) for every tool with a Stripe operation, most specific paths first."""
    found = []
    for tool, (method, template) in documented_operations().items():
        if definitions()["tools"][tool].get("kind") == "raw":
            continue
        segments = ["[^/]+" if part.startswith("{") else re.escape(part) for part in template.split("/")]
        regex = re.compile("^" + "/".join(segments) + "$")
        found.append((template.count("/"), template.count("{"), method, regex, tool))
    # Literal segments win over parameters: /v1/customers/search before /v1/customers/{customer}.
    return [(method, regex, tool) for _, _, method, regex, tool in sorted(found, key=lambda e: (-e[0], e[1]))]


def tool_for(method: str, path: str) -> str | None:
    """The tool whose operation ``method path`` is, or None."""
    for candidate_method, regex, tool in operation_patterns():
        if candidate_method == method and regex.match(path):
            return tool
    return None
