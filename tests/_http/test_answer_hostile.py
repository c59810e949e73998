"""Hostile answers: a server the caller does not control (a proxy, a middlebox, a fake) answers what Stripe never
would. Every such answer is a typed ``StripeResponseError`` (the server's fault, not "could not reach Stripe"),
in ``call``, the typed methods, the async twin and the CLI; and no answer puts the key into an exception."""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector._http.answer import UnreadableAnswer, decode_answer
from stripe_connector.errors import StripeAPIError, StripeConnectorError, StripeResponseError
from stripe_connector.testing.doubles import Reply, ScriptedStripe

from tests.connector_defaults import NO_RETRY
from tests.support.hostile_support import fixed, raw_server, run_cli
from tests.support.keys import API_KEY

#: The options of the suite's `stripe` fixture here: the first answer is the call's answer.
CONNECTOR_OPTIONS = {"retry_policy": NO_RETRY}

#: Bodies of a 200 answer that are not acceptable JSON, by reason.
BAD_BODIES = {
    "nan": b'{"id": "cus_1", "balance": NaN}',
    "infinity": b'{"id": "cus_1", "balance": -Infinity}',
    "overflowing float": b'{"id": "cus_1", "balance": 1e999}',
    "escaped lone surrogate": b'{"id": "cus_1", "name": "\\ud800"}',
    "escaped lone low surrogate in a key": b'{"id": "cus_1", "metadata": {"\\udfff": "x"}}',
    "utf-8 encoded surrogate": b'{"id": "cus_1", "name": "\xed\xa0\x80"}',
    "deep nesting": b'{"id": "cus_1", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "5000-digit integer": b'{"id": "cus_1", "balance": ' + b"9" * 5000 + b"}",
    "not utf-8": b'{"id": "\xff\xfe"}',
    "truncated": b'{"id": "cus_1", "name": "a',
    "array": b"[]",
    "string": b'"cus_1"',
}


@pytest.mark.parametrize("reason", sorted(BAD_BODIES))
def test_unreadable_answers_are_response_errors_in_call(
    stripe: StripeConnector, server: ScriptedStripe, reason: str
) -> None:
    server.script(Reply(200, body=BAD_BODIES[reason], headers={"Request-Id": "req_bad"}))
    with pytest.raises(StripeResponseError) as caught:
        stripe.call("get_customer", {"id": "cus_1"})
    assert caught.value.http_status == 200
    assert caught.value.request_id == "req_bad"
    assert server.count == 1  # an unreadable answer is not retried as if Stripe were unreachable


@pytest.mark.parametrize("reason", ["nan", "escaped lone surrogate", "deep nesting", "utf-8 encoded surrogate"])
def test_unreadable_answers_are_response_errors_in_typed_methods(
    stripe: StripeConnector, server: ScriptedStripe, reason: str
) -> None:
    server.script(Reply(200, body=BAD_BODIES[reason]))
    with pytest.raises(StripeResponseError):
        stripe.get_customer("cus_1")


@pytest.mark.parametrize("reason", ["infinity", "escaped lone surrogate", "deep nesting"])
def test_unreadable_answers_are_response_errors_in_async(server: ScriptedStripe, reason: str) -> None:
    server.script(Reply(200, body=BAD_BODIES[reason]))

    async def main() -> None:
        async with AsyncStripeConnector(API_KEY, base_url=server.base_url, retry_policy=NO_RETRY) as connector:
            await connector.call("get_customer", {"id": "cus_1"})

    with pytest.raises(StripeResponseError):
        asyncio.run(main())


def test_a_valid_surrogate_pair_is_kept(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(Reply(200, body=b'{"id": "cus_1", "name": "\\ud83d\\ude00 \\\\ud800"}'))
    assert stripe.call("get_customer", {"id": "cus_1"})["name"] == "\U0001f600 \\ud800"


@pytest.mark.parametrize("status", [400, 402, 500])
@pytest.mark.parametrize("reason", ["deep nesting", "escaped lone surrogate", "nan"])
def test_hostile_error_bodies_are_still_typed_api_errors(
    stripe: StripeConnector, server: ScriptedStripe, status: int, reason: str
) -> None:
    server.script(Reply(status, body=BAD_BODIES[reason]))
    with pytest.raises(StripeAPIError) as caught:
        stripe.call("get_customer", {"id": "cus_1"})
    assert caught.value.http_status == status
    str(caught.value).encode("utf-8")  # printable by any UTF-8 writer: no lone surrogate survives


def test_an_error_message_with_a_lone_surrogate_is_printable(stripe: StripeConnector, server: ScriptedStripe) -> None:
    body = {"error": {"type": "card_error", "message": "declined \ud800", "code": "x\udc00"}}
    server.script(Reply(402, body=json.dumps(body).encode()))
    with pytest.raises(StripeAPIError) as caught:
        stripe.call("get_customer", {"id": "cus_1"})
    assert "\ufffd" in caught.value.message
    json.dumps(caught.value.error, ensure_ascii=False).encode("utf-8")


def test_a_key_echoed_in_an_error_body_never_reaches_the_exception(
    stripe: StripeConnector, server: ScriptedStripe
) -> None:
    echoed = {
        "error": {
            "type": "invalid_request_error",
            "message": f"Invalid header Authorization: Bearer {API_KEY}",
            "param": API_KEY,
            "headers": {"authorization": f"Bearer {API_KEY}"},
        }
    }
    server.script(Reply(400, json=echoed), Reply(502, body=f"<html>proxy: Bearer {API_KEY}</html>"))
    for _ in range(2):
        with pytest.raises(StripeAPIError) as caught:
            stripe.call("get_customer", {"id": "cus_1"})
        exc = caught.value
        for text in (str(exc), repr(exc), exc.message, repr(exc.error), repr(exc.args), repr(vars(exc))):
            assert API_KEY not in text
        assert API_KEY.encode() not in pickle.dumps(exc)
        assert "<redacted>" in str(exc)


def test_corrupt_gzip_is_a_response_error_not_a_connection_error() -> None:
    body = gzip.compress(b'{"id": "cus_1"}')[:-12] + b"garbage!" * 4
    with raw_server(fixed(body, extra="Content-Encoding: gzip\r\n")) as server:
        connector = StripeConnector(API_KEY, base_url=server.base_url, max_retries=2)
        with (
            connector,
            pytest.raises(
                StripeResponseError, match=r"could not be read: its body could not be decoded \(corrupt\?\)$"
            ),
        ):
            connector.call("get_customer", {"id": "cus_1"})
        assert server.requests == 1


def test_valid_gzip_is_decoded() -> None:
    with (
        raw_server(fixed(gzip.compress(b'{"id": "cus_1"}'), extra="Content-Encoding: gzip\r\n")) as server,
        StripeConnector(API_KEY, base_url=server.base_url) as connector,
    ):
        assert connector.call("get_customer", {"id": "cus_1"}) == {"id": "cus_1"}


def test_an_answer_over_the_size_cap_is_refused(server: ScriptedStripe) -> None:
    big = {"id": "cus_1", "name": "x" * 5000}
    server.reset(default=Reply(200, json=big))
    small = StripeConnector(API_KEY, base_url=server.base_url, max_response_bytes=4096)
    with small, pytest.raises(StripeResponseError, match="4,096 bytes"):
        small.call("get_customer", {"id": "cus_1"})
    with StripeConnector(API_KEY, base_url=server.base_url, max_response_bytes=8192) as connector:
        assert connector.call("get_customer", {"id": "cus_1"}) == big


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b'{"id": "' + b"a" * 5_000_000 + b'"}')
    with raw_server(fixed(bomb, extra="Content-Encoding: gzip\r\n")) as server:
        connector = StripeConnector(API_KEY, base_url=server.base_url, max_response_bytes=1_000_000)
        with connector, pytest.raises(StripeResponseError, match="larger than"):
            connector.call("get_customer", {"id": "cus_1"})


def test_an_announced_huge_body_is_refused_before_reading() -> None:
    def respond(server: Any, conn: Any) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n{")
        server.stopping.wait(5)

    with (
        raw_server(respond) as server,
        StripeConnector(API_KEY, base_url=server.base_url, timeout=5) as connector,
        pytest.raises(StripeResponseError, match="larger than"),
    ):
        connector.call("get_customer", {"id": "cus_1"})


def test_the_default_size_cap_is_documented_and_sane() -> None:
    connector = StripeConnector(API_KEY)
    assert connector.max_response_bytes == 32 * 1024 * 1024
    assert "32 MiB" in (StripeConnector.__doc__ or "")


@pytest.mark.parametrize("reason", ["nan", "escaped lone surrogate", "deep nesting", "array"])
def test_cli_exits_5_with_nothing_half_written(server: ScriptedStripe, reason: str, monkeypatch: Any) -> None:
    server.script(Reply(200, body=BAD_BODIES[reason]))
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "get_customer", '{"id": "cus_1"}', "--base-url", server.base_url, "--max-retries", "0"])
    assert result.code == 5
    assert result.out == ""
    assert result.error["kind"] == "response"


# --- properties -------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_decode_answer_never_raises_anything_but_unreadable(content: bytes) -> None:
    try:
        value = decode_answer(content)
    except UnreadableAnswer:
        return
    json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")  # whatever is accepted re-encodes


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(json_values, st.booleans())
def test_any_standard_json_is_read_back_unchanged(value: Any, ascii_only: bool) -> None:
    assert decode_answer(json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")) == value


@settings(max_examples=200, deadline=None)
@given(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), st.text(max_size=3), st.booleans())
def test_any_lone_surrogate_is_refused(surrogate: str, around: str, in_key: bool) -> None:
    text = around + surrogate + around  # st.text() has no surrogates: this one cannot pair up
    body = {text: "x"} if in_key else {"name": text}
    with pytest.raises(UnreadableAnswer):
        decode_answer(json.dumps(body).encode("ascii"))


def test_every_unreadable_answer_is_a_connector_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    """Nothing else escapes ``call`` for any of the bodies (the family, checked together)."""
    for body in BAD_BODIES.values():
        server.script(Reply(200, body=body))
        with pytest.raises(StripeConnectorError):
            stripe.call("get_customer", {"id": "cus_1"})


@pytest.mark.parametrize(
    ("body", "extra", "options", "needle"),
    [
        (gzip.compress(b'{"id": "cus_1"}')[:-12] + b"garbage!" * 4, "Content-Encoding: gzip\r\n", {}, "decoded"),
        (
            gzip.compress(b'{"id": "' + b"a" * 500_000 + b'"}'),
            "Content-Encoding: gzip\r\n",
            {"max_response_bytes": 100_000},
            "larger than",
        ),
        (b'{"id": "' + b"a" * 50_000 + b'"}', "", {"max_response_bytes": 10_000}, "larger than"),
    ],
    ids=["corrupt gzip", "gzip over the cap", "plain over the cap"],
)
def test_unreadable_bodies_in_the_async_twin(body: bytes, extra: str, options: dict[str, Any], needle: str) -> None:
    async def main(base_url: str) -> Any:
        async with AsyncStripeConnector(API_KEY, base_url=base_url, max_retries=2, **options) as connector:
            return await connector.call("get_customer", {"id": "cus_1"})

    with raw_server(fixed(body, extra=extra)) as server:
        with pytest.raises(StripeResponseError, match=needle):
            asyncio.run(main(server.base_url))
        assert server.requests == 1


def chunked_body(parts: list[bytes], pause: float = 0.05) -> Any:
    """A handler sending one answer whose body arrives in ``parts`` (separate reads on the client side)."""

    def respond(server: Any, conn: Any) -> None:
        while not server.stopping.is_set():
            if not server.read_request(conn):
                return
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {sum(map(len, parts))}\r\n\r\n".encode())
            for part in parts:
                time.sleep(pause)
                conn.sendall(part)

    return respond


def json_in_parts(size: int, parts: int) -> tuple[bytes, list[bytes]]:
    body = b'{"id": "' + b"a" * (size - 10) + b'"}'
    assert len(body) == size
    step = -(-size // parts)
    return body, [body[i : i + step] for i in range(0, size, step)]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_cap_counts_every_chunk_and_is_inclusive(flavour: str) -> None:
    body, parts = json_in_parts(30_000, 3)

    def call(base_url: str, limit: int) -> Any:
        if flavour == "sync":
            with StripeConnector(API_KEY, base_url=base_url, max_response_bytes=limit) as connector:
                return connector.call("get_customer", {"id": "cus_1"})

        async def main() -> Any:
            async with AsyncStripeConnector(API_KEY, base_url=base_url, max_response_bytes=limit) as connector:
                return await connector.call("get_customer", {"id": "cus_1"})

        return asyncio.run(main())

    with raw_server(chunked_body(parts)) as server:
        assert call(server.base_url, 30_000) == json.loads(body)  # exactly the cap: read whole, chunks joined
        with pytest.raises(StripeResponseError, match="cap of 29,999 bytes"):
            call(server.base_url, 29_999)
        with pytest.raises(StripeResponseError, match="cap of 20,000 bytes"):  # no single chunk is over it
            call(server.base_url, 20_000)
