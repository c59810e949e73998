"""The Stripe doubles: one server (:class:`DoubleServer`, on 127.0.0.1 or a Unix socket, stopped cleanly), and the
behaviours built on it: scripted answers and faults (:class:`ScriptedStripe`), customers with Stripe's rate limits,
idempotency and injected faults (:class:`CustomerStripe`), big lists with ``created`` filters and Stripe's paging
(:class:`ListStripe`), webhook endpoints and events (:class:`EventStripe`)."""

from ._limits import RateLimits, list_page
from ._server import DoubleServer, Recorded, Reply, ServerConfig, closed_port, error_body, stripe_reply
from .customers import CustomerStripe, achieved_rate, fetch_stats
from .events import EventStripe
from .lists import ListStripe, spread
from .scripted import ScriptedStripe, running_scripted

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
