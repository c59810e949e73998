"""Turn a successful response into the generated model, using the generated endpoint's own parser.

The generated ``_parse_response`` of each operation knows the response type (a list model, a resource, or a union
like ``Customer | DeletedCustomer``), so the connector does not restate it. Modules load on first use.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

GENERATED_API = "stripe_connector_generated.api.default"


def module_name(operation_id: str) -> str:
    """The generator's module name for an operation: ``GetCustomersCustomer`` -> ``get_customers_customer``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def parse_operation_response(operation_id: str, response: httpx.Response) -> Any:
    from stripe_connector_generated import Client

    module = importlib.import_module(f"{GENERATED_API}.{module_name(operation_id)}")
    return module._parse_response(client=_parser_client(Client), response=response)


_client: Any = None


def _parser_client(client_class: Any) -> Any:
    """The generated parser wants a client (only to read a flag); one idle instance serves every call."""
    global _client
    if _client is None:
        _client = client_class(base_url="http://unused.invalid")
    return _client
