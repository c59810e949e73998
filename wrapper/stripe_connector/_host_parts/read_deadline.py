"""The read deadline of :mod:`.serving`: uvicorn's h11 protocol, with the whole of each request due within
``read_timeout`` seconds of its first byte (or of the connection opening). Imported only by a server (uvicorn)."""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

_FINISHED = (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR)
_TIMEOUT_ANSWER = b"HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"


class ReadDeadlineProtocol(H11Protocol):
    """See :mod:`.serving`; ``read_timeout`` is set on the subclass that :func:`.serving.deadline_protocol` makes."""

    read_timeout = 10.0
    _read_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._read_deadline is None:
            self._arm()  # the first bytes of the next request on a kept-alive connection
        super().data_received(data)
        self._settle()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._settle()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._read_deadline = self.loop.call_later(self.read_timeout, self._expired)

    def _disarm(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _settle(self) -> None:
        """The request is all in (or the connection is ending): no deadline until the next one starts. A kept-alive
        connection waiting for its next request is uvicorn's ``timeout_keep_alive``'s to close."""
        idle = self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE
        if self.conn.their_state in _FINISHED or (idle and not self.conn.trailing_data[0]):
            self._disarm()

    def _expired(self) -> None:
        self._read_deadline = None
        if self.transport.is_closing():
            return
        if self.conn.our_state is h11.IDLE:  # no answer started: say why before closing
            self.transport.write(_TIMEOUT_ANSWER)
        self.transport.close()
