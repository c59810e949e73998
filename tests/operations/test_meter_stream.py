"""Meter event streams: a session opened, renewed before it expires, its token used on the meter events host only;
a session that expires mid-stream renewed and the batch sent again; the token never shown.

The double answers sessions on the main host and stream batches on the meter events host (both mapped to it by
the ``hosts`` option, each on its own loopback port, so a request on the wrong host is seen as such).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import pickle
import threading
from typing import Any

import httpx
import pytest
from stripe_connector import AsyncStripeConnector, InvalidInputError, StripeConnector
from stripe_connector.errors import StripeAPIError, StripeResponseError
from stripe_connector.operations._meter_stream import RENEW_BEFORE, expiry_seconds

from tests.support.keys import API_KEY, SECRET_PART

API = "http://127.0.0.1:7100"
METER = "http://127.0.0.1:7101"
EVENTS = [{"event_name": "api_call", "payload": {"stripe_customer_id": "cus_1", "value": "1"}}]
TOKEN_SECRET = "mes_tok_SECRETtoken"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class MeterDouble:
    """Sessions on the API port (each token new, valid ``lifetime`` seconds by ``clock``); batches on the meter port,
    refused with 401 once their token's time is up (or when ``expire_next`` says so)."""

    def __init__(self, clock: Clock, lifetime: float = 900.0) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.tokens: dict[str, float] = {}
        self.requests: list[httpx.Request] = []
        self.expire_next = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            origin = f"http://{request.url.host}:{request.url.port}"
            if request.url.path == "/v2/billing/meter_event_session":
                assert origin == API and request.headers["authorization"] == f"Bearer {API_KEY}"
                token = f"{TOKEN_SECRET}{len(self.tokens)}"
                expires = self.clock.now + self.lifetime
                self.tokens[token] = expires
                at = datetime.datetime.fromtimestamp(expires, datetime.UTC).isoformat().replace("+00:00", "Z")
                return httpx.Response(
                    200,
                    json={
                        "id": f"mes_{len(self.tokens)}",
                        "object": "v2.billing.meter_event_session",
                        "authentication_token": token,
                        "expires_at": at,
                        "livemode": False,
                    },
                )
            assert request.url.path == "/v2/billing/meter_event_stream" and origin == METER
            token = request.headers["authorization"].removeprefix("Bearer ")
            if self.expire_next:
                self.expire_next -= 1
                self.tokens[token] = self.clock.now
            if self.tokens.get(token, 0) <= self.clock.now:
                return httpx.Response(
                    401,
                    json={"error": {"type": "billing_meter_event_session_expired", "message": "session expired"}},
                )
            assert json.loads(request.content)["events"]
            return httpx.Response(200, json={})

    def batches(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith("/meter_event_stream")]

    def sessions(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith("/meter_event_session")]


def connector_for(double: MeterDouble) -> StripeConnector:
    return StripeConnector(
        API_KEY,
        base_url=API,
        hosts={"meter_events": METER},
        transport=httpx.MockTransport(double),
        rate_limiter=False,
        max_retries=0,
    )


def test_a_session_is_opened_once_and_renewed_before_it_expires() -> None:
    clock = Clock()
    double = MeterDouble(clock)
    stream = connector_for(double).meter_event_stream()
    stream._clock = clock
    for _ in range(3):
        assert stream.send(EVENTS) == {}
    assert stream.sessions_opened == 1 and len(double.sessions()) == 1
    clock.now += double.lifetime - RENEW_BEFORE - 1  # just before the renewal point: the same session
    stream.send(EVENTS)
    assert stream.sessions_opened == 1
    clock.now += 2  # inside the renewal margin: renewed before it expires, so no batch is ever refused
    stream.send(EVENTS)
    assert stream.sessions_opened == 2
    assert all(
        r.headers["authorization"] == f"Bearer {TOKEN_SECRET}{0 if n < 4 else 1}"
        for n, r in enumerate(double.batches())
    )
    assert len(double.batches()) == 5  # nothing was refused, nothing resent


def test_a_short_session_is_renewed_a_quarter_of_its_life_early() -> None:
    clock = Clock()
    double = MeterDouble(clock, lifetime=20.0)
    stream = connector_for(double).meter_event_stream()
    stream._clock = clock
    stream.send(EVENTS)
    clock.now += 14.0
    stream.send(EVENTS)
    assert stream.sessions_opened == 1
    clock.now += 2.0  # 16 s in: past three quarters of 20 s
    stream.send(EVENTS)
    assert stream.sessions_opened == 2


def test_a_session_that_expires_mid_stream_is_renewed_and_the_batch_sent_again() -> None:
    clock = Clock()
    double = MeterDouble(clock)
    stream = connector_for(double).meter_event_stream()
    stream._clock = clock
    stream.send(EVENTS)
    double.expire_next = 1  # the server ends the session early (revoked, or its clock runs ahead)
    assert stream.send(EVENTS) == {}
    refused, resent = double.batches()[1:]
    assert refused.content == resent.content
    assert refused.headers["authorization"] != resent.headers["authorization"]
    assert stream.sessions_opened == 2
    double.expire_next = 2  # expired again right after renewal: the error is the caller's, not a loop
    with pytest.raises(StripeAPIError) as caught:
        stream.send(EVENTS)
    assert caught.value.http_status == 401 and stream.sessions_opened == 3


def test_concurrent_senders_renew_once() -> None:
    clock = Clock()
    double = MeterDouble(clock)
    stream = connector_for(double).meter_event_stream()
    stream._clock = clock
    start = threading.Barrier(8)

    def send() -> None:
        start.wait()
        stream.send(EVENTS)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert stream.sessions_opened == 1 and len(double.batches()) == 8


def test_the_token_goes_to_the_meter_host_only_and_the_key_never_does() -> None:
    clock = Clock()
    double = MeterDouble(clock)
    connector = connector_for(double)
    stream = connector.meter_event_stream()
    stream._clock = clock
    stream.send(EVENTS)
    for request in double.requests:
        authorization = request.headers["authorization"]
        on_meter = f"http://{request.url.host}:{request.url.port}" == METER
        assert (TOKEN_SECRET in authorization) == on_meter
        assert (SECRET_PART in authorization) == (not on_meter)


def test_the_token_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    double = MeterDouble(clock)
    connector = connector_for(double)
    stream = connector.meter_event_stream()
    stream._clock = clock
    with caplog.at_level(logging.DEBUG, logger="stripe_connector"):
        stream.send(EVENTS)
    session = stream.session()
    described = connector.core.request_preview(stream.stream_request(EVENTS, session))
    shown = " ".join([repr(stream), repr(session), json.dumps(described), caplog.text])
    assert TOKEN_SECRET not in shown and SECRET_PART not in shown
    assert described["headers"]["Authorization"] == "Bearer <session token redacted>"
    assert described["url"] == METER + "/v2/billing/meter_event_stream"
    with pytest.raises(TypeError):
        pickle.dumps(stream)


def test_bad_batches_and_bad_sessions_are_refused() -> None:
    clock = Clock()
    double = MeterDouble(clock)
    stream = connector_for(double).meter_event_stream()
    batches: list[Any] = [[], "events", [{"event_name": "x"}], [{"payload": {}}] * 101, [{"event_name": 1}]]
    for batch in batches:
        with pytest.raises(InvalidInputError):
            stream.send(batch)
    assert double.requests == []
    for bad in ({"authentication_token": "", "expires_at": "2030-01-01T00:00:00Z"}, {"authentication_token": "a b"}):

        def answer(request: httpx.Request, body: Any = bad) -> httpx.Response:
            return httpx.Response(200, json=body)

        connector = StripeConnector(API_KEY, base_url=API, transport=httpx.MockTransport(answer), rate_limiter=False)
        with pytest.raises(StripeResponseError):
            connector.meter_event_stream().send(EVENTS)
    assert expiry_seconds("2030-01-01T00:00:00Z") == expiry_seconds(1893456000)
    with pytest.raises(StripeResponseError):
        expiry_seconds("soon")


def test_the_async_stream_renews_mid_stream_too() -> None:
    clock = Clock()
    double = MeterDouble(clock)

    async def answer(request: httpx.Request) -> httpx.Response:
        return double(request)

    async def run() -> int:
        async with AsyncStripeConnector(
            API_KEY,
            base_url=API,
            hosts={"meter_events": METER},
            transport=httpx.MockTransport(answer),
            rate_limiter=False,
            max_retries=0,
        ) as connector:
            stream = connector.meter_event_stream()
            stream._clock = clock
            await stream.send(EVENTS)
            double.expire_next = 1
            await stream.send(EVENTS)
            return stream.sessions_opened

    assert asyncio.run(run()) == 2
    assert len(double.batches()) == 3


def test_a_spec_that_moves_the_stream_off_the_meter_host_gets_no_token() -> None:
    """Should an index ever serve the stream elsewhere, the session token is not sent there: refused instead."""
    clock = Clock()
    double = MeterDouble(clock)
    stream = connector_for(double).meter_event_stream()
    stream._clock = clock
    stream._stream_host = "api.stripe.com"
    with pytest.raises(InvalidInputError, match="not a meter events host"):
        stream.send(EVENTS)
    assert double.batches() == []
