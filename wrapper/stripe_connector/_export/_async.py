"""The asyncio scheduler of ``AsyncStripeConnector.export``: the threaded one's twin, with tasks instead of threads.

Same planner, same bounds (``concurrency`` pages being fetched, ``buffer_pages`` waiting), same delivery rule (a
page is committed when the consumer asks for the object after its last one), same retries of a failed page.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from ._job import check_count
from ._sync import DEFAULT_PAGE_RETRIES, RETRYABLE, RUN_OPTIONS, retry_pause

if TYPE_CHECKING:
    from .._async_client import AsyncStripeConnector
    from ._job import ExportJob
    from ._plan import PageRequest, Received


class _Failure:
    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


async def export_pages(
    connector: AsyncStripeConnector,
    job: ExportJob,
    *,
    buffer_pages: int | None = None,
    page_retries: int = DEFAULT_PAGE_RETRIES,
) -> AsyncIterator[Received]:
    """Every page of ``job`` not yet committed, each once (see ``_sync.export_pages``)."""
    buffer = check_count("buffer_pages", buffer_pages if buffer_pages is not None else job.concurrency)
    check_count("page_retries", page_retries, 0, 100)
    if job.done:
        return
    planner = job.planner
    changed = asyncio.Condition()
    pages: asyncio.Queue[Received | _Failure | None] = asyncio.Queue(maxsize=buffer)
    working = [job.concurrency]
    stopping = [False]

    async def fetch(request: PageRequest) -> dict[str, Any]:
        prepared = job.request_for(request)
        attempt = 0
        while True:
            try:
                return connector.core.read_json(prepared, await connector._send(prepared))
            except RETRYABLE:
                attempt += 1
                if attempt > page_retries or stopping[0]:
                    raise
            await asyncio.sleep(retry_pause(attempt))

    async def work() -> None:
        try:
            while not stopping[0]:
                async with changed:
                    request = planner.next_request()
                    while request is None and not planner.finished and not stopping[0]:
                        await changed.wait()
                        request = planner.next_request()
                if request is None:
                    return
                try:
                    page = await fetch(request)
                    received = planner.receive(request, page)
                except Exception as exc:
                    stopping[0] = True
                    await pages.put(_Failure(exc))
                    return
                finally:
                    async with changed:
                        changed.notify_all()
                await pages.put(received)
        finally:
            working[0] -= 1
            if working[0] == 0 and not stopping[0]:
                await pages.put(None)

    tasks = [asyncio.create_task(work()) for _ in range(job.concurrency)]
    try:
        while True:
            item = await pages.get()
            if item is None:
                break
            if isinstance(item, _Failure):
                raise item.error
            yield item
            job.commit(item)
    finally:
        stopping[0] = True
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        job.save()


async def export_objects(
    connector: AsyncStripeConnector, job: ExportJob, **options: Any
) -> AsyncIterator[dict[str, Any]]:
    async for received in export_pages(connector, job, **options):
        for item in received.objects:
            yield item


def start_export(
    connector: AsyncStripeConnector, tool_or_operation: str, arguments: Any = None, **options: Any
) -> AsyncIterator[dict[str, Any]]:
    """``AsyncStripeConnector.export``: the job is set up (and its input checked) now; pages flow when iterated."""
    from ._job import ExportJob

    run = {name: options.pop(name) for name in RUN_OPTIONS if name in options}
    job = ExportJob(connector.core, tool_or_operation, arguments, **options)
    return export_objects(connector, job, **run)
