"""Verify and parse in one call: what a web framework's handler needs from a delivery."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from ._event import Event, parse_event
from ._signature import SignatureChecks, WebhookSecrets, verify_signature


def construct_event(
    payload: bytes,
    header: str | None,
    secrets: WebhookSecrets | str | Iterable[str] | None,
    **checks: Unpack[SignatureChecks],
) -> Event:
    """The verified :class:`Event` in ``payload``: ``WebhookSignatureError`` if the signature does not hold,
    ``InvalidInputError`` (param ``payload``) if the signed body is not a Stripe event. ``checks``: ``tolerance``
    and ``now``, as :func:`verify_signature` takes them."""
    verify_signature(payload, header, secrets, **checks)
    return parse_event(payload)
