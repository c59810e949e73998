"""stripe-connector: Stripe as a small set of well-made tools, for apps, workflow engines and AI agents.

``StripeConnector`` / ``AsyncStripeConnector`` run the tools; ``TOOLS`` lists them with their JSON Schemas.
Importing this package is cheap: the tool catalogue, the validators and the generated models load on first use.
"""

from ._async_client import AsyncStripeConnector
from ._client import StripeConnector
from ._core import __version__
from ._details import CallResult
from ._rate_limit import LocalRateLimiter, RateLimiter
from ._rate_limit_redis import RedisRateLimiter
from ._retry import RetryPolicy
from ._tool_list import ToolList
from .errors import InvalidInputError, StripeAPIError, StripeConnectionError, StripeConnectorError

#: Every tool, with ``.name``, ``.description`` and ``.input_schema`` (JSON Schema), loaded on first access.
TOOLS = ToolList()

__all__ = [
    "TOOLS",
    "AsyncStripeConnector",
    "CallResult",
    "InvalidInputError",
    "LocalRateLimiter",
    "RateLimiter",
    "RedisRateLimiter",
    "RetryPolicy",
    "StripeAPIError",
    "StripeConnectionError",
    "StripeConnector",
    "StripeConnectorError",
    "ToolList",
    "__version__",
]
