"""``Connections``: a platform's Stripe connections by id, each a connector built on first use.

A workflow platform stores one key per connection (a customer's key, or the platform's key and a connected
account, or an organisation key and a context) and runs every workflow on shared workers. A connector costs a few
microseconds and about a kilobyte (the transport is the process's, see ``_http.shared``), so this object only has
to find the right one: ``connections.get(connection_id)`` resolves the id with the platform's own function on first
use and keeps the connector, at most ``max_size`` of them (least recently used first out). A connector that falls
out is not closed: it holds no connection of its own, and a call of it may still be running in another thread.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from .._types.secrets import refuse_pickling
from ..errors import InvalidInputError
from .async_client import AsyncStripeConnector
from .sync_client import StripeConnector

ConnectorT = TypeVar("ConnectorT", StripeConnector, AsyncStripeConnector)

#: What a resolver returns for a connection id: its key, or the connector's options (``api_key`` among them, and
#: e.g. ``stripe_account``, ``stripe_context``, ``allowed_tools``, ``max_in_flight``).
Resolved = str | Mapping[str, Any]


def _checked_id(connection_id: object) -> str:
    if not isinstance(connection_id, str) or not 0 < len(connection_id) <= 255 or not connection_id.isprintable():
        raise InvalidInputError("connection_id", "must be a printable string of 1 to 255 characters")
    return connection_id


class Connections(Generic[ConnectorT]):
    """Connection id -> connector, built lazily from ``resolve(connection_id)``; thread-safe and bounded.

    ``Connections(resolve, *, max_size=10_000, connector_class=StripeConnector, **options)``: ``options`` apply to
    every connector (``base_url``, ``timeout``, ``max_in_flight`` ...); what ``resolve`` returns for one connection
    wins over them. ``resolve`` runs outside the lock (it may read a database or a vault); if two threads resolve
    one id at once, one connector is kept. ``forget(connection_id)`` drops one (its key was rotated or removed).
    """

    def __init__(
        self,
        resolve: Callable[[str], Resolved],
        *,
        max_size: int = 10_000,
        connector_class: type[ConnectorT] = StripeConnector,  # type: ignore[assignment]
        **options: Any,
    ) -> None:
        if not callable(resolve):
            raise InvalidInputError("resolve", "must be a function from a connection id to a key or options")
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            raise InvalidInputError("max_size", "must be an integer >= 1")
        if "api_key" in options:
            raise InvalidInputError("api_key", "comes from resolve, one per connection, not from the shared options")
        self._resolve = resolve
        self._max_size = max_size
        self._connector_class: type[ConnectorT] = connector_class
        self._options = options
        self._lock = threading.Lock()
        self._connectors: OrderedDict[str, ConnectorT] = OrderedDict()
        if hasattr(os, "register_at_fork"):  # a lock held by a parent's thread at the fork must not block the child
            ref = weakref.ref(self)
            os.register_at_fork(after_in_child=lambda: _renew_lock(ref))

    def get(self, connection_id: str) -> ConnectorT:
        """The connector of ``connection_id`` (resolved and built on first use)."""
        _checked_id(connection_id)
        with self._lock:
            connector = self._connectors.get(connection_id)
            if connector is not None:
                self._connectors.move_to_end(connection_id)
                return connector
        connector = self._build(self._resolve(connection_id))
        with self._lock:
            kept = self._connectors.setdefault(connection_id, connector)
            self._connectors.move_to_end(connection_id)
            while len(self._connectors) > self._max_size:
                self._connectors.popitem(last=False)
        return kept

    __getitem__ = get

    def _build(self, resolved: Resolved) -> ConnectorT:
        if isinstance(resolved, str):
            connector: ConnectorT = self._connector_class(resolved, **self._options)
            return connector
        if isinstance(resolved, Mapping) and "api_key" in resolved:
            options = {**self._options, **resolved}
            connector = self._connector_class(**options)
            return connector
        raise InvalidInputError("resolve", "must return the connection's key, or a mapping of options with api_key")

    def forget(self, connection_id: str) -> ConnectorT | None:
        """Drop a connection (the next ``get`` resolves it again); returns its connector, not closed, or None."""
        with self._lock:
            return self._connectors.pop(connection_id, None)

    def __contains__(self, connection_id: object) -> bool:
        return connection_id in self._connectors

    def __len__(self) -> int:
        return len(self._connectors)

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    def __repr__(self) -> str:
        return f"Connections({len(self)} of at most {self._max_size}, {self._connector_class.__name__})"


def _renew_lock(ref: weakref.ref[Connections[Any]]) -> None:
    connections = ref()
    if connections is not None:
        connections._lock = threading.Lock()
