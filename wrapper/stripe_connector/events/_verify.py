"""Verify and parse in one call: what a web framework's handler needs from a delivery."""

from __future__ import annotations

from collections.abc import Iterable

from ._event import Event, parse_event
from ._signature import DEFAULT_TOLERANCE, WebhookSecrets, verify_signature


def construct_event(
    payload: bytes,
    header: str | None,
    secrets: WebhookSecrets | str | Iterable[str],
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """The verified :class:`Event` in ``payload``: ``WebhookSignatureError`` if the signature does not hold,
    ``InvalidInputError`` (param ``payload``) if the signed body is not a Stripe event."""
    verify_signature(payload, header, secrets, tolerance=tolerance, now=now)
    return parse_event(payload)
