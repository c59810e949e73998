"""Real Celery workers as subprocesses, for integration tests of a Celery app (the project's tests, bench, examples).

Each worker is ``celery -A <app> worker`` with the prefork pool (``concurrency`` child processes
that run the tasks), started in its own session with its log in a file, ready when its log says so, and stopped by
its PID (SIGTERM, then SIGKILL). ``pool_children()`` lists the processes that run the tasks, so a test can SIGKILL
one mid-task the way an out-of-memory killer would.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ._process import ServerStartError, log_tail, start_logged_process, stop_process_group

READY_TIMEOUT = 30.0


class CeleryWorker:
    """One ``celery worker`` process for the app module ``app`` (imported from ``cwd``, the current directory by
    default); ``env`` carries the app's configuration, ``workdir`` gets the log."""

    def __init__(
        self,
        name: str,
        env: dict[str, str],
        workdir: Path,
        *,
        app: str,
        concurrency: int = 1,
        cwd: Path | None = None,
    ) -> None:
        self.name = name
        self.app = app
        self.cwd = Path(cwd) if cwd is not None else Path.cwd()
        self.env = env
        self.log_path = workdir / f"celery-{name}.log"
        self.workdir = workdir
        self.concurrency = concurrency
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> CeleryWorker:
        env = dict(self.env)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(self.cwd), env.get("PYTHONPATH", "")) if p)
        argv = [sys.executable, "-m", "celery", "-A", self.app, "worker", "--pool=prefork",
                f"--concurrency={self.concurrency}", "--without-heartbeat", "--without-mingle", "--without-gossip",
                "--prefetch-multiplier=1", "--loglevel=INFO", "-n", f"{self.name}@%h"]  # fmt: skip
        self.proc = start_logged_process(argv, log_path=self.log_path, cwd=self.cwd, env=env)
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise ServerStartError(f"celery worker {self.name} exited: {log_tail(self.log_path)}")
            if " ready." in log_tail(self.log_path, 20000) and len(self.pool_children()) >= self.concurrency:
                return
            time.sleep(0.05)
        raise ServerStartError(f"celery worker {self.name} not ready in {timeout:g} s: {log_tail(self.log_path)}")

    def pool_children(self) -> list[int]:
        """PIDs of the pool processes that run this worker's tasks."""
        if self.proc is None or self.proc.poll() is not None:
            return []
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(pid) for pid in text.split()]

    def kill_pool_children(self) -> list[int]:
        """SIGKILL the processes running tasks (the worker's main process lives on and forks new ones)."""
        killed = []
        for pid in self.pool_children():
            try:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            except ProcessLookupError:
                pass
        return killed

    def request_stop(self) -> None:
        """Ask for a cold shutdown (SIGQUIT: no waiting for a warm finish) without waiting for it."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGQUIT)

    def stop(self) -> None:
        """Stop the worker and its pool by PID (SIGQUIT, then SIGTERM and SIGKILL to its group if still there)."""
        if self.proc is not None:
            self.request_stop()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5.0)
            stop_process_group(self.proc, grace=5.0)
            self.proc = None


def stop_workers(workers: list[CeleryWorker]) -> None:
    """Stop several workers at once: each takes a couple of seconds to shut down, so they do it together."""
    for worker in workers:
        worker.request_stop()
    for worker in workers:
        worker.stop()


def start_workers(
    count: int, env: dict[str, str], workdir: Path, *, app: str, concurrency: int = 1, cwd: Path | None = None
) -> list[CeleryWorker]:
    """Start ``count`` workers together and wait until all are ready (stopping them all if one fails)."""
    workers = [
        CeleryWorker(f"w{n}", env, workdir, app=app, concurrency=concurrency, cwd=cwd).start() for n in range(count)
    ]
    try:
        for worker in workers:
            worker.wait_ready()
    except BaseException:
        stop_workers(workers)
        raise
    return workers
