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
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

from ._rate_limit import account_digest
from ._retry import RetryPolicy
from .errors import (
    InvalidInputError,
    StripeConnectionError,
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

logger = logging.getLogger("stripe_connector")

API_KEY_PATTERN = re.compile(r"(sk|rk)_(test|live)_[A-Za-z0-9_]+")
ACCOUNT_PATTERN = re.compile(r"acct_[A-Za-z0-9]+")
IDEMPOTENCY_KEY_PATTERN = re.compile(r"[\x21-\x7e]{1,255}")  # printable ASCII, no spaces: it is a header value

#: What identifies a workflow step for replay-safe idempotency: a string, or a few strings (run id, step id).
IdempotencyScope = str | Sequence[str] | Mapping[str, str]


class PreparedRequest:
    """One logical request, ready to send (and to re-send unchanged on retry).

    A plain slotted class rather than a dataclass: it is built on every call and defined at import time, where
    dataclass generation would cost about a millisecond of the connector's import budget.
    """

    __slots__ = ("body", "headers", "method", "operation_id", "target", "tool")

    def __init__(
        self,
        tool: str,
        method: str,
        target: str,
        body: str | None,
        headers: dict[str, str],
        operation_id: str | None = None,
    ) -> None:
        self.tool = tool
        self.method = method
        #: Path and query string, e.g. ``/v1/customers?limit=10&email=a%40b.c``.
        self.target = target
        self.body = body
        self.headers = headers
        self.operation_id = operation_id

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
    """An http(s) origin with an optional path prefix; no credentials, query or fragment."""
    if not isinstance(base_url, str):
        raise InvalidInputError("base_url", "must be a string like https://api.stripe.com")
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError("base_url", "must be an http(s) URL like https://api.stripe.com")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidInputError("base_url", "must not carry credentials, a query or a fragment")
    return base_url.rstrip("/")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def scoped_idempotency_key(
    scope: IdempotencyScope, tool: str, arguments: Mapping[str, Any], account: str | None
) -> str:
    """The same key for the same step, tool and (normalised) arguments: a replayed step gets Stripe's first answer.

    Any change to the scope, the tool, an argument or the connected account gives a different key, so a changed
    request is never mistaken for a replay.
    """
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


def amounts_with_currency(body: Mapping[str, Any], currency: Any = None) -> list[tuple[Any, Any]]:
    """Every ``amount`` in a (possibly nested) body, with the currency that applies to it."""
    currency = body.get("currency", currency)
    found = [(body["amount"], currency)] if "amount" in body else []
    for value in body.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Mapping):
                found.extend(amounts_with_currency(item, currency))
    return found


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
        self._stripe_version = stripe_version
        self.max_amount = self._check_caps(max_amount)
        self.allowed_tools = frozenset(allowed_tools) if allowed_tools is not None else None
        self.livemode = is_live_key(api_key)
        #: Names this key's rate budgets (``_rate_limit``): a digest, never the key.
        self.rate_account = account_digest(api_key)

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
        tool_name: str,
        arguments: Mapping[str, Any] | None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
    ) -> PreparedRequest:
        """Validate and encode one logical call; raises :class:`InvalidInputError` before anything is sent."""
        # Imported on use (a dictionary lookup after the first call): they load the tool catalogue, fastjsonschema
        # and the generated encoder, which `import stripe_connector` must not pay for.
        from ._catalogue import get_tool
        from ._validation import validate_arguments

        tool = get_tool(tool_name)
        if self.allowed_tools is not None and tool.name not in self.allowed_tools:
            raise InvalidInputError("tool", f"{tool.name} is not among this connector's allowed_tools")
        if stripe_account is not None and not (
            isinstance(stripe_account, str) and ACCOUNT_PATTERN.fullmatch(stripe_account)
        ):
            raise InvalidInputError("stripe_account", "must be a connected account ID like acct_1032D82eZvKYlo2C")
        if idempotency_key is not None and not (
            isinstance(idempotency_key, str) and IDEMPOTENCY_KEY_PATTERN.fullmatch(idempotency_key)
        ):
            raise InvalidInputError("idempotency_key", "must be 1 to 255 printable ASCII characters without spaces")
        arguments = validate_arguments(tool, arguments)
        method, target, body = self._route(tool, arguments)
        self._check_amount_caps(method, body)
        headers: dict[str, str] = {}
        if method == "POST":
            headers["Content-Type"] = FORM_CONTENT_TYPE
            if idempotency_key is None and idempotency_scope is not None:
                idempotency_key = scoped_idempotency_key(idempotency_scope, tool.name, arguments, stripe_account)
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        if stripe_account is not None:
            headers["Stripe-Account"] = stripe_account
        from ._encoding import encode_form

        return PreparedRequest(
            tool=tool.name,
            method=method,
            target=target,
            body=encode_form(body) if method == "POST" else None,
            headers=headers,
            operation_id=tool.operation.operation_id if tool.operation else None,
        )

    @staticmethod
    def _route(tool: Tool, arguments: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        """Method, path with query string, and body parameters, from validated arguments."""
        from ._encoding import form_pairs

        operation = tool.operation
        if operation is None:  # raw_request: the schema has already confined path to /v1/...
            method, path = arguments["method"], arguments["path"]
            query, body = arguments.get("query") or {}, arguments.get("body") or {}
        else:
            renames = tool.definition.renames
            method, path, query, body = operation.method, operation.path, {}, {}
            for argument, value in arguments.items():
                name = renames.get(argument, argument)
                if name in operation.path_params:
                    path = path.replace("{" + name + "}", quote(str(value), safe=""))
                elif name in operation.query_params:
                    query[name] = value
                else:
                    body[name] = value
        pairs = form_pairs(query)
        return method, (f"{path}?{urlencode(pairs)}" if pairs else path), body

    def _check_amount_caps(self, method: str, body: Mapping[str, Any]) -> None:
        """Refuse a POST whose amount exceeds the configured cap for its currency (raw requests included)."""
        if not self.max_amount or method != "POST":
            return
        for amount, currency in amounts_with_currency(body):
            if currency is None:
                raise InvalidInputError("currency", "an amount needs a currency when max_amount caps are set")
            cap = self.max_amount.get(str(currency).lower())
            if cap is None:
                continue
            try:
                value = int(amount)
            except (TypeError, ValueError):
                raise InvalidInputError("amount", f"{amount!r} is not an integer amount") from None
            if value > cap:
                raise InvalidInputError("amount", f"{value} exceeds this connector's max_amount of {cap} {currency}")

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
        self, request: PreparedRequest, response: httpx.Response, retries_done: int, started: float
    ) -> float | None:
        """Log the attempt; return seconds to wait before retrying, or None when ``response`` is final."""
        status = response.status_code
        self.log_attempt(request, status, response.headers.get("request-id"), retries_done + 1, started)
        if status < 300 or not self.retry_policy.should_retry_response(status, response.headers, retries_done):
            return None
        return self.retry_policy.delay(retries_done, response.headers.get("retry-after"))

    def after_failure(
        self, request: PreparedRequest, exc: Exception, retries_done: int, started: float
    ) -> float | StripeConnectionError:
        """Log the attempt; return seconds to wait, or the typed error to raise when no retry is left.

        The error is returned, not raised, so the caller raises it outside its ``except`` block: the httpx exception
        (whose request holds the key in its headers) must not ride along as ``__context__``.
        """
        import httpx

        self.log_attempt(request, type(exc).__name__, None, retries_done + 1, started)
        retryable = isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
        if retryable and self.retry_policy.should_retry_failure(retries_done):
            return self.retry_policy.delay(retries_done)
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
        try:
            decoded = json.loads(response.content)
        except ValueError:
            decoded = None
        if not isinstance(decoded, dict):
            raise StripeResponseError(
                f"{request.tool}: Stripe answered HTTP {response.status_code} without a JSON object",
                http_status=response.status_code,
                request_id=request_id,
            )
        return decoded

    def parse_typed(self, request: PreparedRequest, response: httpx.Response) -> Any:
        """The generated model for a successful response, parsed by the generated endpoint's own parser."""
        if request.operation_id is None:
            return self.read_json(request, response)
        self.read_json(request, response)  # raises the typed error for anything but a JSON object
        from ._typed import parse_operation_response

        try:
            return parse_operation_response(request.operation_id, response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StripeResponseError(
                f"{request.tool}: the response does not match Stripe API {self.stripe_version} "
                f"({type(exc).__name__}: {exc}); call() returns it as plain JSON",
                http_status=response.status_code,
                request_id=response.headers.get("request-id"),
            ) from None
