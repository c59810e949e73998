"""A canned Stripe for the agent-facing tests (MCP server, strict schemas, agent stacks): every tool gets an answer.

Builds on ``tests.support.canned_stripe`` (customers, a 404, balance) and adds a page for every list tool, one
customer by ID, and created objects that echo what was sent (amount, currency, metadata...), so a test can see that
a strict-shaped call reached Stripe in the normal shape. ``strict_call_arguments`` gives, for any tool, the
arguments a strict model sends: every key present, ``null`` for those it does not use.
"""

from __future__ import annotations

import re
from typing import Any

from stripe_connector import TOOLS
from stripe_connector.testing.doubles import Recorded, Reply

from tests.support.canned_stripe import CUSTOMERS, stripe_routes
from tests.support.conformance_support import REFERENCE_EXAMPLES, TOOL_EXAMPLES
from tests.support.tool_answers import answer_for, tool_for

#: One object per list endpoint, shaped like Stripe's (a few fields each).
LISTED: dict[str, dict[str, Any]] = {
    "/v1/charges": {"id": "ch_1", "object": "charge", "amount": 1099, "currency": "usd", "paid": True, "metadata": {}},
    "/v1/payment_intents": {
        "id": "pi_1",
        "object": "payment_intent",
        "amount": 1099,
        "currency": "usd",
        "status": "requires_payment_method",
        "payment_method_types": ["card"],
    },
    "/v1/invoices": {"id": "in_1", "object": "invoice", "customer": "cus_1", "status": "draft", "auto_advance": True},
    "/v1/products": {"id": "prod_1", "object": "product", "name": "T-shirt", "active": True, "metadata": {}},
    "/v1/subscriptions": {"id": "sub_1", "object": "subscription", "customer": "cus_1", "status": "active"},
}

#: What a strict model would fill in for required arguments, by argument name.
REQUIRED_VALUES: dict[str, Any] = {
    "id": "cus_1",
    "amount": 1099,
    "currency": "usd",
    "customer": "cus_1",
    "method": "GET",
    "path": "/v1/balance",
}


def metadata_from_form(form: list[tuple[str, str]]) -> dict[str, str]:
    """``metadata[k]=v`` form pairs -> ``{k: v}``."""
    found = {}
    for name, value in form:
        match = re.fullmatch(r"metadata\[(.+)\]", name)
        if match:
            found[match.group(1)] = value
    return found


def agent_routes(request: Recorded) -> Reply:
    """``tests.support.canned_stripe.stripe_routes`` plus an answer for every tool (see the module docstring)."""
    form = request.form_dict
    if request.method == "GET" and request.path in LISTED:
        page = {"object": "list", "url": request.path, "has_more": False, "data": [LISTED[request.path]]}
        return Reply(json=page, headers={"Request-Id": "req_list"})
    match (request.method, request.path):
        case ("GET", "/v1/customers/cus_1"):
            return Reply(json=CUSTOMERS[0])
        case ("POST", "/v1/customers"):
            created: dict[str, Any] = {"id": "cus_new", "object": "customer", "email": form.get("email")}
            created["name"] = form.get("name")
            return Reply(json={**created, "metadata": metadata_from_form(request.form)})
        case ("POST", "/v1/charges"):
            created = {"id": "ch_new", "object": "charge", "amount": int(form["amount"]), "currency": form["currency"]}
            return Reply(json={**created, "metadata": metadata_from_form(request.form)})
        case ("POST", "/v1/payment_intents"):
            types = [value for name, value in request.form if name.startswith("payment_method_types")]
            created = {
                "id": "pi_new",
                "object": "payment_intent",
                "amount": int(form["amount"]),
                "currency": form["currency"],
                "payment_method_types": types,
            }
            return Reply(json={**created, "metadata": metadata_from_form(request.form)})
        case ("POST", "/v1/invoices"):
            created = {"id": "in_new", "object": "invoice", "customer": form["customer"], "status": "draft"}
            return Reply(json={**created, "metadata": metadata_from_form(request.form)})
    answered = stripe_routes(request)
    tool = tool_for(request.method, request.path)
    unrecognized = answered.status == 404 and "Unrecognized" in str(answered.json)
    if unrecognized and tool is not None:
        # Any other documented operation (a tool added to spec/tools.yaml included): Stripe's example answer.
        return Reply(json=answer_for(tool), headers={"Request-Id": "req_example"})
    return answered


def strict_call_arguments(tool_name: str, schema: dict[str, Any] | None = None, **used: Any) -> dict[str, Any]:
    """What a strict model sends for ``tool_name``: every property of the strict schema (``schema``, by default
    ``TOOLS``'), ``null`` unless ``used`` (or not nullable, then a value from ``REQUIRED_VALUES``)."""
    schema = schema if schema is not None else TOOLS.get(tool_name).strict_input_schema
    example = TOOL_EXAMPLES.get(tool_name, {})
    # What the tool's own example gives for an argument its cross-field rules may need (create_refund: a charge).
    needed = set(example) & set(object_rule_names(tool_name))
    arguments: dict[str, Any] = {}
    for name in schema["properties"]:
        if name in used:
            arguments[name] = used[name]
        elif name in needed:
            arguments[name] = example[name]
        elif "null" in schema_types(schema["properties"][name]):
            arguments[name] = None
        elif tool_name in REFERENCE_EXAMPLES or name not in example:
            arguments[name] = REQUIRED_VALUES[name]
        else:  # a tool added since the reference: its own example's value (an id with the right prefix)
            arguments[name] = example[name]
    return arguments


def object_rule_names(tool_name: str) -> list[str]:
    """The arguments a tool's cross-field rules require (``required`` lists inside its schema's combinators)."""
    schema = TOOLS.get(tool_name).input_schema
    found: list[str] = []
    pending: list[Any] = [schema.get(key) for key in ("allOf", "anyOf", "oneOf", "if", "then") if key in schema]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            found.extend(node.get("required", []))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def schema_types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    if "anyOf" in schema:
        return [t for member in schema["anyOf"] for t in schema_types(member)]
    return [kind] if isinstance(kind, str) else list(kind)
