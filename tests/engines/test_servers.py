"""The server launchers do what the integration tests rely on.

localstripe and Prism must start, answer, listen on 127.0.0.1 only, keep their files in the places we give
them, and be gone (port closed, process reaped) however the `with` block ends. Sockets and processes are
read from /proc (Linux), which sees what the kernel really has, not what the launcher believes.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema
import pytest
from stripe_connector.testing.launchers import ServerStartError
from stripe_connector.testing.launchers.localstripe import running_localstripe

from tests.support.keys import API_KEY
from tests.support.prism_server import PRISM_BIN, prism_available, relax_form_body_objects, running_prism

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads sockets from /proc")

AUTH = (API_KEY, "")
BEARER = {"Authorization": "Bearer sk_test_fake"}
_TCP_LISTEN = "0A"

needs_prism = pytest.mark.skipif(
    not prism_available(), reason=f"Prism not installed at {PRISM_BIN}: run `npm ci` (CI does)"
)


# --- what the kernel says ----------------------------------------------------------------------------------


def _listening_sockets(port: int) -> list[tuple[str, str]]:
    """(address, socket inode) of every TCP socket listening on `port`, IPv4 and IPv6."""
    found = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            fields = line.split()
            address_hex, port_hex = fields[1].split(":")
            if int(port_hex, 16) == port and fields[3] == _TCP_LISTEN:
                assert len(address_hex) == width
                found.append((_decode_address(address_hex), fields[9]))
    return found


def _decode_address(address_hex: str) -> str:
    """/proc/net/tcp{,6} addresses are 32-bit words in host (little-endian) order."""
    raw = b"".join(int(address_hex[i : i + 8], 16).to_bytes(4, "little") for i in range(0, len(address_hex), 8))
    return socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6, raw)


def _pids_owning(inodes: set[str]) -> set[int]:
    """Pids of the processes holding any of these socket inodes open."""
    wanted = {f"socket:[{inode}]" for inode in inodes}
    pids = set()
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            targets = {str(fd.readlink()) for fd in fd_dir.iterdir()}
        except OSError:  # the process ended, or is not ours to read
            continue
        if targets & wanted:
            pids.add(int(fd_dir.parent.name))
    return pids


def _port(base_url: str) -> int:
    port = urlsplit(base_url).port
    assert port is not None
    return port


def _assert_loopback_only_and_get_pids(base_url: str) -> set[int]:
    assert urlsplit(base_url).hostname == "127.0.0.1"
    sockets = _listening_sockets(_port(base_url))
    assert sockets, f"nothing listens on {base_url}"
    assert {address for address, _ in sockets} == {"127.0.0.1"}
    pids = _pids_owning({inode for _, inode in sockets})
    assert pids, "could not find the server process"
    return pids


def _assert_gone(base_url: str, pids: set[int]) -> None:
    assert _listening_sockets(_port(base_url)) == []
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", _port(base_url)), timeout=2):
        pass
    # A process still in /proc after the launcher returned is alive or an unreaped zombie: either is a leak.
    assert [pid for pid in pids if Path(f"/proc/{pid}").exists()] == []


def _client() -> httpx.Client:
    return httpx.Client(trust_env=False, timeout=10.0)


def _violations(answer: httpx.Response) -> str:
    """Prism lists violations in `sl-violations`, or in its own problem body when the spec has no 4xx."""
    return str(answer.headers.get("sl-violations", "")) + answer.text


# --- localstripe -------------------------------------------------------------------------------------------


def test_localstripe_creates_and_gets_a_customer_on_loopback_then_stops(tmp_path: Path) -> None:
    with running_localstripe(tmp_path / "state") as base_url, _client() as client:
        pids = _assert_loopback_only_and_get_pids(base_url)
        created = client.post(f"{base_url}/v1/customers", auth=AUTH, data={"email": "jenny@example.com"})
        assert created.status_code == 200, created.text
        customer = created.json()
        assert customer["object"] == "customer"
        assert customer["id"].startswith("cus_")
        fetched = client.get(f"{base_url}/v1/customers/{customer['id']}", headers=BEARER)
        assert fetched.status_code == 200
        assert fetched.json()["email"] == "jenny@example.com"
        missing = client.get(f"{base_url}/v1/customers/cus_missing", auth=AUTH)
        assert missing.status_code == 404
        assert missing.json()["error"]["type"] == "invalid_request_error"
    _assert_gone(base_url, pids)


def test_localstripe_keeps_its_state_in_state_dir_only(tmp_path: Path) -> None:
    stock_pickle = Path("/tmp/localstripe.pickle")
    before = stock_pickle.stat().st_mtime_ns if stock_pickle.exists() else None
    state_dir = tmp_path / "state"
    with running_localstripe(state_dir) as base_url, _client() as client:
        customer_id = client.post(f"{base_url}/v1/customers", auth=AUTH, data={"email": "a@b.c"}).json()["id"]
    after = stock_pickle.stat().st_mtime_ns if stock_pickle.exists() else None
    assert after == before, "localstripe wrote /tmp/localstripe.pickle"
    assert customer_id.encode() in (state_dir / "localstripe.pickle").read_bytes()
    assert {p.name for p in state_dir.iterdir()} <= {
        "localstripe.pickle",
        "localstripe.log",
        "localstripe.port",
    }
    assert [p.name for p in tmp_path.iterdir()] == ["state"]

    # The same state_dir brings the data back (the demo relies on it); a new one starts empty.
    with running_localstripe(state_dir) as base_url, _client() as client:
        assert client.get(f"{base_url}/v1/customers/{customer_id}", auth=AUTH).status_code == 200
    with running_localstripe(tmp_path / "other") as base_url, _client() as client:
        assert client.get(f"{base_url}/v1/customers", auth=AUTH).json()["data"] == []


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_localstripe_stops_when_the_block_raises(tmp_path: Path, error: type[BaseException]) -> None:
    with pytest.raises(error), running_localstripe(tmp_path) as base_url:
        pids = _assert_loopback_only_and_get_pids(base_url)
        raise error("boom")
    _assert_gone(base_url, pids)


def test_localstripe_that_dies_at_start_is_reported_with_its_output(tmp_path: Path) -> None:
    (tmp_path / "localstripe.pickle").write_bytes(b"not a pickle")
    with pytest.raises(ServerStartError) as raised, running_localstripe(tmp_path):
        pytest.fail("should not start")
    message = str(raised.value)
    assert "localstripe exited with code" in message
    assert "UnpicklingError" in message


# --- Prism -------------------------------------------------------------------------------------------------

BALANCE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["object", "livemode", "available"],
    "properties": {
        "object": {"type": "string", "enum": ["balance"]},
        "livemode": {"type": "boolean"},
        "available": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["amount", "currency"],
                "properties": {"amount": {"type": "integer"}, "currency": {"type": "string"}},
            },
        },
    },
}

# An optional form-body object with a required field, as Stripe's `shipping` on POST /v1/charges.
CHARGE_BODY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["amount"],
    "properties": {
        "amount": {"type": "integer"},
        "shipping": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "address": {
                    "type": "object",
                    "required": ["line1"],
                    "properties": {"line1": {"type": "string"}},
                },
            },
        },
        "metadata": {"anyOf": [{"type": "object", "required": ["k"]}, {"type": "string", "enum": [""]}]},
    },
}


def _tiny_spec() -> dict[str, Any]:
    """One GET and one form POST, with Stripe's two security schemes."""
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/balance"}}},
    }
    return {
        "openapi": "3.0.0",
        "info": {"title": "tiny", "version": "1"},
        "servers": [{"url": "https://api.stripe.com/"}],
        "security": [{"basicAuth": []}, {"bearerAuth": []}],
        "components": {
            "securitySchemes": {
                "basicAuth": {"type": "http", "scheme": "basic"},
                "bearerAuth": {"type": "http", "scheme": "bearer"},
            },
            "schemas": {"balance": BALANCE_SCHEMA},
        },
        "paths": {
            "/v1/balance": {"get": {"operationId": "GetBalance", "responses": {"200": ok}}},
            "/v1/charges": {
                "post": {
                    "operationId": "PostCharges",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": json.loads(json.dumps(CHARGE_BODY)),
                                "encoding": {
                                    "shipping": {"explode": True, "style": "deepObject"},
                                    "metadata": {"explode": True, "style": "deepObject"},
                                },
                            }
                        },
                    },
                    "responses": {"200": ok},
                }
            },
        },
    }


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(_tiny_spec()), encoding="utf-8")
    return path


@needs_prism
def test_prism_answers_schema_valid_json_on_loopback_then_stops(tiny_spec: Path) -> None:
    with running_prism(tiny_spec) as base_url, _client() as client:
        pids = _assert_loopback_only_and_get_pids(base_url)
        for auth_kwargs in ({"headers": BEARER}, {"auth": AUTH}):
            answer = client.get(f"{base_url}/v1/balance", **auth_kwargs)
            assert answer.status_code == 200, answer.text
            assert answer.headers["content-type"].startswith("application/json")
            jsonschema.validate(answer.json(), BALANCE_SCHEMA)
        # Prism enforces the spec's security schemes.
        assert client.get(f"{base_url}/v1/balance").status_code == 401
    _assert_gone(base_url, pids)


@needs_prism
def test_prism_seed_and_extra_properties_options(tiny_spec: Path) -> None:
    with running_prism(tiny_spec, seed="7", extra_properties=False) as base_url, _client() as client:
        first = client.get(f"{base_url}/v1/balance", headers=BEARER).json()
        second = client.get(f"{base_url}/v1/balance", headers=BEARER).json()
    assert first == second
    assert set(first) <= set(BALANCE_SCHEMA["properties"])
    for item in first["available"]:
        assert set(item) <= {"amount", "currency"}


@needs_prism
def test_prism_form_bodies_validate_with_the_workaround(tiny_spec: Path) -> None:
    with running_prism(tiny_spec) as base_url, _client() as client:
        url = f"{base_url}/v1/charges"
        assert client.post(url, headers=BEARER, data={"amount": "5"}).status_code == 200
        assert client.post(url, headers=BEARER, data={"amount": "5", "metadata[x]": "y"}).status_code == 200
        wrong_type = client.post(url, headers=BEARER, data={"amount": "five"})
        assert wrong_type.status_code == 422
        assert "amount" in _violations(wrong_type)
        assert client.post(url, headers=BEARER, data={"shipping[name]": "J"}).status_code == 422


@needs_prism
def test_prism_form_body_bug_is_still_there(tiny_spec: Path) -> None:
    """Prism rejects a body that leaves out an optional object; when this fails, drop the workaround."""
    with running_prism(tiny_spec, relax_form_objects=False) as base_url, _client() as client:
        answer = client.post(f"{base_url}/v1/charges", headers=BEARER, data={"amount": "5"})
    assert answer.status_code == 422
    assert "shipping" in _violations(answer)


def test_relax_form_body_objects_only_touches_what_prism_builds() -> None:
    spec = _tiny_spec()
    relax_form_body_objects(spec)
    body = spec["paths"]["/v1/charges"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    schema = body["schema"]
    assert schema["required"] == ["amount"]
    assert "required" not in schema["properties"]["shipping"]
    assert "required" not in schema["properties"]["shipping"]["properties"]["address"]
    assert schema["properties"]["metadata"] == CHARGE_BODY["properties"]["metadata"]
    assert spec["components"]["schemas"]["balance"]["required"] == BALANCE_SCHEMA["required"]


def test_prism_missing_spec_is_a_clear_error(tmp_path: Path) -> None:
    if not prism_available():
        pytest.skip(f"Prism not installed at {PRISM_BIN}: run `npm ci` (CI does)")
    with pytest.raises(ServerStartError, match="not found"), running_prism(tmp_path / "nope.json"):
        pass
