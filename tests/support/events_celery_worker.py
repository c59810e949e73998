"""A Celery worker subprocess on ``examples.events_celery_tasks`` (the events hand-off tests and example)."""

from __future__ import annotations

import os
import sys

from tests.support import start_logged_process
from tests.support.celery_workers import REPO, CeleryWorker


class EventsCeleryWorker(CeleryWorker):
    def start(self) -> EventsCeleryWorker:
        env = dict(self.env)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        argv = [sys.executable, "-m", "celery", "-A", "examples.events_celery_tasks", "worker", "--pool=prefork",
                f"--concurrency={self.concurrency}", "--without-heartbeat", "--without-mingle", "--without-gossip",
                "--prefetch-multiplier=1", "--loglevel=INFO", "-n", f"{self.name}@%h"]  # fmt: skip
        self.proc = start_logged_process(argv, log_path=self.log_path, cwd=REPO, env=env)
        return self
