"""Every operation of every shipped spec (and of a v1+v2 ``latest`` spec), derived from the operation index.

For each operation, in-process and batched (one test per check and spec, listing every operation that fails):
found by its id and by a concrete path, described within the cap (and drilled into), an example built from its
own schema accepted by an independent JSON Schema validator and by the connector, and dry-run to exactly the
request stripe-python's ``raw_request`` sends for it; an unknown argument and a wrong type refused, naming the
argument, with nothing sent. ``/v2`` operations send JSON. A sample of list operations is paged through a double.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema
import pytest
from stripe_connector import OPERATIONS, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector._core.base import ConnectorCore
from stripe_connector._request.schema_walk import SchemaViolation, Unsupported, check
from stripe_connector.operations._as_tool import build_tool
from stripe_connector.operations._describe import DEFAULT_MAX_CHARS
from stripe_connector.operations._index import Operation, OperationIndex
from stripe_connector.operations._search import search

from tests.support.operation_corpus import (
    FAKE_KEY,
    KNOWN_COUNTS,
    bad_calls,
    build_indexes,
    concrete_path,
    iter_drill_fields,
    mutations,
    operation_example,
    stripe_python,
    wire,
)

SPECS = ["2022-04-12", "2023-09-12", "2024-05-17", "latest"]


@pytest.fixture(scope="session")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[OperationIndex, int]]:
    """Each spec's index, built once per session (the committed one is the committed spec's)."""
    return build_indexes(tmp_path_factory.mktemp("operation-indexes"))


@pytest.fixture(scope="session")
def cores() -> dict[str, ConnectorCore]:
    return {}


def core_for(version: str) -> ConnectorCore:
    return ConnectorCore(
        FAKE_KEY, base_url="http://127.0.0.1:9", retry_policy=RetryPolicy(max_retries=0), stripe_version=version
    )


def sendable(index: OperationIndex) -> Iterator[Operation]:
    """Every operation sent as form or JSON (an upload's multipart body is judged part by part in test_uploads.py)."""
    return (op for op in index.operations if op.body_encoding != "multipart")


def prepared(index: OperationIndex, version: str, operation: Operation, arguments: dict[str, Any]) -> Any:
    core = core_for(index.stripe_api_version)
    return core, core.prepare(build_tool(operation, f"{version}:{operation.id}"), arguments)


# --- found, described -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", SPECS)
def test_every_operation_of_the_spec_is_indexed(indexes: dict[str, tuple[OperationIndex, int]], version: str) -> None:
    index, count = indexes[version]
    assert len(index.operations) == count
    if version in KNOWN_COUNTS:
        assert count == KNOWN_COUNTS[version]
    if version == "latest":
        assert any(op.path.startswith("/v2/") for op in index.operations)
    assert len({op.id for op in index.operations}) == count


@pytest.mark.parametrize("version", SPECS)
def test_every_operation_is_found_by_id_and_by_path(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    wrong: list[str] = []
    for operation in index.operations:
        assert index.by_id[operation.id] is operation
        path = concrete_path(operation, {name: f"{name[:3]}_1Ab" for name in operation.path_params})
        found = index.match(operation.method, path)
        if found is None or found[0] is not operation:
            wrong.append(f"{operation.id}: {path} -> {found[0].id if found else None}")
        elif found[1] != {name: f"{name[:3]}_1Ab" for name in operation.path_params}:
            wrong.append(f"{operation.id}: path arguments {found[1]}")
    assert wrong == []


@pytest.mark.parametrize("version", SPECS)
def test_every_operation_is_described_within_the_cap(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    problems: list[str] = []
    drilled = 0
    for operation in index.operations:
        described = operation.describe()
        size = len(json.dumps(described, separators=(",", ":"), ensure_ascii=False))
        if size > DEFAULT_MAX_CHARS or described["id"] != operation.id or operation.kind != described["kind"]:
            problems.append(f"{operation.id}: {size} characters")
        for field in list(iter_drill_fields(described))[:2]:
            inner = operation.describe(field)
            drilled += 1
            if inner["field"] != field or len(json.dumps(inner, separators=(",", ":"))) > DEFAULT_MAX_CHARS:
                problems.append(f"{operation.id}: field {field}")
    assert problems == []
    assert drilled > 50  # the cut really happens, and every offered drill-down works


# --- examples, the wire ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", SPECS)
def test_every_example_is_schema_valid_and_sent_as_stripe_python_sends_it(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    sdk, recorder = stripe_python(index.stripe_api_version)
    mismatches: list[str] = []
    checked = 0
    for operation in sendable(index):
        example = operation_example(operation)
        jsonschema.Draft7Validator(operation.input_schema).validate(example)  # the independent judge
        core, request = prepared(index, version, operation, example)
        ours = core.request_preview(request)
        params = {name: value for name, value in example.items() if name not in operation.path_params}
        sdk.raw_request(operation.method.lower(), concrete_path(operation, example), **params)
        method, url, headers, body = recorder.sent.pop()
        theirs = wire(method, url, headers, body)
        mine = wire(ours["method"], ours["url"], ours["headers"], ours["body"])
        if mine != theirs:
            mismatches.append(f"{operation.id}: ours {mine} != stripe-python {theirs}")
        if operation.path.startswith("/v2/") and operation.method == "POST":
            assert mine["content_type"] == "application/json", operation.id
        checked += 1
    assert mismatches == []
    assert checked == len(index.operations) - sum(op.body_encoding == "multipart" for op in index.operations)


#: The issue's queries, each with the route of the operation it must find (ids are read from the index by route):
#: (query, method, a concrete path, how high it must rank).
RANKED = [
    ("refund a charge", "POST", "/v1/refunds", 2),  # Stripe's create-refund, before the routes under a charge
    ("create a customer", "POST", "/v1/customers", 1),
    ("cancel a subscription", "DELETE", "/v1/subscriptions/sub_1", 1),
]


@pytest.mark.parametrize("version", SPECS)
def test_search_ranks_the_operations_the_issue_names(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    for text, method, path, rank in RANKED:
        matched = index.match(method, path)
        assert matched is not None, f"{method} {path}"
        found = [op.id for op in search(index, text, limit=5)]
        assert matched[0].id in found[:rank], f"{version}: {text!r} -> {found}"


def opened(schema: Any) -> Any:
    """``schema`` with each open enum (``x-stripeBypassValidation: true``) left as its type: any string."""
    if isinstance(schema, dict):
        is_open = schema.get("x-stripeBypassValidation") is True
        return {key: opened(value) for key, value in schema.items() if not (is_open and key == "enum")}
    if isinstance(schema, list):
        return [opened(item) for item in schema]
    return schema


@pytest.mark.parametrize("version", SPECS)
def test_walking_each_schema_judges_as_an_independent_validator_does(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    """What ``call_operation`` validates with (``_request.schema_walk``), on each example and each of its
    mutations, against jsonschema: the same verdict. A schema the walker hands to fastjsonschema is counted."""
    index, _ = indexes[version]
    disagreements: list[str] = []
    judged = handed_on = refused = 0
    for operation in sendable(index):
        schema = operation.input_schema
        # Stripe's open enums (x-stripeBypassValidation) take any string: the independent judge is told so.
        judge = jsonschema.Draft7Validator(opened(schema))
        for data in [operation_example(operation), *mutations(operation_example(operation))]:
            try:
                check(schema, data)
                walked = True
            except SchemaViolation:
                walked = False
            except Unsupported:
                handed_on += 1
                continue
            judged += 1
            refused += not walked
            if walked != judge.is_valid(data):
                disagreements.append(f"{operation.id}: {json.dumps(data)[:300]} walked as {walked}")
    assert disagreements == []
    assert judged > 3 * len(index.operations) and handed_on <= judged // 100
    assert refused > len(index.operations)  # the mutations do break schemas


@pytest.mark.parametrize("version", SPECS)
def test_every_operation_refuses_an_unknown_argument_and_a_wrong_type_by_name(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    problems: list[str] = []
    for operation in sendable(index):
        for arguments, expected in bad_calls(operation):
            try:
                prepared(index, version, operation, arguments)
            except InvalidInputError as exc:
                if exc.param != expected:
                    problems.append(f"{operation.id}: {expected} refused as {exc.param}: {exc.message}")
            else:
                problems.append(f"{operation.id}: {expected} accepted")
    assert problems == []


def test_nothing_is_sent_for_a_refused_operation_call() -> None:
    """Through the connector (not only its core): every operation's bad call reaches no transport."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    connector = StripeConnector(FAKE_KEY, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(record))
    refused = expected = 0
    for operation in OPERATIONS:
        if operation.body_encoding == "multipart":
            continue
        calls = bad_calls(operation)
        expected += len(calls)
        for arguments, _ in calls:
            with pytest.raises(InvalidInputError):
                connector.call_operation(operation.id, arguments)
            refused += 1
    assert sent == [] and refused == expected >= len(OPERATIONS)


# --- paging, a sample ---------------------------------------------------------------------------------------------


def paging_double(style: str) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """Two pages of two objects in ``style``; records the requests."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        query = parse_qs(urlsplit(str(request.url)).query)
        second = "starting_after" in query or "page" in query
        data = [{"id": f"obj_{3 if second else 1}"}, {"id": f"obj_{4 if second else 2}"}]
        if style == "page":
            next_url = None if second else f"{request.url.path}?page=tok_2"
            return httpx.Response(200, json={"data": data, "next_page_url": next_url, "previous_page_url": None})
        body: dict[str, Any] = {
            "object": "list" if style == "cursor" else "search_result",
            "data": data,
            "has_more": not second,
        }
        if style == "search":
            body["next_page"] = None if second else "tok_2"
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer), seen


@pytest.mark.parametrize("version", ["2023-09-12", "latest"])
def test_a_sample_of_list_operations_pages_through_a_double(
    indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = indexes[version]
    lists = [op for op in index.operations if op.pagination is not None]
    firsts = {op.pagination: op for op in reversed(lists)}  # the first list operation of each style
    sample = lists[::7] + [firsts[style] for style in ("search", "page") if style in firsts]
    assert {op.pagination for op in sample} >= ({"cursor", "search", "page"} if version == "latest" else {"cursor"})
    for operation in sample:
        transport, seen = paging_double(operation.pagination or "")
        connector = StripeConnector(
            FAKE_KEY, base_url="http://127.0.0.1:9", transport=transport, retry_policy=RetryPolicy(max_retries=0)
        )
        arguments = {
            name: value
            for name, value in operation_example(operation).items()
            if name not in ("starting_after", "ending_before", "page")
        }
        objects = list(connector.paginate_operation(operation, arguments))
        assert [item["id"] for item in objects] == ["obj_1", "obj_2", "obj_3", "obj_4"], operation.id
        assert len(seen) == 2 and all(request.method == "GET" for request in seen)
