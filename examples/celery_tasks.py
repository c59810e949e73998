"""A Celery app whose tasks call Stripe through the connector, sharing one rate budget through Redis.

Configured from the environment, so the same module serves a real deployment and ``examples/celery_example.py``:

* ``STRIPE_API_KEY`` (required), ``STRIPE_BASE_URL`` (default: Stripe itself);
* ``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND`` (default ``redis://127.0.0.1:6379/0`` and ``/1``);
* ``STRIPE_RATE_LIMIT_REDIS``: the Redis of the shared rate budget (default: the broker's Redis, database 2);
  set it to ``local`` for a per-process budget.

Run a worker: ``celery -A examples.celery_tasks worker --concurrency=4`` (from the repository root). Then, from
Python: ``from examples.celery_tasks import stripe_call; stripe_call.delay("list_customers", {"limit": 3}).get()``.
"""

from __future__ import annotations

import os

from celery import Celery
from stripe_connector import LocalRateLimiter, RedisRateLimiter, StripeConnector
from stripe_connector.celery import per_process, register_tool_task

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
BACKEND = os.environ.get("CELERY_RESULT_BACKEND", BROKER.rsplit("/", 1)[0] + "/1")
RATE_REDIS = os.environ.get("STRIPE_RATE_LIMIT_REDIS", BROKER.rsplit("/", 1)[0] + "/2")

app = Celery("stripe_example", broker=BROKER, backend=BACKEND)
app.conf.update(
    task_acks_late=True,  # a task is acknowledged when it is done, not when it is received...
    task_reject_on_worker_lost=True,  # ... so a worker killed mid-task gives its task back to the queue
    worker_prefetch_multiplier=1,  # one task in hand per process: a killed process strands no others
    broker_connection_retry_on_startup=True,
    result_expires=3600,
)


def make_connector() -> StripeConnector:
    """One connector per worker process (``per_process`` makes it again after the pool forks)."""
    limiter = LocalRateLimiter() if RATE_REDIS == "local" else RedisRateLimiter(RATE_REDIS)
    return StripeConnector(
        os.environ["STRIPE_API_KEY"],
        base_url=os.environ.get("STRIPE_BASE_URL", "https://api.stripe.com"),
        rate_limiter=limiter,
        max_retries=2,
    )


connector = per_process(make_connector)
#: ``stripe_call.delay(tool, arguments, stripe_account=None, details=False)``
stripe_call = register_tool_task(app, connector)
