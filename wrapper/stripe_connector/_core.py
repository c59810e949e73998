"""The sans-IO core shared by the sync and async connectors: everything but sending bytes.

``prepare`` turns a tool name and its arguments into a :class:`PreparedRequest` (validated, defaults applied,
encoded, headers and idempotency key set) once per logical call; the send loops in ``client`` and ``async_client``
only move that request over HTTP, ask this core whether to retry, and hand the response back to ``read_json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import quote, urlencode, urlsplit

from ._rate_limit import account_digest
from ._retry import RetryPolicy
from .errors import (
    InvalidInputError,
    StripeConnectionError,
    StripeConnectorError,
    StripeResponseError,
    StripeTimeoutError,
    api_error_from_response,
)

if TYPE_CHECKING:
    import httpx

    from ._catalogue import Tool

__version__ = "0.1.0"
DEFAULT_BASE_URL = "https://api.stripe.com"
USER_AGENT = f"stripe-connector/{__version__} (python; httpx)"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"
#: The longest path and query string sent (httpx's own limit): a longer one is an input error, not httpx's crash.
MAX_TARGET_LENGTH = 65_536

logger = logging.getLogger("stripe_connector")

API_KEY_PATTERN = re.compile(r"(sk|rk)_(test|live)_[A-Za-z0-9_]+")
ACCOUNT_PATTERN = re.compile(r"acct_[A-Za-z0-9]+")
IDEMPOTENCY_KEY_PATTERN = re.compile(r"[\x21-\x7e]{1,255}")  # printable ASCII, no spaces: it is a header value
#: ``2023-10-16`` or ``2024-09-30.acacia``: a header value, so no spaces, CR/LF or non-ASCII can get through.
STRIPE_VERSION_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[A-Za-z0-9_-]{1,40})?")

#: What identifies a workflow step for replay-safe idempotency: a string, or a few strings (run id, step id).
IdempotencyScope = str | Sequence[str] | Mapping[str, str]


class RequestOptions(TypedDict, total=False):
    """How one call is sent, beside its tool and arguments (``call``, ``dry_run``, typed methods).

    ``idempotency_key``: the key of a POST (Stripe replays its first answer for 24 hours); ``idempotency_scope``:
    what identifies a workflow step (``[run_id, step_id]``), from which a stable key is derived; ``stripe_account``:
    a connected account (``acct_...``); ``strict``: the arguments follow ``tool.strict_input_schema``.
    """

    idempotency_key: str | None
    idempotency_scope: IdempotencyScope | None
    stripe_account: str | None
    strict: bool


class PageOptions(TypedDict, total=False):
    """How ``paginate`` walks: ``max_items`` (None: all) and ``stripe_account`` (a connected account)."""

    max_items: int | None
    stripe_account: str | None


class PreparedRequest:
    """One logical request, ready to send (and to re-send unchanged on retry).

    A plain slotted class rather than a dataclass: it is built on every call and defined at import time, where
    dataclass generation would cost about a millisecond of the connector's import budget.
    """

    __slots__ = ("body", "headers", "method", "operation", "target", "tool")

    def __init__(
        self,
        tool: str,
        method: str,
        target: str,
        body: str | None,
        headers: dict[str, str],
        operation: str | None = None,
    ) -> None:
        self.tool = tool
        self.method = method
        #: Path and query string, e.g. ``/v1/customers?limit=10&email=a%40b.c``.
        self.target = target
        self.body = body
        self.headers = headers
        #: ``"GET /v1/customers"``: the Stripe operation whose model parses the answer (None for raw_request).
        self.operation = operation

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.target.split('?')[0]}, tool={self.tool!r})"


def is_live_key(api_key: str) -> bool:
    """``sk_live_`` and ``rk_live_`` keys move real money."""
    return api_key[2:8] == "_live_"


def check_api_key(api_key: object, *, allow_live: bool) -> str:
    """A Stripe secret (``sk_``) or restricted (``rk_``) key; the message never repeats the key."""
    if not isinstance(api_key, str) or not API_KEY_PATTERN.fullmatch(api_key):
        raise InvalidInputError(
            "api_key",
            "must be a Stripe secret or restricted key (sk_test_..., sk_live_..., rk_test_..., rk_live_...)",
        )
    if is_live_key(api_key) and not allow_live:
        raise InvalidInputError("api_key", "is a live-mode key; pass allow_live=True to use live mode on purpose")
    return api_key


def check_base_url(base_url: object) -> str:
    """An http(s) origin with an optional path prefix; no credentials, query or fragment.

    Malformed URLs (an unclosed ``[``, a port out of range, spaces or control characters) are refused here, at
    construction, rather than surfacing on the first call as a connection failure the caller would retry.
    """
    if not isinstance(base_url, str):
        raise InvalidInputError("base_url", "must be a string like https://api.stripe.com")
    if not base_url.isprintable() or any(char.isspace() for char in base_url):
        raise InvalidInputError("base_url", "must not contain spaces or control characters")
    try:
        parts = urlsplit(base_url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number in 0-65535)
    except ValueError:
        raise InvalidInputError("base_url", "is not a valid URL (like https://api.stripe.com)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError("base_url", "must be an http(s) URL like https://api.stripe.com")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidInputError("base_url", "must not carry credentials, a query or a fragment")
    import httpx

    try:
        httpx.URL(base_url)
    except (httpx.InvalidURL, ValueError):
        raise InvalidInputError("base_url", "is not a valid URL (like https://api.stripe.com)") from None
    return base_url.rstrip("/")


def check_stripe_version(stripe_version: object) -> str | None:
    """None (the generated spec's version) or a Stripe API version like ``2023-10-16``; it becomes a header."""
    if stripe_version is None:
        return None
    if not isinstance(stripe_version, str) or not STRIPE_VERSION_PATTERN.fullmatch(stripe_version):
        raise InvalidInputError("stripe_version", "must be a Stripe API version like 2023-10-16 (ASCII, one line)")
    return stripe_version


def refuse_pickling(obj: object) -> None:
    """Objects holding the API key refuse ``pickle``: the key must not travel through a broker or a queue."""
    raise TypeError(
        f"{type(obj).__name__} cannot be pickled: it holds the API key, which must not travel through a broker, "
        "a queue or a file; create the connector in each process instead (read the key from its environment)"
    )


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def scoped_idempotency_key(
    scope: IdempotencyScope, tool: str, arguments: Mapping[str, Any], account: str | None
) -> str:
    """The same key for the same step, tool and (normalised) arguments: a replayed step gets Stripe's first answer.

    Any change to the scope, the tool, an argument or the connected account gives a different key, so a changed
    request is never mistaken for a replay.
    """
    from ._validation import check_value

    check_value("idempotency_scope", scope, 0, ())
    if isinstance(scope, str):
        scope_value: Any = scope
    elif isinstance(scope, Mapping):
        scope_value = {str(k): str(v) for k, v in scope.items()}
    elif isinstance(scope, Sequence):
        scope_value = [str(part) for part in scope]
    else:
        raise InvalidInputError("idempotency_scope", "must be a string, a list of strings or a mapping of strings")
    if not scope_value:
        raise InvalidInputError("idempotency_scope", "must not be empty")
    material = canonical_json({"scope": scope_value, "tool": tool, "arguments": arguments, "account": account})
    return "scope-" + hashlib.sha256(material.encode("utf-8")).hexdigest()


class ConnectorCore:
    """Configuration plus the pure steps of a call; shared, immutable and thread-safe."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        retry_policy: RetryPolicy,
        stripe_version: str | None = None,
        max_amount: Mapping[str, int] | None = None,
        allow_live: bool = False,
        allowed_tools: Collection[str] | None = None,
    ) -> None:
        self._api_key = check_api_key(api_key, allow_live=allow_live)
        self.base_url = check_base_url(base_url)
        self.retry_policy = retry_policy
        self._stripe_version = check_stripe_version(stripe_version)
        self.max_amount = self._check_caps(max_amount)
        if isinstance(allowed_tools, str | bytes):
            raise InvalidInputError("allowed_tools", "must be a collection of tool names, not one string")
        self.allowed_tools = frozenset(allowed_tools) if allowed_tools is not None else None
        self.livemode = is_live_key(api_key)
        #: Names this key's rate budgets (``_rate_limit``): a digest, never the key.
        self.rate_account = account_digest(api_key)

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    @staticmethod
    def _check_caps(max_amount: Mapping[str, int] | None) -> dict[str, int]:
        caps: dict[str, int] = {}
        for currency, cap in (max_amount or {}).items():
            if not (isinstance(currency, str) and re.fullmatch("[A-Za-z]{3}", currency)):
                raise InvalidInputError("max_amount", f"keys are 3-letter currency codes, got {currency!r}")
            if not isinstance(cap, int) or isinstance(cap, bool) or cap < 0:
                raise InvalidInputError("max_amount", f"the cap for {currency} must be an integer >= 0")
            caps[currency.lower()] = cap
        return caps

    def __repr__(self) -> str:
        mode = "live" if self.livemode else "test"
        return f"ConnectorCore(base_url={self.base_url!r}, mode={mode!r}, api_key=<redacted>)"

    @property
    def stripe_version(self) -> str:
        """The pinned ``Stripe-Version``: the generated spec's API version unless overridden."""
        if self._stripe_version is None:
            from stripe_connector_generated.types import STRIPE_API_VERSION

            return STRIPE_API_VERSION
        return self._stripe_version

    def default_headers(self) -> dict[str, str]:
        """Headers every request carries; the HTTP client is built with them once."""
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Stripe-Version": self.stripe_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }

    # --- building a request ---------------------------------------------------------------------------------------

    def prepare(
        self,
        tool_name: str | Tool,
        arguments: Mapping[str, Any] | None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
        strict: bool = False,
    ) -> PreparedRequest:
        """Validate and encode one logical call; raises :class:`InvalidInputError` before anything is sent.

        ``strict``: ``arguments`` follow ``tool.strict_input_schema`` (see :mod:`stripe_connector._strict`).
        A :class:`Tool` object is an operation of the index (``call_operation``), admitted by its caller.
        """
        # Imported on use (a dictionary lookup after the first call): they load the tool catalogue, fastjsonschema
        # and the generated encoder, which `import stripe_connector` must not pay for.
        from ._catalogue import get_tool
        from ._validation import validate_arguments

        tool = get_tool(tool_name) if isinstance(tool_name, str) else tool_name
        if self.allowed_tools is not None and isinstance(tool_name, str) and tool.name not in self.allowed_tools:
            raise InvalidInputError("tool", f"{tool.name} is not among this connector's allowed_tools")
        if stripe_account is not None and not (
            isinstance(stripe_account, str) and ACCOUNT_PATTERN.fullmatch(stripe_account)
        ):
            raise InvalidInputError("stripe_account", "must be a connected account ID like acct_1032D82eZvKYlo2C")
        if idempotency_key is not None and not (
            isinstance(idempotency_key, str) and IDEMPOTENCY_KEY_PATTERN.fullmatch(idempotency_key)
        ):
            raise InvalidInputError("idempotency_key", "must be 1 to 255 printable ASCII characters without spaces")
        given: object = arguments
        if strict:
            from ._strict import from_strict

            given = from_strict(tool, arguments)
        arguments = validate_arguments(tool, given)
        method, path, query, body, encoding = self._route(tool, arguments)
        if self.max_amount:
            from ._money import check_caps

            check_caps(self.max_amount, method, query, body)
        from ._encoding import encode_form, form_pairs

        pairs = form_pairs(query)
        target = f"{path}?{urlencode(pairs)}" if pairs else path
        if len(target) > MAX_TARGET_LENGTH:
            longest = max(query, key=lambda name: len(urlencode(form_pairs({name: query[name]}))), default="arguments")
            raise InvalidInputError(
                str(longest), f"makes the request URL longer than {MAX_TARGET_LENGTH:,} characters, which is not sent"
            )
        if tool.is_raw:  # --- operation index (issue 20): a raw request is checked by the operation it reaches
            from ._operations._call import check_raw_request

            check_raw_request(method, path, query, body, allow_unknown_path=bool(arguments.get("allow_unknown_path")))
        headers: dict[str, str] = {}
        encoded_body: str | None = None
        if method == "POST":
            if encoding == "json":
                headers["Content-Type"] = JSON_CONTENT_TYPE
                encoded_body = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
            else:
                headers["Content-Type"] = FORM_CONTENT_TYPE
                encoded_body = encode_form(body)
        if method == "POST" or (method == "DELETE" and path.startswith("/v2/")):  # as stripe-python keys /v2
            if idempotency_key is None and idempotency_scope is not None:
                idempotency_key = scoped_idempotency_key(idempotency_scope, tool.name, arguments, stripe_account)
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        if stripe_account is not None:
            headers["Stripe-Account"] = stripe_account
        return PreparedRequest(
            tool=tool.name,
            method=method,
            target=target,
            body=encoded_body,
            headers=headers,
            operation=tool.operation.key if tool.operation else None,
        )

    @staticmethod
    def _route(tool: Tool, arguments: dict[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any], str]:
        """Method, path, query parameters, body parameters and body encoding, from validated arguments."""
        operation = tool.operation
        if operation is None:
            from ._raw import route

            return route(arguments)
        method, path = operation.method, operation.path
        query: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for argument, value in arguments.items():
            name = tool.renames.get(argument, argument)
            if name in operation.path_params:
                path = path.replace("{" + name + "}", quote(str(value), safe=""))
            elif name in operation.query_params:
                query[name] = value
            else:
                body[name] = value
        return method, path, query, body, operation.body_encoding

    def describe(self, request: PreparedRequest) -> dict[str, Any]:
        """The exact request that would be sent (for dry runs and approvals), with the key redacted."""
        headers = {**self.default_headers(), **request.headers}
        headers["Authorization"] = "Bearer " + self._api_key[:8] + "<redacted>"
        return {
            "tool": request.tool,
            "method": request.method,
            "url": self.base_url + request.target,
            "headers": headers,
            "body": request.body,
        }

    # --- after an attempt -----------------------------------------------------------------------------------------

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
        self.log_attempt(request, status, response.headers.get("request-id"), retries_done + 1, started)
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

        The error is returned, not raised, so the caller raises it outside its ``except`` block: the httpx exception
        (whose request holds the key in its headers) must not ride along as ``__context__``. A body that arrived
        but cannot be decoded (corrupt gzip) or is larger than the cap is the server's answer, not a failure to
        reach it: :class:`StripeResponseError`, not retried.
        """
        import httpx

        from ._transport import AnswerTooLarge

        self.log_attempt(request, type(exc).__name__, None, retries_done + 1, started)
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
        self,
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

    # --- reading the answer ---------------------------------------------------------------------------------------

    def read_json(self, request: PreparedRequest, response: httpx.Response) -> dict[str, Any]:
        """Stripe's JSON, unchanged, or the typed error the response stands for."""
        request_id = response.headers.get("request-id")
        if response.status_code >= 300:
            raise api_error_from_response(response.status_code, response.content, request_id)
        from ._answer import UnreadableAnswer, decode_answer

        try:
            decoded = decode_answer(response.content)
        except UnreadableAnswer as exc:
            raise StripeResponseError(
                f"{request.tool}: Stripe answered HTTP {response.status_code} with unreadable JSON: {exc}",
                http_status=response.status_code,
                request_id=request_id,
            ) from None
        if not isinstance(decoded, dict):
            raise StripeResponseError(
                f"{request.tool}: Stripe answered HTTP {response.status_code} without a JSON object",
                http_status=response.status_code,
                request_id=request_id,
            )
        return decoded

    def parse_typed(self, request: PreparedRequest, response: httpx.Response) -> Any:
        """The generated model of a successful response (decoded once), from the generated parser registry."""
        data = self.read_json(request, response)  # raises the typed error for anything but a JSON object
        if request.operation is None:
            return data
        from stripe_connector_generated.api.default import success_parser

        try:
            return success_parser(request.operation)(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise StripeResponseError(
                f"{request.tool}: the response does not match Stripe API {self.stripe_version} "
                f"({type(exc).__name__}: {exc}); call() returns it as plain JSON",
                http_status=response.status_code,
                request_id=response.headers.get("request-id"),
            ) from None
