"""Receive Stripe webhooks and hand each event to Celery exactly once; runs offline.

``python examples/events_celery_example.py`` starts on 127.0.0.1: a Redis (Debian's redis-server), a Celery worker
on ``examples/events_celery_tasks.py``, and the receiver (``webhook_app``) with a SQLite inbox. It plays Stripe
(signed deliveries, 30% repeats, shuffled), and a ``Dispatcher`` with ``CeleryHandOff`` sends each stored event as
a task whose id is the event id. Exit status 0 when every event was handled once.

In production: ``stripe-connector events serve --no-dispatch`` (or ``webhook_app`` in your ASGI server) receives,
and a process runs ``Dispatcher(open_store(URL), CeleryHandOff(app, "stripe.event")).run_forever(stop)``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # the example's own modules (examples.*) come from the checkout

import redis  # noqa: E402
from celery import Celery  # noqa: E402
from stripe_connector.celery import CeleryHandOff  # noqa: E402
from stripe_connector.events import Dispatcher, open_store, webhook_app  # noqa: E402
from stripe_connector.testing.launchers.celery import CeleryWorker  # noqa: E402
from stripe_connector.testing.launchers.redis import RedisServer  # noqa: E402

from examples.events_common import SECRET, deliver, running_receiver  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, RedisServer() as server:
        base = server.url.rsplit("/", 1)[0]
        env = dict(os.environ, CELERY_BROKER_URL=f"{base}/1", CELERY_RESULT_BACKEND=f"{base}/2",
                   EVENTS_LEDGER_REDIS=f"{base}/3")  # fmt: skip
        worker = CeleryWorker("example", env, Path(tmp), app="examples.events_celery_tasks", cwd=REPO_ROOT).start()
        store = open_store(f"sqlite:///{tmp}/events.db")
        app = Celery("dispatcher", broker=f"{base}/1", backend=f"{base}/2")
        dispatcher = Dispatcher(store, CeleryHandOff(app, "stripe.event"))
        stop = threading.Event()
        thread = threading.Thread(target=dispatcher.run_forever, args=(stop,))
        try:
            worker.wait_ready()
            thread.start()
            receiver = webhook_app(store, SECRET, on_stored=lambda _e: dispatcher.wake.set())
            with running_receiver(receiver) as url:
                ids = deliver(url, 50)
            ledger = redis.Redis.from_url(f"{base}/3", decode_responses=True)
            deadline = time.monotonic() + 30
            while ledger.hlen("stripe-events-runs") < len(ids) and time.monotonic() < deadline:
                time.sleep(0.1)
            runs = {str(k): json.loads(v) for k, v in ledger.hgetall("stripe-events-runs").items()}
        finally:
            stop.set()
            if thread.is_alive():
                thread.join()
            worker.stop()
            store.close()
    once = sum(1 for i in ids if runs.get(i, {}).get("deliveries") == 1)
    print(f"{len(ids)} events delivered with repeats; {once} handled by Celery exactly once; inbox: {store!r}")
    return 0 if once == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
