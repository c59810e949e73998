"""Starting a distributed export again until its lapsed run is taken over (the run lock's tests, in-process and with
real workers)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from stripe_connector.celery import ExportRunningError

T = TypeVar("T")


def until_taken_over(start: Callable[[], T], seconds: float) -> T:
    """``start()`` again while the run it would take is still held (``ExportRunningError``), for up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return start()
        except ExportRunningError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
