"""``spec/tools.yaml``, the one definition of every tool: it agrees with the reference, a broken entry stops the
pipeline with a line naming the tool and the field, and a new entry becomes a whole tool with nothing else edited.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import build_tools, tool_definitions, trim
from tests.support.conformance_support import (
    DEFAULTS,
    REFERENCE_DEFAULTS,
    REFERENCE_EXAMPLES,
    REFERENCE_RENAMES,
    RENAMES,
    TOOL_EXAMPLES,
    definitions,
)
from tests.support.pipeline_helpers import DEFAULT_SPEC, ROOT, copy_pipeline, run_make
from tests.support.reference_examples import REFERENCE_DOC, reference_examples

DEFINITIONS = ROOT / "spec" / "tools.yaml"
VIEW = ROOT / "spec" / "stripe.tools.json"
REGISTRY = ROOT / "generated" / "stripe_connector_generated" / "api" / "default" / "__init__.py"


# --- the definitions agree with the reference -----------------------------------------------------------------------


@pytest.mark.parametrize("tool", list(REFERENCE_EXAMPLES))
def test_reference_tools_are_defined_as_documented(tool: str) -> None:
    assert TOOL_EXAMPLES[tool] == REFERENCE_EXAMPLES[tool]
    assert DEFAULTS.get(tool, {}) == REFERENCE_DEFAULTS.get(tool, {})
    assert RENAMES.get(tool, {}) == REFERENCE_RENAMES.get(tool, {})


@pytest.mark.skipif(not REFERENCE_DOC.exists(), reason="the reference is not beside the repository")
@pytest.mark.parametrize("tool", list(REFERENCE_EXAMPLES))
def test_reference_example_responses_are_the_reference_text(tool: str) -> None:
    response = definitions()["tools"][tool]["example"]["response"]
    assert json.loads(response) == reference_examples()[tool].response


# --- a broken entry fails make generate, naming the tool and the field ---------------------------------------------


def build(tmp_path: Path, change: Any) -> str:
    """Run the tools generator on the definitions after ``change(data)``; return its error line ("" on success)."""
    data = yaml.safe_load(DEFINITIONS.read_text(encoding="utf-8"))
    change(data)
    definitions_file = tmp_path / "tools.yaml"
    definitions_file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    package = tmp_path / "package"
    (package / "api" / "default").mkdir(parents=True)
    shutil.copy2(REGISTRY, package / "api" / "default" / "__init__.py")
    try:
        build_tools.build(tool_definitions.load_definitions(definitions_file), VIEW, package)
    except tool_definitions.DefinitionError as exc:
        return str(exc)
    return ""


def tool(name: str) -> Any:
    def pick(data: dict[str, Any]) -> dict[str, Any]:
        entry: dict[str, Any] = data["tools"][name]
        return entry

    return pick


BROKEN = {
    "argument-stripe-lacks": (
        lambda d: tool("create_customer")(d)["arguments"].update(nickname={}),
        ("'create_customer'", "arguments.nickname", "has no parameter 'nickname'"),
    ),
    "misspelt-rule": (
        lambda d: tool("list_customers")(d)["arguments"].update(email={"rules": {"minLenght": 1}}),
        ("'list_customers'", "arguments.email.rules", "'minLenght'"),
    ),
    "bad-rule-value": (
        lambda d: tool("list_charges")(d)["arguments"].update(customer={"rules": {"minLength": "one"}}),
        ("'list_charges'", "arguments", "not a valid JSON Schema"),
    ),
    "bad-pattern": (
        lambda d: tool("list_charges")(d)["arguments"].update(customer={"rules": {"pattern": "(("}}),
        ("'list_charges'", "arguments", "not a valid JSON Schema"),
    ),
    "example-refused": (
        lambda d: tool("create_charge")(d)["example"].update(arguments={"amount": -1, "currency": "usd"}),
        ("'create_charge'", "example.arguments", "would refuse its own example"),
    ),
    "unknown-kind": (lambda d: tool("get_charge")(d).update(kind="reads"), ("'get_charge'", "'kind'", "reads")),
    "no-operation": (
        lambda d: tool("get_charge")(d).pop("operation"),
        ("'get_charge'", "'operation' is required"),
    ),
    "required-not-an-argument": (
        lambda d: tool("create_charge")(d).update(required=["amount", "currency", "cost"]),
        ("'create_charge'", "'required'", "'cost'"),
    ),
    "money-not-integer": (
        lambda d: tool("create_charge")(d).update(money={"description": "currency"}),
        ("'create_charge'", "money.description", "integer"),
    ),
    "cursor-without-starting-after": (
        lambda d: tool("list_products")(d)["arguments"].pop("starting_after"),
        ("'list_products'", "pagination", "starting_after"),
    ),
    "misspelt-field": (
        lambda d: tool("list_products")(d).update(descripton="x"),
        ("'list_products'", "descripton"),
    ),
    "schema-on-an-operation-tool": (
        lambda d: tool("list_products")(d)["arguments"].update(active={"schema": {"type": "string"}}),
        ("'list_products'", "arguments.active.schema"),
    ),
    "path-argument-missing": (
        lambda d: tool("get_charge")(d).update(arguments={}, required=[], example={"arguments": {}}),
        ("'get_charge'", "arguments", "the path needs ['charge']"),
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_definition_names_the_tool_and_the_field(tmp_path: Path, case: str) -> None:
    change, fragments = BROKEN[case]
    message = build(tmp_path, change)
    assert message, f"{case}: the generator accepted a broken definition"
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, f"{case}: {fragment!r} not in {message!r}"


def test_the_committed_definitions_build(tmp_path: Path) -> None:
    assert build(tmp_path, lambda data: None) == ""
    generated = (tmp_path / "package" / "tool_catalogue.py").read_text(encoding="utf-8")
    committed = (ROOT / "generated" / "stripe_connector_generated" / "tool_catalogue.py").read_text(encoding="utf-8")
    assert generated == committed


def test_an_operation_the_spec_lacks_fails_the_trimmer(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFINITIONS.read_text(encoding="utf-8"))
    data["tools"]["list_widgets"] = {
        "operation": "GET /v1/widgets",
        "kind": "read",
        "description": "List widgets.",
        "example": {"arguments": {}},
    }
    definitions_file = tmp_path / "tools.yaml"
    definitions_file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(trim.TrimError, match=r"GET /v1/widgets \(list_widgets\)"):
        trim.trim(DEFAULT_SPEC, definitions_file)


def test_invalid_yaml_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "tools.yaml"
    broken.write_text("tools:\n  a: [unclosed\n", encoding="utf-8")
    with pytest.raises(tool_definitions.DefinitionError) as caught:
        tool_definitions.load_definitions(broken)
    assert "\n" not in str(caught.value)


# --- adding a tool is data plus make generate ----------------------------------------------------------------------

NEW_TOOL = """
  list_refunds:
    operation: GET /v1/refunds
    kind: read
    pagination: cursor
    description: List refunds, newest first; optionally only those of one charge.
    arguments:
      limit: {}
      starting_after: {}
      charge: {description: Only the refunds of this charge (ch_...).}
    example:
      arguments: {limit: 3, charge: ch_1}
"""

CHECK_NEW_TOOL = """
import asyncio, inspect, io, json
from stripe_connector import TOOLS, AsyncStripeConnector, StripeConnector
from stripe_connector.cli.main import main
from stripe_connector.errors import InvalidInputError
tool = TOOLS.get("list_refunds")
def refused():
    try:
        stripe.call("list_refunds", {"limit": 500})
    except InvalidInputError as exc:
        return exc.param
stripe = StripeConnector("sk_test_x", base_url="http://127.0.0.1:9")
described = stripe.dry_run("list_refunds", {"limit": 3, "charge": "ch_1"})
out = io.StringIO()
main(["tools"], stdout=out)
signature = inspect.signature(StripeConnector.list_refunds)
print(json.dumps({
    "kind": tool.kind,
    "pagination": tool.pagination,
    "arguments": sorted(tool.input_schema["properties"]),
    "url": described["url"],
    "sync": list(signature.parameters),
    "async": inspect.iscoroutinefunction(AsyncStripeConnector.list_refunds),
    "listed": "list_refunds" in out.getvalue(),
    "refused": refused(),
}))
"""


def test_a_new_entry_becomes_a_whole_tool(tmp_path: Path) -> None:
    copy_pipeline(tmp_path)
    definitions_file = tmp_path / "spec" / "tools.yaml"
    definitions_file.write_text(definitions_file.read_text(encoding="utf-8") + NEW_TOOL, encoding="utf-8")
    result = run_make(tmp_path, "generate", DEFAULT_SPEC)
    assert result.returncode == 0, result.stdout + result.stderr
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'generated'}{os.pathsep}{ROOT / 'wrapper'}"}
    checked = subprocess.run(
        [sys.executable, "-c", CHECK_NEW_TOOL], env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["kind"] == "read"
    assert report["pagination"] == "cursor"
    assert report["arguments"] == ["charge", "limit", "starting_after"]
    assert report["url"] == "http://127.0.0.1:9/v1/refunds?limit=3&charge=ch_1"
    assert report["sync"] == ["self", "limit", "starting_after", "charge", "stripe_account"]
    assert report["async"] is True
    assert report["listed"] is True
    assert report["refused"] == "limit"


def test_definitions_are_plain_data() -> None:
    """No YAML anchors shared between tools: changing one tool's data can never change another's."""
    data = yaml.safe_load(DEFINITIONS.read_text(encoding="utf-8"))
    copied = copy.deepcopy(data)
    copied["tools"]["list_customers"]["arguments"]["limit"]["x"] = 1
    assert "x" not in (data["tools"]["list_charges"]["arguments"]["limit"] or {})


def test_the_definitions_and_the_wrapper_know_the_same_kinds() -> None:
    """The pipeline checks kinds without the wrapper; the wrapper acts on them (``POLICY``): one list, held equal."""
    from typing import get_args

    from stripe_connector.operations._index import KINDS as OPERATION_KINDS
    from stripe_connector.tools.kinds import POLICY, ToolKind

    assert get_args(ToolKind) == tool_definitions.KINDS
    assert set(POLICY) == set(tool_definitions.KINDS)
    assert set(OPERATION_KINDS) == set(tool_definitions.KINDS) - {"raw"}  # an operation has a fixed method
