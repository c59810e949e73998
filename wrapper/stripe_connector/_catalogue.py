"""The tool catalogue: what each tool is, which Stripe operation it runs, and the JSON Schema of its arguments.

What the product decides lives here as data (the reference's argument names, defaults, limits and descriptions);
what Stripe decides (types, enums, lengths, which parameter goes in the path, query or body) is read from the
trimmed spec's request side, ``spec/stripe.tools.json``, which the trimmer writes by tool name. Each tool's
``input_schema`` is both what agents are shown and what :mod:`stripe_connector._validation` enforces.

The spec is read on first use, not at import: importing the connector stays cheap.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JSONSchema = dict[str, Any]

# Stripe object IDs go into URLs and cursors; letters, digits and underscores are all they ever contain.
ID_PATTERN = r"^[A-Za-z0-9_]+$"

#: JSON Schema keywords the reference adds to an argument, by argument name, for every tool that has it.
ARGUMENT_RULES: Mapping[str, JSONSchema] = {
    "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
    "starting_after": {"minLength": 1, "pattern": ID_PATTERN},
    "customer": {"minLength": 1, "pattern": ID_PATTERN},
    "source": {"minLength": 1, "pattern": ID_PATTERN},
    # Money is an integer in the smallest currency unit; negative amounts are always a mistake.
    "amount": {"type": "integer", "minimum": 0},
    "currency": {"type": "string", "pattern": "^[A-Za-z]{3}$"},
    "payment_method_types": {"minItems": 1, "default": ["card"]},
    "days_until_due": {"minimum": 0},
}

#: Stripe's metadata limits; the reference makes metadata a flat object of strings (no nesting, no ``""`` unset).
METADATA_SCHEMA: JSONSchema = {
    "type": "object",
    "maxProperties": 50,
    "propertyNames": {"minLength": 1, "maxLength": 40},
    "additionalProperties": {"type": "string", "maxLength": 500},
}

#: The reference's words for each argument; agents read these.
ARGUMENT_DESCRIPTIONS: Mapping[str, str] = {
    "limit": "Number of results (1 to 100, default 10).",
    "starting_after": "Cursor for pagination: the ID of the last object of the previous page.",
    "email": "Customer email address (on list_customers: exact-match filter).",
    "id": "Customer ID (starts with cus_).",
    "name": "Customer full name.",
    "phone": "Phone number.",
    "description": "Internal description or notes.",
    "metadata": "Key-value pairs of strings (at most 50 keys; keys up to 40, values up to 500 characters).",
    "amount": "Amount in the smallest currency unit, as an integer (10.99 USD is 1099).",
    "currency": "Three-letter ISO currency code (e.g. usd, eur); sent in lower case.",
    "customer": "Customer ID (cus_...).",
    "source": "Payment source token or ID (e.g. tok_visa).",
    "payment_method_types": 'Accepted payment method types (default ["card"]).',
    "status": "Filter by status.",
    "active": "Filter by active status.",
    "auto_advance": "Whether to automatically finalize and attempt payment (default true).",
    "collection_method": "charge_automatically (default) or send_invoice (which needs days_until_due).",
    "days_until_due": "Days until the invoice is due; required when collection_method is send_invoice.",
}


@dataclass(frozen=True, slots=True)
class ToolDefinition:
    """The product's definition of one tool: the data a new tool adds (besides its line in spec/operations)."""

    name: str
    description: str
    arguments: tuple[str, ...]
    required: tuple[str, ...] = ()
    #: Connector argument name -> Stripe parameter name, where they differ.
    renames: Mapping[str, str] = field(default_factory=dict)
    #: Extra JSON Schema keywords by argument, for rules specific to this tool.
    rules: Mapping[str, JSONSchema] = field(default_factory=dict)
    #: Extra JSON Schema keywords for the whole argument object (cross-field rules).
    object_rules: JSONSchema = field(default_factory=dict)
    #: What the tool does to Stripe's data: "read", "create", "update", "delete" (cancels too) or "raw" (any).
    kind: str = "read"


LIST_ARGUMENTS = ("limit", "starting_after")

DEFINITIONS: tuple[ToolDefinition, ...] = (
    ToolDefinition(
        "list_customers",
        "List customers, newest first; filter by exact email. Pages with limit and starting_after.",
        (*LIST_ARGUMENTS, "email"),
    ),
    ToolDefinition(
        "get_customer",
        "Retrieve one customer by ID.",
        ("id",),
        required=("id",),
        renames={"id": "customer"},
        rules={"id": {"minLength": 5, "pattern": "^cus_[A-Za-z0-9_]+$"}},
    ),
    ToolDefinition(
        "create_customer",
        "Create a customer with optional email, name, phone, description and metadata.",
        ("email", "name", "phone", "description", "metadata"),
        kind="create",
    ),
    ToolDefinition(
        "list_charges",
        "List charges, newest first; optionally only those of one customer.",
        (*LIST_ARGUMENTS, "customer"),
    ),
    ToolDefinition(
        "create_charge",
        "Charge a payment source or a customer. amount is an integer in the smallest currency unit.",
        ("amount", "currency", "customer", "source", "description", "metadata"),
        required=("amount", "currency"),
        kind="create",
    ),
    ToolDefinition(
        "list_payment_intents",
        "List payment intents, newest first; optionally only those of one customer.",
        (*LIST_ARGUMENTS, "customer"),
    ),
    ToolDefinition(
        "create_payment_intent",
        "Create a payment intent. amount is an integer in the smallest currency unit.",
        ("amount", "currency", "customer", "payment_method_types", "description", "metadata"),
        required=("amount", "currency"),
        kind="create",
    ),
    ToolDefinition(
        "list_invoices",
        "List invoices, newest first; filter by customer and status.",
        (*LIST_ARGUMENTS, "customer", "status"),
    ),
    ToolDefinition(
        "create_invoice",
        "Create a draft invoice for a customer (auto_advance finalizes it). "
        "collection_method send_invoice needs days_until_due.",
        ("customer", "auto_advance", "collection_method", "days_until_due", "description", "metadata"),
        required=("customer",),
        rules={
            "auto_advance": {"default": True},
            "collection_method": {"default": "charge_automatically"},
        },
        object_rules={
            "allOf": [
                {
                    # `required` too: without it the `if` holds vacuously when collection_method is absent.
                    "if": {
                        "required": ["collection_method"],
                        "properties": {"collection_method": {"const": "send_invoice"}},
                    },
                    "then": {"required": ["days_until_due"]},
                },
                {
                    "if": {"required": ["days_until_due"]},
                    "then": {
                        "required": ["collection_method"],
                        "properties": {"collection_method": {"const": "send_invoice"}},
                    },
                },
            ]
        },
        kind="create",
    ),
    ToolDefinition(
        "list_products",
        "List products, newest first; filter by active status.",
        (*LIST_ARGUMENTS, "active"),
    ),
    ToolDefinition(
        "list_subscriptions",
        "List subscriptions; filter by customer and status (Stripe's default excludes canceled ones).",
        (*LIST_ARGUMENTS, "customer", "status"),
    ),
    ToolDefinition(
        "raw_request",
        "Send a request to any Stripe /v1 endpoint of the configured Stripe API: method GET, POST or DELETE, "
        "path like /v1/balance, form parameters in body (POST only) and query parameters in query.",
        ("method", "path", "body", "query"),
        required=("method", "path"),
        kind="raw",
    ),
)

#: raw_request is the connector's own tool, not a Stripe operation, so its schema is written here.
RAW_REQUEST_PROPERTIES: JSONSchema = {
    "method": {"type": "string", "enum": ["GET", "POST", "DELETE"], "description": "HTTP method."},
    "path": {
        "type": "string",
        # Segments of letters, digits, _ and -, with single dots inside a segment only: no "..", no "%", no "?".
        "pattern": r"^/v1(/[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)*)+/?$",
        "maxLength": 2000,
        "description": "API path under /v1/, e.g. /v1/balance (never a URL; query parameters go in query).",
    },
    "body": {
        "type": "object",
        "description": "Form parameters (POST only), nested objects and lists allowed.",
    },
    "query": {"type": "object", "description": "Query string parameters, nested objects and lists allowed."},
}
RAW_REQUEST_OBJECT_RULES: JSONSchema = {
    "if": {"properties": {"method": {"enum": ["GET", "DELETE"]}}},
    "then": {"not": {"required": ["body"]}},
}


@dataclass(frozen=True, slots=True)
class Operation:
    """Where a tool's arguments go on the wire, read from the spec."""

    method: str
    path: str
    operation_id: str
    path_params: frozenset[str]
    query_params: frozenset[str]  # the rest go in the form body


@dataclass(frozen=True, slots=True)
class Tool:
    """One tool as users, workflow engines and agents see it."""

    name: str
    description: str
    input_schema: JSONSchema
    definition: ToolDefinition
    operation: Operation | None  # None for raw_request, which reaches any path

    @property
    def kind(self) -> str:
        """"read", "create", "update", "delete" or "raw": what the tool may do (MCP annotations, read-only modes)."""
        return self.definition.kind

    @property
    def strict_input_schema(self) -> JSONSchema:
        """The variant for strict function calling (OpenAI, openai-agents); ``call(..., strict=True)`` takes it."""
        from ._strict import strict_schema

        return strict_schema(self)

    @property
    def is_list(self) -> bool:
        """List tools page with starting_after and can be paginated."""
        return "starting_after" in self.input_schema["properties"]


# --- reading the spec ----------------------------------------------------------------------------------------------


def tool_view_path() -> Path:
    """``stripe.tools.json``: packaged beside the code in a wheel, or the repository's ``spec/`` in a checkout."""
    packaged = Path(__file__).with_name("_spec") / "stripe.tools.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / "stripe.tools.json"


def load_tool_view() -> dict[str, Any]:
    """The request side of the trimmed spec, by tool name (written by ``codegen/trim.py``)."""
    with tool_view_path().open("rb") as stream:
        view: dict[str, Any] = json.load(stream)
    return view


def clean_schema(schema: JSONSchema) -> JSONSchema:
    """A copy for agents without Stripe's ``title``s and ``x-`` extensions (the view has no descriptions or refs)."""
    result: JSONSchema = {}
    for key, value in schema.items():
        if key == "title" or key.startswith("x-"):
            continue
        if isinstance(value, dict) and key in ("items", "additionalProperties", "not"):
            result[key] = clean_schema(value)
        elif isinstance(value, list) and key in ("anyOf", "oneOf", "allOf"):
            result[key] = [clean_schema(member) for member in value]
        elif key == "properties":
            result[key] = {name: clean_schema(member) for name, member in value.items()}
        else:
            result[key] = copy.deepcopy(value)
    return result


def argument_schema(definition: ToolDefinition, argument: str, stripe_schema: JSONSchema) -> JSONSchema:
    """The spec's schema for one argument, tightened by the reference's rules."""
    if argument == "metadata":
        schema = dict(METADATA_SCHEMA)
    else:
        schema = dict(stripe_schema)
        schema.update(ARGUMENT_RULES.get(argument, {}))
    schema.update(definition.rules.get(argument, {}))
    if argument in ARGUMENT_DESCRIPTIONS:
        schema["description"] = ARGUMENT_DESCRIPTIONS[argument]
    return schema


def build_tool(definition: ToolDefinition, view: Mapping[str, Any]) -> Tool:
    """One tool from its definition and the spec's view of its operation."""
    if definition.name == "raw_request":
        properties, operation, object_rules = RAW_REQUEST_PROPERTIES, None, RAW_REQUEST_OBJECT_RULES
    else:
        if definition.name not in view:
            raise LookupError(f"the spec has no operation for tool {definition.name!r}: add it to spec/operations")
        stripe_operation = view[definition.name]
        stripe_parameters = stripe_operation["parameters"]
        properties = {}
        locations: dict[str, set[str]] = {"path": set(), "query": set(), "body": set()}
        for argument in definition.arguments:
            wire_name = definition.renames.get(argument, argument)
            if wire_name not in stripe_parameters:
                raise LookupError(
                    f"{definition.name}: Stripe's {stripe_operation['method']} {stripe_operation['path']} "
                    f"has no parameter {wire_name!r}"
                )
            parameter = stripe_parameters[wire_name]
            properties[argument] = argument_schema(definition, argument, clean_schema(parameter["schema"]))
            locations[parameter["in"]].add(wire_name)
        operation = Operation(
            method=stripe_operation["method"],
            path=stripe_operation["path"],
            operation_id=stripe_operation["operation_id"],
            path_params=frozenset(locations["path"]),
            query_params=frozenset(locations["query"]),
        )
        object_rules = definition.object_rules
    input_schema: JSONSchema = {
        "type": "object",
        "properties": copy.deepcopy(properties),
        "required": list(definition.required),
        "additionalProperties": False,
        **copy.deepcopy(object_rules),
    }
    return Tool(definition.name, definition.description, input_schema, definition, operation)


def build_catalogue(view: Mapping[str, Any] | None = None) -> dict[str, Tool]:
    """Every tool by name, built from the tool view of the trimmed spec (the packaged one by default)."""
    tools = (load_tool_view() if view is None else view)["tools"]
    return {definition.name: build_tool(definition, tools) for definition in DEFINITIONS}


_catalogue: dict[str, Tool] | None = None
_catalogue_lock = threading.Lock()


def catalogue() -> dict[str, Tool]:
    """The process-wide catalogue, built once, on first use, thread-safely."""
    global _catalogue
    if _catalogue is None:
        with _catalogue_lock:
            if _catalogue is None:
                _catalogue = build_catalogue()
    return _catalogue


def get_tool(name: object) -> Tool:
    """The tool called ``name``, or :class:`InvalidInputError` naming ``tool``."""
    tools = catalogue()
    if isinstance(name, str) and name in tools:
        return tools[name]
    from .errors import InvalidInputError

    raise InvalidInputError("tool", f"unknown tool {name!r}; the tools are: {', '.join(tools)}")
