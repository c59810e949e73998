"""Receiving Stripe events without losing, duplicating or accepting a forged one (README "Events").

Verify (:func:`verify_signature`, :func:`construct_event`), store in a durable inbox (:func:`open_store`: SQLite or
PostgreSQL), receive over HTTP (:func:`webhook_app`, ``stripe-connector events serve``), hand on at least once
(:class:`Dispatcher`), catch up from ``/v1/events`` (:class:`EventPoller`), manage the endpoint
(:func:`ensure_webhook_endpoint`). Engines: ``events.celery`` and ``events.temporal``.

``import stripe_connector`` does not import this package, and this package imports each part on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._dispatch import AsyncDispatcher, Backoff, Dispatcher
    from ._endpoints import EndpointResult, aensure_webhook_endpoint, ensure_webhook_endpoint
    from ._event import Event, afetch_thin_event, fetch_thin_event, parse_event
    from ._poller import AsyncEventPoller, EventCursorExpiredError, EventPoller, PollResult
    from ._receiver import WebhookApp, webhook_app
    from ._signature import WebhookSecrets, signature_header, verify_signature
    from ._store import Cursor, InboxStore, StoredEvent, open_store
    from ._verify import construct_event

_EXPORTS = {
    "AsyncDispatcher": "_dispatch",
    "Backoff": "_dispatch",
    "Dispatcher": "_dispatch",
    "EndpointResult": "_endpoints",
    "aensure_webhook_endpoint": "_endpoints",
    "ensure_webhook_endpoint": "_endpoints",
    "Event": "_event",
    "afetch_thin_event": "_event",
    "fetch_thin_event": "_event",
    "parse_event": "_event",
    "AsyncEventPoller": "_poller",
    "EventCursorExpiredError": "_poller",
    "EventPoller": "_poller",
    "PollResult": "_poller",
    "WebhookApp": "_receiver",
    "webhook_app": "_receiver",
    "WebhookSecrets": "_signature",
    "signature_header": "_signature",
    "verify_signature": "_signature",
    "Cursor": "_store",
    "InboxStore": "_store",
    "StoredEvent": "_store",
    "open_store": "_store",
    "construct_event": "_verify",
}

__all__ = [
    "AsyncDispatcher",
    "AsyncEventPoller",
    "Backoff",
    "Cursor",
    "Dispatcher",
    "EndpointResult",
    "Event",
    "EventCursorExpiredError",
    "EventPoller",
    "InboxStore",
    "PollResult",
    "StoredEvent",
    "WebhookApp",
    "WebhookSecrets",
    "aensure_webhook_endpoint",
    "afetch_thin_event",
    "construct_event",
    "ensure_webhook_endpoint",
    "fetch_thin_event",
    "open_store",
    "parse_event",
    "signature_header",
    "verify_signature",
    "webhook_app",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
