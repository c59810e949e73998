"""Trim Stripe's OpenAPI spec to the operations this connector documents.

Stripe's spec describes ~300 paths and ~800 schemas; the connector documents a dozen operations. Generating a client
from the whole thing is slow, skips endpoints silently and yields code nobody reads, so this script writes two
smaller documents, deterministically (sorted keys, stable indentation) so that a new Stripe spec shows up as a
readable diff:

* ``stripe.documented.json``: the documented operations and the exact closure of the schemas they reference,
  **unmodified**. This is Stripe's contract for those operations, and the judge in conformance tests.
* ``stripe.trimmed.json``: the same operations, normalised so that openapi-python-client generates small, correct
  code (see :func:`normalise`). Request schemas stay typed: the connector derives its validation from them.
* ``stripe.tools.json``: the request side of the trimmed spec by tool name (method, path, operation id, and each
  parameter's location and schema, ``$ref``s inlined, descriptions dropped). The connector builds its tools' JSON
  Schemas from it at run time: 40 KB to read on a workflow step's first call instead of the 570 KB trimmed spec.

Usage: ``python codegen/trim.py --spec SPEC --operations spec/tools.yaml --out-dir spec``.
Errors in the input (a missing or unreadable spec, a document that is not OpenAPI 3, an operation the spec lacks)
end with one clear line on stderr and exit status 2, never with a traceback.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .money_fields import money_fields
from .spec_loader import SpecError, load_document, read_operations

JSON = Any
SCHEMA_PREFIX = "#/components/schemas/"

# The one schema that stands in for every resource the trimmed spec does not describe in full: an expanded field
# or a nested reference to another top-level Stripe resource. Free-form, so whatever Stripe sends is kept.
FREE_FORM_NAME = "stripe_resource_object"
FREE_FORM_SCHEMA: dict[str, JSON] = {
    "additionalProperties": True,
    "description": (
        "Another Stripe resource, embedded in this one (an expanded field or a nested object). "
        "The connector keeps it as Stripe sent it; fetch it with its own tool for a typed model."
    ),
    "type": "object",
}


class TrimError(SpecError):
    """Bad input to the pipeline: reported as one line, not as a traceback."""


def select_paths(document: dict[str, JSON], operations: list[tuple[str, str, str]]) -> dict[str, JSON]:
    """The documented operations, untouched, grouped by path as OpenAPI wants them."""
    paths: dict[str, JSON] = {}
    missing = []
    for method, path, tool in operations:
        operation = document["paths"].get(path, {}).get(method)
        if operation is None:
            missing.append(f"{method.upper()} {path} ({tool})")
            continue
        paths.setdefault(path, {})[method] = operation
    if missing:
        raise TrimError("the spec lacks documented operation(s): " + ", ".join(missing))
    return paths


def iter_refs(node: JSON) -> Iterator[str]:
    """Every schema name that ``node`` references directly."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                yield ref[len(SCHEMA_PREFIX) :]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def schema_closure(roots: JSON, schemas: dict[str, JSON]) -> dict[str, JSON]:
    """The schemas reachable from ``roots`` through ``$ref``, by name."""
    reached: dict[str, JSON] = {}
    pending = list(iter_refs(roots))
    while pending:
        name = pending.pop()
        if name in reached:
            continue
        if name not in schemas:
            raise TrimError(f"the spec references a schema it does not define: {SCHEMA_PREFIX}{name}")
        reached[name] = schemas[name]
        pending.extend(iter_refs(schemas[name]))
    return reached


def build_document(source: dict[str, JSON], paths: dict[str, JSON], provenance: dict[str, str]) -> dict[str, JSON]:
    """A self-contained OpenAPI document around ``paths``, with the closure of their schemas."""
    components = source.get("components", {})
    schemas = schema_closure(paths, components.get("schemas", {}))
    info = dict(source.get("info", {}))
    info["x-stripe-connector-provenance"] = provenance
    document: dict[str, JSON] = {
        "openapi": source["openapi"],
        "info": info,
        "paths": paths,
        "components": {"schemas": schemas},
    }
    for key in ("servers", "security"):
        if key in source:
            document[key] = source[key]
    if "securitySchemes" in components:
        document["components"]["securitySchemes"] = components["securitySchemes"]
    return document


# --- normalisation for the generator -----------------------------------------------------------------------------


def free_form_ref() -> dict[str, JSON]:
    return {"$ref": SCHEMA_PREFIX + FREE_FORM_NAME}


def cut_resource_links(node: JSON, resources: set[str]) -> JSON:
    """Replace expandable fields and nested resource references inside component schemas.

    Stripe's expandable fields (``anyOf: [string, $ref ...]`` with ``x-expansionResources``) and references from one
    resource to another (``$ref`` to a schema with ``x-resourceId``) tie ~500 schemas into one cyclic graph. The
    connector returns each resource from its own tool, so inside a resource an expandable field becomes "the ID, or
    the expanded object as Stripe sent it" and a nested resource becomes a free-form object. That keeps the
    generated models small, lets Prism start, and still round-trips whatever Stripe returns.
    """
    if isinstance(node, list):
        return [cut_resource_links(item, resources) for item in node]
    if not isinstance(node, dict):
        return node
    if "x-expansionResources" in node and isinstance(node.get("anyOf"), list):
        id_schema = next((m for m in node["anyOf"] if m.get("type") == "string"), {"type": "string"})
        result = {k: v for k, v in node.items() if k not in ("anyOf", "x-expansionResources")}
        result["anyOf"] = [copy.deepcopy(id_schema), free_form_ref()]
        return result
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) and ref[len(SCHEMA_PREFIX) :] in resources:
        return free_form_ref()
    result = {key: cut_resource_links(value, resources) for key, value in node.items()}
    if isinstance(result.get("anyOf"), list):
        result["anyOf"] = dedupe(result["anyOf"])
    return result


def dedupe(members: list[JSON]) -> list[JSON]:
    """Drop repeated union members (several resources cut to the same free-form object)."""
    seen: list[JSON] = []
    for member in members:
        if member not in seen:
            seen.append(member)
    return seen


def rebuilt(node: JSON, change: Callable[[dict[str, JSON]], JSON]) -> JSON:
    """``node`` rebuilt bottom-up: each object's members first, then ``change`` applied to the object itself.

    The one walk the schema fixes below share (each only says what it does to one object).
    """
    if isinstance(node, list):
        return [rebuilt(item, change) for item in node]
    if not isinstance(node, dict):
        return node
    return change({key: rebuilt(value, change) for key, value in node.items()})


def nullable_enums_accept_null(node: JSON) -> JSON:
    """Stripe marks enums ``nullable`` without listing ``null``; generated code then rejects the ``null`` it gets."""

    def fix(schema: dict[str, JSON]) -> JSON:
        if schema.get("nullable") is True and isinstance(schema.get("enum"), list):
            # `null` in the enum says it all; keeping `nullable` too makes the generator emit three copies of the type
            del schema["nullable"]
            if None not in schema["enum"]:
                schema["enum"] = [*schema["enum"], None]
        return schema

    return rebuilt(node, fix)


def strip_titles(node: JSON) -> JSON:
    """Inline schemas under ``paths`` reuse titles (``range_query_specs``, ``param``...) for different shapes; the
    generator names models after titles, sees duplicates and skips the endpoint. Without titles it names them by
    position, which is unique."""
    return rebuilt(node, lambda schema: {k: v for k, v in schema.items() if not (k == "title" and isinstance(v, str))})


def drop_get_bodies(paths: dict[str, JSON]) -> dict[str, JSON]:
    """Stripe declares a form body on every GET and DELETE, but those carry their parameters in the query string
    (as stripe-python sends them): a GET's (empty) body is dropped, a DELETE's fields become query parameters."""
    result: dict[str, JSON] = {}
    for path, item in paths.items():
        result[path] = {}
        for method, op in item.items():
            if method not in ("get", "delete"):
                result[path][method] = op
                continue
            result[path][method] = {k: v for k, v in op.items() if k != "requestBody"}
            form = op.get("requestBody", {}).get("content", {}).get("application/x-www-form-urlencoded", {})
            fields = form.get("schema", {}).get("properties", {})
            if method == "delete" and fields:
                encoding = form.get("encoding", {})
                moved = [
                    {
                        "in": "query",
                        "name": name,
                        "required": False,
                        "schema": schema,
                        "style": encoding.get(name, {}).get("style", "form"),
                        "explode": encoding.get(name, {}).get("explode", True),
                    }
                    for name, schema in sorted(fields.items())
                ]
                result[path][method]["parameters"] = [*op.get("parameters", []), *moved]
    return result


def name_tools(paths: dict[str, JSON], operations: list[tuple[str, str, str]]) -> dict[str, JSON]:
    """Tag each operation with its tool name (``x-connector-tool``): the connector finds its operations by it."""
    result = {path: dict(item) for path, item in paths.items()}
    for method, path, tool in operations:
        result[path][method] = {**result[path][method], "x-connector-tool": tool}
    return result


#: Response fields that stay required: every object has ``id`` and ``object`` (pagination reads ``id``), and
#: ``deleted`` is what tells a deleted object from a live one in a union (``Customer | DeletedCustomer``).
ALWAYS_PRESENT = ("deleted", "id", "object")


def tolerate_missing_fields(schema: JSON) -> JSON:
    """Relax ``required`` in response schemas to the fields every Stripe object has.

    Stripe's spec marks most response fields required, but which fields an object carries depends on the API version
    the account or request is pinned to: objects from a newer version drop fields (``invoice.paid``,
    ``product.features``...), and the generated ``from_dict`` would raise on them. A connector must read what Stripe
    sends, so only ``id`` and ``object`` stay required; everything else is typed but optional (``Unset`` if absent).
    Request schemas live inline under ``paths`` and are untouched: validation still follows Stripe's rules.
    """
    if isinstance(schema, list):
        return [tolerate_missing_fields(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: tolerate_missing_fields(value) for key, value in schema.items()}
    if isinstance(result.get("required"), list) and isinstance(result.get("properties"), dict):
        kept = [name for name in result["required"] if name in ALWAYS_PRESENT]
        if kept:
            result["required"] = kept
        else:
            del result["required"]
    return result


def accept_null(schema: JSON) -> JSON:
    """``schema``, also accepting ``null``: the generator's own idioms for each kind of schema."""
    if not isinstance(schema, dict) or schema.get("nullable") is True or not schema:
        return schema
    if "$ref" in schema:  # OpenAPI 3.0 ignores siblings of $ref; Stripe's own idiom for "this object or null"
        return {"anyOf": [schema], "nullable": True}
    if "enum" in schema and None in schema["enum"]:
        return schema
    return {**schema, "nullable": True}


def responses_accept_null(schema: JSON) -> JSON:
    """Let every response field be ``null``, arrays and objects included (``id``, ``object``, ``deleted`` aside).

    Which fields Stripe sends as ``null`` depends on the API version and the account, not only on the spec it was
    generated from: 2024-04-10 declares ``subscription.discounts`` a non-nullable array, yet Stripe's own example
    sends ``"discounts": null``, and a field nullable in one version is not in the next. A typed model that raised
    on it would break on the day Stripe sends it, so response models take ``null`` for every field (typed
    ``X | None | Unset``). Requests are untouched: their schemas are inline under ``paths`` (or, for ``/v2``,
    excluded by :func:`request_schemas`) and stay exactly as strict as the spec.
    """
    if isinstance(schema, list):
        return [responses_accept_null(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: responses_accept_null(value) for key, value in schema.items()}
    if isinstance(result.get("properties"), dict):
        result["properties"] = {
            name: value if name in ALWAYS_PRESENT else accept_null(value)
            for name, value in result["properties"].items()
        }
    return result


def request_schemas(paths: dict[str, JSON], schemas: dict[str, JSON]) -> set[str]:
    """The component schemas a request refers to (parameters or body): none in ``/v1``, some in ``/v2``.

    They describe what the connector sends, so the response-side relaxations must not loosen them.
    """
    roots = [
        [operation.get("parameters", []), operation.get("requestBody", {})]
        for item in paths.values()
        for operation in item.values()
        if isinstance(operation, dict)
    ]
    return set(schema_closure(roots, schemas))


def deleted_variants_first(paths: dict[str, JSON], schemas: dict[str, JSON]) -> dict[str, JSON]:
    """Order response unions so that ``deleted_*`` variants are tried first.

    The generated parser tries union members in order, and a live resource, which tolerates missing fields and
    keeps unknown ones, would also accept ``{"id": ..., "object": "customer", "deleted": true}``. A deleted variant
    requires ``deleted``, so trying it first classifies both shapes correctly.
    """

    def requires_deleted(member: JSON) -> bool:
        ref = member.get("$ref", "") if isinstance(member, dict) else ""
        target = schemas.get(ref[len(SCHEMA_PREFIX) :], {}) if ref.startswith(SCHEMA_PREFIX) else member
        return "deleted" in target.get("required", []) if isinstance(target, dict) else False

    def deleted_first(schema: dict[str, JSON]) -> JSON:
        if isinstance(schema.get("anyOf"), list):
            schema["anyOf"] = sorted(schema["anyOf"], key=lambda member: not requires_deleted(member))
        return schema

    return {path: rebuilt(item, deleted_first) for path, item in paths.items()}


def normalise(documented: dict[str, JSON], operations: list[tuple[str, str, str]]) -> dict[str, JSON]:
    """The documented subset, reshaped for openapi-python-client (see the module docstring)."""
    schemas = documented["components"]["schemas"]
    resources = {name for name, schema in schemas.items() if "x-resourceId" in schema}
    paths = name_tools(strip_titles(drop_get_bodies(documented["paths"])), operations)
    paths = nullable_enums_accept_null(paths)
    strict = request_schemas(paths, schemas)
    # The resources the documented operations return stay typed; below them, links are cut. Response schemas
    # take what any Stripe version sends (missing fields, nulls); request schemas stay as the spec says.
    all_schemas = {
        name: nullable_enums_accept_null(cut_resource_links(schema, resources))
        if name in strict
        else tolerate_missing_fields(
            nullable_enums_accept_null(responses_accept_null(cut_resource_links(schema, resources)))
        )
        for name, schema in schemas.items()
    }
    all_schemas[FREE_FORM_NAME] = FREE_FORM_SCHEMA
    paths = deleted_variants_first(paths, all_schemas)
    trimmed = {key: value for key, value in documented.items() if key not in ("paths", "components")}
    trimmed["paths"] = paths
    trimmed["components"] = {key: value for key, value in documented["components"].items() if key != "schemas"}
    trimmed["components"]["schemas"] = schema_closure(paths, all_schemas)
    return trimmed


# --- output --------------------------------------------------------------------------------------------------------


def dump(document: dict[str, JSON]) -> str:
    """Stable, diff-friendly JSON: sorted keys, two-space indent, real UTF-8, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


#: The ``format``s the connector's validator enforces: fastjsonschema's (draft 7) built-in ones. Any other format
#: (Stripe's ``unix-time``, ``int64``, ``currency``, ``decimal``...) is a promise no check keeps, so the tool view
#: drops it: an agent must not be shown a rule that is not what is enforced. tests/pipeline/test_spec_update.py keeps
#: this list equal to fastjsonschema's.
ENFORCED_FORMATS = frozenset(
    {
        "date",
        "date-time",
        "email",
        "hostname",
        "idn-email",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "iri",
        "iri-reference",
        "json-pointer",
        "regex",
        "relative-json-pointer",
        "time",
        "uri",
        "uri-reference",
        "uri-template",
    }
)

#: How a request body is encoded, by the media type the spec gives it: ``/v1`` takes forms, ``/v2`` JSON.
BODY_ENCODINGS = {"application/x-www-form-urlencoded": "form", "application/json": "json"}


def resolve_refs(node: JSON, schemas: dict[str, JSON]) -> JSON:
    """``node`` as shown to agents: every ``$ref`` replaced by the schema it names (request schemas are acyclic),
    without descriptions or unenforced formats (:data:`ENFORCED_FORMATS`).

    Only string values are annotations: a *property* named ``description`` or ``format`` is a schema, and stays.
    """
    if isinstance(node, list):
        return [resolve_refs(item, schemas) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return resolve_refs(schemas[ref[len(SCHEMA_PREFIX) :]], schemas)
    return {
        key: resolve_refs(value, schemas)
        for key, value in node.items()
        if not isinstance(value, str)
        or (key != "description" and not (key == "format" and value not in ENFORCED_FORMATS))
    }


def request_body(path: str, operation: JSON) -> tuple[str, JSON]:
    """``(encoding, schema)`` of an operation's request body: ``"form"`` or ``"json"``, by its media type.

    Without a body (GET, DELETE), the API's own convention: ``/v2`` speaks JSON, ``/v1`` forms. A body in any other
    media type is an error: a tool silently without its arguments is what this view exists to prevent.
    """
    content = operation.get("requestBody", {}).get("content", {})
    for media_type, encoding in BODY_ENCODINGS.items():
        if media_type in content:
            return encoding, content[media_type].get("schema", {})
    if content:
        raise TrimError(
            f"{path} ({operation.get('x-connector-tool')}): request body in {', '.join(sorted(content))}; "
            f"the connector sends {' or '.join(BODY_ENCODINGS)}"
        )
    return ("json" if path.startswith("/v2/") else "form"), {}


def tool_view(trimmed: dict[str, JSON]) -> dict[str, JSON]:
    """What the connector needs to build its tools: each tagged operation's parameters, by tool name.

    Body properties are parameters ``"in": "body"`` whatever the encoding; ``body_encoding`` (``"form"`` or
    ``"json"``) says how the connector must send them.
    """
    schemas = trimmed["components"]["schemas"]
    tools: dict[str, JSON] = {}
    for path, item in trimmed["paths"].items():
        for method, operation in item.items():
            parameters = {
                parameter["name"]: {"in": parameter["in"], "schema": resolve_refs(parameter.get("schema", {}), schemas)}
                for parameter in operation.get("parameters", [])
            }
            encoding, body = request_body(path, operation)
            for name, schema in resolve_refs(body, schemas).get("properties", {}).items():
                parameters[name] = {"in": "body", "schema": schema}
            tools[operation["x-connector-tool"]] = {
                "body_encoding": encoding,
                "method": method.upper(),
                "path": path,
                "operation_id": operation["operationId"],
                "parameters": parameters,
            }
    return {"info": trimmed["info"], "tools": tools}


def trim(spec_path: Path, operations_path: Path) -> tuple[dict[str, JSON], dict[str, JSON]]:
    """Return ``(documented, trimmed)`` for the spec at ``spec_path``."""
    operations = read_operations(operations_path)
    try:
        raw = spec_path.read_bytes()
    except OSError:
        raw = b""  # load_document reports the problem with a clear message
    source = load_document(spec_path)
    version = str(source.get("info", {}).get("version", ""))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", version):
        raise TrimError(f"{spec_path}: info.version {version!r} is not a Stripe API version (YYYY-MM-DD)")
    provenance = {"source_sha256": hashlib.sha256(raw).hexdigest(), "stripe_api_version": version}
    documented = build_document(source, select_paths(source, operations), provenance)
    trimmed = normalise(documented, operations)
    # Every request field of the whole API that is money: raw_request reaches them all (max_amount caps them).
    trimmed["info"] = {**trimmed["info"], "x-stripe-connector-money-fields": money_fields(source)}
    return documented, trimmed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, required=True, help="Stripe's OpenAPI spec (JSON or YAML)")
    parser.add_argument("--operations", type=Path, default=Path("spec/tools.yaml"))
    parser.add_argument("--out-dir", type=Path, default=Path("spec"))
    args = parser.parse_args(argv)
    try:
        documented, trimmed = trim(args.spec, args.operations)
        tools = tool_view(trimmed)
    except SpecError as exc:
        print(f"trim: error: {exc}", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "stripe.documented.json").write_text(dump(documented), encoding="utf-8")
    (args.out_dir / "stripe.trimmed.json").write_text(dump(trimmed), encoding="utf-8")
    (args.out_dir / "stripe.tools.json").write_text(dump(tools), encoding="utf-8")
    counts = (len(documented["components"]["schemas"]), len(trimmed["components"]["schemas"]))
    print(f"trim: {len(documented['paths'])} paths; schemas: {counts[0]} documented, {counts[1]} trimmed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
