"""Every error the connector raises, and the mapping from Stripe's error responses to them.

Callers branch on types, not on strings: a card decline is final, a rate limit is worth waiting for, a bad argument
is the caller's to fix. So each case a caller handles differently has its own class, all under
:class:`StripeConnectorError`, and nothing else escapes the connector's public methods.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._types.secrets import redact_keys


def _restore(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """Rebuild an exception from its class and ``args`` without calling ``__init__`` (whose signature differs)."""
    exc = cls.__new__(cls)
    exc.args = args
    return exc


class StripeConnectorError(Exception):
    """Base class of everything the connector raises.

    Messages never carry an API key (key-like text is redacted on the way in), and every subclass survives
    ``pickle`` (Celery results, multiprocessing) with its class and attributes: the default exception pickling
    calls ``cls(*args)``, which the subclasses' keyword-only signatures do not accept.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact_keys(arg) for arg in args))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args), redact_keys(self.__dict__) or None)

    def __setstate__(self, state: Mapping[str, Any] | None) -> None:
        if state:
            self.__dict__.update(state)


class InvalidInputError(StripeConnectorError, ValueError):
    """An argument is wrong; raised before anything is sent. ``param`` names the argument (e.g. ``"amount"``)."""

    def __init__(self, param: str, message: str, *, path: str | None = None, allowed: list[Any] | None = None) -> None:
        self.param = redact_keys(param)
        self.message = redact_keys(message)
        #: Where inside ``param`` the mistake is (``mandate_data.customer_acceptance.accepted_at``); ``param``
        #: itself for a top-level mistake.
        self.path = redact_keys(path) if path else self.param
        #: For a value outside an enum: the values allowed (at most a dozen), else None.
        self.allowed = allowed
        super().__init__(f"{param}: {message}")


class ConnectorClosedError(StripeConnectorError, RuntimeError):
    """The connector was closed (``close()``, ``aclose()`` or the end of its ``with`` block); nothing was sent."""


class StripeConnectionError(StripeConnectorError):
    """Stripe could not be reached (connection failure or timeout), after the last retry.

    For a POST, the request may or may not have been applied: retry it with the same ``idempotency_key`` (or the
    same ``idempotency_scope``) and Stripe answers the original result instead of acting twice.
    """

    def __init__(self, message: str, *, attempts: int) -> None:
        self.attempts = attempts
        super().__init__(f"{message} (after {attempts} attempt{'s' if attempts != 1 else ''})")


class StripeTimeoutError(StripeConnectionError):
    """The request timed out (connect, read or write), after the last retry."""


class RateBudgetTimeoutError(StripeTimeoutError):
    """The call's time bound would have run out while it waited for the rate budget, so it ends at once instead.

    The attempt it would have made was not sent and the budget was not charged for it; ``attempts`` counts the
    attempts sent before (0: nothing at all reached Stripe). See ``RateGate.wait`` for the bound that governs.
    """


class StripeResponseError(StripeConnectorError):
    """Stripe answered something the connector cannot read (not JSON, or not the shape the spec promises)."""

    def __init__(self, message: str, *, http_status: int | None = None, request_id: str | None = None) -> None:
        self.http_status = http_status
        self.request_id = redact_keys(request_id)
        super().__init__(message + (f" (request id: {request_id})" if request_id else ""))


class WebhookSignatureError(StripeConnectorError, ValueError):
    """A webhook delivery failed verification; ``reason`` says which check (never the secret or a signature).

    ``reason`` is one of ``missing_header``, ``malformed_header``, ``no_timestamp``, ``no_signature``,
    ``timestamp_too_old``, ``timestamp_in_future``, ``signature_mismatch``, ``no_secret``, ``malformed_secret``.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")


class StripeAPIError(StripeConnectorError):
    """Stripe answered with an error. The fields are Stripe's ``error`` object, plus status and request id."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        type: str | None = None,
        code: str | None = None,
        decline_code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        error: Mapping[str, Any] | None = None,
    ) -> None:
        self.message = redact_keys(message)
        self.http_status = http_status
        self.type = redact_keys(type)
        self.code = redact_keys(code)
        self.decline_code = redact_keys(decline_code)
        self.param = redact_keys(param)
        self.request_id = redact_keys(request_id)
        #: Stripe's whole ``error`` object, for fields this class does not name (``doc_url``, ``payment_intent``...).
        self.error: Mapping[str, Any] = redact_keys(error) if error else {}
        super().__init__(self._describe())

    def _describe(self) -> str:
        details = [f"http {self.http_status}"]
        for label, value in (
            ("type", self.type),
            ("code", self.code),
            ("decline_code", self.decline_code),
            ("param", self.param),
            ("request id", self.request_id),
        ):
            if value:
                details.append(f"{label}: {value}")
        return f"{self.message} ({'; '.join(details)})"


class CardError(StripeAPIError):
    """The card was declined or is invalid (``card_error``, usually 402). Final: retrying will not help."""


class InvalidRequestError(StripeAPIError):
    """Stripe rejected the request's parameters (``invalid_request_error``, 400)."""


class NotFoundError(InvalidRequestError):
    """The object does not exist (404, ``resource_missing``)."""


class AuthenticationError(StripeAPIError):
    """The API key is missing, wrong or revoked (401)."""


class StripePermissionError(StripeAPIError):
    """The key is valid but may not do this (403), e.g. a restricted key without the permission.

    ``required_permission`` is the permission Stripe names in its message ("Having the 'rak_charge_read'
    permission would allow this request to continue"), or None when it names none.
    """

    @property
    def required_permission(self) -> str | None:
        import re

        found = re.search(r"\b(rak_[a-z0-9_]{1,100})\W{1,3}permission\b", self.message or "")
        return found.group(1) if found else None


class RateLimitError(StripeAPIError):
    """Too many requests (429), after the retries the policy allowed."""


class IdempotencyError(StripeAPIError):
    """An idempotency key was reused with different parameters (``idempotency_error``)."""


class StripeServerError(StripeAPIError):
    """Stripe failed (5xx), after the retries the policy allowed."""


def api_error_from_response(status: int, body: bytes, request_id: str | None) -> StripeAPIError:
    """The typed error for an error response; copes with bodies that are not Stripe's JSON (proxies, fakes)."""
    error: Mapping[str, Any] = {}
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or JSON nested deeper than Python's recursion limit
        decoded = None
    if isinstance(decoded, dict) and isinstance(decoded.get("error"), dict):
        error = decoded["error"]
    message = error.get("message") if isinstance(error.get("message"), str) else None
    if message is None:
        text = body[:200].decode("utf-8", "replace").strip()
        message = f"Stripe returned HTTP {status}" + (f": {text}" if text else "")
    error_type = _text(error.get("type"))
    return _error_class(status, error_type)(
        message,
        http_status=status,
        type=error_type,
        code=_text(error.get("code")),
        decline_code=_text(error.get("decline_code")),
        param=_text(error.get("param")),
        request_id=request_id,
        error=error,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _error_class(status: int, error_type: str | None) -> type[StripeAPIError]:
    if error_type == "card_error":
        return CardError
    if error_type == "idempotency_error":
        return IdempotencyError
    by_status: dict[int, type[StripeAPIError]] = {
        401: AuthenticationError,
        402: CardError,
        403: StripePermissionError,
        404: NotFoundError,
        429: RateLimitError,
    }
    if status in by_status:
        return by_status[status]
    if status >= 500:
        return StripeServerError
    if error_type == "invalid_request_error" or 400 <= status < 500:
        return InvalidRequestError
    return StripeAPIError


__all__ = [
    "AuthenticationError",
    "CardError",
    "ConnectorClosedError",
    "IdempotencyError",
    "InvalidInputError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "StripeAPIError",
    "StripeConnectionError",
    "StripeConnectorError",
    "StripePermissionError",
    "StripeResponseError",
    "StripeServerError",
    "StripeTimeoutError",
    "api_error_from_response",
    "redact_keys",
]
