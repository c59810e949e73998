"""``mcp --http --tokens-file --keys-dir``: one server, many users, each token reaching only its connection's Stripe.

Against a Stripe double that answers each key with that key's own customers and records which key every request
carried: two users calling at once each get their own data, every request carries the caller's key; a token of one
user with another's session id gets 404 and reaches no Stripe; unknown tokens get 401; users and keys added or
removed while serving take effect at the next request; a broken tokens file makes 503s (not a stale token kept
alive); a token resolver that raises or hangs gives a 503, never a 2xx. Tokens and keys never reach a log or an
answer.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("mcp")
pytest.importorskip("uvicorn")

import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from stripe_connector.errors import InvalidInputError
from stripe_connector.mcp.users import ConnectionAuth, KeysDirectory, TokenFile, UserConnectors
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe, running_scripted

TOKEN_A = "tokA_" + "q8X1v3kP0aLr7mW2nB5cD9eF4gH6jK8zz"
TOKEN_B = "tokB_" + "Zr7mW2nB5cD9eF4gH6jK8q8X1v3kP0aLyy"
TOKEN_C = "tokC_" + "cD9eF4gH6jK8q8X1v3kP0aLr7mW2nB5xx"
KEYS = {"user-a": "sk_test_userAsecret111", "user-b": "sk_test_userBsecret222", "user-c": "sk_test_userCsecret333"}
OWNER = {f"Bearer {key}": name for name, key in KEYS.items()}
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
JSON_RPC = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


def own_data(request: Recorded) -> Reply:
    """Each key sees its own account: one customer named after the connection the key belongs to."""
    owner = OWNER.get(request.header("authorization") or "", "nobody")
    customer = {"id": f"cus_{owner.replace('-', '_')}", "object": "customer", "email": f"{owner}@example.com"}
    if request.method == "GET" and request.path == "/v1/customers":
        return Reply(json={"object": "list", "url": "/v1/customers", "has_more": False, "data": [customer]})
    return Reply(status=404, json={"error": {"type": "invalid_request_error", "message": "no such route"}})


@pytest.fixture
def stripe() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=own_data)


def _private(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text)
    temp.chmod(0o600)
    os.replace(temp, path)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    tokens = tmp_path / "tokens"
    _private(tokens, f"# platform users\n{TOKEN_A} user-a\n{TOKEN_B}   user-b\n")
    keys = tmp_path / "keys"
    keys.mkdir(mode=0o700)
    keys.chmod(0o700)
    for name in ("user-a", "user-b"):
        _private(keys / name, KEYS[name] + "\n")
    return tokens, keys


@pytest.fixture
def server(tmp_path: Path, files: tuple[Path, Path], stripe: ScriptedStripe) -> Iterator[tuple[str, Path]]:
    tokens, keys = files
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    log = tmp_path / "server.log"
    command = [sys.executable, "-m", "stripe_connector.cli", "mcp", "--http", "--port", "0", "--tokens-file",
               str(tokens), "--keys-dir", str(keys), "--base-url", stripe.base_url, "--max-retries", "0"]  # fmt: skip
    with log.open("wb") as errors:
        process = subprocess.Popen(command, env=env, cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=errors,
                                   stderr=errors)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        url = ""
        while not url and time.monotonic() < deadline:
            for line in log.read_text().splitlines():
                if "Streamable HTTP at " in line:
                    url = line.rsplit(" ", 1)[1]
            assert process.poll() is None, log.read_text()
            time.sleep(0.05)
        assert url, log.read_text()
        yield url, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        finally:
            process.kill()
            process.wait()
    text = log.read_text()
    assert not any(secret in text for secret in [TOKEN_A, TOKEN_B, TOKEN_C, *KEYS.values()]), text


@asynccontextmanager
async def session(url: str, token: str) -> AsyncIterator[ClientSession]:
    timeout = httpx2.Timeout(30, read=60)
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=timeout) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as client,
    ):
        await client.initialize()
        yield client


def _text(result: Any) -> str:
    text: str = result.content[0].text
    return text


def _emails(result: Any) -> list[str]:
    assert not result.is_error, result.content[0].text
    return [customer["email"] for customer in result.structured_content["data"]]


async def test_two_users_at_once_each_reach_only_their_own_stripe(
    server: tuple[str, Path], stripe: ScriptedStripe
) -> None:
    url, _ = server
    seen: dict[str, list[list[str]]] = {"a": [], "b": []}

    async def user(token: str, name: str) -> None:
        async with session(url, token) as client:
            for _ in range(5):
                seen[name].append(_emails(await client.call_tool("list_customers", {"limit": 3})))

    await asyncio.gather(user(TOKEN_A, "a"), user(TOKEN_B, "b"), user(TOKEN_A, "a"))
    assert seen["a"] == [["user-a@example.com"]] * 10 and seen["b"] == [["user-b@example.com"]] * 5
    carried = [request.header("authorization") or "" for request in stripe.requests]
    assert sorted(set(carried)) == [f"Bearer {KEYS['user-a']}", f"Bearer {KEYS['user-b']}"]
    assert carried.count(f"Bearer {KEYS['user-a']}") == 10 and carried.count(f"Bearer {KEYS['user-b']}") == 5


def test_a_token_with_another_users_session_or_an_unknown_token_reaches_no_stripe(
    server: tuple[str, Path], stripe: ScriptedStripe
) -> None:
    url, _ = server
    opened = httpx.post(url, json=INITIALIZE, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN_A}"}, timeout=30)
    assert opened.status_code == 200
    session_of_a = opened.headers["mcp-session-id"]
    call = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list_customers", "arguments": {}}}
    stolen = httpx.post(url, json=call, timeout=30, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN_B}",
                                                             "mcp-session-id": session_of_a})  # fmt: skip
    assert stolen.status_code == 404 and session_of_a not in stolen.text
    for token in (TOKEN_C, TOKEN_A[:-1], TOKEN_A + "x", KEYS["user-a"], "user-a", f"{TOKEN_A} {TOKEN_B}"):
        refused = httpx.post(url, json=INITIALIZE, timeout=30, headers={**JSON_RPC, "Authorization": f"Bearer {token}"})
        assert refused.status_code == 401 and refused.json()["error"]["kind"] == "unauthorized"
    assert stripe.requests == []


async def test_users_and_keys_change_while_serving(
    server: tuple[str, Path], files: tuple[Path, Path], stripe: ScriptedStripe
) -> None:
    url, _ = server
    tokens, keys = files
    headers = {**JSON_RPC, "Authorization": f"Bearer {TOKEN_C}"}
    assert httpx.post(url, json=INITIALIZE, headers=headers, timeout=30).status_code == 401
    _private(tokens, f"{TOKEN_A} user-a\n{TOKEN_C} user-c\n")  # C joins, B leaves
    async with session(url, TOKEN_C) as client:
        missing = await client.call_tool("list_customers", {})  # no key yet: a tool error, nothing sent
        assert missing.is_error and "no Stripe key" in _text(missing)
        assert stripe.requests == []
        _private(keys / "user-c", KEYS["user-c"])
        assert _emails(await client.call_tool("list_customers", {})) == ["user-c@example.com"]
        (keys / "user-c").chmod(0o644)  # the key file loosened: refused, and not read
        loose = await client.call_tool("list_customers", {})
        assert loose.is_error and KEYS["user-c"] not in _text(loose)
    gone = httpx.post(url, json=INITIALIZE, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN_B}"}, timeout=30)
    assert gone.status_code == 401  # revoked at the next request, without a restart
    tokens.write_text("")  # truncated in place: every request refused until it is whole again, B's token included
    broken = httpx.post(url, json=INITIALIZE, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN_A}"}, timeout=30)
    assert broken.status_code == 503
    _private(tokens, f"{TOKEN_A} user-a\n")
    fixed = httpx.post(url, json=INITIALIZE, headers={**JSON_RPC, "Authorization": f"Bearer {TOKEN_A}"}, timeout=30)
    assert fixed.status_code == 200
    assert {request.header("authorization") for request in stripe.requests} == {f"Bearer {KEYS['user-c']}"}


# --- in process: the resolvers, the files ---------------------------------------------------------------------------


def _through(app: Any, token: str) -> tuple[int, dict[str, Any]]:
    reached: dict[str, Any] = {}

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        reached.update(scope)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def go() -> int:
        transport = httpx.ASGITransport(app=app(inner))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            answer = await client.post("/mcp", headers={"Authorization": f"Bearer {token}"})
            return answer.status_code

    return asyncio.run(go()), reached


@pytest.mark.parametrize("kind", ["raises", "hangs", "async-hangs", "junk"])
def test_a_token_resolver_that_raises_hangs_or_answers_junk_never_lets_a_request_through(kind: str) -> None:
    release = threading.Event()

    def raises(token: str) -> str:
        raise RuntimeError(f"session store down ({token})")

    def hangs(token: str) -> str:
        release.wait(5)
        return "user-a"

    async def async_hangs(token: str) -> str:
        await asyncio.sleep(5)
        return "user-a"

    resolvers: dict[str, Any] = {"raises": raises, "hangs": hangs, "async-hangs": async_hangs,
                                 "junk": lambda token: "../user-a"}  # fmt: skip
    try:
        status, reached = _through(lambda inner: ConnectionAuth(inner, resolvers[kind], timeout=0.1), TOKEN_A)
    finally:
        release.set()
    assert status == (401 if kind == "junk" else 503) and reached == {}


def test_an_async_resolver_names_the_connection_in_the_scope() -> None:
    async def resolver(token: str) -> str | None:
        return "user-a" if token == TOKEN_A else None

    status, reached = _through(lambda inner: ConnectionAuth(inner, resolver), TOKEN_A)
    assert status == 200 and reached["stripe_connector.connection"] == "user-a"
    assert _through(lambda inner: ConnectionAuth(inner, resolver), TOKEN_B) == (401, {})


def test_bad_token_files_and_key_dirs_are_refused_at_start_without_showing_a_token(tmp_path: Path) -> None:
    cases = {
        "short": "tok_short user-a\n",
        "no-connection": f"{TOKEN_A}\n",
        "bad-id": f"{TOKEN_A} ../user-a\n",
        "twice": f"{TOKEN_A} user-a\n{TOKEN_A} user-b\n",
        "empty": "# nobody\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        _private(path, text)
        with pytest.raises(InvalidInputError) as caught:
            TokenFile(path)
        assert caught.value.param == "tokens_file" and TOKEN_A not in str(caught.value), name
    loose = tmp_path / "loose"
    _private(loose, f"{TOKEN_A} user-a\n")
    loose.chmod(0o640)
    with pytest.raises(InvalidInputError, match="chmod 600"):
        TokenFile(loose)
    good = tmp_path / "good"
    _private(good, f"{TOKEN_A} user-a\n{TOKEN_B} user-a\n")
    tokens = TokenFile(good)
    assert tokens(TOKEN_A) == tokens(TOKEN_B) == "user-a" and tokens(TOKEN_C) is None
    assert TOKEN_A not in repr(tokens)
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    open_dir.chmod(0o777)
    with pytest.raises(InvalidInputError, match="chmod 700"):
        KeysDirectory(open_dir)


def test_one_connector_per_connection_rebuilt_when_its_key_changes() -> None:
    built: list[dict[str, Any]] = []

    class Fake:
        closed = False

        async def aclose(self) -> None:
            self.closed = True

    fakes: list[Fake] = []

    def build(options: Any) -> Any:
        built.append(dict(options))
        fakes.append(Fake())
        return fakes[-1]

    keys = {"user-a": KEYS["user-a"], "user-b": KEYS["user-b"]}
    pool = UserConnectors({"api_key": "sk_test_global_must_go", "max_retries": 0}, keys, build)

    async def go() -> None:
        first, key = await pool.connector("user-a")
        again, _ = await pool.connector("user-a")
        other, other_key = await pool.connector("user-b")
        assert first is again and first is not other and (key, other_key) == (KEYS["user-a"], KEYS["user-b"])
        keys["user-a"] = "sk_test_userArotated"
        rotated, _ = await pool.connector("user-a")
        assert rotated is not first and not fakes[0].closed  # closed later: calls on it may still be running
        with pytest.raises(InvalidInputError) as caught:
            await pool.connector("user-z")
        assert caught.value.param == "connection"
        await pool.aclose()
        assert [fake.closed for fake in fakes] == [True, True, True]

    asyncio.run(go())
    assert [options["api_key"] for options in built] == [KEYS["user-a"], KEYS["user-b"], "sk_test_userArotated"]
    assert all(options["max_retries"] == 0 for options in built)
    assert "sk_test" not in repr(pool)
