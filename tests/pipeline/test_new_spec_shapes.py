"""Shapes a new Stripe release may bring, through the pipeline: nothing crashes, the spec update goes on.

A ``/v2`` spec (the fragments in ``tests/data``) grows what no shipped spec has: new top-level areas, a request
body in a media type the connector does not speak (``application/octet-stream``), a JSON body whose media type has
parameters, ``PATCH``, a binary ``text/csv`` answer, an ``application/problem+json`` one, ``servers`` on the
operation, on the path (with a server variable) and empty, open enums (``x-stripeBypassValidation``) in a query
parameter and deep in a body union, a header parameter. The operation index is built (what it cannot send is left
out by name, on stderr and in its header), the connector calls every indexed operation on its host, and the
trimmer and the spec diff take the same file.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import InvalidInputError, RetryPolicy
from stripe_connector._core.base import ConnectorCore
from stripe_connector.operations._as_tool import build_tool
from stripe_connector.operations._index import OperationIndex, open_index

from codegen.build_operations import build_index, write_index
from tests.support.keys import API_KEY
from tests.support.operation_corpus import operation_example
from tests.support.pipeline_helpers import ROOT, load_json

FRAGMENT = ROOT / "tests" / "data" / "stripe_v2_fragment.json"
METER = ROOT / "tests" / "data" / "stripe_v2_meter_stream.json"
OK = {"200": {"content": {"application/json": {"schema": {"type": "object"}}}, "description": "ok"}}
OPEN_STATUS = {"enum": ["active", "paused"], "type": "string", "x-stripeBypassValidation": True}


def json_body(properties: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    schema = {"additionalProperties": False, "properties": properties, "type": "object"}
    return {"content": {media: {"schema": schema}}, "required": True}


def operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": OK, **extra}


#: What the release adds, by path (the methods the connector does not send are left out, never a failure).
NEW_PATHS: dict[str, Any] = {
    "/v2/new_area/widgets": {
        "get": operation(
            "GetV2NewAreaWidgets",
            parameters=[
                {"in": "query", "name": "status", "schema": OPEN_STATUS},
                {"in": "query", "name": "page", "schema": {"type": "string"}},
                {"in": "header", "name": "Stripe-Context", "schema": {"type": "string"}},
            ],
        ),
        "post": operation(
            "PostV2NewAreaWidgets",
            requestBody=json_body(
                {
                    "name": {"type": "string", "maxLength": 100},
                    "setting": {
                        "anyOf": [
                            {"properties": {"mode": OPEN_STATUS}, "type": "object", "additionalProperties": False},
                            {"enum": ["off"], "type": "string"},
                        ]
                    },
                    "kind": {"enum": ["small", "large"], "type": "string"},
                },
                media="application/json; charset=utf-8",
            ),
            servers=[{"url": "https://widgets.stripe.com/"}],
        ),
    },
    "/v2/new_area/widgets/{id}": {
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
        "servers": [{"url": "https://{region}.stripe.com/", "variables": {"region": {"default": "eu-widgets"}}}],
        "get": operation("GetV2NewAreaWidgetsId"),
        "patch": operation("PatchV2NewAreaWidgetsId", requestBody=json_body({"name": {"type": "string"}})),
    },
    "/v2/new_area/uploads": {
        "post": operation(
            "PostV2NewAreaUploads",
            requestBody={"content": {"application/octet-stream": {"schema": {"format": "binary", "type": "string"}}}},
        ),
    },
    "/v2/new_area/reports/{id}/download": {
        "get": {
            "operationId": "GetV2NewAreaReportsIdDownload",
            "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "csv"}},
            "servers": [],
        },
    },
    "/v2/ping": {
        "post": {
            "operationId": "PostV2Ping",
            "responses": {"200": {"content": {"application/problem+json": {"schema": {}}}, "description": "?"}},
        },
    },
}
#: Each new sendable operation's host, as the index must record it.
HOSTS = {
    "GetV2NewAreaWidgets": "api.stripe.com",
    "PostV2NewAreaWidgets": "widgets.stripe.com",
    "GetV2NewAreaWidgetsId": "eu-widgets.stripe.com",
    "GetV2NewAreaReportsIdDownload": "api.stripe.com",
    "PostV2Ping": "api.stripe.com",
}
LEFT_OUT = {"PATCH /v2/new_area/widgets/{id}", "POST /v2/new_area/uploads"}


def new_release() -> dict[str, Any]:
    """A ``/v2`` spec of a release to come: the fragments' operations and the new shapes above."""
    fragment, meter = load_json(FRAGMENT), load_json(METER)
    paths = {**copy.deepcopy(fragment["paths"]), **copy.deepcopy(meter["paths"]), **copy.deepcopy(NEW_PATHS)}
    return {
        "openapi": "3.0.0",
        "info": {"title": "Stripe API", "version": "2027-01-28.preview"},
        "servers": [{"url": "https://api.stripe.com/"}],
        "paths": paths,
        "components": {"schemas": {**fragment["schemas"], **meter["schemas"]}},
    }


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("new-release") / "openapi.spec3.json"
    path.write_text(json.dumps(new_release()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def index(spec_file: Path) -> OperationIndex:
    path = spec_file.parent / "stripe.operations.jsonl"
    write_index(build_index(load_json(spec_file), "0" * 64), path)
    return open_index(path)


def run_module(module: str, *arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", module, *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd=cwd)


def test_the_index_builds_and_names_what_it_leaves_out(spec_file: Path, tmp_path: Path) -> None:
    result = run_module("codegen.build_operations", "--spec", str(spec_file), "--out", str(tmp_path / "ops.jsonl"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warned = {line for line in result.stderr.splitlines() if " left out: " in line}
    assert {line.split(": warning: ")[1].split(" left out")[0] for line in warned} == LEFT_OUT
    header = json.loads((tmp_path / "ops.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert set(header["left_out"]) == LEFT_OUT
    assert "application/octet-stream" in header["left_out"]["POST /v2/new_area/uploads"]


def test_each_new_operation_keeps_its_host_answer_and_encoding(index: OperationIndex) -> None:
    assert {op.id: op.host for op in index.operations if op.id in HOSTS} == HOSTS
    assert index.by_id["GetV2NewAreaReportsIdDownload"].answer == "text/csv"
    assert index.by_id["GetV2NewAreaReportsIdDownload"].is_binary
    assert index.by_id["PostV2Ping"].answer == "json"  # problem+json is JSON
    assert index.by_id["PostV2NewAreaWidgets"].body_encoding == "json"  # "; charset=utf-8" read as JSON
    assert index.by_id["GetV2NewAreaWidgets"].pagination == "page"
    assert "Stripe-Context" not in index.by_id["GetV2NewAreaWidgets"].input_schema["properties"]  # the connector's
    assert index.by_id["PostV2BillingMeterEventStream"].host == "meter-events.stripe.com"


def core_for(index: OperationIndex) -> ConnectorCore:
    return ConnectorCore(
        API_KEY,
        base_url="https://api.stripe.com",
        retry_policy=RetryPolicy(max_retries=0),
        stripe_version=index.stripe_api_version,
    )


def test_every_indexed_operation_is_prepared_for_its_own_host(index: OperationIndex) -> None:
    core = core_for(index)
    for found in index.operations:
        if found.body_encoding == "multipart":
            continue
        request = core.prepare(build_tool(found, f"new:{found.id}"), operation_example(found))
        request.host = found.host
        url = core.request_preview(request)["url"]
        assert url.startswith(f"https://{found.host}/v2/"), (found.id, url)


def test_open_enums_stay_open_and_closed_ones_closed(index: OperationIndex) -> None:
    core = core_for(index)
    listing = build_tool(index.by_id["GetV2NewAreaWidgets"], "new:list")
    assert core.prepare(listing, {"status": "archived_later"}).target.endswith("status=archived_later")
    creating = build_tool(index.by_id["PostV2NewAreaWidgets"], "new:create")
    deep = core.prepare(creating, {"name": "w", "setting": {"mode": "a_new_mode"}})
    assert json.loads(deep.body or "{}")["setting"] == {"mode": "a_new_mode"}
    with pytest.raises(InvalidInputError) as refused:
        core.prepare(creating, {"kind": "medium"})
    assert refused.value.param == "kind" and "small" in refused.value.message


def test_the_trimmer_and_the_spec_diff_take_the_new_release(spec_file: Path, tmp_path: Path) -> None:
    import yaml

    tools = tmp_path / "tools.yaml"
    tools.write_text(yaml.safe_dump({"tools": load_json(FRAGMENT)["tools"]}, sort_keys=False), encoding="utf-8")
    trimmed = run_module(
        "codegen.trim", "--spec", str(spec_file), "--operations", str(tools), "--out-dir", str(tmp_path / "out")
    )
    assert trimmed.returncode == 0, trimmed.stderr
    report = tmp_path / "report.md"
    diffed = run_module(
        "codegen.spec_diff",
        str(tmp_path / "out" / "stripe.trimmed.json"),
        str(spec_file),
        "--operations",
        str(tools),
        "--output",
        str(report),
    )
    assert diffed.returncode in (0, 1) and "Traceback" not in diffed.stderr, diffed.stderr
    assert report.read_text(encoding="utf-8").strip()
