"""The run lock of a distributed export: one run at a time, a lease its work renews, a fencing token per run.

Why in the checkpoint store and not in Redis: the store is what every shard task commits to, in one atomic
:meth:`~stripe_connector.export._checkpoint.CheckpointStore.update`. With the run (its token, holder and lease)
in the same state, checking "is my run still the run?" and committing a page are one step: no window between a
check in one system and a write in another, and nothing to go stale when the broker restarts or loses its data.

``state["run"]`` is ``{"token": n, "holder": "...", "until": t, "lease": s}``:

* ``token`` counts the runs of the export (1, 2, ...). A starter takes the run only when none holds it (no run,
  or its lease lapsed: ``until`` is past) and its token is one more than the last. Every shard task carries the
  token it was sent with and is refused (at its claim and at every commit) once another run took over.
* ``until`` is renewed by every committed page (``lease`` seconds ahead) and by :func:`wait_for_export` while it
  waits: a run is alive while its shards make progress or its starter watches it.
* ``holder`` names the starter (host, process, a random tag): what a refused starter is told holds the export.

Leases compare wall clocks (``time.time()``) across machines, as the shard leases do: keep the clocks of the
machines within a small part of the lease of one another (NTP does).
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from typing import Any

from ..errors import InvalidInputError

State = dict[str, Any]

DEFAULT_RUN_LEASE_SECONDS = 60.0


class ExportRunningError(InvalidInputError):
    """Another run holds this distributed export: ``holder`` (who started it), ``token`` (its run number) and
    ``expires_in`` (seconds until its lease lapses, unless its shards or its starter renew it).

    A subclass of ``InvalidInputError`` (param ``checkpoint``), as the local export's refusal of a checkpoint in
    use is: code that caught that catches this."""

    def __init__(self, export: str, *, holder: str, token: int, expires_in: float) -> None:
        self.export = export
        self.holder = holder
        self.token = token
        self.expires_in = max(0.0, expires_in)
        super().__init__(
            "checkpoint",
            f"export {export} is running (run {token}, started by {holder}; its lease lapses in "
            f"{self.expires_in:.1f} s unless its shards renew it): wait for it (wait_for_export), or start it "
            "again once that run has stopped",
        )


def run_lease(seconds: object) -> float:
    """``run_lease_seconds`` checked: a number of seconds > 0 (``InvalidInputError`` otherwise)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds > 0 or seconds == float("inf"):
        raise InvalidInputError("run_lease_seconds", "must be a number of seconds > 0")
    return float(seconds)


def holder_name() -> str:
    """Who starts a run, as a refused starter is told: this host, this process and a random tag (two starters in
    one process differ)."""
    return f"{socket.gethostname()} pid {os.getpid()} ({secrets.token_hex(4)})"


def take_run(key: str, state: State, *, holder: str, lease: float, now: float | None = None) -> int:
    """Make ``state`` a new run of ``holder`` and return its token; ``ExportRunningError`` when a run holds it.

    The shards' leases go: they belonged to the tasks of the run taken over, which its token now fences out, so
    the new run's tasks claim their shards at once. (Lapsed "now" rather than never held: the start sends every
    open shard, so none is an orphan cut a claiming parent would have to send again.)"""
    now = time.time() if now is None else now
    run = state.get("run")
    if isinstance(run, dict) and float(run["until"]) > now:
        raise ExportRunningError(
            key, holder=str(run["holder"]), token=int(run["token"]), expires_in=float(run["until"]) - now
        )
    token = (int(run["token"]) if isinstance(run, dict) else 0) + 1
    state["run"] = {"token": token, "holder": holder, "until": now + lease, "lease": lease}
    for shard in state["shards"].values():
        if not shard["done"]:
            shard["owner"], shard["until"] = None, now
    return token


def is_current(state: State, token: int | None) -> bool:
    """Whether a task sent with ``token`` belongs to the export's current run (a state written before runs had
    tokens has no run: only tasks without one belong to it)."""
    run = state.get("run")
    if not isinstance(run, dict):
        return token is None
    return token is not None and int(run["token"]) == token


def renew_run(state: State, token: int | None, now: float | None = None) -> bool:
    """Push the lease of run ``token`` ``lease`` seconds ahead (never back); False if it is not the current run."""
    if not is_current(state, token):
        return False
    run = state.get("run")
    if isinstance(run, dict) and not state.get("complete"):
        now = time.time() if now is None else now
        run["until"] = max(float(run["until"]), now + float(run["lease"]))
    return True


def release_run(state: State, token: int | None) -> None:
    """End run ``token``'s lease now (its start failed, or the export is complete): the next starter takes over
    at once, and the token still fences out whatever of that run was sent."""
    run = state.get("run")
    if isinstance(run, dict) and is_current(state, token):
        run["until"] = 0.0
