"""``stripe-connector mcp --http``: the real command, reached by both SDK clients over Streamable HTTP.

Two servers for the module (one that may write, one ``--read-only``), started once, side by side. What is checked:
no token or a wrong one gets 401 and reaches no tool (nor Stripe); 20 sessions at once all get their own answers,
through the TypeScript and the Python SDK clients; guardrails and idempotency keys are those of stdio, shared by
sessions; ``--read-only`` can call no write; ``Origin``/``Host`` allow lists, the body cap (413); a server that
cannot start says why and exits 2; the Stripe key and the token never come back in any answer or log line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

pytest.importorskip("mcp")
pytest.importorskip("uvicorn")

import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from stripe_connector import TOOLS
from stripe_connector._request.idempotency import scoped_idempotency_key
from stripe_connector.cli.main import main
from stripe_connector.mcp.auth import MIN_TOKEN_LENGTH, load_token
from stripe_connector.mcp.http import MAX_REQUEST_BYTES
from stripe_connector.mcp.schemas import DEFAULT_SCOPE
from stripe_connector.testing.doubles import ScriptedStripe, running_scripted

from tests.support.canned_routes import CUSTOMERS, agent_routes
from tests.support.keys import API_KEY, LIVE_KEY
from tests.support.ts_client import accepted, http_transport, needs_ts_sdk, our_error, run_plan, text_json

TOKEN = "tok_" + "Zq8X1v3kP0aLr7mW2nB5cD9eF4gH6jK8"
SESSIONS = 20
INSPECTOR_ORIGIN = "http://localhost:6274"
READ_ONLY_NAMES = {tool.name for tool in TOOLS if tool.kind in ("read", "raw")}
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
JSON_RPC = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


@dataclass
class Running:
    url: str
    log: Path
    process: subprocess.Popen[bytes]


@pytest.fixture(scope="module")
def stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=agent_routes)


@pytest.fixture(scope="module")
def token_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("token") / "mcp.token"
    path.write_text(TOKEN + "\n")
    path.chmod(0o600)
    return path


def start(workdir: Path, token_file: Path, stripe: ScriptedStripe, *extra: str) -> Running:
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    env["STRIPE_API_KEY"] = API_KEY
    log = workdir / "server.log"
    command = [sys.executable, "-m", "stripe_connector.cli", "mcp", "--http", "--port", "0"]
    command += ["--auth-token-file", str(token_file), "--base-url", stripe.base_url, "--max-retries", "0", *extra]
    with log.open("wb") as errors:
        process = subprocess.Popen(
            command, env=env, cwd=workdir, stdin=subprocess.DEVNULL, stdout=errors, stderr=errors
        )
    return Running("", log, process)


def wait_for_url(server: Running) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for line in server.log.read_text().splitlines():
            if "Streamable HTTP at " in line:
                server.url = line.rsplit(" ", 1)[1]
                return
        assert server.process.poll() is None, server.log.read_text()
        time.sleep(0.05)
    raise AssertionError(f"the server did not start: {server.log.read_text()}")


def stop(server: Running) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    finally:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def servers(
    tmp_path_factory: pytest.TempPathFactory, token_file: Path, stripe: ScriptedStripe
) -> Iterator[tuple[Running, Running]]:
    """The writing server (``--max-amount usd=5000``, the Inspector's origin allowed) and a ``--read-only`` one."""
    writing = start(
        tmp_path_factory.mktemp("writing"),
        token_file,
        stripe,
        "--max-amount",
        "usd=5000",
        "--allow-origin",
        INSPECTOR_ORIGIN,
    )
    reading = start(tmp_path_factory.mktemp("reading"), token_file, stripe, "--read-only")
    try:
        wait_for_url(writing)
        wait_for_url(reading)
        yield writing, reading
    finally:
        stop(writing)
        stop(reading)
    for server in (writing, reading):
        log = server.log.read_text()
        assert API_KEY not in log and TOKEN not in log, log


@pytest.fixture
def server(servers: tuple[Running, Running], stripe: ScriptedStripe) -> Running:
    stripe.reset(default=agent_routes)
    return servers[0]


@pytest.fixture
def read_only_server(servers: tuple[Running, Running], stripe: ScriptedStripe) -> Running:
    stripe.reset(default=agent_routes)
    return servers[1]


@asynccontextmanager
async def python_session(
    url: str, token: str = TOKEN, statuses: list[int] | None = None
) -> AsyncIterator[ClientSession]:
    """The MCP Python SDK client over Streamable HTTP with ``Authorization: Bearer <token>`` (the HTTP status of each
    answer goes to ``statuses``)."""
    headers = {"Authorization": f"Bearer {token}"}

    async def record(response: httpx2.Response) -> None:
        if statuses is not None:
            statuses.append(response.status_code)

    timeout = httpx2.Timeout(30, read=60)
    async with (
        httpx2.AsyncClient(headers=headers, timeout=timeout, event_hooks={"response": [record]}) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as client,
    ):
        await client.initialize()
        yield client


def error_text(result: Any) -> dict[str, Any]:
    assert result.is_error and result.structured_content is None
    error: dict[str, Any] = json.loads(result.content[0].text)["error"]
    return error


# --- who may call ----------------------------------------------------------------------------------------------------


def session_id(url: str) -> str:
    """A real session, opened with the right token (to show that a stolen session id is not enough)."""
    answer = httpx.post(url, json=INITIALIZE, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.headers["mcp-session-id"]


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        f"Bearer {TOKEN} {TOKEN}",
        f"Bearer {TOKEN[:-1]}",
        f"Bearer {TOKEN}x",
        f"Basic {TOKEN}",
        TOKEN,
        f"Bearer {TOKEN.upper()}",
        [f"Bearer {TOKEN}", "Bearer wrong"],
    ],
    ids=["none", "empty", "no-token", "twice", "short", "long", "basic", "no-scheme", "case", "two-headers"],
)
def test_no_token_or_a_wrong_one_gets_401_and_reaches_no_tool(
    server: Running, stripe: ScriptedStripe, authorization: str | list[str] | None
) -> None:
    session = session_id(server.url)
    call = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list_customers", "arguments": {}}}
    headers: list[tuple[str, str]] = [*JSON_RPC.items(), ("mcp-session-id", session)]
    if isinstance(authorization, list):
        headers += [("authorization", value) for value in authorization]
    elif authorization is not None:
        headers.append(("authorization", authorization))
    answers = [
        httpx.post(server.url, content=json.dumps(call), headers=headers, timeout=30),
        httpx.get(server.url.removesuffix("/mcp") + "/anything-else", headers=headers, timeout=30),
    ]
    for answer in answers:
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"].startswith("Bearer")
        assert answer.json()["error"]["kind"] == "unauthorized"
        assert TOKEN not in answer.text and TOKEN[:-1] not in answer.text
    assert stripe.requests == []


def test_origin_host_and_body_size_are_checked_after_the_token(server: Running, stripe: ScriptedStripe) -> None:
    good = {**JSON_RPC, "Authorization": f"Bearer {TOKEN}"}
    evil = httpx.post(server.url, json=INITIALIZE, headers={**good, "Origin": "http://evil.example"}, timeout=30)
    inspector = httpx.post(server.url, json=INITIALIZE, headers={**good, "Origin": INSPECTOR_ORIGIN}, timeout=30)
    rebound = httpx.post(server.url, json=INITIALIZE, headers={**good, "Host": "evil.example:80"}, timeout=30)
    body = json.dumps({**INITIALIZE, "padding": "x" * MAX_REQUEST_BYTES})
    too_big = httpx.post(server.url, content=body, headers=good, timeout=30)
    assert evil.status_code == 403
    assert inspector.status_code == 200
    assert rebound.status_code == 421
    assert too_big.status_code == 413
    assert stripe.requests == []


# --- serving ---------------------------------------------------------------------------------------------------------


async def test_python_client_over_http_same_tools_guardrails_and_idempotency(
    server: Running, stripe: ScriptedStripe
) -> None:
    async with python_session(server.url) as first, python_session(server.url) as second:
        listed = {tool.name: tool for tool in (await first.list_tools()).tools}
        customers = await first.call_tool("list_customers", {"limit": 2})
        refused = error_text(await first.call_tool("create_charge", {"amount": 6000, "currency": "usd"}))
        bad = error_text(await second.call_tool("create_charge", {"amount": -5, "currency": "usd"}))
        created = [await client.call_tool("create_customer", {"email": "a@example.com"}) for client in (first, second)]
    assert list(listed) == TOOLS.names()
    assert customers.structured_content is not None and customers.structured_content["data"] == CUSTOMERS[:2]
    assert (refused["param"], bad["param"]) == ("amount", "amount")
    assert "5000" in refused["message"]
    assert all(not result.is_error for result in created)
    key = scoped_idempotency_key(DEFAULT_SCOPE, "create_customer", {"email": "a@example.com"}, None)
    posted = [request for request in stripe.requests if request.method == "POST"]
    assert [request.header("idempotency-key") for request in posted] == [key, key]  # one key across sessions
    assert all(request.header("authorization") == f"Bearer {API_KEY}" for request in stripe.requests)


async def test_python_client_with_a_wrong_token_cannot_connect(server: Running, stripe: ScriptedStripe) -> None:
    statuses: list[int] = []
    with pytest.raises(BaseException) as refused:  # the SDK raises it inside exception groups
        async with python_session(server.url, token="x" * MIN_TOKEN_LENGTH, statuses=statuses):
            pass
    assert "Server returned an error response" in repr(refused.value)
    assert statuses and set(statuses) == {401}
    assert stripe.requests == []


async def test_twenty_python_sessions_at_once_get_their_own_answers(server: Running, stripe: ScriptedStripe) -> None:
    answers: dict[int, Any] = {}

    async def one(index: int) -> None:
        async with python_session(server.url) as client:
            # raw_request: its output schema is small, so the client's own check (jsonschema, per session) is quick.
            body = {"email": f"s{index}@example.com"}
            result = await client.call_tool("raw_request", {"method": "POST", "path": "/v1/customers", "body": body})
            answers[index] = result.structured_content

    async with anyio.create_task_group() as group:
        for index in range(SESSIONS):
            group.start_soon(one, index)
    assert sorted(answers) == list(range(SESSIONS))
    for index, created in answers.items():
        assert created["email"] == f"s{index}@example.com"
    assert sorted(request.form_dict["email"] for request in stripe.requests) == sorted(
        f"s{index}@example.com" for index in range(SESSIONS)
    )


@needs_ts_sdk
def test_typescript_client_over_http_twenty_sessions_and_wrong_tokens(
    tmp_path: Path, server: Running, read_only_server: Running, stripe: ScriptedStripe
) -> None:
    good = {"Authorization": f"Bearer {TOKEN}"}
    calls = [
        {"name": "create_customer", "arguments": {"email": "ts__SESSION__@example.com"}},
        {"name": "get_customer", "arguments": {"id": "cus_missing"}},
        {"name": "create_charge", "arguments": {"amount": -5, "currency": "usd"}},
        {"name": "list_customers", "arguments": {"limit": 2, "fields": ["email"]}},
    ]
    writes = [
        {"name": "create_customer", "arguments": {"email": "x@example.com"}},
        {"name": "raw_request", "arguments": {"method": "POST", "path": "/v1/customers"}},
        {"name": "list_customers", "arguments": {"limit": 1}},
    ]
    runs: list[dict[str, Any]] = [
        {"transport": http_transport(server.url, good), "sessions": SESSIONS, "calls": calls},
        {"transport": http_transport(server.url), "calls": calls},
        {"transport": http_transport(server.url, {"Authorization": "Bearer " + "w" * 40}), "calls": calls},
        {"transport": http_transport(read_only_server.url, good), "calls": writes},
    ]
    concurrent, missing, wrong, read_only = run_plan(runs, tmp_path)
    assert len(concurrent["sessions"]) == SESSIONS
    for index, session in enumerate(concurrent["sessions"]):
        created, not_found, negative, narrowed = session["results"]
        assert text_json(accepted(created))["email"] == f"ts{index}@example.com"
        assert our_error(not_found)["code"] == "resource_missing"
        assert our_error(negative)["param"] == "amount"
        kept = [set(item) for item in accepted(narrowed)["structuredContent"]["data"]]
        assert kept == [{"id", "object", "email"}] * 2
    for refused in (missing, wrong):
        assert "sessions" not in refused and refused["code"] == 401, refused
        assert TOKEN not in refused["error"]
    [session] = read_only["sessions"]
    assert {tool["name"] for tool in session["tools"]} == READ_ONLY_NAMES
    hidden, raw_post, listed = session["results"]
    assert (our_error(hidden)["param"], our_error(raw_post)["param"]) == ("tool", "method")
    assert accepted(listed)["structuredContent"]["data"] == CUSTOMERS[:1]
    methods = [request.method for request in stripe.requests]
    assert methods.count("POST") == SESSIONS  # the creates; the read-only server sent no write
    assert TOKEN not in (tmp_path / "node.stderr").read_text()


async def test_read_only_over_http_can_call_no_write(read_only_server: Running, stripe: ScriptedStripe) -> None:
    async with python_session(read_only_server.url) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        refused = [
            error_text(await client.call_tool(tool.name, {})) for tool in TOOLS if tool.name not in READ_ONLY_NAMES
        ]
        raw = [
            error_text(await client.call_tool("raw_request", {"method": method, "path": "/v1/customers"}))
            for method in ("POST", "DELETE", "post")
        ]
    assert names == READ_ONLY_NAMES
    assert refused and all(error["param"] == "tool" for error in refused)
    assert all(error["param"] == "method" for error in raw)
    assert stripe.requests == []


# --- starting ------------------------------------------------------------------------------------------------------


def run_cli(*args: str, env_key: str | None = API_KEY) -> tuple[int, dict[str, Any], str]:
    err = StringIO()
    saved = os.environ.pop("STRIPE_API_KEY", None)
    if env_key is not None:
        os.environ["STRIPE_API_KEY"] = env_key
    try:
        status = main(["mcp", "--http", "--port", "0", *args], stdout=StringIO(), stderr=err)
    finally:
        os.environ.pop("STRIPE_API_KEY", None)
        if saved is not None:
            os.environ["STRIPE_API_KEY"] = saved
    text = err.getvalue()
    return status, json.loads(text.splitlines()[-1])["error"], text


def test_http_refuses_to_start_without_a_usable_token(tmp_path: Path) -> None:
    readable = tmp_path / "readable.token"
    readable.write_text(TOKEN)
    readable.chmod(0o644)
    short = tmp_path / "short.token"
    short.write_text("abc")
    short.chmod(0o600)
    spaced = tmp_path / "spaced.token"
    spaced.write_text(TOKEN[:20] + " " + TOKEN[20:])
    spaced.chmod(0o600)
    cases = {
        "no flag": ((), "--auth-token-file PATH"),
        "missing file": (("--auth-token-file", str(tmp_path / "nope")), "cannot read"),
        "readable by others": (("--auth-token-file", str(readable)), "chmod 600"),
        "short": (("--auth-token-file", str(short)), f"shorter than {MIN_TOKEN_LENGTH}"),
        "spaced": (("--auth-token-file", str(spaced)), "one token"),
    }
    for name, (args, says) in cases.items():
        status, error, text = run_cli(*args)
        assert status == 2, name
        assert (error["kind"], error["param"]) == ("invalid_input", "auth_token_file"), name
        assert says in error["message"], (name, error["message"])
        assert TOKEN not in text and TOKEN[:20] not in text, name


def test_http_start_up_problems_exit_2_at_once(tmp_path: Path, token_file: Path) -> None:
    no_key = run_cli("--auth-token-file", str(token_file), env_key=None)
    live = run_cli("--auth-token-file", str(token_file), env_key=LIVE_KEY)
    tiny_cap = run_cli("--auth-token-file", str(token_file), "--max-result-bytes", "10")
    assert (no_key[0], no_key[1]["param"]) == (2, "api_key")
    assert (live[0], live[1]["param"]) == (2, "api_key") and "--allow-live" in live[1]["message"]
    assert "4eC39HqLyjWDarjtT1zdp7dc" not in live[2]
    assert (tiny_cap[0], tiny_cap[1]["param"]) == (2, "max_result_bytes")
    stdio_with_token = StringIO()
    assert main(["mcp", "--auth-token-file", str(token_file)], stdout=StringIO(), stderr=stdio_with_token) == 2
    assert "goes with --http" in stdio_with_token.getvalue()


def test_load_token_strips_the_newline_and_keeps_the_token(token_file: Path) -> None:
    assert load_token(str(token_file)) == TOKEN
