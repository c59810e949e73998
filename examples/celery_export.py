"""A list exported by Celery workers, one task per ``created`` shard, within one shared rate budget; offline.

``python examples/celery_export.py [--objects N]`` starts, on 127.0.0.1 for the length of the run: a Redis
(broker, results and the shared budget), the list double holding N customers (25 requests/s per key, 50 ms per
request) and two Celery workers on ``examples/celery_export_tasks.py``. It starts the export in 4 shards (dense
ones are cut into more by the tasks), waits for the final step (every shard done, the manifest written),
and checks that the parts hold every customer exactly once. Exit status 0 when they do.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # the example's own modules (examples.workers) come from the checkout

from stripe_connector import StripeConnector  # noqa: E402
from stripe_connector.celery import start_distributed_export, wait_for_export  # noqa: E402
from stripe_connector.testing.doubles import ListStripe, spread  # noqa: E402
from stripe_connector.testing.launchers.celery import stop_workers  # noqa: E402
from stripe_connector.testing.launchers.redis import RedisServer  # noqa: E402

from examples.workers import start_workers, worker_env  # noqa: E402

KEY = "sk_test_celeryexport"
END = 1_780_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=5000)
    args = parser.parse_args(argv)
    created = spread(args.objects, start=END - 365 * 86400, end=END)
    with (
        RedisServer() as redis,
        ListStripe(created, latency=0.05, rate=25) as double,
        tempfile.TemporaryDirectory() as work,
    ):
        env = worker_env(api_key=KEY, stripe_url=double.url, redis_url=redis.url)
        env["EXPORT_SPLIT_PAGES"] = "5"
        workers = start_workers(2, env, Path(work), concurrency=2, app="examples.celery_export_tasks")
        try:
            import os

            os.environ.update({k: env[k] for k in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND")})
            from examples.celery_export_tasks import tasks

            started = time.monotonic()
            with StripeConnector(KEY, base_url=double.url) as stripe:
                export = start_distributed_export(stripe, tasks, "list_customers", checkpoint=f"sqlite:///{work}/export.db",
                                      out_dir=f"{work}/out", shards=4, created_lt=END)  # fmt: skip
            status = wait_for_export(export, timeout=120)
            elapsed = time.monotonic() - started
        finally:
            stop_workers(workers)
        ids = [json.loads(line)["id"] for part in status["parts"] for line in Path(part).read_text().splitlines()]
        exact = len(ids) == len(set(ids)) == args.objects and set(ids) == set(double.all_ids())
        print(f"{len(ids)} objects in {status['shards']} shards, {elapsed:.1f} s "
              f"({len(ids) / elapsed:,.0f} objects/s; bound 2,500), {double.stats['rate_limited']} 429s of "
              f"{double.stats['requests']} requests; exactly once: {exact}")  # fmt: skip
        return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
