"""How every launcher runs a server: the discipline they share, kept in one place so all follow it.

The server runs as a child process in a session of its own (so a Ctrl-C in the terminal reaches only us, and we
decide how it stops), its output goes to a log file (a pipe nobody drains would fill up and freeze the server),
readiness is polled with a deadline, and a server that dies early is reported with the tail of its log instead of
a bare timeout.
:class:`ServerProcess` holds the life of one such server (start and wait, stop by its PID, close, ``with``), which
each launcher's server class fills in with its command line and its readiness probe.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import FrameType
from typing import Self, TypeVar

LOG_TAIL_CHARS = 4000
HOST = "127.0.0.1"
Found = TypeVar("Found")


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve_until_signalled(
    start: Callable[[contextlib.ExitStack], AbstractContextManager[str]], hints: Callable[[str], Sequence[str]]
) -> int:
    """Foreground mode of a launcher run as a script: start the server, print its URL and ``hints(url)``, and keep
    it until SIGINT or SIGTERM (a script that starts us in the background may have SIGINT ignored, so both end us
    cleanly, stopping the server). Returns the exit status: 1 with the reason when the server did not start."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with contextlib.ExitStack() as stack:
            url = stack.enter_context(start(stack))
            for line in (url, *hints(url)):
                print(line, flush=True)
            while True:
                signal.pause()
    except ServerStartError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


class ServerStartError(RuntimeError):
    """A server did not come up: it exited, or it did not answer before the deadline."""


def free_ports(count: int = 1) -> list[int]:
    """``count`` distinct free ports of 127.0.0.1 (held together while they are picked, so none repeats)."""
    socks = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in socks:
            sock.bind((HOST, 0))
        return [int(sock.getsockname()[1]) for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def log_tail(log_path: Path, limit: int = LOG_TAIL_CHARS) -> str:
    """Last `limit` characters of a server's log, for error messages that show why it failed."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no log written)"
    return text[-limit:] if text else "(log is empty)"


def start_logged_process(
    argv: Sequence[str], *, log_path: Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Start `argv` in its own session, stdout and stderr appended to `log_path`, stdin closed."""
    with log_path.open("ab") as log:
        return subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )


def wait_until_ready(
    proc: subprocess.Popen[bytes],
    probe: Callable[[], bool],
    *,
    name: str,
    log_path: Path,
    timeout: float,
    interval: float = 0.05,
) -> None:
    """Call `probe` until it returns True; raise ServerStartError if `proc` exits or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while True:
        code = proc.poll()
        if code is not None:
            raise ServerStartError(
                f"{name} exited with code {code} before it answered; its output:\n{log_tail(log_path)}"
            )
        if probe():
            return
        if time.monotonic() >= deadline:
            raise ServerStartError(
                f"{name} did not answer within {timeout:g} s; its output so far:\n{log_tail(log_path)}"
            )
        time.sleep(interval)


def stop_process_group(proc: subprocess.Popen[bytes], *, grace: float = 5.0) -> None:
    """SIGTERM the child's process group, SIGKILL it if still alive after `grace` s, and reap the child.

    The child leads its own session (see start_logged_process), so its pid is also its process-group id and
    killing the group also ends any helper processes it forked. We only signal while the child is unreaped:
    until `wait` collects it, its pid cannot be reused by an unrelated process.
    """
    try:
        if proc.poll() is None:
            _signal_group(proc, signal.SIGTERM)
            try:
                proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                proc.wait()
    except BaseException:
        # A second Ctrl-C while we wait must not leave the server running.
        if proc.poll() is None:
            _signal_group(proc, signal.SIGKILL)
            proc.wait()
        raise


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def installed(found: Found | None, missing: str) -> Found:
    """``found`` (a launcher's program or its directory), or :class:`ServerStartError` saying how to install it."""
    if found is None:
        raise ServerStartError(missing)
    return found


class ServerProcess:
    """One server as a child process of its own: in a working directory (a temporary one it removes on
    :meth:`close`, unless given one), on ``port``, started by the subclass's :meth:`start` through :meth:`launch`
    and stopped by its PID (:meth:`stop`, SIGTERM then SIGKILL after ``stop_grace`` s). ``with`` starts and
    closes it.
    """

    def __init__(
        self, workdir: Path | None = None, *, name: str, startup_timeout: float, stop_grace: float = 5.0
    ) -> None:
        self.name = name
        self.startup_timeout = startup_timeout
        self.stop_grace = stop_grace
        self._own_dir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix=f"stripe-connector-{name}-"))
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        raise NotImplementedError

    def launch(self, argv: Sequence[str], log_path: Path, ready: Callable[[], bool], *, interval: float = 0.05) -> None:
        """Run ``argv`` and wait until ``ready()``; a server that does not get there is stopped, and the error
        (with its log's tail) raised."""
        self.proc = start_logged_process(argv, log_path=log_path, cwd=self.workdir)
        try:
            wait_until_ready(self.proc, ready, name=self.name, log_path=log_path, timeout=self.startup_timeout,
                             interval=interval)  # fmt: skip
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server by its PID (a test's outage: ``start()`` may bring it back)."""
        if self.proc is not None:
            stop_process_group(self.proc, grace=self.stop_grace)
            self.proc = None

    def close(self) -> None:
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
