"""Every operation is sent to the host its spec gives it (``servers``), through the connector's ``hosts`` option.

The spec for the checks against stripe-python is a v1+v2 file in the shape of Stripe's 2026 ``latest`` release:
the newest shipped v1 spec, the ``/v2`` fragment and the meter event stream fragment (``tests/data``), indexed
in a temporary directory. For every operation that has a host of its own, a dry run's URL and the URL
stripe-python sends the same call to (its ``base_address``) name the same host; then the hosts option, the
loopback guard, and ``raw_request``, which reaches an operation's host and no other.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import stripe
from stripe_connector import InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector._request import validation
from stripe_connector.operations import _as_tool as _call
from stripe_connector.operations import _index
from stripe_connector.operations._index import OperationIndex, open_index

from codegen.build_operations import DEFAULT_HOST, build_index, write_index
from tests.support.keys import API_KEY
from tests.support.operation_corpus import latest_document

ROOT = Path(__file__).resolve().parents[2]
METER_FRAGMENT = ROOT / "tests" / "data" / "stripe_v2_meter_stream.json"
DOUBLE = "http://127.0.0.1:9"


def v1_v2_document() -> dict[str, Any]:
    """A ``latest``-style v1+v2 document: the newest shipped v1 spec, the v2 fragment, the meter stream."""
    document = latest_document()
    fragment = json.loads(METER_FRAGMENT.read_text(encoding="utf-8"))
    document["paths"].update(fragment["paths"])
    document["components"]["schemas"].update(fragment["schemas"])
    return document


@pytest.fixture(scope="module")
def v2_index(tmp_path_factory: pytest.TempPathFactory) -> OperationIndex:
    path = tmp_path_factory.mktemp("v1-v2") / "stripe.operations.jsonl"
    write_index(build_index(v1_v2_document(), "0" * 64), path)
    return open_index(path)


@pytest.fixture
def on_index(v2_index: OperationIndex, monkeypatch: pytest.MonkeyPatch) -> Iterator[OperationIndex]:
    """The connector reads ``v2_index`` instead of the committed one (operations' tools and validators too)."""
    monkeypatch.setattr(_index, "_index", v2_index)
    monkeypatch.setattr(_call, "_tools", {})
    monkeypatch.setattr(validation, "_validators", dict(validation._validators))
    yield v2_index


# --- the index records each operation's host ---------------------------------------------------------------------


def test_the_index_takes_the_host_from_the_operation_then_the_path_then_the_spec() -> None:
    def operation(operation_id: str, **extra: Any) -> dict[str, Any]:
        return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}, **extra}

    document = {
        "info": {"version": "2026-01-28.clover"},
        "servers": [{"url": "https://api.stripe.com/"}],
        "paths": {
            "/v1/own": {"get": operation("GetOwn", servers=[{"url": "https://files.stripe.com/"}])},
            "/v1/by_path": {"servers": [{"url": "https://connect.stripe.com"}], "get": operation("GetByPath")},
            "/v1/both": {
                "servers": [{"url": "https://connect.stripe.com"}],
                "get": operation("GetBoth", servers=[{"url": "https://meter-events.stripe.com/"}]),
            },
            "/v1/plain": {"get": operation("GetPlain")},
        },
        "components": {"schemas": {}},
    }
    hosts = {entry["id"]: entry["host"] for entry in build_index(document, "0" * 64)["operations"]}
    assert hosts == {
        "GetOwn": "files.stripe.com",
        "GetByPath": "connect.stripe.com",
        "GetBoth": "meter-events.stripe.com",
        "GetPlain": "api.stripe.com",
    }
    del document["servers"]
    assert {e["id"]: e["host"] for e in build_index(document, "0" * 64)["operations"]}["GetPlain"] == DEFAULT_HOST


def test_a_server_that_is_not_an_https_host_is_refused() -> None:
    from codegen.build_operations import IndexError_

    document = {
        "info": {"version": "2026-01-28.clover"},
        "paths": {
            "/v1/x": {
                "get": {
                    "operationId": "GetX",
                    "servers": [{"url": "http://evil.example/"}],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": {}},
    }
    with pytest.raises(IndexError_, match="not an https host"):
        build_index(document, "0" * 64)


def test_the_committed_index_gives_each_operation_the_host_its_spec_names() -> None:
    """Whatever spec the index was generated from (found by its digest): its hosts are that spec's ``servers``."""
    import hashlib

    from stripe_connector import OPERATIONS

    from codegen.build_operations import host_of
    from codegen.spec_loader import load_document

    header = json.loads((ROOT / "spec" / "stripe.operations.jsonl").open("rb").readline())
    shipped = sorted((ROOT.parent / "shared" / "stripe-openapi").glob("*/spec3.json"))
    source = next((p for p in shipped if hashlib.sha256(p.read_bytes()).hexdigest() == header["source_sha256"]), None)
    if source is None:
        pytest.skip("the committed index was generated from a spec not shipped here")
    document = load_document(source)
    for operation in OPERATIONS:
        item = document["paths"][operation.path]
        assert operation.host == host_of(document, item, item[operation.method.lower()]), operation.id


# --- the same host as stripe-python ------------------------------------------------------------------------------


class Recorder(stripe.HTTPClient):
    """stripe-python's HTTP client, replaced by one that records each URL and answers what the call expects."""

    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def request(self, method: str, url: str, headers: Any, post_data: Any = None, *, _usage: Any = None) -> Any:
        self.urls.append(url)
        return '{"id": "x_1", "object": "file"}', 200, {"request-id": "req_1"}

    def request_stream(self, method: str, url: str, headers: Any, post_data: Any = None, *, _usage: Any = None) -> Any:
        self.urls.append(url)
        return io.BytesIO(b"%PDF-1.4"), 200, {"request-id": "req_1", "content-type": "application/pdf"}

    def close(self) -> None:
        return None


#: Each operation with a host of its own: the same call through stripe-python, and its arguments here.
STRIPE_PYTHON_CALLS: dict[str, tuple[Callable[[stripe.StripeClient], Any], dict[str, Any]]] = {
    "PostFiles": (
        lambda client: client.v1.files.create({"purpose": "dispute_evidence", "file": io.BytesIO(b"%PDF-1.4")}),
        {"purpose": "dispute_evidence", "file": b"%PDF-1.4"},
    ),
    "GetQuotesQuotePdf": (lambda client: client.v1.quotes.pdf("qt_1"), {"quote": "qt_1"}),
    "PostV2BillingMeterEventStream": (
        lambda client: client.v2.billing.meter_event_stream.create(
            {"events": [{"event_name": "api_call", "payload": {"stripe_customer_id": "cus_1", "value": "1"}}]}
        ),
        {"events": [{"event_name": "api_call", "payload": {"stripe_customer_id": "cus_1", "value": "1"}}]},
    ),
}


def test_every_operation_with_its_own_host_reaches_the_host_stripe_python_reaches(on_index: OperationIndex) -> None:
    own_hosts = {op.id: op.host for op in on_index.operations if op.host != "api.stripe.com"}
    assert set(own_hosts) == set(STRIPE_PYTHON_CALLS), "an operation with a host of its own has no comparison here"
    connector = StripeConnector(API_KEY)  # Stripe's own hosts (dry runs only: nothing is sent)
    recorder = Recorder()
    client = stripe.StripeClient(API_KEY, http_client=recorder, max_network_retries=0)
    for operation_id, (stripe_python_call, arguments) in STRIPE_PYTHON_CALLS.items():
        described = connector.call_operation(operation_id, arguments, dry_run=True)
        recorder.urls.clear()
        stripe_python_call(client)
        (theirs,) = recorder.urls
        ours = described["url"]
        assert urlsplit(ours).netloc == urlsplit(theirs).netloc == own_hosts[operation_id], operation_id
        assert urlsplit(ours).path == urlsplit(theirs).path, operation_id
    # and the operations of the main host stay there: a sample, both ways
    recorder.urls.clear()
    client.v1.customers.retrieve("cus_1")
    assert urlsplit(recorder.urls[0]).netloc == "api.stripe.com"
    assert urlsplit(
        connector.call_operation("GetCustomersCustomer", {"customer": "cus_1"}, dry_run=True)["url"]
    ).netloc == ("api.stripe.com")


def test_all_hosts_reach_one_double_and_each_request_arrives_whole(on_index: OperationIndex) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/pdf"):
            return httpx.Response(200, content=b"%PDF-1.4", headers={"content-type": "application/pdf"})
        return httpx.Response(200, json={"id": "x_1"})

    with StripeConnector(API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(answer), rate_limiter=False) as one:
        one.call_operation("PostFiles", {"purpose": "dispute_evidence", "file": b"%PDF-1.4"})
        one.download_operation("GetQuotesQuotePdf", {"quote": "qt_1"})
        one.call_operation("GetBalance")
    assert [(request.url.host, request.url.port, request.url.path) for request in seen] == [
        ("127.0.0.1", 9, "/v1/files"),
        ("127.0.0.1", 9, "/v1/quotes/qt_1/pdf"),
        ("127.0.0.1", 9, "/v1/balance"),
    ]


# --- the hosts option ----------------------------------------------------------------------------------------------


def test_the_hosts_option_maps_each_stripe_host(on_index: OperationIndex) -> None:
    hosts = {"files": "http://127.0.0.1:7001", "meter_events": "http://127.0.0.1:7002/prefix"}
    connector = StripeConnector(API_KEY, base_url="http://127.0.0.1:7000", hosts=hosts)
    assert connector.call_operation("GetQuotesQuotePdf", {"quote": "q"}, dry_run=True)["url"] == (
        "http://127.0.0.1:7001/v1/quotes/q/pdf"
    )
    events = STRIPE_PYTHON_CALLS["PostV2BillingMeterEventStream"][1]
    described = connector.call_operation("PostV2BillingMeterEventStream", events, dry_run=True)
    assert described["url"] == "http://127.0.0.1:7002/prefix/v2/billing/meter_event_stream"
    assert connector.call_operation("GetBalance", dry_run=True)["url"] == "http://127.0.0.1:7000/v1/balance"
    every = StripeConnector(API_KEY, hosts={"*": "https://proxy.example"})
    assert every.call_operation("PostFiles", {"purpose": "x", "file": b"1"}, dry_run=True)["url"] == (
        "https://proxy.example/v1/files"
    )
    assert every.call_operation("GetBalance", dry_run=True)["url"] == "https://api.stripe.com/v1/balance"


@pytest.mark.parametrize(
    ("hosts", "words"),
    [
        ({"files": "https://files.stripe.com"}, "would leave the loopback interface"),
        ({"*": "http://10.0.0.8"}, "would leave the loopback interface"),
        ({"files": "http://169.254.169.254"}, "would leave the loopback interface"),
        ({"example.com": "http://127.0.0.1:1"}, "is not a Stripe host"),
        ({"files": "http://127.0.0.1:1?x=1"}, "files: must not carry"),
        ({"files": "ftp://127.0.0.1"}, "files: must be an http(s) URL"),
        ({"api": "http://127.0.0.2"}, "give it once"),
        ("files=http://127.0.0.1", "must be a mapping"),
    ],
)
def test_a_host_map_that_leaves_loopback_or_is_malformed_is_refused(hosts: Any, words: str) -> None:
    """A connector aimed at a local double must not send one host's calls to the outside world by mistake."""
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(API_KEY, base_url="http://127.0.0.1:8", hosts=hosts)
    assert caught.value.param == "hosts" and words in caught.value.message


def test_a_host_left_out_follows_a_local_base_url_never_stripe(on_index: OperationIndex) -> None:
    connector = StripeConnector(API_KEY, base_url=DOUBLE)
    for operation_id, (_, arguments) in STRIPE_PYTHON_CALLS.items():
        assert connector.call_operation(operation_id, arguments, dry_run=True)["url"].startswith(DOUBLE + "/")


# --- raw_request reaches the configured hosts and nothing else -----------------------------------------------------


def test_raw_request_reaches_the_host_of_the_operation_it_matches(on_index: OperationIndex) -> None:
    hosts = {"files": "http://127.0.0.1:7001"}
    connector = StripeConnector(API_KEY, base_url="http://127.0.0.1:7000", hosts=hosts)
    pdf = connector.call("raw_request", {"method": "GET", "path": "/v1/quotes/qt_1/pdf"}, dry_run=True)
    assert pdf["url"] == "http://127.0.0.1:7001/v1/quotes/qt_1/pdf"
    plain = connector.call("raw_request", {"method": "GET", "path": "/v1/files/file_1"}, dry_run=True)
    assert plain["url"] == "http://127.0.0.1:7000/v1/files/file_1"
    unknown = {"method": "GET", "path": "/v1/preview_things", "allow_unknown_path": True}
    assert connector.call("raw_request", unknown, dry_run=True)["url"] == "http://127.0.0.1:7000/v1/preview_things"
    for escape in ("https://evil.example/v1/files", "//evil.example/v1/files", "/v1/../../evil"):
        with pytest.raises(InvalidInputError):
            connector.call("raw_request", {"method": "GET", "path": escape, "allow_unknown_path": True}, dry_run=True)
    with pytest.raises(InvalidInputError) as caught:
        connector.call("raw_request", {"method": "POST", "path": "/v1/files", "body": {"purpose": "x"}}, dry_run=True)
    assert "call_operation('PostFiles')" in caught.value.message


def test_a_sent_raw_request_lands_on_the_mapped_host(on_index: OperationIndex) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=b"%PDF-1.4", headers={"content-type": "application/pdf"})

    connector = StripeConnector(
        API_KEY,
        base_url="http://127.0.0.1:7000",
        hosts={"files": "http://127.0.0.1:7001"},
        transport=httpx.MockTransport(answer),
        retry_policy=RetryPolicy(max_retries=0),
    )
    with pytest.raises(Exception):  # noqa: B017 (a PDF is not JSON: raw_request reads JSON; refused after)
        connector.call("raw_request", {"method": "GET", "path": "/v1/quotes/qt_1/pdf"})
    assert seen == ["http://127.0.0.1:7001/v1/quotes/qt_1/pdf"]


def test_the_meter_stream_follows_the_index_of_a_v2_spec(on_index: OperationIndex) -> None:
    """With the stream operation in the index, its host and schema are the spec's (an event name over Stripe's
    100 characters is refused before anything is sent)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("meter_event_session"):
            return httpx.Response(200, json={"authentication_token": "tok_1", "expires_at": "2099-01-01T00:00:00Z"})
        return httpx.Response(200, json={})

    connector = StripeConnector(
        API_KEY,
        base_url="http://127.0.0.1:7000",
        hosts={"meter-events.stripe.com": "http://127.0.0.1:7002"},
        transport=httpx.MockTransport(answer),
        rate_limiter=False,
    )
    stream = connector.meter_event_stream()
    events = STRIPE_PYTHON_CALLS["PostV2BillingMeterEventStream"][1]["events"]
    with pytest.raises(InvalidInputError) as caught:
        stream.send([{**events[0], "event_name": "x" * 101}])
    assert "event_name" in caught.value.message and seen == []
    stream.send(events)
    assert [(r.url.port, r.url.path) for r in seen] == [
        (7000, "/v2/billing/meter_event_session"),
        (7002, "/v2/billing/meter_event_stream"),
    ]
