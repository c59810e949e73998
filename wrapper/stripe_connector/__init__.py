"""stripe-connector: Stripe as a small set of well-made tools, for apps, workflow engines and AI agents.

``StripeConnector`` / ``AsyncStripeConnector`` run the tools; ``TOOLS`` lists them with their JSON Schemas.
Importing this package is cheap: the tool catalogue, the validators and the generated models load on first use.
How the package is laid out, layer by layer: ARCHITECTURE.md.
"""

from typing import TYPE_CHECKING

from ._types.lazy import lazy_names
from ._types.options import IdempotencyScope as IdempotencyScope
from ._types.options import PageOptions as PageOptions
from ._types.options import RequestOptions as RequestOptions
from ._types.version import __version__ as __version__
from .errors import InvalidInputError as InvalidInputError
from .errors import StripeAPIError as StripeAPIError
from .errors import StripeConnectionError as StripeConnectionError
from .errors import StripeConnectorError as StripeConnectorError

if TYPE_CHECKING:
    from ._clients.async_client import AsyncStripeConnector as AsyncStripeConnector
    from ._clients.connections import Connections as Connections
    from ._clients.sync_client import StripeConnector as StripeConnector
    from ._core.connection_check import ConnectionCheck as ConnectionCheck
    from ._http.rate_limit import LocalRateLimiter as LocalRateLimiter
    from ._http.rate_limit import RateLimiter as RateLimiter
    from ._http.rate_limit_redis import RedisRateLimiter as RedisRateLimiter
    from ._http.retry import RetryPolicy as RetryPolicy
    from ._types.call_result import CallResult as CallResult
    from ._types.call_result import Download as Download
    from .operations._list import OPERATIONS as OPERATIONS
    from .operations._list import OperationList as OperationList
    from .operations._list import describe_operation as describe_operation
    from .tools.catalogue import Tool as Tool
    from .tools.tool_list import TOOLS as TOOLS
    from .tools.tool_list import ToolList as ToolList

#: Names loaded on first access (PEP 562), by the module that defines them: a client that only calls tools never
#: imports the catalogue's classes, the operation index's list or the Redis limiter, and a process that does not
#: build a connector (``stripe-connector mcp`` until its first tool call) never imports httpx (import time is a
#: feature).
#: ``TOOLS`` (every tool, with ``.name``, ``.description``, ``.input_schema``) and ``OPERATIONS`` (every Stripe
#: operation: ``OPERATIONS["PostRefunds"]``, ``.search(text)``) are the one instance their module makes.
_LAZY = {
    "StripeConnector": "._clients.sync_client",
    "AsyncStripeConnector": "._clients.async_client",
    "LocalRateLimiter": "._http.rate_limit",
    "RateLimiter": "._http.rate_limit",
    "RetryPolicy": "._http.retry",
    "CallResult": "._types.call_result",
    "Download": "._types.call_result",
    "Connections": "._clients.connections",
    "ConnectionCheck": "._core.connection_check",
    "RedisRateLimiter": "._http.rate_limit_redis",
    "OPERATIONS": ".operations._list",
    "OperationList": ".operations._list",
    "describe_operation": ".operations._list",
    "Tool": ".tools.catalogue",
    "TOOLS": ".tools.tool_list",
    "ToolList": ".tools.tool_list",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY)


#: The eager names (imported above: cheap, and what every caller needs) and the lazy ones; the imports re-export
#: with ``as``, so type checkers read the public names from them, not from this list.
__all__ = sorted(
    [
        *_LAZY,
        "IdempotencyScope",
        "PageOptions",
        "RequestOptions",
        "__version__",
        "InvalidInputError",
        "StripeAPIError",
        "StripeConnectionError",
        "StripeConnectorError",
    ]
)
