"""Celery workers on this directory's example apps, for the examples, the bench and the tests.

The launcher is the testing kit's (:mod:`stripe_connector.testing.launchers.celery`); this module only says which
app to run (``examples.celery_tasks`` by default, imported from the repository root) and the environment that app
reads (see examples/celery_tasks.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from stripe_connector.testing.launchers.celery import CeleryWorker
from stripe_connector.testing.launchers.celery import start_workers as start_kit_workers

REPO = Path(__file__).resolve().parents[1]
APP = "examples.celery_tasks"


def start_workers(
    count: int, env: dict[str, str], workdir: Path, *, concurrency: int = 1, app: str = APP
) -> list[CeleryWorker]:
    """``count`` ready workers of ``app`` (a module under examples/), run from the repository root."""
    return start_kit_workers(count, env, workdir, app=app, concurrency=concurrency, cwd=REPO)


def worker_env(*, api_key: str, stripe_url: str, redis_url: str, rate_limit: str = "redis") -> dict[str, str]:
    """The environment of examples/celery_tasks.py for a Redis at ``redis_url`` (databases 1-3)."""
    base = redis_url.rsplit("/", 1)[0]
    env = dict(os.environ)
    env.update(
        STRIPE_API_KEY=api_key,
        STRIPE_BASE_URL=stripe_url,
        CELERY_BROKER_URL=f"{base}/1",
        CELERY_RESULT_BACKEND=f"{base}/2",
        STRIPE_RATE_LIMIT_REDIS=f"{base}/3" if rate_limit == "redis" else "local",
    )
    return env
