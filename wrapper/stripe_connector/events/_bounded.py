"""Asking a platform's resolver (its database, vault or session store) with a bound on the wait.

The webhook receiver and the MCP server ask a platform-supplied function, per request, for a connection's secrets,
key or owner. A sync function runs in one of a few *daemon* threads, an async one on the loop; either gets
``timeout`` seconds. A function that never returns keeps its thread, but never the request (it is answered 503)
and never the process: daemon threads do not hold up its exit, where ``asyncio.to_thread`` and a
``ThreadPoolExecutor`` would make shutdown wait for it forever. With every thread stuck, later calls wait in the
queue and time out the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import queue
import threading
from collections.abc import Callable
from typing import Any

#: Threads for sync resolvers, per process.
THREADS = 8

_Job = tuple[Callable[[Any], Any], Any, "asyncio.Future[Any]", asyncio.AbstractEventLoop]
_jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
_started = 0
_start_lock = threading.Lock()


def is_async(function: object) -> bool:
    """Whether calling ``function`` gives a coroutine (an ``async def``, or an object with an async ``__call__``)."""
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(getattr(function, "__call__", None))  # noqa: B004


async def call_bounded(function: Callable[[Any], Any], argument: Any, timeout: float) -> Any:
    """``function(argument)``, awaited if it is async, in a daemon thread if not; ``TimeoutError`` after ``timeout``
    seconds (whatever it raises comes through)."""
    if is_async(function):
        return await asyncio.wait_for(function(argument), timeout)
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Any] = loop.create_future()
    _ensure_threads()
    _jobs.put((function, argument, future, loop))
    found = await asyncio.wait_for(future, timeout)
    return await asyncio.wait_for(found, timeout) if inspect.isawaitable(found) else found


def _ensure_threads() -> None:
    global _started
    if _started >= THREADS:
        return
    with _start_lock:
        while _started < THREADS:
            threading.Thread(target=_work, name=f"stripe-connector-resolver-{_started}", daemon=True).start()
            _started += 1


def _work() -> None:
    while True:
        function, argument, future, loop = _jobs.get()
        if future.cancelled():  # timed out while queued: do not call it at all
            continue
        try:
            outcome: tuple[bool, Any] = (True, function(argument))
        except BaseException as exc:  # handed to the waiting request, whatever it is
            outcome = (False, exc)
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            loop.call_soon_threadsafe(_settle, future, outcome)


def _settle(future: asyncio.Future[Any], outcome: tuple[bool, Any]) -> None:
    if future.done():
        return
    ok, value = outcome
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)
