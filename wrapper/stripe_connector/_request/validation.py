"""Check a tool's arguments against the tool's own JSON Schema, before anything is sent.

The schema agents are shown (``Tool.input_schema``) is the schema enforced here: fastjsonschema compiles it once per
tool into plain Python, which also fills in the schema's ``default``s. Failures become :class:`InvalidInputError`
naming the offending argument.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from .._types.from_spec import tool_entries, validator
from .._types.options import MAX_ARGUMENT_DEPTH, FilePart
from ..errors import InvalidInputError
from ..tools.catalogue import Tool

Validator = Callable[[dict[str, Any]], Any]


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (\\ud800-\\udfff): text that UTF-8 cannot carry.

    No regular expression: compiling one would cost a first call about a millisecond.
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_validators: dict[str, Validator] = {}
_lock = threading.Lock()

#: How deep arguments may nest (see ``_types``).
MAX_DEPTH = MAX_ARGUMENT_DEPTH
#: Far beyond any Stripe integer (amounts are 64-bit at most) yet what the schemas allow: the bound only keeps
#: out integers Python would refuse to print (more than 4,300 digits) or that would bloat a request.
MAX_INTEGER_BITS = 1024

#: The rules whose generic message says less than the tool's hint (a type error on the same argument keeps its
#: message). The hints themselves are data: ``hints`` in ``spec/tools.yaml``.
HINTED_RULES = frozenset({"required", "const", "not", "pattern", "oneOf", "anyOf"})


def validator_for(tool: Tool) -> Validator:
    """The validator of ``tool``: fastjsonschema's code, compiled ahead of time by ``make generate``.

    A tool built outside the generated catalogue (tests do) is compiled on first use instead.
    """
    validator = _validators.get(tool.name)
    if validator is None:
        with _lock:
            validator = _validators.get(tool.name)
            if validator is None:
                validator = _load_validator(tool)
                _validators[tool.name] = validator
    return validator


def _load_validator(tool: Tool) -> Validator:
    entry = tool_entries().get(tool.name)
    if entry is not None and entry["input_schema"] is tool.input_schema:
        return validator(tool.name)
    import fastjsonschema  # only for a tool built outside the catalogue: its code generator is large

    compiled: Validator = fastjsonschema.compile(tool.input_schema, use_default=True)
    return compiled


def validate_arguments(tool: Tool, arguments: object) -> dict[str, Any]:
    """A checked, normalised copy of ``arguments``: defaults filled in, currency in lower case.

    Raises :class:`InvalidInputError` naming the argument at fault; ``arguments`` itself is never modified.
    """
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        raise InvalidInputError("arguments", f"{tool.name} takes a JSON object, got {type(arguments).__name__}")
    data = dict(arguments)
    properties = tool.input_schema["properties"]
    for name, value in data.items():
        check_argument(tool, properties, name, value)
    if tool.is_raw:
        from .raw import normalise_arguments  # raw_request's own rules: most calls never need them

        normalise_arguments(data)
    check = validator_for(tool)
    try:
        check(data)
    except (TypeError, ValueError, RecursionError) as exc:
        if isinstance(exc, ValueError) and hasattr(exc, "rule"):
            # fastjsonschema's exception, or the generated validators' copy of it: which rule failed where.
            param = failing_argument(exc, data)
            exc = deepest_failure(tool, exc, param, data)
            raise InvalidInputError(param, describe_failure(tool, exc, param), **pointers(exc)) from None
        raise InvalidInputError("arguments", f"holds a value that is not JSON ({type(exc).__name__})") from None
    if isinstance(data.get("currency"), str):
        data["currency"] = data["currency"].lower()
    return data


def check_argument(tool: Tool, properties: Mapping[str, Any], name: object, value: object) -> None:
    """One top-level argument: sendable, known to the tool, and of its declared type."""
    check_value(str(name), name, 0, ())
    check_value(str(name), value, 0, ())
    if name not in properties:
        raise InvalidInputError(str(name), unknown_argument_message(tool, str(name)))
    # JSON Schema counts 1099.0 as an integer; money and limits must be real integers, not floats.
    expected = properties[name].get("type")  # type: ignore[index]
    if isinstance(value, float) and expected == "integer":
        raise InvalidInputError(str(name), "must be integer, not a float (money is in the smallest currency unit)")
    # A wrong type is the clearest thing to say about an argument: say it before any cross-field rule would
    # blame another argument for it.
    if isinstance(expected, str) and value is not None and not is_json_type(value, expected):
        raise InvalidInputError(str(name), f"must be {expected}, got {json_type_name(value)}")


def check_value(param: str, value: Any, depth: int, parents: tuple[int, ...], path: str = "") -> None:
    """Refuse what cannot be sent as Stripe's form encoding, naming ``param`` (the top-level argument).

    Lone surrogates (not encodable as UTF-8), ``bytes`` (which would be sent as ``b'...'``), NaN and infinities,
    integers beyond 64 bits, structures nested deeper than :data:`MAX_DEPTH` and structures that contain
    themselves: each is an :class:`InvalidInputError` here, not a ``UnicodeEncodeError``, ``OverflowError`` or
    ``RecursionError`` later. The message gives the place inside ``param`` (``body[amount]``). Recursion is
    bounded by the depth check, so this cannot itself overflow the stack.
    """
    if type(value) is str:  # most values, checked first: text is sendable unless it holds a lone surrogate
        if not value.isascii() and has_surrogate(value):
            _refuse(param, path, LONE_SURROGATE)
        return
    if isinstance(value, Mapping | list | tuple):
        check_container(param, value, depth, parents, path)
        return
    reason = scalar_problem(value)
    if reason is not None:
        _refuse(param, path, reason)


LONE_SURROGATE = "contains a lone surrogate (\\ud800-\\udfff): not valid Unicode text"


def scalar_problem(value: Any) -> str | None:
    """Why a value that is not a container cannot be sent, or None when it can."""
    if isinstance(value, str):
        return LONE_SURROGATE if has_surrogate(value) else None
    if isinstance(value, bool) or value is None or isinstance(value, FilePart):
        return None  # a FilePart: a file read for an upload (``_request.uploads``), sent as a multipart part
    if isinstance(value, int):
        too_large = value.bit_length() > MAX_INTEGER_BITS
        return "is an integer too large for Stripe (more than 1024 bits)" if too_large else None
    if isinstance(value, float):
        return None if math.isfinite(value) else "must be a finite number, not NaN or infinity"
    if isinstance(value, bytes | bytearray | memoryview):
        return "must be text, not bytes (decode it first)"
    # a set, a Decimal, an object: the encoder would send its str(), which is never what was meant
    return f"is a {type(value).__name__}, not a JSON value (text, number, boolean, object, list)"


def check_container(
    param: str, value: Mapping[Any, Any] | list[Any] | tuple[Any, ...], depth: int, parents: tuple[int, ...], path: str
) -> None:
    """A mapping or list: not containing itself, not too deep, and every key and item sendable."""
    if id(value) in parents:
        _refuse(param, path, "contains itself (a self-referencing structure cannot be sent)")
    if depth >= MAX_DEPTH:
        _refuse(param, path, f"is nested more than {MAX_DEPTH} levels deep")
    inner = (*parents, id(value))
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str | int) or isinstance(key, bool):
                _refuse(param, path, f"has a key of type {type(key).__name__}; keys must be strings")
            check_value(param, key, depth + 1, inner, path)
            if type(item) is not str or not item.isascii():  # ASCII text needs no check, nor a place to name
                check_value(param, item, depth + 1, inner, f"{path}[{_short(key)}]")
    else:
        for index, item in enumerate(value):
            check_value(param, item, depth + 1, inner, f"{path}[{index}]")


def _short(key: object) -> str:
    text = str(key)
    return text if len(text) <= 40 and (text.isascii() and text.isprintable()) else "..."


def _refuse(param: str, path: str, reason: str) -> NoReturn:
    where = f" (at {param}{path[:200]})" if path else ""  # path is empty at the argument, "[key]..." inside it
    raise InvalidInputError(param, reason + where)


#: JSON Schema's types as Python classes (bool is not an integer, though Python says it is).
JSON_TYPES: Mapping[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": Mapping,
    "array": (list, tuple),
}


def is_json_type(value: object, expected: str) -> bool:
    python_type = JSON_TYPES.get(expected)
    if python_type is None:
        return True
    if isinstance(value, bool) and expected != "boolean":
        return False
    return isinstance(value, python_type)


def json_type_name(value: object) -> str:
    for name in ("boolean", "integer", "number", "string", "object", "array"):
        if is_json_type(value, name):
            return name
    return type(value).__name__


def unknown_argument_message(tool: Tool, name: str) -> str:
    import difflib  # only on this error path: difflib is not otherwise loaded

    known = list(tool.input_schema["properties"])
    close = difflib.get_close_matches(name, known, n=1)
    suggestion = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown argument for {tool.name} (it takes {', '.join(known)}){suggestion}"


def failing_argument(exc: Any, data: Mapping[str, Any]) -> str:
    """The top-level argument a fastjsonschema failure is about."""
    path = list(getattr(exc, "path", []) or [])
    if len(path) > 1:
        return str(path[1])
    definition = getattr(exc, "rule_definition", None)
    if exc.rule == "required" and isinstance(definition, list):
        missing = [name for name in definition if name not in data]
        if missing:
            return str(missing[0])
    if exc.rule == "not" and isinstance(definition, dict) and definition.get("required"):
        return str(definition["required"][0])
    if exc.rule in ("oneOf", "anyOf") and isinstance(definition, list):
        # "one of these arguments": name the first one the alternatives require.
        for member in definition:
            if isinstance(member, dict) and member.get("required"):
                return str(member["required"][0])
    return "arguments"


def describe_failure(tool: Tool, exc: Any, param: str) -> str:
    if param in tool.hints and exc.rule in HINTED_RULES:
        return tool.hints[param]
    if exc.rule == "required" and str(getattr(exc, "name", "data")) == "data":
        return "is required"  # a top-level argument (a nested one names its object: "a.b must contain ['c']")
    message = str(exc.message)
    for prefix in (f"data.{param} ", "data "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return re.sub(r"(?<![A-Za-z0-9_])data\.", "", message)


def deepest_failure(tool: Tool, exc: Any, param: str, data: Mapping[str, Any]) -> Any:
    """For a failure at an ``anyOf``/``oneOf``, the deeper rule the closest branch broke (``_request.schema_walk``'s
    :func:`explain`); otherwise ``exc`` itself."""
    if exc.rule not in ("anyOf", "oneOf") or param not in data or param in tool.hints:
        return exc
    from .schema_walk import depth_of, explain

    schema = tool.input_schema["properties"].get(param)
    found = explain(schema, data[param], f"data.{param}")
    if found is not None and depth_of(str(found.name)) >= depth_of(str(exc.name)):
        return found
    return exc


def pointers(exc: Any) -> dict[str, Any]:
    """Where a failure is (``path``: ``mandate_data.customer_acceptance.accepted_at``), and for an enum the values
    it allows (``allowed``, capped): what a caller, or an agent, needs to repair the call."""
    name = str(getattr(exc, "name", "") or "")
    path = name[5:] if name.startswith("data.") else None
    allowed = None
    definition = getattr(exc, "rule_definition", None)
    if exc.rule == "enum" and isinstance(definition, list):
        from .schema_walk import MAX_LISTED

        allowed = definition[:MAX_LISTED]
    return {"path": path, "allowed": allowed}
