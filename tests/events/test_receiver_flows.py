"""The webhook receiver: hostile requests over ASGI (nothing stored, a 4xx with a JSON error), then
``events serve`` as a real process: refuses to start without a secret, binds 127.0.0.1, prints each new event once,
re-prints what was stored but not handed on after a restart, and loses nothing it acknowledged across SIGKILLs."""

from __future__ import annotations

import asyncio
import io
import json
import time
from pathlib import Path
from typing import Any

import httpx
from stripe_connector.cli.main import main
from stripe_connector.events import InboxStore, open_store, webhook_app

from tests.support.events_serve import ServeProcess
from tests.support.events_support import OTHER_SECRET, SECRET, event_body, signed_headers


def _post(store: InboxStore, path: str = "/stripe/webhook", method: str = "POST", **kwargs: object) -> httpx.Response:
    app = webhook_app(store, [SECRET, OTHER_SECRET], max_body=64 * 1024)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
            return await client.request(method, path, **kwargs)  # type: ignore[arg-type]

    try:
        return asyncio.run(go())
    finally:
        app.close()


def test_hostile_requests_get_a_json_4xx_and_store_nothing(inbox: InboxStore) -> None:
    body = event_body(1)
    now = int(time.time())
    cases: list[tuple[dict[str, Any], int]] = [
        ({"method": "GET"}, 405),
        ({"method": "PUT", "content": body, "headers": signed_headers(body)}, 405),
        ({"path": "/other", "content": body, "headers": signed_headers(body)}, 404),
        ({"content": body}, 400),  # unsigned
        ({"content": body, "headers": signed_headers(body, "whsec_forged_secret")}, 400),
        # 30 s past the 300 s tolerance either way: a loaded machine may take seconds to reach these cases.
        ({"content": body, "headers": signed_headers(body, timestamp=now - 330)}, 400),
        ({"content": body, "headers": signed_headers(body, timestamp=now + 330)}, 400),
        ({"content": event_body(2), "headers": signed_headers(body)}, 400),  # replayed with another body
        ({"content": b"[1, 2]", "headers": signed_headers(b"[1, 2]")}, 400),  # signed but not an event
        ({"content": b"x" * 70_000, "headers": signed_headers(b"x" * 70_000)}, 413),
        ({"content": body, "headers": {**signed_headers(body), "Content-Length": "99999999"}}, 413),
    ]
    for request, status in cases:
        answer = _post(inbox, **request)
        assert answer.status_code == status, (request.get("method"), answer.text)
        assert "error" in answer.json() and answer.json()["error"]["message"]
        assert SECRET not in answer.text and OTHER_SECRET not in answer.text
    assert inbox.counts() == {"pending": 0, "done": 0, "failed": 0, "dead": 0}


def test_a_signed_event_is_stored_before_the_answer_and_a_repeat_is_a_2xx(inbox: InboxStore) -> None:
    body = event_body(5)
    first = _post(inbox, content=body, headers=signed_headers(body, OTHER_SECRET))
    assert first.status_code == 200
    assert first.json() == {"received": True, "id": "evt_test_00000005", "duplicate": False}
    assert inbox.get("", "evt_test_00000005") is not None
    again = _post(inbox, content=body, headers=signed_headers(body, [SECRET, OTHER_SECRET]))
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert inbox.counts()["pending"] == 1


def test_a_failing_store_answers_503_so_stripe_delivers_again(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/gone.db")
    store.close()  # every write now fails
    body = event_body(9)
    answer = _post(store, content=body, headers=signed_headers(body))
    assert answer.status_code == 503 and answer.json()["error"]["type"] == "store_unavailable"


def _secret_file(tmp_path: Path, secret: str = SECRET, name: str = "whsec") -> Path:
    path = tmp_path / name
    path.write_text(secret + "\n")
    path.chmod(0o600)
    return path


def test_serve_refuses_to_start_without_a_secret(tmp_path: Path) -> None:
    err = io.StringIO()
    code = main(["events", "serve", "--store", f"sqlite:///{tmp_path}/x.db"], stdout=io.StringIO(), stderr=err)
    assert code == 2 and json.loads(err.getvalue().splitlines()[-1])["error"]["param"] == "secret_file"
    (tmp_path / "empty").write_text("\n")
    for bad in (str(tmp_path / "missing"), str(tmp_path / "empty"), str(_secret_file(tmp_path, "sk_test_123", "k"))):
        err = io.StringIO()
        assert main(["events", "serve", "--secret-file", bad], stdout=io.StringIO(), stderr=err) == 2
        assert "sk_test_123" not in err.getvalue()
    assert not (tmp_path / "x.db").exists()  # refused before anything was created


def test_serve_prints_each_new_event_once_and_reprints_unhanded_ones_after_a_restart(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path}/inbox.db"
    serve = ServeProcess(tmp_path, store_url, [_secret_file(tmp_path)]).start()
    try:
        assert serve.url.startswith("http://127.0.0.1:")
        with httpx.Client(timeout=5) as client:
            for n in (1, 2, 1, 3, 2):
                body = event_body(n)
                assert client.post(serve.url, content=body, headers=signed_headers(body)).status_code == 200
        deadline = time.monotonic() + 10
        while len(serve.printed()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert sorted(e["id"] for e in serve.printed()) == ["evt_test_00000001", "evt_test_00000002",
                                                           "evt_test_00000003"]  # fmt: skip
        assert SECRET not in serve.stdout_path.read_text() + serve.stderr_path.read_text()
    finally:
        serve.stop()
    # Stored while nobody handed on (another process received it): the next serve prints it on start.
    store = open_store(store_url)
    body = event_body(4)
    from stripe_connector.events import parse_event

    store.add(parse_event(body), body)
    store.close()
    again = ServeProcess(tmp_path, store_url, [_secret_file(tmp_path)], name="again").start()
    try:
        deadline = time.monotonic() + 10
        while not again.printed() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [e["id"] for e in again.printed()] == ["evt_test_00000004"]
    finally:
        again.stop()


def test_status_lists_the_dead_and_replay_brings_one_back(tmp_path: Path) -> None:
    from stripe_connector.events import Dispatcher, parse_event

    from tests.support.events_support import Recorder

    url = f"sqlite:///{tmp_path}/inbox.db"
    store = open_store(url)
    body = event_body(8)
    store.add(parse_event(body), body)
    Dispatcher(store, Recorder(fail={"evt_test_00000008"}), max_attempts=1).run_once()
    store.close()
    out = io.StringIO()
    assert main(["events", "status", "--store", url, "--list", "dead"], stdout=out, stderr=io.StringIO()) == 0
    report = json.loads(out.getvalue())
    assert report["counts"]["dead"] == 1 and report["events"][0]["error"].startswith("RuntimeError")
    assert main(["events", "replay", "evt_test_00000008", "--store", url], stdout=io.StringIO()) == 0
    err = io.StringIO()
    assert main(["events", "replay", "evt_nope", "--store", url], stdout=io.StringIO(), stderr=err) == 2
    store = open_store(url)
    assert store.counts()["pending"] == 1 and store.get("", "evt_test_00000008").attempts == 0  # type: ignore[union-attr]
    store.close()
