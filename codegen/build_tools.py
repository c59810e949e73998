"""Generate the tool layer from the tool definitions (``spec/tools.yaml``) and the trimmed spec's tools view.

``make generate`` runs this after openapi-python-client. It writes, into the generated package:

* ``tool_catalogue.py``: every tool as data (description, kind, pagination, argument JSON Schema, where each
  argument goes on the wire, money fields, hints): the view the connector reads, as a Python literal so that the
  first call pays no JSON parsing.
* ``validators/<tool>.py``: each tool's argument schema compiled by fastjsonschema ahead of time: the first call
  pays no schema compilation, and the code enforced is the schema agents are shown.
* ``connector_methods.py``: one typed method per tool for ``StripeConnector`` and ``AsyncStripeConnector``
  (parameter types from the JSON Schema, return types from the response parser registry), as stripe-python
  generates its services.

A definition the pipeline cannot honour (an argument the operation lacks, a rule that is not valid JSON Schema, an
example that its own tool would refuse...) stops the run with one line naming the tool and the field: exit 2.

Usage: ``python codegen/build_tools.py --definitions spec/tools.yaml --view spec/stripe.tools.json
--package generated/stripe_connector_generated``.
"""

from __future__ import annotations

import ast
import copy
import json
import keyword
import pprint
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from .options import parse_paths
from .tool_definitions import (
    CURSOR_ARGUMENTS,
    ArgumentDefinition,
    DefinitionError,
    Definitions,
    ToolDefinition,
    as_plain,
    load_definitions,
)

JSONSchema = dict[str, Any]
TEMPLATES = Path(__file__).resolve().parent / "tool_templates"

#: The keywords a definition's rules may use: what fastjsonschema enforces and agents' clients understand.
SCHEMA_KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "const",
        "default",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minItems",
        "maxItems",
        "uniqueItems",
        "items",
        "minProperties",
        "maxProperties",
        "properties",
        "propertyNames",
        "additionalProperties",
        "required",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "description",
    }
)
#: Arguments every typed method offers besides the tool's own (not part of the tool's JSON Schema).
POST_OPTIONS = ("idempotency_key", "idempotency_scope")


def fail(tool: str, field: str, message: str) -> DefinitionError:
    return DefinitionError(f"spec/tools.yaml: tool {tool!r}: field {field!r}: {message}")


def clean_schema(schema: JSONSchema) -> JSONSchema:
    """A copy for agents without Stripe's ``title``s and ``x-`` extensions."""
    result: JSONSchema = {}
    for key, value in schema.items():
        if key == "title" or key.startswith("x-"):
            continue
        if isinstance(value, dict) and key in ("items", "additionalProperties", "not"):
            result[key] = clean_schema(value)
        elif isinstance(value, list) and key in ("anyOf", "oneOf", "allOf"):
            result[key] = [clean_schema(member) if isinstance(member, dict) else member for member in value]
        elif key == "properties" and isinstance(value, dict):
            result[key] = {name: clean_schema(member) for name, member in value.items()}
        else:
            result[key] = copy.deepcopy(value)
    return result


def check_keywords(tool: str, field: str, schema: Any) -> None:
    """Only known JSON Schema keywords, recursively: a misspelt rule would silently not be enforced."""
    if not isinstance(schema, dict):
        raise fail(tool, field, f"expected a JSON Schema object, got {schema!r}")
    for key, value in schema.items():
        if key not in SCHEMA_KEYWORDS:
            raise fail(tool, field, f"{key!r} is not a JSON Schema keyword the connector enforces")
        for where, member in subschemas(tool, f"{field}.{key}", key, value):
            check_keywords(tool, where, member)


def subschemas(tool: str, field: str, key: str, value: Any) -> list[tuple[str, Any]]:
    """The schemas inside keyword ``key`` (``field`` names it), with where each one is."""
    if key in ("items", "additionalProperties", "not", "if", "then", "else", "propertyNames"):
        return [(field, value)] if isinstance(value, dict) else []
    if key in ("anyOf", "oneOf", "allOf"):
        if not isinstance(value, list):
            raise fail(tool, field, "expected a list of schemas")
        return [(f"{field}[{index}]", member) for index, member in enumerate(value)]
    if key == "properties":
        return [(f"{field}.{name}", member) for name, member in value.items()]
    return []


def argument_schema(
    tool: ToolDefinition, argument: ArgumentDefinition, shared: ArgumentDefinition | None, stripe: JSONSchema | None
) -> JSONSchema:
    """Stripe's schema for one argument, tightened by the shared rules, then by the tool's own; the tool's
    description wins over the shared one."""
    schema: JSONSchema
    if argument.schema is not None:
        schema = dict(as_plain(argument.schema))
    elif shared is not None and shared.schema is not None:
        schema = dict(as_plain(shared.schema))
    elif stripe is not None:
        schema = clean_schema(stripe)
    else:
        raise fail(tool.name, f"arguments.{argument.name}", "needs a 'schema' (the tool has no Stripe operation)")
    check_keywords(tool.name, f"arguments.{argument.name}", schema)
    if shared is not None:
        check_keywords(tool.name, f"shared.arguments.{argument.name}.rules", shared.rules)
        schema.update(as_plain(shared.rules))
    check_keywords(tool.name, f"arguments.{argument.name}.rules", argument.rules)
    schema.update(as_plain(argument.rules))
    description = argument.description or (shared.description if shared else None)
    if description:
        schema["description"] = " ".join(description.split())
    return schema


def is_integer_schema(schema: JSONSchema) -> bool:
    return schema.get("type") == "integer" or any(
        isinstance(member, dict) and member.get("type") == "integer" for member in schema.get("anyOf", [])
    )


def build_tool(tool: ToolDefinition, definitions: Definitions, view: dict[str, Any]) -> dict[str, Any]:
    """One tool's entry of the catalogue, in named steps: its operation in the trimmed spec, its arguments'
    schemas and where each goes, the rules across them, and the entry itself."""
    operation_view = tool_operation_view(tool, view)
    parameters: dict[str, Any] = operation_view["parameters"] if operation_view else {}
    properties, renames, locations = tool_arguments(tool, definitions, parameters)
    check_tool_rules(tool, properties, parameters, locations)
    input_schema: JSONSchema = {
        "type": "object",
        "properties": properties,
        "required": list(tool.required),
        "additionalProperties": False,
        **as_plain(tool.object_rules),
    }
    check_compiles(tool.name, input_schema)
    check_example(tool, input_schema)
    entry: dict[str, Any] = {
        "description": tool.description,
        "kind": tool.kind,
        "pagination": tool.pagination if tool.pagination != "none" else None,
        "input_schema": input_schema,
        "renames": renames,
        "money": dict(tool.money),
        "hints": dict(tool.hints),
        "operation": None,
    }
    if operation_view is not None:
        entry["operation"] = {
            "method": operation_view["method"],
            "path": operation_view["path"],
            "operation_id": operation_view["operation_id"],
            "body_encoding": operation_view.get("body_encoding", "form"),
            "path_params": sorted(locations["path"]),
            "query_params": sorted(locations["query"]),
        }
    return entry


def tool_operation_view(tool: ToolDefinition, view: dict[str, Any]) -> dict[str, Any] | None:
    """The trimmed spec's view of the tool's operation (None for raw_request), checked to be current."""
    if tool.operation is None:
        return None
    operation_view: dict[str, Any] | None = view.get(tool.name)
    if operation_view is None:
        raise fail(tool.name, "operation", f"{' '.join(tool.operation)} is not in the trimmed spec (run make spec)")
    if (operation_view["method"], operation_view["path"]) != tool.operation:
        raise fail(tool.name, "operation", "the trimmed spec is stale: run make generate")
    return operation_view


def tool_arguments(
    tool: ToolDefinition, definitions: Definitions, parameters: dict[str, Any]
) -> tuple[dict[str, JSONSchema], dict[str, str], dict[str, list[str]]]:
    """Each argument's schema, the renamed ones, and which Stripe parameters go in the path, query and body."""
    properties: dict[str, JSONSchema] = {}
    renames: dict[str, str] = {}
    locations: dict[str, list[str]] = {"path": [], "query": [], "body": []}
    for argument in tool.arguments:
        stripe = None
        if tool.operation is not None:
            stripe = stripe_parameter(tool, argument, parameters)
            locations[parameters[argument.wire]["in"]].append(argument.wire)
        if argument.wire != argument.name:
            renames[argument.name] = argument.wire
        shared = definitions.shared.get(argument.name) if argument.shared else None
        properties[argument.name] = argument_schema(tool, argument, shared, stripe)
    return properties, renames, locations


def stripe_parameter(tool: ToolDefinition, argument: ArgumentDefinition, parameters: dict[str, Any]) -> JSONSchema:
    """Stripe's schema for the parameter an argument of an operation's tool stands for."""
    assert tool.operation is not None
    if argument.schema is not None:
        raise fail(tool.name, f"arguments.{argument.name}.schema", "comes from Stripe's spec for this tool")
    if argument.wire not in parameters:
        known = ", ".join(sorted(parameters))
        raise fail(
            tool.name,
            f"arguments.{argument.name}",
            f"Stripe's {' '.join(tool.operation)} has no parameter {argument.wire!r} (it has: {known})",
        )
    schema: JSONSchema = parameters[argument.wire]["schema"]
    return schema


def check_tool_rules(
    tool: ToolDefinition,
    properties: dict[str, JSONSchema],
    parameters: dict[str, Any],
    locations: dict[str, list[str]],
) -> None:
    """What holds across the arguments: every path parameter given, valid object rules, integer money in a string
    currency, and the cursor argument of a paged tool."""
    if tool.operation is not None:
        path_params = {name for name, parameter in parameters.items() if parameter["in"] == "path"}
        missing = path_params - set(locations["path"])
        if missing:
            raise fail(tool.name, "arguments", f"the path needs {sorted(missing)}: add an argument for each")
    check_keywords(tool.name, "object_rules", as_plain(tool.object_rules) or {})
    for name, currency in tool.money.items():
        if not is_integer_schema(properties[name]):
            raise fail(tool.name, f"money.{name}", "money is an integer in the smallest currency unit")
        if currency is not None and properties[currency].get("type") != "string":
            raise fail(tool.name, f"money.{name}", f"currency argument {currency!r} is not a string")
    cursor_argument = CURSOR_ARGUMENTS.get(tool.pagination)
    if cursor_argument is not None and cursor_argument not in properties:
        raise fail(tool.name, "pagination", f"{tool.pagination} pagination needs a {cursor_argument!r} argument")


def check_compiles(tool: str, schema: JSONSchema) -> None:
    import fastjsonschema

    try:
        fastjsonschema.compile(schema, use_default=True)
    except (fastjsonschema.JsonSchemaDefinitionException, re.error) as exc:
        raise fail(tool, "arguments", f"the rules are not a valid JSON Schema: {exc}") from None


def check_example(tool: ToolDefinition, schema: JSONSchema) -> None:
    """A tool's own example must pass its own validation: otherwise the definition contradicts itself."""
    import fastjsonschema

    example = copy.deepcopy(as_plain(tool.example_arguments))
    try:
        fastjsonschema.compile(schema, use_default=True)(example)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise fail(tool.name, "example.arguments", f"the tool would refuse its own example: {exc.message}") from None
    if tool.example_response is not None:
        try:
            json.loads(tool.example_response)
        except ValueError as exc:
            raise fail(tool.name, "example.response", f"not JSON: {exc}") from None


# --- typed methods ------------------------------------------------------------------------------------------------


def python_type(schema: JSONSchema) -> str:
    """The Python annotation for a JSON Schema (what a typed caller passes; validation checks the rest)."""
    if "enum" in schema and all(isinstance(value, str) for value in schema["enum"]):
        return "Literal[" + ", ".join(json.dumps(value) for value in schema["enum"]) + "]"
    if "anyOf" in schema:
        members = [python_type(member) for member in schema["anyOf"] if member.get("enum") != [""]]
        unique = list(dict.fromkeys(members))
        return " | ".join(unique) if unique else "Any"
    kind = schema.get("type")
    if kind == "string":
        return "str"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        return f"Sequence[{python_type(schema.get('items', {}))}]"
    if kind == "object":
        values = schema.get("additionalProperties")
        if isinstance(values, dict) and values.get("type") == "string" and "properties" not in schema:
            return "Mapping[str, str]"
        return "Mapping[str, Any]"
    return "Any"


def read_success_types(package: Path) -> dict[str, str]:
    """``"METHOD /path" -> return type`` from the generated parser registry, read as data (no import)."""
    source = (package / "api" / "default" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "SUCCESS_TYPES":
            value = ast.literal_eval(node.value) if node.value is not None else {}
            return {str(key): str(item) for key, item in value.items()}
    raise DefinitionError(f"{package}/api/default/__init__.py has no SUCCESS_TYPES registry: regenerate the client")


def method_context(name: str, entry: dict[str, Any], success_types: dict[str, str]) -> dict[str, Any]:
    """What the methods template needs for one tool."""
    schema = entry["input_schema"]
    operation = entry["operation"]
    required = set(schema["required"])
    path_arguments = (
        {
            argument
            for argument in schema["properties"]
            if entry["renames"].get(argument, argument) in operation["path_params"]
        }
        if operation
        else required
    )
    positional: list[dict[str, Any]] = []
    keyword_only: list[dict[str, Any]] = []
    for argument, argument_schema in schema["properties"].items():
        if keyword.iskeyword(argument):
            raise fail(name, f"arguments.{argument}", "a Python keyword cannot be a typed method's parameter")
        annotation = python_type(argument_schema)
        parameter = {"name": argument, "type": annotation, "required": argument in required}
        (positional if argument in path_arguments else keyword_only).append(parameter)
    positional.sort(key=lambda parameter: not parameter["required"])
    if operation is not None:
        key = f"{operation['method']} {operation['path']}"
        if key not in success_types:
            raise fail(name, "operation", f"the generated client has no parser for {key}")
        returns = success_types[key]
        route = key
    else:
        returns = "dict[str, Any]"
        route = "any path"
    method = operation["method"] if operation else None
    return {
        "name": name,
        "summary": entry["description"],
        "route": route,
        "positional": positional,
        "keyword_only": keyword_only,
        "returns": returns,
        "idempotent_options": method in ("POST", None),
    }


def model_names(types: list[str]) -> list[str]:
    names: set[str] = set()
    for annotation in types:
        for part in annotation.replace("|", " ").split():
            if part[:1].isupper() and part.isidentifier():
                names.add(part)
    return sorted(names)


def environment() -> Any:
    """The jinja environment of every file this module writes (``codegen/tool_templates``)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["pyrepr"] = repr
    return env


def render_methods(catalogue: dict[str, dict[str, Any]], success_types: dict[str, str]) -> str:
    methods = [method_context(name, entry, success_types) for name, entry in catalogue.items()]
    return str(
        environment()
        .get_template("connector_methods.py.jinja")
        .render(methods=methods, models=model_names([method["returns"] for method in methods]))
    )


# --- output -------------------------------------------------------------------------------------------------------


def render_catalogue(catalogue: dict[str, Any], info: dict[str, Any]) -> str:
    return str(
        environment()
        .get_template("tool_catalogue.py.jinja")
        .render(
            version=info.get("version", ""),
            tools_literal=pprint.pformat(catalogue, width=110, sort_dicts=False),
            money_fields=sorted(info.get("x-stripe-connector-money-fields", [])),
            cursor_arguments=CURSOR_ARGUMENTS,
        )
    )


def render_validator(name: str, schema: JSONSchema) -> str:
    import fastjsonschema

    code = fastjsonschema.compile_to_code(schema, use_default=True)
    lines = []
    for line in code.splitlines():
        if line.startswith("VERSION = "):
            continue
        if line.startswith("from fastjsonschema import "):
            # The exceptions come from the validators package itself, so a first call does not import
            # fastjsonschema's code generator just to raise its exception.
            line = line.replace("from fastjsonschema import ", "from . import ")
        lines.append(line)
    return str(environment().get_template("validator.py.jinja").render(name=name, code="\n".join(lines)))


def render_validators_init() -> str:
    return str(environment().get_template("validators_init.py.jinja").render())


def build(definitions: Definitions, view_path: Path, package: Path) -> dict[str, dict[str, Any]]:
    view = json.loads(view_path.read_text(encoding="utf-8"))
    tools_view: dict[str, Any] = view["tools"]
    described = {tool.name for tool in definitions.tools}
    for name in tools_view:
        if name not in described:
            raise DefinitionError(
                f"the trimmed spec has an operation for {name!r}, which spec/tools.yaml does not define"
            )
    catalogue = {tool.name: build_tool(tool, definitions, tools_view) for tool in definitions.tools}
    success_types = read_success_types(package)
    written: list[Path] = []
    target = package / "tool_catalogue.py"
    target.write_text(render_catalogue(catalogue, view["info"]), encoding="utf-8")
    written.append(target)
    validators = package / "validators"
    validators.mkdir(exist_ok=True)
    (validators / "__init__.py").write_text(render_validators_init(), encoding="utf-8")
    for name, entry in catalogue.items():
        (validators / f"{name}.py").write_text(render_validator(name, entry["input_schema"]), encoding="utf-8")
    target = package / "connector_methods.py"
    target.write_text(render_methods(catalogue, success_types), encoding="utf-8")
    written.append(target)
    format_code(written)
    return catalogue


def format_code(paths: list[Path]) -> None:
    """The same pinned ruff formatting as the rest of the generated package (openapi-python-client's post-hooks)."""
    ruff = Path(sys.executable).parent / "ruff"
    for command in (
        [
            str(ruff),
            "check",
            "--isolated",
            "--no-cache",
            "--quiet",
            "--target-version",
            "py311",
            "--select",
            "F401,I",
            "--fix-only",
            *map(str, paths),
        ],
        [
            str(ruff),
            "format",
            "--isolated",
            "--no-cache",
            "--quiet",
            "--target-version",
            "py311",
            "--line-length",
            "110",
            *map(str, paths),
        ],
    ):
        subprocess.run(command, check=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_paths(
        argv,
        __doc__,
        definitions="spec/tools.yaml",
        view="spec/stripe.tools.json",
        package="generated/stripe_connector_generated",
    )
    try:
        catalogue = build(load_definitions(args.definitions), args.view, args.package)
    except DefinitionError as exc:
        print(f"build_tools: error: {exc}", file=sys.stderr)
        return 2
    print(f"build_tools: {len(catalogue)} tools")
    return 0


if __name__ == "__main__":
    sys.exit(main())
