"""Catch-up from /v1/events: against the Stripe double (paging, lag, an aged-out cursor, a broken server, async,
thin events) and against localstripe with a real ``events serve`` receiving its signed webhooks, where events that
arrive both ways are handed on exactly once."""

from __future__ import annotations

import io
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector.cli.main import main
from stripe_connector.errors import InvalidInputError, StripeResponseError
from stripe_connector.events import (
    AsyncEventPoller,
    EventCursorExpiredError,
    EventPoller,
    InboxStore,
    fetch_thin_event,
    open_store,
    parse_event,
)
from stripe_connector.testing.doubles import EventStripe
from stripe_connector.testing.launchers.localstripe import running_localstripe

from tests.connector_defaults import Connectors
from tests.support.events_serve import ServeProcess
from tests.support.events_support import SECRET
from tests.support.keys import API_KEY

DAY = 86400


@pytest.fixture
def double() -> Iterator[EventStripe]:
    with EventStripe() as server:
        yield server


@pytest.fixture
def connector(double: EventStripe, connect: Connectors) -> Iterator[StripeConnector]:
    with connect(double.url, max_retries=0) as client:
        yield client


def test_pages_through_a_window_then_moves_the_cursor(double: EventStripe, inbox: InboxStore,
                                                      connector: StripeConnector) -> None:  # fmt: skip
    double.add_events(250)
    poller = EventPoller(connector, inbox, lag=10)
    first = poller.poll_once()
    assert (first.read, first.added, first.pages) == (250, 250, 3)
    assert inbox.get_cursor("default").created == first.cursor  # type: ignore[union-attr]
    second = poller.poll_once()
    assert second.added == 0 and second.read == 0
    assert inbox.counts()["pending"] == 250


def test_never_reads_closer_to_now_than_the_lag(double: EventStripe, inbox: InboxStore,
                                                connector: StripeConnector) -> None:  # fmt: skip
    now = [float(int(time.time()))]
    double.add_events(5, created=int(now[0]) - 3)
    poller = EventPoller(connector, inbox, lag=10, clock=lambda: now[0])
    assert poller.poll_once().read == 0
    now[0] += 8
    result = poller.poll_once()
    assert result.read == 5 and result.added == 5


def test_events_already_received_by_webhook_are_not_stored_again(double: EventStripe, inbox: InboxStore,
                                                                 connector: StripeConnector) -> None:  # fmt: skip
    double.add_events(10)
    for raw in double.events[:4]:
        body = json.dumps(raw).encode()
        assert inbox.add(parse_event(body), body, "webhook")
    result = EventPoller(connector, inbox).poll_once()
    assert result.read == 10 and result.added == 6
    assert Counter(e.source for e in inbox.list(limit=100)) == {"webhook": 4, "poll": 6}


def test_an_aged_out_cursor_is_an_error_or_a_restart_said_clearly(double: EventStripe, inbox: InboxStore,
                                                                  connector: StripeConnector) -> None:  # fmt: skip
    now = time.time()
    inbox.set_cursor("old", int(now - 31 * DAY))
    with pytest.raises(EventCursorExpiredError, match="30-day"):
        EventPoller(connector, inbox, cursor="old", on_expired="error").poll_once()
    assert inbox.get_cursor("old").created == int(now - 31 * DAY)  # type: ignore[union-attr]
    restarted = EventPoller(connector, inbox, cursor="old").poll_once()
    assert restarted.restarted and "aged out" in restarted.warnings[0]
    inbox.set_cursor("ageing", int(now - 29.5 * DAY))
    ageing = EventPoller(connector, inbox, cursor="ageing").poll_once()
    assert not ageing.restarted and "older than 29 days" in ageing.warnings[0]


def test_a_server_that_repeats_its_page_is_refused_and_the_cursor_stays(
    double: EventStripe, inbox: InboxStore, connector: StripeConnector
) -> None:
    double.add_events(150)
    double.hostile = True
    with pytest.raises(StripeResponseError, match="repeated"):
        EventPoller(connector, inbox).poll_once()
    assert inbox.get_cursor("default") is None


def test_bad_options_are_named() -> None:
    for options, param in (({"lag": -1}, "lag"), ({"on_expired": "skip"}, "on_expired"), ({"types": "a"}, "types"),
                           ({"page_size": 101}, "page_size")):  # fmt: skip
        with pytest.raises(InvalidInputError) as info:
            EventPoller(None, None, **options)  # type: ignore[arg-type]
        assert info.value.param == param


async def test_the_async_poller_does_the_same(double: EventStripe, tmp_path: Path) -> None:
    double.add_events(120, type="customer.created")
    double.add_events(30, type="invoice.paid", start=500)
    store = open_store(f"sqlite:///{tmp_path}/async.db")
    async with AsyncStripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        result = await AsyncEventPoller(connector, store, types=["invoice.paid"]).poll_once()
    assert result.read == 30 and result.added == 30
    assert {e.type for e in store.list(limit=200)} == {"invoice.paid"}
    store.close()


def test_a_thin_event_is_fetched_in_full(double: EventStripe, connector: StripeConnector) -> None:
    thin = {"id": "evt_thin_1", "object": "v2.core.event", "type": "v1.billing.meter.no_meter_found",
            "created": "2026-01-01T00:00:00.000Z"}  # fmt: skip
    double.thin["evt_thin_1"] = {**thin, "data": {"developer_message_summary": "no meter"}}
    full = fetch_thin_event(connector, parse_event(json.dumps(thin).encode()))
    assert full["data"] == {"developer_message_summary": "no meter"}


def test_webhooks_and_polling_from_localstripe_hand_each_event_on_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_url = f"sqlite:///{tmp_path}/inbox.db"
    secret_file = tmp_path / "whsec"
    secret_file.write_text(SECRET)
    with (
        running_localstripe(tmp_path / "localstripe") as base_url,
        StripeConnector(API_KEY, base_url=base_url) as stripe,
    ):
        missed = stripe.call("create_customer", {"email": "missed@example.com"})  # no webhook registered yet
        time.sleep(1.2)  # localstripe sends its webhooks 1 s after the event, to the endpoints registered by then
        serve = ServeProcess(tmp_path, store_url, [secret_file]).start()
        try:
            hook = {"url": serve.url, "secret": SECRET, "events[]": "customer.created"}
            httpx.post(f"{base_url}/_config/webhooks/events_test", auth=(API_KEY, ""), data=hook).raise_for_status()
            delivered = [stripe.call("create_customer", {"email": f"c{n}@example.com"})["id"] for n in range(2)]

            def printed_objects() -> Counter[str]:
                return Counter(e["data"]["object"]["id"] for e in serve.printed())

            deadline = time.monotonic() + 15
            while set(delivered) - set(printed_objects()) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert set(delivered) <= set(printed_objects())  # real signed webhooks, verified and stored
            out, err = io.StringIO(), io.StringIO()
            env_args = ["events", "poll", "--lag", "0", "--types", "customer.created", "--store", store_url,
                        "--base-url", base_url, "--no-dispatch"]  # fmt: skip
            monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
            assert main(env_args, stdout=out, stderr=err) == 0, err.getvalue()
            summary = json.loads(err.getvalue().splitlines()[-1])
            assert summary["read"] == 3 and summary["added"] == 1  # only the one no webhook brought
            deadline = time.monotonic() + 10
            while missed["id"] not in printed_objects() and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.3)
            counts = printed_objects()
            assert counts == Counter({missed["id"]: 1, delivered[0]: 1, delivered[1]: 1})
            assert API_KEY not in serve.stdout_path.read_text() + serve.stderr_path.read_text() + err.getvalue()
        finally:
            serve.stop()
