"""Export checkpoints and output files under attack: a damaged checkpoint (any bytes, a field of the wrong type or
missing, shards that overlap) is the typed refusal (exit 2), sends nothing and leaves the output alone; a
checkpoint records only what was written (a page out of order, a failed write, a kill); an existing file is not
overwritten by accident; two exports on one checkpoint are refused, and the lock dies with its process; an
object repeated within a page is written once."""

from __future__ import annotations

import copy
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.cli.export import ResumableFile
from stripe_connector.cli.main import main
from stripe_connector.export._checkpoint import RunLock, open_checkpoints
from stripe_connector.export._job import ExportJob
from stripe_connector.testing.doubles import ListStripe, spread
from stripe_connector.testing.doubles._server import Reply

from tests.support.keys import API_KEY

END = 1_780_000_000
COUNT = 1_500
ROOT = Path(__file__).resolve().parents[2]


class HostileList(ListStripe):
    """The list double, with pages that go wrong on demand: ``reverse_after`` requests, pages come oldest first;
    ``repeat`` puts each page's first object in twice."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reverse_after: int | None = None
        self.repeat = False
        self.pages = 0

    def _list(self, resource: str, query: dict[str, str]) -> Reply:
        reply = super()._list(resource, query)
        if reply.status != 200:
            return reply
        page = json.loads(reply.payload())
        with self._state:
            self.pages += 1
            reverse = self.reverse_after is not None and self.pages > self.reverse_after
        if reverse:
            page["data"].reverse()
        if self.repeat and page["data"]:
            page["data"].insert(1, page["data"][0])
        return Reply(200, body=json.dumps(page).encode(), headers=reply.headers)


@pytest.fixture
def double() -> Iterator[HostileList]:
    with HostileList(spread(COUNT, start=END - 200 * 86400, end=END), latency=0.001) as running:
        yield running


def run_cli(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    os.environ["STRIPE_API_KEY"] = API_KEY
    try:
        code = main(args, stdout=out, stderr=err, stdin=io.StringIO(""))
    finally:
        del os.environ["STRIPE_API_KEY"]
    return code, err.getvalue()


def export_args(double: ListStripe, out: Path, *extra: str) -> list[str]:
    return ["export", "list_customers", "--out", str(out), "--base-url", double.url, "--created-lt", str(END),
            "--concurrency", "4", "--checkpoint-every", "0", "-q", *extra]  # fmt: skip


def error_of(stderr: str) -> dict[str, Any]:
    return json.loads(stderr.strip().splitlines()[-1])["error"]  # type: ignore[no-any-return]


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def half_done(double: HostileList, tmp_path: Path, checkpoint: str) -> Path:
    """An export stopped half-way (a 429 storm, no retries): its file and checkpoint, consistent."""
    out = tmp_path / "half.jsonl"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        iterator = stripe.export("list_customers", checkpoint=checkpoint, created_lt=END, checkpoint_interval=0,
                                 concurrency=4)  # fmt: skip
        for _ in range(COUNT // 2):
            next(iterator)
        iterator.close()  # type: ignore[attr-defined]
    return out


# --- damaged checkpoints --------------------------------------------------------------------------------------------


def saved_state(double: HostileList, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    checkpoint = tmp_path / "cp.json"
    out = tmp_path / "out.jsonl"
    double.reverse_after = 6  # stops the export part-way, leaving a real state with several shards
    code, _ = run_cli(export_args(double, out, "--checkpoint", str(checkpoint), "--max-retries", "0"))
    double.reverse_after = None
    assert code == 5
    return checkpoint, json.loads(checkpoint.read_text())


def _export(state: dict[str, Any]) -> dict[str, Any]:
    return next(iter(state["exports"].values()))


def _set(path: str, value: Any) -> Any:
    """A damage: the field at ``path`` (dotted; a number indexes the shards) set to ``value``."""

    def change(state: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = _export(state)
        for part in parents:
            node = node[int(part)] if part.lstrip("-").isdigit() else node[part]
        node[int(last) if last.lstrip("-").isdigit() else last] = value

    return change


def _remove(path: str) -> Any:
    def change(state: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = _export(state)
        for part in parents:
            node = node[int(part)] if part.lstrip("-").isdigit() else node[part]
        del node[int(last) if last.lstrip("-").isdigit() else last]

    return change


DAMAGES: dict[str, Any] = {
    "a field missing": _remove("lt"),
    "gte a string": _set("gte", "0"),
    "shards an object": lambda state: _export(state).update(shards={"0": _export(state)["shards"][0]}),
    "a shard's cursor a number": _set("shards.0.cursor", 12),
    "a shard's done a string": _set("shards.0.done", "yes"),
    "a shard missing a field": _remove("shards.-1.oldest"),
    "overlapping shards": lambda state: _export(state)["shards"].append(dict(_export(state)["shards"][0])),
    "a gap between shards": lambda state: _export(state)["shards"].pop(len(_export(state)["shards"]) // 2),
    "offset negative": _set("extra.offset", -5),
    "offset a bool": _set("extra.offset", True),
    "objects negative": _set("objects", -1),
    "density infinite": _set("shards.0.density", 1e999),
    "the state a list": lambda state: state["exports"].update({next(iter(state["exports"])): []}),
    "exports a list": lambda state: state.update(exports=[]),
}
DAMAGE = list(DAMAGES)


def damage(state: dict[str, Any], how: str) -> Any:
    broken = copy.deepcopy(state)
    DAMAGES[how](broken)
    return broken


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_checkpoint_is_refused_typed_sends_nothing_and_leaves_the_file(
    double: HostileList, tmp_path: Path, how: str
) -> None:
    checkpoint, state = saved_state(double, tmp_path)
    assert len(next(iter(state["exports"].values()))["shards"]) >= 2
    checkpoint.write_text(json.dumps(damage(state, how)))
    out = tmp_path / "out.jsonl"
    before = out.read_bytes()
    double.reset_stats()
    code, stderr = run_cli(export_args(double, out, "--checkpoint", str(checkpoint)))
    assert code == 2, stderr
    assert error_of(stderr)["param"] == "checkpoint"
    assert double.stats["requests"] == 0 and out.read_bytes() == before


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"", b"[1,2]", b'{"exports": 7}', b"{" * 100_000, b"null"])
@pytest.mark.parametrize("scheme", ["file", "sqlite"])
def test_random_bytes_as_a_checkpoint_are_refused_typed(
    double: HostileList, tmp_path: Path, content: bytes, scheme: str
) -> None:
    target = tmp_path / ("cp.json" if scheme == "file" else "cp.db")
    target.write_bytes(content)
    where = str(target) if scheme == "file" else f"sqlite:///{target}"
    out = tmp_path / "out.jsonl"
    double.reset_stats()
    code, stderr = run_cli(export_args(double, out, "--checkpoint", where))
    if scheme == "sqlite" and content == b"":
        assert code == 0, stderr  # an empty file is an empty SQLite database: a new export
        return
    assert code == 2, stderr
    assert error_of(stderr)["param"] == "checkpoint"
    assert double.stats["requests"] == 0 and not out.exists()


def test_a_sqlite_checkpoint_row_that_is_not_json_is_refused(double: HostileList, tmp_path: Path) -> None:
    where = f"sqlite:///{tmp_path / 'cp.db'}"
    out = tmp_path / "out.jsonl"
    double.reverse_after = 4
    assert run_cli(export_args(double, out, "--checkpoint", where, "--max-retries", "0"))[0] == 5
    double.reverse_after = None
    with sqlite3.connect(tmp_path / "cp.db") as db:
        db.execute("UPDATE export_checkpoints SET state = ?", ("\x00{not json",))
    before = out.read_bytes()
    double.reset_stats()
    code, stderr = run_cli(export_args(double, out, "--checkpoint", where))
    assert code == 2 and error_of(stderr)["param"] == "checkpoint"
    assert double.stats["requests"] == 0 and out.read_bytes() == before


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def mutations(draw: st.DrawFn, state: dict[str, Any]) -> dict[str, Any]:
    """``state`` with a few values replaced by any JSON, or keys removed, anywhere in it."""
    broken = copy.deepcopy(state)
    for _ in range(draw(st.integers(1, 3))):
        node: Any = broken
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if not isinstance(child, dict | list) or draw(st.booleans()):
                if isinstance(node, dict) and draw(st.booleans()):
                    del node[key]
                else:
                    node[key] = draw(_json)
                break
            node = child
    return broken


def test_any_checkpoint_is_a_typed_refusal_or_a_state_the_export_resumes_from(
    double: HostileList, tmp_path: Path
) -> None:
    _, state = saved_state(double, tmp_path)
    outcomes = {"refused": 0, "resumed": 0}

    stripe = StripeConnector(API_KEY, base_url="http://127.0.0.1:9")  # nothing is sent: a job only plans

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.one_of(st.binary(max_size=64).map(lambda b: ("bytes", b)),
                          mutations(state).map(lambda s: ("json", s))))  # fmt: skip
    def check(data: tuple[str, Any]) -> None:
        kind, value = data
        path = tmp_path / "prop.json"
        path.write_bytes(value if kind == "bytes" else json.dumps(value).encode())
        try:
            job = ExportJob(stripe.core, "list_customers", created_lt=END, concurrency=4, checkpoint=str(path))
        except InvalidInputError as exc:
            assert exc.param == "checkpoint"
            outcomes["refused"] += 1
            return
        try:  # a state that passes is one the planner can go on from, shard by shard, without an internal error
            while (request := job.planner.next_request()) is not None:
                job.request_for(request)
            job.state()
            outcomes["resumed"] += 1
        finally:
            job.release()

    try:
        check()
    finally:
        stripe.close()
    assert outcomes["refused"] > 0 and outcomes["resumed"] > 0, outcomes


# --- what a checkpoint records ---------------------------------------------------------------------------------------


def test_a_page_out_of_order_stops_the_export_and_the_resume_misses_nothing(
    double: HostileList, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    stopped = 0
    for after in (3, 2, 2, 2, 2):  # each run takes a few pages, then meets one out of order (and resumes)
        double.reverse_after, double.pages = after, 0
        code, stderr = run_cli(export_args(double, out, "--max-retries", "0"))
        if code == 0:
            break
        assert code == 5, stderr
        assert "honour the created filter" in error_of(stderr)["message"]
        stopped += 1
    assert stopped >= 2
    double.reverse_after = None
    code, stderr = run_cli(export_args(double, out))
    assert code == 0, stderr
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == COUNT and set(ids) == set(double.all_ids())


def test_a_write_that_fails_is_not_recorded_and_the_resume_writes_every_object_once(
    double: HostileList, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    real = ResumableFile.write
    calls = {"n": 0}

    def failing(self: ResumableFile, received: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 7:
            self.stream.write(b'{"id": "half a li')  # the disk filled up in the middle of a page
            raise OSError(28, "No space left on device")
        real(self, received)

    monkeypatch.setattr(ResumableFile, "write", failing)
    code, _ = run_cli(export_args(double, out))
    assert code != 0
    monkeypatch.setattr(ResumableFile, "write", real)
    code, stderr = run_cli(export_args(double, out))
    assert code == 0, stderr
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == COUNT


def test_an_object_repeated_within_a_page_is_written_once(double: HostileList, tmp_path: Path) -> None:
    double.repeat = True
    out = tmp_path / "out.jsonl"
    code, stderr = run_cli(export_args(double, out))
    assert code == 0, stderr
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == COUNT
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        library = [item["id"] for item in stripe.export("list_customers", created_lt=END, concurrency=3)]
    assert len(library) == len(set(library)) == COUNT


# --- output files and checkpoint locks -------------------------------------------------------------------------------


def test_an_existing_file_without_a_checkpoint_is_not_overwritten(double: HostileList, tmp_path: Path) -> None:
    out = tmp_path / "precious.jsonl"
    out.write_text('{"id": "cus_from_last_year"}\n')
    double.reset_stats()
    code, stderr = run_cli(export_args(double, out))
    assert code == 2 and error_of(stderr)["param"] == "out" and "--overwrite" in error_of(stderr)["message"]
    assert double.stats["requests"] == 0 and out.read_text() == '{"id": "cus_from_last_year"}\n'
    code, stderr = run_cli(export_args(double, out, "--overwrite"))
    assert code == 0, stderr
    assert len(ids_in(out)) == COUNT and "cus_from_last_year" not in ids_in(out)


def test_an_empty_existing_file_is_simply_written(double: HostileList, tmp_path: Path) -> None:
    out = tmp_path / "empty.jsonl"
    out.touch()
    assert run_cli(export_args(double, out))[0] == 0 and len(ids_in(out)) == COUNT


@pytest.mark.parametrize("scheme", ["file", "sqlite"])
def test_two_exports_on_one_checkpoint_are_refused(double: HostileList, tmp_path: Path, scheme: str) -> None:
    where = str(tmp_path / "cp.json") if scheme == "file" else f"sqlite:///{tmp_path / 'cp.db'}"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        first = stripe.export("list_customers", checkpoint=where, created_lt=END, concurrency=2)
        next(first)
        with pytest.raises(InvalidInputError) as info:
            stripe.export("list_customers", checkpoint=where, created_lt=END, concurrency=2)
        assert info.value.param == "checkpoint" and "another export is running" in info.value.message
        out = tmp_path / "cli.jsonl"
        code, stderr = run_cli(export_args(double, out, "--checkpoint", where))
        assert code == 2 and error_of(stderr)["param"] == "checkpoint"
        assert not out.exists()  # refused before the file was opened (the first export's workers still fetch)
        first.close()  # type: ignore[attr-defined]
        rest = [item["id"] for item in stripe.export("list_customers", checkpoint=where, created_lt=END,
                                                     concurrency=2)]  # fmt: skip
    assert len(set(rest)) == COUNT  # the page it stopped in is handed out again (it was not taken)


def test_the_lock_dies_with_a_killed_export_and_the_resume_writes_every_object_once(
    double: HostileList, tmp_path: Path
) -> None:
    out = tmp_path / "killed.jsonl"
    double.latency = 0.01
    argv = [sys.executable, "-m", "stripe_connector.cli", *export_args(double, out)]
    env = {**os.environ, "STRIPE_API_KEY": API_KEY, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
            time.sleep(0.005)
        assert proc.poll() is None, "the export ended before the test could look"
        code, stderr = run_cli(export_args(double, out))  # the same command, while the first runs
        assert code == 2 and error_of(stderr)["param"] == "checkpoint", stderr
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    double.latency = 0.001
    code, stderr = run_cli(export_args(double, out))
    assert code == 0, stderr
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == COUNT


def test_a_run_lock_is_exclusive_even_within_one_process_and_released_on_close(tmp_path: Path) -> None:
    store = open_checkpoints(str(tmp_path / "cp.json"))
    lock = store.hold()
    assert isinstance(lock, RunLock)
    with pytest.raises(InvalidInputError):
        open_checkpoints(str(tmp_path / "cp.json")).hold()
    lock.release()
    lock.release()  # twice is harmless
    again = store.hold()
    assert again is not None
    again.release()


def test_the_checkpoint_records_the_out_file_before_any_byte_is_written_so_a_kill_at_once_resumes(
    double: HostileList, tmp_path: Path
) -> None:
    out = tmp_path / "early.jsonl"
    checkpoint = Path(f"{out}.checkpoint")
    double.latency = 2.0  # no page can be written before the test looks
    argv = [sys.executable, "-m", "stripe_connector.cli", *export_args(double, out)]
    env = {**os.environ, "STRIPE_API_KEY": API_KEY, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 30

        def records_out() -> bool:
            return checkpoint.exists() and str(out) in checkpoint.read_text(encoding="utf-8")

        while proc.poll() is None and time.monotonic() < deadline and not records_out():
            time.sleep(0.005)
        assert records_out(), "no checkpoint before the first page: a kill then would leave an unowned --out"
        assert not out.exists() or out.stat().st_size == 0, "a page was written: the test did not look early enough"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    out.write_text('{"id": "half a page a killed run wrote"}\n', encoding="utf-8")  # what a kill mid-write leaves
    double.latency = 0.001
    code, stderr = run_cli(export_args(double, out))
    assert code == 0, stderr
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == COUNT


def test_threads_opening_one_new_sqlite_store_at_once_all_get_it(tmp_path: Path) -> None:
    """A new store's first connections race to switch it to WAL, which SQLite refuses with "database is locked" at
    once (no busy wait): each opener waits that out instead of being refused (9 rounds in 100 refused one of 8
    before)."""
    errors: list[BaseException] = []
    for round_number in range(50):
        path = tmp_path / f"run-{round_number}.db"
        barrier = threading.Barrier(8)

        def opener(number: int, path: Path = path, barrier: threading.Barrier = barrier) -> None:
            barrier.wait(timeout=60)
            try:
                open_checkpoints(f"sqlite:///{path}").update(f"export-{number}", lambda _: {"opened": True})
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=opener, args=(number,)) for number in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == [], errors
        rows = sqlite3.connect(path).execute("SELECT count(*) FROM export_checkpoints").fetchone()
        assert rows == (8,)
