"""A real Redis (Debian's ``redis-server``) on 127.0.0.1 for the scale-out tests, the bench and the examples.

Started as a child process in its own session with persistence off (no RDB snapshots, no AOF: nothing is written
to disk), on a free port, and stopped by its PID (SIGTERM, SIGKILL after a grace period). ``stop()`` can also be
called mid-test to simulate an outage. Redis picks no port by itself (``--port 0`` turns TCP off), so the
launcher asks the OS for a free one and retries with another if Redis loses the race for it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

from ._process import HOST, ServerProcess, ServerStartError, free_ports, installed, log_tail

STARTUP_TIMEOUT = 10.0


def redis_server_binary() -> str | None:
    """The ``redis-server`` executable, or None when it is not installed (``apt-get install redis-server``)."""
    return shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.access("/usr/bin/redis-server", os.X_OK) else None
    )


def _pings(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer(ServerProcess):
    """One ``redis-server`` process; ``url`` for clients, ``stop()`` to take it away, ``start()`` to bring it back
    (on the same port)."""

    def __init__(self, workdir: Path | None = None) -> None:
        self.binary = installed(
            redis_server_binary(), "redis-server is not installed (apt-get install -y redis-server)"
        )
        super().__init__(workdir, name="redis", startup_timeout=STARTUP_TIMEOUT, stop_grace=2.0)

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    def start(self) -> RedisServer:
        for _ in range(5):
            port = self.port or free_ports()[0]
            log_path = self.workdir / f"redis-{port}.log"
            argv = [self.binary, "--bind", HOST, "--port", str(port), "--save", "", "--appendonly", "no",
                    "--dir", str(self.workdir), "--daemonize", "no", "--databases", "4"]  # fmt: skip
            try:
                self.launch(argv, log_path, functools.partial(_pings, port))
            except ServerStartError:
                if "Address already in use" in log_tail(log_path) and not self.port:
                    continue
                raise
            self.port = port
            return self
        raise ServerStartError("redis-server could not get a free port in 5 tries")


@contextlib.contextmanager
def running_redis() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server
