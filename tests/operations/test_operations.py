"""The operation index as a library: OPERATIONS, search, describe, call_operation, and raw_request checked by it.

Per-operation checks over every spec live in conformance/test_every_operation.py; here, each mechanism and its
hostile cases: the kind table, lookups, ranking, drill-down, the call options ``call`` has (idempotency, retries,
max_amount, allow lists, stripe_account, typed errors, async), raw requests on known and unknown paths, laziness,
threads.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import (
    OPERATIONS,
    AsyncStripeConnector,
    InvalidInputError,
    StripeAPIError,
    StripeConnector,
    describe_operation,
)
from stripe_connector.errors import StripeResponseError
from stripe_connector.operations._index import load_index
from stripe_connector.operations._pages import OperationPager

from tests.connector_defaults import NO_WAIT
from tests.support.operation_corpus import FAKE_KEY, build_operations_module

builder = build_operations_module()
BASE = "http://127.0.0.1:9"


class Double:
    """An httpx transport that records requests and answers from a script (default: ``{"id": "obj_1"}``)."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else httpx.Response(200, json={"id": "obj_1", "object": "x"})


def connector(double: Double, **options: Any) -> StripeConnector:
    options.setdefault("retry_policy", NO_WAIT)
    return StripeConnector(FAKE_KEY, base_url=BASE, transport=httpx.MockTransport(double), **options)


# --- the kind table -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kind"),
    [
        ("GET", "/v1/customers", "read"),
        ("GET", "/v1/customers/{customer}", "read"),
        ("POST", "/v1/customers", "create"),
        ("POST", "/v1/customers/{customer}", "update"),
        ("DELETE", "/v1/customers/{customer}", "delete"),
        ("POST", "/v1/payment_intents/{intent}/cancel", "delete"),
        ("POST", "/v1/invoices/{invoice}/void", "delete"),
        ("POST", "/v1/disputes/{dispute}/close", "delete"),
        ("POST", "/v1/payment_intents/{intent}/capture", "update"),
        ("POST", "/v1/invoices/{invoice}/pay", "update"),
        ("POST", "/v1/invoices/{invoice}/finalize", "update"),
        ("POST", "/v1/charges/{charge}/refund", "create"),
        ("POST", "/v1/customers/{customer}/tax_ids", "create"),
        ("POST", "/v1/accounts/{account}/people", "create"),
        ("POST", "/v1/test_helpers/test_clocks/{test_clock}/advance", "update"),
        ("POST", "/v2/billing/meter_events", "create"),
        ("DELETE", "/v2/core/event_destinations/{id}", "delete"),
    ],
)
def test_the_kind_comes_from_the_method_and_the_path_shape(method: str, path: str, kind: str) -> None:
    assert builder.operation_kind(method, path) == kind


def test_the_index_agrees_with_the_curated_tools_kinds() -> None:
    """Where a curated tool and an operation are the same, the table gives the tool's kind."""
    from stripe_connector import TOOLS

    for tool in TOOLS:
        if tool.operation is not None:
            assert OPERATIONS[tool.operation.operation_id].kind == tool.kind, tool.name


# --- lookups ----------------------------------------------------------------------------------------------------


def test_operations_by_id_index_and_path() -> None:
    refunds = OPERATIONS["PostRefunds"]
    assert (refunds.method, refunds.path, refunds.kind) == ("POST", "/v1/refunds", "create")
    assert refunds.body_encoding == "form" and "amount" in refunds.money
    assert OPERATIONS.match("GET", "/v1/customers/cus_1").id == "GetCustomersCustomer"  # type: ignore[union-attr]
    assert OPERATIONS.match("GET", "/v1/customers/search").id == "GetCustomersSearch"  # type: ignore[union-attr]
    assert OPERATIONS.match("PUT", "/v1/customers") is None
    assert OPERATIONS.match("GET", "/v1/customers/") is not None
    assert "PostRefunds" in OPERATIONS and "Nope" not in OPERATIONS
    assert OPERATIONS[0] is next(iter(OPERATIONS))
    assert OPERATIONS.stripe_api_version == load_index().stripe_api_version


def test_an_unknown_id_names_the_closest() -> None:
    with pytest.raises(InvalidInputError) as caught:
        OPERATIONS["PostRefund"]
    assert caught.value.param == "operation" and "PostRefunds" in caught.value.message
    for hostile in (None, 5, "", "x" * 10_000, "\ud800"):
        with pytest.raises(InvalidInputError):
            OPERATIONS.get(hostile)  # type: ignore[arg-type]


def test_what_the_export_helper_needs_per_list_operation() -> None:
    """Method, path, pagination style and whether it filters on ``created``: plain attributes."""
    charges = OPERATIONS["GetCharges"]
    assert (charges.method, charges.path, charges.pagination, charges.filters_created) == (
        "GET",
        "/v1/charges",
        "cursor",
        True,
    )
    assert OPERATIONS["GetCustomersSearch"].pagination == "search"
    assert OPERATIONS["GetBalance"].pagination is None
    assert all(op.method == "GET" for op in OPERATIONS if op.is_list)


def test_operations_are_immutable_and_pickle_by_id() -> None:
    operation = OPERATIONS["PostRefunds"]
    with pytest.raises(AttributeError):
        operation.kind = "read"
    assert pickle.loads(pickle.dumps(operation)) is operation
    assert operation == OPERATIONS["PostRefunds"] and hash(operation) == hash(OPERATIONS["PostRefunds"])


# --- search ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("create a customer", {"PostCustomers"}),
        ("cancel a subscription", {"DeleteSubscriptionsSubscriptionExposedId"}),
        ("capture a payment intent", {"PostPaymentIntentsIntentCapture"}),
        ("void an invoice", {"PostInvoicesInvoiceVoid"}),
        ("list invoices", {"GetInvoices"}),
        ("retrieve the balance", {"GetBalance"}),
        ("search customers by email", {"GetCustomersSearch"}),
        ("delete a product", {"DeleteProductsId"}),
        ("cancel a payment intent", {"PostPaymentIntentsIntentCancel"}),
        ("close a dispute", {"PostDisputesDisputeClose"}),  # the top-level route before /v1/charges/{charge}/dispute
    ],
)
def test_search_ranks_the_operation_meant_first(text: str, first: set[str]) -> None:
    assert OPERATIONS.search(text, limit=3)[0].id in first


def test_refund_a_charge_finds_the_refund_stripe_recommends_first() -> None:
    """``POST /v1/refunds`` (Stripe's create-refund) before the older routes under a charge; every shipped spec is
    held to it in test_every_operation.py."""
    found = OPERATIONS.search("refund a charge")
    assert found[0].id == "PostRefunds"
    assert all(op.kind == "create" and "refund" in op.path for op in found[:2])


def test_search_survives_typos_and_hostile_text() -> None:
    assert OPERATIONS.search("craete a custmer", 3)[0].id == "PostCustomers"
    assert OPERATIONS.search("zzzzqqq") == []
    assert len(OPERATIONS.search("a " * 100_000, 5)) <= 5  # long text is cut, stop words only: nothing
    for text, limit in (("", 10), ("   ", 10), (None, 10), ("x", 0), ("x", 101), ("x", True)):
        with pytest.raises(InvalidInputError):
            OPERATIONS.search(text, limit)  # type: ignore[arg-type]


# --- describe -------------------------------------------------------------------------------------------------------


def test_describe_is_capped_and_drills_down() -> None:
    described = describe_operation("PostCheckoutSessions")
    assert described["truncated"] is True and len(json.dumps(described)) <= 8_000
    inner = OPERATIONS.describe("PostCheckoutSessions", field="line_items.price_data")
    assert inner["field"] == "line_items.price_data"
    assert "unit_amount" in inner["arguments"]["properties"]
    small = OPERATIONS["PostCheckoutSessions"].describe(max_chars=1_000)
    assert len(json.dumps(small, separators=(",", ":"), ensure_ascii=False)) <= 1_000


def test_describe_names_a_wrong_field_and_its_closest() -> None:
    with pytest.raises(InvalidInputError) as caught:
        OPERATIONS.describe("PostCheckoutSessions", field="line_items.price_dta")
    assert caught.value.param == "field" and "price_data" in caught.value.message
    for field in ("", "...", 5):
        with pytest.raises(InvalidInputError):
            OPERATIONS.describe("PostRefunds", field=field)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        OPERATIONS.describe("PostRefunds", max_chars=10)


# --- call_operation: what call has ------------------------------------------------------------------------------


def test_validation_names_the_argument_and_the_closest_name_before_sending() -> None:
    double = Double()
    stripe = connector(double)
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("PostRefunds", {"charge": "ch_1", "ammount": 100})
    assert caught.value.param == "ammount" and "did you mean 'amount'" in caught.value.message
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("GetCustomersCustomer", {})
    assert caught.value.param == "customer"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("PostRefunds", {"reason": "because"})
    assert caught.value.param == "reason"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("GetCustomersCustomer", {"customer": ""})
    assert caught.value.param == "customer"
    assert double.requests == []


def test_a_call_sends_path_query_and_body_where_the_spec_puts_them() -> None:
    double = Double()
    stripe = connector(double)
    stripe.call_operation("GetCustomersCustomer", {"customer": "cus/1?x", "expand": ["sources"]})
    stripe.call_operation(
        "DeleteSubscriptionsSubscriptionExposedId", {"subscription_exposed_id": "sub_1", "invoice_now": True}
    )
    get, delete = double.requests
    assert get.url.raw_path == b"/v1/customers/cus%2F1%3Fx?expand%5B0%5D=sources"
    assert delete.url.params["invoice_now"] == "true" and delete.content == b""
    assert "idempotency-key" not in get.headers and "idempotency-key" not in delete.headers


def test_idempotency_scope_gives_the_same_key_and_retries_keep_it() -> None:
    double = Double(
        httpx.Response(500, json={"error": {"type": "api_error"}}), httpx.Response(200, json={"id": "re_1"})
    )
    stripe = connector(double)
    assert stripe.call_operation("PostRefunds", {"charge": "ch_1"}, idempotency_scope=["run", "step"]) == {"id": "re_1"}
    stripe.call_operation("PostRefunds", {"charge": "ch_1"}, idempotency_scope=["run", "step"])
    first, retry, replay = double.requests
    assert first.headers["idempotency-key"] == retry.headers["idempotency-key"] == replay.headers["idempotency-key"]
    assert first.headers["idempotency-key"].startswith("scope-")
    stripe.call_operation("PostRefunds", {"charge": "ch_2"}, idempotency_scope=["run", "step"])
    assert double.requests[-1].headers["idempotency-key"] != first.headers["idempotency-key"]


def test_max_amount_caps_every_money_field_of_an_operation() -> None:
    double = Double()
    stripe = connector(double, max_amount={"usd": 5000})
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("PostRefunds", {"charge": "ch_1", "amount": 5001})
    assert caught.value.param == "amount"
    line = {"price_data": {"currency": "usd", "product": "prod_1", "unit_amount": 2000}, "quantity": 3}
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation(
            "PostCheckoutSessions", {"mode": "payment", "success_url": "https://x.example", "line_items": [line]}
        )
    assert caught.value.param == "line_items[0].price_data.unit_amount"
    assert double.requests == []
    stripe.call_operation("PostRefunds", {"charge": "ch_1", "amount": 5000})
    assert len(double.requests) == 1


def test_allowed_tools_admit_operations_by_id_and_glob() -> None:
    double = Double()
    stripe = connector(double, allowed_tools=["Get*", "PostRefunds"])
    stripe.call_operation("GetBalance")
    stripe.call_operation("PostRefunds", {"charge": "ch_1"})
    for refused in ("PostCustomers", "DeleteCustomersCustomer"):
        with pytest.raises(InvalidInputError) as caught:
            stripe.call_operation(refused, {"customer": "cus_1"} if "Delete" in refused else {})
        assert caught.value.param == "operation"
    with pytest.raises(InvalidInputError):
        stripe.call("create_customer", {})  # a glob of operation ids is not a glob of tool names
    assert len(double.requests) == 2


def test_stripe_account_dry_run_strict_and_files() -> None:
    double = Double()
    stripe = connector(double)
    described = stripe.call_operation("GetBalance", dry_run=True, stripe_account="acct_1Abc")
    assert described["headers"]["Stripe-Account"] == "acct_1Abc" and described["tool"] == "GetBalance"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("GetBalance", stripe_account="acct_1\r\nX: y")
    assert caught.value.param == "stripe_account"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("GetBalance", strict=True)
    assert caught.value.param == "strict"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call_operation("PostFiles", {"purpose": "dispute_evidence"})
    assert caught.value.param == "file"  # required: an upload without its file is refused before sending
    assert double.requests == []


def test_stripes_errors_are_typed() -> None:
    answer = httpx.Response(
        402,
        json={"error": {"type": "card_error", "code": "card_declined", "param": "source"}},
        headers={"request-id": "req_9"},
    )
    with pytest.raises(StripeAPIError) as caught:
        connector(Double(answer)).call_operation("PostCharges", {"amount": 100, "currency": "usd"})
    assert (caught.value.code, caught.value.request_id) == ("card_declined", "req_9")


async def test_the_async_connector_calls_and_pages_operations() -> None:
    double = Double(
        httpx.Response(200, json={"id": "cus_1"}),
        httpx.Response(200, json={"object": "list", "data": [{"id": "ch_1"}], "has_more": True}),
        httpx.Response(200, json={"object": "list", "data": [{"id": "ch_2"}], "has_more": False}),
    )
    async with AsyncStripeConnector(FAKE_KEY, base_url=BASE, transport=httpx.MockTransport(double)) as stripe:
        assert await stripe.call_operation("PostCustomers", {"email": "a@b.c"}) == {"id": "cus_1"}
        assert [item["id"] async for item in stripe.paginate_operation("GetCharges", {"limit": 1})] == ["ch_1", "ch_2"]
    assert double.requests[2].url.params["starting_after"] == "ch_1"
    assert double.requests[0].headers["idempotency-key"]


def test_paging_refuses_a_repeating_v2_server_and_a_non_list() -> None:
    with pytest.raises(InvalidInputError):
        OperationPager("PostRefunds", {}, None)
    data = json.loads(
        '{"format": 2, "stripe_api_version": "2026-05-27.dahlia", "max_schema_depth": 8, "money_fields": [],'
        ' "schemas": ["{\\"type\\":\\"object\\",\\"properties\\":{\\"page\\":{\\"type\\":\\"string\\"}},'
        '\\"additionalProperties\\":false}"], "operations": [{"id": "GetV2Things", "method": "GET",'
        ' "path": "/v2/things", "summary": "", "description": "", "kind": "read", "pagination": "page",'
        ' "encoding": "json", "in": {"page": "query"}, "money": [], "filters_created": false, "schema": 0}]}'
    )
    from stripe_connector.operations._index import OperationIndex

    operation = OperationIndex(data).by_id["GetV2Things"]
    pager = OperationPager(operation, {}, None)
    assert pager.accept({"data": [{"id": "a"}], "next_page_url": "/v2/things?page=t1"}) == [{"id": "a"}]
    assert pager.arguments == {"page": "t1"}
    with pytest.raises(StripeResponseError):
        pager.accept({"data": [{"id": "a"}], "next_page_url": "/v2/things?page=t1"})
    for hostile in ({"data": "x"}, {"data": [], "next_page_url": "/v2/things"}, {"data": [], "next_page_url": 5}):
        with pytest.raises(StripeResponseError):
            OperationPager(operation, {}, None).accept(hostile)
    limited = OperationPager(operation, {}, 1)
    assert limited.accept({"data": [{"id": "a"}, {"id": "b"}], "next_page_url": "/v2/things?page=t1"}) == [{"id": "a"}]
    assert limited.done


# --- raw_request, checked by the index ------------------------------------------------------------------------------


def test_a_misspelt_raw_body_parameter_is_refused_naming_it_and_the_closest_name() -> None:
    double = Double()
    stripe = connector(double)
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(
            "raw_request", {"method": "POST", "path": "/v1/refunds", "body": {"charge": "ch_1", "ammount": 100}}
        )
    assert caught.value.param == "body.ammount"
    assert "did you mean 'amount'" in caught.value.message and "PostRefunds" in caught.value.message
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("raw_request", {"method": "GET", "path": "/v1/customers", "query": {"limit": "ten"}})
    assert caught.value.param == "query.limit"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("raw_request", {"method": "POST", "path": "/v1/customers/cus_1", "body": {"customer": "cus_2"}})
    assert caught.value.param == "body.customer"
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(
            "raw_request", {"method": "POST", "path": "/v1/customers", "query": {"email": "a"}, "body": {"email": "b"}}
        )
    assert caught.value.param == "body.email"
    assert double.requests == []


def test_a_raw_request_to_a_known_operation_is_sent_as_given() -> None:
    double = Double()
    stripe = connector(double)
    stripe.call("raw_request", {"method": "POST", "path": "/v1/refunds", "body": {"charge": "ch_1", "amount": 100}})
    (request,) = double.requests
    assert request.content == b"charge=ch_1&amount=100" and request.headers["idempotency-key"]


def test_an_unknown_path_is_refused_with_the_closest_operations_unless_sent_on_purpose() -> None:
    double = Double()
    stripe = connector(double)
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("raw_request", {"method": "GET", "path": "/v1/custmers"})
    assert caught.value.param == "path" and "GetCustomers" in caught.value.message
    assert "allow_unknown_path" in caught.value.message
    with pytest.raises(InvalidInputError):
        stripe.call("raw_request", {"method": "GET", "path": "/v1/refunds", "allow_unknown_path": "yes"})
    assert double.requests == []
    stripe.call(
        "raw_request",
        {"method": "GET", "path": "/v1/preview_things", "allow_unknown_path": True, "query": {"anything": 1}},
    )
    (request,) = double.requests
    assert request.url.path == "/v1/preview_things" and request.url.params["anything"] == "1"


def test_allow_unknown_path_does_not_skip_a_known_operations_checks() -> None:
    with pytest.raises(InvalidInputError) as caught:
        connector(Double()).call(
            "raw_request", {"method": "POST", "path": "/v1/refunds", "allow_unknown_path": True, "body": {"ammount": 1}}
        )
    assert caught.value.param == "body.ammount"


def test_a_raw_v2_delete_carries_an_idempotency_key_as_stripe_python_sends_it() -> None:
    double = Double()
    connector(double).call(
        "raw_request", {"method": "DELETE", "path": "/v2/core/things/t_1", "allow_unknown_path": True}
    )
    assert double.requests[0].headers["idempotency-key"]


# --- laziness, threads, the file ------------------------------------------------------------------------------------


def test_importing_the_connector_does_not_read_the_index() -> None:
    code = (
        "import stripe_connector, sys\n"
        "from stripe_connector.operations import _index\n"
        "assert not _index.is_loaded()\n"
        "assert 'stripe_connector.operations._search' not in sys.modules\n"
        "repr(stripe_connector.OPERATIONS)\n"
        "assert not _index.is_loaded()\n"
        "len(stripe_connector.OPERATIONS)\n"
        "assert _index.is_loaded()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_many_threads_see_one_index_and_one_schema_object() -> None:
    from stripe_connector.operations import _index

    results: list[Any] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        results.append((load_index(), OPERATIONS["PostCheckoutSessions"].input_schema))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(index) for index, _ in results}) == 1 and len({id(schema) for _, schema in results}) == 1
    assert _index.is_loaded()


def test_a_foreign_index_format_is_refused(tmp_path: Any) -> None:
    path = tmp_path / "index.jsonl"
    path.write_bytes(b'{"format": 99}\n')
    with pytest.raises(ValueError, match="format 99"):
        load_index(path)


def test_the_index_is_small_and_shipped_in_the_wheel() -> None:
    from stripe_connector.operations._index import index_path

    assert index_path().stat().st_size <= 3 * 1024 * 1024
    import tomllib

    from tests.support.pipeline_helpers import ROOT

    included = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert included["force-include"]["spec/stripe.operations.jsonl"] == "stripe_connector/_spec/stripe.operations.jsonl"


def test_recursion_in_the_spec_is_cut_at_the_stated_depth() -> None:
    document = {
        "openapi": "3.0.0",
        "info": {"version": "2026-01-01"},
        "paths": {
            "/v1/nodes": {
                "post": {
                    "operationId": "PostNodes",
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"node": {"$ref": "#/components/schemas/node"}},
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/node"}}}}
        },
    }
    index = builder.build_index(document, "x")
    assert index["recursive_schemas"] == ["node"]
    assert len(index["operations"]) == 1


# --- spec-diff: every operation ---------------------------------------------------------------------------------


def test_spec_diff_counts_and_names_the_operations_added_and_removed(tmp_path: Any) -> None:
    import importlib

    from tests.support.pipeline_helpers import ROOT, STRIPE_OPENAPI, load_json

    diff = importlib.import_module("codegen.operations_diff")
    old_path, new_path = STRIPE_OPENAPI / "2023-09-12" / "spec3.json", STRIPE_OPENAPI / "2024-05-17" / "spec3.json"
    old, new = load_json(old_path), load_json(new_path)
    section = diff.operations_section(old, old_path, new, new_path)
    before, after = diff.spec_operations(old), diff.spec_operations(new)
    added, removed = sorted(set(after) - set(before)), sorted(set(before) - set(after))
    assert f"{len(before)} operations in {old_path}, {len(after)} in {new_path}" in section
    assert f"{len(added)} added, {len(removed)} removed" in section
    assert len(added) - len(removed) == len(after) - len(before)
    assert added and all(f"`{name}`" in section for name in added + removed)
    # Against the committed trimmed spec (make regenerate), the whole API is the committed index's, whichever spec
    # it was generated from: its header names every operation it holds.
    trimmed = ROOT / "spec" / "stripe.trimmed.json"
    committed, _ = diff.whole_api(load_json(trimmed), trimmed)
    section = diff.operations_section(load_json(trimmed), trimmed, new, new_path)
    assert f"{len(committed)} operations in stripe.operations.jsonl (committed), {len(after)} in {new_path}" in section


# --- validation by walking the schema, held to fastjsonschema ----------------------------------------------------

NAMES = ("a", "b", "c")


def leaf_schemas() -> st.SearchStrategy[dict[str, Any]]:
    return st.sampled_from(
        [
            {"type": "string", "maxLength": 3},
            {"type": "string", "minLength": 2, "description": "words"},
            {"type": "string", "enum": ["x", "", "yy"]},
            {"type": "integer"},
            {"type": "number"},
            {"type": "boolean"},
            {"type": ["string", "null"]},
            {"type": ["integer", "boolean"]},
            {"enum": [1, True, None, "1"]},
            {},
        ]
    )


def nested_schemas(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    # Every object schema names all of NAMES: values bring at most one other key ("zz"), so that which extra key
    # fails first has one answer (fastjsonschema walks them in a set's order).
    properties = st.tuples(*[inner] * len(NAMES)).map(lambda members: dict(zip(NAMES, members, strict=True)))
    objects = st.builds(
        lambda props, required, extra: {
            "type": "object",
            "properties": props,
            **({"required": sorted(required & set(props))} if required & set(props) else {}),
            **({} if extra is None else {"additionalProperties": extra}),
        },
        properties,
        st.sets(st.sampled_from(NAMES)),
        st.one_of(st.none(), st.just(False), inner),
    )
    arrays = st.builds(lambda items: {"type": "array", "items": items}, inner)
    any_of = st.builds(lambda first, second: {"anyOf": [first, second]}, inner, inner)
    return st.one_of(objects, arrays, any_of)


SCHEMAS = st.recursive(leaf_schemas(), nested_schemas, max_leaves=6)
VALUES = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([1.0, 1.5]), st.sampled_from(["", "x", "yy", "1"])
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from([*NAMES, "zz"]), inner, max_size=3)
    ),
    max_leaves=8,
)
_compiled: dict[str, Any] = {}


def verdicts(schema: dict[str, Any], value: Any) -> tuple[Any, Any]:
    """(walker, fastjsonschema): None for accepted, else (rule, name, path, message)."""
    import fastjsonschema
    from stripe_connector._request.schema_walk import SchemaViolation, check

    key = json.dumps(schema, sort_keys=True)
    if key not in _compiled:
        _compiled[key] = fastjsonschema.compile(schema, use_default=True)

    def shape(exc: Any) -> tuple[Any, ...]:
        # A set's order is not stable; an anyOf is explained by the walker (see below), not in fastjsonschema's words.
        message = exc.message if exc.rule not in ("additionalProperties", "anyOf") else None
        return (exc.rule, exc.name, exc.path, message)

    try:
        check(schema, value)
        walked = None
    except SchemaViolation as exc:
        walked = shape(exc)
    try:
        _compiled[key](value)
        compiled = None
    except fastjsonschema.JsonSchemaValueException as exc:
        compiled = shape(exc)
    return walked, compiled


@settings(max_examples=300, deadline=None, database=None)
@given(schema=SCHEMAS, value=VALUES)
def test_the_walker_judges_as_fastjsonschema_does(schema: dict[str, Any], value: Any) -> None:
    """The same verdicts; where fastjsonschema fails at an ``anyOf``, the walker names the deepest branch's failure
    (at or below the same place) or says what the branches take."""
    walked, compiled = verdicts(schema, value)
    if compiled is not None and compiled[0] == "anyOf" and walked is not None:
        assert walked[1] == compiled[1] or walked[1].startswith((compiled[1] + ".", compiled[1] + "["))
        assert walked[1] != compiled[1] or walked[0] == "anyOf"
        return
    assert walked == compiled


def test_the_walker_hands_what_it_does_not_judge_to_fastjsonschema() -> None:
    from stripe_connector._request.schema_walk import Unsupported, check
    from stripe_connector.operations._as_tool import ArgumentValidator

    schema = {
        "type": "object",
        "properties": {
            "when": {"type": "object", "properties": {"at": {"type": "string", "pattern": "^[0-9]+$"}}},
            "mode": {"type": "string", "default": "fast"},
        },
        "additionalProperties": False,
    }
    for data in ({"when": {"at": "x"}}, {"mode": "slow"}):
        with pytest.raises(Unsupported):
            check(schema, data)  # pattern, default: neither judged nor filled in by walking
    validator = ArgumentValidator(schema)
    with pytest.raises(ValueError) as caught:
        validator({"when": {"at": "x"}})
    assert getattr(caught.value, "rule", None) == "pattern"
    filled: dict[str, Any] = {"when": {"at": "12"}}
    validator(filled)
    assert filled.get("mode") in (None, "fast")  # fastjsonschema judged it (the subset without "mode": no default)
    assert validator.compiled  # compiled, not walked
    hostile_schemas: list[Any] = [{"type": "strin"}, {"items": [{}]}, {"maxLength": "3"}, {"enum": "x"}, []]
    for hostile in hostile_schemas:
        with pytest.raises(Unsupported):
            check(hostile, "x")


def test_an_operations_nested_errors_name_the_argument_and_the_place() -> None:
    double = Double()
    stripe = connector(double)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"line_items": [{"price_data": {"currency": 5}}]}, "line_items", "line_items[0].price_data.currency must be"),
        (
            {"payment_intent_data": {"capture_method": "sometimes"}},
            "payment_intent_data",
            "capture_method must be one of ['automatic', 'automatic_async', 'manual']",
        ),
        ({"mode": "sometimes"}, "mode", "must be one of ['payment', 'setup', 'subscription']"),
    ]
    for arguments, param, words in cases:
        with pytest.raises(InvalidInputError) as caught:
            stripe.call_operation("PostCheckoutSessions", {"success_url": "https://example.com", **arguments})
        assert caught.value.param == param and words in caught.value.message, caught.value.message
    assert double.requests == []


# --- the index file: one operation read alone ----------------------------------------------------------------------


def test_one_operation_is_read_without_parsing_the_others(tmp_path: Any) -> None:
    from stripe_connector.operations._index import FileLines, index_path

    copy = tmp_path / "index.jsonl"
    copy.write_bytes(index_path().read_bytes())
    index = load_index(copy)
    lines = index._lines
    assert isinstance(lines, FileLines) and lines.data is None
    operation = index.get("PostRefunds")
    assert operation is not None and operation.key == "POST /v1/refunds"
    assert "amount" in operation.input_schema["properties"]
    assert index.match("POST", "/v1/refunds/re_1/cancel") is not None
    assert lines.data is None and set(index._made) == {index._numbers["PostRefunds"], index._numbers[
        "PostRefundsRefundCancel"]}  # fmt: skip
    assert len(index.operations) == len(index.ids()) and lines.data is not None  # a listing reads the file once
    assert [op.id for op in index.operations] == [op.id for op in load_index().operations]


def test_a_forged_index_header_is_refused(tmp_path: Any) -> None:
    from stripe_connector.operations._index import index_path

    head, _, rest = index_path().read_bytes().partition(b"\n")
    header = json.loads(head)
    path = tmp_path / "index.jsonl"
    for forged in (
        {"offsets": 5},
        {"offset_digits": 0},
        {"offset_digits": 7},
        {"ids": header["ids"][:-1]},
        {"offsets": header["offsets"][: header["offset_digits"] * 3]},
    ):
        path.write_bytes(json.dumps({**header, **forged}).encode() + b"\n" + rest)
        with pytest.raises(ValueError, match="header is malformed"):
            load_index(path)
    path.write_bytes(b"[1, 2]\n" + rest)
    with pytest.raises(ValueError, match="format None"):
        load_index(path)


def test_an_index_file_cut_or_replaced_in_use_is_an_error(tmp_path: Any) -> None:
    from stripe_connector.operations._index import index_path

    original = index_path().read_bytes()
    copy = tmp_path / "index.jsonl"
    copy.write_bytes(original)
    index = load_index(copy)
    copy.write_bytes(original[: len(original) // 2])
    with pytest.raises(ValueError, match=r"changed while in use|not the length"):
        for operation_id in index.ids()[-50:]:
            index.get(operation_id)
    with pytest.raises(ValueError, match="not the length"):
        assert index.operations
