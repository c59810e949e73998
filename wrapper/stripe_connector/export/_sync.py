"""The threaded scheduler of ``StripeConnector.export``: ``concurrency`` workers page shards, one consumer yields.

The decisions (which page, when, what a failure means) are the sans-IO core's, ``_run.ExportRun``, shared with the
asyncio scheduler; this module adds threads, a condition and a bounded queue.

**Memory.** At most ``concurrency`` pages are being fetched and ``buffer_pages`` (default: ``concurrency``) wait
for the consumer; a worker with a page and a full buffer waits. So ``2 x concurrency + 1`` pages of at most 100
objects are held at once, whatever the size of the list.

**Delivery.** A page is committed when the consumer asks for the object after its last one; a checkpoint records
committed pages only. Resumed from a checkpoint, an iterator hands out again at most the pages that had not been
committed (the CLI writes them to a file that it truncates back to the checkpoint, so the file gets them once).
Workers hand pages over in the order they were received (``_run.Turns``), and the consumer commits (and takes the
checkpoint's state) under the workers' lock, writing it to the store after.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ConnectorClosedError
from ._run import RETRYABLE, ExportRun, Failure, Handed, PaidGate, Workers, new_job, retry_pause

if TYPE_CHECKING:
    from .._http.rate_limit import RateGate
    from ._job import ExportJob
    from ._plan import PageRequest, Received
    from ._protocols import SyncConnector

__all__ = ["RETRYABLE", "export_objects", "export_pages", "retry_pause", "start_export"]


class _StopOrClose(threading.Event):
    """Set when the run stops or the connector closes: a worker waiting for its slot stops waiting at once (the
    consumer is gone; joining it must not wait for a slot that nobody will use)."""

    def __init__(self, closing: threading.Event) -> None:
        super().__init__()
        self.closing = closing

    def is_set(self) -> bool:
        return super().is_set() or self.closing.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            super().wait(0.05 if left is None else min(left, 0.05))
        return True


class _Threads(Workers["SyncConnector"]):
    """The threads of one run: the run is theirs under ``lock``; pages go to the consumer through a bounded queue."""

    def __init__(self, connector: SyncConnector, run: ExportRun) -> None:
        super().__init__(connector, run)
        self.lock = threading.Condition()
        self.closed = threading.Event()  # the consumer is gone: nothing more is handed over
        self.stopped = _StopOrClose(connector._closing)
        self.pages: queue.Queue[Handed] = queue.Queue(maxsize=run.buffer)
        self.threads: list[threading.Thread] = []

    def grow(self) -> None:
        """Start the workers the window has room for (under ``lock``)."""
        while self.run.start_worker():
            self.new_thread().start()

    def start(self) -> None:
        """Start the first workers, each outside ``lock``: the first one sends its request while the others start.
        (Started under the lock, the first request waited for every thread of the first window to start: ~40
        threads, a tenth of a second or more on a loaded machine, before a CLI export's first request.)"""
        while True:
            with self.lock:
                if not self.run.start_worker():
                    return
                thread = self.new_thread()
            thread.start()

    def new_thread(self) -> threading.Thread:
        """A worker's thread, counted in ``threads`` (under ``lock``); the caller starts it."""
        thread = threading.Thread(target=self.work, name=f"stripe-export-{len(self.threads)}", daemon=True)
        self.threads.append(thread)
        return thread

    def hand_over(self, item: Handed) -> bool:
        while not self.closed.is_set():
            try:
                self.pages.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work(self) -> None:
        try:
            while self.step():
                pass
        except BaseException as exc:
            with self.lock:
                self.run.fail()
                self.lock.notify_all()
            self.hand_over(Failure(exc))
        finally:
            with self.lock:
                last = self.run.worker_done()
                self.lock.notify_all()
            if last:
                self.hand_over(None)

    def step(self) -> bool:
        """One page: wait for work, then for a slot, then fetch what the planner says now; False: stop."""
        with self.lock:
            self.lock.wait_for(self.run.ready, timeout=None)
            if self.run.over():
                return False
            self.run.claim()
        gate = self.slot_gate()
        gate.wait(self.slot_wait_bound(), self.stopped)
        with self.lock:
            request = self.run.take()
            self.lock.notify_all()
        if request is None:
            return True  # taken by another worker meanwhile: the slot goes unused
        page = self.fetch(request, PaidGate(gate))
        with self.lock:
            received, ticket = self.run.receive(request, page)
            self.grow()
            self.lock.notify_all()
        return self.hand_over_in_turn(received, ticket)

    def hand_over_in_turn(self, received: Received, ticket: int) -> bool:
        """Hand ``received`` over once every page received before it has been (``_run.Turns``)."""
        try:
            with self.lock:
                self.lock.wait_for(lambda: self.run.turns.is_turn(ticket) or self.closed.is_set())
            return self.hand_over(received)
        finally:
            with self.lock:
                self.run.turns.serve(ticket)
                self.lock.notify_all()

    def fetch(self, request: PageRequest, gate: RateGate) -> dict[str, Any]:
        prepared = self.run.prepare(request)
        attempt = 0
        while True:
            try:
                sent, attempts = time.monotonic(), gate.attempts
                response = self.connector._send(prepared, gate)
                if attempt == 0 and gate.attempts == attempts + 1:
                    with self.lock:
                        self.run.observe(time.monotonic() - sent)
                return self.connector.core.read_json(prepared, response)
            except RETRYABLE:
                attempt += 1
                with self.lock:
                    pause = self.run.pause_before_retry(attempt)
                if pause is None:
                    raise
            if self.connector._closing.wait(pause) or self.run.stopping:
                raise ConnectorClosedError("the export stopped while a page waited to be asked again")
            gate = self.connector._gate(prepared)

    def stop(self) -> None:
        with self.lock:
            self.run.stopping = True
            self.closed.set()
            self.stopped.set()
            self.lock.notify_all()
        for thread in list(self.threads):
            thread.join()


def export_pages(connector: SyncConnector, job: ExportJob, **options: Any) -> Generator[Received, None, None]:
    """Every page of ``job`` not yet committed, each once; see the module docstring."""
    run = ExportRun(job, **options)
    if job.done:
        job.release()
        return
    workers = _Threads(connector, run)
    workers.start()
    try:
        while (item := workers.pages.get()) is not None:
            if isinstance(item, Failure):
                raise item.error
            yield item
            with workers.lock:
                state = run.commit(item)
            if state is not None:
                job.save(state)
    finally:
        workers.stop()
        run.close()


def export_objects(connector: SyncConnector, job: ExportJob, **options: Any) -> Iterator[dict[str, Any]]:
    """The objects of :func:`export_pages`, one at a time."""
    for received in export_pages(connector, job, **options):
        yield from received.objects


def start_export(
    connector: SyncConnector, tool_or_operation: str, arguments: Any = None, **options: Any
) -> Iterator[dict[str, Any]]:
    """``StripeConnector.export``: the job is set up (and its input checked) now; pages flow when iterated."""
    job, run = new_job(connector.core, tool_or_operation, arguments, options)
    return export_objects(connector, job, **run)
