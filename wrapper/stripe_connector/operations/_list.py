"""``OPERATIONS``: every Stripe operation as a sequence that loads the index on first access (like ``TOOLS``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from ._index import Operation, OperationIndex


def _index() -> OperationIndex:
    from ._index import load_index

    return load_index()


class OperationList(Sequence["Operation"]):
    """Every operation of the connector's Stripe API version, in path order.

    ``OPERATIONS["PostRefunds"]`` (or an index), ``OPERATIONS.search("refund a charge")``,
    ``OPERATIONS.match("GET", "/v1/customers/cus_1")``, ``OPERATIONS.describe("PostCheckoutSessions",
    field="line_items.price_data")``.
    """

    @overload
    def __getitem__(self, key: int | str) -> Operation: ...
    @overload
    def __getitem__(self, key: slice) -> Sequence[Operation]: ...
    def __getitem__(self, key: int | str | slice) -> Operation | Sequence[Operation]:
        if isinstance(key, str):
            from ._index import operation_by_id

            return operation_by_id(key)
        return _index().operations[key]

    def __len__(self) -> int:
        return len(_index().operations)

    def __iter__(self) -> Iterator[Operation]:
        return iter(_index().operations)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return _index().get(item) is not None
        return item in _index().operations

    def __repr__(self) -> str:
        return "OperationList(<every Stripe operation; loaded on first use>)"

    @property
    def stripe_api_version(self) -> str:
        """The Stripe API version the index was generated from."""
        return _index().stripe_api_version

    def get(self, operation_id: str) -> Operation:
        """An operation by id (raises :class:`~stripe_connector.errors.InvalidInputError` naming the closest)."""
        from ._index import operation_by_id

        return operation_by_id(operation_id)

    def ids(self) -> list[str]:
        return _index().ids()

    def search(self, text: str, limit: int = 10) -> list[Operation]:
        """The operations that best match ``text`` (``"refund a charge"``), best first; offline."""
        from ._search import search

        return search(_index(), text, limit)

    def match(self, method: str, path: str) -> Operation | None:
        """The operation a request to ``method path`` (``/v1/customers/cus_1``) reaches, or None."""
        found = _index().match(method, path)
        return None if found is None else found[0]

    def describe(self, operation: str | Operation, field: str | None = None, *, max_chars: int | None = None) -> Any:
        """An operation's arguments for an agent, capped in size; ``field`` drills into one
        (``line_items.price_data``)."""
        return describe_operation(operation, field, max_chars=max_chars)


def describe_operation(operation: str | Operation, field: str | None = None, *, max_chars: int | None = None) -> Any:
    """``OPERATIONS.describe``: what an operation (an id or an :class:`Operation`) takes, capped in size."""
    from ._index import Operation, operation_by_id

    found = operation if isinstance(operation, Operation) else operation_by_id(operation)
    return found.describe(field, max_chars=max_chars)


#: The one instance ``stripe_connector.OPERATIONS`` names (made here, under the import lock, so there is only one).
OPERATIONS = OperationList()
