"""The one pagination loop, shared by ``StripeConnector.paginate``, its async twin and the CLI's ``--all``.

A :class:`Pager` is sans-IO: it says which arguments the next page needs, takes each page as it arrives and returns
the objects to hand out, and says when the walk is over. The sync and async connectors only fetch pages with it.

It trusts nothing in a page. A server that answers the same page again (``has_more`` true, same last object) would
otherwise be asked for ever, so a cursor seen twice, or a page that cannot advance (``has_more`` true with no objects
or no usable cursor), is a :class:`StripeResponseError`, as is a ``data`` that is not a list. Those are the
server's fault, never blamed on the caller as ``InvalidInputError``.

Two styles, chosen by the tool (``Tool.pagination``, else ``"cursor"`` for list tools):

* ``"cursor"``: Stripe's list endpoints; the next page starts after the last object's id (``starting_after``).
* ``"search"``: Stripe's Search API; the next page is the answer's ``next_page`` token (``page``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn

from .._types.from_spec import cursor_arguments

__all__ = ["CURSOR_PATTERN", "Pager", "cursor_arguments", "cursor_rule", "pagination_style"]
from ..errors import InvalidInputError, StripeResponseError

if TYPE_CHECKING:
    from .catalogue import Tool

#: A cursor goes back to Stripe in a query string: printable ASCII without spaces, as Stripe's ids and tokens are.
CURSOR_PATTERN = re.compile(r"[\x21-\x7e]{1,5000}")


def pagination_style(tool: Any) -> str | None:
    """``"cursor"``, ``"search"`` or None (the tool does not page)."""
    style = getattr(tool, "pagination", None)
    if style is None:
        return "cursor" if getattr(tool, "is_list", False) else None
    return str(style) if style in cursor_arguments() else None


def cursor_rule(tool: Any, argument: str) -> Callable[[str], bool]:
    """Whether a cursor meets the tool's schema for ``argument`` (its ``pattern`` and ``maxLength``, if any)."""
    schema = getattr(tool, "input_schema", None)
    properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
    rule = properties.get(argument, {}) if isinstance(properties, Mapping) else {}
    pattern = re.compile(rule["pattern"]) if isinstance(rule.get("pattern"), str) else None
    max_length = rule.get("maxLength") if isinstance(rule.get("maxLength"), int) else None

    def check(cursor: str) -> bool:
        if max_length is not None and len(cursor) > max_length:
            return False
        return pattern is None or pattern.search(cursor) is not None

    return check


class Pager:
    """One walk through a list tool's pages; see the module docstring."""

    __slots__ = ("_rule", "_seen", "arguments", "done", "last_id", "pages", "remaining", "style", "tool")

    def __init__(self, tool: str | Tool, arguments: Mapping[str, Any] | None, max_items: int | None) -> None:
        from .catalogue import get_tool  # on first use: the catalogue (and its strict schemas) load with the tools

        # A Tool object: an operation of the index (``paginate_operation``), not one of the catalogue's tools.
        definition = get_tool(tool) if isinstance(tool, str) else tool
        tool = definition.name
        style = pagination_style(definition)
        if style is None:
            raise InvalidInputError("tool", f"{tool} is not a list tool; paginate takes list_* (and search) tools")
        if max_items is not None and (not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 0):
            raise InvalidInputError("max_items", "must be an integer >= 0 or None")
        if arguments is not None and not isinstance(arguments, Mapping):
            raise InvalidInputError("arguments", "must be a JSON object")
        self.tool = tool
        self.style = style
        #: The arguments of the next page (the caller's, plus the cursor once there is one).
        self.arguments: dict[str, Any] = dict(arguments or {})
        self.remaining = max_items
        self.done = max_items == 0
        self.pages = 0
        #: The id of the last object handed out (to resume a walk that failed), or None.
        self.last_id: str | None = None
        #: The tool's own schema for its cursor argument: a cursor it would refuse is the server's fault, not the
        #: caller's, so it is checked here rather than left to fail validation as ``InvalidInputError``.
        self._rule = cursor_rule(definition, cursor_arguments()[style])
        start = self.arguments.get(cursor_arguments()[style])
        self._seen: set[str] = {start} if isinstance(start, str) else set()

    def accept(self, page: Mapping[str, Any]) -> list[Any]:
        """The objects of ``page`` to hand out (at most what ``max_items`` leaves); prepares the next page."""
        self.pages += 1
        data = page.get("data")
        if not isinstance(data, list):
            self._fail(f"its data is {type(data).__name__}, not a list")
        has_more = page.get("has_more", False)
        if not isinstance(has_more, bool):
            self._fail(f"has_more is {type(has_more).__name__}, not true or false")
        items = data
        if self.remaining is not None:
            items = data[: self.remaining]
            self.remaining -= len(items)
        if items and isinstance(items[-1], Mapping) and isinstance(items[-1].get("id"), str):
            self.last_id = items[-1]["id"]
        if not has_more or self.remaining == 0:
            self.done = True
            return items
        cursor = self._next_cursor(page, data)
        if cursor in self._seen:
            self._fail(f"the cursor {cursor[:80]!r} was already followed: the server repeats a page")
        self._seen.add(cursor)
        self.arguments[cursor_arguments()[self.style]] = cursor
        return items

    def _next_cursor(self, page: Mapping[str, Any], data: list[Any]) -> str:
        if self.style == "search":
            cursor = page.get("next_page")
            what = "next_page"
        else:
            if not data:
                self._fail("has_more is true but the page is empty: there is nothing to continue after")
            last = data[-1]
            cursor = last.get("id") if isinstance(last, Mapping) else None
            what = "the last object's id"
        if not isinstance(cursor, str) or not CURSOR_PATTERN.fullmatch(cursor) or not self._rule(cursor):
            self._fail(f"has_more is true but {what} is not a usable cursor")
        return cursor

    def _fail(self, reason: str) -> NoReturn:
        self.done = True
        raise StripeResponseError(f"{self.tool}: page {self.pages} cannot be paged through: {reason}")
