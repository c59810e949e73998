"""After each attempt: log it, and decide whether to try again (and after how long) or how the call ends.

Sans-IO and shared by the sync and async send loops: they report what an attempt produced (a response, or the
exception that ended it) and get back a delay, None (the response is final) or the typed error to raise.
"""

from __future__ import annotations

import logging
import time

import httpx

from .._types.options import PreparedRequest
from ..errors import StripeConnectionError, StripeConnectorError, StripeResponseError, StripeTimeoutError
from .retry import RetryPolicy
from .transport import AnswerTooLarge

logger = logging.getLogger("stripe_connector")


class AttemptJudge:
    """The decisions after an attempt, for a class that holds a ``retry_policy`` (``ConnectorCore``)."""

    __slots__ = ()
    retry_policy: RetryPolicy

    def after_response(
        self,
        request: PreparedRequest,
        response: httpx.Response,
        retries_done: int,
        started: float,
        time_left: float | None = None,
    ) -> float | None:
        """Log the attempt; return seconds to wait before retrying, or None when ``response`` is final.

        ``time_left`` is what remains of the call's overall deadline: a retry that could not start before it is
        not attempted, and this answer is final.
        """
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):  # the request id is looked up only for a line that is written
            log_attempt(request, status, response.headers.get("request-id"), retries_done + 1, started)
        if status < 300 or not self.retry_policy.should_retry_response(status, response.headers, retries_done):
            return None
        delay = self.retry_policy.delay(retries_done, response.headers.get("retry-after"))
        return None if time_left is not None and delay >= time_left else delay

    def after_failure(
        self,
        request: PreparedRequest,
        exc: Exception,
        retries_done: int,
        started: float,
        time_left: float | None = None,
    ) -> float | StripeConnectorError:
        """Log the attempt; return seconds to wait, or the typed error to raise when no retry is left.

        The error is returned, not raised, so the caller raises it outside its ``except`` block: the httpx
        exception (whose request holds the key in its headers) must not ride along as ``__context__``. A body that
        arrived but cannot be decoded (corrupt gzip) or is larger than the cap is the server's answer, not a
        failure to reach it: :class:`StripeResponseError`, not retried.
        """
        log_attempt(request, type(exc).__name__, None, retries_done + 1, started)
        if isinstance(exc, httpx.DecodingError | AnswerTooLarge):
            reason = str(exc) if isinstance(exc, AnswerTooLarge) else "its body could not be decoded (corrupt?)"
            return StripeResponseError(f"{request.tool}: Stripe's answer could not be read: {reason}")
        retryable = isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
        if retryable and self.retry_policy.should_retry_failure(retries_done):
            delay = self.retry_policy.delay(retries_done)
            if time_left is None or delay < time_left:
                return delay
        error_class = StripeTimeoutError if isinstance(exc, httpx.TimeoutException) else StripeConnectionError
        return error_class(
            f"{request.method} {request.target.split('?')[0]}: could not reach Stripe: {type(exc).__name__}: {exc}",
            attempts=retries_done + 1,
        )


def log_attempt(
    request: PreparedRequest,
    status: int | str,
    request_id: str | None,
    attempt: int,
    started: float,
) -> None:
    """One DEBUG line per attempt: method, path (no query: it may hold personal data), status, request id, time."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s (request id %s, attempt %d, %.1f ms)",
            request.method,
            request.target.split("?")[0],
            status,
            request_id or "-",
            attempt,
            (time.perf_counter() - started) * 1000,
        )
