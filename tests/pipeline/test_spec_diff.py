"""Tests for codegen/spec_diff.py: the classification rules on small synthetic specs, exit codes, and entries
checked by hand in Stripe's two real specs (2022-04-12 and 2023-09-12 in ../shared/stripe-openapi)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.pipeline_helpers import committed_source

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "stripe-openapi"
OLD_REAL = SHARED / "2022-04-12" / "spec3.json"
NEW_REAL = SHARED / "2023-09-12" / "spec3.json"
NEW_REAL_YAML = SHARED / "2023-09-12" / "spec3.yaml"
EXAMPLE = REPO / "spec" / "CHANGES-example.md"
needs_real_specs = pytest.mark.skipif(not NEW_REAL.exists(), reason="Stripe's specs not in ../shared")


def _load_module() -> ModuleType:
    from codegen import spec_diff as module

    return module


spec_diff = _load_module()


# --- helpers ------------------------------------------------------------------------------------------------


def synthetic(version: str = "2024-01-01") -> dict[str, Any]:
    """A tiny Stripe-like spec: POST /v1/things (form body) and GET /v1/things (a list)."""
    thing = {
        "properties": {
            "id": {"type": "string"},
            "object": {"enum": ["thing"], "type": "string"},
            "status": {"enum": ["open", "closed"], "type": "string", "nullable": True},
            "note": {"type": "string"},
        },
        "type": "object",
    }
    body = {
        "properties": {
            "name": {"maxLength": 100, "type": "string"},
            "color": {"enum": ["red", "blue"], "type": "string"},
            "shipping": {
                "properties": {"carrier": {"maxLength": 50, "type": "string"}},
                "type": "object",
            },
        },
        "required": ["name"],
        "type": "object",
    }
    list_envelope = {
        "properties": {
            "data": {"items": {"$ref": "#/components/schemas/thing"}, "type": "array"},
            "has_more": {"type": "boolean"},
            "object": {"enum": ["list"], "type": "string"},
            "url": {"type": "string"},
        },
        "type": "object",
    }

    def ok(schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"content": {"application/json": {"schema": schema}}, "description": "OK"}}

    return {
        "openapi": "3.0.0",
        "info": {"title": "Things", "version": version},
        "paths": {
            "/v1/things": {
                "get": {
                    "parameters": [
                        {"in": "query", "name": "limit", "required": False, "schema": {"type": "integer"}},
                        {
                            "in": "query",
                            "name": "status",
                            "required": False,
                            "schema": {"enum": ["open", "closed"], "type": "string"},
                        },
                    ],
                    "responses": ok(list_envelope),
                },
                "post": {
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": body}}},
                    "responses": ok({"$ref": "#/components/schemas/thing"}),
                },
            }
        },
        "components": {"schemas": {"thing": thing}},
    }


def post_body(doc: dict[str, Any]) -> dict[str, Any]:
    content = doc["paths"]["/v1/things"]["post"]["requestBody"]["content"]
    schema: dict[str, Any] = content["application/x-www-form-urlencoded"]["schema"]
    return schema


def thing(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["thing"]
    return schema


@pytest.fixture
def ops_file(tmp_path: Path) -> Path:
    path = tmp_path / "operations"
    path.write_text("# test operations\nPOST /v1/things  create_thing\nGET  /v1/things  list_things\n")
    return path


def run(tmp_path: Path, ops: Path, old: dict[str, Any], new: dict[str, Any]) -> tuple[int, str]:
    """Write both specs, run the CLI entry point in-process, return (exit code, report)."""
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    out = tmp_path / "report.md"
    args = [str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--operations", str(ops)]
    code = spec_diff.main([*args, "--output", str(out)])
    return code, out.read_text()


def rows(report: str) -> set[str]:
    """Every change row as "METHOD PATH | kind | where | change", so tests name the operation too."""
    found, operation = set(), ""
    for line in report.splitlines():
        if line.startswith("## "):
            operation = line[3:].split("`")[1]
        elif operation and line.startswith("| ") and not line.startswith(("| kind", "| ---")):
            found.add(f"{operation} {line}")
    return found


# --- classification rules on synthetic specs ----------------------------------------------------------------


def test_identical_specs_have_no_changes_and_exit_0(tmp_path: Path, ops_file: Path) -> None:
    code, report = run(tmp_path, ops_file, synthetic(), synthetic())
    assert code == 0
    assert "**Result: no changes**" in report
    assert rows(report) == set()


def test_removed_parameter_is_breaking(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    del post_body(new)["properties"]["color"]
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert "POST /v1/things | breaking | request `color` | removed |" in rows(report)


def test_optional_parameter_added_is_additive(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    post_body(new)["properties"]["size"] = {"type": "integer"}
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 0
    assert "**Result: additive only**" in report
    assert rows(report) == {"POST /v1/things | additive | request `size` | added, optional, `integer` |"}


def test_required_parameter_added_is_breaking(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    post_body(new)["properties"]["size"] = {"type": "integer"}
    post_body(new)["required"].append("size")
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert "POST /v1/things | breaking | request `size` | added, required, `integer` |" in rows(report)


def test_parameter_made_required_is_breaking_and_the_reverse_additive(tmp_path: Path, ops_file: Path) -> None:
    stricter = synthetic()
    post_body(stricter)["required"].append("color")
    code, report = run(tmp_path, ops_file, synthetic(), stricter)
    assert code == 1
    assert "POST /v1/things | breaking | request `color` | now required |" in rows(report)
    code, report = run(tmp_path, ops_file, stricter, synthetic())
    assert code == 0
    assert "POST /v1/things | additive | request `color` | no longer required |" in rows(report)


def test_enum_value_removed_is_breaking_added_is_additive(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    post_body(new)["properties"]["color"]["enum"] = ["red", "green"]
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert {
        "POST /v1/things | breaking | request `color` | enum values removed: `blue` |",
        "POST /v1/things | additive | request `color` | enum values added: `green` |",
    } <= rows(report)


def test_max_length_lowered_is_breaking_raised_is_additive(tmp_path: Path, ops_file: Path) -> None:
    lowered = synthetic()
    post_body(lowered)["properties"]["name"]["maxLength"] = 20
    code, report = run(tmp_path, ops_file, synthetic(), lowered)
    assert code == 1
    assert "POST /v1/things | breaking | request `name` | maxLength 100 -> 20 |" in rows(report)
    code, report = run(tmp_path, ops_file, lowered, synthetic())
    assert code == 0
    assert "POST /v1/things | additive | request `name` | maxLength 20 -> 100 |" in rows(report)


def test_max_length_added_is_breaking_removed_is_additive(tmp_path: Path, ops_file: Path) -> None:
    """A limit that appears refuses values the old spec took (a mutation once made this 'additive')."""
    unlimited = synthetic()
    del post_body(unlimited)["properties"]["name"]["maxLength"]
    code, report = run(tmp_path, ops_file, unlimited, synthetic())
    assert code == 1
    assert rows(report) == {"POST /v1/things | breaking | request `name` | maxLength none -> 100 |"}
    code, report = run(tmp_path, ops_file, synthetic(), unlimited)
    assert code == 0
    assert rows(report) == {"POST /v1/things | additive | request `name` | maxLength 100 -> none |"}


def test_a_union_member_without_a_limit_leaves_the_parameter_unlimited(tmp_path: Path, ops_file: Path) -> None:
    """``anyOf: [{maxLength: 5000}, {string}]`` takes any string: limiting the second member is breaking."""
    old, new = synthetic(), synthetic()
    post_body(old)["properties"]["name"] = {"anyOf": [{"maxLength": 5000, "type": "string"}, {"type": "string"}]}
    post_body(new)["properties"]["name"] = {
        "anyOf": [{"maxLength": 5000, "type": "string"}, {"maxLength": 5000, "type": "string"}]
    }
    code, report = run(tmp_path, ops_file, old, new)
    assert code == 1
    assert rows(report) == {"POST /v1/things | breaking | request `name` | maxLength none -> 5000 |"}
    # Stripe's empty-string "unset" member is not a string field: it does not lift the limit.
    post_body(old)["properties"]["name"] = {
        "anyOf": [{"maxLength": 100, "type": "string"}, {"enum": [""], "type": "string"}]
    }
    code, report = run(tmp_path, ops_file, old, synthetic())
    assert rows(report) == {'POST /v1/things | breaking | request `name` | type `""` or `string` -> `string` |'}


@pytest.mark.parametrize(
    ("keyword", "old_value", "new_value", "kind"),
    [
        ("maximum", None, 100, "breaking"),
        ("maximum", 100, 50, "breaking"),
        ("maximum", 50, 100, "additive"),
        ("maximum", 100, None, "additive"),
        ("minimum", None, 1, "breaking"),
        ("minimum", 1, 5, "breaking"),
        ("minimum", 5, 1, "additive"),
        ("minimum", 1, None, "additive"),
    ],
)
def test_numeric_limits_tightened_are_breaking(
    tmp_path: Path, ops_file: Path, keyword: str, old_value: int | None, new_value: int | None, kind: str
) -> None:
    old, new = synthetic(), synthetic()
    for doc, value in ((old, old_value), (new, new_value)):
        limit = {keyword: value} if value is not None else {}
        doc["paths"]["/v1/things"]["get"]["parameters"][0]["schema"] = {"type": "integer", **limit}
    code, report = run(tmp_path, ops_file, old, new)
    shown = ["none" if v is None else str(v) for v in (old_value, new_value)]
    assert rows(report) == {f"GET /v1/things | {kind} | request `limit` | {keyword} {shown[0]} -> {shown[1]} |"}
    assert code == (1 if kind == "breaking" else 0)


@pytest.mark.parametrize(
    ("keyword", "old_value", "new_value", "kind"),
    [("maxItems", None, 10, "breaking"), ("maxItems", 10, 20, "additive"), ("minItems", 0, 1, "breaking")],
)
def test_array_limits_tightened_are_breaking(
    tmp_path: Path, ops_file: Path, keyword: str, old_value: int | None, new_value: int | None, kind: str
) -> None:
    old, new = synthetic(), synthetic()
    for doc, value in ((old, old_value), (new, new_value)):
        limit = {keyword: value} if value is not None else {}
        post_body(doc)["properties"]["tags"] = {"items": {"type": "string"}, "type": "array", **limit}
    code, report = run(tmp_path, ops_file, old, new)
    shown = ["none" if v is None else str(v) for v in (old_value, new_value)]
    assert rows(report) == {f"POST /v1/things | {kind} | request `tags` | {keyword} {shown[0]} -> {shown[1]} |"}
    assert code == (1 if kind == "breaking" else 0)


def test_a_pattern_added_or_changed_is_breaking_removed_is_additive(tmp_path: Path, ops_file: Path) -> None:
    patterned = synthetic()
    post_body(patterned)["properties"]["name"]["pattern"] = "^[a-z]+$"
    code, report = run(tmp_path, ops_file, synthetic(), patterned)
    assert (code, rows(report)) == (1, {"POST /v1/things | breaking | request `name` | pattern none -> `^[a-z]+$` |"})
    changed = copy.deepcopy(patterned)
    post_body(changed)["properties"]["name"]["pattern"] = "^[a-z0-9]+$"
    code, _report = run(tmp_path, ops_file, patterned, changed)
    assert code == 1
    code, report = run(tmp_path, ops_file, patterned, synthetic())
    assert (code, rows(report)) == (0, {"POST /v1/things | additive | request `name` | pattern `^[a-z]+$` -> none |"})


def test_a_removed_response_field_alone_is_breaking_for_typed_models(tmp_path: Path, ops_file: Path) -> None:
    """The verdict, the exit code and the summary all say so: typed code would lose ``thing.note``."""
    new = synthetic()
    del thing(new)["properties"]["note"]
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert "**Result: breaking** (0 breaking, 2 breaking for typed models, 0 additive, 0 notes" in report
    assert "| `GET /v1/things` | list_things | 0 | 1 | 0 | 0 |" in report
    assert {row.split(" | ")[1] for row in rows(report)} == {"breaking for typed models"}


def test_nested_parameters_are_reported_with_dotted_names(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    post_body(new)["properties"]["shipping"]["properties"]["carrier"]["maxLength"] = 10
    post_body(new)["properties"]["shipping"]["properties"]["phone"] = {"type": "string"}
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert rows(report) == {
        "POST /v1/things | breaking | request `shipping.carrier` | maxLength 50 -> 10 |",
        "POST /v1/things | additive | request `shipping.phone` | added, optional, `string` |",
    }


def test_type_widened_is_additive_narrowed_is_breaking(tmp_path: Path, ops_file: Path) -> None:
    wide = synthetic()
    wide["paths"]["/v1/things"]["get"]["parameters"][0]["schema"] = {
        "anyOf": [{"type": "integer"}, {"enum": [""], "type": "string"}]
    }
    code, report = run(tmp_path, ops_file, synthetic(), wide)
    assert code == 0
    widened = 'GET /v1/things | additive | request `limit` | type `integer` -> `""` or `integer` |'
    assert widened in rows(report)
    code, report = run(tmp_path, ops_file, wide, synthetic())
    assert code == 1
    narrowed = 'GET /v1/things | breaking | request `limit` | type `""` or `integer` -> `integer` |'
    assert narrowed in rows(report)


def test_query_parameter_restricted_to_an_enum_is_breaking(tmp_path: Path, ops_file: Path) -> None:
    old = synthetic()
    old["paths"]["/v1/things"]["get"]["parameters"][1]["schema"] = {"type": "string"}
    code, report = run(tmp_path, ops_file, old, synthetic())
    assert code == 1
    expected = "GET /v1/things | breaking | request `status` | now restricted to `closed`, `open` |"
    assert expected in rows(report)


def test_response_fields(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    del thing(new)["properties"]["id"]  # read by the connector: breaking
    del thing(new)["properties"]["note"]  # not read by the connector, but typed code reads it from the models
    thing(new)["properties"]["status"]["enum"] = ["open", "void"]
    thing(new)["properties"]["amount"] = {"type": "integer"}
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    for op in ("POST", "GET"):  # the list endpoint's items are the same resource
        assert {
            f"{op} /v1/things | breaking | response `thing.id` | field removed (read by the connector) |",
            f"{op} /v1/things | breaking for typed models | response `thing.note` | "
            "field removed (typed models lose it; call() is unaffected) |",
            f"{op} /v1/things | breaking | response `thing.status` | enum values removed: `closed` |",
            f"{op} /v1/things | additive | response `thing.status` | enum values added: `void` |",
            f"{op} /v1/things | additive | response `thing.amount` | field added |",
        } <= rows(report)


def test_list_envelope_losing_has_more_is_breaking(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    envelope = new["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    envelope["properties"]["next_page"] = envelope["properties"].pop("has_more")
    code, report = run(tmp_path, ops_file, synthetic(), new)
    assert code == 1
    assert "GET /v1/things | breaking | response `list.has_more` | field removed (read by the connector) |" in rows(
        report
    )


def test_operations_removed_added_and_missing(tmp_path: Path, ops_file: Path) -> None:
    ops_file.write_text(ops_file.read_text() + "GET /v1/widgets list_widgets\n")
    without_post = synthetic()
    del without_post["paths"]["/v1/things"]["post"]
    code, report = run(tmp_path, ops_file, synthetic(), without_post)
    assert code == 1
    assert {
        "POST /v1/things | breaking | operation | removed |",
        "GET /v1/widgets | note | operation | in neither spec |",
    } <= rows(report)
    code, report = run(tmp_path, ops_file, without_post, synthetic())
    assert code == 0
    assert "POST /v1/things | additive | operation | added |" in rows(report)


def test_old_spec_lacking_a_component_is_a_note_not_a_change(tmp_path: Path, ops_file: Path) -> None:
    """A trimmed OLD may miss components NEW has: report "not compared", not every field as added."""
    old = synthetic()
    del old["components"]["schemas"]["thing"]
    code, report = run(tmp_path, ops_file, old, synthetic())
    assert code == 0
    assert rows(report) == {
        "GET /v1/things | note | response `thing` | schema not in the old spec; not compared |",
        "POST /v1/things | note | response `thing` | schema not in the old spec; not compared |",
    }


def test_trimmer_normalisation_is_not_a_change(tmp_path: Path, ops_file: Path) -> None:
    """What codegen/trim.py does to OLD (titles stripped, null added to nullable enums, expandable fields cut
    to strings) must not show up as changes."""
    old = synthetic()
    status = thing(old)["properties"]["status"]
    del status["nullable"]
    status["enum"] = [*status["enum"], None]
    thing(old)["properties"]["note"] = {"anyOf": [{"type": "string"}, {"type": "object"}], "title": "x"}
    code, report = run(tmp_path, ops_file, old, synthetic())
    assert (code, rows(report)) == (0, set())


def test_yaml_input(tmp_path: Path, ops_file: Path) -> None:
    yaml = pytest.importorskip("yaml")
    new = synthetic()
    post_body(new)["properties"]["size"] = {"type": "integer"}
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(synthetic()))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    out = tmp_path / "r.md"
    args = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--operations", str(ops_file)]
    assert spec_diff.main([*args, "--output", str(out)]) == 0
    assert "request `size` | added, optional, `integer`" in out.read_text()


def test_report_is_deterministic(tmp_path: Path, ops_file: Path) -> None:
    new = synthetic()
    post_body(new)["properties"].update({f"p{i}": {"type": "string"} for i in (5, 1, 9, 3)})
    thing(new)["properties"]["status"]["enum"] = ["zeta", "open", "alpha", "closed"]
    shuffled = copy.deepcopy(new)
    shuffled["paths"]["/v1/things"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"][
        "properties"
    ] = dict(reversed(list(post_body(new)["properties"].items())))
    first = run(tmp_path, ops_file, synthetic(), new)
    assert run(tmp_path, ops_file, synthetic(), shuffled) == first
    lines = first[1].splitlines()
    added = [line for line in lines if "request `p" in line]
    assert added == sorted(added) and len(added) == 4
    assert "enum values added: `alpha`, `zeta`" in first[1]


# --- bad input: exit 2 with one line on stderr --------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3 document"),
        ('{"openapi": "3.0.0", "paths": []}', "no 'paths' object"),
        ("just: [an, unclosed", "neither valid JSON nor valid YAML"),
        ("plain text, not a spec", "not an OpenAPI 3 document"),
    ],
)
def test_not_openapi_exits_2(
    tmp_path: Path, ops_file: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    (tmp_path / "good.json").write_text(json.dumps(synthetic()))
    assert spec_diff.main([str(tmp_path / "good.json"), str(bad), "--operations", str(ops_file)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err and str(bad) in captured.err


def test_bad_operations_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ops = tmp_path / "operations"
    ops.write_text("FETCH /v1/things list_things\n")
    (tmp_path / "s.json").write_text(json.dumps(synthetic()))
    assert spec_diff.main([str(tmp_path / "s.json"), str(tmp_path / "s.json"), "--operations", str(ops)]) == 2
    assert "operations:1: expected 'METHOD PATH TOOL'" in capsys.readouterr().err


def test_missing_file_exits_2_without_traceback(tmp_path: Path, ops_file: Path) -> None:
    """Through the real command line, as `make spec-diff` runs it."""
    (tmp_path / "good.json").write_text(json.dumps(synthetic()))
    missing = tmp_path / "nope.json"
    good = tmp_path / "good.json"
    args = [sys.executable, "-m", "codegen.spec_diff", str(missing), str(good), "--operations", str(ops_file)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False, cwd=REPO)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"spec_diff: error: spec file not found: {missing}\n"


# --- Stripe's real specs: entries checked by hand in both files ---------------------------------------------


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    if not NEW_REAL.exists():
        pytest.skip("Stripe's specs not in ../shared")
    out = tmp_path_factory.mktemp("real") / "report.md"
    code = spec_diff.main([str(OLD_REAL), str(NEW_REAL), "--output", str(out)])
    return code, out.read_text()


@needs_real_specs
def test_real_specs_are_breaking(real_report: tuple[int, str]) -> None:
    """Removed operations between the two real specs make the report breaking (exit 1); speed is not asserted
    here (timing under a loaded CI machine says nothing), the pipeline's speed is a ``make bench`` figure."""
    code, _ = real_report
    assert code == 1


@needs_real_specs
def test_real_specs_api_versions(real_report: tuple[int, str]) -> None:
    assert "| Stripe API version | `2020-08-27` | `2023-08-16` |" in real_report[1]


@needs_real_specs
def test_real_specs_hand_checked_entries(real_report: tuple[int, str]) -> None:
    """Each entry was looked up in both spec3.json files (see the comments)."""
    found = rows(real_report[1])
    assert {
        # requestBody properties of POST /v1/payment_intents: radar_options is new in 2023-09-12.
        "POST /v1/payment_intents | additive | request `radar_options` | added, optional, `object` |",
        # payment_intent.capture_method enum: [automatic, manual] -> [automatic, automatic_async, manual].
        "POST /v1/payment_intents | additive | response `payment_intent.capture_method` | "
        "enum values added: `automatic_async` |",
        # the request parameter of the same name gained the same value.
        "POST /v1/payment_intents | additive | request `capture_method` | enum values added: `automatic_async` |",
        # payment_intent.charges (the embedded charge list) is gone in 2023-08-16; latest_charge replaces it.
        "GET /v1/payment_intents | breaking for typed models | response `payment_intent.charges` | "
        "field removed (typed models lose it; call() is unaffected) |",
        "GET /v1/payment_intents | additive | response `payment_intent.latest_charge` | field added |",
        # invoice.status listed `deleted` in 2022 and no longer does: a removed enum value.
        "GET /v1/invoices | breaking | response `invoice.status` | enum values removed: `deleted` |",
        # GET /v1/invoices?status= dropped its maxLength 5000 (the enum is unchanged).
        "GET /v1/invoices | additive | request `status` | maxLength 5000 -> none |",
        # subscription status gained `paused`, in the query parameter and in the resource.
        "GET /v1/subscriptions | additive | request `status` | enum values added: `paused` |",
        "GET /v1/subscriptions | additive | response `subscription.status` | enum values added: `paused` |",
    } <= found
    # amount and currency are required in both versions: nothing reported for them.
    payment_intents = [row for row in found if row.startswith("POST /v1/payment_intents")]
    assert not [row for row in payment_intents if "request `amount`" in row or "request `currency`" in row]


@needs_real_specs
def test_committed_example_is_current(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """spec/CHANGES-example.md is this script's output on the two real specs, run from the repository root."""
    monkeypatch.chdir(REPO)
    out = tmp_path / "example.md"
    old, new = (f"../shared/stripe-openapi/{v}/spec3.json" for v in ("2022-04-12", "2023-09-12"))
    assert spec_diff.main([old, new, "--output", str(out)]) == 1
    assert EXAMPLE.read_text() == out.read_text(), (
        "spec/CHANGES-example.md is stale; from the repository root run: python -m codegen.spec_diff "
        f"{old} {new} --output spec/CHANGES-example.md"
    )


@needs_real_specs
def test_yaml_and_json_give_the_same_changes(real_report: tuple[int, str], tmp_path: Path) -> None:
    out = tmp_path / "yaml.md"
    assert spec_diff.main([str(OLD_REAL), str(NEW_REAL_YAML), "--output", str(out)]) == 1
    assert rows(out.read_text()) == rows(real_report[1])


NEWER_REAL = SHARED / "2024-05-17" / "spec3.json"


@pytest.mark.skipif(not NEWER_REAL.exists(), reason="the 2024-05-17 spec is not in ../shared")
def test_2023_to_2024_lists_removed_response_fields_as_breaking_for_typed_models(tmp_path: Path) -> None:
    """Checked by hand in both files: 2024-04-10 drops ``invoice.rendering_options`` and ``product.features``."""
    out = tmp_path / "report.md"
    assert spec_diff.main([str(NEW_REAL), str(NEWER_REAL), "--output", str(out)]) == 1
    typed = {row for row in rows(out.read_text()) if "| breaking for typed models |" in row}
    assert typed == {
        "GET /v1/invoices | breaking for typed models | response `invoice.rendering_options` | "
        "field removed (typed models lose it; call() is unaffected) |",
        "POST /v1/invoices | breaking for typed models | response `invoice.rendering_options` | "
        "field removed (typed models lose it; call() is unaffected) |",
        "POST /v1/invoices/{invoice}/finalize | breaking for typed models | response `invoice.rendering_options` | "
        "field removed (typed models lose it; call() is unaffected) |",
        "GET /v1/products | breaking for typed models | response `product.features` | "
        "field removed (typed models lose it; call() is unaffected) |",
    }
    new = json.loads(NEWER_REAL.read_text())["components"]["schemas"]
    assert "rendering_options" not in new["invoice"]["properties"] and "features" not in new["product"]["properties"]


def test_against_the_committed_trimmed_spec_the_trimmer_changes_nothing(tmp_path: Path) -> None:
    """``make regenerate`` diffs the committed trimmed spec (nullable wrappers, relaxed ``required``) against the
    source: the trimmer's normalisation must not show up as changes."""
    out = tmp_path / "report.md"
    source = json.loads((REPO / "spec" / "stripe.trimmed.json").read_text())["info"]["x-stripe-connector-provenance"]
    same = committed_source()
    if not same.is_file() or sha256(same) != source["source_sha256"]:
        pytest.skip(f"the committed spec was not trimmed from {same} (pass SPEC=<its source>)")
    assert spec_diff.main([str(REPO / "spec" / "stripe.trimmed.json"), str(same), "--output", str(out)]) == 0
    assert "**Result: no changes**" in out.read_text()


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- make spec-diff keeps the script's exit status -----------------------------------------------------------------


def make_spec_diff(old: Path, new: Path, ops: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    command = ["make", "--no-print-directory", "-C", str(REPO), "spec-diff", f"OLD={old}", f"NEW={new}",
               f"OUT={out}", f"PYTHON={sys.executable}"]  # fmt: skip
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(not NEWER_REAL.exists(), reason="the 2024-05-17 spec is not in ../shared")
def test_make_spec_diff_exits_with_the_scripts_status(tmp_path: Path) -> None:
    """0 additive, 1 breaking, 2 bad input: make itself would turn any failure into 2."""
    ops = REPO / "spec" / "tools.yaml"
    statuses = {
        label: make_spec_diff(old, new, ops, tmp_path / f"{index}.md").returncode
        for index, (label, old, new) in enumerate(
            [
                ("same", NEW_REAL, NEW_REAL),
                ("breaking", NEW_REAL, NEWER_REAL),
                ("bad input", NEW_REAL, tmp_path / "absent.json"),
            ]
        )
    }
    assert statuses == {"same": 0, "breaking": 1, "bad input": 2}
    assert "**Result: breaking**" in (tmp_path / "1.md").read_text()


def test_the_example_workflow_labels_every_breaking_report(tmp_path: Path, ops_file: Path) -> None:
    """examples/regenerate-on-spec-change.yml greps the verdict line to label the pull request: a report that is
    breaking only for typed models must match it too."""
    import re

    workflow = (REPO / "examples" / "regenerate-on-spec-change.yml").read_text()
    pattern = re.search(r"grep -q '([^']+)'", workflow)
    assert pattern is not None, "the workflow no longer greps the report's verdict"
    typed_only = synthetic()
    del thing(typed_only)["properties"]["note"]
    verdicts = {}
    for label, new in (("typed", typed_only), ("additive", synthetic())):
        _code, report = run(tmp_path, ops_file, synthetic(), new)
        verdicts[label] = any(re.search(pattern.group(1), line) for line in report.splitlines())
    assert verdicts == {"typed": True, "additive": False}
