"""``max_amount``: refuse a request that would move more money than the connector's caps allow, before sending.

Which fields are money is read from Stripe's spec (``make generate`` collects every request field the spec types as
an amount: ``amount``, ``unit_amount``, ``amount_to_capture``, ``unit_amount_decimal``...), so the cap follows
Stripe as it grows rather than a list typed by hand. Every POST is checked wherever such a field appears: in the
body or the query, at any depth, inside lists, for typed tools and ``raw_request`` alike.

The rules, each one a way around a naive cap closed:

* The currency of an amount is the nearest ``currency`` at its level or above, compared without case or
  surrounding spaces (``"USD "`` is usd). Currencies without a cap are not capped.
* An amount with no currency in the request (a refund's amount is in the currency of the payment it refunds) is
  held to the strictest cap configured.
* A line with a ``quantity`` is capped on ``unit amount x quantity``.
* ``/v2`` money is an object, ``{"value": "1000", "currency": "usd"}``: its value is capped in its currency.
* An amount the cap cannot read (not a number, infinite, an object without a value) is refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .._types.from_spec import money_fields
from .._types.options import MAX_JSON_DEPTH
from ..errors import InvalidInputError

#: Deeper than any Stripe request: a body nested further is refused before the walk could exhaust the stack.
MAX_DEPTH = MAX_JSON_DEPTH


def normalised_currency(value: object) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def as_amount(field: str, value: object) -> Decimal:
    """The value of a money field as a number, or :class:`InvalidInputError` naming the field."""
    if isinstance(value, bool):
        raise InvalidInputError(field, f"{value!r} is not an amount")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float | str):
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            raise InvalidInputError(field, f"{str(value)[:40]!r} is not an amount") from None
        if amount.is_finite():
            return amount
    raise InvalidInputError(field, f"{str(value)[:40]!r} is not a finite amount")


def find_amounts(
    node: Any,
    fields: frozenset[str],
    currency: str | None = None,
    where: str = "",
    depth: int = 0,
    quantity: tuple[str, object] | None = None,
) -> Iterator[tuple[str, Decimal, str | None]]:
    """``(field path, amount, currency)`` for every money field in ``node``, quantities applied.

    Currency and quantity apply downwards: a line item's ``quantity`` multiplies the ``unit_amount`` inside its
    ``price_data``.
    """
    if depth > MAX_DEPTH:
        raise InvalidInputError(where, f"is nested more than {MAX_DEPTH} levels deep")  # never at the root
    if isinstance(node, Mapping):
        currency = normalised_currency(node.get("currency")) or currency
        if node.get("quantity") is not None:
            quantity = (f"{where}.quantity" if where else "quantity", node["quantity"])
        for key, value in node.items():
            path = f"{where}.{key}" if where else str(key)
            if key == "metadata":
                continue  # the caller's own strings: a key named "amount" there is not money
            if key in fields and value is not None and value != "":
                yield from field_amounts(path, value, currency, quantity)
            elif isinstance(value, Mapping | list):
                yield from find_amounts(value, fields, currency, path, depth + 1, quantity)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from find_amounts(item, fields, currency, f"{where}[{index}]", depth + 1, quantity)


def field_amounts(
    path: str, value: Any, currency: str | None, quantity: tuple[str, object] | None
) -> Iterator[tuple[str, Decimal, str | None]]:
    """The amounts of one money field (one value, or a list of them), in their currency, quantities applied."""
    values = value if isinstance(value, list) else [value]
    for item in values:
        item_currency = currency
        if isinstance(item, Mapping) and "value" in item:
            # /v2 money: {"value": "1000", "currency": "usd"} (an int64 string and its currency)
            item_currency = normalised_currency(item.get("currency")) or currency
            item = item["value"]
        amount = as_amount(path, item)
        if quantity is not None:
            amount *= as_amount(*quantity)
        yield path, amount, item_currency


def check_caps(caps: Mapping[str, int], method: str, *parts: Mapping[str, Any]) -> None:
    """Refuse a POST whose money exceeds ``caps`` (currency -> largest amount) anywhere in ``parts``."""
    if not caps or method != "POST":
        return
    fields = money_fields()
    strictest = min(caps.values())
    for part in parts:
        for path, amount, currency in find_amounts(part, fields):
            if currency is None:
                cap, label = strictest, "the strictest max_amount (the request names no currency)"
            elif currency in caps:
                cap, label = caps[currency], f"this connector's max_amount of {caps[currency]} {currency}"
            else:
                continue
            if amount > cap:
                raise InvalidInputError(path, f"{amount} exceeds {label}" + (f" ({cap})" if currency is None else ""))
