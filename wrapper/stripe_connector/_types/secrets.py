"""What a Stripe key looks like, and the three ways the connector keeps one from leaking.

One place for the key's pattern (used to check a configured key and to scrub key-like text from every message),
the digests that name an account without the key (rate budgets, Redis keys, logs), and the refusal to be pickled
that every object holding a key shares.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any, NoReturn

#: The body of a Stripe secret (``sk_``), restricted (``rk_``) or organisation (``sk_org_``) key, test or live mode.
KEY_PATTERN_TEXT = r"(?:sk_(?:test|live|org)|rk_(?:test|live))_[A-Za-z0-9_]+"
#: A whole configured key must match this (``fullmatch``).
API_KEY_PATTERN = re.compile(KEY_PATTERN_TEXT)
#: Key-like text anywhere in a message (an error body that echoes the Authorization header, a proxy's page, an
#: argument pasted in the wrong place) is replaced by :data:`REDACTED`.
#: Stripe's own messages show a key masked but for its last characters (``sk_test_********************1234``):
#: that is redacted too.
KEY_LIKE = re.compile(r"(?:sk_(?:test|live|org)|rk_(?:test|live))_[A-Za-z0-9_*]+")
REDACTED = "<redacted>"


def is_live_key(api_key: str) -> bool:
    """``sk_live_`` and ``rk_live_`` keys move real money; so does an organisation key that is not ``sk_org_test_``
    (an unknown mode is taken for live: refusing a test key by mistake costs less than the converse)."""
    if api_key[2:7] == "_org_":
        return not api_key.startswith("sk_org_test_")
    return api_key[2:8] == "_live_"


def key_kind(api_key: str) -> str:
    """``secret`` (``sk_``), ``restricted`` (``rk_``) or ``organization`` (``sk_org_``), from the key's prefix."""
    if api_key.startswith("sk_org_"):
        return "organization"
    return "restricted" if api_key.startswith("rk_") else "secret"


def redact_keys(value: Any) -> Any:
    """``value`` with every key-like string replaced by ``<redacted>``, through dicts and lists (JSON shapes).

    Lone surrogates (``"\\ud800"`` in a hostile error body) become U+FFFD on the way: a message must be printable
    and encodable as UTF-8 by whoever reports it (the CLI, a log handler, the MCP server).
    """
    if isinstance(value, str):
        if not value.isascii():
            value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return KEY_LIKE.sub(REDACTED, value) if "k_" in value else value
    if isinstance(value, Mapping):
        return {redact_keys(key): redact_keys(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_keys(item) for item in value]
    return value


def redact(text: str, secret: str | None) -> str:
    """``text`` with ``secret`` and anything shaped like a Stripe key replaced: a last guard on every error path.

    The pattern catches keys the run does not know (one typed as an argument, or echoed by a proxy); ``secret``
    catches a configured key of any shape.
    """
    if secret:
        text = text.replace(secret, REDACTED)
    return KEY_LIKE.sub(REDACTED, text)


def connected_digest(digest: str, stripe_account: str) -> str:
    """The digest of a connected account (``Stripe-Account``) acting under the key whose digest is ``digest``."""
    return hashlib.sha256(f"{digest}\0{stripe_account}".encode()).hexdigest()[:32]


def context_digest(digest: str, stripe_context: str) -> str:
    """The digest of an account reached through ``Stripe-Context`` (an organisation's account, a v2 account) under
    the key whose digest is ``digest``: kept apart from ``Stripe-Account`` names, as the header differs."""
    return hashlib.sha256(f"{digest}\0context\0{stripe_context}".encode()).hexdigest()[:32]


def account_digest(api_key: str, stripe_account: str | None = None) -> str:
    """Who a rate budget belongs to: a digest of the key (plus ``Stripe-Account`` when acting on a connected
    account); the key cannot be read back from it, so it may go to Redis and to logs."""
    digest = _key_digest(api_key)
    return connected_digest(digest, stripe_account) if stripe_account else digest


def owner_digest(account_id: str) -> str:
    """Who a rate budget belongs to when the key's own account is known (``rate_account="acct_..."``): every key
    of one account then spends from the same budgets, as Stripe counts them."""
    return hashlib.sha256(f"stripe-connector-rate-account\0{account_id}".encode()).hexdigest()[:32]


def _key_digest(api_key: str) -> str:
    return hashlib.sha256(f"stripe-connector-rate\0{api_key}".encode()).hexdigest()[:32]


def refuse_pickling(obj: object) -> NoReturn:
    """Objects holding the API key refuse ``pickle``: the key must not travel through a broker or a queue."""
    raise TypeError(
        f"{type(obj).__name__} cannot be pickled: it holds the API key, which must not travel through a broker, "
        "a queue or a file; create the connector in each process instead (read the key from its environment)"
    )
