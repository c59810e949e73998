"""The run lock of a distributed export, in-process: starters racing (threads, processes), a stale task of a lapsed
run paused mid-page while the next run exports everything, a queued task of the old run delivered late, the broker
answering errors while a starter sends, and the heartbeats."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import StripeConnector
from stripe_connector.celery import ExportRunningError
from stripe_connector.celery.export import (
    DistributedExport,
    ExportTasks,
    export_status,
    keep_run,
    resend_open_shards,
    run_shard,
    start_distributed_export,
    wait_for_export,
)
from stripe_connector.errors import InvalidInputError
from stripe_connector.export._checkpoint import open_checkpoints
from stripe_connector.testing.doubles import ListStripe, spread

from tests.support.keys import API_KEY
from tests.support.run_lock import until_taken_over

END = 1_780_000_000
OBJECTS = 1500
WAIT = 60.0  # generous: these tests run beside others on 2 shared cores
SPAWN_WAIT = 300.0  # for processes that import the package first, on those cores


@pytest.fixture(scope="module")
def double() -> Iterator[ListStripe]:
    with ListStripe(spread(OBJECTS, start=END - 200 * 86400, end=END), latency=0.002) as running:
        yield running


@pytest.fixture(params=["file", "sqlite"])
def checkpoint(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "run.checkpoint") if request.param == "file" else f"sqlite:///{tmp_path / 'run.db'}"


class QueuedTasks(ExportTasks):
    """Shard tasks queued in this process (thread-safe), run by :meth:`drain` one after another."""

    def __init__(self) -> None:
        super().__init__(None)
        self.queue: list[tuple[DistributedExport, int]] = []
        self._lock = threading.Lock()

    def send(self, export: DistributedExport, shard_id: int) -> None:
        with self._lock:
            self.queue.append((export, shard_id))

    def drain(self, stripe: StripeConnector, owner: str, **options: Any) -> list[dict[str, Any]]:
        results = []
        while self.queue:
            export, shard_id = self.queue.pop(0)
            send = functools.partial(self.send, export)
            results.append(run_shard(stripe, export, shard_id, owner=owner, send=send, **options))
        return results


def start(stripe: StripeConnector, tasks: ExportTasks, checkpoint: str, out: Path, **options: Any) -> DistributedExport:
    return start_distributed_export(stripe, tasks, "list_customers", checkpoint=checkpoint, out_dir=out, shards=2,
                                    created_lt=END, **options)  # fmt: skip


def run_of(checkpoint: str, export: DistributedExport) -> dict[str, Any]:
    store = open_checkpoints(checkpoint)
    try:
        state = store.load(export.key)
    finally:
        store.close()
    assert state is not None
    return dict(state["run"])


def output_ids(export: DistributedExport) -> list[str]:
    """The ids in the parts the manifest names (what a reader of the export gets)."""
    manifest = json.loads((Path(export.out_dir) / f"{export.key}.manifest.json").read_text())
    return [json.loads(line)["id"] for part in manifest["parts"] for line in Path(part).read_text().splitlines()]


def test_racing_threads_one_takes_the_run_and_the_others_are_told_who_holds_it(
    double: ListStripe, checkpoint: str, tmp_path: Path
) -> None:
    tasks = QueuedTasks()
    barrier = threading.Barrier(8)
    won: list[DistributedExport] = []
    refused: list[ExportRunningError] = []

    def starter() -> None:
        with StripeConnector(API_KEY, base_url=double.url) as stripe:
            barrier.wait(timeout=WAIT)
            try:
                won.append(start(stripe, tasks, checkpoint, tmp_path / "out"))
            except ExportRunningError as exc:
                refused.append(exc)

    threads = [threading.Thread(target=starter) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT)
    assert len(won) == 1 and len(refused) == 7
    run = run_of(checkpoint, won[0])
    assert won[0].token == run["token"] == 1
    assert {exc.holder for exc in refused} == {run["holder"]} and {exc.token for exc in refused} == {1}
    assert f"pid {os.getpid()}" in run["holder"] and run["holder"] in str(refused[0])
    assert isinstance(refused[0], InvalidInputError) and refused[0].param == "checkpoint"
    assert all(0 < exc.expires_in <= 60 for exc in refused)
    assert sorted(shard for _, shard in tasks.queue) == [0, 1]  # only the winner sent its shards


def _race_in_process(url: str, checkpoint: str, out: str, barrier: Any, answers: Any) -> None:
    """One racing starter in its own process: "won <token>" or "refused <holder>"."""
    with StripeConnector(API_KEY, base_url=url) as stripe:
        barrier.wait(timeout=SPAWN_WAIT)
        try:
            export = start(stripe, QueuedTasks(), checkpoint, Path(out))
            answers.put(f"won {export.token} pid {os.getpid()}")
        except ExportRunningError as exc:
            answers.put(f"refused {exc.holder}")


def test_racing_processes_one_takes_the_run(double: ListStripe, checkpoint: str, tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(4)
    answers = context.Queue()
    racers = [context.Process(target=_race_in_process, args=(double.url, checkpoint, str(tmp_path / "out"), barrier,
                                                              answers)) for _ in range(4)]  # fmt: skip
    for racer in racers:
        racer.start()
    got = sorted(answers.get(timeout=SPAWN_WAIT) for _ in racers)
    for racer in racers:
        racer.join(timeout=SPAWN_WAIT)
    assert [racer.exitcode for racer in racers] == [0] * 4, got
    won = [answer for answer in got if answer.startswith("won ")]
    assert len(won) == 1 and won[0].startswith("won 1 ")
    winner_pid = won[0].rsplit(" ", 1)[1]
    refused = [answer for answer in got if answer.startswith("refused ")]
    assert len(refused) == 3 and all(f"pid {winner_pid} " in answer for answer in refused)


class ChangedAfterResume:
    """The connector's core, except that the pages read after the pause hold the objects as changed since (their
    metadata updated while the task was frozen): what a stale task writes then differs from what the live run
    wrote, as it would against real Stripe."""

    def __init__(self, connector: PausingConnector, core: Any) -> None:
        self.connector = connector
        self.core = core

    def __getattr__(self, name: str) -> Any:
        return getattr(self.core, name)

    def read_json(self, *args: Any) -> Any:
        page = self.core.read_json(*args)
        if self.connector.resume.is_set():
            for item in page["data"]:
                item["metadata"] = {"changed": "while the stale task was frozen"}
        return page


class PausingConnector:
    """The connector, except that the request of page ``pause_at`` waits for ``resume`` (a task frozen mid-page:
    a stopped VM, a long GC pause, a partition) after setting ``paused``."""

    def __init__(self, stripe: StripeConnector, pause_at: int) -> None:
        self.stripe = stripe
        self.core = ChangedAfterResume(self, stripe.core)
        self.pause_at = pause_at
        self.pages = 0
        self.paused = threading.Event()
        self.resume = threading.Event()

    def _send(self, prepared: Any) -> Any:
        self.pages += 1
        if self.pages == self.pause_at:
            self.paused.set()
            assert self.resume.wait(timeout=WAIT)
        return self.stripe._send(prepared)


def take_over(
    stripe: StripeConnector, tasks: ExportTasks, checkpoint: str, out: Path, **options: Any
) -> DistributedExport:
    """Start the export again until the lapsed run is taken over (refused while its lease runs)."""
    return until_taken_over(lambda: start(stripe, tasks, checkpoint, out, **options), WAIT)


def test_a_stale_task_of_a_lapsed_run_neither_writes_nor_commits_over_the_next_run(
    double: ListStripe, checkpoint: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        first_tasks = QueuedTasks()
        first = start(stripe, first_tasks, checkpoint, out, run_lease_seconds=0.3)
        stale = PausingConnector(stripe, pause_at=3)  # two pages committed, the third in flight
        _, shard_id = first_tasks.queue[-1]  # the newest range: the one that holds the objects
        outcome: list[dict[str, Any]] = []
        worker = threading.Thread(target=lambda: outcome.append(run_shard(
            stale, first, shard_id, owner="run-1-task", send=lambda _n: None, lease_seconds=0.3,  # type: ignore[arg-type]
            split_pages=1000)))  # fmt: skip
        worker.start()
        try:
            assert stale.paused.wait(timeout=WAIT)
            committed = export_status(first)["objects"]
            assert committed == 200
            tasks = QueuedTasks()
            second = take_over(stripe, tasks, checkpoint, out, run_lease_seconds=30)
            assert second.token == 2 and not keep_run(first)  # the first run's starter is told it lost it
            tasks.drain(stripe, owner="run-2-task", split_pages=3)
            assert export_status(second)["complete"]
        finally:
            stale.resume.set()
            worker.join(timeout=WAIT)
    # The stale task paged its shard to the end into its own file; its first commit was refused and it stopped.
    assert outcome == [{"shard": shard_id, "lost_lease": True}]
    ids = output_ids(second)  # every line whole JSON: nothing written over the live run's lines
    assert len(ids) == len(set(ids)) == OBJECTS and set(ids) == set(double.all_ids())
    assert "while the stale task was frozen" not in "".join(
        Path(part).read_text() for part in json.loads((out / f"{second.key}.manifest.json").read_text())["parts"]
    )
    run = run_of(checkpoint, second)
    assert run["token"] == 2 and run["until"] == 0.0  # complete: released


def test_a_task_of_the_old_run_delivered_after_the_takeover_is_skipped(
    double: ListStripe, checkpoint: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        old_tasks = QueuedTasks()
        start(stripe, old_tasks, checkpoint, out, run_lease_seconds=0.2)
        tasks = QueuedTasks()
        new = take_over(stripe, tasks, checkpoint, out)
        late = old_tasks.drain(stripe, owner="late-task")  # the broker delivers the old run's tasks only now
        assert late == [{"shard": 0, "skipped": True, "stale_run": True}, {"shard": 1, "skipped": True,
                                                                            "stale_run": True}]  # fmt: skip
        assert export_status(new)["objects"] == 0 and not list(out.glob("*.jsonl"))
        with pytest.raises(ExportRunningError) as info:  # the old run's starter cannot send its shards again
            resend_open_shards(DistributedExport(new.key, new.checkpoint, new.out_dir, 1), old_tasks)
        assert info.value.token == 2 and old_tasks.queue == []
        tasks.drain(stripe, owner="new-task")
    ids = output_ids(new)
    assert len(ids) == len(set(ids)) == OBJECTS


def test_the_starter_keeps_its_run_while_it_waits_and_a_complete_export_starts_none(
    double: ListStripe, checkpoint: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        tasks = QueuedTasks()
        export = start(stripe, tasks, checkpoint, out, run_lease_seconds=2)
        with pytest.raises(TimeoutError):  # no task runs: only the waiting starter renews the run, for 3 leases
            wait_for_export(export, timeout=6, interval=0.05)
        with pytest.raises(ExportRunningError):
            start(stripe, QueuedTasks(), checkpoint, out)
        assert keep_run(export)
        drained = threading.Thread(target=tasks.drain, args=(stripe, "task"))
        drained.start()
        status = wait_for_export(export, timeout=WAIT, interval=0.01)
        drained.join(timeout=WAIT)
        assert status["complete"] and not keep_run(export)
        again = QueuedTasks()
        done = start(stripe, again, checkpoint, out)
    assert done.token is None and again.queue == []  # complete: no run, nothing sent, no refusal either


class FailingBroker(ExportTasks):
    """A broker that takes ``accepts`` tasks, then answers errors (what kombu raises when Redis refuses a write)."""

    def __init__(self, accepts: int) -> None:
        super().__init__(None)
        self.accepts = accepts
        self.sent: list[int] = []

    def send(self, export: DistributedExport, shard_id: int) -> None:
        if len(self.sent) >= self.accepts:
            raise ConnectionError("OOM command not allowed when used memory > 'maxmemory'")
        self.sent.append(shard_id)


def test_a_start_whose_sends_fail_releases_its_run_at_once(double: ListStripe, checkpoint: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        broken = FailingBroker(accepts=1)
        with pytest.raises(ConnectionError, match="OOM"):
            start(stripe, broken, checkpoint, out, run_lease_seconds=3600)
        assert broken.sent == [0]
        tasks = QueuedTasks()
        export = start(stripe, tasks, checkpoint, out, run_lease_seconds=3600)  # not refused: the run was released
        assert export.token == 2
        tasks.drain(stripe, owner="task")
        # The one task the failed start did send, delivered now: fenced out by its token.
        late = run_shard(stripe, DistributedExport(export.key, checkpoint, str(out), 1), 0, owner="late",
                         send=lambda _n: None)  # fmt: skip
    assert late == {"shard": 0, "skipped": True, "stale_run": True}
    ids = output_ids(export)
    assert len(ids) == len(set(ids)) == OBJECTS


def test_a_bad_run_lease_is_refused_before_anything_is_recorded(double: ListStripe, tmp_path: Path) -> None:
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        for bad in (0, -1, float("nan"), float("inf"), True, "60"):
            with pytest.raises(InvalidInputError) as info:
                start(stripe, QueuedTasks(), str(tmp_path / "c"), tmp_path / "out", run_lease_seconds=bad)
            assert info.value.param == "run_lease_seconds"
    assert not (tmp_path / "c").exists()


def test_the_wait_writes_the_manifest_a_worker_stopped_before_writing(
    double: ListStripe, checkpoint: str, tmp_path: Path
) -> None:
    with StripeConnector(API_KEY, base_url=double.url) as stripe:
        tasks = QueuedTasks()
        export = start(stripe, tasks, checkpoint, tmp_path / "out")
        tasks.drain(stripe, owner="task")
    manifest = Path(export.out_dir) / f"{export.key}.manifest.json"
    written = manifest.read_bytes()
    manifest.unlink()  # the last task committed "complete" and was stopped before its next line
    assert wait_for_export(export, timeout=WAIT)["complete"]
    assert manifest.read_bytes() == written
