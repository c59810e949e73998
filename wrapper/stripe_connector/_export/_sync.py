"""The threaded scheduler of ``StripeConnector.export``: ``concurrency`` workers page shards, one consumer yields.

Every page goes through the connector's own send loop, so it spends from the connector's ``rate_limiter`` (the
same budget as every other call, shared across processes with ``RedisRateLimiter``) and gets its retries. On top
of those, a page that still fails with a rate limit, a 5xx or a connection failure is asked again after a pause
(``page_retries`` times): one page of a million is no reason to stop an export.

**Memory.** At most ``concurrency`` pages are being fetched and ``buffer_pages`` (default: ``concurrency``) wait
for the consumer; a worker with a page and a full buffer waits. So ``2 x concurrency + 1`` pages of at most 100
objects are held at once, whatever the size of the list.

**Delivery.** A page is committed when the consumer asks for the object after its last one; a checkpoint records
committed pages only. Resumed from a checkpoint, an iterator hands out again at most the pages that had not been
committed (the CLI writes them to a file that it truncates back to the checkpoint, so the file gets them once).
"""

from __future__ import annotations

import queue
import random
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import RateLimitError, StripeConnectionError, StripeServerError
from ._job import check_count

if TYPE_CHECKING:
    from .._client import StripeConnector
    from ._job import ExportJob
    from ._plan import PageRequest, Received

RETRYABLE = (RateLimitError, StripeConnectionError, StripeServerError)
DEFAULT_PAGE_RETRIES = 8


def retry_pause(attempt: int) -> float:
    """Seconds before asking a failed page again: 1, 2, 4... up to 16, with jitter."""
    return float(min(16.0, 2.0 ** (attempt - 1)) * random.uniform(0.5, 1.0))


class _Failure:
    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


def export_pages(
    connector: StripeConnector,
    job: ExportJob,
    *,
    buffer_pages: int | None = None,
    page_retries: int = DEFAULT_PAGE_RETRIES,
) -> Iterator[Received]:
    """Every page of ``job`` not yet committed, each once; see the module docstring."""
    buffer = check_count("buffer_pages", buffer_pages if buffer_pages is not None else job.concurrency)
    check_count("page_retries", page_retries, 0, 100)
    if job.done:
        return
    planner = job.planner
    lock = threading.Condition()
    stop = threading.Event()  # workers start nothing new
    closed = threading.Event()  # the consumer is gone: nothing more is handed over
    pages: queue.Queue[Received | _Failure | None] = queue.Queue(maxsize=buffer)
    working = [job.concurrency]

    def hand_over(item: Received | _Failure | None) -> bool:
        while not closed.is_set():
            try:
                pages.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def fetch(request: PageRequest) -> dict[str, Any]:
        prepared = job.request_for(request)
        attempt = 0
        while True:
            try:
                return connector.core.read_json(prepared, connector._send(prepared))
            except RETRYABLE:
                attempt += 1
                if attempt > page_retries or stop.is_set():
                    raise
            if connector._closing.wait(retry_pause(attempt)) or stop.is_set():
                from ..errors import ConnectorClosedError

                raise ConnectorClosedError("the export stopped while a page waited to be asked again")

    def work() -> None:
        try:
            while not stop.is_set():
                with lock:
                    request = planner.next_request()
                    while request is None and not planner.finished and not stop.is_set():
                        lock.wait(0.5)
                        request = planner.next_request()
                if request is None:
                    return
                try:
                    page = fetch(request)
                    with lock:
                        received = planner.receive(request, page)
                        lock.notify_all()
                except BaseException as exc:
                    stop.set()
                    with lock:
                        lock.notify_all()
                    hand_over(_Failure(exc))
                    return
                if not hand_over(received):
                    return
        finally:
            with lock:
                working[0] -= 1
                last = working[0] == 0
                lock.notify_all()
            if last:
                hand_over(None)

    threads = [threading.Thread(target=work, name=f"stripe-export-{n}", daemon=True) for n in range(job.concurrency)]
    for thread in threads:
        thread.start()
    try:
        while True:
            item = pages.get()
            if item is None:
                break
            if isinstance(item, _Failure):
                raise item.error
            yield item
            job.commit(item)
    finally:
        stop.set()
        closed.set()
        with lock:
            lock.notify_all()
        for thread in threads:
            thread.join()
        job.save()


def export_objects(connector: StripeConnector, job: ExportJob, **options: Any) -> Iterator[dict[str, Any]]:
    """The objects of :func:`export_pages`, one at a time."""
    for received in export_pages(connector, job, **options):
        yield from received.objects


RUN_OPTIONS = ("buffer_pages", "page_retries")


def start_export(
    connector: StripeConnector, tool_or_operation: str, arguments: Any = None, **options: Any
) -> Iterator[dict[str, Any]]:
    """``StripeConnector.export``: the job is set up (and its input checked) now; pages flow when iterated."""
    from ._job import ExportJob

    run = {name: options.pop(name) for name in RUN_OPTIONS if name in options}
    job = ExportJob(connector.core, tool_or_operation, arguments, **options)
    return export_objects(connector, job, **run)
