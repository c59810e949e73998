"""Exports as Celery shard tasks: the shard runner in-process (leases, cuts, resumes) and real workers with a kill."""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import StripeConnector
from stripe_connector.celery.export import (
    DistributedExport,
    ExportTasks,
    export_status,
    run_shard,
    start_distributed_export,
    wait_for_export,
)
from stripe_connector.export._checkpoint import open_checkpoints
from stripe_connector.testing.doubles import ListStripe, spread

from tests.support.keys import API_KEY

KEY = API_KEY  # the suite's one test key
END = 1_780_000_000


@pytest.fixture(scope="module")
def double() -> Iterator[ListStripe]:
    with ListStripe(spread(2500, start=END - 200 * 86400, end=END), latency=0.002) as running:
        yield running


class InlineTasks(ExportTasks):
    """Shard tasks run in this process, one after another, in the order they are sent."""

    def __init__(self, stripe: StripeConnector) -> None:
        super().__init__(None)
        self.stripe = stripe
        self.queue: list[tuple[DistributedExport, int]] = []

    def send(self, export: DistributedExport, shard_id: int) -> None:
        self.queue.append((export, shard_id))

    def drain(self, owner: str = "inline", **options: Any) -> list[dict[str, Any]]:
        results = []
        while self.queue:
            export, shard_id = self.queue.pop(0)
            results.append(
                run_shard(
                    self.stripe, export, shard_id, owner=owner, send=functools.partial(self.send, export), **options
                )
            )
        return results


def part_ids(status: dict[str, Any]) -> list[str]:
    return [json.loads(line)["id"] for part in status["parts"] if Path(part).exists()
            for line in Path(part).read_text().splitlines()]  # fmt: skip


def test_shard_tasks_cut_dense_shards_and_write_every_object_once(double: ListStripe, tmp_path: Path) -> None:
    with StripeConnector(KEY, base_url=double.url) as stripe:
        tasks = InlineTasks(stripe)
        export = start_distributed_export(stripe, tasks, "list_customers", checkpoint=f"sqlite:///{tmp_path / 'x.db'}",
                              out_dir=tmp_path / "out", shards=2, created_lt=END)  # fmt: skip
        tasks.drain(split_pages=3)
        status = export_status(export)
    assert status["complete"] and status["shards"] > 2  # dense shards were cut into more tasks
    ids = part_ids(status)
    assert len(ids) == len(set(ids)) == 2500 and set(ids) == set(double.all_ids())
    manifest = json.loads((tmp_path / "out" / f"{export.key}.manifest.json").read_text())
    assert manifest["objects"] == 2500 and manifest["complete"]
    with StripeConnector(KEY, base_url=double.url) as stripe:  # started again: complete, nothing is sent
        again = InlineTasks(stripe)
        start_distributed_export(stripe, again, "list_customers", checkpoint=f"sqlite:///{tmp_path / 'x.db'}",
                     out_dir=tmp_path / "out", shards=2, created_lt=END)  # fmt: skip
        assert again.queue == []


def test_a_held_lease_keeps_a_second_task_out_and_the_same_task_takes_over(double: ListStripe, tmp_path: Path) -> None:
    checkpoint = str(tmp_path / "lease.checkpoint")
    with StripeConnector(KEY, base_url=double.url) as stripe:
        tasks = InlineTasks(stripe)
        export = start_distributed_export(stripe, tasks, "list_customers", checkpoint=checkpoint,
                                          out_dir=tmp_path / "out", shards=1, created_lt=END)  # fmt: skip
        store = open_checkpoints(checkpoint)

        def hold(state: dict[str, Any] | None) -> dict[str, Any] | None:
            assert state is not None
            state["shards"]["0"].update(owner="task-A", until=time.time() + 60, offset=0)
            return state

        store.update(export.key, hold)
        _, shard_id = tasks.queue.pop()
        other = run_shard(stripe, export, shard_id, owner="task-B", send=lambda n: tasks.send(export, n))
        assert other == {"shard": 0, "skipped": True}
        (tmp_path / "out" / f"{export.key}.part-00000.jsonl").write_text('{"id": "written past the checkpoint"}\n')
        tasks.queue.append((export, shard_id))
        tasks.drain(owner="task-A", split_pages=1000)  # Celery redelivering task A after its worker died
        ids = part_ids(export_status(export))
    assert len(ids) == len(set(ids)) == 2500 and "written past the checkpoint" not in ids


def test_real_workers_with_a_killed_pool_process_export_every_object_once(tmp_path: Path) -> None:
    from stripe_connector.testing.launchers.celery import stop_workers
    from stripe_connector.testing.launchers.redis import RedisServer, redis_server_binary

    from examples.workers import start_workers, worker_env

    if redis_server_binary() is None and not os.environ.get("CI"):
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    created = spread(3000, start=END - 200 * 86400, end=END)
    with RedisServer() as redis, ListStripe(created, latency=0.01) as double:
        env = worker_env(api_key=KEY, stripe_url=double.url, redis_url=redis.url, rate_limit="local")
        env.update(EXPORT_SPLIT_PAGES="6", EXPORT_LEASE_SECONDS="5")
        workers = start_workers(2, env, tmp_path, concurrency=2, app="examples.celery_export_tasks")
        try:
            os.environ.update({name: env[name] for name in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND")})
            from examples.celery_export_tasks import tasks

            with StripeConnector(KEY, base_url=double.url) as stripe:
                export = start_distributed_export(stripe, tasks, "list_customers",
                                                  checkpoint=f"sqlite:///{tmp_path / 'c.db'}", out_dir=tmp_path / "out",
                                                  shards=3, created_lt=END)  # fmt: skip
            deadline = time.monotonic() + 20
            while export_status(export)["objects"] < 600 and time.monotonic() < deadline:
                time.sleep(0.01)
            killed = workers[0].kill_pool_children()
            status = wait_for_export(export, timeout=60)
        finally:
            stop_workers(workers)
            for name in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"):
                os.environ.pop(name, None)
    assert killed, "a pool process should have been killed mid-export"
    ids = part_ids(status)
    assert len(ids) == len(set(ids)) == 3000 and set(ids) == set(double.all_ids())
    assert (tmp_path / "out" / f"{export.key}.manifest.json").exists()


def test_a_cut_whose_task_was_never_sent_is_sent_when_its_parent_runs_again(double: ListStripe, tmp_path: Path) -> None:
    with StripeConnector(KEY, base_url=double.url) as stripe:
        tasks = InlineTasks(stripe)
        export = start_distributed_export(stripe, tasks, "list_customers", checkpoint=f"sqlite:///{tmp_path / 'o.db'}",
                              out_dir=tmp_path / "out", shards=1, created_lt=END)  # fmt: skip
        _, shard_id = tasks.queue.pop()
        lost: list[int] = []

        class Killed(Exception):
            pass

        def crash_on_send(new_id: int) -> None:
            lost.append(new_id)  # the cut is recorded; the process dies before its task is sent
            raise Killed

        with pytest.raises(Killed):
            run_shard(stripe, export, shard_id, owner="task-A", send=crash_on_send, split_pages=3)
        assert lost and not export_status(export)["complete"]
        tasks.queue.append((export, shard_id))
        tasks.drain(owner="task-A", split_pages=3)  # redelivered: it sends the orphan, which runs too
        status = export_status(export)
    assert status["complete"]
    ids = part_ids(status)
    assert len(ids) == len(set(ids)) == 2500 and set(ids) == set(double.all_ids())
