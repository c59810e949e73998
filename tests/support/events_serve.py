"""``stripe-connector events serve`` as a subprocess: started on a free port, its stdout (the hand-off lines) and
stderr in files, stopped (or SIGKILLed) by its PID."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from stripe_connector.testing.launchers import ServerStartError, log_tail, stop_process_group

REPO = Path(__file__).resolve().parents[2]


class ServeProcess:
    def __init__(self, workdir: Path, store: str, secret_files: list[Path], *, name: str = "serve",
                 extra: list[str] | None = None) -> None:  # fmt: skip
        self.workdir = workdir
        self.stdout_path = workdir / f"{name}.out"
        self.stderr_path = workdir / f"{name}.err"
        argv = [sys.executable, "-m", "stripe_connector.cli", "events", "serve", "--port", "0", "--store", store]
        for path in secret_files:
            argv += ["--secret-file", str(path)]
        self.argv = argv + (extra or [])
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self, timeout: float = 20.0) -> ServeProcess:
        env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
        with self.stdout_path.open("ab") as out, self.stderr_path.open("ab") as err:
            self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=self.workdir,
                                         env=env, start_new_session=True)  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.stderr_path.read_text().splitlines():
                if line.startswith('{"listening"'):
                    self.url = json.loads(line)["listening"]
            if self.url:
                return self
            if self.proc.poll() is not None:
                raise ServerStartError(f"events serve exited {self.proc.returncode}: {log_tail(self.stderr_path)}")
            time.sleep(0.02)
        self.stop()
        raise ServerStartError(f"events serve did not start: {log_tail(self.stderr_path)}")

    def printed(self) -> list[dict[str, Any]]:
        lines = self.stdout_path.read_text().splitlines() if self.stdout_path.exists() else []
        return [json.loads(line) for line in lines if line.strip()]

    def kill(self) -> None:
        if self.proc is not None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process_group(self.proc, grace=5.0)
            self.proc = None
        self.url = ""
