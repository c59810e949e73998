"""The watcher's interface, and the one that listens to nothing (what every call gets while no provider exists)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx


class Watch:
    """What the send loops tell a call's watcher; this one listens to nothing (``_watch.CallWatch`` does).

    The loops call it unconditionally, so each hook costs one empty method call when telemetry is off.
    """

    __slots__ = ()

    def __enter__(self) -> Watch:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """The call ended: with ``exc``, or with the last answer given to :meth:`answered`."""

    def waiting(self) -> None:
        """Before the rate budget's wait for the next attempt."""

    def sending(self) -> None:
        """The budget let the attempt go."""

    def answered(self, response: httpx.Response, retry_delay: float | None) -> None:
        """An attempt got an answer: final when ``retry_delay`` is None, else retried after that many seconds."""

    def failed(self, exc: BaseException, outcome: object) -> None:
        """An attempt failed to get an answer (``exc``); ``outcome`` is a float when it is retried."""


#: The watcher of every call while nothing listens.
UNWATCHED = Watch()
