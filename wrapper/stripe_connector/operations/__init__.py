"""Every Stripe operation of the connector's API version: ``OPERATIONS`` (search, ``describe_operation``), each an
``Operation``; ``call_operation``/``paginate_operation`` are the connectors' (``_methods``). The index loads on
first use, never on ``import stripe_connector``."""

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from ._index import Operation
    from ._list import OPERATIONS, OperationList, describe_operation

__getattr__, __dir__ = lazy_names(
    __name__,
    {"Operation": "._index", "OPERATIONS": "._list", "OperationList": "._list", "describe_operation": "._list"},
)

__all__ = ["OPERATIONS", "Operation", "OperationList", "describe_operation"]
