"""Stripe's own spec judges the connector's arguments, in both directions.

Forward: whatever a tool accepts (the reference's examples, and arguments generated from the tool's
``input_schema``), the Stripe parameters the connector would send for it (its validated, defaults-applied
arguments under Stripe's names) must pass the documented operation's schema in ``spec/stripe.documented.json``.

Backward: whatever the connector refuses must be something Stripe's schema refuses too, or a limit the reference
(or Stripe's own parameter description) states. Every such rule is listed in :data:`TIGHTENINGS` with where it
comes from; generated Stripe-valid arguments must be refused exactly when one of them applies, and for that
argument. A rule the connector enforces but the list does not name fails the test: that is a disagreement to
settle, not to absorb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stripe_connector import TOOLS
from stripe_connector._request.validation import validate_arguments
from stripe_connector.errors import InvalidInputError

from tests.support.conformance_support import (
    CONFORMANCE_SETTINGS,
    REFERENCE_EXAMPLES,
    RENAMES,
    TOOL_EXAMPLES,
    definitions,
    documented_operations,
    from_schema,
    stripe_request,
    stripe_spec,
    stripe_valid_arguments,
    tool_arguments,
)

TOOL_NAMES = list(TOOL_EXAMPLES)
TYPED_TOOLS = [name for name in TOOL_NAMES if name != "raw_request"]
PATH_SEGMENTS = re.compile(r"/v1(/[A-Za-z0-9_.\-]+)+")


# --- what the connector would send, in Stripe's terms --------------------------------------------------------------


def sent_parameters(tool: str, arguments: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """Method, documented path template and the Stripe parameters the connector sends for ``arguments``.

    The arguments are those the connector's validation returns (defaults filled in, currency lower-cased), under
    Stripe's names; a GET's path parameters are included, since its schema gathers every parameter.
    """
    validated = validate_arguments(TOOLS.get(tool), arguments)
    if tool == "raw_request":
        method, path = validated["method"], validated["path"]
        matched = stripe_spec().match_path(path)
        assert matched is not None, f"{path} is not a documented path"
        template, path_params = matched
        if method == "POST":
            return method, template, dict(validated.get("body") or {})
        return method, template, {**path_params, **(validated.get("query") or {})}
    method, template = documented_operations()[tool]
    renames = RENAMES.get(tool, {})
    return method, template, {renames.get(name, name): value for name, value in validated.items()}


def stripe_errors(tool: str, arguments: Mapping[str, Any]) -> list[str]:
    method, template, params = sent_parameters(tool, arguments)
    return stripe_spec().errors(method, template, params)


def raw_call(tool: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """``raw_request`` arguments that run ``tool``'s operation with ``arguments`` (as the reference means them)."""
    request = stripe_request(tool, arguments)
    path = request.path
    for name, value in request.path_params.items():
        path = path.replace("{" + name + "}", value)
    raw: dict[str, Any] = {"method": request.method, "path": path}
    if request.params:
        raw["body" if request.method == "POST" else "query"] = request.params
    return raw


@functools.cache
def raw_calls(arguments_for: Callable[[str], st.SearchStrategy[dict[str, Any]]]) -> st.SearchStrategy[dict[str, Any]]:
    """raw_request calls to the documented operations, including GET /v1/balance with Stripe-valid parameters."""
    balance = stripe_balance_queries().map(
        lambda query: {"method": "GET", "path": "/v1/balance", **({"query": query} if query else {})}
    )
    calls = st.sampled_from(TYPED_TOOLS).flatmap(lambda tool: arguments_for(tool).map(lambda a: raw_call(tool, a)))
    # A path parameter reaches raw_request inside its path: segments of letters, digits, _, - and dots, at most
    # 2000 characters in all (the connector's rule for raw paths; Stripe's IDs are far shorter).
    return balance | calls.filter(lambda raw: len(raw["path"]) <= 2000 and PATH_SEGMENTS.fullmatch(raw["path"]))


def stripe_balance_queries() -> st.SearchStrategy[dict[str, Any]]:
    schemas, _ = stripe_spec().parameter_schemas("GET", "/v1/balance")
    return from_schema({"type": "object", "properties": schemas, "additionalProperties": False})


# --- the judge can fail --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", TOOL_NAMES)
def test_reference_examples_pass_stripe_schema(tool: str) -> None:
    assert stripe_errors(tool, TOOL_EXAMPLES[tool]) == []


@pytest.mark.parametrize(
    ("method", "path", "params", "expected"),
    [
        ("POST", "/v1/payment_intents", {"amount": "2000", "currency": "usd"}, "amount: '2000' is not of type"),
        ("POST", "/v1/charges", {"amount": "2000", "currency": "usd"}, "amount: '2000' is not of type"),
        ("POST", "/v1/payment_intents", {"currency": "usd"}, "'amount' is a required property"),
        ("POST", "/v1/invoices", {"customer": "cus_1", "collection_method": "pigeon"}, "'pigeon' is not one of"),
        ("POST", "/v1/customers", {"metadata": {"plan": {"tier": "gold"}}}, "metadata: {'plan'"),
        ("POST", "/v1/payment_intents", {"amount": 1, "currency": "usd", "metadata": {"a": {"b": "c"}}}, "metadata"),
        ("POST", "/v1/customers", {"emali": "a@b.c"}, "Additional properties are not allowed"),
        ("GET", "/v1/customers", {"limit": "ten"}, "limit: 'ten' is not of type 'integer'"),
        ("GET", "/v1/invoices", {"status": "pigeon"}, "status: 'pigeon' is not one of"),
        ("GET", "/v1/customers/{customer}", {}, "'customer' is a required property"),
        ("GET", "/v1/charges", {"email": "a@b.c"}, "Additional properties are not allowed"),
    ],
)
def test_stripe_schema_rejects_wrong_parameters(method: str, path: str, params: dict[str, Any], expected: str) -> None:
    errors = stripe_spec().errors(method, path, params)
    assert any(expected in error for error in errors), errors


def test_stripe_schema_accepts_what_stripe_documents() -> None:
    """Metadata may be "" (Stripe's "unset"); a GET's path parameter and expand are parameters like the others."""
    spec = stripe_spec()
    assert spec.errors("POST", "/v1/invoices", {"customer": "cus_1", "metadata": ""}) == []
    assert spec.errors("GET", "/v1/customers/{customer}", {"customer": "cus_1", "expand": ["x"]}) == []


# --- forward: what the connector sends passes Stripe's schema ------------------------------------------------------


@pytest.mark.parametrize("tool", TYPED_TOOLS)
@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_generated_arguments_pass_stripe_schema(tool: str, data: st.DataObject) -> None:
    arguments = data.draw(tool_arguments(tool), label="arguments")
    assert stripe_errors(tool, arguments) == []


@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_raw_requests_to_documented_operations_pass_stripe_schema(data: st.DataObject) -> None:
    """raw_request sends its body or query as given: Stripe parameters stay Stripe-valid through it."""
    arguments = data.draw(raw_calls(tool_arguments), label="arguments")
    assert stripe_errors("raw_request", arguments) == []


# --- backward: what the connector refuses, Stripe or the reference refuses -----------------------------------------

ID_CHARACTERS = re.compile(r"[A-Za-z0-9_]+")


@dataclass(frozen=True)
class Tightening:
    """A rule the connector enforces beyond Stripe's documented schema, and where the rule comes from."""

    argument: str
    rule: str
    source: str  # "reference", "Stripe's description" (stated in words, not in the schema) or "connector only"
    breaks: Callable[[Any], bool]  # does this value (None when absent) break the rule?
    examples: tuple[tuple[str, dict[str, Any]], ...]  # Stripe-valid arguments that break only this rule
    tools: frozenset[str] | None = None  # None: every tool with the argument
    whole_object: bool = False  # ``breaks`` takes the arguments object rather than the argument's value

    def applies(self, tool: str, arguments: Mapping[str, Any]) -> bool:
        if self.tools is not None and tool not in self.tools:
            return False
        if self.argument not in TOOLS.get(tool).input_schema["properties"]:
            return False
        if self.whole_object:
            return self.breaks(arguments)
        return self.argument in arguments and self.breaks(arguments[self.argument])


def not_id(value: Any) -> bool:
    return not ID_CHARACTERS.fullmatch(value)


def bad_metadata_shape(value: Any) -> bool:
    return not isinstance(value, dict)


def too_much_metadata(value: Any) -> bool:
    return isinstance(value, dict) and (len(value) > 50 or any(len(k) > 40 or len(v) > 500 for k, v in value.items()))


def empty_metadata_key(value: Any) -> bool:
    return isinstance(value, dict) and "" in value


def missing(name: str) -> Callable[[Any], bool]:
    return lambda arguments: name not in arguments


def send_invoice_without_days(arguments: Mapping[str, Any]) -> bool:
    return arguments.get("collection_method") == "send_invoice" and "days_until_due" not in arguments


def days_without_send_invoice(arguments: Mapping[str, Any]) -> bool:
    return "days_until_due" in arguments and arguments.get("collection_method") != "send_invoice"


def id_rule(name: str, *examples: tuple[str, dict[str, Any]]) -> Tightening:
    return Tightening(
        name,
        "letters, digits and _ only, not empty",
        "connector only (Stripe's schema: any string up to 5000 characters)",
        not_id,
        examples,
    )


def required_rule(name: str, tool: str, example: dict[str, Any]) -> Tightening:
    reason = "reference (Stripe's schema makes it optional)"
    return Tightening(name, "required", reason, missing(name), ((tool, example),), frozenset({tool}), whole_object=True)


CHARGE = {"amount": 1099, "currency": "usd"}
INVOICE = frozenset({"create_invoice"})

TIGHTENINGS: tuple[Tightening, ...] = (
    Tightening(
        "limit",
        "1 to 100",
        'reference (max 100); Stripe\'s description ("Limit can range between 1 and 100")',
        lambda value: not 1 <= value <= 100,
        (("list_customers", {"limit": 0}), ("list_invoices", {"limit": 101})),
    ),
    id_rule(
        "starting_after", ("list_charges", {"starting_after": "ch_1-2"}), ("list_products", {"starting_after": ""})
    ),
    id_rule("customer", ("create_invoice", {"customer": "cus 1"}), ("list_subscriptions", {"customer": ""})),
    id_rule("source", ("create_charge", {**CHARGE, "source": "tok/visa"})),
    Tightening(
        "id",
        "cus_ then letters, digits and _",
        'reference ("starts with cus_"); the character set is the connector\'s',
        lambda value: not re.fullmatch(r"cus_[A-Za-z0-9_]+", value),
        (("get_customer", {"id": "x"}), ("get_customer", {"id": "cus_a/b"})),
    ),
    Tightening(
        "amount",
        ">= 0",
        'reference ("a negative amount is an input error")',
        lambda value: value < 0,
        (("create_charge", {"amount": -1, "currency": "usd"}),),
    ),
    Tightening(
        "currency",
        "three letters",
        'reference ("Currency codes are three letters")',
        lambda value: not re.fullmatch(r"[A-Za-z]{3}", value),
        (("create_payment_intent", {"amount": 1, "currency": "us"}),),
    ),
    Tightening(
        "metadata",
        'an object, not Stripe\'s "" (unset)',
        'reference ("metadata is a flat object of string keys and string values")',
        bad_metadata_shape,
        (("create_customer", {"metadata": ""}),),
    ),
    Tightening(
        "metadata",
        "at most 50 keys, keys up to 40 and values up to 500 characters",
        "reference (Stripe's limits, stated in its docs but not in its schema)",
        too_much_metadata,
        (
            ("create_charge", {**CHARGE, "metadata": {f"k{i}": "v" for i in range(51)}}),
            ("create_invoice", {"customer": "cus_1", "metadata": {"k" * 41: "v"}}),
            ("create_customer", {"metadata": {"k": "v" * 501}}),
        ),
    ),
    Tightening(
        "metadata",
        "no empty key",
        "connector only",
        empty_metadata_key,
        (("create_customer", {"metadata": {"": "v"}}),),
    ),
    Tightening(
        "payment_method_types",
        "at least one type",
        "connector only (an empty list would send nothing, so Stripe's default applies anyway)",
        lambda value: len(value) == 0,
        (("create_payment_intent", {"amount": 1, "currency": "usd", "payment_method_types": []}),),
    ),
    Tightening(
        "days_until_due",
        ">= 0",
        "connector only",
        lambda value: value < 0,
        (("create_invoice", {"customer": "cus_1", "collection_method": "send_invoice", "days_until_due": -1}),),
    ),
    Tightening(
        "days_until_due",
        "send_invoice needs days_until_due",
        'reference ("collection_method: send_invoice needs days_until_due or due_date at Stripe")',
        send_invoice_without_days,
        (("create_invoice", {"customer": "cus_1", "collection_method": "send_invoice"}),),
        tools=INVOICE,
        whole_object=True,
    ),
    Tightening(
        "collection_method",
        "days_until_due only with send_invoice",
        'Stripe\'s description ("Valid only for invoices where collection_method=send_invoice")',
        days_without_send_invoice,
        (("create_invoice", {"customer": "cus_1", "days_until_due": 30}),),
        tools=INVOICE,
        whole_object=True,
    ),
    required_rule("amount", "create_charge", {"currency": "usd"}),
    required_rule("currency", "create_charge", {"amount": 1099}),
    required_rule("customer", "create_invoice", {"auto_advance": False}),
)

TIGHTENING_EXAMPLES = [
    pytest.param(tightening, tool, arguments, id=f"{tightening.argument}:{tightening.rule}:{index}")
    for tightening in TIGHTENINGS
    for index, (tool, arguments) in enumerate(tightening.examples)
]


def declared_rules(tool: str) -> set[str]:
    """The arguments whose refusal the definition of ``tool`` declares: their own or shared ``rules``, ``required``,
    and whatever its cross-field ``object_rules`` name."""
    definition = definitions()["tools"][tool]
    shared = definitions().get("shared", {}).get("arguments") or {}
    declared = set(definition.get("required", []))
    for name, argument in (definition.get("arguments") or {}).items():
        argument = argument or {}
        common = (shared.get(name) or {}) if argument.get("shared", True) else {}
        if (set(argument.get("rules") or {}) | set(common.get("rules") or {})) - {"default"} or common.get("schema"):
            declared.add(name)
    pending: list[Any] = [definition.get("object_rules") or {}]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            declared.update(node.get("required", []) if isinstance(node.get("required"), list) else [])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return declared


def connector_verdict(tool: str, arguments: Mapping[str, Any]) -> str | None:
    """None if the connector accepts ``arguments``, else the argument it names in its InvalidInputError."""
    try:
        validate_arguments(TOOLS.get(tool), arguments)
    except InvalidInputError as exc:
        return str(exc.param)
    return None


@pytest.mark.parametrize(("tightening", "tool", "arguments"), TIGHTENING_EXAMPLES)
def test_each_tightening_is_real(tightening: Tightening, tool: str, arguments: dict[str, Any]) -> None:
    """Each listed rule: Stripe's schema accepts the example, the connector refuses it, naming the argument."""
    request = stripe_request(tool, arguments)
    method, template = documented_operations()[tool]
    assert stripe_spec().errors(method, template, {**request.params, **request.path_params}) == []
    assert [t for t in TIGHTENINGS if t.applies(tool, arguments)] == [tightening]
    assert connector_verdict(tool, arguments) == tightening.argument


@pytest.mark.parametrize("tool", TYPED_TOOLS)
@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_connector_refuses_only_what_stripe_or_the_reference_refuses(tool: str, data: st.DataObject) -> None:
    arguments = data.draw(stripe_valid_arguments(tool), label="arguments")
    method, template = documented_operations()[tool]
    request = stripe_request(tool, arguments)
    assert stripe_spec().errors(method, template, {**request.params, **request.path_params}) == []
    refused = connector_verdict(tool, arguments)
    if tool not in REFERENCE_EXAMPLES:
        # A tool added since the reference: its tightenings are the rules its definition declares.
        assert refused is None or refused in declared_rules(tool), (
            f"the connector refuses Stripe-valid {arguments!r} ({refused}); spec/tools.yaml declares no rule for it"
        )
        return
    broken = [t for t in TIGHTENINGS if t.applies(tool, arguments)]
    if not broken:
        assert refused is None, f"the connector refuses Stripe-valid {arguments!r} ({refused}); no listed rule says so"
    else:
        rules = {t.argument for t in broken}
        assert refused in rules, f"{arguments!r} breaks {[t.rule for t in broken]}, the connector said {refused}"


@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_raw_request_refuses_no_stripe_valid_call(data: st.DataObject) -> None:
    """raw_request leaves parameters to Stripe: any Stripe-valid call to a documented operation goes through."""
    arguments = data.draw(raw_calls(stripe_valid_arguments), label="arguments")
    assert connector_verdict("raw_request", arguments) is None
