"""Errors as JSON: the one shape the CLI prints, the MCP server returns and the workflow engines record (Celery
task errors, Temporal ``ApplicationError`` details), so scripts, agents and workflow histories read them alike.

``{"error": {"kind", "type", "code", "param", "message", "request_id", "http_status", "class", "retryable", ...}}``:
``kind`` says whose fault it is, ``type`` is Stripe's error type (or the connector's name for the case), ``class``
the connector's exception class and ``retryable`` whether another attempt with the same idempotency key may help.
"""

from __future__ import annotations

from typing import Any

from .._types.secrets import redact
from ..errors import (
    InvalidInputError,
    StripeAPIError,
    StripeConnectionError,
    StripeConnectorError,
    StripeResponseError,
    StripeTimeoutError,
)


class UsageError(Exception):
    """The command line itself is wrong (argparse's complaint, or options that do not go together)."""


class MissingDependencyError(Exception):
    """An optional extra the subcommand needs is not installed."""


#: What the error of a Stripe API answer reports: the attributes of :class:`StripeAPIError` of the same names.
_API_ERROR_FIELDS = ("type", "code", "param", "message", "request_id", "http_status", "decline_code")


def error_payload(exc: BaseException) -> dict[str, Any]:
    """The ``{"error": {...}}`` object the CLI prints and the MCP server returns, for any exception."""
    return {"error": error_object(exc)}


def error_object(exc: BaseException) -> dict[str, Any]:
    """The error itself (what ``error_payload`` wraps, and what the workflow engines keep as details).

    Every field is always present (``null`` when it does not apply), so consumers can read them without guessing.
    """
    error: dict[str, Any] = {
        "kind": "internal",
        "type": type(exc).__name__,
        "code": None,
        "param": None,
        "message": str(exc),
        "request_id": None,
        "http_status": None,
        "class": type(exc).__name__,
        "retryable": _retryable(exc),
    }
    if isinstance(exc, InvalidInputError):
        error.update(kind="invalid_input", type="invalid_input", param=exc.param, path=exc.path)
        if exc.allowed is not None:
            error["allowed"] = exc.allowed
    elif isinstance(exc, UsageError):
        error.update(kind="usage", type="usage_error")
    elif isinstance(exc, MissingDependencyError):
        error.update(kind="usage", type="missing_dependency")
    elif isinstance(exc, StripeAPIError):
        error.update({field: getattr(exc, field) for field in _API_ERROR_FIELDS}, kind="stripe_api")
    elif isinstance(exc, StripeConnectionError):
        kind = "timeout" if isinstance(exc, StripeTimeoutError) else "connection_error"
        error.update(kind="connection", type=kind, attempts=exc.attempts)
    elif isinstance(exc, StripeResponseError):
        error.update(
            kind="response", type="unreadable_response", request_id=exc.request_id, http_status=exc.http_status
        )
    elif isinstance(exc, StripeConnectorError):
        error.update(kind="connector")
    return error


__all__ = ["MissingDependencyError", "UsageError", "error_object", "error_payload", "redact"]


def _retryable(exc: BaseException) -> bool:
    """The retry policy's word on ``exc`` (imported here: its date parsing is not for a process that never fails)."""
    from .._http.retry import is_retryable

    return is_retryable(exc)
