"""Meter event streams: Stripe's high-throughput usage recording (``/v2/billing/meter_event_stream``).

The stream is served from its own host (``meter-events.stripe.com``) and authenticated by a short-lived session
token, not the API key: ``POST /v2/billing/meter_event_session`` (on the main API host, with the key) answers an
``authentication_token`` and its ``expires_at`` (about fifteen minutes later). :class:`MeterEventStream` keeps one
session per stream:

* opened on the first send, and renewed before it expires (:data:`RENEW_BEFORE` seconds early, or a quarter of
  its life for a short one), under a lock, so concurrent senders renew once;
* its token is put on stream requests only, and a stream request goes to the meter events host only: the token
  never reaches another host, and the API key never reaches the stream (the request's own ``Authorization``
  replaces the connector's);
* a session that expires mid-stream anyway (a clock that runs late, a session revoked) is answered with HTTP 401;
  the session is then renewed and the same batch sent once more with the new token.

The token is never shown: not in ``repr``, not in a dry run (``Bearer <session token redacted>``), not in logs.
Batches are validated by the index's schema of the stream operation when the spec has one (``/v2`` specs do).
"""

from __future__ import annotations

import datetime
import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .._types.options import PreparedRequest
from ..errors import InvalidInputError, StripeAPIError, StripeResponseError

if TYPE_CHECKING:
    import httpx


class StreamCore(Protocol):
    """What a stream needs of the connector's core (``_core.base.ConnectorCore``, a layer above): reading JSON."""

    def read_json(self, request: PreparedRequest, response: httpx.Response) -> dict[str, Any]: ...


SESSION_PATH = "/v2/billing/meter_event_session"
STREAM_PATH = "/v2/billing/meter_event_stream"
METER_EVENTS_HOST = "meter-events.stripe.com"
#: Renew a session this many seconds before it expires (a quarter of its life, if that is shorter).
RENEW_BEFORE = 60.0
#: Stripe's cap on events in one stream request.
MAX_EVENTS_PER_REQUEST = 100
JSON_CONTENT_TYPE = "application/json"


def expiry_seconds(value: object) -> float:
    """``expires_at`` as Unix seconds: ``/v2`` answers RFC 3339 text; a number is taken as Unix seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=datetime.UTC)
            return parsed.timestamp()
    raise StripeResponseError("meter event session: expires_at is not a time")


class Session:
    """One meter event session: its token (never shown) and when it expires."""

    __slots__ = ("expires_at", "renew_at", "token")

    def __init__(self, token: str, expires_at: float, now: float) -> None:
        self.token = token
        self.expires_at = expires_at
        self.renew_at = expires_at - min(RENEW_BEFORE, max(0.0, expires_at - now) / 4)

    def __repr__(self) -> str:
        return f"Session(token=<redacted>, expires_at={self.expires_at})"


class MeterEventStream:
    """Send meter events through Stripe's stream, with a session kept open (see the module docstring).

    ``connector.meter_event_stream()`` makes one; ``send(events)`` sends a batch (up to
    :data:`MAX_EVENTS_PER_REQUEST` event objects: ``event_name``, ``payload``, optional ``identifier`` and
    ``timestamp``) and returns Stripe's JSON. Thread-safe; ``clock`` is for tests.
    """

    def __init__(self, connector: Any, *, clock: Callable[[], float] = time.time) -> None:
        self._connector = connector
        self._core: StreamCore = connector.core
        self._clock = clock
        self._session: Session | None = None
        self._lock = threading.Lock()
        self._validator: Any = False  # not looked up yet
        self._stream_host: str | None = None
        #: How many sessions this stream has opened (the first, and each renewal).
        self.sessions_opened = 0

    def __repr__(self) -> str:
        state = "no session" if self._session is None else f"session until {self._session.expires_at:.0f}"
        return f"MeterEventStream({state})"

    def __reduce_ex__(self, protocol: object) -> Any:
        raise TypeError("a MeterEventStream holds a session token and cannot be pickled")

    # --- requests ---------------------------------------------------------------------------------------------

    def session_request(self) -> PreparedRequest:
        """``POST /v2/billing/meter_event_session`` on the main API host, with the key (JSON, as ``/v2`` is)."""
        return PreparedRequest(
            tool="meter_event_session",
            method="POST",
            target=SESSION_PATH,
            body="{}",
            headers={"Content-Type": JSON_CONTENT_TYPE, "Idempotency-Key": str(uuid.uuid4())},
            host=self.host_of(SESSION_PATH, None),
        )

    def stream_request(self, events: Sequence[Mapping[str, Any]], session: Session) -> PreparedRequest:
        """A batch on the meter events host, authenticated by the session's token only."""
        host = self._stream_host
        if host is None:
            host = self._stream_host = self.host_of(STREAM_PATH, METER_EVENTS_HOST) or METER_EVENTS_HOST
        if "meter-events" not in host:  # the token is for the meter events host, and for it only
            raise InvalidInputError("events", f"the spec serves {STREAM_PATH} from {host}, not a meter events host")
        try:
            body = json.dumps({"events": list(events)}, ensure_ascii=False, separators=(",", ":"))
            body.encode("utf-8")
        except (ValueError, TypeError, UnicodeEncodeError, RecursionError):
            raise InvalidInputError("events", "holds a value that cannot be sent as JSON text") from None
        return PreparedRequest(
            tool="meter_event_stream",
            method="POST",
            target=STREAM_PATH,
            body=body,
            headers={
                "Content-Type": JSON_CONTENT_TYPE,
                "Authorization": f"Bearer {session.token}",
                "Idempotency-Key": str(uuid.uuid4()),
            },
            host=host,
        )

    @staticmethod
    def host_of(path: str, default: str | None) -> str | None:
        """The host the index gives ``POST path`` (a ``/v2`` spec has it), else ``default``."""
        from ._index import load_index

        found = load_index().match("POST", path)
        return found[0].host if found is not None else default

    def check(self, events: object) -> list[dict[str, Any]]:
        """The batch, checked before sending: plain JSON events (``event_name`` and ``payload`` of strings), and
        by the index's schema of the stream operation when the spec has one (walked: ``_request.schema_walk``).

        Events are small and flat, and a stream sends many: this is a check made for them, not the generic
        argument walk (which costs more than the send at this size; see ``bench/meter_bench.py``).
        """
        if not isinstance(events, Sequence) or isinstance(events, str | bytes):
            raise InvalidInputError("events", "must be a list of meter event objects")
        if not 1 <= len(events) <= MAX_EVENTS_PER_REQUEST:
            raise InvalidInputError("events", f"must hold 1 to {MAX_EVENTS_PER_REQUEST} events per request")
        batch: list[dict[str, Any]] = []
        for number, event in enumerate(events):
            if not isinstance(event, Mapping) or not isinstance(event.get("event_name"), str):
                raise InvalidInputError(f"events[{number}]", "must be an object with an event_name (text)")
            payload = event.get("payload")
            if not isinstance(payload, Mapping) or not all(
                isinstance(key, str) and isinstance(value, str) for key, value in payload.items()
            ):
                raise InvalidInputError(f"events[{number}].payload", "must be an object of text values")
            for name, value in event.items():
                if name != "payload" and not isinstance(value, str):
                    raise InvalidInputError(f"events[{number}].{name}", "must be text")
            batch.append(dict(event))
        validator = self.stream_validator()
        if validator is not None:
            try:
                validator({"events": batch})
            except ValueError as exc:  # the walker's or fastjsonschema's failure: where and why
                raise InvalidInputError("events", str(exc).removeprefix("data.")) from None
        return batch

    def stream_validator(self) -> Any:
        """The validator of the index's stream operation (a ``/v2`` spec has one), made once per stream: it walks
        the schema, or compiles what the walker does not judge (``maxItems``) once (``operations._as_tool``)."""
        if self._validator is False:
            from ._as_tool import ArgumentValidator
            from ._index import load_index

            found = load_index().match("POST", STREAM_PATH)
            self._validator = ArgumentValidator(found[0].input_schema) if found is not None else None
        return self._validator

    # --- the session --------------------------------------------------------------------------------------------

    def session(self, *, renew: Session | None = None) -> Session:
        """The open session, renewed when it is due (or when ``renew`` is the one the server just refused)."""
        with self._lock:
            current, now = self._session, self._clock()
            if current is not None and current is not renew and now < current.renew_at:
                return current
            return self._opened(self._read(self.session_request(), self._connector._send), now)

    def _opened(self, answer: Mapping[str, Any], now: float) -> Session:
        """The session Stripe answered (``authentication_token``, ``expires_at``), now the stream's."""
        token = answer.get("authentication_token")
        if not isinstance(token, str) or not token or not token.isprintable() or " " in token:
            raise StripeResponseError("meter event session: the answer has no usable authentication_token")
        self._session = Session(token, expiry_seconds(answer.get("expires_at")), now)
        self.sessions_opened += 1
        return self._session

    def _read(self, request: PreparedRequest, send: Callable[[PreparedRequest], httpx.Response]) -> dict[str, Any]:
        return self._core.read_json(request, send(request))

    # --- sending ------------------------------------------------------------------------------------------------

    def send(self, events: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Send one batch; a session that expired mid-stream is renewed and the batch sent once more."""
        batch = self.check(events)
        session = self.session()
        try:
            return self._read(self.stream_request(batch, session), self._connector._send)
        except StripeAPIError as exc:
            if exc.http_status != 401:
                raise
        session = self.session(renew=session)
        return self._read(self.stream_request(batch, session), self._connector._send)


class AsyncMeterEventStream(MeterEventStream):
    """:class:`MeterEventStream` for ``AsyncStripeConnector``: ``await stream.send(events)``."""

    def __init__(self, connector: Any, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(connector, clock=clock)
        import asyncio

        self._alock = asyncio.Lock()

    async def asession(self, *, renew: Session | None = None) -> Session:
        async with self._alock:
            current, now = self._session, self._clock()
            if current is not None and current is not renew and now < current.renew_at:
                return current
            request = self.session_request()
            return self._opened(self._core.read_json(request, await self._connector._send(request)), now)

    async def send(self, events: Sequence[Mapping[str, Any]]) -> dict[str, Any]:  # type: ignore[override]
        """``MeterEventStream.send``, awaited."""
        batch = self.check(events)
        session = await self.asession()
        request = self.stream_request(batch, session)
        try:
            return self._core.read_json(request, await self._connector._send(request))
        except StripeAPIError as exc:
            if exc.http_status != 401:
                raise
        session = await self.asession(renew=session)
        request = self.stream_request(batch, session)
        return self._core.read_json(request, await self._connector._send(request))
