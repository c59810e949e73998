"""The Stripe doubles: one server (:class:`DoubleServer`, on 127.0.0.1 or a Unix socket, stopped cleanly), and the
behaviours built on it: scripted answers and faults (:class:`ScriptedStripe`), customers with Stripe's rate limits,
idempotency and injected faults (:class:`CustomerStripe`), big lists with ``created`` filters and Stripe's paging
(:class:`ListStripe`), webhook endpoints and events (:class:`EventStripe`).

Names load on first access: ``python -m stripe_connector.testing.doubles.lists`` (a double in a process of its own)
must not find its own module already imported by this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._types.lazy import lazy_package

if TYPE_CHECKING:
    from ._limits import RateLimits as RateLimits
    from ._limits import list_page as list_page
    from ._server import DoubleServer as DoubleServer
    from ._server import Recorded as Recorded
    from ._server import Reply as Reply
    from ._server import ServerConfig as ServerConfig
    from ._server import closed_port as closed_port
    from ._server import error_body as error_body
    from ._server import stripe_reply as stripe_reply
    from .customers import CustomerStripe as CustomerStripe
    from .customers import achieved_rate as achieved_rate
    from .customers import fetch_stats as fetch_stats
    from .events import EventStripe as EventStripe
    from .lists import ListStripe as ListStripe
    from .lists import spread as spread
    from .scripted import ScriptedStripe as ScriptedStripe
    from .scripted import running_scripted as running_scripted

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


#: Every lazy name is public (the imports above re-export them with ``as``, for type checkers).
__getattr__, __dir__, __all__ = lazy_package(__name__, _LAZY)
