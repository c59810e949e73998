"""An export across many machines: each ``created`` shard is a Celery task that pages it and writes its own part.

Usage (see ``examples/celery_export.py``)::

    tasks = register_export_tasks(app, connector)                   # connector: per_process(...)
    export = start_distributed_export(connector(), tasks, "list_customers", checkpoint="sqlite:////shared/export.db",
                          out_dir="/shared/customers", shards=8)
    wait_for_export(export, timeout=3600)    # {"complete": True, "objects": ..., "parts": [...]}

**State.** One checkpoint store (``sqlite:///`` on storage every worker reaches, or a file store there) holds the
export: its list, arguments and fixed range (``created < start``, as for a local export) and, per shard, its
range, committed cursor, the length of its part file at that cursor, and a lease. Every change is one
:meth:`~._checkpoint.CheckpointStore.update` (atomic, locked), so tasks on many machines never lose one another's.

**A shard task** takes its shard's lease (the same Celery task id may take it over at once: that is Celery
redelivering it after its worker died; another task only after the lease ran out), truncates its part file back
to the committed length, and pages on from the committed cursor, recording cursor and length after each page is
fsynced: the part ends with each of its objects once, however often the task is killed and run again. When its
shard turns out dense (``split_pages`` pages or more still expected), it cuts off the older half as a new shard
(recorded first, then sent as a new task), as the local planner does.

**The final step.** The task that closes the last open shard marks the export complete and writes
``<out_dir>/<export>.manifest.json`` (parts, objects, range); :func:`wait_for_export` watches the store for it.
:func:`resend_open_shards` sends the tasks of open shards again (after an outage that lost queued tasks); a shard
whose lease is held is left to its holder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from .._types.files import write_atomically
from ..errors import InvalidInputError
from ..export._checkpoint import CheckpointStore, State, open_checkpoints
from ..export._job import check_count
from ..export._plan import PAGE_LIMIT, first_wave
from ..export._source import list_source, page_request
from .trace import carry_trace, continue_trace

if TYPE_CHECKING:
    from .._clients.sync_client import StripeConnector

#: What gives a worker process its connector (``celery.tools.per_process(...)``).
ConnectorFactory = Callable[[], "StripeConnector"]

SHARD_TASK = "stripe_connector.export_shard"
DEFAULT_LEASE_SECONDS = 60.0
DEFAULT_SPLIT_PAGES = 20
MAX_SHARDS = 1024


class DistributedExport:
    """What :func:`start_distributed_export` returns: the export's key, its store and output directory."""

    def __init__(self, key: str, checkpoint: str, out_dir: str) -> None:
        self.key = key
        self.checkpoint = checkpoint
        self.out_dir = out_dir

    def __repr__(self) -> str:
        return f"DistributedExport({self.key!r}, out_dir={self.out_dir!r})"


class ExportTasks:
    """The registered shard task and the way to send it."""

    def __init__(self, shard_task: Any) -> None:
        self.shard_task = shard_task

    def send(self, export: DistributedExport, shard_id: int) -> None:
        self.shard_task.apply_async(args=(export.key, export.checkpoint, export.out_dir, shard_id))


class ShardOptions(TypedDict, total=False):
    """How shard tasks run: ``lease_seconds`` (a shard stays its task's for that long after its last page; default
    60) and ``split_pages`` (a shard still expected to hold that many pages is cut in two; default 20)."""

    lease_seconds: float
    split_pages: int


def shard_options(options: Mapping[str, Any]) -> tuple[float, int]:
    """``lease_seconds`` and ``split_pages`` of ``options`` (their defaults where left out); unknown ones refused."""
    unknown = sorted(set(options) - ShardOptions.__optional_keys__)
    if unknown:
        raise InvalidInputError(unknown[0], "is not an option of export shard tasks (lease_seconds, split_pages)")
    lease = options.get("lease_seconds", DEFAULT_LEASE_SECONDS)
    if isinstance(lease, bool) or not isinstance(lease, int | float) or not lease > 0:
        raise InvalidInputError("lease_seconds", "must be a number of seconds > 0")
    return float(lease), check_count("split_pages", options.get("split_pages", DEFAULT_SPLIT_PAGES), 1, 1_000_000)


def register_export_tasks(app: Any, connector: ConnectorFactory, **options: Unpack[ShardOptions]) -> ExportTasks:
    """Register ``stripe_connector.export_shard`` on ``app``; ``connector()`` gives the process's connector."""
    shard_options(options)  # refused now, not in a worker
    holder: dict[str, ExportTasks] = {}

    # Not shared: Celery would otherwise add this task, bound to this ``connector``, to every app finalized later.
    @app.task(name=SHARD_TASK, bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None, shared=False)  # type: ignore[untyped-decorator]
    def export_shard(self: Any, key: str, checkpoint: str, out_dir: str, shard_id: int) -> dict[str, Any]:
        export = DistributedExport(key, checkpoint, out_dir)
        owner = str(self.request.id or f"local-{os.getpid()}")
        with continue_trace(self):  # the starter's trace (or the splitting shard's), when a tracer is configured
            return run_shard(
                connector(),
                export,
                shard_id,
                owner=owner,
                send=lambda new_id: holder["tasks"].send(export, new_id),
                **options,
            )

    carry_trace(SHARD_TASK)
    holder["tasks"] = ExportTasks(export_shard)
    return holder["tasks"]


def start_distributed_export(
    connector: StripeConnector,
    tasks: ExportTasks,
    tool_or_operation: str,
    arguments: Mapping[str, Any] | None = None,
    *,
    checkpoint: str,
    out_dir: str | os.PathLike[str],
    shards: int = 8,
    created_gte: int | None = None,
    created_lt: int | None = None,
    stripe_account: str | None = None,
) -> DistributedExport:
    """Check the input, record the export and its first ``shards`` shards, and send one task per shard.

    Started again with the same arguments and store, it finds the recorded export and sends its open shards
    again (a complete export sends nothing).
    """
    from ..export._job import ExportJob

    job = ExportJob(
        connector.core,
        tool_or_operation,
        arguments,
        created_gte=created_gte,
        created_lt=created_lt,
        stripe_account=stripe_account,
        concurrency=shards,
    )
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    export = DistributedExport(job.key, checkpoint, str(directory))
    store = open_checkpoints(checkpoint)

    def create(state: State | None) -> State:
        if state is not None:
            return state
        # Tasks cannot wait for one another's first page as a local run's workers do: the first wave is cut now.
        table = {str(n): new_shard(gte, lt) for n, (gte, lt) in enumerate(first_wave(job.gte, job.lt, shards))}
        return {
            "version": 1,
            "kind": "distributed",
            "identity": job.identity,
            "arguments": job.identity["arguments"],
            "gte": job.gte,
            "lt": job.lt,
            "started": job.started,
            "shards": table,
            "next_id": len(table),
            "complete": not table,
        }

    state = store.update(job.key, create)
    assert state is not None
    if state.get("identity") != json.loads(json.dumps(job.identity, default=str)):
        raise InvalidInputError("checkpoint", "holds another export under this export's name; use another store")
    if state["complete"]:
        _write_manifest(export, state)
    for shard_id, shard in state["shards"].items():
        if not shard["done"]:
            tasks.send(export, int(shard_id))
    return export


def new_shard(gte: int, lt: int, density: float | None = None) -> dict[str, Any]:
    """A shard's record in the store: range, committed cursor, part length, lease."""
    return {"gte": gte, "lt": lt, "cursor": None, "oldest": None, "done": False, "offset": 0, "objects": 0,
            "density": density, "owner": None, "until": 0.0}  # fmt: skip


def part_path(export: DistributedExport, shard_id: int) -> Path:
    return Path(export.out_dir) / f"{export.key}.part-{shard_id:05d}.jsonl"


def run_shard(
    connector: StripeConnector,
    export: DistributedExport,
    shard_id: int,
    *,
    owner: str,
    send: Callable[[int], None],
    **options: Unpack[ShardOptions],
) -> dict[str, Any]:
    """Page one shard to its part file (the body of the shard task; see the module docstring)."""
    lease, split_pages = shard_options(options)
    store = open_checkpoints(export.checkpoint)
    try:
        return _ShardRun(connector, store, export, str(shard_id), owner, send, lease, split_pages).run()
    finally:
        store.close()


@dataclasses.dataclass
class _ShardRun:
    """One run of a shard task: its connector and store, which shard it pages and how (see the module docstring)."""

    connector: StripeConnector
    store: CheckpointStore
    export: DistributedExport
    shard_id: str
    owner: str
    send: Callable[[int], None]
    lease: float
    split_pages: int

    def run(self) -> dict[str, Any]:
        claimed: dict[str, Any] = {}

        def claim(state: State | None) -> State | None:
            if state is None or self.shard_id not in state["shards"]:
                return state
            shard = state["shards"][self.shard_id]
            now = time.time()
            if shard["done"] or (shard["owner"] not in (None, self.owner) and shard["until"] > now):
                return state
            shard["owner"], shard["until"] = self.owner, now + self.lease
            claimed.update(state=state, shard=dict(shard))
            return state

        self.store.update(self.export.key, claim)
        if not claimed:
            return {"shard": int(self.shard_id), "skipped": True}
        state, shard = claimed["state"], claimed["shard"]
        # A run killed between recording a cut and sending its task left a shard no task will come for: send the
        # ones this shard cut off that were never claimed again (a second task for one that is queued is harmless:
        # it finds the shard leased or done and returns).
        for child_id, child in state["shards"].items():
            if (
                child.get("parent") == self.shard_id
                and child["owner"] is None
                and not child["until"]
                and not child["done"]
            ):
                self.send(int(child_id))
        source = list_source(state["identity"]["list"])
        base = source.prepare(self.connector.core, state["arguments"], state["identity"].get("stripe_account"))
        path = part_path(self.export, int(self.shard_id))
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "r+b") as part:
            part.truncate(shard["offset"])  # what a killed run wrote past its last record goes
            part.seek(shard["offset"])
            return self._page(source.name, base, part, shard)

    def _page(self, name: str, base: Any, part: Any, shard: dict[str, Any]) -> dict[str, Any]:
        from ..export._plan import Planner

        gte, lt = int(shard["gte"]), int(shard["lt"])
        planner = Planner(gte, lt, concurrency=1, shards=[shard], cuts=False)
        planner.shards[0].objects = int(shard["objects"])
        while True:
            request = planner.next_request()
            if request is None:
                break
            page = self.connector.core.read_json(*self._send(page_request(base, request)))
            received = planner.receive(request, page)
            lines = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in received.objects]
            if lines:
                part.write(("\n".join(lines) + "\n").encode("utf-8"))
            part.flush()
            os.fsync(part.fileno())
            live = planner.shards[0]
            update = {"cursor": received.cursor, "oldest": received.oldest, "done": received.done,
                      "offset": part.tell(), "objects": live.objects, "density": live.density}  # fmt: skip
            cut = None if received.done else self._cut(live)
            outcome = self._record(update, cut)
            if outcome == "lost":
                return {"shard": int(self.shard_id), "lost_lease": True}
            if cut is not None and isinstance(outcome, int):
                live.gte = cut
                self.send(outcome)
            if received.done:
                break
        return {"shard": int(self.shard_id), "objects": planner.shards[0].objects}

    def _send(self, prepared: Any) -> tuple[Any, Any]:
        from ..export._run import RETRYABLE, retry_pause

        attempt = 0
        while True:
            try:
                return prepared, self.connector._send(prepared)
            except RETRYABLE:
                attempt += 1
                if attempt > 8:
                    raise
            time.sleep(retry_pause(attempt))

    def _cut(self, shard: Any) -> int | None:
        """Where to cut this shard's older half off, when it still expects ``split_pages`` pages or more."""
        expected = shard.expected()
        if expected is None or expected < self.split_pages * PAGE_LIMIT or shard.cut_limit() <= shard.gte:
            return None
        edge = shard.gte + (shard.cut_limit() + 1 - shard.gte) // 2
        return int(min(max(edge, shard.gte + 1), shard.cut_limit()))

    def _record(self, update: dict[str, Any], cut: int | None) -> str | int | None:
        """Store this page's progress (and a cut), renewing the lease; "lost" if another task holds it now."""
        outcome: dict[str, Any] = {}

        def change(state: State | None) -> State | None:
            if state is None:
                outcome["value"] = "lost"
                return state
            shard = state["shards"][self.shard_id]
            if shard["owner"] != self.owner:
                outcome["value"] = "lost"
                return state
            shard.update(update)
            shard["until"] = time.time() + self.lease
            if cut is not None and len(state["shards"]) < MAX_SHARDS:
                new_id = int(state["next_id"])
                state["next_id"] = new_id + 1
                state["shards"][str(new_id)] = {
                    **new_shard(shard["gte"], cut, shard["density"]),
                    "parent": self.shard_id,
                }
                shard["gte"] = cut
                outcome["value"] = new_id
            if shard["done"]:
                shard["owner"] = None
                if all(s["done"] for s in state["shards"].values()) and not state["complete"]:
                    state["complete"] = True
                    outcome["final"] = dict(state)
            return state

        self.store.update(self.export.key, change)
        if "final" in outcome:
            _write_manifest(self.export, outcome["final"])
        value = outcome.get("value")
        return value if isinstance(value, str | int) else None


def _write_manifest(export: DistributedExport, state: Mapping[str, Any]) -> None:
    """The final step: a manifest of the parts, written once every shard is done."""
    shards = state["shards"]
    manifest = {
        "export": export.key,
        "list": state["identity"]["list"],
        "created": {"gte": state["gte"], "lt": state["lt"]},
        "objects": sum(int(s["objects"]) for s in shards.values()),
        "parts": [str(part_path(export, int(i))) for i in sorted(shards, key=int) if int(shards[i]["objects"])],
        "complete": True,
    }
    write_atomically(Path(export.out_dir) / f"{export.key}.manifest.json", json.dumps(manifest).encode("utf-8"))


def export_status(export: DistributedExport) -> dict[str, Any]:
    """Shards, open shards, objects so far and whether the export is complete, from the store."""
    store = open_checkpoints(export.checkpoint)
    try:
        state = store.load(export.key)
    finally:
        store.close()
    if state is None:
        raise InvalidInputError("export", f"{export.key} is not in {export.checkpoint}")
    shards = state["shards"].values()
    return {
        "complete": bool(state["complete"]),
        "shards": len(shards),
        "open": sum(1 for s in shards if not s["done"]),
        "objects": sum(int(s["objects"]) for s in shards),
        "parts": [str(part_path(export, int(i))) for i in sorted(state["shards"], key=int)],
    }


def wait_for_export(export: DistributedExport, *, timeout: float, interval: float = 0.2) -> dict[str, Any]:
    """Poll the store until every shard is done (then the manifest exists); TimeoutError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        status = export_status(export)
        if status["complete"]:
            return status
        if time.monotonic() >= deadline:
            raise TimeoutError(f"export {export.key}: {status['open']} of {status['shards']} shards still open")
        time.sleep(interval)


def resend_open_shards(export: DistributedExport, tasks: ExportTasks) -> int:
    """Send the task of every open shard again (a held lease keeps a running one to itself); how many were sent."""
    store = open_checkpoints(export.checkpoint)
    try:
        state = store.load(export.key) or {"shards": {}}
    finally:
        store.close()
    open_shards = [int(shard_id) for shard_id, shard in state["shards"].items() if not shard["done"]]
    for shard_id in open_shards:
        tasks.send(export, shard_id)
    return len(open_shards)
