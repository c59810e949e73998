"""A Celery app whose workers export Stripe lists shard by shard (``stripe_connector.integrations.celery_export``).

Configured from the environment, like ``examples/celery_tasks.py``: ``STRIPE_API_KEY`` (required),
``STRIPE_BASE_URL`` (default: Stripe), ``CELERY_BROKER_URL``, ``CELERY_RESULT_BACKEND``, and
``STRIPE_RATE_LIMIT_REDIS`` (the Redis of the rate budget every worker shares; ``local`` for a per-process one).

Run workers with ``celery -A examples.celery_export_tasks worker --concurrency=4`` on each machine (they need the
checkpoint store and the output directory on storage they all reach), then start an export from anywhere with
``start_export(make_connector(), tasks, "list_customers", checkpoint="sqlite:////shared/x.db", out_dir=...)``.
"""

from __future__ import annotations

import os

from celery import Celery
from stripe_connector import LocalRateLimiter, RedisRateLimiter, StripeConnector
from stripe_connector.integrations.celery import per_process
from stripe_connector.integrations.celery_export import register_export_tasks

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
BACKEND = os.environ.get("CELERY_RESULT_BACKEND", BROKER.rsplit("/", 1)[0] + "/1")
RATE_REDIS = os.environ.get("STRIPE_RATE_LIMIT_REDIS", BROKER.rsplit("/", 1)[0] + "/2")

app = Celery("stripe_export_example", broker=BROKER, backend=BACKEND)
app.conf.update(
    task_acks_late=True,  # a shard task is acknowledged when its shard is done...
    task_reject_on_worker_lost=True,  # ... and given back to the queue if its worker dies
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    result_expires=3600,
)


def make_connector() -> StripeConnector:
    limiter = LocalRateLimiter() if RATE_REDIS == "local" else RedisRateLimiter(RATE_REDIS)
    return StripeConnector(
        os.environ["STRIPE_API_KEY"],
        base_url=os.environ.get("STRIPE_BASE_URL", "https://api.stripe.com"),
        rate_limiter=limiter,
    )


connector = per_process(make_connector)
#: ``stripe_connector.export_shard``: one task per created shard.
tasks = register_export_tasks(app, connector, lease_seconds=float(os.environ.get("EXPORT_LEASE_SECONDS", "60")),
                              split_pages=int(os.environ.get("EXPORT_SPLIT_PAGES", "20")))  # fmt: skip
