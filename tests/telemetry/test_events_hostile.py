"""Whatever a delivery carries, no secret, key or body value reaches the events pipeline's telemetry.

A property test: signed deliveries whose event id, type, account and data are full of key-like strings
(``sk_test_``, ``whsec_``...) and marked values, delivered to a known connection or to a connection path that is
itself a secret, with hostile headers beside the signature (a forged ``traceparent`` among them), handed on by a
handler that fails with the secret in its message; and an export whose arguments and pages are the same. Every
attribute of every span, span event, link and metric point (the delivery and hand-off spans, the outcome counts,
the lag, the inbox and export gauges) is searched for them.
"""

from __future__ import annotations

import asyncio
import json
import string
import time
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import StripeConnector, telemetry
from stripe_connector.events import Dispatcher, StoredEvent, open_store, webhook_app
from stripe_connector.export._job import ExportJob
from stripe_connector.export._sync import export_pages

from tests.support.events_support import SECRET, signed_headers
from tests.support.keys import API_KEY
from tests.support.otel import Recorded, recording

MARK = "ZQ"
PREFIXES = ("sk_test_", "rk_live_", "whsec_", "pk_test_", "sk_org_")
FORBIDDEN = ("sk_test_", "rk_live_", "sk_live_", "whsec_", "pk_test_", "sk_org_", MARK, SECRET)

secrets = st.builds(
    lambda prefix, body: f"{prefix}{MARK}{body}",
    st.sampled_from(PREFIXES),
    st.text(string.ascii_letters + string.digits, min_size=4, max_size=16),
)
#: Event ids and types that are not of Stripe's shape, or hide a key inside a shape that is.
#: (The receiver refuses the ones that are not Stripe's shape at all; the others are stored and handed on.)
event_ids = st.one_of(secrets.map(lambda s: f"evt_{s}"), secrets.map(lambda s: f"evt_{MARK}-{s}"), secrets)
event_types = st.one_of(secrets.map(lambda s: f"customer.{s.lower()}"), secrets, secrets.map(lambda s: f"a b {s}"))


def delivery(event_id: str, event_type: str, value: str) -> bytes:
    return json.dumps({"id": event_id, "object": "event", "type": event_type, "created": int(time.time()),
                       "livemode": False, "account": f"acct_{value}",
                       "data": {"object": {"id": value, "object": "customer", "email": value}}}).encode()  # fmt: skip


def deliver(tmp: Path, body: bytes, path: str, value: str, seen: list[str], recorded: Recorded) -> int:
    """Deliver ``body`` (and a forgery of it) with hostile headers, hand on what was stored (a failure, then a
    success); how many events were stored. ``seen`` gets what telemetry held while the store was open (the inbox
    gauge is read then)."""
    store = open_store(f"sqlite:///{tmp}/inbox.db")
    app = webhook_app(store, {"conn_a": [SECRET]})
    headers = {**signed_headers(body), "traceparent": f"00-{value}-01", "X-Extra": value, "User-Agent": value}

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            await client.post(path, content=body, headers=headers)
            await client.post(path, content=body + b" ", headers=headers)  # a body the signature does not match

    def fail(item: StoredEvent) -> None:
        raise RuntimeError(f"refused {value} {item.payload!r}")

    try:
        asyncio.run(go())
        stored = store.list()
        Dispatcher(store, fail, handler_timeout=None).run_until_idle()
        seen += recorded.every_attribute_value()  # the inbox gauge, with the event failed
        for item in stored:
            store.replay(item.account, item.event_id, connection=item.connection)
        Dispatcher(store, lambda item: None, handler_timeout=None).run_until_idle()
        seen += recorded.every_attribute_value()
        return len(stored)
    finally:
        app.close()
        store.close()


def export_some(value: str, seen: list[str], recorded: Recorded) -> None:
    """An export with ``value`` in its arguments and pages; ``seen`` gets telemetry while it runs (its gauges)."""

    def handler(request: httpx.Request) -> httpx.Response:
        data = [{"id": value, "object": "customer", "created": 50, "email": value}]
        return httpx.Response(200, json={"object": "list", "data": data, "has_more": False, "url": value},
                              headers={"request-id": value})  # fmt: skip

    with StripeConnector(API_KEY, base_url="http://stripe.test", transport=httpx.MockTransport(handler),
                         rate_limiter=False, max_retries=0) as connector:  # fmt: skip
        job = ExportJob(connector.core, "list_customers", {"email": value}, created_gte=1, created_lt=100,
                        concurrency=1)  # fmt: skip
        run = export_pages(connector, job)
        next(run)
        seen += recorded.every_attribute_value()  # the gauges are read while the export runs
        run.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(event_id=event_ids, event_type=event_types, value=secrets, known=st.booleans())
def test_no_secret_or_body_reaches_the_events_telemetry(
    tmp_path_factory: Any, event_id: str, event_type: str, value: str, known: bool
) -> None:
    recorded = recording()
    texts: list[str] = []
    try:
        tmp = tmp_path_factory.mktemp("hostile")
        path = "/stripe/webhook/conn_a" if known else f"/stripe/webhook/{value}"
        stored = deliver(tmp, delivery(event_id, event_type, value), path, value, texts, recorded)
        export_some(value, texts, recorded)
    finally:
        telemetry.configure()
    assert ("stripe.event hand_off" in texts) == (stored > 0)  # the property reaches the hand-off when it can
    leaks = [text for text in texts for bad in FORBIDDEN if bad in text]
    assert leaks == [], (event_id, event_type, value)


def test_the_property_reaches_every_new_attribute(tmp_path: Path) -> None:
    """Not vacuous: a stored hostile event's delivery, hand-offs (a failure, a success), lag, inbox gauge and an
    export's gauges are all recorded, and searched."""
    recorded = recording()
    value = f"sk_test_{MARK}abc"
    texts: list[str] = []
    try:
        body = delivery(f"evt_{value}", f"customer.{value.lower()}", value)
        assert deliver(tmp_path, body, "/stripe/webhook/conn_a", value, texts, recorded) == 1
        export_some(value, texts, recorded)
    finally:
        telemetry.configure()
    assert {"stripe_connector.events.state", "failed", "stripe_connector.export", "stripe.tool"} <= set(texts)
    assert "stripe.event hand_off" in texts and "bad_signature" in texts and "RuntimeError" in texts
    assert "conn_a" in texts and "list_customers" in texts and "other" in texts  # the type was not reported
    assert {"stripe_connector.webhook.deliveries", "stripe_connector.events.hand_off.lag"} <= set(recorded.points())
    assert [text for text in texts for bad in FORBIDDEN if bad in text] == []
