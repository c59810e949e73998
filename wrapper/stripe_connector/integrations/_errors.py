"""Which connector errors a workflow engine should retry, and the plain-JSON details of an error.

An engine retries what it is told to retry: a rate limit, a Stripe 5xx, a network failure or a 409 (a concurrent
request on the same object or idempotency key) are worth another attempt with the same idempotency key; a bad
argument, a card decline, a missing object or a bad key stay wrong however often they are retried, so they must be
marked final (Temporal's default policy would otherwise retry an ``InvalidInputError`` forever).
"""

from __future__ import annotations

from typing import Any

from ..errors import (
    InvalidInputError,
    StripeAPIError,
    StripeConnectionError,
    StripeConnectorError,
    StripeResponseError,
    StripeServerError,
)

RETRYABLE_STATUSES = frozenset({409, 429, 500, 502, 503, 504})


def is_retryable(exc: BaseException) -> bool:
    """Whether another attempt (with the same idempotency key) may succeed."""
    if isinstance(exc, StripeConnectionError | StripeServerError):
        return True
    if isinstance(exc, StripeAPIError):
        return exc.http_status in RETRYABLE_STATUSES
    return False


def error_details(exc: StripeConnectorError) -> dict[str, Any]:
    """What a workflow history or a task result should keep of an error: its class, Stripe's fields, no secrets.

    The connector's messages never carry the API key (see ``errors``), so the message is kept as it is.
    """
    details: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc), "retryable": is_retryable(exc)}
    if isinstance(exc, InvalidInputError):
        details["param"] = exc.param
    if isinstance(exc, StripeAPIError):
        details.update(
            http_status=exc.http_status,
            stripe_type=exc.type,
            code=exc.code,
            decline_code=exc.decline_code,
            param=exc.param,
            request_id=exc.request_id,
        )
    if isinstance(exc, StripeResponseError):
        details.update(http_status=exc.http_status, request_id=exc.request_id)
    if isinstance(exc, StripeConnectionError):
        details["attempts"] = exc.attempts
    return details
