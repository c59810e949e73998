"""Committed cassettes carry no secret: no API key, no Authorization value, no client secret.

The cassettes are public test data recorded by ``make record``, possibly against a real Stripe test account.
tests/support/recording.py filters what vcrpy stores; this module proves the filters held, by scanning every committed
file as text (whatever its structure) and by reading the recorded headers. The scanner itself is tested on
made-up samples, so a scan that can no longer see anything fails too.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from vcr.request import Request  # type: ignore[import-untyped]

from tests.support.recording import (
    CASSETTE_DIR,
    DROPPED_REQUEST_HEADERS,
    IDEMPOTENCY_PLACEHOLDER,
    KEPT_RESPONSE_HEADERS,
    REDACTED,
    REPLAY_BASE_URL,
    STRIPE_KEY_ENV,
    normalise_request,
    scrub_response,
)

#: What a leaked credential looks like in text. Each pattern needs a value after the prefix, so a placeholder
#: or prose ("a Bearer token") does not count; REDACTED is removed before scanning.
SECRET_PATTERNS: dict[str, re.Pattern[str]] = {
    "Stripe secret/restricted/publishable key": re.compile(r"\b[srp]k_(?:test|live)_[0-9A-Za-z]+"),
    "webhook signing secret": re.compile(r"\bwhsec_[0-9A-Za-z]+"),
    "client secret": re.compile(r"_secret_[0-9A-Za-z]+"),
    "Bearer credential": re.compile(r"\bBearer\s+[^\s<'\"]"),
    "Basic credential": re.compile(r"\bBasic\s+[A-Za-z0-9+/=]{4,}"),
    "ephemeral key": re.compile(r"\bek_(?:test|live)_[0-9A-Za-z]+"),
}

#: The flows recorded by tests/flows/test_flows.py; a missing one would leave a flow untested, not just unscanned.
EXPECTED_CASSETTES = {
    "async_customer",
    "balance",
    "customer_charge",
    "not_found",
    "pagination",
    "payment_intent",
    "subscription",
}


def find_secrets(text: str) -> list[str]:
    """Names and snippets of everything in `text` that looks like a credential (placeholders excepted)."""
    cleaned = text.replace(REDACTED, "")
    found = []
    for name, pattern in SECRET_PATTERNS.items():
        for match in pattern.finditer(cleaned):
            found.append(f"{name}: {match.group(0)[:12]}...")
    key = os.environ.get(STRIPE_KEY_ENV, "").strip()
    if key and key in text:
        found.append(f"the value of {STRIPE_KEY_ENV}")
    return found


def cassette_files() -> list[Path]:
    return sorted(p for p in CASSETTE_DIR.rglob("*") if p.is_file())


def load_interactions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interactions = data["interactions"]
    assert interactions, f"{path.name} has no interactions"
    return list(interactions)


def header(headers: dict[str, list[str]], name: str) -> list[str] | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


# --- the scanner sees what it should ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sample",
    [
        # Built at run time, so no key-shaped string sits in this file either.
        "authorization: Bearer " + "sk_" + "test_" + "abc",
        "sk_" + "live_" + "51HxYz",
        "rk_" + "test_" + "0aB1",
        '"client_secret": "pi_3Abc_secret_' + 'XyZ123"',
        "Authorization: Basic " + "c2tfdGVzdDo=",
        "whsec_" + "abc123",
    ],
)
def test_the_scanner_finds_credentials(sample: str) -> None:
    assert find_secrets(f"headers:\n  {sample}\n")


def test_the_scanner_accepts_placeholders_and_ids() -> None:
    text = f"authorization:\n- {REDACTED}\nidempotency-key:\n- {IDEMPOTENCY_PLACEHOLDER}\n"
    text += '"id": "cus_HGuQ4PEyTUvCKy", "client_secret": "<redacted>", "object": "customer"'
    assert find_secrets(text) == []


def test_the_filters_redact_before_storing() -> None:
    """The recording filters on their own: URL rewritten, secret headers and fields gone."""
    request = Request(
        "POST",
        "https://api.stripe.com/v1/payment_intents?expand[]=customer",
        b"amount=100",
        {"Authorization": "Bearer " + "sk_" + "test_" + "abc", "Host": "api.stripe.com"},
    )
    normalised = normalise_request(request)
    assert normalised.uri == f"{REPLAY_BASE_URL}/v1/payment_intents?expand[]=customer"
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Set-Cookie": ["sid=abc"], "Request-Id": ["req_1"], "Idempotency-Key": ["k"]},
        "body": {"string": b'{"id": "pi_1", "client_secret": "pi_1_secret_' + b'abc"}'},
    }
    scrubbed = scrub_response(response)
    assert set(scrubbed["headers"]) == {"Request-Id"}
    assert scrubbed["body"]["string"] == b'{"id": "pi_1", "client_secret": "<redacted>"}'


# --- the committed cassettes ----------------------------------------------------------------------------------------


def test_every_flow_has_a_committed_cassette() -> None:
    names = {p.stem for p in CASSETTE_DIR.glob("*.yaml")}
    assert names >= EXPECTED_CASSETTES, f"missing cassettes: {sorted(EXPECTED_CASSETTES - names)}"
    assert not [p.name for p in CASSETTE_DIR.glob("*.recording.yaml")], "an unfinished recording was left behind"


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_cassette_holds_no_secret(path: Path) -> None:
    """Every file under tests/cassettes, read as text: no key, no credential, no client secret."""
    leaks = find_secrets(path.read_text(encoding="utf-8", errors="replace"))
    assert leaks == [], f"{path.name}: {leaks}"


@pytest.mark.parametrize("path", sorted(CASSETTE_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_cassette_headers_are_filtered(path: Path) -> None:
    """Each request carries the redacted Authorization (so the filter ran), POSTs the placeholder key."""
    for number, interaction in enumerate(load_interactions(path)):
        request, response = interaction["request"], interaction["response"]
        where = f"{path.name} #{number} {request['method']} {request['uri']}"
        assert request["uri"].startswith(REPLAY_BASE_URL + "/v1/"), where
        headers = request["headers"]
        assert header(headers, "authorization") == [REDACTED], where
        if request["method"] == "POST":
            assert header(headers, "idempotency-key") == [IDEMPOTENCY_PLACEHOLDER], where
        assert not [name for name in headers if name.lower() in DROPPED_REQUEST_HEADERS], where
        assert {name.lower() for name in response["headers"]} <= KEPT_RESPONSE_HEADERS, where
