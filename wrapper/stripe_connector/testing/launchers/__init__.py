"""Launchers for the real servers integration tests talk to: localstripe, Redis, PostgreSQL, the Temporal dev server
and Celery workers. Each starts its server as a child process on 127.0.0.1 (free ports), logs to a file, waits until
it answers, and stops it by its PID; see :mod:`._process` for the discipline they share. Import the one you need
(``from stripe_connector.testing.launchers.redis import RedisServer``): each pulls in only its own client library.
"""

from ._process import (
    HOST,
    ServerProcess,
    ServerStartError,
    free_ports,
    log_tail,
    serve_until_signalled,
    start_logged_process,
    stop_process_group,
    wait_until_ready,
)

__all__ = [
    "HOST",
    "ServerProcess",
    "ServerStartError",
    "free_ports",
    "log_tail",
    "serve_until_signalled",
    "start_logged_process",
    "stop_process_group",
    "wait_until_ready",
]
