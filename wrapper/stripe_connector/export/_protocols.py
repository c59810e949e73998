"""What the export schedulers use of a connector, as protocols: the clients import the schedulers (``export``), so
the schedulers name what they need instead of importing the clients back."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx

    from .._core.base import ConnectorCore
    from .._http.rate_limit import RateGate
    from .._types.options import PreparedRequest


class SyncConnector(Protocol):
    """``StripeConnector`` as ``_sync`` sees it."""

    core: ConnectorCore
    timeout: float

    @property
    def _closing(self) -> threading.Event: ...

    def _gate(self, request: PreparedRequest) -> RateGate: ...

    def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response: ...


class AsyncConnector(Protocol):
    """``AsyncStripeConnector`` as ``_async`` sees it."""

    core: ConnectorCore
    timeout: float

    def _gate(self, request: PreparedRequest) -> RateGate: ...

    async def _send(self, request: PreparedRequest, gate: RateGate | None = None) -> httpx.Response: ...
