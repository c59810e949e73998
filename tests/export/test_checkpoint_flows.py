"""Checkpoints and resumes: the stores, the CLI's resumable file, SIGKILL at random moments, two processes on Redis."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.cli.main import main
from stripe_connector.export._checkpoint import FileCheckpointStore, SQLiteCheckpointStore, open_checkpoints
from stripe_connector.testing.doubles import ListStripe, spread

from tests.support.keys import API_KEY

KEY = API_KEY  # the suite's one test key
END = 1_780_000_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def double() -> Iterator[ListStripe]:
    with ListStripe(spread(6_000, start=END - 365 * 86400, end=END), latency=0.002) as running:
        yield running


def lines_of(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("scheme", ["file", "sqlite"])
def test_a_library_export_resumes_from_its_checkpoint(double: ListStripe, tmp_path: Path, scheme: str) -> None:
    where = str(tmp_path / "cp.json") if scheme == "file" else f"sqlite:///{tmp_path / 'cp.db'}"
    options: dict[str, Any] = {"checkpoint": where, "checkpoint_interval": 0, "created_lt": END, "concurrency": 4}
    with StripeConnector(KEY, base_url=double.url) as stripe:
        iterator = stripe.export("list_customers", **options)
        first = [next(iterator)["id"] for _ in range(3333)]
        iterator.close()  # type: ignore[attr-defined]
        rest = [item["id"] for item in stripe.export("list_customers", **options)]
        again = list(stripe.export("list_customers", **options))  # complete: nothing more
    everything = first + rest
    assert set(everything) == set(double.all_ids())
    # Only the page that was being handed out when the consumer stopped can come again: the last objects taken, a
    # page at most (all 100 when the consumer stopped right after a page's last object, before asking for the next).
    repeated = {identity for identity, count in Counter(everything).items() if count > 1}
    assert repeated <= set(first[-100:]) and len(everything) - len(set(everything)) <= 100
    assert again == []
    path = tmp_path / ("cp.json" if scheme == "file" else "cp.db")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert KEY.encode() not in path.read_bytes()


def test_stores_are_chosen_by_url_and_refuse_what_they_cannot_be(tmp_path: Path) -> None:
    assert isinstance(open_checkpoints(str(tmp_path / "a.checkpoint")), FileCheckpointStore)
    assert isinstance(open_checkpoints(f"sqlite:///{tmp_path / 'a.db'}"), SQLiteCheckpointStore)
    for bad in ("", "redis://x", "sqlite:///", str(tmp_path)):
        with pytest.raises(InvalidInputError) as caught:
            open_checkpoints(bad)
        assert caught.value.param == "checkpoint"
    (tmp_path / "garbage").write_text("not json")
    with pytest.raises(InvalidInputError, match="not a checkpoint file"):
        FileCheckpointStore(tmp_path / "garbage").load("k")


def test_concurrent_updates_of_one_store_are_not_lost(tmp_path: Path) -> None:
    import threading

    stores = [open_checkpoints(str(tmp_path / "c.json")), open_checkpoints(f"sqlite:///{tmp_path / 'c.db'}")]
    for store in stores:

        def bump(store: object = store) -> None:
            for _ in range(25):
                store.update("k", lambda s: {"n": (s or {"n": 0})["n"] + 1})  # type: ignore[attr-defined]

        threads = [threading.Thread(target=bump) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert store.load("k") == {"n": 100}


def run_cli(args: list[str], env_key: str = KEY) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    os.environ["STRIPE_API_KEY"] = env_key
    try:
        code = main(args, stdout=out, stderr=err, stdin=io.StringIO(""))
    finally:
        del os.environ["STRIPE_API_KEY"]
    return code, out.getvalue(), err.getvalue()


def test_the_cli_writes_json_lines_with_progress_and_leaves_a_complete_export_alone(
    double: ListStripe, tmp_path: Path
) -> None:
    out = tmp_path / "customers.jsonl"
    args = ["export", "list_customers", "--out", str(out), "--base-url", double.url, "--created-lt", str(END)]
    code, _stdout, stderr = run_cli([*args, "--concurrency", "6"])
    assert code == 0, stderr
    ids = lines_of(out)
    assert len(ids) == 6_000 and set(ids) == set(double.all_ids())
    assert "6,000 objects" in stderr and "objects/s" in stderr and "pages" in stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = out.read_bytes()
    code, _, stderr = run_cli(args)
    assert code == 0 and "already complete" in stderr and out.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "code", "param"),
    [
        (["export", "get_customer", "--out", "x.jsonl"], 2, "tool"),
        (["export", "list_customers", '{"limit": 3}', "--out", "x.jsonl"], 2, "limit"),
        (["export", "list_customers", "--out", "x.jsonl", "--concurrency", "0"], 2, "concurrency"),
        (["export", "list_customers", "--out", "x.jsonl", "--rate-limit", "-1"], 2, "rate_limit"),
        (["export", "list_customers", "--out", "x.jsonl", "--checkpoint", "mongodb://x"], 2, "checkpoint"),
    ],
)
def test_cli_bad_input_exits_2_with_a_json_error(
    double: ListStripe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, param: str
) -> None:
    monkeypatch.chdir(tmp_path)
    double.reset_stats()
    status, _, stderr = run_cli([*args, "--base-url", double.url])
    assert status == code
    assert json.loads(stderr.strip().splitlines()[-1])["error"]["param"] == param
    assert double.stats["requests"] == 0


def test_cli_a_stripe_error_exits_3_and_the_file_resumes(double: ListStripe, tmp_path: Path) -> None:
    out = tmp_path / "storm.jsonl"
    double.storm(2.0)
    args = ["export", "list_customers", "--out", str(out), "--base-url", double.url, "--created-lt", str(END), "-q"]
    try:
        status, _, stderr = run_cli([*args, "--max-retries", "0", "--page-retries", "0"])
    finally:
        double.storm(0)
    assert status == 3, stderr
    assert json.loads(stderr.strip().splitlines()[-1])["error"]["http_status"] == 429
    status, _, stderr = run_cli(args)
    assert status == 0, stderr
    ids = lines_of(out)
    assert len(ids) == len(set(ids)) == 6_000


def start_exporter(double: ListStripe, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "stripe_connector.cli", "export", "list_customers", "--out", str(out),
            "--base-url", double.url, "--created-lt", str(END), "--concurrency", "4", "--checkpoint-every", "0.05",
            "-q", *extra]  # fmt: skip
    env = {**os.environ, "STRIPE_API_KEY": KEY, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE, start_new_session=True)


@pytest.mark.parametrize("store", ["file", "sqlite"])
def test_sigkill_at_random_moments_then_resume_gives_every_object_exactly_once(
    double: ListStripe, tmp_path: Path, store: str
) -> None:
    out = tmp_path / "killed.jsonl"
    extra = [] if store == "file" else ["--checkpoint", f"sqlite:///{tmp_path / 'cp.db'}"]
    rng = random.Random(22)
    total_bytes = 6_000 * 330
    for _ in range(2):
        proc = start_exporter(double, out, *extra)
        threshold = rng.uniform(0.1, 0.6) * total_bytes
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if out.exists() and out.stat().st_size > threshold:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the export finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    proc = start_exporter(double, out, *extra)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr.decode()
    ids = lines_of(out)
    assert len(ids) == len(set(ids)) == 6_000
    assert set(ids) == set(double.all_ids())


def test_two_processes_share_one_budget_through_redis(tmp_path: Path) -> None:
    from stripe_connector.testing.launchers.redis import RedisServer, redis_server_binary

    if redis_server_binary() is None and not os.environ.get("CI"):
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    created = spread(4000, start=END - 100 * 86400, end=END)
    with RedisServer() as redis, ListStripe(created, latency=0.02, rate=25, burst=5) as double:
        env = {**os.environ, "STRIPE_API_KEY": KEY, "PYTHONPATH": str(ROOT)}
        halves = [(END - 100 * 86400, END - 30 * 86400), (END - 30 * 86400, END)]
        outs = [tmp_path / f"half{n}.jsonl" for n in range(2)]
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.support.export_worker", double.url, redis.url, str(out), str(a), str(b)],
                cwd=ROOT,
                env=env,
                stderr=subprocess.PIPE,
            )
            for out, (a, b) in zip(outs, halves, strict=True)
        ]
        for proc in procs:
            _, stderr = proc.communicate(timeout=60)
            assert proc.returncode == 0, stderr.decode()
        ids = lines_of(outs[0]) + lines_of(outs[1])
        assert len(ids) == len(set(ids)) == 4000 and set(ids) == set(double.all_ids())
        # Each process alone would be paced at 25/s; together, through Redis, they still are: few 429s.
        assert double.stats["rate_limited"] <= max(1, double.stats["requests"] // 100), double.stats


def test_the_cli_refuses_a_checkpoint_written_for_another_file(double: ListStripe, tmp_path: Path) -> None:
    checkpoint = str(tmp_path / "shared.checkpoint")
    with StripeConnector(KEY, base_url=double.url) as stripe:  # a library export, stopped half-way
        iterator = stripe.export("list_customers", checkpoint=checkpoint, created_lt=END, checkpoint_interval=0)
        next(iterator)
        iterator.close()  # type: ignore[attr-defined]
    out = tmp_path / "other.jsonl"
    out.write_text("kept\n")
    status, _, stderr = run_cli(["export", "list_customers", "--out", str(out), "--base-url", double.url,
                                 "--created-lt", str(END), "--checkpoint", checkpoint])  # fmt: skip
    assert status == 2 and json.loads(stderr.strip().splitlines()[-1])["error"]["param"] == "checkpoint"
    assert out.read_text() == "kept\n"  # nothing truncated
