"""Calling an operation through the connector's one request pipeline, and checking raw requests by the index.

An :class:`~._index.Operation` becomes a :class:`~stripe_connector.tools.catalogue.Tool` (its id as the name, its
schema as the input schema, its kind and pagination), so ``call_operation`` goes through exactly what ``call``
does: validation (the schema walked, arguments named), ``max_amount`` on every money field, encoding (forms on
``/v1``, JSON on ``/v2``), idempotency keys and scopes, ``stripe_account``, dry runs, retries and typed errors.
Only two things are the operation's own: the allow list (``allowed_tools`` may name operation ids and globs of
them, ``Get*``) and GET/DELETE parameters, which travel in the query string as Stripe's SDKs send them.
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInputError

#: Stripe's mark of an open enum (``_request.schema_walk`` judges it the same way).
OPEN_ENUM = "x-stripeBypassValidation"

if TYPE_CHECKING:
    from ..tools.catalogue import Tool
    from ._index import Operation

_tools: dict[str, Tool] = {}
_tools_lock = threading.Lock()
#: How many operations a refusal suggests.
SUGGESTIONS = 3


def tool_for(operation: Operation) -> Tool:
    """The pipeline's view of ``operation`` (built once per operation and process)."""
    found = _tools.get(operation.id)
    if found is None:
        with _tools_lock:
            found = _tools.get(operation.id)
            if found is None:
                found = _tools[operation.id] = build_tool(operation)
    return found


def build_tool(operation: Operation, name: str | None = None) -> Tool:
    """``operation`` as a :class:`Tool` called ``name`` (its id by default), with its validator registered."""
    from .._request import validation as _validation
    from ..tools.catalogue import Endpoint, Tool
    from ..tools.kinds import check_kind

    name = name or operation.id
    _validation._validators[name] = ArgumentValidator(operation.input_schema)
    return Tool(
        name=name,
        description=operation.summary,
        input_schema=operation.input_schema,
        kind=check_kind(operation.kind, name),
        pagination=operation.pagination if operation.pagination in ("cursor", "search") else None,
        operation=Endpoint(
            method=operation.method,
            path=operation.path,
            operation_id=operation.id,
            path_params=operation.path_params,
            query_params=operation.query_params,
            body_encoding=operation.body_encoding,
        ),
        renames={},
        money={},
        hints={},
    )


def without_descriptions(schema: Any) -> Any:
    """``schema`` without its descriptions: fastjsonschema writes every rule into its error messages, so
    descriptions would only slow compilation (and ``describe`` shows them)."""
    if isinstance(schema, dict):
        return {
            key: (
                without_descriptions(value)
                if key != "properties"
                else {name: without_descriptions(member) for name, member in value.items()}
            )
            for key, value in schema.items()
            if not (key == "description" and isinstance(value, str))
            and not (key == "enum" and schema.get(OPEN_ENUM) is True)  # an open enum takes any string
        }
    if isinstance(schema, list):
        return [without_descriptions(item) for item in schema]
    return schema


class ArgumentValidator:
    """An operation's schema judged by walking it (``_request.schema_walk``), or by fastjsonschema where it must.

    Walking costs nothing up front, which is what a first ``call_operation`` in a fresh process needs. A schema
    with a keyword the walker does not judge (none of the shipped specs' request schemas has one) is compiled
    with fastjsonschema instead, for the arguments a call gives, not for all of them: compiling
    ``PostCheckoutSessions``' whole schema (hundreds of nested fields) takes a quarter of a second; the schema of
    a handful of arguments (every required name still required, every other name still refused, which
    ``validate_arguments`` has checked first) compiles in milliseconds. The compiled validators are kept per set
    of names, the most recent :data:`MAX_COMPILED` of them.
    """

    MAX_COMPILED = 16

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.compiled: dict[frozenset[str], Any] = {}
        self.lock = threading.Lock()

    def __call__(self, data: dict[str, Any]) -> Any:
        from .._request.schema_walk import Unsupported, check

        try:
            check(self.schema, data)
        except Unsupported:
            return self.compiled_for(data)(data)
        return data

    def compiled_for(self, data: Mapping[str, Any]) -> Any:
        """fastjsonschema's validator for the arguments ``data`` gives (and the required ones)."""
        properties = self.schema["properties"]
        # The required ones always: fastjsonschema refuses to compile a required name its schema does not allow.
        names = frozenset(name for name in data if name in properties) | frozenset(self.schema.get("required", []))
        validator = self.compiled.get(names)
        if validator is None:
            import fastjsonschema

            subset = {
                "type": "object",
                "properties": {name: without_descriptions(properties[name]) for name in sorted(names)},
                "additionalProperties": False,
                "required": list(self.schema.get("required", [])),
            }
            validator = fastjsonschema.compile(subset, use_default=True)
            with self.lock:
                if len(self.compiled) >= self.MAX_COMPILED:
                    self.compiled.pop(next(iter(self.compiled)))
                self.compiled[names] = validator
        return validator


def admits(allowed: Collection[str] | None, operation_id: str) -> bool:
    """Whether an allow list (``allowed_tools``, ``--operations``) admits ``operation_id``: by id or by glob."""
    if allowed is None:
        return True
    return operation_id in allowed or any(
        any(char in pattern for char in "*?[") and fnmatch.fnmatchcase(operation_id, pattern) for pattern in allowed
    )


def resolve(operation: object, allowed: Collection[str] | None) -> Operation:
    """The operation ``operation`` names (an id or an Operation), if the allow list admits it."""
    from ._index import Operation, operation_by_id

    found = operation if isinstance(operation, Operation) else operation_by_id(operation)
    if not admits(allowed, found.id):
        raise InvalidInputError("operation", f"{found.id} is not among this connector's allowed operations")
    return found


def read_files(operation: Operation, arguments: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """``arguments`` with each file argument of an upload read into a ``FilePart`` (``_request.uploads``): a path,
    bytes or a binary file object, read once and checked against Stripe's limit for the upload's ``purpose``."""
    if not operation.files or not isinstance(arguments, Mapping):
        return arguments
    from .._request.uploads import read_upload, upload_limit

    limit = upload_limit(arguments.get("purpose"))
    return {
        name: read_upload(name, value, limit=limit) if name in operation.files else value
        for name, value in arguments.items()
    }


def check_options(options: Mapping[str, Any]) -> None:
    if options.get("strict"):
        raise InvalidInputError("strict", "operations take arguments as their input_schema; strict is for tools")


def closest_operations(method: str, path: str, limit: int = SUGGESTIONS) -> list[Operation]:
    """The operations a path that matches none probably meant: same method first, by path similarity."""
    import difflib

    from ._index import load_index

    operations = load_index().operations

    def shape(text: str) -> str:
        # Template segments and ids (anything with a digit) compare as one placeholder.
        return "/".join(
            "*" if part.startswith("{") or any(c.isdigit() for c in part) else part for part in text.split("/")
        )

    given = shape(path)

    def similarity(operation: Operation) -> float:
        score = difflib.SequenceMatcher(None, shape(operation.path), given).ratio()
        return score + (0.1 if operation.method == method else 0.0)

    return sorted(operations, key=similarity, reverse=True)[:limit]


def check_raw_request(
    method: str, path: str, query: Mapping[str, Any], body: Mapping[str, Any], *, allow_unknown_path: bool
) -> Operation | None:
    """Validate a raw request against the operation it reaches; refuse a path that reaches none (unless asked).

    Arguments are checked as ``call_operation`` checks them (unknown names with the closest one, types, enums,
    required), and named by where they are: ``body.ammount``, ``query.limit``. Nothing is modified: what is sent
    is what was given. Returns the operation, or None for an unknown path sent on purpose.
    """
    from ._index import load_index

    index = load_index()
    found = index.match(method, path)
    if found is None:
        if allow_unknown_path:
            return None
        suggestions = ", ".join(f"{op.id} ({op.method} {op.path})" for op in closest_operations(method, path))
        raise InvalidInputError(
            "path",
            f"{method} {path[:200]} matches no operation of Stripe API {index.stripe_api_version} (closest: "
            f"{suggestions}); to send it anyway (a newer or preview endpoint), pass allow_unknown_path: true",
        )
    operation, path_arguments = found
    if operation.body_encoding == "multipart":  # a raw body is JSON: it cannot carry the file
        raise InvalidInputError("path", f"{operation.id} uploads a file: call_operation({operation.id!r}) sends it")
    where: dict[str, str] = {}
    for part, values in (("query", query), ("body", body)):
        for name in values:
            if name in path_arguments:
                raise InvalidInputError(
                    f"{part}.{name}", f"is a path parameter of {operation.id} ({operation.path}): it goes in the path"
                )
            if name in where:
                raise InvalidInputError(f"{part}.{name}", "is given in both query and body")
            where[name] = part
    from .._request.validation import validate_arguments

    try:
        validate_arguments(tool_for(operation), {**path_arguments, **query, **body})
    except InvalidInputError as exc:
        place = where.get(exc.param)
        prefix = f"{place}." if place else ""
        raise InvalidInputError(
            f"{prefix}{exc.param}", f"{exc.message} ({operation.id}: {operation.method} {operation.path})"
        ) from None
    return operation
