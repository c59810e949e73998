"""Errors as JSON: the one shape the CLI prints and the MCP server returns, so scripts and agents read them alike."""

from __future__ import annotations

from typing import Any

from .errors import (
    KEY_LIKE,
    REDACTED,
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


def error_payload(exc: BaseException) -> dict[str, Any]:
    """The ``{"error": {...}}`` object the CLI prints and the MCP server returns, for any exception.

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
    }
    if isinstance(exc, InvalidInputError):
        error.update(kind="invalid_input", type="invalid_input", param=exc.param)
    elif isinstance(exc, UsageError):
        error.update(kind="usage", type="usage_error")
    elif isinstance(exc, MissingDependencyError):
        error.update(kind="usage", type="missing_dependency")
    elif isinstance(exc, StripeAPIError):
        error.update(
            kind="stripe_api",
            type=exc.type,
            code=exc.code,
            param=exc.param,
            message=exc.message,
            request_id=exc.request_id,
            http_status=exc.http_status,
            decline_code=exc.decline_code,
        )
    elif isinstance(exc, StripeConnectionError):
        kind = "timeout" if isinstance(exc, StripeTimeoutError) else "connection_error"
        error.update(kind="connection", type=kind, attempts=exc.attempts)
    elif isinstance(exc, StripeResponseError):
        error.update(
            kind="response", type="unreadable_response", request_id=exc.request_id, http_status=exc.http_status
        )
    elif isinstance(exc, StripeConnectorError):
        error.update(kind="connector")
    return {"error": error}


def redact(text: str, secret: str | None) -> str:
    """``text`` with ``secret`` and anything shaped like a Stripe key replaced: a last guard on every error path.

    The pattern catches keys the run does not know (one typed as an argument, or echoed by a proxy); ``secret``
    catches a configured key of any shape.
    """
    if secret:
        text = text.replace(secret, REDACTED)
    return KEY_LIKE.sub(REDACTED, text)
