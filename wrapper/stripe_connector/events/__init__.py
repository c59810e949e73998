"""Receiving Stripe events without losing, duplicating or accepting a forged one (docs/guides/events.md).

Verify (:func:`verify_signature`, :func:`construct_event`), store in a durable inbox (:func:`open_store`: SQLite or
PostgreSQL), receive over HTTP (:func:`webhook_app`, ``stripe-connector events serve``), hand on at least once
(:class:`Dispatcher`), catch up from ``/v1/events`` (:class:`EventPoller`), manage the endpoint
(:func:`ensure_webhook_endpoint`). The engines' hand-offs: ``stripe_connector.celery`` and ``.temporal``.

Importing it loads only the standard library and attrs (``import stripe_connector`` does not import it): uvicorn,
psycopg, Celery and Temporal are imported by the parts that use them, when they are used.
"""

from __future__ import annotations

from .._request.connection_id import check_connection_id, is_connection_id
from ._connection_secrets import SecretsDirectory, SecretsResolver
from ._construct import construct_event
from ._dispatch import AsyncDispatcher, Backoff, Dispatcher
from ._endpoints import EndpointResult, WebhookEndpointLimitError, aensure_webhook_endpoint, ensure_webhook_endpoint
from ._event import Event, afetch_thin_event, fetch_thin_event, parse_event
from ._open import open_store
from ._poller import AsyncEventPoller, EventCursorExpiredError, EventPoller, PollResult
from ._receiver import WebhookApp, webhook_app
from ._signature import WebhookSecrets, signature_header, verify_signature
from ._store import Cursor, InboxStore, StoredEvent

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
    "SecretsDirectory",
    "SecretsResolver",
    "StoredEvent",
    "WebhookApp",
    "WebhookEndpointLimitError",
    "WebhookSecrets",
    "aensure_webhook_endpoint",
    "afetch_thin_event",
    "check_connection_id",
    "construct_event",
    "ensure_webhook_endpoint",
    "fetch_thin_event",
    "is_connection_id",
    "open_store",
    "parse_event",
    "signature_header",
    "verify_signature",
    "webhook_app",
]
