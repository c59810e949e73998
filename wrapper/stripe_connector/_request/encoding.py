"""Stripe's form encoding, for bodies and query strings alike.

There is one encoder: the one the generated client's endpoints use (written by our template into the generated
``types`` module). The wrapper and ``raw_request`` re-use it rather than keep a second copy that could drift.

What the form encoding cannot say is refused here before anything is sent: a ``None`` inside a list. The encoder
leaves ``None`` out ("not given"), which inside a list would leave a hole in the indices (``a[0]``, ``a[2]``);
stripe-python sends the text ``None`` there. Neither is what the caller meant, so the caller is asked.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from .._types.from_spec import form_encoder
from ..errors import InvalidInputError

encode_form, form_pairs = form_encoder()


def check_form_params(params: Mapping[str, Any], within: str | None = None) -> None:
    """Refuse a ``None`` inside a list anywhere in ``params``, naming the argument at fault and the place.

    ``within``: the argument that holds ``params`` (``raw_request``'s ``body`` or ``query``), else each
    parameter is an argument of its own.
    """
    for name, value in params.items():
        if type(value) is not str and isinstance(value, Mapping | list | tuple):
            place = _null_item(value, str(name) if within is None else f"{within}[{name}]")
            if place is not None:
                raise InvalidInputError(
                    str(name) if within is None else within,
                    f"holds null inside a list (at {place[:200]}): form encoding has no null item; leave the item out",
                )


def _null_item(value: Mapping[Any, Any] | list[Any] | tuple[Any, ...], path: str) -> str | None:
    # Depth and cycles were bounded by validation (check_value) before any request is routed. A place is spelled
    # out only for a container to walk into or the null found: most items are text, and cost a type check.
    items: Iterable[tuple[Any, Any]] = value.items() if isinstance(value, Mapping) else enumerate(value)
    in_list = not isinstance(value, Mapping)
    for step, item in items:
        if item is None and in_list:
            return f"{path}[{step}]"
        if type(item) is not str and isinstance(item, Mapping | list | tuple):
            found = _null_item(item, f"{path}[{step}]")
            if found is not None:
                return found
    return None


__all__ = ["check_form_params", "encode_form", "form_pairs"]
