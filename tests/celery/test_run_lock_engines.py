"""The run lock of a distributed export with real Redis and real Celery workers (subprocesses): a starter SIGKILLed
and taken over after its lease, a worker frozen mid-shard (SIGSTOP) that resumes after the next run finished, and
Redis refusing the starter's sends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("celery")

from celery import Celery
from stripe_connector import StripeConnector
from stripe_connector.celery import ExportRunningError
from stripe_connector.celery.export import (
    SHARD_TASK,
    DistributedExport,
    ExportTasks,
    export_status,
    start_distributed_export,
    wait_for_export,
)
from stripe_connector.testing.doubles import ListStripe, Reply, spread
from stripe_connector.testing.launchers.celery import CeleryWorker, stop_workers
from stripe_connector.testing.launchers.redis import RedisServer, redis_server_binary

from examples.workers import REPO, start_workers, worker_env
from tests.support.keys import API_KEY as KEY
from tests.support.run_lock import until_taken_over

END = 1_780_000_000
WAIT = 120.0  # generous: real workers beside other tests on 2 shared cores

pytestmark = pytest.mark.skipif(
    redis_server_binary() is None and not os.environ.get("CI"), reason="redis-server is not installed"
)


class GatedListStripe(ListStripe):
    """The list double, with a gate: while it is closed, the first page request waits in the double (``held`` is
    set), so a test can freeze the worker that sent it at a known point, outside any checkpoint transaction. The
    held request is answered when the gate opens (``answered``), with its objects as changed meanwhile (their
    metadata updated): what the frozen task writes then differs from what the live run wrote, as against Stripe."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = threading.Event()
        self.gate.set()
        self.held = threading.Event()
        self.answered = threading.Event()
        self._holding = threading.Lock()

    def handle(self, request: Any) -> Reply:
        with self._holding:
            hold = not self.gate.is_set() and not self.held.is_set() and request.path.startswith("/v1/")
            if hold:
                self.held.set()
        if not hold:
            return super().handle(request)
        self.gate.wait(timeout=WAIT)
        reply = super().handle(request)
        page = json.loads(reply.payload())
        for item in page.get("data", []):
            item["metadata"] = {"changed": "while the worker was frozen"}
        self.answered.set()
        return Reply(reply.status, body=json.dumps(page).encode(), headers=reply.headers)


@pytest.fixture
def celery_env(tmp_path: Path) -> Iterator[tuple[RedisServer, dict[str, str], ExportTasks]]:
    """A Redis of this test's own, the example app's environment for it, and the shard task sent through a client
    app of this test's own (the example's module-level app keeps the broker of the first test that imported it)."""
    with RedisServer(tmp_path) as redis:
        env = worker_env(api_key=KEY, stripe_url="http://127.0.0.1:1", redis_url=redis.url, rate_limit="local")
        client = Celery("run-lock-client", broker=env["CELERY_BROKER_URL"], set_as_current=False)
        try:
            yield redis, env, ExportTasks(client.signature(SHARD_TASK))
        finally:
            client.close()


def start(stripe: StripeConnector, tasks: ExportTasks, checkpoint: str, out: Path, **options: Any) -> DistributedExport:
    return start_distributed_export(stripe, tasks, "list_customers", checkpoint=checkpoint, out_dir=out, shards=3,
                                    created_lt=END, **options)  # fmt: skip


def take_over(
    stripe: StripeConnector, tasks: ExportTasks, checkpoint: str, out: Path, **options: Any
) -> DistributedExport:
    return until_taken_over(lambda: start(stripe, tasks, checkpoint, out, **options), WAIT)


def exported_ids(export: DistributedExport) -> list[str]:
    manifest = json.loads((Path(export.out_dir) / f"{export.key}.manifest.json").read_text())
    return [json.loads(line)["id"] for part in manifest["parts"] for line in Path(part).read_text().splitlines()]


def logged(workers: list[CeleryWorker], text: str) -> int:
    return sum(worker.log_path.read_text(errors="replace").count(text) for worker in workers)


STARTER = """
import sys
from stripe_connector import StripeConnector
from stripe_connector.celery import start_distributed_export, wait_for_export
from examples.celery_export_tasks import tasks
url, checkpoint, out, key, end = sys.argv[1:6]
with StripeConnector(key, base_url=url) as stripe:
    export = start_distributed_export(stripe, tasks, "list_customers", checkpoint=checkpoint, out_dir=out, shards=3,
                                      created_lt=int(end), run_lease_seconds=8)
print("started", export.token, flush=True)
wait_for_export(export, timeout=600)  # its heartbeat, until it is killed
"""


def test_a_killed_starter_is_taken_over_after_its_lease_and_its_tasks_are_fenced_out(
    celery_env: tuple[RedisServer, dict[str, str], ExportTasks], tmp_path: Path
) -> None:
    _, env, tasks = celery_env
    checkpoint, out = f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "out"
    with ListStripe(spread(2000, start=END - 200 * 86400, end=END), latency=0.005) as double:
        env = {**env, "STRIPE_BASE_URL": double.url, "EXPORT_SPLIT_PAGES": "4",
               "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))}  # fmt: skip
        starter = subprocess.Popen([sys.executable, "-c", STARTER, double.url, checkpoint, str(out), KEY, str(END)],
                                   cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)  # fmt: skip
        try:
            assert starter.stdout is not None
            assert starter.stdout.readline().split() == ["started", "1"]  # its 3 tasks wait in Redis: no workers yet
        finally:
            starter.kill()  # SIGKILL: no cleanup of any kind
            starter.wait(timeout=WAIT)
        with StripeConnector(KEY, base_url=double.url) as stripe:
            with pytest.raises(ExportRunningError) as refused:
                start(stripe, tasks, checkpoint, out)
            assert refused.value.token == 1 and f"pid {starter.pid} " in refused.value.holder
            assert f"pid {starter.pid} " in str(refused.value)
            second = take_over(stripe, tasks, checkpoint, out)
        assert second.token == 2
        workers = start_workers(2, env, tmp_path, concurrency=2, app="examples.celery_export_tasks")
        try:
            status = wait_for_export(second, timeout=WAIT)
            deadline = time.monotonic() + WAIT  # the old run's 3 tasks were queued first: each is refused
            while logged(workers, "'stale_run': True") < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            stop_workers(workers)
        assert status["complete"] and logged(workers, "'stale_run': True") == 3
        ids = exported_ids(second)
        assert len(ids) == len(set(ids)) == 2000 and set(ids) == set(double.all_ids())


def test_a_worker_frozen_mid_shard_cannot_write_or_commit_over_the_run_that_took_over(
    celery_env: tuple[RedisServer, dict[str, str], ExportTasks], tmp_path: Path
) -> None:
    _, env, tasks = celery_env
    checkpoint, out = f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "out"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with GatedListStripe(spread(3000, start=END - 200 * 86400, end=END), latency=0.005) as double:
        env = {**env, "STRIPE_BASE_URL": double.url, "EXPORT_SPLIT_PAGES": "1000", "EXPORT_LEASE_SECONDS": "2"}
        frozen = start_workers(1, env, tmp_path / "a", concurrency=1, app="examples.celery_export_tasks")
        workers = list(frozen)
        assert frozen[0].proc is not None
        group = os.getpgid(frozen[0].proc.pid)  # the worker and its pool: a session of their own
        try:
            with StripeConnector(KEY, base_url=double.url) as stripe:
                first = start(stripe, tasks, checkpoint, out, run_lease_seconds=2)
                deadline = time.monotonic() + WAIT
                while _objects(checkpoint, first) < 300 and time.monotonic() < deadline:
                    time.sleep(0.01)
                double.gate.clear()  # the worker's next page request waits in the double...
                assert double.held.wait(timeout=WAIT)
                os.killpg(group, signal.SIGSTOP)  # ...and the worker freezes inside it, pages committed, one in flight
                committed = _objects(checkpoint, first)
                assert 300 <= committed < 3000
                second = take_over(stripe, tasks, checkpoint, out, run_lease_seconds=30)
            assert second.token == 2
            workers += start_workers(1, env, tmp_path / "b", concurrency=2, app="examples.celery_export_tasks")
            status = wait_for_export(second, timeout=WAIT)
            manifest = (out / f"{second.key}.manifest.json").read_bytes()
            double.gate.set()  # the frozen task's answer waits in its socket (its objects changed meanwhile)...
            assert double.answered.wait(timeout=WAIT)
            os.killpg(group, signal.SIGCONT)  # ...it wakes: that page goes to its own file, and its commit fails
            deadline = time.monotonic() + WAIT
            while logged(frozen, "'lost_lease': True") < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            double.gate.set()
            os.killpg(group, signal.SIGCONT)
            stop_workers(workers)
        assert status["complete"] and logged(frozen, "'lost_lease': True") == 1
        assert (out / f"{second.key}.manifest.json").read_bytes() == manifest
        ids = exported_ids(second)  # every line whole JSON: nothing written over the live run's lines
        assert len(ids) == len(set(ids)) == 3000 and set(ids) == set(double.all_ids())
        parts = json.loads(manifest)["parts"]
        assert "while the worker was frozen" not in "".join(Path(part).read_text() for part in parts)


def _objects(checkpoint: str, export: DistributedExport) -> int:
    return int(export_status(DistributedExport(export.key, checkpoint, export.out_dir))["objects"])


def test_redis_refusing_the_starters_sends_releases_the_run_and_the_next_start_exports_once(
    celery_env: tuple[RedisServer, dict[str, str], ExportTasks], tmp_path: Path
) -> None:
    import redis as redis_client
    from kombu.exceptions import OperationalError

    server, env, tasks = celery_env
    checkpoint, out = f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "out"
    admin = redis_client.Redis.from_url(server.url)
    with ListStripe(spread(1500, start=END - 200 * 86400, end=END), latency=0.005) as double:
        env = {**env, "STRIPE_BASE_URL": double.url}
        with StripeConnector(KEY, base_url=double.url) as stripe:
            admin.config_set("maxmemory", "1")  # every write now answers "OOM command not allowed"
            try:
                with pytest.raises(OperationalError, match="maxmemory"):  # the broker's error, as it is
                    start(stripe, tasks, checkpoint, out, run_lease_seconds=3600)
            finally:
                admin.config_set("maxmemory", "0")
            second = start(
                stripe, tasks, checkpoint, out, run_lease_seconds=3600
            )  # not refused: the failed run released
        assert second.token == 2
        workers = start_workers(1, env, tmp_path, concurrency=2, app="examples.celery_export_tasks")
        try:
            status = wait_for_export(second, timeout=WAIT)
        finally:
            stop_workers(workers)
    assert status["complete"]
    ids = exported_ids(second)
    assert len(ids) == len(set(ids)) == 1500 and set(ids) == set(double.all_ids())
    admin.close()
