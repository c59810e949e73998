"""The sans-IO core of one export run, shared by the threaded (``_sync``) and asyncio (``_async``) schedulers.

As the clients share one core and differ only in how they wait and send, the two schedulers share this: which page
to ask for and when, what a failed page means (asked again after a pause, or the end of the export), what comes
back and when the run is over. They only add threads and a queue, or tasks and an asyncio queue.

**Asked for at the moment it leaves.** A worker first waits until the planner has something to start
(:meth:`ExportRun.ready`), then for its slot in the rate budget (:class:`PaidGate`: the slot is paid before the page
is chosen, and the send loop does not pay it again), and only then asks the planner which page to fetch. So every
request is chosen knowing every page that came back while it waited for its slot: the first ones go out before any
answer (blind), the later ones where the objects turned out to be.

**Retries.** Every page goes through the connector's own send loop (its ``rate_limiter`` and retries). On top of
those, a page that still fails with a rate limit, a 5xx or a connection failure is asked again after a pause
(``page_retries`` times): one page of a million is no reason to stop an export.

**Delivery.** A page is committed when the consumer asks for the object after its last one; a checkpoint records
committed pages only (``ExportJob.commit``). Pages reach the consumer in the order they were received
(:class:`Turns`): a shard's pages must be committed in that order (``_plan``), and a worker that is descheduled (or
waits for room in the buffer) between receiving a page and handing it over would otherwise let the next page of the
same shard pass it. The checkpoint would then go back a page (handed out again on resume) or skip one.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar

from .._http.rate_limit import RateGate
from .._http.time_limits import budget_wait_bound
from ..errors import RateLimitError, StripeConnectionError, StripeServerError
from ._job import UNPACED_CONCURRENCY, ExportJob, check_count
from ._pace import InFlight, pace_of
from ._status import unwatch_job, watch_job

if TYPE_CHECKING:
    import threading

    from .._core.base import ConnectorCore
    from .._types.options import PreparedRequest
    from ._checkpoint import State
    from ._plan import PageRequest, Received

RETRYABLE = (RateLimitError, StripeConnectionError, StripeServerError)
DEFAULT_PAGE_RETRIES = 8
#: Pages that may wait for the consumer by default (the threaded scheduler's queue).
DEFAULT_BUFFER_PAGES = 32
#: Options of a run (the rest are the job's: see ``ExportJob``).
RUN_OPTIONS = ("buffer_pages", "page_retries")


def retry_pause(attempt: int) -> float:
    """Seconds before asking a failed page again: 1, 2, 4... up to 16, with jitter."""
    return float(min(16.0, 2.0 ** (attempt - 1)) * random.uniform(0.5, 1.0))


def new_job(
    core: ConnectorCore, tool_or_operation: str, arguments: Any, options: dict[str, Any]
) -> tuple[ExportJob, dict[str, Any]]:
    """``export(...)``'s job, set up (and its input and the run's options checked) before any page is fetched, and
    the run's options (``buffer_pages``, ``page_retries``; the rest of ``options`` are the job's)."""
    run = {name: options.pop(name) for name in RUN_OPTIONS if name in options}
    job = ExportJob(core, tool_or_operation, arguments, **options)
    ExportRun(job, **run)
    return job, run


class Failure:
    """A worker's exception, handed to the consumer in the page queue (it is raised there)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Turns:
    """Tickets in the order pages are received (taken with the page, under the scheduler's lock): a worker hands its
    page to the consumer only in its ticket's turn, so pages are handed out in the order they were received."""

    __slots__ = ("issued", "served")

    def __init__(self) -> None:
        self.issued = 0
        self.served = 0

    def take(self) -> int:
        """The ticket of a page just received."""
        ticket = self.issued
        self.issued += 1
        return ticket

    def is_turn(self, ticket: int) -> bool:
        """Whether every page received before ``ticket``'s has been handed over (or given up)."""
        return self.served == ticket

    def serve(self, ticket: int) -> None:
        """``ticket``'s page has been handed over (or given up: the consumer is gone): the next one's turn."""
        if self.served == ticket:
            self.served += 1


class PaidGate(RateGate):
    """A request's rate gate whose first slot was already waited for (before its page was chosen).

    The send loop waits at the gate before every attempt: the first wait is the one paid, later attempts (the
    connector's own retries) wait for a slot of their own, as every call does.
    """

    __slots__ = ("paid",)

    def __init__(self, gate: RateGate) -> None:
        super().__init__(gate.limiter, gate.budgets)
        self.attempts = gate.attempts
        self.paid = True

    def wait(self, max_wait: float = math.inf, closing: threading.Event | None = None) -> None:
        if self._use_paid():
            return
        super().wait(max_wait, closing)

    async def wait_async(self, max_wait: float = math.inf) -> None:
        if self._use_paid():
            return
        await super().wait_async(max_wait)

    def _use_paid(self) -> bool:
        if not self.paid:
            return False
        self.paid = False
        self.attempts += 1
        return True


class ExportRun:
    """One run of an export: its bounds, its workers' count and the decisions they take; see the module docstring.

    Not thread-safe: the threaded scheduler calls it under its lock (the asyncio one from its loop).
    """

    def __init__(self, job: ExportJob, *, buffer_pages: int | None = None, page_retries: int = DEFAULT_PAGE_RETRIES):
        size = buffer_pages if buffer_pages is not None else min(job.concurrency, DEFAULT_BUFFER_PAGES)
        #: Pages that may wait for the consumer (on top of those being fetched).
        self.buffer = check_count("buffer_pages", size)
        self.page_retries = check_count("page_retries", page_retries, 0, 100)
        self.job = job
        self.planner = job.planner
        #: How many pages to keep in flight; its pace is set by the scheduler (``set_pace``), unpaced until then.
        self.window = InFlight(job.concurrency, None)
        #: Workers started, and those not yet ended.
        self.started = 0
        self.working = 0
        #: Workers between ``claim`` and the end of their page (waiting for a slot, or fetching): at most the window.
        self.active = 0
        #: Set when the consumer is gone or a worker failed: nothing new starts.
        self.stopping = False
        #: Set by :meth:`close` (the checkpoint saved and released).
        self.closed = False
        #: Workers waiting for their slot in the budget (each to start a page that could start when it went).
        self.claimed = 0
        #: The order in which received pages go to the consumer (the order they were received).
        self.turns = Turns()
        job.pages_in_flight = self.in_flight
        watch_job(job)

    def in_flight(self) -> int:
        """Pages being fetched now (workers past their slot, before their page came back)."""
        return self.active - self.claimed

    def set_pace(self, pace: float | None, max_in_flight: int | None = None) -> None:
        """The budget's pace (requests/s; None: unpaced), from the scheduler's connector and rate limiter, and the
        connector's cap on attempts in flight (a page past it would wait for a free slot, its budget slot spent)."""
        self.window.pace = pace
        if max_in_flight is not None:
            self.window.cap = min(self.window.cap, max_in_flight)
        if pace is None and self.job.cap is None:
            self.window.cap = min(self.window.cap, UNPACED_CONCURRENCY)
        self._resize()

    def observe(self, seconds: float) -> None:
        """A page took ``seconds`` to come back (sent once, no retry): the window follows the latency."""
        self.window.observe(seconds)
        self._resize()

    def _resize(self) -> None:
        self.planner.concurrency = self.window.size

    def start_worker(self) -> bool:
        """Whether the scheduler should start one more worker (the window grew past those started); counts it."""
        if self.stopping or self.planner.finished or self.started >= self.window.size:
            return False
        self.started += 1
        self.working += 1
        return True

    @property
    def workers(self) -> int:
        """How many workers to start with."""
        return self.window.size

    # --- a worker's steps --------------------------------------------------------------------------------------------

    def ready(self) -> bool:
        """Whether a waiting worker should go on: a page could start that no worker waiting for its slot will
        take, or the run is over for it."""
        if self.stopping or self.planner.finished:
            return True
        return self.active < self.window.size and self.planner.startable() > self.claimed

    def claim(self) -> None:
        """A worker goes to wait for its slot, to start one of the pages that :meth:`ready` counted."""
        self.claimed += 1
        self.active += 1

    def over(self) -> bool:
        """Whether a worker should stop: the export is stopping, or every page has been received."""
        return self.stopping or self.planner.finished

    def take(self) -> PageRequest | None:
        """The page a worker that holds a slot asks for now (None: none any more; the slot goes unused)."""
        self.claimed -= 1
        request = None if self.stopping else self.planner.next_request()
        if request is None:
            self.active -= 1
        return request

    def prepare(self, request: PageRequest) -> PreparedRequest:
        return self.job.request_for(request)

    def pause_before_retry(self, attempt: int) -> float | None:
        """Seconds before asking a failed page again (after its ``attempt``-th failure); None when no more tries
        are left or the run is stopping (the failure is then the export's)."""
        if attempt > self.page_retries or self.stopping:
            return None
        return retry_pause(attempt)

    def receive(self, request: PageRequest, page: Mapping[str, Any]) -> tuple[Received, int]:
        """Take a page that came back: its worker's page is over, so one more may be in flight. With its ticket: the
        worker hands it to the consumer in that ticket's turn (:class:`Turns`)."""
        self.active -= 1
        received = self.planner.receive(request, page)
        return received, self.turns.take()

    def fail(self) -> None:
        """A worker failed (its exception goes to the consumer): nothing new starts."""
        self.stopping = True

    def worker_done(self) -> bool:
        """A worker ended; True for the last one (it tells the consumer that no more pages will come)."""
        self.working -= 1
        return self.working == 0

    # --- the consumer's steps ---------------------------------------------------------------------------------------

    def commit(self, received: Received) -> State | None:
        """The consumer has taken ``received``: the checkpoint state to save now, if one is due (``ExportJob``).

        Under the scheduler's lock: the workers change the planner (cut shards) while the consumer commits, and a
        snapshot taken half-way through a cut would hold the cut-off range twice."""
        return self.job.commit(received)

    def close(self) -> None:
        """The consumer is done (finished, stopped or failed): nothing new starts, and the checkpoint is saved.

        Once: the asyncio scheduler closes a run both when its iterator is dropped and when the loop finalises
        that iterator later, by which time a resumed run may hold the checkpoint (saved again, it would go back)."""
        if self.closed:
            return
        self.closed = True
        self.stopping = True
        unwatch_job(self.job)
        try:
            self.job.save()
        finally:
            self.job.release()


class GatedConnector(Protocol):
    """What both schedulers' connectors offer the workers: their rate gates and their attempt ``timeout``."""

    timeout: float
    core: ConnectorCore

    def _gate(self, request: PreparedRequest) -> RateGate: ...


ConnectorT = TypeVar("ConnectorT", bound=GatedConnector)

#: What a worker hands the consumer: a page, its failure, or None (the last worker is done).
Handed: TypeAlias = "Received | Failure | None"


class Workers(Generic[ConnectorT]):
    """What the workers of one run share, threads or tasks: the connector and the run."""

    def __init__(self, connector: ConnectorT, run: ExportRun) -> None:
        self.connector = connector
        self.run = run
        gate = self.slot_gate()
        run.set_pace(pace_of(gate.limiter, gate.budgets), connector.core.max_in_flight)

    def slot_gate(self) -> RateGate:
        """A gate on the budgets every page of the run spends from (those of the list's endpoint)."""
        return self.connector._gate(self.run.job.base)

    def slot_wait_bound(self) -> float:
        """The longest a worker waits for its slot in the budget (the connector's ``timeout``, as every call)."""
        return budget_wait_bound(self.connector.timeout, None)
