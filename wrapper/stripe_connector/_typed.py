"""Turn a successful response into the generated model, using the generated endpoint's own parser.

The generated ``_parse_response`` of each operation knows the response type (a list model, a resource, or a union
like ``Customer | DeletedCustomer``), so the connector does not restate it. Modules load on first use.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

GENERATED_API = "stripe_connector_generated.api.default"


def module_name(operation_id: str) -> str:
    """The generator's module name for an operation: ``GetCustomersCustomer`` -> ``get_customers_customer``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


#: Serialises the first imports of the generated package. Its modules import each other (and models import
#: models inside ``from_dict``), so two threads importing different parts of it at once can each hold a module
#: lock the other waits for: Python then raises ``_DeadlockError`` in one of them (16 threads making their first
#: typed calls hit it in about a third of fresh processes). Under this lock, the whole models package is loaded
#: once; afterwards every import is a ``sys.modules`` lookup and the lock is not taken.
_import_lock = threading.RLock()


def load_operation(operation_id: str) -> Any:
    """The generated module of an operation, imported safely under concurrency."""
    name = f"{GENERATED_API}.{module_name(operation_id)}"
    module = sys.modules.get(name)
    if module is not None and not getattr(module.__spec__, "_initializing", False):
        return module
    with _import_lock:
        importlib.import_module("stripe_connector_generated.models")
        return importlib.import_module(name)


def parse_operation_response(operation_id: str, response: httpx.Response) -> Any:
    from stripe_connector_generated import Client

    module = load_operation(operation_id)
    return module._parse_response(client=_parser_client(Client), response=response)


_client: Any = None


def _parser_client(client_class: Any) -> Any:
    """The generated parser wants a client (only to read a flag); one idle instance serves every call."""
    global _client
    if _client is None:
        _client = client_class(base_url="http://unused.invalid")
    return _client
