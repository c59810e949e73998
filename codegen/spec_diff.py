"""Report what changed in the documented Stripe operations between two OpenAPI specs.

Why: regenerating the client from a newer Stripe spec is one command, but a reviewer needs to know whether the
new spec breaks something the connector sends or reads before merging it. This compares only the operations
of the tools in ``spec/tools.yaml`` (request parameters, and the top-level fields of the resources they return),
classifies each change as *breaking*, *breaking for typed models* or *additive*, and writes a Markdown report for
the pull request body.

Two kinds of users read a response: ``call()`` hands back Stripe's JSON as sent, while the typed methods return the
generated models. A response field that disappears breaks no ``call()`` (unless the connector itself reads it), but
it removes an attribute that typed code reads (``invoice.paid``, ``subscription.current_period_end``): that is
*breaking for typed models*, its own class, so the report says who is affected.

Exit codes: 0 when every change is additive (or nothing changed), 1 when one is breaking (for anyone: connector
calls or typed models), 2 on bad input.
OLD may be the committed trimmed spec: comparison is structural (``$ref``s resolved, titles and descriptions
ignored, response field *types* not compared because the trimmer rewrites expandable fields), and a component
missing on one side is reported as not compared instead of as a change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .operations_diff import operations_section
from .spec_loader import SpecError, load_document, read_operations

Schema = dict[str, Any]
BREAKING, TYPED, ADDITIVE, NOTE = "breaking", "breaking for typed models", "additive", "note"
KINDS = (BREAKING, TYPED, ADDITIVE, NOTE)
ORDER = {BREAKING: 0, TYPED: 1, ADDITIVE: 2, NOTE: 3, "operation": 0, "request": 1, "response": 2}
#: Request constraints compared, as (keyword, True for an upper bound): a new or lower upper bound, or a new or
#: higher lower bound, refuses a value the old spec accepted, so it is breaking; the reverse is additive.
BOUNDS = (
    ("maxLength", True),
    ("minLength", False),
    ("maximum", True),
    ("minimum", False),
    ("maxItems", True),
    ("minItems", False),
)
# The response fields stripe_connector itself reads (pagination and object identity): losing one breaks it.
WRAPPER_READS = frozenset({"id", "object", "data", "has_more", "url"})
MAX_DEPTH = 8  # nested request objects deeper than this are not reported (Stripe's go to about 5)
DEFAULT_OPERATIONS = Path(__file__).resolve().parent.parent / "spec" / "tools.yaml"


class BadInput(SpecError):
    """An input that cannot be compared; its message is the one line printed before exiting with 2."""


@dataclass(frozen=True)
class Change:
    """One line of the report; ``area`` is "operation", "request" or "response"."""

    operation: str  # "POST /v1/payment_intents"
    kind: str  # one of KINDS
    area: str
    name: str  # "payment_method_data.type" (request), "customer.email" (response), "" (operation)
    what: str

    def sort_key(self) -> tuple[int, int, str, str]:
        return (ORDER[self.kind], ORDER[self.area], self.name, self.what)

    @property
    def where(self) -> str:
        return f"{self.area} `{self.name}`" if self.name else self.area


@dataclass(frozen=True)
class Facets:
    """What a request parameter accepts, in a form two specs can be compared by."""

    types: frozenset[str]
    enum: frozenset[str] | None  # None: any value of the type
    bounds: tuple[float | None, ...]  # one per BOUNDS entry; None: no limit
    patterns: frozenset[str]  # the patterns a string must match (empty: none)

    @property
    def max_length(self) -> float | None:
        return self.bounds[0]


def load_operations(path: Path) -> list[tuple[str, str, str]]:
    """The documented operations (upper-case methods): from ``spec/tools.yaml`` or "METHOD PATH [TOOL]" lines."""
    return [(method.upper(), route, tool) for method, route, tool in read_operations(path, tool_required=False)]


class Spec:
    """One side of the comparison: the document plus ``$ref`` resolution that tolerates missing components."""

    def __init__(self, doc: Schema, label: str) -> None:
        self.doc, self.label = doc, label
        info = doc.get("info")
        self.api_version = str(info.get("version", "?")) if isinstance(info, dict) else "?"

    def resolve(self, schema: Any) -> Schema | None:
        """Follow local ``$ref``s; None when the target is absent (e.g. OLD is a trimmed spec)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                return None
            seen.add(ref)
            node: Any = self.doc
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node.get(part) if isinstance(node, dict) else None
            schema = node
        return schema if isinstance(schema, dict) else None

    def members(self, schema: Any) -> list[Schema]:
        """The alternatives a schema allows: anyOf/oneOf flattened, refs resolved (unresolvable dropped)."""
        resolved = self.resolve(schema)
        if resolved is None:
            return []
        alternatives = resolved.get("anyOf") or resolved.get("oneOf")
        if isinstance(alternatives, list):
            return [m for alt in alternatives for m in self.members(alt)]
        return [resolved]

    def operation(self, method: str, path: str) -> Schema | None:
        """The operation object, with path-level parameters put before its own (which override them)."""
        item = self.resolve(self.doc["paths"].get(path)) or {}
        op = item.get(method.lower())
        if not isinstance(op, dict):
            return None
        return {**op, "parameters": [*as_list(item.get("parameters")), *as_list(op.get("parameters"))]}


def as_dict(value: Any) -> Schema:
    """Malformed parts of a spec (a list where an object belongs...) read as empty instead of crashing."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []  # see as_dict


def type_name(spec: Spec, member: Schema) -> str:
    kind = member.get("type")
    if kind == "array":
        inner = sorted({type_name(spec, m) for m in spec.members(member.get("items"))}) or ["any"]
        return f"array of {' or '.join(inner)}"
    if kind == "string" and member.get("enum") == [""]:
        return '""'  # Stripe's "send an empty string to unset" alternative
    if isinstance(kind, str):
        return kind
    return "object" if "properties" in member else "string" if "enum" in member else "any"


def facets(spec: Spec, schema: Any) -> Facets | None:
    """Type, allowed values and limits; arrays are looked through: an enum of items is the enum."""
    members = spec.members(schema)
    if not members:
        return None
    types = frozenset(type_name(spec, m) for m in members)
    leaves = [x for m in members for x in (spec.members(m.get("items")) if m.get("type") == "array" else [m])]
    enum: frozenset[str] | None = None
    if leaves and all(isinstance(leaf.get("enum"), list) for leaf in leaves):
        enum = frozenset(enum_text(v) for leaf in leaves for v in leaf["enum"] if v is not None)
    # Stripe's "send an empty string to unset" alternative carries no limits of its own: it is not a string field.
    strings = [leaf for leaf in leaves if leaf.get("type") == "string" and leaf.get("enum") != [""]]
    numbers = [leaf for leaf in leaves if leaf.get("type") in ("integer", "number")]
    arrays = [m for m in members if m.get("type") == "array"]
    scope = {"maxLength": strings, "minLength": strings, "maximum": numbers, "minimum": numbers}
    bounds = tuple(bound(scope.get(keyword, arrays), keyword, upper) for keyword, upper in BOUNDS)
    patterns = frozenset(leaf["pattern"] for leaf in strings if isinstance(leaf.get("pattern"), str))
    return Facets(types, enum, bounds, patterns)


def bound(alternatives: list[Schema], keyword: str, upper: bool) -> float | None:
    """The limit a union of ``alternatives`` puts on a value: none if any alternative has none (it accepts what
    the others refuse), else the loosest of theirs."""
    limits = [alt.get(keyword) for alt in alternatives]
    numeric = [limit for limit in limits if isinstance(limit, (int, float)) and not isinstance(limit, bool)]
    if not limits or len(numeric) != len(limits):
        return None
    return max(numeric) if upper else min(numeric)


def enum_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def children(spec: Spec, schema: Any) -> dict[str, tuple[Any, bool]]:
    """Nested fields of an object (or array of objects) as ".name" / "[].name" -> (schema, required)."""
    found: dict[str, tuple[Any, bool]] = {}
    for member in spec.members(schema):
        prefix, objects = ".", [member]
        if member.get("type") == "array":
            prefix, objects = "[].", spec.members(member.get("items"))
        for obj in objects:
            required = {name for name in as_list(obj.get("required")) if isinstance(name, str)}
            for name, sub in sorted(as_dict(obj.get("properties")).items()):
                found.setdefault(prefix + name, (sub, name in required))
    return found


def request_params(spec: Spec, op: Schema) -> dict[str, tuple[Any, bool]]:
    """Path/query parameters and top-level form-body properties -> (schema, required)."""
    params: dict[str, tuple[Any, bool]] = {}
    for raw in as_list(op.get("parameters")):
        param = spec.resolve(raw)
        if param and param.get("in") in ("path", "query") and isinstance(param.get("name"), str):
            params[param["name"]] = (param.get("schema"), bool(param.get("required")))
    body = spec.resolve(op.get("requestBody")) or {}
    for media in as_dict(body.get("content")).values():
        schema = spec.resolve(media.get("schema")) if isinstance(media, dict) else None
        for name, (sub, required) in children(spec, schema).items():
            if name.startswith("."):
                params.setdefault(name[1:], (sub, required))
    return params


def describe(f: Facets | None) -> str:
    return "`?`" if f is None else " or ".join(f"`{t}`" for t in sorted(f.types))


def values(items: frozenset[str] | set[str]) -> str:
    return ", ".join(f"`{v}`" if v else '`""`' for v in sorted(items))


def diff_param(o: Facets, n: Facets) -> Iterator[tuple[str, str]]:
    if o.types != n.types:  # a strict superset of the old types is a widening
        yield (ADDITIVE if o.types < n.types else BREAKING), f"type {describe(o)} -> {describe(n)}"
    if o.enum is not None and n.enum is None:
        yield ADDITIVE, "no longer restricted to a list of values"
    elif o.enum is None and n.enum is not None:
        yield BREAKING, f"now restricted to {values(n.enum)}"
    elif o.enum is not None and n.enum is not None:
        if o.enum - n.enum:
            yield BREAKING, f"enum values removed: {values(o.enum - n.enum)}"
        if n.enum - o.enum:
            yield ADDITIVE, f"enum values added: {values(n.enum - o.enum)}"
    for (keyword, upper), old_limit, new_limit in zip(BOUNDS, o.bounds, n.bounds, strict=True):
        if old_limit != new_limit:
            # Looser: the limit is gone, or moved outwards. A limit that appears is as tight as any: breaking.
            looser = new_limit is None or (
                old_limit is not None and (new_limit > old_limit if upper else new_limit < old_limit)
            )
            limits = ["none" if m is None else f"{m:g}" for m in (old_limit, new_limit)]
            yield (ADDITIVE if looser else BREAKING), f"{keyword} {limits[0]} -> {limits[1]}"
    if o.patterns != n.patterns:
        # A new or changed pattern can refuse what the old one let through; dropping every pattern cannot.
        looser = not n.patterns
        yield (
            (ADDITIVE if looser else BREAKING),
            f"pattern {values(o.patterns) or 'none'} -> {values(n.patterns) or 'none'}",
        )


def diff_params(
    old: Spec, new: Spec, olds: dict[str, tuple[Any, bool]], news: dict[str, tuple[Any, bool]], depth: int = 0
) -> Iterator[tuple[str, str, str, str]]:
    """Added/removed/changed parameters; an added or removed parameter's own nested fields are not listed."""
    for name in sorted(olds.keys() | news.keys()):
        where = ("request", name)
        if name not in news:
            yield BREAKING, *where, "removed"
            continue
        (n_schema, n_req), nf = news[name], facets(new, news[name][0])
        if name not in olds:
            status = "required" if n_req else "optional"
            yield (BREAKING if n_req else ADDITIVE), *where, f"added, {status}, {describe(nf)}"
            continue
        (o_schema, o_req), of = olds[name], facets(old, olds[name][0])
        if o_req != n_req:
            yield (BREAKING, *where, "now required") if n_req else (ADDITIVE, *where, "no longer required")
        if of is None or nf is None:
            yield NOTE, *where, f"schema not in the {'old' if of is None else 'new'} spec; not compared"
            continue
        for kind, what in diff_param(of, nf):
            yield kind, *where, what
        if depth < MAX_DEPTH:
            o_kids = {name + k: v for k, v in children(old, o_schema).items()}
            n_kids = {name + k: v for k, v in children(new, n_schema).items()}
            yield from diff_params(old, new, o_kids, n_kids, depth + 1)


def response_resources(spec: Spec, op: Schema) -> dict[str, Schema | None]:
    """The 200 response's resources by component name; for a list, its envelope ("list") and item schema."""
    response = spec.resolve(as_dict(op.get("responses")).get("200")) or {}
    media = as_dict(as_dict(response.get("content")).get("application/json"))
    found: dict[str, Schema | None] = {}

    def add(schema: Any) -> None:
        alternatives = spec.resolve(schema)
        alternatives = alternatives.get("anyOf") or alternatives.get("oneOf") if alternatives else None
        for alt in alternatives if isinstance(alternatives, list) else [schema]:
            ref = alt.get("$ref", "") if isinstance(alt, dict) else ""
            found[ref.rsplit("/", 1)[-1] or "(inline)"] = spec.resolve(alt)

    top = spec.resolve(media.get("schema"))
    data = spec.resolve(as_dict(as_dict(top).get("properties")).get("data"))
    if data is not None and data.get("type") == "array":  # a list (or search result) of resources
        found["list"] = top
        add(data.get("items"))
    elif media.get("schema") is not None:
        add(media.get("schema"))
    return found


def diff_responses(old: Spec, new: Spec, o_op: Schema, n_op: Schema) -> Iterator[tuple[str, str, str, str]]:
    olds, news = response_resources(old, o_op), response_resources(new, n_op)
    for res in sorted(olds.keys() | news.keys()):
        where = ("response", res)
        if res not in olds:
            yield ADDITIVE, *where, "resource added to the 200 response"
        elif res not in news:
            yield BREAKING, *where, "resource no longer in the 200 response"
        elif olds[res] is None or news[res] is None:
            side = "old" if olds[res] is None else "new"
            yield NOTE, *where, f"schema not in the {side} spec; not compared"
        else:
            yield from diff_response_fields(old, new, res, olds[res], news[res])


def diff_response_fields(old: Spec, new: Spec, res: str, o_res: Any, n_res: Any) -> Iterator[tuple[str, str, str, str]]:
    """The fields of one resource in the 200 response, old against new."""
    o_props = as_dict(as_dict(o_res).get("properties"))
    n_props = as_dict(as_dict(n_res).get("properties"))
    for field in sorted(o_props.keys() | n_props.keys()):
        spot = ("response", f"{res}.{field}")
        if field not in n_props:
            if field in WRAPPER_READS:
                yield BREAKING, *spot, "field removed (read by the connector)"
            else:  # call() users get whatever Stripe sends; the typed models lose an attribute
                yield TYPED, *spot, "field removed (typed models lose it; call() is unaffected)"
        elif field not in o_props:
            yield ADDITIVE, *spot, "field added"
        else:  # only value lists are compared: field types differ in a trimmed OLD by design
            of, nf = facets(old, o_props[field]), facets(new, n_props[field])
            o_enum = of.enum if of and of.enum is not None else frozenset()
            n_enum = nf.enum if nf and nf.enum is not None else frozenset()
            if o_enum and n_enum and o_enum - n_enum:
                yield BREAKING, *spot, f"enum values removed: {values(o_enum - n_enum)}"
            if o_enum and n_enum and n_enum - o_enum:
                yield ADDITIVE, *spot, f"enum values added: {values(n_enum - o_enum)}"


def diff_specs(old: Spec, new: Spec, operations: list[tuple[str, str, str]]) -> list[Change]:
    changes: list[Change] = []
    for method, path, _tool in operations:
        key = f"{method} {path}"
        o_op, n_op = old.operation(method, path), new.operation(method, path)
        if o_op is None and n_op is None:
            changes.append(Change(key, NOTE, "operation", "", "in neither spec"))
        elif n_op is None:
            changes.append(Change(key, BREAKING, "operation", "", "removed"))
        elif o_op is None:
            changes.append(Change(key, ADDITIVE, "operation", "", "added"))
        else:
            found = diff_params(old, new, request_params(old, o_op), request_params(new, n_op))
            changes += [Change(key, *change) for change in found]
            changes += [Change(key, *change) for change in diff_responses(old, new, o_op, n_op)]
    return changes


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def is_breaking(changes: list[Change]) -> bool:
    """Breaking for someone: a connector call or code that reads the typed models."""
    return any(c.kind in (BREAKING, TYPED) for c in changes)


def verdict(changes: list[Change]) -> str:
    counts = {k: sum(c.kind == k for c in changes) for k in KINDS}
    result = "breaking" if is_breaking(changes) else "additive only" if counts[ADDITIVE] else "no changes"
    return (
        f"{result}** ({counts[BREAKING]} breaking, {counts[TYPED]} breaking for typed models, "
        f"{counts[ADDITIVE]} additive, {counts[NOTE]} notes"
    )


def render(old: Spec, new: Spec, operations: list[tuple[str, str, str]], changes: list[Change]) -> str:
    """The Markdown report: header, verdict, one summary table, then one table per operation with changes."""
    out = [
        "# Stripe spec changes in the documented operations",
        "",
        "| | old | new |",
        "| --- | --- | --- |",
        f"| spec | `{cell(old.label)}` | `{cell(new.label)}` |",
        f"| Stripe API version | `{cell(old.api_version)}` | `{cell(new.api_version)}` |",
        "",
        f"**Result: {verdict(changes)} in {len(operations)} documented operations).",
        "",
        "Breaking: a request parameter removed, added as required, made required or stricter (type narrowed, "
        "enum value removed, a limit such as maxLength, maximum or a pattern added or tightened), an operation "
        "removed, a response enum value removed, or a response field the connector reads "
        f"({', '.join(f'`{f}`' for f in sorted(WRAPPER_READS))}) removed. "
        "Breaking for typed models: any other response field removed (the typed methods' models lose the "
        "attribute; `call()` returns Stripe's JSON and is unaffected). "
        "Everything else is additive: it cannot break a call the connector makes or a model attribute.",
        "",
        "| operation | tool | breaking | breaking for typed models | additive | notes |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    ordered = sorted(operations, key=lambda op: (op[1], op[0]))
    for method, path, tool in ordered:
        mine = [c for c in changes if c.operation == f"{method} {path}"]
        row = [sum(c.kind == k for c in mine) for k in KINDS]
        out.append(f"| `{method} {path}` | {tool or '-'} | {' | '.join(map(str, row))} |")
    for method, path, tool in ordered:
        mine = sorted((c for c in changes if c.operation == f"{method} {path}"), key=Change.sort_key)
        if mine:
            title = f"## `{method} {path}`" + (f" ({tool})" if tool else "")
            out += ["", title, "", "| kind | where | change |", "| --- | --- | --- |"]
            out += [f"| {c.kind} | {cell(c.where)} | {cell(c.what)} |" for c in mine]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("old", type=Path, help="the spec the client was generated from (JSON or YAML)")
    parser.add_argument("new", type=Path, help="the candidate spec (JSON or YAML)")
    parser.add_argument("--operations", type=Path, default=DEFAULT_OPERATIONS, help="the operations file")
    parser.add_argument("--output", type=Path, help="write the Markdown report here instead of stdout")
    args = parser.parse_args(argv)
    try:
        operations = load_operations(args.operations)
        old = Spec(load_document(args.old), str(args.old))
        new = Spec(load_document(args.new), str(args.new))
        changes = diff_specs(old, new, operations)
        report = render(old, new, operations, changes)
        # Every operation of the whole API, beside the tools (codegen/operations_diff.py).
        report += operations_section(old.doc, args.old, new.doc, args.new)
        if args.output:
            try:
                args.output.write_text(report, encoding="utf-8")
            except OSError as exc:
                raise BadInput(f"{args.output}: cannot write ({exc.strerror or exc})") from None
            print(f"spec_diff: {verdict(changes).replace('**', '')}) -> {args.output}")
        else:
            sys.stdout.write(report)
    except SpecError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spec_diff: error: a schema nests or refers to itself too deeply to compare", file=sys.stderr)
        return 2
    return 1 if is_breaking(changes) else 0


if __name__ == "__main__":
    sys.exit(main())
