"""Celery workers calling Stripe through the connector, with one rate budget for all of them; runs offline.

``python examples/celery_example.py [--tasks N]`` starts, on 127.0.0.1 and for the length of the run: a Redis
(Debian's ``redis-server``: broker, result backend and the shared budget), the local Stripe double that limits the
key to 25 requests/s the way Stripe does, and two Celery workers on ``examples/celery_tasks.py``. It sends N tasks
(a third of them creates), prints what the engine saw for a few of them, sends one create again under the same
task id to show Stripe's replay, and stops everything. Exit status 0 when every task succeeded without a 429.

Against real Stripe and your own Redis, run workers with ``celery -A examples.celery_tasks worker`` (see that
module for the environment it reads) and call ``stripe_call.delay(tool, arguments)``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# The example's own modules (examples.workers, examples.celery_tasks) are imported from the checkout.
sys.path.insert(0, str(REPO_ROOT))

from celery import Celery  # noqa: E402
from stripe_connector.testing.doubles import CustomerStripe  # noqa: E402
from stripe_connector.testing.launchers.celery import stop_workers  # noqa: E402
from stripe_connector.testing.launchers.redis import RedisServer  # noqa: E402

from examples.workers import start_workers, worker_env  # noqa: E402

TASK = "stripe_connector.call"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=30)
    args = parser.parse_args(argv)
    with RedisServer() as redis_server, CustomerStripe(rate=25) as double, tempfile.TemporaryDirectory() as workdir:
        env = worker_env(api_key="sk_test_celeryexample", stripe_url=double.url, redis_url=redis_server.url)
        print(f"redis {redis_server.url}, Stripe double {double.url} (25 requests/s), starting 2 workers...")
        workers = start_workers(2, env, Path(workdir))
        try:
            client = Celery("example", broker=env["CELERY_BROKER_URL"], backend=env["CELERY_RESULT_BACKEND"],
                            set_as_current=False)  # fmt: skip
            started = time.perf_counter()
            sent = []
            for n in range(args.tasks):
                call: list[object]
                if n % 3 == 0:
                    call = ["create_customer", {"email": f"customer{n}@example.com"}, None, True]
                else:
                    call = ["list_customers", {"limit": 3}, None, True]
                sent.append(client.send_task(TASK, args=call, task_id=f"example-task-{n}"))
            results = [r.get(timeout=120) for r in sent]
            seconds = time.perf_counter() - started
            for result in results[:4]:
                print(f"  {result['tool']:<16} request {result['request_id']}  attempts {result['attempts']}  "
                      f"replayed {result['idempotent_replayed']}")  # fmt: skip
            first_create = ["create_customer", {"email": "customer0@example.com"}, None, True]
            sent[0].forget()  # drop the stored result, so that .get() waits for the new run's
            # Sent by a new client: the first one may still hold the first run's result message for this id (its
            # .get() read the stored result, and the message published with it arrived later, under load; Celery
            # buffers such messages and hands them to the next .get() of the same id, forget() or not).
            resend = Celery("example-resend", broker=env["CELERY_BROKER_URL"], backend=env["CELERY_RESULT_BACKEND"],
                            set_as_current=False)  # fmt: skip
            again = resend.send_task(TASK, args=first_create, task_id="example-task-0").get(timeout=60)
            print(f"  the first create, sent again under its task id: replayed {again['idempotent_replayed']}, "
                  f"same customer {again['data']['id'] == results[0]['data']['id']}")  # fmt: skip
        finally:
            stop_workers(workers)
        stats = double.stats
        print(f"{len(results)} tasks in {seconds:.1f} s ({len(results) / seconds:.1f}/s); the double saw "
              f"{stats.requests} requests, {stats.rate_limited} answered 429, {stats.applied} creates applied, "
              f"{stats.replays} replayed")  # fmt: skip
        return 0 if stats.rate_limited == 0 and again["idempotent_replayed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
