"""What a span or a metric may say about a call, and nothing more: names from the spec, never values.

Every attribute comes from the connector's own vocabulary (tool and operation names, the spec's path template,
the method, status codes, exception class names) or is checked against the shape Stripe gives it (a request id,
a connected account, a rate-limit reason): a value that does not fit is left out rather than reported, so a hostile
answer cannot put text of its choosing into telemetry. The idempotency key is reported as a digest only.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._http.rate_limit import HOLD_SECONDS, UNKNOWN_REASON_HOLD

if TYPE_CHECKING:
    import httpx

    from .._types.options import PreparedRequest

#: Stripe's request ids (``req_`` and letters and digits) and account ids; anything else is not reported.
_REQUEST_ID = re.compile(r"req_[A-Za-z0-9]{1,64}")
_ACCOUNT = re.compile(r"acct_[A-Za-z0-9]{1,64}(?:/acct_[A-Za-z0-9]{1,64})*")
_CONNECTION_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_EVENT_TYPE = re.compile(r"[a-z0-9_.]{1,100}")
_EVENT_ID = re.compile(r"evt_[A-Za-z0-9_]{1,64}")
#: Text that looks like a secret never becomes an attribute, whatever produced it (a last guard).
_SECRET_LIKE = re.compile(r"(?:sk|rk|pk)_(?:test|live)_|whsec_|sk_org_")


def idempotency_digest(key: str) -> str:
    """A short digest that tells two calls' keys apart (same key, same digest) without revealing the key."""
    return hashlib.sha256(f"stripe-connector-idempotency\0{key}".encode()).hexdigest()[:16]


def request_id_of(response: httpx.Response) -> str | None:
    """Stripe's ``Request-Id`` when it has Stripe's shape; a server's other text is not reported."""
    value = response.headers.get("request-id")
    return value if value is not None and _REQUEST_ID.fullmatch(value) else None


def rate_limited_reason(response: httpx.Response) -> str:
    """``Stripe-Rate-Limited-Reason`` when it is one Stripe documents, else ``other``."""
    reason = (response.headers.get("stripe-rate-limited-reason") or "").strip().lower()
    return reason if reason in HOLD_SECONDS else "other"


def rate_budget_of(reason: str) -> str:
    """Which of the connector's budgets a 429 with ``reason`` holds (``_http.rate_limit``): its scope's name."""
    scope, _ = HOLD_SECONDS.get(reason, UNKNOWN_REASON_HOLD)
    return scope or "resource"


def path_template(request: PreparedRequest) -> str | None:
    """The spec's path template (``/v1/customers/{customer}``); None for a raw request, whose path is the caller's."""
    operation = request.operation
    return operation.split(" ", 1)[1] if operation else None


def base_url_of(request: PreparedRequest, core: Any) -> str:
    """Where the request goes: its Stripe host's base URL (``files.stripe.com``...), else the connector's."""
    host_map = getattr(core, "host_map", None)
    host = getattr(request, "host", None)
    if host is not None and host_map is not None:
        return str(host_map.base(host))
    return str(getattr(core, "base_url", ""))


def server_of(base_url: str) -> tuple[str, int]:
    """``server.address`` and ``server.port`` of the connector's base URL."""
    parts = urlsplit(base_url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


def call_attributes(request: PreparedRequest, core: Any) -> dict[str, Any]:
    """What identifies a call in a span and in every metric: tool, method, template, mode, connection."""
    attributes: dict[str, Any] = {
        "stripe.tool": request.tool,
        "http.request.method": request.method,
        "stripe.mode": "live" if getattr(core, "livemode", False) else "test",
    }
    template = path_template(request)
    if template is not None:
        attributes["url.template"] = template
    account = request.headers.get("Stripe-Account")
    if account is not None and _ACCOUNT.fullmatch(account):
        attributes["stripe.account"] = account
    context = request.headers.get("Stripe-Context")
    if context is not None and _ACCOUNT.fullmatch(context):
        attributes["stripe.context"] = context
    attributes.update(connection_attribute(getattr(core, "connection_id", None)))
    return attributes


def connection_attribute(connection: object) -> dict[str, str]:
    """``stripe_connector.connection_id`` when ``connection`` is a connection id that cannot be a secret, else
    nothing (the single connection ``""``, or text that does not fit)."""
    if isinstance(connection, str) and _CONNECTION_ID.fullmatch(connection) and not _SECRET_LIKE.search(connection):
        return {"stripe_connector.connection_id": connection}
    return {}


def event_attributes(event_type: str, event_id: str) -> dict[str, str]:
    """``stripe.event.type`` (``other`` when it is not of Stripe's shape) and ``stripe.event.id`` (when it is)."""
    known = _EVENT_TYPE.fullmatch(event_type) and not _SECRET_LIKE.search(event_type)
    attributes = {"stripe.event.type": event_type if known else "other"}
    if _EVENT_ID.fullmatch(event_id) and not _SECRET_LIKE.search(event_id):
        attributes["stripe.event.id"] = event_id
    return attributes


def error_type_of_answer(response: httpx.Response) -> str:
    """The class name of the typed error a final error answer becomes (what ``read_json`` raises for it)."""
    from ..errors import api_error_from_response

    return type(api_error_from_response(response.status_code, response.content, None)).__name__


def retry_reason_of_answer(response: httpx.Response) -> str:
    """Why an answer is retried: its status, and a 429's documented reason (``429 global-rate``)."""
    status = response.status_code
    return f"429 {rate_limited_reason(response)}" if status == 429 else str(status)
