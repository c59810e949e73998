"""Write the operation index: every ``/v1`` and ``/v2`` operation of the *whole* source spec, as compact data.

``make generate`` runs this beside the trimmer (the trimmed spec and the typed client stay as they are). For each
operation it records what the connector needs to find, explain, validate and send it: Stripe's ``operationId``
(the public identity, ``PostRefunds``), method, path, a summary and a shortened description, its kind (what it may
do to Stripe's data: :func:`operation_kind`), its pagination style, its body encoding, where each argument goes
(path, query or body), its money fields, whether it filters on ``created``, the host that serves it (``host``:
the operation's own ``servers`` entry, else its path's, else the spec's), what its success answer is (``answer``:
``json``, or the media type of a binary answer such as ``application/pdf``), the file arguments of a multipart
upload (``files``), and one JSON Schema of all its
arguments (path, query and body in one object, ``$ref``\\ s resolved, cut at :data:`MAX_SCHEMA_DEPTH` objects deep
where Stripe's graph recurses).

The file is JSON Lines: a header (every id and route, and the byte offset of every other line), then one line per
operation, then one per shared schema (every sub-schema of :data:`SHARED_MIN_BYTES` or more is stored once;
``{"$s": n}`` points at shared schema n). The library reads the header on first use, and one operation's line and
its schemas' lines only when that operation is used: a first ``call_operation`` parses a few kilobytes, not the
whole index (no decompression, no escaped JSON inside JSON: see ``stripe_connector.operations._index``).

Usage: ``python -m codegen.build_operations --spec SPEC --out spec/stripe.operations.jsonl``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .money_fields import is_money
from .money_fields import money_fields as all_money_fields
from .spec_loader import load_document
from .trim import ENFORCED_FORMATS, SCHEMA_PREFIX, TrimError

JSON = Any
FORMAT = 2
#: Where an operation is served when neither it, its path nor the spec names a server: Stripe's main API host.
DEFAULT_HOST = "api.stripe.com"
METHODS = ("get", "post", "delete")
#: HTTP methods Stripe does not use today: an operation with one is left out of the index (see :class:`Unsendable`).
UNSENT_METHODS = frozenset({"put", "patch"})
#: Objects nested deeper than this (through ``$ref``\ s) are cut: Stripe's request graph recurses in places
#: (``/v2`` and newer ``/v1`` schemas refer to themselves). No Stripe request nests this deep before recursing.
MAX_SCHEMA_DEPTH = 8
#: A sub-schema at least this long (as compact JSON) is stored once and referred to: Stripe repeats its address,
#: metadata, price data and payment method option shapes across hundreds of operations.
SHARED_MIN_BYTES = 96
SUMMARY_CHARACTERS = 120
DESCRIPTION_CHARACTERS = 600
PROPERTY_DESCRIPTION_CHARACTERS = 200
BODY_ENCODINGS = {
    "application/x-www-form-urlencoded": "form",
    "application/json": "json",
    "multipart/form-data": "multipart",
}

#: What an action path (``POST /v1/charges/{charge}/capture``) does, by its last segment. Actions that end or undo
#: an object are ``delete`` (destructive); the rest change an existing object (``update``). A literal last segment
#: not listed here that reads as a plural noun (``/sources``, ``/refunds``, ``/tax_ids``) is a sub-collection, so
#: a POST to it is ``create``; any other is an ``update`` action.
ACTION_KINDS: dict[str, str] = {
    "cancel": "delete",
    "void": "delete",
    "close": "delete",
    "reject": "delete",
    "expire": "delete",
    "detach": "delete",
    "deactivate": "delete",
    "decline": "delete",
    "disconnect": "delete",
    "mark_uncollectible": "delete",
    "redact": "delete",
    "release": "delete",
    "revoke": "delete",
    "unsubscribe": "delete",
    "capture": "update",
    "pay": "update",
    "confirm": "update",
    "finalize": "update",
    "send": "update",
    "process": "update",
    "refund": "create",
    "subscribe": "update",
    "verify": "update",
    "returns": "create",
}


#: Stripe's mark of an open enum, kept in the index's schemas beside ``enum`` (every other ``x-`` keyword is dropped).
OPEN_ENUM = "x-stripeBypassValidation"

#: What :meth:`SchemaBuilder.keyword` returns for a keyword left out.
DROPPED: Any = object()


class IndexError_(Exception):
    """Bad input: reported as one line."""


class Unsendable(IndexError_):
    """An operation the connector cannot send as the spec describes it (a request body media type or an HTTP
    method it does not speak): left out of the index and named in its header (``left_out``) and on stderr, so one
    new kind of operation in a Stripe release does not stop the spec update for every other one."""


def operation_kind(method: str, path: str) -> str:
    """``read``, ``create``, ``update`` or ``delete``: from the method and the path's shape (see ACTION_KINDS)."""
    method = method.upper()
    if method == "GET":
        return "read"
    if method == "DELETE":
        return "delete"
    segments = [segment for segment in path.split("/") if segment]
    last = segments[-1]
    if last.startswith("{"):
        return "update"  # POST /v1/customers/{customer}
    if last in ACTION_KINDS:
        return ACTION_KINDS[last]
    if len(segments) >= 3 and segments[-2].startswith("{"):
        return "create" if last.endswith("s") or last == "people" else "update"
    return "create"  # POST /v1/customers, /v1/checkout/sessions


def pagination_style(method: str, path: str, query: set[str]) -> str | None:
    """``cursor`` (``starting_after``), ``search`` (``page`` of Stripe's Search API), ``page`` (``/v2``'s
    ``page`` and ``next_page_url``) or None."""
    if method != "GET":
        return None
    if path.startswith("/v2/"):
        return "page" if "page" in query else None
    if "starting_after" in query:
        return "cursor"
    if "page" in query and path.endswith("/search"):
        return "search"
    return None


def plain_text(text: str) -> str:
    """Stripe's HTML and Markdown as one line of text."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", html.unescape(text))
    return re.sub(r"\s+([.,;:)])", r"\1", " ".join(text.split()))


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return cut[: cut.rfind(" ")] + "…" if " " in cut else cut + "…"


def first_sentence(text: str, limit: int) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return shorten(match.group(1) if match else text, limit)


class SchemaBuilder:
    """Resolves ``$ref``\\ s into plain schemas for agents and for validation, cutting recursion."""

    def __init__(self, schemas: dict[str, JSON]) -> None:
        self.schemas = schemas
        self.cuts: set[str] = set()

    def build(self, node: JSON, depth: int = 0, stack: tuple[str, ...] = ()) -> JSON:
        if isinstance(node, list):
            return [self.build(item, depth, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self.follow(ref, depth, stack)
        result: dict[str, JSON] = {}
        for key, value in node.items():
            kept = self.keyword(key, value, depth, stack)
            if kept is not DROPPED:
                result[key] = kept
        if node.get("nullable") is True and "type" in result and "enum" not in result:
            result["type"] = [result["type"], "null"] if isinstance(result["type"], str) else result["type"]
        # Nested objects stay as open as the spec leaves them: it omits parameters Stripe still takes (a
        # subscription item's legacy ``plan``), so closing them would refuse valid requests. Top-level arguments
        # are closed, as the spec declares every request body to be.
        return result

    def follow(self, ref: str, depth: int, stack: tuple[str, ...]) -> JSON:
        """The schema ``ref`` names, built; or a cut, where the graph recurses or nests too deep."""
        if not ref.startswith(SCHEMA_PREFIX) or ref[len(SCHEMA_PREFIX) :] not in self.schemas:
            raise IndexError_(f"unresolvable $ref {ref!r}")
        name = ref[len(SCHEMA_PREFIX) :]
        if name in stack or depth >= MAX_SCHEMA_DEPTH:
            self.cuts.add(name)
            return {"description": f"A {name} (recursive in Stripe's spec: not checked deeper)"}
        return self.build(self.schemas[name], depth, (*stack, name))

    def keyword(self, key: str, value: JSON, depth: int, stack: tuple[str, ...]) -> JSON:
        """What one keyword of a schema becomes (:data:`DROPPED` for annotations agents and checks do without)."""
        if key == OPEN_ENUM:
            # Stripe's mark of an enum the server accepts values outside of (new payment method types, file
            # purposes...): kept, so the connector sends such a value instead of refusing it.
            return True if value is True else DROPPED
        if key == "title" or key.startswith("x-") or key == "nullable":
            return DROPPED
        if key == "description" and isinstance(value, str):
            return first_sentence(plain_text(value), PROPERTY_DESCRIPTION_CHARACTERS) or DROPPED
        if key == "format" and isinstance(value, str):
            return value if value in ENFORCED_FORMATS else DROPPED
        if key == "properties" and isinstance(value, dict):
            return {name: self.build(member, depth + 1, stack) for name, member in value.items()}
        if key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            return self.build(value, depth + (key != "not"), stack)
        if key in ("anyOf", "oneOf", "allOf") and isinstance(value, list):
            return [self.build(member, depth, stack) for member in value]
        return value


def walk_properties(schema: JSON) -> Iterator[tuple[str, JSON]]:
    if isinstance(schema, list):
        for item in schema:
            yield from walk_properties(item)
        return
    if not isinstance(schema, dict):
        return
    for name, member in (schema.get("properties") or {}).items():
        yield name, member
        yield from walk_properties(member)
    for key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf"):
        if key in schema:
            yield from walk_properties(schema[key])


def host_of(document: JSON, item: JSON, operation: JSON) -> str:
    """The host that serves ``operation``: its own ``servers``, else its path item's, else the document's.

    Stripe gives a few operations their own host (``POST /v1/files`` and ``GET /v1/quotes/{quote}/pdf`` on
    ``files.stripe.com``, ``POST /v2/billing/meter_event_stream`` on ``meter-events.stripe.com``); the index keeps
    the host name only (the scheme is always https, and where each host is reached is the connector's option).
    """
    for holder in (operation, item, document):
        servers = holder.get("servers") if isinstance(holder, dict) else None
        if servers and isinstance(servers, list):
            url = server_url(servers[0])
            match = re.fullmatch(r"https://([a-z0-9.-]+)/?", url or "")
            if match is None:
                raise IndexError_(f"{operation.get('operationId')}: server {url!r} is not an https host")
            return match.group(1)
    return DEFAULT_HOST


def server_url(server: JSON) -> str | None:
    """A server object's URL with its variables at their defaults (``https://{region}.stripe.com/``)."""
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        return None
    url: str = server["url"]
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict) and isinstance(variable.get("default"), str):
            url = url.replace("{" + str(name) + "}", variable["default"])
    return url


def answer_of(operation: JSON) -> str:
    """``json``, or the media type of an operation whose success answer is not JSON (a quote's PDF)."""
    for status, response in sorted(operation.get("responses", {}).items()):
        if not str(status).startswith("2") or not isinstance(response, dict):
            continue
        media_types = list(response.get("content") or {})
        if media_types and not any(media.endswith("json") for media in media_types):
            return str(media_types[0])
    return "json"


def file_fields(encoding: str | None, body: JSON) -> list[str]:
    """The body parameters of a multipart upload that carry a file (``format: binary``), in the spec's order."""
    if encoding != "multipart" or not isinstance(body, dict):
        return []
    return [
        name
        for name, member in (body.get("properties") or {}).items()
        if isinstance(member, dict) and member.get("format") == "binary"
    ]


def request_body(operation: JSON) -> tuple[str | None, JSON]:
    """The body's encoding and schema; a media type is read without its parameters (``; charset=utf-8``)."""
    content = operation.get("requestBody", {}).get("content", {})
    if not isinstance(content, dict):
        raise IndexError_(f"{operation.get('operationId')}: request body content is not an object")
    by_type = {str(media).split(";")[0].strip().lower(): value for media, value in content.items()}
    for media_type, encoding in BODY_ENCODINGS.items():
        if media_type in by_type:
            found = by_type[media_type]
            return encoding, found.get("schema", {}) if isinstance(found, dict) else {}
    if content:
        raise Unsendable(f"request body in {', '.join(sorted(map(str, content)))}")
    return None, {}


class Arguments:
    """One operation's arguments as they are collected: each one's schema, where it goes, and the required ones."""

    def __init__(self) -> None:
        self.properties: dict[str, JSON] = {}
        self.locations: dict[str, str] = {}
        self.required: list[str] = []

    def add(self, name: str, schema: JSON, where: str, required: bool) -> None:
        self.properties[name] = schema
        self.locations[name] = where
        if required:
            self.require(name)

    def require(self, name: str) -> None:
        if name not in self.required:
            self.required.append(name)

    def schema(self) -> dict[str, JSON]:
        """Every argument in one closed object schema."""
        arguments: dict[str, JSON] = {"type": "object", "properties": self.properties, "additionalProperties": False}
        if self.required:
            arguments["required"] = self.required
        return arguments


def add_parameters(arguments: Arguments, parameters: list[JSON], builder: SchemaBuilder) -> None:
    """The path and query parameters (headers are the connector's: Stripe-Account, Idempotency-Key...)."""
    for parameter in parameters:
        if "$ref" in parameter:
            parameter = builder.build(parameter)
        name, where = parameter["name"], parameter["in"]
        if where not in ("path", "query"):
            continue
        schema = builder.build(parameter.get("schema", {}), 1)
        if parameter.get("description") and "description" not in schema:
            schema["description"] = first_sentence(
                plain_text(parameter["description"]), PROPERTY_DESCRIPTION_CHARACTERS
            )
        if where == "path":
            schema = {**schema, "minLength": max(1, int(schema.get("minLength", 1)))}
        arguments.add(name, schema, where, bool(parameter.get("required")) or where == "path")


def add_body(arguments: Arguments, operation_id: str, method: str, body: JSON) -> None:
    """The body's parameters: in the body of a POST; GET and DELETE carry them in the query string, as Stripe's
    SDKs send them."""
    body_properties = body.get("properties", {}) if isinstance(body, dict) else {}
    body_required = body.get("required", []) if isinstance(body, dict) and method == "post" else []
    for name, schema in body_properties.items():
        if name in arguments.properties:
            raise IndexError_(f"{operation_id}: {name!r} is both a {arguments.locations[name]} and a body parameter")
        arguments.add(name, schema, "body" if method == "post" else "query", False)
    for name in body_required:
        arguments.require(name)


def index_operation(
    path: str, method: str, operation: JSON, item: JSON, builder: SchemaBuilder, document: JSON | None = None
) -> dict[str, JSON]:
    """One operation's entry (the schema still whole: :func:`share` pools it)."""
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        raise IndexError_(f"{method.upper()} {path} has no operationId")
    arguments = Arguments()
    add_parameters(arguments, [*item.get("parameters", []), *operation.get("parameters", [])], builder)
    encoding, body = request_body(operation)
    add_body(arguments, operation_id, method, builder.build(body))
    ref = body.get("$ref") if isinstance(body, dict) else None
    raw_body = builder.schemas.get(ref[len(SCHEMA_PREFIX) :], {}) if isinstance(ref, str) else body
    files = file_fields(encoding, raw_body)  # read before ``build`` drops ``format: binary``
    for name in files:  # a file, not text: the connector reads it (a path, bytes, a file object)
        arguments.properties[name] = {
            "description": "The file: a path, bytes or a binary file object (base64 in MCP)",
        }
    query = {name for name, where in arguments.locations.items() if where == "query"}
    if encoding is None or method != "post":
        encoding = "json" if path.startswith("/v2/") else "form"
    description = plain_text(operation.get("description") or "")
    summary = plain_text(operation.get("summary") or "") or first_sentence(description, SUMMARY_CHARACTERS)
    schema = arguments.schema()
    money = sorted(
        {name for name, member in walk_properties(schema) if isinstance(member, dict) and is_money(name, member)}
    )
    return {
        "id": operation_id,
        "method": method.upper(),
        "path": path,
        "summary": shorten(summary, SUMMARY_CHARACTERS),
        "description": shorten(description, DESCRIPTION_CHARACTERS),
        "kind": operation_kind(method, path),
        "pagination": pagination_style(method.upper(), path, query),
        "encoding": encoding,
        "in": arguments.locations,
        "money": money,
        "filters_created": "created" in query,
        "host": host_of(document or {}, item, operation),
        "answer": answer_of(operation),
        "files": files,
        "schema": schema,
    }


class Pool:
    """Sub-schemas stored once: each big enough node becomes ``{"$s": n}``, its JSON text kept in ``texts``."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.numbers: dict[str, int] = {}

    def share(self, node: JSON, top: bool = False) -> JSON:
        if isinstance(node, list):
            return [self.share(item) for item in node]
        if not isinstance(node, dict):
            return node
        inner = {key: self.share(value) for key, value in node.items()}
        text = json.dumps(inner, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        if not top and len(text) < SHARED_MIN_BYTES:
            return inner
        number = self.numbers.get(text)
        if number is None:
            number = self.numbers[text] = len(self.texts)
            self.texts.append(text)
        return {"$s": number}


def build_index(document: JSON, source_sha256: str) -> dict[str, JSON]:
    version = str(document.get("info", {}).get("version", ""))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", version):
        raise IndexError_(f"info.version {version!r} is not a Stripe API version (YYYY-MM-DD)")
    builder = SchemaBuilder(document.get("components", {}).get("schemas", {}))
    pool = Pool()
    operations: list[dict[str, JSON]] = []
    seen: set[str] = set()
    left_out: dict[str, str] = {}
    for path in sorted(document["paths"]):
        if not path.startswith(("/v1/", "/v2/")):
            continue
        item = document["paths"][path]
        if not isinstance(item, dict):
            raise IndexError_(f"{path}: the path item is not an object")
        for method in sorted(set(item) & UNSENT_METHODS):
            left_out[f"{method.upper()} {path}"] = "the connector sends GET, POST and DELETE only"
        for method in METHODS:
            if method not in item:
                continue
            try:
                entry = index_operation(path, method, item[method], item, builder, document)
            except Unsendable as exc:
                left_out[f"{method.upper()} {path}"] = str(exc)
                continue
            if entry["id"] in seen:
                raise IndexError_(f"operationId {entry['id']} is used twice")
            seen.add(entry["id"])
            entry["schema"] = pool.share(entry["schema"], top=True)["$s"]
            operations.append(entry)
    return {
        "format": FORMAT,
        "stripe_api_version": version,
        "source_sha256": source_sha256,
        "max_schema_depth": MAX_SCHEMA_DEPTH,
        "recursive_schemas": sorted(builder.cuts),
        "money_fields": all_money_fields(document),
        "operations": operations,
        "schemas": pool.texts,
        **({"left_out": left_out} if left_out else {}),
    }


def compact_json(value: JSON) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def write_index(index: dict[str, JSON], out: Path) -> int:
    """The header line, then one line per operation, then one per shared schema (compact JSON has no raw newline).

    The header holds what finding an operation needs without parsing the others: every id and ``METHOD /path`` in
    the spec's order, and ``offsets``, the byte offset of each following line from the end of the header (one more
    at the end: the file's length past the header), as fixed-width hexadecimal numbers of ``offset_digits``
    digits in one string (JSON parses a string far faster than thousands of numbers, and one offset is read
    without decoding the rest). Operation ``n`` is line ``n``, shared schema ``s`` line ``len(ids) + s``.
    Deterministic: ``make check-generated`` compares bytes.
    """
    operations = index["operations"]
    body = [compact_json(entry).encode("utf-8") for entry in operations]
    body += [text.encode("utf-8") for text in index["schemas"]]
    offsets = [0]
    for line in body:
        offsets.append(offsets[-1] + len(line) + 1)
    header = {key: value for key, value in index.items() if key not in ("operations", "schemas")}
    header["ids"] = [entry["id"] for entry in operations]
    header["routes"] = [f"{entry['method']} {entry['path']}" for entry in operations]
    digits = len(f"{offsets[-1]:x}")
    header["offset_digits"] = digits
    header["offsets"] = "".join(f"{offset:0{digits}x}" for offset in offsets)
    data = b"\n".join([compact_json(header).encode("utf-8"), *body]) + b"\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, required=True, help="Stripe's whole OpenAPI spec (JSON or YAML)")
    parser.add_argument("--out", type=Path, default=Path("spec/stripe.operations.jsonl"))
    args = parser.parse_args(argv)
    try:
        document = load_document(args.spec)
        index = build_index(document, hashlib.sha256(args.spec.read_bytes()).hexdigest())
    except (TrimError, IndexError_) as exc:
        print(f"build_operations: error: {exc}", file=sys.stderr)
        return 2
    size = write_index(index, args.out)
    for route, reason in index.get("left_out", {}).items():
        print(f"build_operations: warning: {route} left out: {reason}", file=sys.stderr)
    print(
        f"build_operations: {len(index['operations'])} operations, {len(index['schemas'])} shared schemas, "
        f"{size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
