"""A Celery app that handles Stripe events handed on by ``stripe_connector.celery.events.CeleryHandOff``.

The task id is the event id, so the task can tell a repeat (a hand-off after a crash between publishing and
recording) and act once: here a Redis hash (``EVENTS_LEDGER_REDIS``) records, per event, how often it was
delivered and whether it was handled; a real task would do its work under the same check.

Run a worker: ``celery -A examples.events_celery_tasks worker`` with ``CELERY_BROKER_URL`` set.
"""

from __future__ import annotations

import json
import os
from typing import Any

import redis
from celery import Celery

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
BACKEND = os.environ.get("CELERY_RESULT_BACKEND", BROKER.rsplit("/", 1)[0] + "/1")
LEDGER = os.environ.get("EVENTS_LEDGER_REDIS", BROKER.rsplit("/", 1)[0] + "/3")

app = Celery("stripe_events_example", broker=BROKER, backend=BACKEND)
app.conf.update(task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
                broker_connection_retry_on_startup=True, result_expires=3600)  # fmt: skip
_ledger = redis.Redis.from_url(LEDGER)


@app.task(name="stripe.event", bind=True)  # type: ignore[untyped-decorator]
def handle_stripe_event(self: Any, event: dict[str, Any]) -> str:
    """Handle one event once, keyed by its id (= this task's id)."""
    key = "stripe-events-runs"
    with _ledger.lock(f"stripe-event-lock:{event['id']}", timeout=30):
        previous = _ledger.hget(key, event["id"])
        run = json.loads(previous) if previous else {"deliveries": 0, "handled": 0, "task_id": self.request.id}
        run["deliveries"] += 1
        if not run["handled"]:
            run["handled"] = 1  # the real work goes here, once per event
        _ledger.hset(key, event["id"], json.dumps(run))
    return str(event["id"])
