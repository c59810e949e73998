"""Paging any list operation: Stripe's three styles, one walk.

``cursor`` and ``search`` are the connector's :class:`~stripe_connector.tools.pager.Pager` (same checks against a
server that repeats or cannot advance a page). ``/v2`` lists answer ``next_page_url`` (null at the end) instead of
``has_more``: its ``page`` token is the next request's ``page`` argument, checked the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import parse_qs, urlsplit

from ..errors import InvalidInputError, StripeResponseError
from ..tools.pager import CURSOR_PATTERN, Pager

if TYPE_CHECKING:
    from ._index import Operation


class OperationPager:
    """One walk through a list operation's pages: ``arguments`` for the next page, ``accept(page)``, ``done``."""

    def __init__(
        self,
        operation: str | Operation,
        arguments: Mapping[str, Any] | None,
        max_items: int | None,
        allowed: Collection[str] | None = None,
    ) -> None:
        from ._as_tool import resolve, tool_for

        self.operation = resolve(operation, allowed)
        if self.operation.pagination is None:
            raise InvalidInputError("operation", f"{self.operation.id} is not a list operation: it does not page")
        self._cursor: Pager | None = None
        if self.operation.pagination in ("cursor", "search"):
            self._cursor = Pager(tool_for(self.operation), arguments, max_items)
            return
        if max_items is not None and (not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 0):
            raise InvalidInputError("max_items", "must be an integer >= 0 or None")
        if arguments is not None and not isinstance(arguments, Mapping):
            raise InvalidInputError("arguments", "must be a JSON object")
        self._arguments: dict[str, Any] = dict(arguments or {})
        self._remaining = max_items
        self._done = max_items == 0
        self._pages = 0
        self._seen: set[str] = set()

    @property
    def arguments(self) -> dict[str, Any]:
        return self._cursor.arguments if self._cursor is not None else self._arguments

    @property
    def done(self) -> bool:
        return self._cursor.done if self._cursor is not None else self._done

    def accept(self, page: Mapping[str, Any]) -> list[Any]:
        if self._cursor is not None:
            return self._cursor.accept(page)
        self._pages += 1
        data = page.get("data")
        if not isinstance(data, list):
            self._fail(f"its data is {type(data).__name__}, not a list")
        items = data if self._remaining is None else data[: self._remaining]
        if self._remaining is not None:
            self._remaining -= len(items)
        next_url = page.get("next_page_url")
        if next_url is None or self._remaining == 0:
            self._done = True
            return items
        token = None
        if isinstance(next_url, str):
            tokens = parse_qs(urlsplit(next_url).query).get("page", [])
            token = tokens[0] if len(tokens) == 1 else None
        if not isinstance(token, str) or not CURSOR_PATTERN.fullmatch(token):
            self._fail("next_page_url carries no usable page token")
        if token in self._seen:
            self._fail(f"the page token {token[:80]!r} was already followed: the server repeats a page")
        self._seen.add(token)
        self._arguments["page"] = token
        return items

    def _fail(self, reason: str) -> NoReturn:
        self._done = True
        raise StripeResponseError(f"{self.operation.id}: page {self._pages} cannot be paged through: {reason}")
