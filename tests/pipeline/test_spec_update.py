"""The spec-update job: models that read what any Stripe version sends, requests exactly as strict as the
spec, and Stripe's v1+v2 ``latest`` file as an input.

* **Every version's data in every version's models.** Each shipped spec is generated into a scratch directory
  (in parallel, once per session), and Stripe's ``fixtures3.json`` of every shipped version plus the reference's
  example responses must parse into each package and come back unchanged: old fixtures with new models and new
  fixtures with old models. A real parse in a fresh interpreter, not a check of the schemas.
* **Tolerance, by property.** Hypothesis sets any field of a fixture resource to ``null``, drops it, or gives an
  enum an unknown value: the committed models still parse it and give it back as sent.
* **Strict requests.** The tool view (what the connector validates against and shows agents) is the documented
  spec's request side, unchanged but for descriptions, titles and unenforced formats.
* **v1 + v2 in one file.** ``tests/data/stripe_v2_fragment.json`` (a small, realistic ``/v2`` part) is merged into
  a real v1 spec: the trimmer takes it, a ``/v2`` operation's JSON body properties become its parameters, and
  ``body_encoding`` says ``json`` (``form`` for ``/v1``).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector_generated import models

from tests.support.pipeline_helpers import (
    RESOURCE_MODELS,
    ROOT,
    STRIPE_OPENAPI,
    TOOLS_DOC,
    PipelineRun,
    committed_source,
    copy_pipeline,
    extract_example_responses,
    load_json,
    run_make,
)

#: Every shipped Stripe spec, by folder: each one's models must read every one's data.
SHIPPED = sorted(path.parent.name for path in STRIPE_OPENAPI.glob("*/spec3.json"))
FIXTURES = {version: STRIPE_OPENAPI / version / "fixtures3.json" for version in SHIPPED}
V2_FRAGMENT = ROOT / "tests" / "data" / "stripe_v2_fragment.json"
#: The fields every object keeps typed and required: what identifies it (see codegen/trim.py ALWAYS_PRESENT).
IDENTITY = ("deleted", "id", "object")


def load_trim() -> ModuleType:
    """``codegen.trim``, the trimmer."""
    from codegen import trim as module

    return module


trim = load_trim()


def write_latest_spec(directory: Path) -> tuple[Path, Path]:
    """A ``latest/openapi.spec3.json``-style file (a real v1 spec plus the v2 fragment) and tool definitions for it
    (the committed ``spec/tools.yaml`` plus the fragment's v2 tools)."""
    source = load_json(STRIPE_OPENAPI / SHIPPED[-1] / "spec3.json")
    fragment = load_json(V2_FRAGMENT)
    source["info"]["version"] = fragment["info_version"]
    source["paths"].update(fragment["paths"])
    source["components"]["schemas"].update(fragment["schemas"])
    directory.mkdir(parents=True, exist_ok=True)
    spec_path = directory / "openapi.spec3.json"
    spec_path.write_text(json.dumps(source), encoding="utf-8")
    import yaml

    definitions = yaml.safe_load((ROOT / "spec" / "tools.yaml").read_text(encoding="utf-8"))
    definitions["tools"].update(fragment["tools"])
    operations_path = directory / "tools.yaml"
    operations_path.write_text(yaml.safe_dump(definitions, sort_keys=False), encoding="utf-8")
    return spec_path, operations_path


# --- every shipped version's data in every shipped version's models ------------------------------------------------


def generate(workdir: Path, spec: Path, operations: Path | None = None) -> PipelineRun:
    copy_pipeline(workdir)
    if operations is not None:
        (workdir / "spec" / "tools.yaml").write_text(operations.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_make(workdir, "generate", spec)
    return PipelineRun(workdir, spec, result.returncode, result.stdout + result.stderr, 0.0)


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PipelineRun]:
    """``make generate`` of each shipped spec and of the v1+v2 file, side by side (~10 s in all)."""
    committed = committed_source().resolve()
    jobs: dict[str, tuple[Path, Path | None]] = {
        version: (STRIPE_OPENAPI / version / "spec3.json", None)
        for version in SHIPPED
        if (STRIPE_OPENAPI / version / "spec3.json").resolve() != committed
    }
    jobs["latest"] = write_latest_spec(tmp_path_factory.mktemp("latest-source"))
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {
            key: pool.submit(generate, tmp_path_factory.mktemp(f"models-{key}"), spec, operations)
            for key, (spec, operations) in jobs.items()
        }
        runs = {key: future.result() for key, future in futures.items()}
    for key, run in runs.items():
        assert run.returncode == 0, f"make generate ({key}) failed:\n{run.output}"
    # The committed tree is generated from its source already (one of the shipped specs, or a newer download
    # after `make regenerate SPEC=...`): it stands for that version, and is always checked as "committed".
    runs["committed"] = PipelineRun(ROOT, committed, 0, "", 0.0)
    for version in SHIPPED:
        runs.setdefault(version, runs["committed"])
    return runs


#: Run in a fresh interpreter whose ``stripe_connector_generated`` is the scratch one: round-trip every fixture
#: resource of every shipped version and every example response of the reference through its models.
CROSS_PARSE = """
import importlib, json, sys
from tests.support.pipeline_helpers import LIST_MODELS, RESOURCE_MODELS, extract_example_responses, round_trip
models = importlib.import_module("stripe_connector_generated.models")
types = importlib.import_module("stripe_connector_generated.types")
fixtures, doc = json.loads(sys.argv[1]), sys.argv[2]
results = {}
for version, path in fixtures.items():
    resources = json.load(open(path, encoding="utf-8"))["resources"]
    for resource, class_name in RESOURCE_MODELS.items():
        results[f"fixtures {version}: {resource}"] = round_trip(getattr(models, class_name), resources[resource])
for index, example in enumerate(extract_example_responses(open(doc, encoding="utf-8").read())):
    if example["object"] == "list":
        class_name = LIST_MODELS[example["url"]][0]
    else:
        class_name = RESOURCE_MODELS.get(example["object"], "Balance")  # the balance example has no "object"
    results[f"reference example {index}: {example.get('url', example['object'])}"] = round_trip(
        getattr(models, class_name), example
    )
print(json.dumps({"package": importlib.import_module("stripe_connector_generated").__file__,
                  "api_version": types.STRIPE_API_VERSION, "results": results}))
"""


def cross_parse(package_dir: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(package_dir.parent), str(ROOT)]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    arguments = [json.dumps({k: str(v) for k, v in FIXTURES.items()}), str(TOOLS_DOC)]
    result = subprocess.run(
        [sys.executable, "-c", CROSS_PARSE, *arguments],
        cwd=package_dir.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_there_are_old_and_new_shipped_versions() -> None:
    assert len(SHIPPED) >= 3, SHIPPED
    assert all(path.is_file() for path in FIXTURES.values())


@pytest.mark.parametrize("models_version", [*SHIPPED, "latest", "committed"])
def test_every_versions_data_parses_into_these_models(packages: dict[str, PipelineRun], models_version: str) -> None:
    """Old fixtures with new models and new fixtures with old models, plus the reference's examples (which come
    from a newer API version than any shipped spec: ``subscription.discounts: null``, an invoice without ``paid``)."""
    run = packages[models_version]
    report = cross_parse(run.package_dir)
    assert Path(report["package"]).is_relative_to(run.package_dir), "imported the installed package instead"
    assert report["api_version"] == load_json(run.spec_dir / "stripe.trimmed.json")["info"]["version"]
    expected = len(SHIPPED) * len(RESOURCE_MODELS) + len(extract_example_responses(TOOLS_DOC.read_text("utf-8")))
    assert len(report["results"]) == expected
    failures = {name: outcome for name, outcome in report["results"].items() if outcome != "ok"}
    assert failures == {}


def test_the_reference_sends_null_for_an_array_the_newest_spec_declares_non_nullable() -> None:
    """What the cross-version test must survive: a real instance of the issue, not a made-up one."""
    spec = load_json(STRIPE_OPENAPI / "2024-05-17" / "spec3.json")
    declared = spec["components"]["schemas"]["subscription"]["properties"]["discounts"]
    assert declared["type"] == "array" and not declared.get("nullable")
    examples = extract_example_responses(TOOLS_DOC.read_text(encoding="utf-8"))
    subscriptions = [item for e in examples if e.get("url") == "/v1/subscriptions" for item in e["data"]]
    assert any(item.get("discounts", []) is None for item in subscriptions)


# --- tolerance of the committed models, by property ----------------------------------------------------------------

COMMITTED_FIXTURES = load_json(FIXTURES[SHIPPED[-1]])["resources"]


def field_paths(value: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every path to a value inside ``value`` (object keys and list indexes), identity fields left out."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in IDENTITY:
                yield (*prefix, key)
                yield from field_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from field_paths(item, (*prefix, index))


def replaced(value: Any, path: tuple[str | int, ...], new: Any, *, delete: bool = False) -> Any:
    result = copy.deepcopy(value)
    parent = result
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return result


def top_level_typed(resource: str) -> list[str]:
    """The fields the model describes (rather than keeping in ``additional_properties``)."""
    model = getattr(models, RESOURCE_MODELS[resource])
    return sorted(
        name for name in COMMITTED_FIXTURES[resource] if name in model.__annotations__ and name not in IDENTITY
    )


def parses_back(resource: str, value: dict[str, Any]) -> None:
    model = getattr(models, RESOURCE_MODELS[resource])
    assert model.from_dict(value).to_dict() == value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_response_field_may_be_null(data: st.DataObject) -> None:
    resource = data.draw(st.sampled_from(sorted(RESOURCE_MODELS)))
    paths = [path for path in field_paths(COMMITTED_FIXTURES[resource]) if isinstance(path[-1], str)]
    path = data.draw(st.sampled_from(paths))
    parses_back(resource, replaced(COMMITTED_FIXTURES[resource], path, None))


@pytest.mark.parametrize("resource", sorted(RESOURCE_MODELS))
def test_every_typed_top_level_field_may_be_null_or_missing(resource: str) -> None:
    """Exhaustive for the top level, which is what typed code reads first."""
    fields = top_level_typed(resource)
    assert fields, f"no typed field in the {resource} fixture: nothing checked"
    for name in fields:
        parses_back(resource, replaced(COMMITTED_FIXTURES[resource], (name,), None))
        parses_back(resource, replaced(COMMITTED_FIXTURES[resource], (name,), None, delete=True))


@settings(max_examples=60, deadline=None)
@given(data=st.data(), value=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=30))
def test_enums_take_values_stripe_adds_later(data: st.DataObject, value: str) -> None:
    resource = data.draw(st.sampled_from(["charge", "invoice", "payment_intent", "subscription"]))
    parses_back(resource, replaced(COMMITTED_FIXTURES[resource], ("status",), value))


def test_identity_fields_stay_required() -> None:
    """``id`` and ``object`` still tell what a thing is: without ``id`` a customer is not a customer."""
    customer = dict(COMMITTED_FIXTURES["customer"])
    del customer["id"]
    with pytest.raises(KeyError):
        models.Customer.from_dict(customer)


# --- requests stay exactly as strict as the spec --------------------------------------------------------------------


def shown(schema: Any) -> Any:
    """A documented request schema as the tool view must show it: no descriptions, titles or unenforced formats."""
    if isinstance(schema, list):
        return [shown(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: shown(value)
        for key, value in schema.items()
        if not isinstance(value, str)
        or (key not in ("description", "title") and not (key == "format" and value not in trim.ENFORCED_FORMATS))
    }


def documented_parameters(documented: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each documented operation's parameters and body properties, straight from Stripe's unmodified schemas."""
    schemas = documented["components"]["schemas"]
    found: dict[str, dict[str, Any]] = {}
    for path, item in documented["paths"].items():
        for method, operation in item.items():
            parameters = {p["name"]: trim.resolve_refs(p["schema"], schemas) for p in operation.get("parameters", [])}
            if method in ("post", "delete") and "requestBody" in operation:
                # a DELETE's form fields are its query parameters (as stripe-python sends them)
                content = operation["requestBody"]["content"]
                body = content.get("application/json", content.get("application/x-www-form-urlencoded"))
                for name, schema in trim.resolve_refs(body["schema"], schemas).get("properties", {}).items():
                    parameters[name] = schema
            found[f"{method.upper()} {path}"] = parameters
    return found


def nullable_enums_as_lists(schema: Any) -> Any:
    """Stripe's ``nullable`` enum written as the trimmer writes it (``null`` listed): the same set of values."""
    if isinstance(schema, list):
        return [nullable_enums_as_lists(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: nullable_enums_as_lists(value) for key, value in schema.items()}
    if result.get("nullable") is True and isinstance(result.get("enum"), list):
        del result["nullable"]
        result["enum"] = [*result["enum"], *([None] if None not in result["enum"] else [])]
    return result


def assert_tool_view_is_the_documented_request_side(spec_dir: Path) -> int:
    documented = documented_parameters(load_json(spec_dir / "stripe.documented.json"))
    view = load_json(spec_dir / "stripe.tools.json")["tools"]
    compared = 0
    for tool in view.values():
        expected = documented[f"{tool['method']} {tool['path']}"]
        assert sorted(tool["parameters"]) == sorted(expected), tool["path"]
        for name, parameter in tool["parameters"].items():
            assert parameter["schema"] == nullable_enums_as_lists(shown(expected[name])), f"{tool['path']} {name}"
            compared += 1
    return compared


def test_the_committed_tool_view_is_the_documented_request_side() -> None:
    assert assert_tool_view_is_the_documented_request_side(ROOT / "spec") > 100


def test_the_v1_v2_tool_view_is_the_documented_request_side(packages: dict[str, PipelineRun]) -> None:
    assert assert_tool_view_is_the_documented_request_side(packages["latest"].spec_dir) > 100


def test_request_body_models_still_require_what_stripe_requires() -> None:
    """The generated request side is untouched too: a payment intent without an amount is not one."""
    with pytest.raises(KeyError):
        models.PostPaymentIntentsBody.from_dict({"currency": "usd"})
    body = models.PostPaymentIntentsBody.from_dict({"amount": 1, "currency": "usd"})
    assert body.to_dict() == {"amount": 1, "currency": "usd"}


# --- Stripe's v1 + v2 file ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def latest(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(documented, trimmed, tool view) of the v1+v2 file, trimmed in-process."""
    spec_path, operations_path = write_latest_spec(tmp_path_factory.mktemp("latest"))
    documented, trimmed = trim.trim(spec_path, operations_path)
    return documented, trimmed, trim.tool_view(trimmed)


def test_a_v2_operation_gets_its_arguments_from_the_json_body(latest: Any) -> None:
    _documented, _trimmed, view = latest
    tool = view["tools"]["create_meter_event"]
    assert (tool["method"], tool["path"], tool["body_encoding"]) == ("POST", "/v2/billing/meter_events", "json")
    assert tool["parameters"] == {
        "event_name": {"in": "body", "schema": {"maxLength": 100, "type": "string"}},
        "identifier": {"in": "body", "schema": {"maxLength": 100, "type": "string"}},
        "payload": {"in": "body", "schema": {"additionalProperties": {"type": "string"}, "type": "object"}},
        "timestamp": {"in": "body", "schema": {"format": "date-time", "type": "string"}},
    }


def test_v2_body_references_are_inlined(latest: Any) -> None:
    _documented, _trimmed, view = latest
    cancel = view["tools"]["create_meter_event_adjustment"]["parameters"]["cancel"]
    assert cancel == {
        "in": "body",
        "schema": {"properties": {"identifier": {"maxLength": 100, "type": "string"}}, "required": ["identifier"],
                   "type": "object"},
    }  # fmt: skip


def test_body_encoding_per_operation(latest: Any) -> None:
    _documented, _trimmed, view = latest
    encodings = {name: tool["body_encoding"] for name, tool in view["tools"].items()}
    v2 = {name for name, tool in view["tools"].items() if tool["path"].startswith("/v2/")}
    assert v2 == {"list_events", "get_event", "create_meter_event", "create_meter_event_adjustment",
                  "create_outbound_payment"}  # fmt: skip
    assert {encodings[name] for name in v2} == {"json"}  # GETs included: v2 speaks JSON
    assert {encodings[name] for name in encodings.keys() - v2} == {"form"}
    assert view["tools"]["list_events"]["parameters"]["object_id"]["in"] == "query"


def formats(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = {node["format"]} if isinstance(node.get("format"), str) else set()
        return own.union(*(formats(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(formats(item) for item in node))
    return set()


def test_unenforced_formats_never_reach_the_tool_view(latest: Any) -> None:
    documented, _trimmed, view = latest
    assert {"int64", "currency", "int32", "unix-time", "date-time"} <= formats(documented)
    assert formats(view) == {"date-time"}  # fastjsonschema checks date-time; nothing checks the others
    outbound = view["tools"]["create_outbound_payment"]["parameters"]
    assert outbound["amount"]["schema"]["properties"] == {"currency": {"type": "string"}, "value": {"type": "string"}}


def test_enforced_formats_are_the_validators() -> None:
    """The list the trimmer keeps formats by is exactly what the connector's validator enforces."""
    from fastjsonschema.draft07 import CodeGeneratorDraft07

    assert set(CodeGeneratorDraft07.FORMAT_REGEXS) | {"regex"} == trim.ENFORCED_FORMATS
    import fastjsonschema

    check = fastjsonschema.compile({"type": "string", "format": "date-time"})
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        check("yesterday")
    unchecked = fastjsonschema.compile({"type": "string", "format": "int64"})
    assert unchecked("not a number") == "not a number"  # why int64 must not be shown as a rule


def test_a_property_named_description_is_kept(latest: Any) -> None:
    """Descriptions are dropped from the view, but a *parameter field* called ``description`` is a schema."""
    _documented, _trimmed, view = latest
    assert view["tools"]["create_outbound_payment"]["parameters"]["description"]["schema"] == {
        "maxLength": 1000,
        "type": "string",
    }
    options = view["tools"]["create_payment_intent"]["parameters"]["payment_method_options"]["schema"]
    card = options["properties"]["card"]["anyOf"][0]
    assert card["properties"]["mandate_options"]["properties"]["description"] == {"maxLength": 200, "type": "string"}


def test_request_components_stay_strict_response_ones_relax(latest: Any) -> None:
    """``v2.money`` is a request body's ``amount``: it keeps its required fields and refuses null."""
    documented, trimmed, _view = latest
    schemas = trimmed["components"]["schemas"]
    assert schemas["v2.money"] == documented["components"]["schemas"]["v2.money"]
    cancel = "v2.billing.meter_event_adjustment.cancel_params"
    assert schemas[cancel] == documented["components"]["schemas"][cancel]
    event = schemas["v2.core.event"]
    assert event["required"] == ["id", "object"]
    assert event["properties"]["created"]["nullable"] is True
    assert event["properties"]["id"] == {"type": "string"}


def test_the_v2_models_read_what_stripe_sends(packages: dict[str, PipelineRun]) -> None:
    """The generated v2 event model parses nulls, a missing field and an unknown field, and gives them back."""
    event = {
        "id": "evt_test_65R9Ijk8",
        "object": "v2.core.event",
        "created": "2026-05-27T12:00:00.000Z",
        "livemode": False,
        "reason": None,
        "related_object": {"id": "mtr_123", "type": "billing.meter", "url": "/v1/billing/meters/mtr_123"},
        "type": "v1.billing.meter.error_report_triggered",
        "changes": {"new_field": True},
    }
    script = (
        "import json, sys\n"
        "from stripe_connector_generated.models import V2CoreEvent\n"
        "event = json.loads(sys.argv[1])\n"
        "print(json.dumps(V2CoreEvent.from_dict(event).to_dict()))\n"
    )
    run = packages["latest"]
    env = dict(os.environ, PYTHONPATH=str(run.package_dir.parent), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(event)],
        cwd=run.package_dir.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    back = json.loads(result.stdout)
    assert back["reason"] is None and back["changes"] == {"new_field": True} and "context" not in back
    assert back["id"] == event["id"] and back["type"] == event["type"]


V2_TOOLS_SCRIPT = """
import json, sys
from stripe_connector import TOOLS, StripeConnector
stripe = StripeConnector("sk_test_v2", base_url="http://127.0.0.1:9", max_amount={"usd": 500})
created = stripe.dry_run("create_meter_event", {"event_name": "api_call", "payload": {"value": "3"}})
listed = stripe.dry_run("list_events", {"object_id": "mtr_1", "limit": 5})
try:
    stripe.dry_run("create_outbound_payment", {
        "amount": {"value": "1000", "currency": "usd"},
        "from_account": {"currency": "usd", "financial_account": "fa_1"},
        "to": {"recipient": "rcp_1"},
    })
    capped = None
except Exception as exc:
    capped = getattr(exc, "param", repr(exc))
print(json.dumps({
    "arguments": sorted(TOOLS.get("create_meter_event").input_schema["properties"]),
    "created": created, "listed": listed, "capped": capped,
    "typed": hasattr(StripeConnector, "create_outbound_payment"),
}))
"""


def test_v2_tools_send_json_bodies(packages: dict[str, PipelineRun]) -> None:
    """Tools on /v2 operations, generated from the v1+v2 file: arguments from the JSON body, sent as JSON."""
    run = packages["latest"]
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=f"{run.package_dir.parent}{os.pathsep}{root / 'wrapper'}")
    result = subprocess.run(
        [sys.executable, "-c", V2_TOOLS_SCRIPT], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["arguments"] == ["event_name", "identifier", "payload", "timestamp"]
    created = report["created"]
    assert created["headers"]["Content-Type"] == "application/json"
    assert created["headers"]["Idempotency-Key"]
    assert json.loads(created["body"]) == {"event_name": "api_call", "payload": {"value": "3"}}
    assert created["url"] == "http://127.0.0.1:9/v2/billing/meter_events"
    assert report["listed"]["url"] == "http://127.0.0.1:9/v2/core/events?object_id=mtr_1&limit=5"
    assert report["listed"]["body"] is None
    assert report["capped"] == "amount"  # /v2 money ({value, currency}) is held to max_amount too
    assert report["typed"] is True


# --- bad v2 input: one clear line, nothing written ----------------------------------------------------------------


def run_trim(spec: Path, operations: Path, out_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "codegen.trim", "--spec", str(spec), "--operations",
               str(operations), "--out-dir", str(out_dir)]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)


def small_v2_spec(tmp_path: Path, edit: Any) -> tuple[Path, Path]:
    """Only the fragment's v2 part (fast to trim), edited by ``edit(document)``."""
    fragment = load_json(V2_FRAGMENT)
    document = {
        "openapi": "3.0.0",
        "info": {"title": "Stripe API", "version": fragment["info_version"]},
        "paths": copy.deepcopy(fragment["paths"]),
        "components": {"schemas": copy.deepcopy(fragment["schemas"])},
    }
    edit(document)
    spec = tmp_path / "v2.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    import yaml

    operations = tmp_path / "tools.yaml"
    operations.write_text(yaml.safe_dump({"tools": fragment["tools"]}, sort_keys=False), encoding="utf-8")
    return spec, operations


def test_the_v2_part_alone_trims(tmp_path: Path) -> None:
    spec, operations = small_v2_spec(tmp_path, lambda document: None)
    result = run_trim(spec, operations, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    view = load_json(tmp_path / "out" / "stripe.tools.json")
    assert {tool["body_encoding"] for tool in view["tools"].values()} == {"json"}
    assert view["info"]["version"] == "2026-05-27.dahlia"


def multipart_body(document: dict[str, Any]) -> None:
    body = document["paths"]["/v2/billing/meter_events"]["post"]["requestBody"]["content"]
    body["multipart/form-data"] = body.pop("application/json")


def dangling_body_reference(document: dict[str, Any]) -> None:
    del document["components"]["schemas"]["v2.money"]


@pytest.mark.parametrize(
    ("edit", "fragments"),
    [
        (multipart_body, ("/v2/billing/meter_events", "create_meter_event", "multipart/form-data")),
        (dangling_body_reference, ("#/components/schemas/v2.money",)),
    ],
    ids=["unsupported-body-media-type", "dangling-body-ref"],
)
def test_bad_v2_input_is_one_line_and_writes_nothing(tmp_path: Path, edit: Any, fragments: tuple[str, ...]) -> None:
    """A v2 body the connector could not send is refused, never turned into a tool without arguments."""
    spec, operations = small_v2_spec(tmp_path, edit)
    result = run_trim(spec, operations, tmp_path / "out")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("trim: error: ") and "Traceback" not in result.stderr
    assert all(fragment in lines[0] for fragment in fragments), lines[0]
    assert not (tmp_path / "out").exists()
