"""An export across many machines: each ``created`` shard is a Celery task that pages it and writes its own part.

Usage (see ``examples/celery_export.py``)::

    tasks = register_export_tasks(app, connector)                   # connector: per_process(...)
    export = start_distributed_export(connector(), tasks, "list_customers", checkpoint="sqlite:////shared/export.db",
                          out_dir="/shared/customers", shards=8)
    wait_for_export(export, timeout=3600)    # {"complete": True, "objects": ..., "parts": [...]}

**State.** One checkpoint store (``sqlite:///`` on storage every worker reaches, or a file store there) holds the
export: its list, arguments and fixed range (``created < start``, as for a local export), its run (token, holder,
lease) and, per shard, its range, committed cursor, the part file and its length at that cursor, the number of
claims and a lease. Every change is one :meth:`~._checkpoint.CheckpointStore.update` (atomic, locked), so tasks
on many machines never lose one another's.

**One run at a time** (``_run_lock``): the start takes the export's run, whose number every task carries and
whose lease every committed page renews; a second start while it is held raises ``ExportRunningError``, and a
task of a run that was taken over is refused at its claim and at every commit.

**A shard task** takes its shard's lease (the same Celery task id may take it over at once: that is Celery
redelivering it after its worker died; another task only after the lease ran out), copies the committed bytes
of the shard's part into a part file of its own claim (a task that lost its claim but still runs writes only to
its own file, which no commit names again), and pages on from the committed cursor, recording cursor, length
and file after each page is fsynced: the parts end with each of their objects once, however often a task is
killed, frozen or run again. When its shard turns out dense (``split_pages`` pages or more still expected), it
cuts off the older half as a new shard (recorded first, then sent as a new task), as the local planner does.

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
from ._run_lock import (
    DEFAULT_RUN_LEASE_SECONDS,
    ExportRunningError,
    holder_name,
    is_current,
    release_run,
    renew_run,
    run_lease,
    take_run,
)
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
    """What :func:`start_distributed_export` returns: the export's key, its store and output directory, and the
    token of the run it started (its shard tasks carry it; None for a complete export, which starts no run)."""

    def __init__(self, key: str, checkpoint: str, out_dir: str, token: int | None = None) -> None:
        self.key = key
        self.checkpoint = checkpoint
        self.out_dir = out_dir
        self.token = token

    def __repr__(self) -> str:
        return f"DistributedExport({self.key!r}, out_dir={self.out_dir!r}, run={self.token!r})"


class ExportTasks:
    """The registered shard task and the way to send it."""

    def __init__(self, shard_task: Any) -> None:
        self.shard_task = shard_task

    def send(self, export: DistributedExport, shard_id: int) -> None:
        self.shard_task.apply_async(args=(export.key, export.checkpoint, export.out_dir, shard_id, export.token))


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
    def export_shard(
        self: Any, key: str, checkpoint: str, out_dir: str, shard_id: int, token: int | None = None
    ) -> dict[str, Any]:
        export = DistributedExport(key, checkpoint, out_dir, token)
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
    run_lease_seconds: float = DEFAULT_RUN_LEASE_SECONDS,
) -> DistributedExport:
    """Check the input, record the export and its first ``shards`` shards, take its run, and send one task per
    open shard.

    One run at a time (see ``_run_lock``): while another run holds the export (its lease, renewed by every page
    its shards commit, has not lapsed), this raises :class:`ExportRunningError` naming it. Started again after
    that run stopped (its starter and workers died, its tasks were lost), it takes the export over as the next
    run and sends its open shards again; the tasks of the old run are refused. A complete export starts no run
    and sends nothing. If sending fails (the broker answers errors), the run is released before the error is
    raised, so that the next start need not wait for the lease.
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
    lease = run_lease(run_lease_seconds)
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    store = open_checkpoints(checkpoint)
    try:
        state, token = _take_run(store, job, shards, lease)
        export = DistributedExport(job.key, checkpoint, str(directory), token)
        if state["complete"]:
            _write_manifest(export, state)
            return export
        try:
            for shard_id, shard in state["shards"].items():
                if not shard["done"]:
                    tasks.send(export, int(shard_id))
        except BaseException:
            store.update(job.key, lambda failed: _released(failed, token))
            raise
        return export
    finally:
        store.close()


def _take_run(store: CheckpointStore, job: Any, shards: int, lease: float) -> tuple[State, int | None]:
    """Record the export (if new) and take its run, in one atomic step of the store (racing starters queue on
    its lock: one takes the run, the others see it held); the state and the run's token (None: complete)."""
    identity = json.loads(json.dumps(job.identity, default=str))
    holder = holder_name()
    taken: dict[str, int] = {}

    def create_and_take(state: State | None) -> State:
        if state is None:
            state = _new_state(job, shards)
        elif state.get("identity") != identity:
            return state  # refused below, the store unchanged
        if not state["complete"]:
            taken["token"] = take_run(job.key, state, holder=holder, lease=lease)
        return state

    state = store.update(job.key, create_and_take)
    assert state is not None
    if state.get("identity") != identity:
        raise InvalidInputError("checkpoint", "holds another export under this export's name; use another store")
    return state, taken.get("token")


def _new_state(job: Any, shards: int) -> State:
    """A new export's state: tasks cannot wait for one another's first page as a local run's workers do, so the
    first wave of shards is cut now."""
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


def _released(state: State | None, token: int | None) -> State | None:
    if state is not None:
        release_run(state, token)
    return state


def new_shard(gte: int, lt: int, density: float | None = None) -> dict[str, Any]:
    """A shard's record in the store: range, committed cursor, part length, lease."""
    return {"gte": gte, "lt": lt, "cursor": None, "oldest": None, "done": False, "offset": 0, "objects": 0,
            "density": density, "owner": None, "until": 0.0}  # fmt: skip


def part_path(export: DistributedExport, shard_id: int) -> Path:
    """The part file of a shard's first claim (see ``_ShardRun._open_part`` for the others)."""
    return Path(export.out_dir) / part_name(export.key, shard_id, 1)


def part_name(key: str, shard_id: int, claim: int) -> str:
    """The name of the part file that claim ``claim`` (1, 2, ...) of a shard writes."""
    return f"{key}.part-{shard_id:05d}.jsonl" if claim <= 1 else f"{key}.part-{shard_id:05d}.{claim}.jsonl"


def committed_part(export: DistributedExport, shard_id: str, shard: Mapping[str, Any]) -> Path:
    """The file that holds a shard's committed bytes."""
    return Path(export.out_dir) / str(shard.get("file") or part_path(export, int(shard_id)).name)


def _copy_prefix(source: Path, target: Any, length: int) -> None:
    """Copy the first ``length`` bytes of ``source`` (a shard's committed bytes) to ``target``; refuse a source
    shorter than that (its committed objects would be lost)."""
    try:
        with source.open("rb") as committed:
            left = length
            while left:
                chunk = committed.read(min(left, 1 << 20))
                if not chunk:
                    break
                target.write(chunk)
                left -= len(chunk)
    except FileNotFoundError:
        left = length
    if left:
        raise InvalidInputError("out_dir", f"{source} holds less than the {length} bytes its shard committed")


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
    claim_number: int = 0
    part_name: str = ""
    replaced: str | None = None

    def run(self) -> dict[str, Any]:
        claimed: dict[str, Any] = {}

        def claim(state: State | None) -> State | None:
            if state is None or self.shard_id not in state["shards"]:
                return state
            if not is_current(state, self.export.token):
                claimed["stale"] = True
                return state
            shard = state["shards"][self.shard_id]
            now = time.time()
            if shard["done"] or (shard["owner"] not in (None, self.owner) and shard["until"] > now):
                return state
            shard["owner"], shard["until"] = self.owner, now + self.lease
            # Each claim writes a file of its own (see _open_part): the per-shard fencing token.
            self.claim_number = int(shard.get("claims", 0)) + 1
            shard["claims"] = self.claim_number
            claimed.update(state=state, shard=dict(shard))
            return state

        self.store.update(self.export.key, claim)
        if "stale" in claimed:  # a task of a run that was taken over: the new run sent its own
            return {"shard": int(self.shard_id), "skipped": True, "stale_run": True}
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
        with self._open_part(shard) as part:
            return self._page(source.name, base, part, shard)

    def _open_part(self, shard: dict[str, Any]) -> Any:
        """This claim's part file, holding the shard's committed bytes and positioned after them.

        The first claim of a shard writes ``part_path``; every later one (a redelivery, a takeover after a lease
        or a run lapsed) writes a new file, ``...part-NNNNN.<claim>.jsonl``, that starts as a copy of the committed
        bytes: a task that lost its claim but still runs (paused, partitioned) writes on into its own file, which
        no commit will name again, never into the one the live claim writes."""
        offset = int(shard["offset"])
        committed = shard.get("file") or (part_path(self.export, int(self.shard_id)).name if offset else None)
        self.part_name = part_name(self.export.key, int(self.shard_id), self.claim_number)
        if committed == self.part_name:  # a state from before per-claim files: its part is written in place
            part = os.fdopen(os.open(Path(self.export.out_dir) / self.part_name, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
            part.truncate(offset)  # what a killed run wrote past its last record goes
            part.seek(offset)
            return part
        target = Path(self.export.out_dir) / self.part_name
        part = os.fdopen(os.open(target, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600), "r+b")
        try:
            if offset:
                _copy_prefix(Path(self.export.out_dir) / str(committed), part, offset)
            part.flush()
            os.fsync(part.fileno())
        except BaseException:
            part.close()
            raise
        self.replaced = committed
        return part

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
        """Store this page's progress (and a cut), renewing the shard's lease and the run's; "lost" if another
        claim holds the shard now or another run the export (the fencing check: in the same atomic step as the
        commit, so a task that lost either can never commit)."""
        outcome: dict[str, Any] = {}

        def change(state: State | None) -> State | None:
            if state is None or not renew_run(state, self.export.token):
                outcome["value"] = "lost"
                return state
            shard = state["shards"][self.shard_id]
            if shard["owner"] != self.owner or int(shard.get("claims", 0)) != self.claim_number:
                outcome["value"] = "lost"
                return state
            shard.update(update)
            shard["file"] = self.part_name
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
                    release_run(state, self.export.token)
                    state["complete"] = True
                    outcome["final"] = dict(state)
            return state

        self.store.update(self.export.key, change)
        if outcome.get("value") != "lost" and self.replaced is not None:
            # The committed bytes live in this claim's file now: the file they were copied from is no one's.
            (Path(self.export.out_dir) / self.replaced).unlink(missing_ok=True)
            self.replaced = None
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
        "parts": [
            str(committed_part(export, i, shards[i])) for i in sorted(shards, key=int) if int(shards[i]["objects"])
        ],
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
        "parts": [str(committed_part(export, i, state["shards"][i])) for i in sorted(state["shards"], key=int)],
    }


def wait_for_export(export: DistributedExport, *, timeout: float, interval: float = 0.2) -> dict[str, Any]:
    """Poll the store until every shard is done, then make sure the manifest exists; TimeoutError after
    ``timeout``.

    The task that closes the last shard marks the export complete and then writes the manifest: a wait that sees
    the mark may come before the file, and a worker stopped between the two never writes it. So the wait writes it
    when it is missing (the same bytes, from the same state, replaced whole).

    While it waits, it renews the lease of the run ``export`` started (if that is still the export's run): the
    starter that watches its run keeps it, even while its tasks wait in a queue behind others."""
    deadline = time.monotonic() + timeout
    while True:
        if export.token is not None:
            keep_run(export)
        status = export_status(export)
        if status["complete"]:
            if not (Path(export.out_dir) / f"{export.key}.manifest.json").exists():
                store = open_checkpoints(export.checkpoint)
                try:
                    state = store.load(export.key)
                finally:
                    store.close()
                assert state is not None  # complete a moment ago; states are never deleted
                _write_manifest(export, state)
            return status
        if time.monotonic() >= deadline:
            raise TimeoutError(f"export {export.key}: {status['open']} of {status['shards']} shards still open")
        time.sleep(interval)


def keep_run(export: DistributedExport) -> bool:
    """Renew the lease of the run ``export`` started (the starter's heartbeat); False once another run took the
    export over or it is complete."""
    kept: list[bool] = []

    def renew(state: State | None) -> State | None:
        kept.append(state is not None and not state.get("complete") and renew_run(state, export.token))
        return state

    store = open_checkpoints(export.checkpoint)
    try:
        store.update(export.key, renew)
    finally:
        store.close()
    return kept[0]


def resend_open_shards(export: DistributedExport, tasks: ExportTasks) -> int:
    """Send the task of every open shard again (a held lease keeps a running one to itself); how many were sent.

    Only for the export's current run: ``ExportRunningError`` when ``export`` is of a run another took over."""
    store = open_checkpoints(export.checkpoint)
    try:
        state = store.load(export.key) or {"shards": {}}
    finally:
        store.close()
    run = state.get("run")
    if isinstance(run, dict) and not is_current(state, export.token):
        raise ExportRunningError(export.key, holder=str(run["holder"]), token=int(run["token"]),
                                 expires_in=float(run["until"]) - time.time())  # fmt: skip
    open_shards = [int(shard_id) for shard_id, shard in state["shards"].items() if not shard["done"]]
    for shard_id in open_shards:
        tasks.send(export, shard_id)
    return len(open_shards)
