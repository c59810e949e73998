"""stripe-connector: Stripe as a small set of well-made tools, for apps, workflow engines and AI agents.

``StripeConnector`` / ``AsyncStripeConnector`` run the tools; ``TOOLS`` lists them with their JSON Schemas.
Importing this package is cheap: the tool catalogue, the validators and the generated models load on first use.
"""

from ._async_client import AsyncStripeConnector
from ._client import StripeConnector
from ._core import __version__
from ._details import CallResult
from ._operations._list import OperationList, describe_operation
from ._rate_limit import LocalRateLimiter, RateLimiter
from ._rate_limit_redis import RedisRateLimiter
from ._retry import RetryPolicy
from ._tool_list import ToolList
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
    "InvalidInputError",
    "LocalRateLimiter",
    "OperationList",
    "RateLimiter",
    "RedisRateLimiter",
    "RetryPolicy",
    "StripeAPIError",
    "StripeConnectionError",
    "StripeConnector",
    "StripeConnectorError",
    "ToolList",
    "__version__",
    "describe_operation",
]
