"""stripe-python judges the wire: for the same call, the connector must send what Stripe's own SDK sends.

stripe-python is Stripe's reference implementation of the form protocol. Both clients send to one local recording
server; for every tool and generated arguments, the two requests must agree on method, path, the multiset of
decoded query and body pairs, and the Stripe headers both send (``Stripe-Version``, ``Idempotency-Key``,
``Stripe-Account``, plus ``Content-Type`` and ``Authorization``). stripe-python is given the Stripe parameters the
reference means (:func:`stripe_request`: defaults, lower-case currency, Stripe's names), so the connector's
defaults and renames are checked along with its encoding.

Where the two clients knowingly differ, a test below pins each difference down, so that a change on either side
shows up.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx
import pytest
import requests
import stripe
from hypothesis import given, reject
from hypothesis import strategies as st
from stripe._encode import _api_encode  # stripe-python's form encoder (for a POST's query string, see sdk_send)
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector_generated.types import STRIPE_API_VERSION

from tests.connector_defaults import NO_RETRY
from tests.support.conformance_support import (
    CONFORMANCE_SETTINGS,
    JSON_SCALARS,
    TOOL_EXAMPLES,
    StripeRequest,
    decoded_pairs,
    json_values,
    stripe_request,
    tool_arguments,
)
from tests.support.keys import API_KEY as FAKE_KEY

#: The API version the connector pins: its generated models' (never a literal, so a regenerated client from a
#: newer spec tests itself); stripe-python is told to send the same.
API_VERSION = STRIPE_API_VERSION

#: stripe-python's service and method for each tool (``client.v1.<service>.<method>``).
SDK_METHODS: Mapping[str, tuple[str, str]] = {
    "list_customers": ("customers", "list"),
    "get_customer": ("customers", "retrieve"),
    "create_customer": ("customers", "create"),
    "list_charges": ("charges", "list"),
    "create_charge": ("charges", "create"),
    "list_payment_intents": ("payment_intents", "list"),
    "create_payment_intent": ("payment_intents", "create"),
    "list_invoices": ("invoices", "list"),
    "create_invoice": ("invoices", "create"),
    "list_products": ("products", "list"),
    "list_subscriptions": ("subscriptions", "list"),
    "create_refund": ("refunds", "create"),
    "update_customer": ("customers", "update"),
    "get_charge": ("charges", "retrieve"),
    "get_payment_intent": ("payment_intents", "retrieve"),
    "cancel_payment_intent": ("payment_intents", "cancel"),
    "finalize_invoice": ("invoices", "finalize_invoice"),
    "cancel_subscription": ("subscriptions", "cancel"),
    "search_customers": ("customers", "search"),
}

#: Names stripe-python's ``raw_request(method, url, **params)`` takes as request options, not parameters.
SDK_RESERVED = frozenset(
    {
        "api_key", "stripe_version", "stripe_account", "stripe_context", "max_network_retries", "idempotency_key",
        "content_type", "headers", "base", "usage",
    }
)  # fmt: skip

#: Stripe-Account values: connected account IDs.
ACCOUNTS = st.none() | st.from_regex(r"acct_[A-Za-z0-9]{1,24}", fullmatch=True)
#: Idempotency keys: the connector's rule (printable ASCII without spaces, at most 255).
IDEMPOTENCY_KEYS = st.none() | st.from_regex(r"[\x21-\x7e]{1,255}", fullmatch=True)


# --- the recording server ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    body: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names

    def comparable(self, idempotency_key_given: bool) -> dict[str, Any]:
        """What both clients must agree on; a generated Idempotency-Key is random, so only its presence counts."""
        key = self.headers.get("idempotency-key")
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "body": self.body,
            "stripe-version": self.headers.get("stripe-version"),
            "stripe-account": self.headers.get("stripe-account"),
            "idempotency-key": key if idempotency_key_given else key is not None,
            "content-type": self.headers.get("content-type"),
            "authorization": self.headers.get("authorization"),
        }


class RecordingServer:
    """An HTTP/1.1 server on 127.0.0.1 (free port) that records requests and answers 200 with a small Stripe object.

    Lists get an empty list object and everything else a bare object: enough for both clients to finish the call.
    """

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=decoded_pairs(parts.query),
                    body=decoded_pairs(body),
                    headers={name.lower(): value for name, value in self.headers.items()},
                )
                with recorder._lock:
                    recorder.requests.append(recorded)
                if self.command == "GET":
                    answer: dict[str, Any] = {"object": "list", "data": [], "has_more": False, "url": parts.path}
                else:
                    answer = {"id": "obj_123", "object": "customer"}
                payload = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = handle_one

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="recording-server", daemon=True)

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def take(self) -> Recorded:
        """The one request received since the last take."""
        with self._lock:
            found, self.requests = self.requests, []
        assert len(found) == 1, f"expected one request, got {len(found)}"
        return found[0]


# --- the two clients -----------------------------------------------------------------------------------------------


@dataclass
class Clients:
    server: RecordingServer
    connector: StripeConnector
    sdk: stripe.StripeClient


@pytest.fixture(scope="module")
def clients() -> Iterator[Clients]:
    session = requests.Session()
    session.trust_env = False  # never a proxy from the environment for 127.0.0.1
    with RecordingServer() as server:
        connector = StripeConnector(
            FAKE_KEY,
            base_url=server.url,
            retry_policy=NO_RETRY,
            transport=httpx.HTTPTransport(),
        )
        sdk = stripe.StripeClient(
            FAKE_KEY,
            base_addresses={"api": server.url},
            stripe_version=API_VERSION,
            max_network_retries=0,
            http_client=stripe.RequestsClient(session=session),
        )
        try:
            yield Clients(server, connector, sdk)
        finally:
            connector.close()
            session.close()


def sdk_send(sdk: stripe.StripeClient, tool: str, request: StripeRequest, options: dict[str, str]) -> None:
    """Make stripe-python send ``request`` the way an application would: its service method, or raw_request."""
    if tool == "raw_request":
        url = request.path
        if request.query:
            # raw_request puts every parameter of a POST in the body; a POST's query string is spelled with
            # stripe-python's own encoder, the way its service methods build one.
            url += "?" + urlencode(list(_api_encode(request.query)))
        sdk.raw_request(request.method.lower(), url, **request.params, **options)
        return
    if tool not in SDK_METHODS:
        # A tool added to spec/tools.yaml since this table: stripe-python's generic request to the same operation.
        path = request.path
        for name, value in request.path_params.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        sdk.raw_request(request.method.lower(), path, **request.params, **options)
        return
    service_name, method_name = SDK_METHODS[tool]
    method = getattr(getattr(sdk.v1, service_name), method_name)
    if request.path_params:
        method(*request.path_params.values(), params=request.params, options=options)
    else:
        method(params=request.params, options=options)


def send_both(
    clients: Clients,
    tool: str,
    arguments: dict[str, Any],
    *,
    idempotency_key: str | None = None,
    stripe_account: str | None = None,
) -> tuple[Recorded, Recorded]:
    """The request the connector sends for ``arguments`` and the one stripe-python sends for the same call."""
    clients.connector.call(tool, arguments, idempotency_key=idempotency_key, stripe_account=stripe_account)
    ours = clients.server.take()
    options = {"idempotency_key": idempotency_key, "stripe_account": stripe_account}
    sdk_send(clients.sdk, tool, stripe_request(tool, arguments), {k: v for k, v in options.items() if v})
    theirs = clients.server.take()
    return ours, theirs


# --- what to send ----------------------------------------------------------------------------------------------


@functools.cache
def wire_arguments(tool: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid arguments for ``tool``; raw_request's free-form bodies avoid the differences pinned down below."""
    if tool != "raw_request":
        return tool_arguments(tool)
    form_values = json_values(JSON_SCALARS, list_items=lambda v: v is not None and not isinstance(v, bool))

    def sdk_can_send(arguments: Mapping[str, Any]) -> bool:
        for params in (arguments.get("body") or {}, arguments.get("query") or {}):
            if params.keys() & SDK_RESERVED:
                return False
        return True

    def on_v1(arguments: dict[str, Any]) -> dict[str, Any]:
        # /v2 speaks JSON, compared with stripe-python in test_v2.py; here the form encoding is under test. Free-form
        # arguments on any path: sent on purpose (test_every_operation.py judges every operation's own).
        return {**arguments, "path": "/v1/zz" + arguments["path"][3:], "allow_unknown_path": True}

    return tool_arguments("raw_request", form_values).filter(sdk_can_send).map(on_v1)


def is_post(tool: str, arguments: Mapping[str, Any]) -> bool:
    if tool == "raw_request":
        return str(arguments["method"]).upper() == "POST"
    return tool.startswith("create_")


# --- the comparisons -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", list(TOOL_EXAMPLES))
def test_reference_example_matches_stripe_python(clients: Clients, tool: str) -> None:
    ours, theirs = send_both(clients, tool, TOOL_EXAMPLES[tool])
    assert ours.comparable(False) == theirs.comparable(False)
    assert ours.headers["stripe-version"] == API_VERSION


@pytest.mark.parametrize("tool", list(TOOL_EXAMPLES))
@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_generated_call_matches_stripe_python(clients: Clients, tool: str, data: st.DataObject) -> None:
    arguments = data.draw(wire_arguments(tool), label="arguments")
    account = data.draw(ACCOUNTS, label="stripe_account")
    # Only a POST carries an Idempotency-Key (the connector drops one given for a GET: see the test below).
    key = data.draw(IDEMPOTENCY_KEYS, label="idempotency_key") if is_post(tool, arguments) else None
    try:
        clients.connector.dry_run(tool, arguments)
    except InvalidInputError as exc:
        # Stripe-valid but unsendable: two 5000-character search strings of 3-byte characters make a query string
        # longer than any HTTP client sends (the connector says so, see test_every_tool.py).
        assert "URL longer than" in exc.message
        reject()
    ours, theirs = send_both(clients, tool, arguments, idempotency_key=key, stripe_account=account)
    assert ours.comparable(key is not None) == theirs.comparable(key is not None)


def test_reference_examples_send_what_the_reference_documents(clients: Clients) -> None:
    """The comparison can fail: defaults, renames and case are on the wire, as pairs and path."""
    ours, _ = send_both(clients, "create_invoice", {"customer": "cus_1", "collection_method": "charge_automatically"})
    assert ours.body == [("auto_advance", "true"), ("collection_method", "charge_automatically"), ("customer", "cus_1")]
    ours, _ = send_both(clients, "create_payment_intent", {"amount": 2000, "currency": "USD"})
    assert ours.body == [("amount", "2000"), ("currency", "usd"), ("payment_method_types[0]", "card")]
    ours, _ = send_both(clients, "get_customer", {"id": "cus_NffrFeUfNV2Hib"})
    assert (ours.method, ours.path, ours.query) == ("GET", "/v1/customers/cus_NffrFeUfNV2Hib", [])
    ours, _ = send_both(clients, "list_products", {})
    assert ours.query == [("limit", "10")]


# --- where the two clients knowingly differ ------------------------------------------------------------------------

#: A path no operation has, sent on purpose: free-form bodies, unchecked by the operation index.
THINGS = {"method": "POST", "path": "/v1/things", "allow_unknown_path": True}


def test_a_bool_inside_a_list_is_true_for_the_connector_and_True_for_stripe_python(clients: Clients) -> None:
    """Stripe reads form booleans as ``true``/``false``; stripe-python sends Python's ``True`` inside a list."""
    ours, theirs = send_both(clients, "raw_request", {**THINGS, "body": {"a": [True]}})
    assert (ours.body, theirs.body) == ([("a[0]", "true")], [("a[0]", "True")])


def test_a_null_inside_a_list_is_refused_by_the_connector_and_sent_as_None_by_stripe_python(clients: Clients) -> None:
    """``None`` means "not given" in both clients; inside a list the connector would leave a hole in the indices
    (``a[0]``, ``a[2]``) and stripe-python sends the text ``None``: the connector asks instead, sending nothing."""
    arguments = {**THINGS, "body": {"a": ["x", None, "y"]}}
    with pytest.raises(InvalidInputError) as refused:
        clients.connector.call("raw_request", arguments)
    assert (refused.value.param, "at body[a][1]" in refused.value.message) == ("body", True)
    assert clients.server.requests == []
    sdk_send(clients.sdk, "raw_request", stripe_request("raw_request", arguments), {})
    assert clients.server.take().body == [("a[0]", "x"), ("a[1]", "None"), ("a[2]", "y")]


def test_an_idempotency_key_on_a_get_is_dropped_by_the_connector_and_sent_by_stripe_python(clients: Clients) -> None:
    """Stripe ignores idempotency keys on GET, so the difference is harmless; the connector does not send one."""
    ours, theirs = send_both(clients, "list_customers", {}, idempotency_key="key-1")
    assert ("idempotency-key" in ours.headers, theirs.headers.get("idempotency-key")) == (False, "key-1")


def test_an_object_under_an_empty_parameter_name_keeps_its_brackets(clients: Clients) -> None:
    arguments = {**THINGS, "body": {"": {"a": "x"}}}
    ours, theirs = send_both(clients, "raw_request", arguments)
    assert ours.body == theirs.body == [("[a]", "x")]


def test_each_client_pins_its_own_api_version_by_default() -> None:
    """Each client sends the version its models describe (forced equal above): the connector's comes from its
    generated package, stripe-python's from its own release, whichever of the two is newer."""
    from stripe._api_version import _ApiVersion

    trimmed = json.loads((Path(__file__).resolve().parents[2] / "spec" / "stripe.trimmed.json").read_text("utf-8"))
    assert trimmed["info"]["version"] == API_VERSION
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(\.[a-z_]+)?", API_VERSION)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(\.[a-z_]+)?", _ApiVersion.CURRENT)
