"""``stripe-connector call --details``: what the engine saw, from a shell step (request id, replay, attempts)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from stripe_connector.cli.main import main
from stripe_connector.testing.doubles import CustomerStripe

from tests.support.keys import API_KEY as KEY


@pytest.fixture
def double() -> Iterator[CustomerStripe]:
    with CustomerStripe(rate=1000, burst=100) as double:
        yield double


def run(monkeypatch: pytest.MonkeyPatch, url: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("STRIPE_API_KEY", KEY)
    monkeypatch.setenv("STRIPE_BASE_URL", url)
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(""))
    assert KEY not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_details_prints_the_data_and_what_the_engine_saw(
    monkeypatch: pytest.MonkeyPatch, double: CustomerStripe
) -> None:
    argv = (
        "call",
        "create_customer",
        '{"email": "cli@example.com"}',
        "--idempotency-scope",
        "run-7:step-1",
        "--details",
    )
    code, first, _ = run(monkeypatch, double.url, *argv)
    assert code == 0
    one = json.loads(first)
    assert one["data"]["email"] == "cli@example.com" and one["idempotent_replayed"] is False
    assert one["request_id"].startswith("req_") and one["attempts"] == 1
    code, again, _ = run(monkeypatch, double.url, *argv)
    two = json.loads(again)
    assert two["idempotent_replayed"] is True and two["data"] == one["data"]
    assert two["idempotency_key"] == one["idempotency_key"]
    assert double.stats.applied == 1


def test_without_details_the_output_is_stripes_json(monkeypatch: pytest.MonkeyPatch, double: CustomerStripe) -> None:
    code, out, _ = run(monkeypatch, double.url, "call", "list_customers", '{"limit": 1}')
    assert code == 0 and json.loads(out)["object"] == "list"


@pytest.mark.parametrize("other", ["--all", "--dry-run"])
def test_details_is_refused_with_all_or_dry_run(
    monkeypatch: pytest.MonkeyPatch, double: CustomerStripe, other: str
) -> None:
    code, out, err = run(monkeypatch, double.url, "call", "list_customers", "{}", "--details", other)
    assert code == 2 and out == ""
    assert "--details" in json.loads(err.strip().splitlines()[-1])["error"]["message"]
    assert double.stats.requests == 0
