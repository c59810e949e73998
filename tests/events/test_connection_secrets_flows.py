"""Webhooks for many connections: ``webhook_app`` with a mapping, a callable (sync or async) or a secrets directory
serves ``{path}/{connection id}``. Hostile families: forged and cross-connection deliveries (refused, nothing
stored), unknown and malformed connection ids (the very answer of a bad signature), a resolver that raises, hangs
or answers junk (503, never 2xx), a secrets directory changing while serving (added, removed, truncated, rolled,
loose permissions), threads and processes delivering to many connections at once; the inbox keyed by connection
(both stores) and an inbox from before connections upgraded in place; hand-offs carrying the connection."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector.errors import InvalidInputError
from stripe_connector.events import (
    Dispatcher,
    InboxStore,
    SecretsDirectory,
    StoredEvent,
    open_store,
    parse_event,
    webhook_app,
)

from tests.support.events_serve import ServeProcess
from tests.support.events_support import OTHER_SECRET, SECRET, event_body, signed_headers

SECRET_A = "whsec_connection_a_0123456789abcdef"
SECRET_B = "whsec_connection_b_fedcba9876543210"
BASE = "/stripe/webhook"


def _deliver(app: Any, requests: list[dict[str, Any]]) -> list[httpx.Response]:
    """Each request (``path``, ``content``, ``headers``) POSTed to ``app`` in turn, over ASGI."""

    async def go() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return [await client.post(r.get("path", BASE), content=r.get("content", b""),
                                      headers=r.get("headers", {})) for r in requests]  # fmt: skip

    return asyncio.run(go())


def _one(app: Any, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return _deliver(app, [{"path": path, "content": body, "headers": headers}])[0]


def _raw(app: Any, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """A POST straight through ASGI, the path untouched (an HTTP client would resolve ``..`` before sending)."""
    sent: list[dict[str, Any]] = []
    scope = {"type": "http", "method": "POST", "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}  # fmt: skip

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def _empty(store: InboxStore) -> bool:
    return store.counts() == {"pending": 0, "done": 0, "failed": 0, "dead": 0}


# --- routing, isolation, unknown connections -------------------------------------------------------------------


def test_each_connection_is_verified_with_its_own_secrets_and_stored_under_its_id(inbox: InboxStore) -> None:
    app = webhook_app(inbox, {"conn_a": SECRET_A, "conn-b": [SECRET_B, OTHER_SECRET]})
    try:
        body = event_body(1)
        first = _one(app, f"{BASE}/conn_a", body, signed_headers(body, SECRET_A))
        assert first.status_code == 200 and first.json()["duplicate"] is False
        # The same event reaching another connection is that connection's (two platform customers, one account).
        second = _one(app, f"{BASE}/conn-b", body, signed_headers(body, OTHER_SECRET))
        assert second.status_code == 200 and second.json()["duplicate"] is False
        again = _one(app, f"{BASE}/conn_a", body, signed_headers(body, SECRET_A))
        assert again.status_code == 200 and again.json()["duplicate"] is True
    finally:
        app.close()
    stored_a = inbox.get("", "evt_test_00000001", connection="conn_a")
    stored_b = inbox.get("", "evt_test_00000001", connection="conn-b")
    assert stored_a is not None and stored_b is not None and inbox.get("", "evt_test_00000001") is None
    assert stored_a.connection == "conn_a" and stored_a.event.connection == "conn_a"
    assert inbox.counts()["pending"] == 2


def test_an_event_signed_for_one_connection_is_refused_on_another_and_stores_nothing(inbox: InboxStore) -> None:
    app = webhook_app(inbox, {"conn_a": SECRET_A, "conn_b": SECRET_B})
    try:
        body = event_body(2)
        crossed = _one(app, f"{BASE}/conn_b", body, signed_headers(body, SECRET_A))
        # Signed with both (as a leaked secret would let a forger do): B's path checks B's secret, so this one holds.
        both = _one(app, f"{BASE}/conn_b", body, signed_headers(body, [SECRET_A, SECRET_B]))
        forged = _one(app, f"{BASE}/conn_a", event_body(3), signed_headers(event_body(3), "whsec_forger_0123456789"))
        single_path = _one(app, BASE, body, signed_headers(body, SECRET_A))
    finally:
        app.close()
    assert crossed.status_code == 400 and crossed.json()["error"]["reason"] == "signature_mismatch"
    assert forged.status_code == 400
    assert single_path.status_code == 404  # the bare path is not a connection
    assert both.status_code == 200
    assert inbox.get("", "evt_test_00000002", connection="conn_a") is None
    assert inbox.get("", "evt_test_00000003", connection="conn_a") is None
    assert inbox.counts()["pending"] == 1


@pytest.mark.parametrize(
    "connection",
    ["conn_zz", "..", ".hidden", "conn_a/..", "a" * 129, "%2e%2e", "conn a", "-leading", "conn_a.swp", ""],
)
def test_an_unknown_or_malformed_connection_gets_exactly_the_answer_of_a_bad_signature(
    inbox: InboxStore, connection: str
) -> None:
    calls: list[str] = []

    def resolver(name: str) -> str | None:
        calls.append(name)
        return SECRET_A if name == "conn_a" else None

    body = event_body(4)
    bad_headers = [signed_headers(body, SECRET_B), signed_headers(body, "whsec_forged_0123456789"), {},
                   {"Stripe-Signature": "t=1,v1=00"}, signed_headers(body, SECRET_B, timestamp=1)]  # fmt: skip
    for source in ({"conn_a": SECRET_A}, resolver):
        app = webhook_app(inbox, source)
        try:
            for headers in bad_headers:
                known = _raw(app, f"{BASE}/conn_a", body, headers)  # a bad signature on a known connection
                assert known[0] == 400
                assert _raw(app, f"{BASE}/{connection}", body, headers) == known
            # Even a delivery correctly signed with a real connection's secret: unknown is unknown.
            status, answer = _raw(app, f"{BASE}/{connection}", body, signed_headers(body, SECRET_A))
            assert status == 400 and json.loads(answer)["error"]["reason"] == "signature_mismatch"
        finally:
            app.close()
    assert _empty(inbox)
    # Malformed ids never reach the platform's resolver (nor, so, a file outside a secrets directory).
    if connection == "conn_zz":
        assert set(calls) == {"conn_a", "conn_zz"}
    else:
        assert set(calls) == {"conn_a"}


def test_one_lookup_per_delivery_never_a_walk_over_every_connection(inbox: InboxStore) -> None:
    class Secrets(dict[str, str]):
        """1,000 connections; reading all of them (iterating, values, items) fails the test."""

        gets: ClassVar[Counter[str]] = Counter()

        def get(self, key: str, default: Any = None) -> Any:
            self.gets[key] += 1
            return super().get(key, default)

        def __iter__(self) -> Iterator[str]:
            raise AssertionError("the receiver walked every connection")

        def values(self) -> Any:
            raise AssertionError("the receiver read every secret")

        def items(self) -> Any:
            raise AssertionError("the receiver read every secret")

    secrets = Secrets({f"conn_{n}": f"whsec_conn_{n:04d}_secret" for n in range(1000)})
    app = webhook_app(inbox, secrets)
    try:
        requests = []
        for n in (7, 500, 999):
            body = event_body(n)
            requests.append({"path": f"{BASE}/conn_{n}", "content": body,
                             "headers": signed_headers(body, f"whsec_conn_{n:04d}_secret")})  # fmt: skip
        answers = _deliver(app, requests)
    finally:
        app.close()
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert dict(Secrets.gets) == {"conn_7": 1, "conn_500": 1, "conn_999": 1}


# --- resolvers that fail -------------------------------------------------------------------------------------------


def _raising(name: str) -> str:
    raise RuntimeError(f"vault down while reading {SECRET_A}")


async def _async_raising(name: str) -> str:
    raise ConnectionError("database gone")


def _junk(name: str) -> object:
    return {"secret": SECRET_A} if name == "conn_a" else 42


async def _async_ok(name: str) -> str | None:
    await asyncio.sleep(0)
    return SECRET_A if name == "conn_a" else None


@pytest.mark.parametrize("resolver", [_raising, _async_raising, _junk, lambda name: "sk_test_not_a_whsec"])
def test_a_resolver_that_raises_or_answers_junk_gives_a_503_and_stores_nothing(
    inbox: InboxStore, resolver: Callable[[str], Any], caplog: pytest.LogCaptureFixture
) -> None:
    app = webhook_app(inbox, resolver)
    try:
        body = event_body(5)
        answer = _one(app, f"{BASE}/conn_a", body, signed_headers(body, SECRET_A))
    finally:
        app.close()
    assert answer.status_code == 503 and answer.json()["error"]["type"] == "secrets_unavailable"
    assert SECRET_A not in answer.text and SECRET_A not in caplog.text and "sk_test_not" not in caplog.text
    assert _empty(inbox)


def test_an_async_resolver_is_awaited(inbox: InboxStore) -> None:
    app = webhook_app(inbox, _async_ok)
    try:
        body = event_body(6)
        ok = _one(app, f"{BASE}/conn_a", body, signed_headers(body, SECRET_A))
        unknown = _one(app, f"{BASE}/conn_b", body, signed_headers(body, SECRET_A))
    finally:
        app.close()
    assert ok.status_code == 200 and unknown.status_code == 400
    assert inbox.get("", "evt_test_00000006", connection="conn_a") is not None


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_resolver_that_hangs_gives_a_503_after_the_bound_never_a_2xx(inbox: InboxStore, kind: str) -> None:
    release = threading.Event()

    def hang(name: str) -> str:
        release.wait(10)
        return SECRET_A

    async def ahang(name: str) -> str:
        await asyncio.sleep(10)
        return SECRET_A

    app = webhook_app(inbox, hang if kind == "sync" else ahang, resolve_timeout=0.1)
    try:
        body = event_body(7)
        started = time.monotonic()
        answers = _deliver(app, [{"path": f"{BASE}/conn_a", "content": body,
                                  "headers": signed_headers(body, SECRET_A)}] * 3)  # fmt: skip
        took = time.monotonic() - started
    finally:
        release.set()
        app.close()
    assert [a.status_code for a in answers] == [503, 503, 503]
    assert took < 5  # bounded: three deliveries, each cut at 0.1 s (generous for a loaded machine)
    assert _empty(inbox)


def test_bad_options_are_named(inbox: InboxStore, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError) as caught:
        webhook_app(inbox, {"conn_a": SECRET_A}, resolve_timeout=0)
    assert caught.value.param == "resolve_timeout"
    with pytest.raises(InvalidInputError) as caught:
        parse_event(event_body(1), connection="../x")
    assert caught.value.param == "connection"
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o777)
    loose.chmod(0o777)
    with pytest.raises(InvalidInputError) as caught:
        SecretsDirectory(loose)
    assert caught.value.param == "secrets_dir" and "chmod 700" in caught.value.message
    with pytest.raises(InvalidInputError):
        SecretsDirectory(tmp_path / "missing")
    app = webhook_app(inbox, {"conn_a": SECRET_A})
    assert SECRET_A not in repr(app) and "conn_a" not in repr(app)
    app.close()


# --- the secrets directory, changing while serving -----------------------------------------------------------------


def _write_secret(directory: Path, name: str, text: str, mode: int = 0o600) -> None:
    """Written aside and renamed over, as a platform should (a reader never sees half a file)."""
    temp = directory / f".{name}.tmp"
    temp.write_text(text)
    temp.chmod(mode)
    os.replace(temp, directory / name)


def test_a_secrets_directory_picks_up_added_rolled_removed_and_broken_files_without_a_restart(
    inbox: InboxStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "secrets"
    directory.mkdir(mode=0o700)
    directory.chmod(0o700)
    secrets = SecretsDirectory(directory)
    app = webhook_app(inbox, secrets)
    n = iter(range(100, 200))

    def post(connection: str, secret: str | list[str]) -> int:
        body = event_body(next(n))
        return _one(app, f"{BASE}/{connection}", body, signed_headers(body, secret)).status_code

    try:
        assert post("conn_a", SECRET_A) == 400  # not there yet: an unknown connection
        _write_secret(directory, "conn_a", SECRET_A + "\n")
        assert post("conn_a", SECRET_A) == 200  # added while serving
        _write_secret(directory, "conn_a", f"{SECRET_A}\n{SECRET_B}\n")
        assert post("conn_a", SECRET_B) == 200  # rolled: both accepted
        _write_secret(directory, "conn_a", SECRET_B + "\n")
        assert post("conn_a", SECRET_A) == 400  # the old one retired
        (directory / "conn_a").write_text("")  # truncated in place (a writer that did not rename)
        assert post("conn_a", SECRET_B) == 503  # not a 4xx: Stripe delivers again once the file is whole
        _write_secret(directory, "conn_a", SECRET_B[:4])  # cut before the secret
        assert post("conn_a", SECRET_B) == 503
        _write_secret(directory, "conn_a", SECRET_B, mode=0o644)  # others may read it: refused
        assert post("conn_a", SECRET_B) == 503
        _write_secret(directory, "conn_a", SECRET_B)
        assert post("conn_a", SECRET_B) == 200
        (directory / "conn_a").unlink()
        assert post("conn_a", SECRET_B) == 400  # removed: unknown again
        # A dotfile and a secret outside the directory are never reachable through a connection id.
        _write_secret(directory, ".hidden", SECRET_A)
        (tmp_path / "outside").write_text(SECRET_A)
        (tmp_path / "outside").chmod(0o600)
        assert post(".hidden", SECRET_A) == 400 and post("..%2Foutside", SECRET_A) == 400
        body = event_body(150)
        assert _raw(app, f"{BASE}/../outside", body, signed_headers(body, SECRET_A))[0] == 400
    finally:
        app.close()
    assert inbox.counts()["pending"] == 3
    assert {e.connection for e in inbox.list()} == {"conn_a"}
    assert SECRET_A not in caplog.text and SECRET_B not in caplog.text
    assert "conn_a" in caplog.text  # the operator is told which file was refused
    assert list(secrets) == [] and len(secrets) == 0


def test_a_kubernetes_style_symlinked_secret_file_is_followed(tmp_path: Path, inbox: InboxStore) -> None:
    directory = tmp_path / "mounted"
    (directory / "..data").mkdir(parents=True, mode=0o700)
    directory.chmod(0o700)
    _write_secret(directory / "..data", "conn_k", SECRET_A)
    (directory / "conn_k").symlink_to(directory / "..data" / "conn_k")
    secrets = SecretsDirectory(directory)
    assert list(secrets) == ["conn_k"] and secrets.get("conn_k") is not None
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secrets)


# --- many deliverers ---------------------------------------------------------------------------------------------


def test_threads_delivering_to_many_connections_store_each_event_once_per_connection(inbox: InboxStore) -> None:
    connections = {f"conn_{n}": f"whsec_thread_conn_{n:03d}_secret" for n in range(20)}
    app = webhook_app(inbox, connections)
    deliveries: list[tuple[str, bytes, dict[str, str]]] = []
    for name, secret in connections.items():
        for number in range(3):
            body = event_body(number)  # the same 3 event ids on every connection
            deliveries.append((name, body, signed_headers(body, secret)))
            # and a forged copy aimed at the next connection, signed with this one's secret
            deliveries.append((f"conn_{(int(name[5:]) + 1) % 20}", event_body(number + 50), signed_headers(
                event_body(number + 50), secret)))  # fmt: skip
    deliveries = deliveries * 2  # every good one twice

    async def go() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:

            async def send(item: tuple[str, bytes, dict[str, str]]) -> int:
                answer = await client.post(f"{BASE}/{item[0]}", content=item[1], headers=item[2])
                return answer.status_code

            return list(await asyncio.gather(*(send(d) for d in deliveries)))

    def loop_in_thread() -> list[int]:
        return asyncio.run(go())

    try:
        with ThreadPoolExecutor(4) as pool:
            results = [status for chunk in pool.map(lambda _: loop_in_thread(), range(4)) for status in chunk]
    finally:
        app.close()
    assert Counter(results) == {200: 4 * 240 // 2, 400: 4 * 240 // 2}
    stored = inbox.list(limit=10_000)
    assert len(stored) == 20 * 3
    assert Counter(e.connection for e in stored) == {name: 3 for name in connections}
    assert all(e.event_id < "evt_test_00000050" for e in stored)  # no forged copy anywhere


def test_two_serve_processes_on_one_inbox_print_each_connections_events_once(tmp_path: Path) -> None:
    directory = tmp_path / "secrets"
    directory.mkdir(mode=0o700)
    directory.chmod(0o700)
    connections = {f"tenant-{n}": f"whsec_process_tenant_{n}_0123456789" for n in range(6)}
    for name, secret in connections.items():
        _write_secret(directory, name, secret)
    store = f"sqlite:///{tmp_path}/inbox.db"
    extra = ["--secrets-dir", str(directory)]
    first = ServeProcess(tmp_path, store, [], name="first", extra=extra).start()
    second = ServeProcess(tmp_path, store, [], name="second", extra=[*extra, "--no-dispatch"]).start()
    try:
        assert first.url.endswith("/stripe/webhook/<connection id>")
        urls = [first.url.removesuffix("/<connection id>"), second.url.removesuffix("/<connection id>")]
        jobs = [(urls[(n + i) % 2], name, n) for i, (name, _) in enumerate(connections.items()) for n in range(4)]
        jobs += jobs  # each delivery twice, to either process

        def deliver(job: tuple[str, str, int]) -> int:
            url, name, number = job
            body = event_body(number)
            with httpx.Client(timeout=10) as client:
                return client.post(f"{url}/{name}", content=body,
                                   headers=signed_headers(body, connections[name])).status_code  # fmt: skip

        with ThreadPoolExecutor(8) as pool:
            assert set(pool.map(deliver, jobs)) == {200}
        deadline = time.monotonic() + 15
        while len(first.printed()) < 24 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        printed = first.printed()
        assert Counter((e["connection"], e["id"]) for e in printed) == {
            (name, f"evt_test_{n:08d}"): 1 for name in connections for n in range(4)
        }
        assert second.printed() == []
        logs = "".join(p.read_text() for p in tmp_path.glob("*.err")) + "".join(
            p.read_text() for p in tmp_path.glob("*.out"))  # fmt: skip
        assert not any(secret in logs for secret in connections.values())
    finally:
        first.stop()
        second.stop()


def test_serve_takes_a_secrets_dir_or_secret_files_not_both(tmp_path: Path) -> None:
    import io

    from stripe_connector.cli.main import main

    secret = tmp_path / "whsec"
    secret.write_text(SECRET)
    secret.chmod(0o600)
    err = io.StringIO()
    code = main(["events", "serve", "--secret-file", str(secret), "--secrets-dir", str(tmp_path),
                 "--store", f"sqlite:///{tmp_path}/x.db"], stdout=io.StringIO(), stderr=err)  # fmt: skip
    assert code == 2 and json.loads(err.getvalue().splitlines()[-1])["error"]["param"] == "secrets_dir"
    assert not (tmp_path / "x.db").exists()


# --- the inbox and the hand-offs -----------------------------------------------------------------------------------


def test_hand_offs_carry_the_connection_and_states_stay_per_connection(inbox: InboxStore) -> None:
    body = event_body(9)
    for connection in ("", "conn_a", "conn_b"):
        assert inbox.add(parse_event(body, connection=connection), body) is True
    seen: list[tuple[str, str]] = []

    def handler(item: StoredEvent) -> None:
        if item.connection == "conn_b":
            raise RuntimeError("conn_b's downstream is down")
        seen.append((item.connection, item.event.connection))

    Dispatcher(inbox, handler, max_attempts=1).run_once()
    assert sorted(seen) == [("", ""), ("conn_a", "conn_a")]
    assert inbox.get("", "evt_test_00000009", connection="conn_b").state == "dead"  # type: ignore[union-attr]
    assert inbox.get("", "evt_test_00000009").state == "done"  # type: ignore[union-attr]
    assert inbox.replay("", "evt_test_00000009", connection="conn_b") is True
    assert inbox.replay("", "evt_test_00000009", connection="conn_zz") is False
    inbox.set_cursor("default", 100, connection="conn_a")
    inbox.set_cursor("default", 200)
    assert inbox.get_cursor("default", connection="conn_a").created == 100  # type: ignore[union-attr]
    assert inbox.get_cursor("default").created == 200  # type: ignore[union-attr]
    assert inbox.get_cursor("default", connection="conn_b") is None
    with pytest.raises(InvalidInputError):
        inbox.get_cursor("default", connection="../etc")


def test_celery_and_temporal_hand_offs_keep_connections_apart_and_old_signatures_working() -> None:
    from stripe_connector.celery.events import CeleryHandOff

    class App:
        sent: ClassVar[list[tuple[str, dict[str, Any]]]] = []

        def send_task(self, name: str, **options: Any) -> None:
            self.sent.append((name, options))

    body = event_body(11)
    single = StoredEvent("", "evt_test_00000011", "x", 1, "webhook", "pending", 0, None, 0.0, 0.0, body)
    of_a = StoredEvent("", "evt_test_00000011", "x", 1, "webhook", "pending", 0, None, 0.0, 0.0, body, "conn_a")
    app = App()
    CeleryHandOff(app, "stripe.event")(single)
    CeleryHandOff(app, "stripe.event")(of_a)
    CeleryHandOff(app, "stripe.event", with_connection=True)(of_a)
    (_, plain), (_, tagged), (_, keyword) = app.sent
    assert plain["task_id"] == "evt_test_00000011" and plain["kwargs"] == {} and "headers" not in plain
    assert tagged["task_id"] == "conn_a/evt_test_00000011" and tagged["kwargs"] == {}
    assert tagged["headers"] == {"stripe_connection": "conn_a"}
    assert keyword["kwargs"] == {"connection": "conn_a"}
    pytest.importorskip("temporalio")
    from stripe_connector.temporal.events import TemporalHandOff, event_workflow_id

    class Client:
        started: ClassVar[list[dict[str, Any]]] = []

        async def start_workflow(self, workflow: str, **options: Any) -> None:
            self.started.append(options)

    client: Any = Client()
    asyncio.run(TemporalHandOff(client, "wf", task_queue="q")(single))
    asyncio.run(TemporalHandOff(client, "wf", task_queue="q", with_connection=True)(of_a))
    asyncio.run(TemporalHandOff(client, "wf", task_queue="q", mode="per_object")(of_a))
    first, second, third = Client.started
    assert first["id"] == event_workflow_id("evt_test_00000011") and len(first["args"]) == 1
    assert second["id"] == "stripe-event-conn_a-evt_test_00000011" and second["args"][1] == "conn_a"
    assert third["id"] == "stripe-object-conn_a-pi_00000011" and len(third["start_signal_args"]) == 1


# --- the upgrade of an inbox from before connections --------------------------------------------------------------

_OLD_SQLITE = [
    "CREATE TABLE IF NOT EXISTS stripe_connector_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, "
    "event_id TEXT NOT NULL, type TEXT NOT NULL, created BIGINT NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL, "
    "attempts INTEGER NOT NULL, last_error TEXT, received_at REAL NOT NULL, next_attempt_at REAL, lease_until REAL, "
    "handed_at REAL, payload BLOB NOT NULL, UNIQUE (account, event_id))",
    "CREATE INDEX IF NOT EXISTS stripe_connector_events_due ON stripe_connector_events (state, next_attempt_at)",
    "CREATE TABLE IF NOT EXISTS stripe_connector_event_cursors (name TEXT PRIMARY KEY, created BIGINT NOT NULL, "
    "updated_at REAL NOT NULL)",
]


def _old_rows(number: int) -> tuple[Any, ...]:
    body = event_body(number)
    state = "dead" if number == 2 else "pending"
    return ("", f"evt_test_{number:08d}", "payment_intent.succeeded", 1, "webhook", state, 3 if number == 2 else 0,
            "boom" if number == 2 else None, 1.0, 1.0, body)  # fmt: skip


def test_an_sqlite_inbox_from_before_connections_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for statement in _OLD_SQLITE:
        db.execute(statement)
    for number in (1, 2, 3):
        db.execute("INSERT INTO stripe_connector_events (account, event_id, type, created, source, state, attempts, "
                   "last_error, received_at, next_attempt_at, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   _old_rows(number))  # fmt: skip
    db.execute("INSERT INTO stripe_connector_event_cursors VALUES ('default', 1234, 1.0)")
    db.execute("UPDATE stripe_connector_events SET handed_at = 77.0 WHERE event_id = 'evt_test_00000002'")
    db.commit()
    db.close()
    store = open_store(f"sqlite:///{path}")
    try:
        _check_upgraded(store)
    finally:
        store.close()
    db = sqlite3.connect(path)
    assert db.execute(
        "SELECT handed_at FROM stripe_connector_events WHERE event_id = 'evt_test_00000002'"
    ).fetchall() == [(77.0,)]  # every old column kept, not only those the store reads
    seqs = [row[0] for row in db.execute("SELECT seq FROM stripe_connector_events ORDER BY seq")]
    assert seqs[:3] == [1, 2, 3] and len(seqs) == 4 and seqs[3] > 3  # old order kept, new ones after
    db.close()
    again = open_store(f"sqlite:///{path}")  # a second open changes nothing
    try:
        assert again.counts() == {"pending": 3, "done": 0, "failed": 0, "dead": 1}
    finally:
        again.close()


def _check_upgraded(store: InboxStore) -> None:
    assert store.counts() == {"pending": 2, "done": 0, "failed": 0, "dead": 1}
    dead = store.get("", "evt_test_00000002")
    assert dead is not None and dead.state == "dead" and dead.attempts == 3 and dead.connection == ""
    assert store.get_cursor("default").created == 1234  # type: ignore[union-attr]
    body = event_body(1)
    assert store.add(parse_event(body), body) is False  # still a repeat on the single connection
    assert store.add(parse_event(body, connection="conn_a"), body) is True  # a new connection: a new event
    claimed = store.claim(limit=10, lease_seconds=30)
    assert [e.event_id for e in claimed] == ["evt_test_00000001", "evt_test_00000003", "evt_test_00000001"]


def test_a_postgres_inbox_from_before_connections_is_upgraded_in_place(request: pytest.FixtureRequest) -> None:
    from stripe_connector.testing.launchers.postgres import fresh_database, postgres_bin_dir

    if postgres_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed")
    server = request.getfixturevalue("postgres")
    url = fresh_database(server, "inbox_upgrade")
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        for statement in _OLD_SQLITE:
            db.execute(statement.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL")
                       .replace("BLOB", "BYTEA").replace("REAL", "DOUBLE PRECISION"))  # fmt: skip
        for number in (1, 2, 3):
            db.execute("INSERT INTO stripe_connector_events (account, event_id, type, created, source, state, "
                       "attempts, last_error, received_at, next_attempt_at, payload) VALUES "
                       "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)", _old_rows(number))  # fmt: skip
        db.execute("INSERT INTO stripe_connector_event_cursors VALUES ('default', 1234, 1.0)")
    store = open_store(url)
    try:
        _check_upgraded(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def postgres() -> Iterator[Any]:
    from stripe_connector.testing.launchers import ServerStartError
    from stripe_connector.testing.launchers.postgres import PostgresServer

    try:
        server = PostgresServer().start()
    except ServerStartError as exc:
        pytest.fail(f"PostgreSQL did not start: {exc}")
    yield server
    server.close()


# --- the poller and export, per connection -----------------------------------------------------------------------


def test_pollers_of_two_connections_keep_their_own_cursors_in_one_inbox(inbox: InboxStore) -> None:
    from stripe_connector import StripeConnector
    from stripe_connector.events import EventPoller
    from stripe_connector.testing.doubles import EventStripe

    from tests.support.keys import API_KEY

    with EventStripe() as double, StripeConnector(API_KEY, base_url=double.url, max_retries=0) as connector:
        double.add_events(120)
        first = EventPoller(connector, inbox, lag=10, connection="conn_a").poll_once()
        assert first.added == 120
        assert inbox.get_cursor("default", connection="conn_a").created == first.cursor  # type: ignore[union-attr]
        assert inbox.get_cursor("default") is None and inbox.get_cursor("default", connection="conn_b") is None
        # The same account's events, polled for a second connection: that connection's, with its own cursor.
        second = EventPoller(connector, inbox, lag=10, connection="conn_b").poll_once()
        assert second.added == 120
        assert EventPoller(connector, inbox, lag=10, connection="conn_a").poll_once().added == 0
        with pytest.raises(InvalidInputError) as caught:
            EventPoller(connector, inbox, connection="conn/../a")
        assert caught.value.param == "connection"
    stored = inbox.list(limit=1000)
    assert Counter(e.connection for e in stored) == {"conn_a": 120, "conn_b": 120}


def test_an_export_for_a_connection_has_its_own_checkpoint_name_and_old_names_stay(tmp_path: Path) -> None:
    from stripe_connector import StripeConnector
    from stripe_connector.export._job import ExportJob

    from tests.support.keys import API_KEY

    with StripeConnector(API_KEY, base_url="http://127.0.0.1:9") as connector:
        plain = ExportJob(connector.core, "list_customers", created_lt=1000)
        of_a = ExportJob(connector.core, "list_customers", created_lt=1000, connection="conn_a")
        of_b = ExportJob(connector.core, "list_customers", created_lt=1000, connection="conn_b")
        with pytest.raises(InvalidInputError) as caught:
            ExportJob(connector.core, "list_customers", connection=".hidden")
    assert caught.value.param == "connection"
    assert "connection" not in plain.identity and plain.key.startswith("export-") and len(plain.key) == 39
    assert of_a.key.startswith("export-conn_a-") and of_b.key.startswith("export-conn_b-")
    assert len({plain.key.rsplit("-", 1)[1], of_a.key.rsplit("-", 1)[1], of_b.key.rsplit("-", 1)[1]}) == 3


def test_a_process_whose_resolver_hangs_forever_still_exits(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = f"""
import asyncio, threading, httpx
from stripe_connector.events import open_store, webhook_app
from tests.support.events_support import event_body, signed_headers
never = threading.Event()
def hang(name):
    never.wait()  # forever
app = webhook_app(open_store("sqlite:///{tmp_path}/inbox.db"), hang, resolve_timeout=0.1)
async def go():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
        body = event_body(1)
        answers = [await client.post("/stripe/webhook/conn_a", content=body, headers=signed_headers(body))
                   for _ in range(12)]  # more than the resolver threads: every one of them is stuck
        print(sorted({{a.status_code for a in answers}}))
asyncio.run(go())
"""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=repo,
                          env={**os.environ, "PYTHONPATH": str(repo)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[503]"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.text(min_size=0, max_size=40))
def test_any_path_suffix_reaches_the_resolver_only_as_a_valid_id_and_stores_only_when_signed_for_it(
    inbox: InboxStore, tmp_path: Path, suffix: str
) -> None:
    from stripe_connector.events import is_connection_id

    asked: list[str] = []

    def resolver(name: str) -> str | None:
        asked.append(name)
        return SECRET_A if name == "conn_a" else None

    app = webhook_app(inbox, resolver)
    try:
        body = event_body(77)
        status, _ = _raw(app, f"{BASE}/{suffix}", body, signed_headers(body, SECRET_A))
    finally:
        app.close()
    assert all(is_connection_id(name) for name in asked)
    assert not any("/" in name or "." in name for name in asked)
    assert status == (200 if suffix == "conn_a" else 400)
    assert all(e.connection == "conn_a" for e in inbox.list(limit=10))  # nothing under any other name, ever


def test_the_command_line_polls_prints_and_replays_per_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from stripe_connector.cli.main import main
    from stripe_connector.testing.doubles import EventStripe

    from tests.support.keys import API_KEY

    url = f"sqlite:///{tmp_path}/inbox.db"
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    with EventStripe() as double:
        double.add_events(3)
        for connection in ("conn_a", "conn_b"):
            out, err = io.StringIO(), io.StringIO()
            code = main(["events", "poll", "--lag", "0", "--store", url, "--base-url", double.url,
                         "--connection", connection], stdout=out, stderr=err)  # fmt: skip
            assert code == 0, err.getvalue()
            printed = [json.loads(line) for line in out.getvalue().splitlines()]
            assert len(printed) == 3 and {line["connection"] for line in printed} == {connection}
            assert all(line["object"] == "event" for line in printed)  # Stripe's event, whole, plus the connection
        bad = io.StringIO()
        assert main(["events", "poll", "--store", url, "--base-url", double.url, "--connection", "../x"],
                    stdout=io.StringIO(), stderr=bad) == 2  # fmt: skip
        assert json.loads(bad.getvalue().splitlines()[-1])["error"]["param"] == "connection"
    store = open_store(url)
    try:
        event_id = store.list(limit=1)[0].event_id
        assert store.get_cursor("default", connection="conn_a") is not None and store.get_cursor("default") is None
    finally:
        store.close()
    status = io.StringIO()
    assert main(["events", "status", "--store", url, "--list", "done"], stdout=status) == 0
    assert {e["connection"] for e in json.loads(status.getvalue())["events"]} == {"conn_a", "conn_b"}
    assert main(["events", "replay", event_id, "--connection", "conn_b", "--store", url], stdout=io.StringIO()) == 0
    missing = io.StringIO()
    assert main(["events", "replay", event_id, "--connection", "conn_c", "--store", url], stdout=io.StringIO(),
                stderr=missing) == 2  # fmt: skip
    assert "conn_c" in missing.getvalue()
