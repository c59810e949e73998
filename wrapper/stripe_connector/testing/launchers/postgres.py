"""A real PostgreSQL (Debian's ``postgresql`` package) on 127.0.0.1 and a Unix socket, for the events inbox tests.

``initdb`` and ``postgres`` refuse to run as root, and CI runs as root: then the cluster belongs to the
``postgres`` user the Debian package creates, and both programs run as that user (``setpriv``, which execs in
place so the PID we hold is the server's, else ``runuser``). The cluster lives in a temporary directory (trust
authentication, fsync off: the tests kill clients, never the server), listens on a free port of 127.0.0.1 and a
socket in that directory, and is stopped by its PID: SIGINT (fast shutdown: it does not wait for clients), then
SIGTERM/SIGKILL to its process group.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

from ._process import HOST, ServerProcess, ServerStartError, free_ports, installed

STARTUP_TIMEOUT = 30.0


def postgres_bin_dir() -> Path | None:
    """The directory of ``postgres`` and ``initdb`` (Debian keeps them in /usr/lib/postgresql/N/bin), or None."""
    found = shutil.which("initdb")
    if found and shutil.which("postgres"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _as_user(argv: list[str], user: str | None) -> list[str]:
    if user is None:
        return argv
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--", *argv]
    return ["runuser", "-u", user, "--", *argv]


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


class PostgresServer(ServerProcess):
    """One PostgreSQL cluster and server; ``url`` for psycopg (``postgresql://postgres@127.0.0.1:PORT/postgres``)."""

    def __init__(self) -> None:
        self.bin_dir = installed(postgres_bin_dir(), "PostgreSQL is not installed (apt-get install -y postgresql)")
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise ServerStartError("as root, the postgres user is needed (Debian's postgresql adds it)") from None
            self.user = "postgres"
        super().__init__(name="postgres", startup_timeout=STARTUP_TIMEOUT)
        self.data = self.workdir / "data"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@{HOST}:{self.port}/postgres"

    def start(self) -> PostgresServer:
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.workdir, entry.pw_uid, entry.pw_gid)
        log_path = self.workdir / "postgres.log"
        if self.port:  # a restart after stop(): same cluster, same port
            return self._run(log_path)
        initdb = _as_user([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                           "--no-sync", "-E", "UTF8", "--locale=C"], self.user)  # fmt: skip
        done = subprocess.run(initdb, capture_output=True, cwd=self.workdir, timeout=120)
        if done.returncode != 0:
            raise ServerStartError(f"initdb failed: {(done.stdout + done.stderr).decode(errors='replace')[-2000:]}")
        (self.port,) = free_ports()
        return self._run(log_path)

    def _run(self, log_path: Path) -> PostgresServer:
        argv = _as_user([str(self.bin_dir / "postgres"), "-D", str(self.data), "-h", HOST, "-p", str(self.port),
                         "-k", str(self.workdir), "-c", "fsync=off", "-c", "full_page_writes=off",
                         "-c", "max_connections=100"], self.user)  # fmt: skip
        self.launch(argv, log_path, lambda: _accepts(self.port) and _ready(self.url))
        return self

    def stop(self) -> None:
        """SIGINT first (a fast shutdown: it does not wait for clients), then the group's SIGTERM/SIGKILL."""
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=10)
        super().stop()


def _ready(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


@contextlib.contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    with PostgresServer() as server:
        yield server


def fresh_database(server: PostgresServer, name: str) -> str:
    """A new empty database on ``server`` (one per test keeps their inboxes apart); its URL."""
    import psycopg

    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql://postgres@{HOST}:{server.port}/{name}"
