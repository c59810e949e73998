"""The Stripe doubles: one server (:class:`DoubleServer`, on 127.0.0.1 or a Unix socket, stopped cleanly), and the
behaviours built on it: scripted answers and faults (:class:`ScriptedStripe`), customers with Stripe's rate limits,
idempotency and injected faults (:class:`CustomerStripe`), big lists with ``created`` filters and Stripe's paging
(:class:`ListStripe`), webhook endpoints and events (:class:`EventStripe`).

Names load on first access: ``python -m stripe_connector.testing.doubles.lists`` (a double in a process of its own)
must not find its own module already imported by this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._types.lazy import lazy_names

if TYPE_CHECKING:
    from ._limits import RateLimits, list_page
    from ._server import DoubleServer, Recorded, Reply, ServerConfig, closed_port, error_body, stripe_reply
    from .customers import CustomerStripe, achieved_rate, fetch_stats
    from .events import EventStripe
    from .lists import ListStripe, spread
    from .scripted import ScriptedStripe, running_scripted

_LAZY = {
    "RateLimits": "._limits",
    "list_page": "._limits",
    "DoubleServer": "._server",
    "Recorded": "._server",
    "Reply": "._server",
    "ServerConfig": "._server",
    "closed_port": "._server",
    "error_body": "._server",
    "stripe_reply": "._server",
    "CustomerStripe": ".customers",
    "achieved_rate": ".customers",
    "fetch_stats": ".customers",
    "EventStripe": ".events",
    "ListStripe": ".lists",
    "spread": ".lists",
    "ScriptedStripe": ".scripted",
    "running_scripted": ".scripted",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY)


__all__ = [
    "CustomerStripe",
    "DoubleServer",
    "EventStripe",
    "ListStripe",
    "RateLimits",
    "Recorded",
    "Reply",
    "ScriptedStripe",
    "ServerConfig",
    "achieved_rate",
    "closed_port",
    "error_body",
    "fetch_stats",
    "list_page",
    "running_scripted",
    "spread",
    "stripe_reply",
]
