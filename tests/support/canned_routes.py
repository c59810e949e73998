"""The canned Stripes of the front-end and agent tests: answers for ``ScriptedStripe(default=...)``, in three tiers.

* ``stripe_routes`` (CLI and MCP): a few endpoints, customers paged two at a time, Stripe's 404 for
  ``cus_missing``, and GET /v1/products answering HTTP 200 with a body that is not JSON;
* ``agent_routes`` (MCP server, strict schemas, agent stacks): ``stripe_routes`` plus a page for every list tool,
  one customer by ID, and created objects that echo what was sent (amount, currency, metadata...), so a test can
  see that a strict-shaped call reached Stripe in the normal shape; ``strict_call_arguments`` gives, for any tool,
  the arguments a strict model sends (every key present, ``null`` for those it does not use);
* ``long_lists`` (result sizing): list and search endpoints over 100 objects each (``limit``, ``starting_after``;
  search: ``page``, as ``page_<offset>``), objects of varying size so a size cap falls anywhere in a page; anything
  else is ``agent_routes``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from stripe_connector import TOOLS
from stripe_connector.testing.doubles import Recorded, Reply

from tests.support.conformance_support import REFERENCE_EXAMPLES, TOOL_EXAMPLES
from tests.support.tool_answers import answer_for, tool_for

CUSTOMERS = [{"id": f"cus_{n}", "object": "customer", "email": f"c{n}@example.com"} for n in range(1, 6)]
PAGE_SIZE = 2  # the fake's largest page, whatever limit asks: 5 customers are 3 pages


def stripe_routes(request: Recorded) -> Reply:
    """A few Stripe endpoints with canned answers (the first tier; see the module docstring).

    GET /v1/customers pages through ``CUSTOMERS`` (``limit``, ``starting_after``), GET /v1/customers/cus_missing
    is Stripe's 404, POST /v1/customers and /v1/charges echo a created object, GET /v1/balance answers, and
    GET /v1/products answers HTTP 200 with a body that is not JSON.
    """
    form = request.form_dict
    match (request.method, request.path):
        case ("GET", "/v1/customers"):
            return Reply(json=customer_page(request.query_dict))
        case ("GET", "/v1/customers/cus_missing"):
            error = {
                "type": "invalid_request_error",
                "code": "resource_missing",
                "param": "id",
                "message": "No such customer: 'cus_missing'",
            }
            return Reply(404, json={"error": error}, headers={"Request-Id": "req_missing"})
        case ("POST", "/v1/customers"):
            return Reply(json={"id": "cus_new", "object": "customer", "email": form.get("email")})
        case ("POST", "/v1/charges"):
            return Reply(json={"id": "ch_new", "object": "charge", "amount": int(form["amount"])})
        case ("GET", "/v1/balance"):
            return Reply(json={"object": "balance", "available": []})
        case ("GET", "/v1/products"):
            return Reply(body="<html>not json</html>", headers={"Request-Id": "req_products"})
    return Reply(404, json={"error": {"type": "invalid_request_error", "message": f"Unrecognized {request.path}"}})


def customer_page(query: Mapping[str, str]) -> dict[str, Any]:
    start = 0
    if "starting_after" in query:
        start = [c["id"] for c in CUSTOMERS].index(query["starting_after"]) + 1
    size = min(int(query.get("limit", "10")), PAGE_SIZE)
    data = CUSTOMERS[start : start + size]
    return {"object": "list", "url": "/v1/customers", "has_more": start + size < len(CUSTOMERS), "data": data}


# --- every tool gets an answer --------------------------------------------------------------------------------------

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
    """``stripe_routes`` plus an answer for every tool (see the module docstring)."""
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


# --- 100 objects per list ------------------------------------------------------------------------------------------

OBJECTS = 100


def sample(path: str) -> dict[str, Any]:
    """One object like those of list endpoint ``path`` (the agent double's, or a customer)."""
    return LISTED.get(path, {"id": "cus_0", "object": "customer", "email": "x@example.com"})


def hundred(path: str) -> list[dict[str, Any]]:
    """100 objects, ids in order, each a few hundred bytes (the size varies, so cuts fall anywhere)."""
    base = sample(path)
    prefix = str(base["id"]).split("_")[0]
    return [
        {**base, "id": f"{prefix}_{n:03d}", "description": "d" * (100 + 37 * n % 300), "metadata": {"n": str(n)}}
        for n in range(OBJECTS)
    ]


def long_lists(request: Recorded) -> Reply:
    """Stripe's list and search endpoints over 100 objects each (``limit``, ``starting_after``, ``page``)."""
    query = request.query_dict
    path = request.path.removesuffix("/search")
    if request.method == "GET" and (path in LISTED or path == "/v1/customers"):
        objects = hundred(path)
        limit = int(query.get("limit", "10"))
        if request.path.endswith("/search"):
            start = int(query.get("page", "page_0").removeprefix("page_"))
            data = objects[start : start + limit]
            more = start + limit < OBJECTS
            page = {"object": "search_result", "url": request.path, "data": data, "has_more": more}
            return Reply(json={**page, "next_page": f"page_{start + limit}" if more else None})
        ids = [item["id"] for item in objects]
        start = ids.index(query["starting_after"]) + 1 if "starting_after" in query else 0
        data = objects[start : start + limit]
        return Reply(json={"object": "list", "url": path, "data": data, "has_more": start + limit < OBJECTS})
    return agent_routes(request)
