"""Catching up at the rate bound: a poller far behind reads its window with the export engine, then hands it on
in order.

Read page after page, ``/v1/events`` comes at one page per round trip (~250 events/s at 400 ms), while the budget
allows 25 pages at once. So when the window to read is older than ``catch_up_after`` seconds, the poller reads
it as an export of ``GetEvents`` does: shards of ``created``, as many pages in flight as the budget and the latency
want (``stripe_connector.export``), every event exactly once, into a *spool* (a JSON Lines file with its export
checkpoint, both 0600 in a 0700 directory). Then it hands the spool into the inbox in ``created`` order (oldest
first; events of one second in Stripe's order), in batches, with the inbox's dedupe (an event already received
by webhook is a repeat), and only then moves the cursor and removes the spool. The dispatcher claims in the order
events were stored, so it hands each object's events on in ``created`` order.

**Restartable at any point.** The window (``after``, ``until``) is written to the spool directory before anything
is read, so a restart reads the same window: killed while reading, the export resumes from its checkpoint (the
spool is cut back to it); killed while handing in, the hand-in starts again and the inbox drops what it already
has, so nothing is stored twice and the order holds; killed after the cursor moved, the stale spool is dropped.
Webhooks that arrive meanwhile are stored at once, as always (no order is promised between the two).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._request.connection_id import SINGLE
from ..errors import InvalidInputError, StripeResponseError
from ..export._file import SpoolFile
from ..export._job import ExportJob
from ..export._sync import export_pages
from ._event import Event, parse_event

if TYPE_CHECKING:
    from .._clients.sync_client import StripeConnector
    from ._store import InboxStore, Source

#: A window that holds more pages than this is read by the export engine (the poller reads that many first, and
#: holds them: the catch-up reads them again, so that the whole window is handed in in order).
CATCH_UP_PAGES = 3
#: Events stored per inbox transaction during the hand-in.
HAND_IN_BATCH = 2000
OPERATION = "GetEvents"


def spool_dir(
    connector: StripeConnector, cursor: str, base: str | os.PathLike[str] | None, connection: str = SINGLE
) -> Path:
    """Where a cursor's spool lives: under ``base`` (default: the temporary directory), named by a digest of the
    connection, the account (never the key) and the cursor, so the same poller finds it again after a restart
    and two connections' catch-ups never share one."""
    root = Path(base) if base is not None else Path(os.environ.get("TMPDIR", "/tmp")) / f"stripe-catch-up-{os.getuid()}"
    account = getattr(getattr(connector, "core", None), "rate_account", "")  # a stand-in connector has none
    digest = hashlib.sha256(f"{connection}\0{account}\0{cursor}".encode()).hexdigest()[:24]
    return root / digest


class CatchUp:
    """One catch-up of the window ``(after, until]`` into ``store``; see the module docstring."""

    def __init__(self, connector: StripeConnector, store: InboxStore, cursor: str, directory: Path,
                 types: list[str] | None = None, connection: str = SINGLE) -> None:  # fmt: skip
        self.connection = connection
        self.connector = connector
        self.store = store
        self.cursor = cursor
        self.directory = directory
        self.types = types
        self.plan_path = directory / "window.json"
        self.out_path = directory / "events.jsonl"
        self.checkpoint = directory / "events.checkpoint"
        #: The end of the window the last run read (a restarted one reads the window its killed run planned).
        self.last_until = 0

    def origin(self) -> int | None:
        """Where the store's cursor stands (None: no cursor yet): a plan holds only while it has not moved."""
        cursor = self.store.get_cursor(self.cursor, connection=self.connection)
        return None if cursor is None else cursor.created

    def planned(self) -> dict[str, Any] | None:
        """The window a killed run planned from the cursor as it stands, if any."""
        try:
            plan = json.loads(self.plan_path.read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(plan, dict) or plan.get("origin", -1) != self.origin():
            return None
        if not all(isinstance(plan.get(key), int) for key in ("after", "until", "split")):
            return None
        return plan if isinstance(plan.get("held"), list) else None

    def window(self, after: int, until: int, held: list[dict[str, Any]]) -> dict[str, Any]:
        """The window to read: the one a killed run had planned from this cursor, else ``(after, until]`` with the
        pages the poller read first (``held``, newest first), written down and fsynced before anything is read.
        The export reads ``(after, split]``, ``split`` the oldest second of ``held``."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        planned = self.planned()
        if planned is not None:
            return planned
        self.clear()
        split = min((event["created"] for event in held), default=until)
        plan = {"origin": self.origin(), "after": after, "until": until, "split": split, "held": held}
        descriptor = os.open(self.plan_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(json.dumps(plan, separators=(",", ":")))
            out.flush()
            os.fsync(out.fileno())
        return plan

    def pending(self) -> bool:
        """Whether a killed catch-up planned a window from the cursor as it stands (it goes on: its spool)."""
        return self.planned() is not None

    def clear(self) -> None:
        for path in (self.out_path, self.checkpoint, self.plan_path):
            path.unlink(missing_ok=True)

    def run(self, after: int, until: int, held: list[dict[str, Any]] | None = None) -> tuple[int, int, int]:
        """Read ``(after, until]`` into the spool, hand it in, move the cursor: (events read, added, pages).

        ``held``: the window's newest events, as the poller read them (newest first): not read again."""
        plan = self.window(after, until, held or [])
        after, until, split, held = plan["after"], plan["until"], plan["split"], plan["held"]
        self.last_until = until
        arguments: dict[str, Any] = {}
        if self.types and len(self.types) == 1:
            arguments["type"] = self.types[0]
        elif self.types:
            arguments["types"] = self.types
        job = ExportJob(self.connector.core, OPERATION, arguments, created_gte=after + 1, created_lt=split + 1,
                        checkpoint=str(self.checkpoint))  # fmt: skip
        if not job.done:
            spool = Spool(self.out_path, job)
            job.extra_provider = spool.synced_offset
            try:
                for received in export_pages(self.connector, job):
                    spool.write(received)
            finally:
                try:
                    job.save()
                finally:
                    spool.close()
        read = added = 0
        for batch in self.batches(job.extra.get("offset"), held):
            read += len(batch)
            added += sum(self.store.add_many(batch))
        self.store.set_cursor(self.cursor, until, connection=self.connection)
        self.clear()
        return read, added, job.committed_pages

    def batches(self, length: object, held: list[dict[str, Any]]) -> Iterator[list[tuple[Any, bytes, Source]]]:
        """The held events and the spool's, oldest first, each once, in batches: sorted by ``created``, and within
        one second in the reverse of the order read (each shard is written newest first, one second never spans
        shards, and the held pages are newer than anything the export read of their oldest second)."""
        if not isinstance(length, int):
            raise StripeResponseError("the catch-up spool has no recorded length: it cannot be handed in")
        lines = [_line(event) for event in held]
        index: list[tuple[int, int, int, int]] = []
        held_ids = set()
        for position, line in enumerate(lines):
            created, event_id, _ = line.split(b" ", 2)
            held_ids.add(event_id)
            index.append((int(created), len(lines) - position, -1, position))
        with open(self.out_path, "rb") as spool:
            offset = 0
            for number, raw in enumerate(spool):
                if offset + len(raw) > length:
                    break
                created, event_id, _ = raw.split(b" ", 2)
                if event_id not in held_ids:  # the oldest held second is read again by the export
                    index.append((int(created), -number, offset, len(raw)))
                offset += len(raw)
            index.sort()
            batch: list[tuple[Any, bytes, Source]] = []
            for _, _, start, size in index:
                if start < 0:
                    batch.append(_spooled(lines[size], self.connection))
                else:
                    spool.seek(start)
                    batch.append(_spooled(spool.read(size), self.connection))
                if len(batch) >= HAND_IN_BATCH:
                    yield batch
                    batch = []
            if batch:
                yield batch


class Spool(SpoolFile):
    """The export's output file: one event a line, checked (``parse_event``) and preceded by what the inbox keys
    it by (``created id account type livemode thin``), so that the hand-in sorts and stores without parsing JSON."""

    def line(self, item: Any) -> bytes:
        return _line(item)


def _line(item: Any) -> bytes:
    """An event as a spool line: checked, then ``created id account type livemode thin`` and its JSON."""
    try:
        event = parse_event(item)
    except InvalidInputError as exc:
        raise StripeResponseError(f"/v1/events answered something that is not an event: {exc}") from None
    fields = (event.created, event.id, event.account or "-", event.type, int(event.livemode), int(event.thin))
    return (" ".join(map(str, fields)) + " " + json.dumps(item, separators=(",", ":"))).encode("utf-8")


def _spooled(line: bytes, connection: str) -> tuple[Event, bytes, Source]:
    """A spool line as the inbox takes it: the event (its JSON parsed only if someone reads ``data``) and its bytes."""
    created, event_id, account, kind, livemode, thin, payload = line.rstrip(b"\n").split(b" ", 6)
    event = Event(id=event_id.decode(), type=kind.decode(), created=int(created),
                  account="" if account == b"-" else account.decode(), livemode=livemode == b"1", thin=thin == b"1",
                  data=_Deferred(payload), connection=connection)  # fmt: skip
    return event, payload, "poll"


class _Deferred(Mapping[str, Any]):
    """An event's JSON, parsed on first access (the hand-in stores the bytes; nothing there reads the fields)."""

    __slots__ = ("_payload", "_value")

    def __init__(self, payload: bytes) -> None:
        self._payload = payload
        self._value: dict[str, Any] | None = None

    def _loaded(self) -> dict[str, Any]:
        if self._value is None:
            self._value = json.loads(self._payload)
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())
