"""``stripe-connector export``: a large list to a JSON Lines file, sharded, at the rate budget, resumable.

``stripe-connector export list_customers --out customers.jsonl`` writes one object per line. A checkpoint
(``--checkpoint``, default ``FILE.jsonl.checkpoint``; a path or ``sqlite:///path``) records each shard's cursor and
the file's length at that moment, after the file has been flushed and fsynced. Run the same command again after
a kill and it truncates the file back to that length (dropping whatever was written past the checkpoint) and goes
on from the cursors: the file ends with every object exactly once. Run it on a complete export and it says so and
leaves the file alone. The offset recorded is the end of the last page the checkpoint records as taken, never of
a page written after it (a failed write, a kill between the write and the commit).

An existing, non-empty ``--out`` that no checkpoint records is refused (``--overwrite`` replaces it), and so is a
second export on a checkpoint another one is using (an ``flock``, released when that export ends or dies). A
damaged checkpoint is refused too: in each case exit 2, nothing sent, the file untouched.

ExportProgress goes to stderr (objects, pages, objects/s, estimated time left); errors and exit codes are those of
``call`` (2 bad input, 3 Stripe's error, 4 unreachable, 5 unreadable answer), and after any of them the file and
its checkpoint are consistent, so the same command resumes.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import InvalidInputError
from ..export._file import SpoolFile

if TYPE_CHECKING:
    from ..export._job import ExportJob
    from ..export._plan import Received


def add_export_parser(commands: Any, add_connection_options: Any) -> None:
    """The ``export`` subcommand (called by ``cli.build_parser``; its help line is ``parser.FEATURE_HELP``'s)."""
    export = commands.add_parser(
        "export",
        description="Export every object of LIST (a list tool or list operation id) to --out as JSON Lines, "
        "paging created-time shards concurrently within the rate budget; resumable with the same command.",
        epilog="ARGS is a JSON object of the list's arguments (created narrows the range). Objects created after "
        "the export first started are not included. Exit codes as in `stripe-connector --help`.",
    )
    export.add_argument("tool", metavar="TOOL_OR_OPERATION")
    export.add_argument("arguments", nargs="?", metavar="ARGS", help='e.g. \'{"email": "a@b.c"}\'')
    export.add_argument("--out", required=True, metavar="FILE.jsonl", help="the JSON Lines file to write")
    export.add_argument("--checkpoint", metavar="URL", help="a path or sqlite:///path (default: FILE.checkpoint)")
    export.add_argument(
        "--concurrency", type=int, default=None, metavar="N", help="at most N pages in flight (default: pace x latency)"
    )
    export.add_argument(
        "--rate-limit", type=float, default=None, metavar="REQUESTS_PER_SECOND", help="pace every request at this"
    )
    export.add_argument("--created-gte", type=int, metavar="UNIX_TIME", help="only objects created at or after")
    export.add_argument("--created-lt", type=int, metavar="UNIX_TIME", help="only objects created before")
    export.add_argument("--stripe-account", metavar="ACCT", help="export a connected account's list")
    export.add_argument(
        "--connection", default="", metavar="ID", help="the platform connection it is for (its own checkpoint state)"
    )
    export.add_argument(
        "--checkpoint-every", type=float, default=1.0, metavar="SECONDS", help="seconds between checkpoints"
    )
    export.add_argument(
        "--page-retries",
        type=int,
        default=8,
        metavar="N",
        help="ask a page again N times after a 429/5xx/network failure",
    )
    export.add_argument(
        "--overwrite", action="store_true", help="replace an existing --out file that no checkpoint records"
    )
    export.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    add_connection_options(export, "")


class ExportProgress:
    """One line on stderr at most every ``every`` seconds, and one at the end."""

    def __init__(self, stream: IO[str], job: ExportJob, *, enabled: bool, every: float = 1.0) -> None:
        self.stream = stream
        self.job = job
        self.enabled = enabled
        self.every = every
        self.started = time.monotonic()
        self.first_objects = job.committed_objects
        self.shown = 0.0

    def line(self) -> str:
        """Objects, pages and requests in flight (the numbers of the ``stripe_connector.export.*`` gauges), with the
        rate since this run started and an estimate of the time left."""
        from ..export._status import export_numbers

        job = self.job
        numbers = export_numbers(job)
        elapsed = max(1e-9, time.monotonic() - self.started)
        rate = (numbers.objects - self.first_objects) / elapsed
        left = numbers.expected_left
        eta = "done" if numbers.done else ("?" if left is None or rate <= 0 else f"~{left / rate:,.0f} s left")
        return (
            f"stripe-connector export {job.source.name}: {numbers.objects:,} objects, {numbers.pages:,} pages, "
            f"{numbers.in_flight} in flight, {rate:,.0f} objects/s, {eta}"
        )

    def tick(self, *, final: bool = False) -> None:
        now = time.monotonic()
        if self.enabled and (final or now - self.shown >= self.every):
            self.shown = now
            self.stream.write(self.line() + "\n")
            self.stream.flush()


class ResumableFile(SpoolFile):
    """The export's output file (:class:`SpoolFile`), which refuses to overwrite a file no checkpoint records, and
    whose checkpoint records the file's length at the end of the last *committed* page (the consumer asked for the
    next one), found by the job's committed page count: a page written but not committed when the export stopped is
    cut off on the resume and fetched again, so it is in the file once.
    """

    def __init__(self, path: Path, job: ExportJob, *, overwrite: bool = False) -> None:
        if not job.resumed and not overwrite and _non_empty(path):
            raise InvalidInputError(
                "out",
                f"{path} exists and is not empty, and no checkpoint records an export to it: refusing to overwrite "
                "it (remove it, or pass --overwrite)",
            )
        super().__init__(path, job)
        self.job = job
        self.position = self.stream.tell()
        #: The file's length after each page written, by the count of pages taken (committed) once it is.
        self.ends: dict[int, int] = {job.committed_pages: self.position}
        self.written_pages = job.committed_pages

    def write(self, received: Received) -> int:
        written = super().write(received)
        self.position += written
        self.written_pages += 1
        self.ends[self.written_pages] = self.position
        return written

    def checkpoint_offset(self) -> int:
        """The end of the last committed page (every byte before it is on disk once :meth:`synced_offset` ran)."""
        committed = self.job.committed_pages
        for pages in [pages for pages in self.ends if pages < committed]:
            del self.ends[pages]
        return self.ends[committed]


def _non_empty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise InvalidInputError("out", f"cannot use {path}: {exc.strerror}") from None


def run_export(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[str]) -> int:
    """Run ``stripe-connector export``; errors propagate to ``cli.main`` (JSON on stderr, ``call``'s exit codes)."""
    from ..export._job import MAX_CONCURRENCY, ExportJob
    from ..export._pace import PacedRateLimiter
    from ..export._sync import export_pages
    from . import common as cli

    arguments = cli.read_json_object(args.arguments or "", "ARGS")
    out_path = Path(args.out)
    checkpoint = args.checkpoint or f"{out_path}.checkpoint"
    options = cli.connector_options(args)
    if args.rate_limit is not None:
        options["rate_limiter"] = PacedRateLimiter(args.rate_limit)
    # The export is this connector's only caller: its window (pace x latency, or --concurrency) is the cap on pages
    # in flight, not the per-connection default meant for connectors that share one pool.
    options["max_in_flight"] = max(MAX_CONCURRENCY, args.concurrency or 0)
    from .._clients.sync_client import StripeConnector  # httpx: only when run

    with StripeConnector(**options) as connector:
        job = ExportJob(
            connector.core,
            args.tool,
            arguments,
            checkpoint=checkpoint,
            **cli.from_args(
                args,
                "created_gte",
                "created_lt",
                "stripe_account",
                "connection",
                "concurrency",
                checkpoint_interval="checkpoint_every",
            ),
        )
        try:
            progress = ExportProgress(err, job, enabled=not args.quiet)
            if job.done:
                if not args.quiet:
                    err.write(progress.line() + f" (already complete in {out_path})\n")
                return cli.EXIT_OK
            output = ResumableFile(out_path, job, overwrite=args.overwrite)
            job.extra_provider = output.synced_offset
            if not job.resumed:
                job.save()  # the checkpoint records this --out before a byte is written: a run killed at once resumes
            pages = export_pages(connector, job, page_retries=args.page_retries)
            try:
                for received in pages:
                    output.write(received)
                    progress.tick()
            finally:
                try:
                    pages.close()  # the run's end: the checkpoint saved (what was written and taken) and released
                finally:
                    output.close()
            progress.tick(final=True)
        finally:
            job.release()
    return cli.EXIT_OK
