"""Export tasks on the Celery app of ``examples/celery_tasks.py``: workers export Stripe lists shard by shard.

The app, its configuration from the environment (``STRIPE_API_KEY``, ``STRIPE_BASE_URL``, ``CELERY_BROKER_URL``,
``CELERY_RESULT_BACKEND``, ``STRIPE_RATE_LIMIT_REDIS``: the rate budget every worker shares) and its per-process
connector are that module's; this one adds ``stripe_connector.celery.export``'s shard task to it.

Run workers with ``celery -A examples.celery_export_tasks worker --concurrency=4`` on each machine (they need the
checkpoint store and the output directory on storage they all reach), then start an export from anywhere with
``start_distributed_export(make_connector(), tasks, "list_customers", checkpoint="sqlite:////shared/x.db",
out_dir=...)``.
"""

from __future__ import annotations

import os

from stripe_connector.celery import register_export_tasks

from examples.celery_tasks import app, connector, make_connector

#: ``stripe_connector.export_shard``: one task per created shard.
tasks = register_export_tasks(app, connector, lease_seconds=float(os.environ.get("EXPORT_LEASE_SECONDS", "60")),
                              split_pages=int(os.environ.get("EXPORT_SPLIT_PAGES", "20")))  # fmt: skip

__all__ = ["app", "make_connector", "tasks"]
