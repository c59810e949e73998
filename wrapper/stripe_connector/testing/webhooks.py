"""Signing a test webhook delivery as Stripe does, so a receiver can be tested with deliveries it must accept."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any


def sign_webhook(payload: bytes | str, secret: str, timestamp: int | None = None) -> str:
    """The ``Stripe-Signature`` header value Stripe would send with ``payload`` (the exact bytes of the body) for
    the endpoint secret ``secret`` (``whsec_...``), signed at ``timestamp`` (Unix seconds; now by default).

    stripe-python's ``stripe.Webhook.construct_event`` and this package's ``verify_signature`` accept it. Bad input
    is a ``TypeError`` or ``ValueError`` naming the parameter (a malformed secret: ``WebhookSignatureError``, reason
    ``malformed_secret``), and the secret never appears in the message.
    """
    from stripe_connector.events import signature_header

    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    if not isinstance(payload, bytes):
        raise TypeError(f"payload must be bytes or str (the exact body sent), not {type(payload).__name__}")
    if not isinstance(secret, str):
        raise TypeError(f"secret must be a str (whsec_...), not {type(secret).__name__}")
    if timestamp is not None and (isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0):
        raise ValueError(f"timestamp must be Unix seconds (a non-negative int), not {timestamp!r}")
    # A secret that is not whsec_... is the WebhookSignatureError (a ValueError) verification raises for it.
    return signature_header(payload, secret, int(time.time()) if timestamp is None else timestamp)


def signed_delivery(
    event: Mapping[str, Any], secret: str, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a delivery of ``event`` (JSON-encoded here): post them to the receiver under test."""
    body = json.dumps(event).encode("utf-8")
    headers = {"Content-Type": "application/json", "Stripe-Signature": sign_webhook(body, secret, timestamp)}
    return body, headers
