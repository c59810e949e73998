"""stripe-connector: Stripe as a small set of well-made tools, for apps, workflow engines and AI agents.

``StripeConnector`` / ``AsyncStripeConnector`` run the tools; ``TOOLS`` lists them with their JSON Schemas.
Importing this package is cheap: the tool catalogue, the validators and the generated models load on first use.
How the package is laid out, layer by layer: ARCHITECTURE.md.
"""

from ._async_client import AsyncStripeConnector
from ._call_result import CallResult
from ._client import StripeConnector
from ._http.rate_limit import LocalRateLimiter, RateLimiter
from ._http.rate_limit_redis import RedisRateLimiter
from ._http.retry import RetryPolicy
from ._operations._list import OperationList, describe_operation
from ._tools.catalogue import Tool
from ._tools.tool_list import ToolList
from ._types import IdempotencyScope, PageOptions, RequestOptions
from ._version import __version__
from .errors import InvalidInputError, StripeAPIError, StripeConnectionError, StripeConnectorError

#: Every tool, with ``.name``, ``.description`` and ``.input_schema`` (JSON Schema), loaded on first access.
TOOLS = ToolList()
#: Every Stripe operation of the connector's API version (``OPERATIONS["PostRefunds"]``, ``.search(text)``),
#: read from the generated operation index on first access.
OPERATIONS = OperationList()

__all__ = [
    "OPERATIONS",
    "TOOLS",
    "AsyncStripeConnector",
    "CallResult",
    "IdempotencyScope",
    "InvalidInputError",
    "LocalRateLimiter",
    "OperationList",
    "PageOptions",
    "RateLimiter",
    "RedisRateLimiter",
    "RequestOptions",
    "RetryPolicy",
    "StripeAPIError",
    "StripeConnectionError",
    "StripeConnector",
    "StripeConnectorError",
    "Tool",
    "ToolList",
    "__version__",
    "describe_operation",
]
