"""Tools: what a tool is (``Tool``, its ``Endpoint``), the catalogue of them (``TOOLS``), kinds, strict schemas and
the one pager. The names load on first access: ``import stripe_connector`` uses this package without loading the
catalogue."""

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from .catalogue import Endpoint, Tool
    from .tool_list import TOOLS, ToolList

__getattr__, __dir__ = lazy_names(
    __name__, {"Endpoint": ".catalogue", "Tool": ".catalogue", "TOOLS": ".tool_list", "ToolList": ".tool_list"}
)

__all__ = ["TOOLS", "Endpoint", "Tool", "ToolList"]
