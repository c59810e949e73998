"""The scoped idempotency key, read directly: its exact derivation, what changes it, and the scopes refused."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from stripe_connector import InvalidInputError
from stripe_connector._request.idempotency import scoped_idempotency_key

# --- scoped idempotency keys: the exact derivation ------------------------------------------------------------------


def expected_key(scope: Any, tool: str, arguments: dict[str, Any], account: str | None) -> str:
    material = {"scope": scope, "tool": tool, "arguments": arguments, "account": account}
    text = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "scope-" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "scope",
    ["run-1:step-2", ["run-1", "step-2"], ("run-1", "step-2"), {"run": "run-1", "step": "step-2"}],
)
def test_the_scoped_key_is_sha256_of_the_canonical_step(scope: Any) -> None:
    arguments = {"name": "Zoë", "metadata": {"b": "2", "a": "1"}, "amount": 1099}
    normalised = list(scope) if isinstance(scope, tuple) else scope
    assert scoped_idempotency_key(scope, "create_customer", arguments, None) == expected_key(
        normalised, "create_customer", arguments, None
    )
    assert scoped_idempotency_key(scope, "create_customer", arguments, "acct_1") == expected_key(
        normalised, "create_customer", arguments, "acct_1"
    )


def test_scoped_keys_change_with_every_part() -> None:
    base = scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, None)
    assert base == scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, None)
    others = {
        scoped_idempotency_key("t", "create_customer", {"email": "a@b.c"}, None),
        scoped_idempotency_key("s", "create_charge", {"email": "a@b.c"}, None),
        scoped_idempotency_key("s", "create_customer", {"email": "a@b.d"}, None),
        scoped_idempotency_key("s", "create_customer", {"email": "a@b.c"}, "acct_1"),
        scoped_idempotency_key(["s"], "create_customer", {"email": "a@b.c"}, None),
    }
    assert base not in others and len(others) == 5
    assert base.startswith("scope-") and len(base) == 6 + 64


def test_scope_values_are_text() -> None:
    assert scoped_idempotency_key({"run": 1}, "t", {}, None) == expected_key({"run": "1"}, "t", {}, None)  # type: ignore[dict-item]
    assert scoped_idempotency_key([1, 2], "t", {}, None) == expected_key(["1", "2"], "t", {}, None)  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ("", "must not be empty"),
        ([], "must not be empty"),
        ({}, "must not be empty"),
        (5, "must be a string, a list of strings or a mapping of strings"),
        (None, "must be a string, a list of strings or a mapping of strings"),
        (1.5, "must be a string, a list of strings or a mapping of strings"),
    ],
)
def test_empty_or_odd_scopes_are_refused(scope: Any, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        scoped_idempotency_key(scope, "t", {}, None)
    assert (caught.value.param, caught.value.message) == ("idempotency_scope", message)


def test_scope_nesting_limit_is_the_arguments_limit() -> None:
    def lists(depth: int) -> Any:
        value: Any = "x"
        for _ in range(depth):
            value = [value]
        return value

    assert scoped_idempotency_key(lists(20), "t", {}, None).startswith("scope-")  # as deep as arguments may go
    with pytest.raises(InvalidInputError, match="nested more than 20 levels"):
        scoped_idempotency_key(lists(21), "t", {}, None)
