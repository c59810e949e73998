"""What a platform asks when a user pastes a key: whose key is it, what may it do. Reads only, never a write.

``check_connection()`` (sync and async) runs :func:`check_steps`, a sans-IO plan: a generator that yields the GET
requests to send and receives their answers, so both connectors drive the same steps. The steps:

1. ``GET /v1/account``: the account id and its display name (a restricted key without the account permission
   gets a 403, which still names the account: "... on account 'acct_...'").
2. For a restricted key only (a secret or organisation key may do everything), one ``GET <collection>?limit=1``
   per resource the connector's tools touch (``create_refund`` -> ``/v1/refunds``). A 2xx: the key may read it; a
   403: it may not (``StripePermissionError.required_permission`` names the permission). A read tool is then
   ``allowed`` or ``denied``; a write tool is ``denied`` when reading is (Stripe's write permission includes
   read) and otherwise ``unverified``: reading is allowed, and writing can only be proven by writing, which a
   check never does.

A key Stripe refuses (401) is :class:`~stripe_connector.errors.AuthenticationError` with a message of our own:
Stripe's names the key (masked, with its last characters), and a check must not echo it.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import httpx

from .._types.options import PreparedRequest
from ..errors import AuthenticationError, StripeAPIError, StripePermissionError

if TYPE_CHECKING:
    from ..tools.catalogue import Tool


class CheckedCore(Protocol):
    """What a check reads of a connector's core (``_core.base.ConnectorCore``), named here to keep imports one way."""

    key_kind: str
    livemode: bool
    stripe_account: str | None
    stripe_context: str | None

    def read_json(self, request: PreparedRequest, response: httpx.Response) -> dict[str, Any]: ...


ToolAccess = Literal["allowed", "denied", "unverified", "unknown"]
BAD_KEY_MESSAGE = (
    "Stripe refused this API key (401: invalid, expired, revoked or for another mode); check the key the connection "
    "was given"
)
#: The Stripe account a permission error names: "... for this endpoint on account 'acct_1Nv0...'".
_ACCOUNT_IN_MESSAGE = r"account '(acct_[A-Za-z0-9]{1,64})'"


class ConnectionCheck:
    """What :func:`check_steps` found: ``key_kind`` (secret, restricted, organization), ``mode`` (live, test),
    ``account_id`` and ``display_name`` (None when the key may not read them), and ``tools``: each tool of the
    connector -> ``allowed``, ``denied``, ``unverified`` (a write tool whose resource the key may read; writing is
    never tried) or ``unknown`` (raw_request: it depends on the path; or the probe failed).
    ``permissions``: for each denied tool, the permission Stripe named (or None)."""

    __slots__ = ("account_id", "display_name", "key_kind", "mode", "permissions", "stripe_account", "stripe_context",
                 "tools")  # fmt: skip

    def __init__(self, core: CheckedCore) -> None:
        self.key_kind: str = core.key_kind
        self.mode: str = "live" if core.livemode else "test"
        self.account_id: str | None = None
        self.display_name: str | None = None
        self.stripe_account: str | None = core.stripe_account
        self.stripe_context: str | None = core.stripe_context
        self.tools: dict[str, ToolAccess] = {}
        self.permissions: dict[str, str | None] = {}

    def as_json(self) -> dict[str, Any]:
        """The JSON the CLI prints and a platform stores (no key in it, only its kind)."""
        return {
            "ok": True,
            "key_kind": self.key_kind,
            "mode": self.mode,
            "account_id": self.account_id,
            "display_name": self.display_name,
            "stripe_account": self.stripe_account,
            "stripe_context": self.stripe_context,
            "tools": dict(self.tools),
            "missing_permissions": {tool: name for tool, name in self.permissions.items()},
        }

    def __repr__(self) -> str:
        allowed = sum(1 for access in self.tools.values() if access == "allowed")
        return (f"ConnectionCheck(key_kind={self.key_kind!r}, mode={self.mode!r}, account_id={self.account_id!r}, "
                f"tools={allowed}/{len(self.tools)} allowed)")  # fmt: skip


#: What the plan receives for each request it yields: the final answer, or the error the send loop raised.
Answer = httpx.Response


def check_steps(core: CheckedCore, tools: Iterable[Tool]) -> Generator[PreparedRequest, Answer, ConnectionCheck]:
    """The check as a plan of GET requests (see the module's docstring); ``tools``: the connector's tools."""
    result = ConnectionCheck(core)
    headers = _target_headers(core)
    account = _read(core, (yield _get("/v1/account", headers)), "/v1/account")
    if isinstance(account, Mapping):
        result.account_id = _text(account.get("id"))
        result.display_name = _display_name(account)
    elif isinstance(account, StripePermissionError):
        found = re.search(_ACCOUNT_IN_MESSAGE, account.message or "")
        result.account_id = found.group(1) if found else None
    tools = list(tools)
    if core.key_kind != "restricted":
        result.tools = {tool.name: ("allowed" if tool.operation is not None else "unknown") for tool in tools}
        return result
    readable: dict[str, Mapping[str, Any] | StripeAPIError] = {}
    for tool in tools:
        path = probe_path(tool)
        if path is None:
            result.tools[tool.name] = "unknown"
            continue
        if path not in readable:
            readable[path] = _read(core, (yield _get(path + "?limit=1", headers)), path)
        outcome = readable[path]
        if isinstance(outcome, StripePermissionError):
            result.tools[tool.name] = "denied"
            result.permissions[tool.name] = outcome.required_permission
        elif isinstance(outcome, StripeAPIError):
            result.tools[tool.name] = "unknown"
        else:
            result.tools[tool.name] = "allowed" if tool.kind == "read" else "unverified"
        if result.account_id is None and isinstance(outcome, StripePermissionError):
            found = re.search(_ACCOUNT_IN_MESSAGE, outcome.message or "")
            result.account_id = found.group(1) if found else None
    return result


def probe_path(tool: Tool) -> str | None:
    """The collection a GET with ``limit=1`` reads for ``tool``: its path up to the first path parameter, without
    a trailing action (``/cancel``, ``/finalize``) or ``/search``; None for a tool without an operation."""
    operation = tool.operation
    if operation is None:
        return None
    segments: list[str] = []
    for segment in operation.path.split("/")[1:]:
        if segment.startswith("{"):
            break
        segments.append(segment)
    if segments and segments[-1] == "search":
        segments.pop()
    return "/" + "/".join(segments) if len(segments) >= 2 else None


def _target_headers(core: CheckedCore) -> dict[str, str]:
    if core.stripe_account is not None:
        return {"Stripe-Account": core.stripe_account}
    if core.stripe_context is not None:
        return {"Stripe-Context": core.stripe_context}
    return {}


def _get(target: str, headers: dict[str, str]) -> PreparedRequest:
    """A GET, and only a GET: the one method a check sends."""
    return PreparedRequest(tool="check_connection", method="GET", target=target, body=None, headers=dict(headers))


def _read(core: CheckedCore, response: Answer, path: str) -> Mapping[str, Any] | StripeAPIError:
    """The answer's JSON, or the API error it stands for; a refused key ends the check with our own message."""
    request = _get(path, {})
    try:
        return core.read_json(request, response)
    except AuthenticationError as exc:
        raise AuthenticationError(
            BAD_KEY_MESSAGE, http_status=exc.http_status, type=exc.type, code=exc.code, request_id=exc.request_id
        ) from None
    except StripeAPIError as exc:
        return exc


def _display_name(account: Mapping[str, Any]) -> str | None:
    settings = account.get("settings")
    dashboard = settings.get("dashboard") if isinstance(settings, Mapping) else None
    name = dashboard.get("display_name") if isinstance(dashboard, Mapping) else None
    if not _text(name):
        profile = account.get("business_profile")
        name = profile.get("name") if isinstance(profile, Mapping) else None
    return _text(name)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
