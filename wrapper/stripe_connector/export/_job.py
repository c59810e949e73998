"""One export's setup and bookkeeping, shared by the sync and async schedulers and the Celery tasks.

**The range.** ``created`` goes from ``created_gte`` (default 0) to ``created_lt``, which defaults to the second
the export *first* started, and is fixed then: objects created during the export (or between a kill and the
resume) are not in it, however long it runs. The rule is ``created < start``; the start is kept in the
checkpoint, so a resumed export keeps it. Export again with ``created_gte`` = that start to get the newer ones.

**Identity.** An export is named by a digest of what it lists: the list, the arguments, the range as given and the
account (the rate budget's digest of the key, never the key). A checkpoint store may hold many; a resume finds its
own by that name, and a changed argument starts a new export rather than continuing another. A platform exporting
for many connections into one checkpoint store names each (``connection="conn_a"``): the connection joins the
identity and prefixes the name (``export-conn_a-<digest>``), one export state per connection and list.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._request.connection_id import SINGLE, check_connection_id
from ..errors import InvalidInputError
from ._checkpoint import CheckpointStore, RunLock, State, check_export_state, open_checkpoints
from ._plan import STATE_FIELDS, Planner, Received
from ._source import list_source, page_request, split_arguments

if TYPE_CHECKING:
    import os

    from .._core.base import ConnectorCore
    from .._types.options import PreparedRequest
    from ._plan import PageRequest

#: The most pages in flight at once when ``concurrency`` is not given: the export keeps its budget's pace times
#: the latency it measures in flight (``_pace.InFlight``), up to this (live mode's 100/s at 1 s wants ~120).
MAX_CONCURRENCY = 128
#: Pages in flight when nothing paces the export (no rate limiter: a local double) and none is given.
UNPACED_CONCURRENCY = 10

#: Seconds between two checkpoint saves while pages are committed (and one at the end, always).
DEFAULT_CHECKPOINT_INTERVAL = 1.0

STATE_VERSION = 1

#: What each field of a shard's saved state must be (see ``check_export_state``); the keys are the planner's.
SHARD_KINDS = {"gte": "int", "lt": "int", "cursor": "cursor", "oldest": "oldest", "done": "bool", "density": "density"}
assert set(SHARD_KINDS) == {key for key, _ in STATE_FIELDS}


def check_count(name: str, value: object, low: int = 1, high: int = 1000) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(name, f"must be an integer from {low} to {high}")
    return value


def _bound(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(name, "must be a Unix timestamp (an integer >= 0) or None")
    return value


def _none_in_flight() -> int:
    """No run is fetching this job's pages."""
    return 0


class ExportJob:
    """The source, the base request, the range, the planner and the checkpoint of one export."""

    def __init__(
        self,
        core: ConnectorCore,
        tool_or_operation: str,
        arguments: Mapping[str, Any] | None = None,
        *,
        created_gte: int | None = None,
        created_lt: int | None = None,
        stripe_account: str | None = None,
        concurrency: int | None = None,
        checkpoint: str | os.PathLike[str] | CheckpointStore | None = None,
        checkpoint_interval: float = DEFAULT_CHECKPOINT_INTERVAL,
        clock: Callable[[], float] = time.time,
        connection: str = SINGLE,
    ) -> None:
        self.connection = check_connection_id(connection)
        #: The most pages in flight (the caller's ``concurrency``); None: as many as the budget and latency want.
        self.cap = None if concurrency is None else check_count("concurrency", concurrency)
        self.concurrency = MAX_CONCURRENCY if self.cap is None else self.cap
        if isinstance(checkpoint_interval, bool) or not isinstance(checkpoint_interval, int | float):
            raise InvalidInputError("checkpoint_interval", "must be a number of seconds >= 0")
        if not checkpoint_interval >= 0:
            raise InvalidInputError("checkpoint_interval", "must be a number of seconds >= 0")
        self.checkpoint_interval = float(checkpoint_interval)
        self.source = list_source(tool_or_operation)
        rest, bounds = split_arguments(arguments)
        given = {"gte": _bound("created_gte", created_gte), "lt": _bound("created_lt", created_lt)}
        if given["gte"] is not None:
            bounds["gte"] = max(bounds.get("gte", 0), given["gte"])
        if given["lt"] is not None:
            bounds["lt"] = min(bounds.get("lt", given["lt"]), given["lt"])
        #: The caller's request, validated as ``call`` validates it (nothing is sent when it is refused).
        self.base: PreparedRequest = self.source.prepare(core, rest, stripe_account)
        self.identity = {
            "list": self.source.name,
            "arguments": rest,
            "created": bounds,
            "account": core.rate_account,
            "stripe_account": stripe_account,
        }
        if connection:  # only then: the names of exports made before connections stay what they were
            self.identity["connection"] = connection
        material = json.dumps(self.identity, sort_keys=True, separators=(",", ":"), default=str)
        prefix = f"export-{connection}-" if connection else "export-"
        self.key = prefix + hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]
        self.store = open_checkpoints(checkpoint) if checkpoint is not None else None
        self._clock = clock
        #: The store is this run's until it ends (two runs on one checkpoint would write over each other).
        self._run_lock: RunLock | None = self.store.hold() if self.store is not None else None
        try:
            saved = self.store.load(self.key) if self.store is not None else None
            if saved is not None:
                self._check_saved(saved)
        except BaseException:
            self.release()
            raise
        #: Extra state a consumer keeps with the checkpoint (the CLI: the output file's offset); loaded on resume.
        self.extra: dict[str, Any] = {}
        self.resumed = saved is not None
        if saved is not None:
            self.gte, self.lt, self.started = int(saved["gte"]), int(saved["lt"]), float(saved["started"])
            self.extra = dict(saved.get("extra") or {})
            self.planner = Planner(self.gte, self.lt, concurrency=self.concurrency, shards=saved["shards"])
            self.committed_objects = int(saved.get("objects", 0))
            self.committed_pages = int(saved.get("pages", 0))
        else:
            self.started = clock()
            self.gte = bounds.get("gte", 0)
            self.lt = bounds.get("lt", int(self.started))
            self.planner = Planner(self.gte, self.lt, concurrency=self.concurrency)
            self.committed_objects = 0
            self.committed_pages = 0
        self.extra_provider: Callable[[], Mapping[str, Any]] | None = None
        #: Pages being fetched now: set by the running ``_run.ExportRun`` (``_status.export_numbers`` reads it).
        self.pages_in_flight: Callable[[], int] = _none_in_flight
        self._last_save = 0.0

    def _check_saved(self, saved: Mapping[str, Any]) -> None:
        if saved.get("version") != STATE_VERSION or saved.get("identity") != json.loads(
            json.dumps(self.identity, default=str)
        ):
            raise InvalidInputError("checkpoint", "holds another export under this export's name; use another store")
        check_export_state(saved, SHARD_KINDS)

    def release(self) -> None:
        """End this run's hold on its checkpoint store (another export may then use it)."""
        if self._run_lock is not None:
            self._run_lock.release()
            self._run_lock = None

    # --- pages ------------------------------------------------------------------------------------------------------

    def request_for(self, request: PageRequest) -> PreparedRequest:
        return page_request(self.base, request)

    def commit(self, received: Received) -> State | None:
        """The consumer has taken ``received``: the state to save (:meth:`save`) if the interval has passed.

        The state is taken here, under the run's lock, and written by the caller after it: the workers do not wait
        for the store."""
        self.planner.commit(received)
        self.committed_objects += len(received.objects)
        self.committed_pages += 1
        if self.store is not None and time.monotonic() - self._last_save >= self.checkpoint_interval:
            self._last_save = time.monotonic()
            return self.state()
        return None

    def state(self) -> State:
        extra = dict(self.extra_provider()) if self.extra_provider is not None else dict(self.extra)
        self.extra = extra
        return {
            "version": STATE_VERSION,
            "identity": self.identity,
            "gte": self.gte,
            "lt": self.lt,
            "started": self.started,
            "shards": self.planner.snapshot(),
            "objects": self.committed_objects,
            "pages": self.committed_pages,
            "done": self.planner.committed,
            "extra": extra,
        }

    def save(self, state: State | None = None) -> None:
        """Write the committed state (or ``state``, taken by :meth:`commit`) to the store (a no-op without one)."""
        if self.store is not None:
            self.store.save(self.key, self.state() if state is None else state)
            self._last_save = time.monotonic()

    @property
    def done(self) -> bool:
        return self.planner.committed
