"""Idempotency keys and connected accounts: the two request options that become headers.

Every POST carries an ``Idempotency-Key`` that stays the same across its attempts, so Stripe applies it at most
once. A key is the caller's, derived from an ``idempotency_scope`` (a workflow step: the same step, tool and
arguments give the same key, so a replayed step gets Stripe's first answer), or random.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from .._types.options import IdempotencyScope
from ..errors import InvalidInputError
from .validation import check_value

ACCOUNT_PATTERN = re.compile(r"acct_[A-Za-z0-9]+")
IDEMPOTENCY_KEY_PATTERN = re.compile(r"[\x21-\x7e]{1,255}")  # printable ASCII, no spaces: it is a header value


def check_stripe_account(stripe_account: object) -> None:
    """None or a connected account ID (``acct_...``): it becomes the ``Stripe-Account`` header."""
    if stripe_account is not None and not (
        isinstance(stripe_account, str) and ACCOUNT_PATTERN.fullmatch(stripe_account)
    ):
        raise InvalidInputError("stripe_account", "must be a connected account ID like acct_1032D82eZvKYlo2C")


#: A ``Stripe-Context`` value: an account ID or a path of them from the key's account (``acct_1/acct_2``), as
#: Stripe's SDKs join the segments. Header-safe by construction: no spaces, CR/LF or non-ASCII.
CONTEXT_PATTERN = re.compile(r"[A-Za-z0-9_]{1,255}(/[A-Za-z0-9_]{1,255}){0,15}")


def check_stripe_context(stripe_context: object) -> None:
    """None or a ``Stripe-Context`` (``acct_...``, or ``acct_.../acct_...``): it becomes the header."""
    if stripe_context is not None and not (
        isinstance(stripe_context, str) and CONTEXT_PATTERN.fullmatch(stripe_context)
    ):
        raise InvalidInputError(
            "stripe_context", "must be an account ID or a path of them like acct_1032D82eZvKYlo2C/acct_1Nv0FGQ9RKHgCVdK"
        )


def check_idempotency_key(idempotency_key: object) -> None:
    """None or 1 to 255 printable ASCII characters: it becomes the ``Idempotency-Key`` header."""
    if idempotency_key is not None and not (
        isinstance(idempotency_key, str) and IDEMPOTENCY_KEY_PATTERN.fullmatch(idempotency_key)
    ):
        raise InvalidInputError("idempotency_key", "must be 1 to 255 printable ASCII characters without spaces")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def scoped_idempotency_key(
    scope: IdempotencyScope, tool: str, arguments: Mapping[str, Any], account: str | None
) -> str:
    """The same key for the same step, tool and (normalised) arguments: a replayed step gets Stripe's first answer.

    Any change to the scope, the tool, an argument or the connected account gives a different key, so a changed
    request is never mistaken for a replay.
    """
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


def idempotency_key_for(
    given: str | None, scope: IdempotencyScope | None, tool: str, arguments: Mapping[str, Any], account: str | None
) -> str:
    """The key a POST carries: the caller's, else one derived from ``scope``, else a random one."""
    if given is None and scope is not None:
        given = scoped_idempotency_key(scope, tool, arguments, account)
    return given or str(uuid.uuid4())
