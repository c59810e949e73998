"""Every check of a connector's constructor options, and the one frozen configuration they produce.

A wrong option is an :class:`~stripe_connector.errors.InvalidInputError` naming it, at construction: a malformed
URL or a live key must not surface on the first call as a failure the caller would retry. Messages never repeat
the key. The checks sit above ``_http`` because two options are ``_http`` objects (a ``RetryPolicy``, a
``RateLimiter``); everything below receives plain, checked values.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache
from typing import Any, Literal, TypedDict, Unpack, cast
from urllib.parse import urlsplit

import httpx

from .._http.hosts import HostMap, check_hosts
from .._http.inflight import DEFAULT_MAX_IN_FLIGHT, check_max_in_flight
from .._http.rate_limit import RateLimiter, applies_by_default, check_rate_limiter, default_rate_limiter
from .._http.retry import RetryPolicy
from .._http.time_limits import check_seconds
from .._http.transport import MAX_RESPONSE_BYTES
from .._types.from_spec import api_version
from .._types.secrets import API_KEY_PATTERN, account_digest, is_live_key, key_kind, owner_digest, refuse_pickling
from .._types.version import USER_AGENT
from ..errors import InvalidInputError

DEFAULT_BASE_URL = "https://api.stripe.com"
#: ``2023-10-16`` or ``2024-09-30.acacia``: a header value, so no spaces, CR/LF or non-ASCII can get through.
STRIPE_VERSION_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[A-Za-z0-9_-]{1,40})?")


def check_api_key(api_key: object, *, allow_live: bool) -> str:
    """A Stripe secret (``sk_``), restricted (``rk_``) or organisation (``sk_org_``) key; the message never repeats
    the key."""
    if not isinstance(api_key, str) or not API_KEY_PATTERN.fullmatch(api_key):
        raise InvalidInputError(
            "api_key",
            "must be a Stripe secret, restricted or organisation key (sk_test_..., sk_live_..., rk_test_..., "
            "rk_live_..., sk_org_...)",
        )
    if is_live_key(api_key) and not allow_live:
        raise InvalidInputError("api_key", "is a live-mode key; pass allow_live=True to use live mode on purpose")
    return api_key


def check_base_url(base_url: object) -> str:
    """``base_url`` checked (see :func:`_check_base_url`); a string already seen is not parsed again."""
    if isinstance(base_url, str):
        return _checked_base_url(base_url)
    return _check_base_url(base_url)


@lru_cache(maxsize=256)
def _checked_base_url(base_url: str) -> str:
    return _check_base_url(base_url)


def _check_base_url(base_url: object) -> str:
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


def check_max_amount(max_amount: Mapping[str, int] | None) -> dict[str, int]:
    """``{"usd": 5000}``: 3-letter currency codes (any case) to integer caps >= 0, keyed in lower case."""
    caps: dict[str, int] = {}
    for currency, cap in (max_amount or {}).items():
        if not (isinstance(currency, str) and re.fullmatch("[A-Za-z]{3}", currency)):
            raise InvalidInputError("max_amount", f"keys are 3-letter currency codes, got {currency!r}")
        if not isinstance(cap, int) or isinstance(cap, bool) or cap < 0:
            raise InvalidInputError("max_amount", f"the cap for {currency} must be an integer >= 0")
        caps[currency.lower()] = cap
    return caps


def check_allowed_tools(allowed_tools: Collection[str] | None) -> frozenset[str] | None:
    if isinstance(allowed_tools, str | bytes):
        raise InvalidInputError("allowed_tools", "must be a collection of tool names, not one string")
    return frozenset(allowed_tools) if allowed_tools is not None else None


def check_response_cap(max_response_bytes: object) -> int:
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise InvalidInputError("max_response_bytes", "must be an integer number of bytes >= 1")
    return max_response_bytes


def check_retry_policy(retry_policy: object, max_retries: int) -> RetryPolicy:
    """The policy given, else one with ``max_retries`` (whose own checks name it)."""
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise InvalidInputError("retry_policy", "must be a RetryPolicy")
    if retry_policy is not None:
        return retry_policy
    if max_retries == _DEFAULT_POLICY.max_retries and type(max_retries) is int:
        return _DEFAULT_POLICY  # immutable: one for every connector on the defaults
    return RetryPolicy(max_retries=max_retries)


_DEFAULT_POLICY = RetryPolicy(max_retries=2)


def check_target(stripe_account: object, stripe_context: object, api_key: str) -> tuple[str | None, str | None]:
    """The connection's ``stripe_account`` and ``stripe_context`` (each None or checked; never both), and the rule
    that an organisation key (``sk_org_``) acts only in a context: it has no account of its own."""
    if stripe_account is not None or stripe_context is not None:
        from .._request.idempotency import check_stripe_account, check_stripe_context

        check_stripe_account(stripe_account)
        check_stripe_context(stripe_context)
        if stripe_account is not None and stripe_context is not None:
            raise InvalidInputError(
                "stripe_context",
                "goes instead of stripe_account (Stripe-Context supersedes Stripe-Account), not with it",
            )
    return stripe_account, stripe_context  # type: ignore[return-value]


def check_rate_account(rate_account: object) -> str | None:
    """None (the key's budgets are its own) or the key's own account (``acct_...``, as ``check_connection`` finds
    it): then every connector of that account, whatever its key, shares the account's rate budgets."""
    if rate_account is None:
        return None
    if not isinstance(rate_account, str) or not re.fullmatch(r"acct_[A-Za-z0-9]{1,64}", rate_account):
        raise InvalidInputError("rate_account", "must be the key's own account ID, like acct_1032D82eZvKYlo2C")
    return owner_digest(rate_account)


class ConnectorOptions(TypedDict, total=False):
    """The options of a connector after its key (documented on ``StripeConnector``; defaults in :data:`DEFAULTS`)."""

    base_url: str
    max_retries: int
    timeout: float
    stripe_version: str | None
    max_amount: Mapping[str, int] | None
    allow_live: bool
    allowed_tools: Collection[str] | None
    retry_policy: RetryPolicy | None
    total_timeout: float | None
    max_response_bytes: int
    rate_limiter: RateLimiter | Literal[False] | None
    stripe_account: str | None
    stripe_context: str | None
    max_in_flight: int
    rate_account: str | None
    hosts: Mapping[str, str] | None


DEFAULTS: ConnectorOptions = {
    "base_url": DEFAULT_BASE_URL,
    "max_retries": 2,
    "timeout": 30.0,
    "stripe_version": None,
    "max_amount": None,
    "allow_live": False,
    "allowed_tools": None,
    "retry_policy": None,
    "total_timeout": None,
    "max_response_bytes": MAX_RESPONSE_BYTES,
    "rate_limiter": None,
    "stripe_account": None,
    "stripe_context": None,
    "max_in_flight": DEFAULT_MAX_IN_FLIGHT,
    "rate_account": None,
    "hosts": None,
}


_KNOWN = frozenset(DEFAULTS)


@lru_cache(maxsize=1)
def _spec_version() -> str:
    return api_version()


@lru_cache(maxsize=256)
def _paced_by_default(base_url: str) -> bool:
    return applies_by_default(base_url)


class ConnectorConfig:
    """Every option of a connector, checked: immutable, shared by every thread, and refusing ``pickle`` (it holds
    the key, which is never shown). The options are documented on ``StripeConnector``."""

    __slots__ = (
        "_api_key",
        "_stripe_version",
        "allowed_tools",
        "base_url",
        "host_map",
        "key_kind",
        "livemode",
        "max_amount",
        "max_in_flight",
        "max_response_bytes",
        "rate_account",
        "rate_limiter",
        "retry_policy",
        "stripe_account",
        "stripe_context",
        "timeout",
        "total_timeout",
    )

    _api_key: str
    _stripe_version: str | None
    allowed_tools: frozenset[str] | None
    base_url: str
    #: ``secret``, ``restricted`` or ``organization`` (from the key's prefix).
    key_kind: str

    #: Where each Stripe host is reached (``hosts``, see ``_http.hosts``).
    host_map: HostMap
    livemode: bool
    max_amount: dict[str, int]
    max_in_flight: int
    max_response_bytes: int
    #: Names this key's rate budgets (``_http.rate_limit``): a digest, never the key (of its account, when the
    #: ``rate_account`` option names it).
    rate_account: str
    rate_limiter: RateLimiter | None
    retry_policy: RetryPolicy
    #: The connection's own ``Stripe-Account`` / ``Stripe-Context`` (a call's own option wins over them).
    stripe_account: str | None
    stripe_context: str | None
    timeout: float
    total_timeout: float | None

    def __init__(self, api_key: str, **options: Unpack[ConnectorOptions]) -> None:
        if not _KNOWN.issuperset(options):
            unknown = set(options) - _KNOWN
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {min(unknown)!r}")
        given: dict[str, Any] = {**DEFAULTS, **options}
        setter = object.__setattr__
        # In the order a reader meets them (and the order in which a bad option is reported).
        setter(self, "timeout", cast(float, check_seconds("timeout", given["timeout"])))
        setter(self, "total_timeout", check_seconds("total_timeout", given["total_timeout"], optional=True))
        setter(self, "max_response_bytes", check_response_cap(given["max_response_bytes"]))
        setter(self, "retry_policy", check_retry_policy(given["retry_policy"], given["max_retries"]))
        limiter = check_rate_limiter(given["rate_limiter"])
        setter(self, "_api_key", check_api_key(api_key, allow_live=given["allow_live"]))
        base_url = check_base_url(given["base_url"])
        setter(self, "base_url", base_url)
        setter(self, "host_map", check_hosts(given["hosts"], base_url, check_base_url))
        setter(self, "_stripe_version", check_stripe_version(given["stripe_version"]))
        setter(self, "max_amount", check_max_amount(given["max_amount"]))
        setter(self, "allowed_tools", check_allowed_tools(given["allowed_tools"]))
        account, context = check_target(given["stripe_account"], given["stripe_context"], api_key)
        setter(self, "stripe_account", account)
        setter(self, "stripe_context", context)
        setter(self, "max_in_flight", check_max_in_flight(given["max_in_flight"]))
        setter(self, "livemode", is_live_key(api_key))
        setter(self, "key_kind", key_kind(api_key))
        setter(self, "rate_account", check_rate_account(given["rate_account"]) or account_digest(api_key))
        if limiter is None and _paced_by_default(base_url):
            limiter = default_rate_limiter()
        setter(self, "rate_limiter", limiter if isinstance(limiter, RateLimiter) else None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    def __repr__(self) -> str:
        mode = "live" if self.livemode else "test"
        return f"{type(self).__name__}(base_url={self.base_url!r}, mode={mode!r}, api_key=<redacted>)"

    @property
    def stripe_version(self) -> str:
        """The pinned ``Stripe-Version``: the generated spec's API version unless overridden."""
        return _spec_version() if self._stripe_version is None else self._stripe_version

    def default_headers(self) -> dict[str, str]:
        """Headers every request carries; the HTTP client is built with them once."""
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Stripe-Version": self.stripe_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }

    def redacted_key(self) -> str:
        """The key as a person may see it: its kind and mode prefix, never the key (``sk_test_<redacted>``)."""
        prefix = self._api_key[:12] if self.key_kind == "organization" else self._api_key[:8]
        return (prefix if prefix.endswith("_") else prefix[:7]) + "<redacted>"

    def redacted_authorization(self) -> str:
        """The ``Authorization`` header as a dry run shows it: the key's mode prefix, never the key."""
        return "Bearer " + self.redacted_key()
