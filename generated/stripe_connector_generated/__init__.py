"""A client library for accessing Stripe API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    """Load the client on first use: importing a model or the encoder should not import httpx's client setup."""
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(name)
