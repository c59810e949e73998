"""The public testing kit (``stripe_connector.testing``) does what it says, hostile where it fits.

The doubles: where they listen (loopback or a Unix socket, nothing else), that they stop (port closed, sleeping
replies woken, socket file gone), and that each fault does what it says (a drop is a lost answer, a 429 is Stripe's,
idempotency replays, ``created`` filters and paging agree with a plain filter). ``sign_webhook``: stripe-python and
the package verify it, and bad input is named. The cassette settings: a secret is scrubbed in every place a request
or an answer can carry one, the scanner sees what it must, and requests match by decoded body, never by their
idempotency key. The kit is importable without pytest, and ``import stripe_connector`` does not import it.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import stripe
import vcr  # type: ignore[import-untyped]
import vcr.matchers  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import RetryPolicy, StripeConnector
from stripe_connector.errors import RateLimitError, StripeConnectionError, WebhookSignatureError
from stripe_connector.events import verify_signature
from stripe_connector.testing import (
    CustomerStripe,
    EventStripe,
    ListStripe,
    Reply,
    ScriptedStripe,
    ServerConfig,
    find_secrets,
    sign_webhook,
    stripe_vcr_config,
)
from stripe_connector.testing.cassettes import REDACTED, request_scrubber, response_scrubber
from stripe_connector.testing.doubles import closed_port, spread
from vcr.request import Request  # type: ignore[import-untyped]

from tests.support.keys import API_KEY

NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0)
SECRET = "whsec_kitTestSecret0123456789"


# --- where a double listens, and how it stops ---------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", ""])
def test_a_double_listens_on_loopback_only(host: str) -> None:
    with pytest.raises(ValueError, match="host must be a loopback address"):
        ServerConfig(host=host)


def test_a_double_on_a_unix_socket_answers_the_connector_and_removes_its_socket(tmp_path: Path) -> None:
    path = tmp_path / "stripe.sock"
    double = ScriptedStripe([Reply(json={"id": "cus_1", "object": "customer"})], server=ServerConfig(unix_socket=path))
    with double, StripeConnector(API_KEY, base_url=double.url, transport=double.transport()) as connector:
        assert path.is_socket()
        assert connector.call("get_customer", {"id": "cus_1"})["id"] == "cus_1"
        assert (double.last.method, double.last.path, double.last.api_key) == ("GET", "/v1/customers/cus_1", API_KEY)
    assert not path.exists()


def test_stop_closes_the_port_wakes_sleeping_replies_and_is_idempotent() -> None:
    double = ScriptedStripe([Reply(json={}, delay=600)]).start()
    port = double.port
    answered: list[BaseException | int] = []

    def ask() -> None:
        try:
            answered.append(httpx.get(f"{double.url}/v1/balance", timeout=600).status_code)
        except httpx.HTTPError as exc:
            answered.append(exc)

    client = threading.Thread(target=ask)
    client.start()
    while double.count == 0:  # the request is in, its reply is sleeping
        time.sleep(0.01)
    double.stop()
    client.join(timeout=30)
    assert not client.is_alive(), "a reply sleeping for 600 s kept the client waiting after stop()"
    double.stop()  # twice is fine
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_a_double_cannot_start_twice() -> None:
    with ScriptedStripe() as double, pytest.raises(RuntimeError, match="already started"):
        double.start()


def test_closed_port_refuses() -> None:
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", closed_port()), timeout=2):
        pass


# --- the faults do what they say ----------------------------------------------------------------------------------


def test_a_dropped_answer_is_a_connection_error_after_every_retry() -> None:
    with ScriptedStripe(default=Reply(drop=True)) as double:
        with (
            StripeConnector(API_KEY, base_url=double.url, retry_policy=NO_WAIT) as connector,
            pytest.raises(StripeConnectionError),
        ):
            connector.call("get_customer", {"id": "cus_1"})
        assert double.count == 3  # the first try and two retries, each one dropped


def test_the_rate_limited_double_answers_stripes_429_once_the_burst_is_spent() -> None:
    with CustomerStripe(rate=0.001, burst=2, search_rate=0.001) as double:
        headers = {"Authorization": f"Bearer {API_KEY}"}
        codes = [httpx.get(f"{double.url}/v1/customers", headers=headers).status_code for _ in range(3)]
        limited = httpx.get(f"{double.url}/v1/customers", headers=headers)
        other_key = httpx.get(f"{double.url}/v1/customers", headers={"Authorization": "Bearer sk_test_other"})
        assert codes == [200, 200, 429]
        assert limited.headers["Stripe-Rate-Limited-Reason"] == "global-rate"
        assert limited.json()["error"]["code"] == "rate_limit"
        assert other_key.status_code == 200  # one budget per key
        assert httpx.get(f"{double.url}/v1/customers").status_code == 401
        once = RetryPolicy(max_retries=0)
        with (
            StripeConnector(API_KEY, base_url=double.url, retry_policy=once) as connector,
            pytest.raises(RateLimitError),
        ):
            connector.call("list_customers", {})
        assert double.stats.rate_limited == 3


def test_idempotency_replays_and_a_drop_loses_only_the_answer() -> None:
    with CustomerStripe(rate=1000, burst=1000) as double:
        headers = {"Authorization": f"Bearer {API_KEY}", "Idempotency-Key": "k1"}
        form = {"email": "a@example.com", "metadata[double_drop]": "once"}
        with pytest.raises(httpx.HTTPError):
            httpx.post(f"{double.url}/v1/customers", data=form, headers=headers)
        again = httpx.post(f"{double.url}/v1/customers", data=form, headers=headers)
        assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
        assert again.json()["email"] == "a@example.com"
        assert (double.stats.applied, double.stats.dropped, double.stats.replays) == (1, 1, 1)


@settings(max_examples=25, deadline=None)
@given(
    low=st.integers(0, 120),
    width=st.integers(0, 120),
    limit=st.integers(1, 7),
    seed=st.integers(0, 3),
)
def test_list_pages_agree_with_a_plain_filter(low: int, width: int, limit: int, seed: int) -> None:
    created = spread(40, start=1000, end=1120, seed=seed)
    expected = sorted(
        ((moment, n + 1) for n, moment in enumerate(created) if low + 1000 <= moment < low + 1000 + width),
        reverse=True,
    )
    with ListStripe(created) as double, httpx.Client(base_url=double.url, headers={"Authorization": "Bearer k"}) as c:
        seen: list[tuple[int, int]] = []
        params: dict[str, Any] = {"limit": limit, "created[gte]": low + 1000, "created[lt]": low + 1000 + width}
        while True:
            page = c.get("/v1/customers", params=params).json()
            seen += [(item["created"], int(item["id"].split("_")[1])) for item in page["data"]]
            if not page["has_more"]:
                break
            params["starting_after"] = page["data"][-1]["id"]
    assert seen == expected


def test_a_storm_answers_429_to_everything_and_an_unknown_cursor_is_a_404() -> None:
    with ListStripe([1, 2, 3]) as double, httpx.Client(base_url=double.url, headers={"Authorization": "Bearer k"}) as c:
        assert c.get("/v1/charges", params={"starting_after": "ch_9999999999"}).status_code == 404
        double.storm(60)
        assert c.get("/v1/charges").status_code == 429
        assert double.stats["rate_limited"] == 1


def test_the_events_double_caps_webhook_endpoints_and_lists_events_newest_first() -> None:
    with EventStripe() as double, httpx.Client(base_url=double.url) as client:
        made = [client.post("/v1/webhook_endpoints", data={"url": f"https://e.example/{n}"}) for n in range(17)]
        assert [r.status_code for r in made] == [200] * 16 + [400]
        assert all(r.json()["secret"].startswith("whsec_") for r in made[:16])
        double.add_events(3, created=100)
        double.add_events(2, created=200, start=3, type="customer.created")
        listed = client.get("/v1/events", params={"created[gte]": 150}).json()["data"]
        assert [e["id"] for e in listed] == ["evt_dbl_00000004", "evt_dbl_00000003"]
        typed = client.get("/v1/events", params={"type": "invoice.paid", "limit": 2}).json()
        assert [e["id"] for e in typed["data"]] == ["evt_dbl_00000002", "evt_dbl_00000001"] and typed["has_more"]


# --- sign_webhook -----------------------------------------------------------------------------------------------


def test_stripe_python_and_the_package_verify_a_signed_delivery() -> None:
    payload = json.dumps({"id": "evt_1", "object": "event", "type": "invoice.paid", "data": {"object": {}}})
    header = sign_webhook(payload, SECRET)
    event = stripe.Webhook.construct_event(payload, header, SECRET)
    assert event["id"] == "evt_1"
    assert verify_signature(payload.encode(), header, SECRET) > 0
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload, header, "whsec_anotherSecret")
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload + " ", header, SECRET)  # one byte more: not what was signed


def test_the_timestamp_is_the_one_signed() -> None:
    old = int(time.time()) - 3600
    header = sign_webhook(b"{}", SECRET, timestamp=old)
    assert header.startswith(f"t={old},v1=")
    with pytest.raises(stripe.SignatureVerificationError, match="tolerance"):
        stripe.Webhook.construct_event("{}", header, SECRET)
    assert stripe.Webhook.construct_event("{}", header, SECRET, tolerance=7200) is not None


@pytest.mark.parametrize(
    ("arguments", "error", "named"),
    [
        ((["not", "bytes"], SECRET), TypeError, "payload"),
        ((b"{}", None), TypeError, "secret"),
        ((b"{}", SECRET, -1), ValueError, "timestamp"),
        ((b"{}", SECRET, True), ValueError, "timestamp"),
        ((b"{}", SECRET, 1.5), ValueError, "timestamp"),
    ],
)
def test_bad_input_is_named(arguments: tuple[Any, ...], error: type[Exception], named: str) -> None:
    with pytest.raises(error, match=named):
        sign_webhook(*arguments)


def test_a_malformed_secret_is_refused_without_being_echoed() -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        sign_webhook(b"{}", "sk_test_notAWebhookSecret")
    assert caught.value.reason == "malformed_secret" and "notAWebhookSecret" not in str(caught.value)


# --- the cassette settings --------------------------------------------------------------------------------------

#: One made-up credential of every kind the scrubber knows, and where each may travel.
CREDENTIALS = [
    "sk_test_51Hx9aBcDeFgHiJkLmNoPq",
    "sk_live_51Hx9aBcDeFgHiJkLmNoPq",
    "rk_test_51Hx9aBcDeFgHiJkLmNoPq",
    "rk_live_51Hx9aBcDeFgHiJkLmNoPq",
    "whsec_9f8e7d6c5b4a39281706",
    "pi_3NxYz0123_secret_AbCdEf0123",
    "ek_test_YWNjdF8xTjBrRTJ",
]
PLACES = ["header", "authorization", "query", "path", "form", "json", "response_header", "response_body"]


def _request_carrying(value: str, place: str) -> Request:
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": "idem-1"}
    uri, body = "http://127.0.0.1:4242/v1/customers", b"email=a%40example.com"
    if place == "header":
        headers["X-Forwarded-Credential"] = value
    elif place == "authorization":
        headers["Authorization"] = f"Bearer {value}"
    elif place == "query":
        uri += f"?expand[]=data&key={value}"
    elif place == "path":
        uri = f"http://127.0.0.1:4242/v1/customers/{value}"
    elif place == "form":
        body += f"&metadata[token]={value}".encode()
    elif place == "json":
        headers["Content-Type"] = "application/json"
        body = json.dumps({"note": f"see {value}", "nested": {"api_key": value}}).encode()
    return Request("POST", uri, body, headers)


def _response_carrying(value: str, place: str) -> dict[str, Any]:
    headers = {"Content-Type": ["application/json"], "Request-Id": ["req_1"]}
    body = {"id": "we_1", "object": "webhook_endpoint", "secret": "whsec_fieldNamedSecret01"}
    if place == "response_header":
        headers["Original-Request"] = [value]
        headers["X-Echo"] = [f"Bearer {value}"]
    elif place == "response_body":
        body["description"] = f"created with {value}"
    return {"status": {"code": 200, "message": "OK"}, "headers": headers, "body": {"string": json.dumps(body).encode()}}


def _stored_text(request: Request, response: dict[str, Any], config: dict[str, Any]) -> str:
    scrubbed_request = config["before_record_request"](request)
    scrubbed_response = config["before_record_response"](response)
    return repr((scrubbed_request.uri, scrubbed_request.headers, scrubbed_request.body, scrubbed_response))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("value", CREDENTIALS)
def test_the_scrubber_catches_every_kind_of_secret_in_every_place(value: str, place: str) -> None:
    text = _stored_text(_request_carrying(value, place), _response_carrying(value, place), stripe_vcr_config())
    assert value not in text
    assert find_secrets(text) == []
    assert "whsec_fieldNamedSecret01" not in text and "idem-1" not in text


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.sampled_from(["sk_test_", "sk_live_", "rk_test_", "rk_live_", "pk_live_", "whsec_", "ek_live_"]),
    tail=st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=40),
    place=st.sampled_from(PLACES),
)
def test_any_key_shaped_value_is_scrubbed(prefix: str, tail: str, place: str) -> None:
    value = prefix + tail
    text = _stored_text(_request_carrying(value, place), _response_carrying(value, place), stripe_vcr_config())
    assert value not in text


def test_named_secrets_and_the_environment_key_are_scrubbed_whatever_their_shape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "custom-key-without-prefix-777")
    config = stripe_vcr_config(secrets=["hunter2-but-longer"])
    for value in ("custom-key-without-prefix-777", "hunter2-but-longer"):
        for place in PLACES:
            assert value not in _stored_text(_request_carrying(value, place), _response_carrying(value, place), config)


@pytest.mark.parametrize(
    "sample",
    [*CREDENTIALS, "Authorization: Bearer abc.def", "Basic c2tfdGVzdF86", "pk_test_51Hx9aBcDe"],
)
def test_the_scanner_is_not_blind(sample: str) -> None:
    assert find_secrets(f"some text {sample} more text")
    assert find_secrets(f"{REDACTED} and a Bearer <redacted> placeholder") == []


def _matches(config: dict[str, Any], first: Request, second: Request) -> bool:
    scrub = config["before_record_request"]
    matchers = [getattr(vcr.matchers, name) for name in config["match_on"]]
    return bool(vcr.matchers.requests_match(scrub(first), scrub(second), matchers))


def test_requests_match_by_decoded_body_never_by_idempotency_key_host_or_port() -> None:
    config = stripe_vcr_config()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    recorded = Request("POST", "http://127.0.0.1:4242/v1/customers", b"email=a%40b.c&name=A", {**form,
                       "Idempotency-Key": "first", "Authorization": f"Bearer {API_KEY}"})  # fmt: skip
    replayed = Request("POST", "http://127.0.0.1:12111/v1/customers", b"name=A&email=a@b.c", {**form,
                       "Idempotency-Key": "second", "Authorization": "Bearer sk_test_other"})  # fmt: skip
    other_value = Request("POST", "http://127.0.0.1:4242/v1/customers", b"email=x%40b.c&name=A", form)
    other_path = Request("POST", "http://127.0.0.1:4242/v1/charges", b"email=a%40b.c&name=A", form)
    assert _matches(config, recorded, replayed)
    assert not _matches(config, recorded, other_value)
    assert not _matches(config, recorded, other_path)
    as_json = {"Content-Type": "application/json"}
    assert _matches(config, Request("POST", "http://h/v2/x", b'{"a": 1, "b": [1, 2]}', as_json),
                    Request("POST", "http://h/v2/x", b'{"b":[1,2],"a":1}', as_json))  # fmt: skip
    assert not _matches(config, Request("POST", "http://h/v2/x", b'{"b": [1, 2]}', as_json),
                        Request("POST", "http://h/v2/x", b'{"b": [2, 1]}', as_json))  # fmt: skip


@pytest.fixture
def secret_answers() -> Iterator[ScriptedStripe]:
    """A Stripe that hands out secrets in its answers, as a webhook endpoint creation and a payment intent do."""
    endpoint = {"id": "we_1", "object": "webhook_endpoint", "secret": "whsec_handedOut0123456789"}
    intent = {"id": "pi_1", "object": "payment_intent", "client_secret": "pi_1_secret_handedOut0123"}
    with ScriptedStripe(default=lambda r: Reply(json=endpoint if "webhook" in r.path else intent)) as double:
        yield double


def test_a_recorded_workflow_holds_no_secret_and_replays_with_the_server_gone(
    secret_answers: ScriptedStripe, tmp_path: Path
) -> None:
    key = "sk_test_51RealLookingKey0123456789"

    def workflow(base_url: str) -> list[Any]:
        with StripeConnector(key, base_url=base_url, retry_policy=NO_WAIT) as connector:
            hook = {"url": "https://e.example/hook", "enabled_events": ["*"]}
            endpoint = connector.call("raw_request", {"method": "POST", "path": "/v1/webhook_endpoints", "body": hook})
            intent = connector.call("create_payment_intent", {"amount": 500, "currency": "usd"},
                                    stripe_account="acct_1Kit")  # fmt: skip
        return [endpoint["id"], intent["id"]]

    cassette = tmp_path / "workflow.yaml"
    with vcr.VCR(**stripe_vcr_config(record_mode="all")).use_cassette(str(cassette)):
        recorded = workflow(secret_answers.url)
    text = cassette.read_text()
    assert find_secrets(text, [key]) == []
    assert "acct_1Kit" in text  # what is not a secret stays, so the cassette still says what was sent
    secret_answers.stop()
    with vcr.VCR(**stripe_vcr_config(record_mode="none")).use_cassette(str(cassette)) as played:
        assert workflow("http://127.0.0.1:1") == recorded  # nothing listens there: vcrpy answered
        assert played.all_played


def test_the_scrubbers_leave_binary_bodies_alone() -> None:
    pdf = b"%PDF-1.7\xff\xfe\x00binary"
    request = request_scrubber()(Request("POST", "http://h/v1/files", pdf, {"Content-Type": "multipart/form-data"}))
    response = response_scrubber()({"headers": {}, "body": {"string": pdf}})
    assert request.body == pdf and response["body"]["string"] == pdf


# --- import costs -------------------------------------------------------------------------------------------------

_NO_PYTEST = """
import importlib.abc, sys
class NoPytest(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("pytest", "_pytest", "vcr", "pytest_recording"):
            raise ImportError(f"{name} is blocked in this test")
sys.meta_path.insert(0, NoPytest())
import stripe_connector.testing as kit
from stripe_connector.testing.doubles import ScriptedStripe, CustomerStripe, ListStripe, EventStripe
from stripe_connector.testing.launchers import localstripe, redis, postgres, temporal, celery
with ScriptedStripe() as double:
    pass
print(kit.sign_webhook(b"{}", "whsec_abc", 1).split(",")[0], len(kit.find_secrets("sk_live_abc")))
"""


def test_the_kit_needs_no_pytest_but_for_its_plugin() -> None:
    done = subprocess.run([sys.executable, "-c", _NO_PYTEST], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["t=1", "1"]


def test_import_stripe_connector_does_not_import_the_kit() -> None:
    code = "import sys, stripe_connector; print([m for m in sys.modules if m.startswith('stripe_connector.testing')])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_nothing_outside_the_tests_imports_them() -> None:
    """The examples, the bench, the package and its code generator use the public kit, never ``tests``."""
    import ast

    root = Path(__file__).resolve().parents[2]
    found = []
    for folder in ("wrapper", "codegen", "examples", "bench"):
        for path in sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                found += [f"{path.relative_to(root)}: {name}" for name in names if name.split(".")[0] == "tests"]
            text = path.read_text(encoding="utf-8")
            found += [f"{path.relative_to(root)}: -m tests..." for marker in ('"tests.support', "'tests.support")
                      if marker in text]  # fmt: skip
    assert found == []
