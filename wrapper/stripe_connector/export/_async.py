"""The asyncio scheduler of ``AsyncStripeConnector.export``: the threaded one's twin, with tasks instead of threads.

Same core (``_run.ExportRun``: which page, when, what a failure means), same bounds (``concurrency`` pages being
fetched, ``buffer_pages`` waiting), same delivery rule (a page is committed when the consumer asks for the object
after its last one), same order (pages are handed over in the order they were received: a task waiting for room
in the queue could otherwise be passed by the next page of its shard). The run ends (checkpoint saved and free)
as the iterator ends, is closed or is dropped, however the consumer leaves it (``_async_close``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING, Any

from ._async_close import ClosingIterator, RunCloser
from ._run import RETRYABLE, ExportRun, Failure, Handed, PaidGate, Workers, new_job

if TYPE_CHECKING:
    from .._http.rate_limit import RateGate
    from ._job import ExportJob
    from ._plan import PageRequest, Received
    from ._protocols import AsyncConnector


class _Tasks(Workers["AsyncConnector"]):
    """The tasks of one run: the run is theirs (one event loop); pages go to the consumer through a bounded queue."""

    def __init__(self, connector: AsyncConnector, run: ExportRun) -> None:
        super().__init__(connector, run)
        self.changed = asyncio.Condition()
        self.pages: asyncio.Queue[Handed] = asyncio.Queue(maxsize=run.buffer)
        self.tasks: list[asyncio.Task[None]] = []
        self.grow()

    def grow(self) -> None:
        """Start the workers the window has room for."""
        while self.run.start_worker():
            self.tasks.append(asyncio.create_task(self.work()))

    async def work(self) -> None:
        try:
            while await self.step():
                pass
        except Exception as exc:
            self.run.fail()
            await self.notify()
            await self.pages.put(Failure(exc))
        finally:
            if self.run.worker_done() and not self.run.stopping:
                await self.pages.put(None)

    async def notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def step(self) -> bool:
        """One page: wait for work, then for a slot, then fetch what the planner says now; False: stop."""
        async with self.changed:
            await self.changed.wait_for(self.run.ready)
            if self.run.over():
                return False
            self.run.claim()
        gate = self.slot_gate()
        await gate.wait_async(self.slot_wait_bound())
        request = self.run.take()
        await self.notify()
        if request is None:
            return True  # taken by another task meanwhile: the slot goes unused
        try:
            page = await self.fetch(request, PaidGate(gate))
            received, ticket = self.run.receive(request, page)
            self.grow()
        finally:
            await self.notify()
        await self.hand_over_in_turn(received, ticket)
        return True

    async def hand_over_in_turn(self, received: Received, ticket: int) -> None:
        """Put ``received`` in the queue once every page received before it is there (``_run.Turns``)."""
        try:
            async with self.changed:
                await self.changed.wait_for(lambda: self.run.turns.is_turn(ticket))
            await self.pages.put(received)
        finally:
            self.run.turns.serve(ticket)
            await self.notify()

    async def fetch(self, request: PageRequest, gate: RateGate) -> dict[str, Any]:
        prepared = self.run.prepare(request)
        attempt = 0
        while True:
            try:
                sent, attempts = time.monotonic(), gate.attempts
                response = await self.connector._send(prepared, gate)
                if attempt == 0 and gate.attempts == attempts + 1:
                    self.run.observe(time.monotonic() - sent)
                return self.connector.core.read_json(prepared, response)
            except RETRYABLE:
                attempt += 1
                pause = self.run.pause_before_retry(attempt)
                if pause is None:
                    raise
            await asyncio.sleep(pause)
            gate = self.connector._gate(prepared)

    async def stop(self) -> None:
        self.run.stopping = True
        tasks = list(self.tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def aexport_pages(connector: AsyncConnector, job: ExportJob, **options: Any) -> ClosingIterator[Received]:
    """Every page of ``job`` not yet committed, each once (see ``_sync.export_pages``); the run is closed when the
    iterator ends, is closed or is dropped (``_async_close``)."""
    closer = RunCloser(job)
    return ClosingIterator(_pages(connector, job, closer, **options), closer)


def aexport_objects(connector: AsyncConnector, job: ExportJob, **options: Any) -> ClosingIterator[dict[str, Any]]:
    """The objects of :func:`aexport_pages`, one at a time (the run closed as that one's)."""
    closer = RunCloser(job)
    return ClosingIterator(_objects(_pages(connector, job, closer, **options)), closer)


async def _pages(
    connector: AsyncConnector, job: ExportJob, closer: RunCloser, **options: Any
) -> AsyncGenerator[Received, None]:
    run = ExportRun(job, **options)
    if job.done:
        job.release()
        return
    closer.started(run)
    workers = _Tasks(connector, run)
    try:
        while (item := await workers.pages.get()) is not None:
            if isinstance(item, Failure):
                raise item.error
            yield item
            state = run.commit(item)  # one event loop: nothing changes the planner meanwhile
            if state is not None:
                job.save(state)
    finally:
        try:
            await workers.stop()
        finally:
            run.close()  # even if a cancellation ends the wait for the workers


async def _objects(pages: AsyncGenerator[Received, None]) -> AsyncGenerator[dict[str, Any], None]:
    try:
        async for received in pages:
            for item in received.objects:
                yield item
    finally:
        await pages.aclose()  # closed with this iterator (``aclosing``), not when the loop finalises it


def astart_export(
    connector: AsyncConnector, tool_or_operation: str, arguments: Any = None, **options: Any
) -> AsyncIterator[dict[str, Any]]:
    """``AsyncStripeConnector.export``: the job is set up (and its input checked) now; pages flow when iterated."""
    job, run = new_job(connector.core, tool_or_operation, arguments, options)
    return aexport_objects(connector, job, **run)
