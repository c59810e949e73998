"""Results sized for a context window: a cap on what one MCP tool result may weigh, never applied silently.

Agent clients cut long tool results (Claude Code at 25,000 tokens) or refuse them, and a model then takes a partial
list for the whole. So the server measures each answer's JSON text (UTF-8 bytes, as sent) against a cap
(``--max-result-bytes``, :data:`DEFAULT_MAX_RESULT_BYTES`) before it leaves:

* a list answer over the cap is cut at an object boundary, the first objects of ``data`` kept whole, and says so in
  the answer itself, under ``truncated``: how many objects it returns of the page, that more follow (``has_more``
  becomes true), and ``continue_with``, the arguments that continue the list with nothing skipped or repeated
  (``starting_after`` the last object returned). A search page cannot be entered in the middle: its
  ``continue_with`` asks for the same page in pages of the size that fit, and its ``next_page`` (which would skip
  the objects cut) is withheld;
* any other read over the cap (a get, a raw GET, a list whose first object alone is too big) is an error naming
  ``fields``, the argument that makes it smaller: nothing was changed at Stripe;
* the answer of a write (or a dry run) is never cut: it reports what Stripe did, and losing part of it would be worse
  than a long result.

The structured content (the same JSON) stays valid against the output schema: ``truncated`` is declared there
(:func:`with_truncation_schema`) and the objects kept are whole.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import InvalidInputError

JSONSchema = dict[str, Any]

#: 50,000 bytes of JSON: at a pessimistic 2 bytes a token (JSON's ids and punctuation tokenize densely; prose averages
#: about 4), 25,000 tokens, Claude Code's limit for one tool result.
DEFAULT_MAX_RESULT_BYTES = 50_000
#: Below this no useful list fits; a smaller cap is a configuration mistake.
MIN_MAX_RESULT_BYTES = 1_000

TRUNCATED_SCHEMA: JSONSchema = {
    "type": "object",
    "description": "Present only when this page was cut to fit the server's result size cap: the objects in data "
    "are whole, and more follow. Call the tool again with continue_with merged into the same arguments for the rest, "
    "or ask for fewer fields.",
    "properties": {
        "returned": {"type": "integer", "description": "Objects in data."},
        "of_page": {"type": "integer", "description": "Objects in the page Stripe answered."},
        "max_result_bytes": {"type": "integer"},
        "continue_with": {"type": "object", "description": "Arguments that continue the list after data."},
        "message": {"type": "string"},
    },
    "required": ["returned", "of_page", "max_result_bytes", "continue_with", "message"],
}


def text_size(text: str) -> int:
    return len(text.encode("utf-8"))


def encode(answer: Any) -> str:
    """The JSON text a result carries (as ``answer_text`` writes it: the answer was checked to be encodable)."""
    return json.dumps(answer, ensure_ascii=False, allow_nan=False)


def with_truncation_schema(schema: JSONSchema) -> JSONSchema:
    """A list tool's output schema, saying that a page may carry ``truncated``."""
    properties = dict(schema.get("properties", {}))
    properties["truncated"] = TRUNCATED_SCHEMA
    return {**schema, "properties": properties}


#: What makes an answer smaller, for a tool that takes ``fields``: (the argument to name, what to do).
FIELDS_REMEDY = ("fields", "ask for fewer fields (e.g. fields: ['id', 'object']) or a smaller limit")


def fit(
    answer: dict[str, Any],
    text: str,
    *,
    cap: int,
    style: str | None,
    arguments: Mapping[str, Any],
    tool: str,
    remedy: tuple[str, str] = FIELDS_REMEDY,
) -> tuple[dict[str, Any], str]:
    """``answer`` and its text, cut to ``cap`` when it is a page (``style``: ``"cursor"``, ``"search"`` or None).

    Raises :class:`InvalidInputError` naming ``remedy``'s argument (``fields``) when it cannot be cut to fit; see
    the module docstring.
    """
    size = text_size(text)
    if size <= cap:
        return answer, text
    data = answer.get("data")
    if style is None or not isinstance(data, list):
        raise too_large(tool, f"its answer is {size} bytes", cap, remedy)
    sizes = [text_size(encode(item)) for item in data]
    keep = len(data) - 1
    while keep >= 1:
        cut = truncated_page(answer, data, keep, cap=cap, style=style, arguments=arguments)
        cut_text = encode(cut)
        over = text_size(cut_text) - cap
        if over <= 0:
            return cut, cut_text
        # Drop at least enough objects to lose ``over`` bytes (each also loses its ", " separator).
        dropped = 0
        while keep > 1 and dropped < over:
            keep -= 1
            dropped += sizes[keep] + 2
        if dropped == 0:
            break
    raise too_large(tool, f"the first object of its page alone is {sizes[0] if sizes else size} bytes", cap, remedy)


def truncated_page(
    answer: dict[str, Any], data: list[Any], keep: int, *, cap: int, style: str, arguments: Mapping[str, Any]
) -> dict[str, Any]:
    kept = data[:keep]
    if style == "search":
        continue_with: dict[str, Any] = {"limit": keep}
        if isinstance(arguments.get("page"), str):
            continue_with["page"] = arguments["page"]
        how = (
            f"a search page cannot be continued in the middle: call again with continue_with (the same page, limit "
            f"{keep}): it repeats these {keep} objects and its next_page continues right after them"
        )
        extra: dict[str, Any] = {"next_page": None}
    else:
        last = kept[-1].get("id") if isinstance(kept[-1], Mapping) else None
        continue_with = {"starting_after": last}
        how = f"call again with continue_with (starting_after {last!r}) and the same other arguments for the rest"
        extra = {}
    message = (
        f"Cut to fit this server's result cap ({cap} bytes): {keep} of the page's {len(data)} objects, whole; "
        f"more follow: {how}, or ask for fewer fields."
    )
    note = {
        "returned": keep,
        "of_page": len(data),
        "max_result_bytes": cap,
        "continue_with": continue_with,
        "message": message,
    }
    return {**answer, **extra, "data": kept, "has_more": True, "truncated": note}


def too_large(tool: str, what: str, cap: int, remedy: tuple[str, str] = FIELDS_REMEDY) -> InvalidInputError:
    param, advice = remedy
    return InvalidInputError(
        param,
        f"{tool}: {what}, over this server's result cap of {cap} bytes (--max-result-bytes); nothing was changed at "
        f"Stripe: {advice}",
    )
