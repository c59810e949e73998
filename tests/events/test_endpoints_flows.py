"""Endpoint management against the Stripe double: found by URL and updated in place (never deleted and
re-created), created only when none exists with the connector's API version, its secret written 0600 and never
printed, refused at Stripe's cap of 16; run twice, it changes nothing."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector.cli.main import main
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import WebhookEndpointLimitError, aensure_webhook_endpoint, ensure_webhook_endpoint
from stripe_connector.testing.doubles import EventStripe

from tests.connector_defaults import Connectors
from tests.support.keys import API_KEY

URL = "https://hooks.example.com/stripe/webhook"


@pytest.fixture
def double() -> Iterator[EventStripe]:
    with EventStripe() as server:
        yield server


@pytest.fixture
def connector(double: EventStripe, connect: Connectors) -> Iterator[StripeConnector]:
    with connect(double.url, max_retries=0) as client:
        yield client


def test_run_twice_from_the_cli_creates_one_endpoint_and_prints_no_secret(
    double: EventStripe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    secret_file = tmp_path / "whsec"
    argv = ["events", "endpoint", "--url", URL, "--events", "invoice.paid,customer.created",
            "--secret-file", str(secret_file), "--base-url", double.url]  # fmt: skip
    outputs = []
    for _ in range(2):
        out, err = io.StringIO(), io.StringIO()
        assert main(argv, stdout=out, stderr=err) == 0, err.getvalue()
        outputs.append(json.loads(out.getvalue()))
        assert double.secrets_issued[0] not in out.getvalue() + err.getvalue()
    assert len(double.endpoints) == 1 and double.calls["POST /v1/webhook_endpoints"] == 1
    assert outputs[0]["created"] and not outputs[1]["created"] and not outputs[1]["updated"]
    assert secret_file.read_text().strip() == double.secrets_issued[0]
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    (endpoint,) = double.endpoints.values()
    assert endpoint["api_version"] == StripeConnector(API_KEY).core.stripe_version


def test_changed_events_are_updated_in_place_never_recreated(double: EventStripe, connector: StripeConnector,
                                                             tmp_path: Path) -> None:  # fmt: skip
    first = ensure_webhook_endpoint(connector, URL, ["invoice.paid"], secret_file=str(tmp_path / "s"))
    double.endpoints[first.id]["status"] = "disabled"
    second = ensure_webhook_endpoint(connector, URL, ["invoice.paid", "charge.refunded"])
    assert second.id == first.id and second.updated and not second.created
    assert sorted(double.endpoints[first.id]["enabled_events"]) == ["charge.refunded", "invoice.paid"]
    assert double.endpoints[first.id]["status"] == "enabled"
    assert double.calls["DELETE"] == 0 and double.calls["POST /v1/webhook_endpoints"] == 1
    assert "whsec_" not in repr(second) + json.dumps(second.as_json())


def test_at_the_cap_it_refuses_before_creating_but_still_updates_its_own(double: EventStripe,
                                                                         connector: StripeConnector,
                                                                         tmp_path: Path) -> None:  # fmt: skip
    for n in range(16):
        ensure_webhook_endpoint(connector, f"https://other.example.com/{n}", ["*"], secret_file=str(tmp_path / "s"))
    with pytest.raises(WebhookEndpointLimitError, match="16"):
        ensure_webhook_endpoint(connector, URL, ["invoice.paid"], secret_file=str(tmp_path / "s"))
    assert len(double.endpoints) == 16
    updated = ensure_webhook_endpoint(connector, "https://other.example.com/3", ["invoice.paid"])
    assert updated.updated and len(double.endpoints) == 16


def test_no_secret_file_no_creation_and_bad_input_is_named(double: EventStripe, connector: StripeConnector) -> None:
    with pytest.raises(InvalidInputError) as info:
        ensure_webhook_endpoint(connector, URL, ["invoice.paid"])
    assert info.value.param == "secret_file" and not double.endpoints
    for url, events, param in (("ftp://x", ["a"], "url"), (URL, [], "events"), (URL, "invoice.paid", "events")):
        with pytest.raises(InvalidInputError) as info:
            ensure_webhook_endpoint(connector, url, events)
        assert info.value.param == param
    assert double.calls["POST /v1/webhook_endpoints"] == 0


async def test_the_async_variant_agrees(double: EventStripe, tmp_path: Path) -> None:
    async with AsyncStripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        first = await aensure_webhook_endpoint(connector, URL, ["invoice.paid"], secret_file=str(tmp_path / "s"))
        again = await aensure_webhook_endpoint(connector, URL, ["invoice.paid"], secret_file=str(tmp_path / "s"))
    assert first.created and not again.created and not again.updated and len(double.endpoints) == 1


def test_a_misspelt_option_is_refused_by_name_before_anything_is_sent(double: EventStripe,
                                                                      connector: StripeConnector) -> None:  # fmt: skip
    with pytest.raises(InvalidInputError) as caught:
        ensure_webhook_endpoint(connector, URL, ["invoice.paid"], secret_fle="/tmp/x")  # type: ignore[call-arg]
    assert caught.value.param == "secret_fle"
    assert sum(double.calls.values()) == 0
