"""The iterator an asyncio export hands out: its run closed at once however the consumer leaves it.

A sync generator left by a ``break``, an exception or ``close()`` is closed on the spot, and its export with it:
the checkpoint saved and its file free for a resume. An async generator is not. Left by a ``break`` or a cancelled
task, it is finalised when the event loop gets round to it, some turns later (and its page generator after it);
``aclose()`` before its first step runs none of its code; and a cancellation that lands while it waits for its
workers to stop would end its ``finally`` there. Each of those left the checkpoint held: a resume on it right after
was refused as "another export is running".

So the scheduler's generators are wrapped in :class:`ClosingIterator`, whose ``aclose()`` and whose dropping (a
``weakref.finalize``, called as the last reference goes, as a sync generator's close is) close the run through a
:class:`RunCloser`; closing a run twice does nothing (``ExportRun.close``). The generator itself is still finalised
by the loop after, which cancels the workers (they hand nothing over once the run is closed).

An iterator a frame still names (a traceback kept by a cancelled task holds its frames) is not dropped: close it with
``contextlib.aclosing``, as Python advises for async generators.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ._job import ExportJob
    from ._run import ExportRun

Item = TypeVar("Item")


class RunCloser:
    """Closes one export's run (or, before it started, releases its job's hold on the checkpoint)."""

    __slots__ = ("job", "loop", "run")

    def __init__(self, job: ExportJob) -> None:
        self.job = job
        self.run: ExportRun | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def started(self, run: ExportRun) -> None:
        """``run`` has started, in the running event loop (its workers are tasks of that loop)."""
        self.run = run
        self.loop = asyncio.get_running_loop()

    def close(self) -> None:
        run = self.run
        if run is None:
            self.job.release()  # never started: nothing to save
            return
        loop = self.loop
        if loop is not None and loop.is_running() and _running_loop() is not loop:
            loop.call_soon_threadsafe(run.close)  # dropped in another thread: the run belongs to its loop
            return
        run.close()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class ClosingIterator(AsyncIterator[Item]):
    """An async generator of an export whose run is closed by ``aclose()``, or as soon as it is dropped."""

    __slots__ = ("__weakref__", "_closer", "_inner")

    def __init__(self, inner: AsyncGenerator[Item, None], closer: RunCloser) -> None:
        self._inner = inner
        self._closer = closer
        weakref.finalize(self, closer.close).atexit = False

    def __aiter__(self) -> ClosingIterator[Item]:
        return self

    def __anext__(self) -> Awaitable[Item]:
        return self._inner.__anext__()

    async def aclose(self) -> None:
        """Close the generator (its ``finally`` closes a started run), then the run: one that never started has
        only its hold on the checkpoint to release. Not while another task is inside it (that raises first)."""
        await self._inner.aclose()
        self._closer.close()
