"""The webhook receiver: an ASGI app that verifies, stores, and only then answers 2xx.

Order is the whole point (Pipedream answers before handing on, and a crash loses the event): the body is read up to
a cap, its signature verified against every configured secret, its JSON checked to be a Stripe event, and the event
written to the inbox (flushed to disk) *before* the 200 goes out. A repeat of a stored event is answered 200 too
(Stripe stops retrying) and stores nothing new. Everything refused gets a 4xx with a JSON error and stores nothing;
a store that fails gets a 503, so Stripe delivers again later.

Many connections (a platform whose every customer has a Stripe account): give ``secrets`` as a mapping or a callable
from a connection id to that connection's secrets (:mod:`._connection_secrets`); the receiver then serves
``{path}/{connection id}``, verifies each delivery with its own connection's secrets only (one lookup), and stores
the event under its connection. An unknown connection is answered exactly as a bad signature is; a resolver that
raises or hangs makes a 503.

Writes are grouped: concurrent deliveries wait together for one transaction (one disk flush) in a writer thread,
so durable storage costs about one flush per *batch* of deliveries, not one per delivery. Runs under uvicorn or any
ASGI server: ``uvicorn.run(webhook_app(open_store("sqlite:///events.db"), secrets))``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import secrets as random_secrets
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from typing import Any

from .._request.connection_id import SINGLE
from ..errors import InvalidInputError, WebhookSignatureError
from ..telemetry._events import TOO_OLD, Delivery, delivery
from ._connection_secrets import (
    DEFAULT_RESOLVE_TIMEOUT,
    ConnectionSecrets,
    SecretsResolver,
    SecretsUnavailable,
    is_resolver,
)
from ._event import Event, parse_event
from ._signature import DEFAULT_TOLERANCE, WebhookSecrets, verify_signature
from ._status import watch_store
from ._store import InboxStore

logger = logging.getLogger("stripe_connector.events")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

DEFAULT_PATH = "/stripe/webhook"
#: Stripe's event payloads are far below this; a larger body is not one of them (and must not fill the memory).
DEFAULT_MAX_BODY = 1024 * 1024
#: The most deliveries written in one transaction.
MAX_BATCH = 256


#: A delivery waiting for the writer: its event, body, the future its request awaits, and its trace context.
_Item = tuple[Event, bytes, "asyncio.Future[bool]", asyncio.AbstractEventLoop, str | None]


class _Writer:
    """One thread that writes what concurrent requests hand it, many per transaction."""

    def __init__(self, store: InboxStore) -> None:
        self.store = store
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    async def add(self, event: Event, payload: bytes, trace_parent: str | None = None) -> bool:
        self._ensure_started()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        self._queue.put((event, payload, future, loop, trace_parent))
        return await future

    def _ensure_started(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="stripe-events-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)
                    break
                batch.append(item)
            self._write(batch)

    def _write(self, batch: Sequence[_Item]) -> None:
        try:
            results: list[bool] | BaseException = self.store.add_many(
                [(e, p, "webhook") for e, p, *_ in batch], trace_parents=[item[4] for item in batch]
            )
        except Exception as exc:
            logger.error("the inbox could not store %d event(s): %s", len(batch), exc)
            results = exc
        for index, (_, _, future, loop, _) in enumerate(batch):
            outcome = results if isinstance(results, BaseException) else results[index]
            loop.call_soon_threadsafe(_settle, future, outcome)

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=10)


class _Disconnected(Exception):
    """The connection closed before the request's body was complete: part of a body is never an event."""


def _settle(future: asyncio.Future[bool], outcome: bool | BaseException) -> None:
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


class WebhookApp:
    """The receiver as an ASGI app: verify with ``secrets`` (several while rolling), store in ``store``, then 200.

    ``secrets`` may instead be a mapping or a callable (sync or async) from a connection id to its secrets: then
    ``{path}/{connection id}`` is served, each event is stored with its ``connection`` (see the module docstring),
    and a resolver gets ``resolve_timeout`` seconds per delivery.
    ``on_stored(event)`` runs after a *new* event is stored (e.g. ``dispatcher.wake.set``); repeats do not call it.
    ``close()`` stops its writer thread (lifespan shutdown does too). ``webhook_app`` is another name for it.
    """

    def __init__(
        self,
        store: InboxStore,
        secrets: WebhookSecrets | str | Iterable[str] | SecretsResolver,
        *,
        path: str = DEFAULT_PATH,
        max_body: int = DEFAULT_MAX_BODY,
        tolerance: int = DEFAULT_TOLERANCE,
        on_stored: Callable[[Event], object] | None = None,
        resolve_timeout: float = DEFAULT_RESOLVE_TIMEOUT,
    ) -> None:
        #: Per connection (a mapping or callable), or None when one set of secrets serves ``path`` itself.
        self.connections: ConnectionSecrets | None = None
        self.secrets: WebhookSecrets | None = None
        if is_resolver(secrets):
            self.connections = ConnectionSecrets(secrets, timeout=resolve_timeout)  # type: ignore[arg-type]
            # An unknown connection is verified against this (it matches nothing): the same answer, the same work.
            self._decoy = WebhookSecrets("whsec_" + random_secrets.token_hex(24))
        else:
            self.secrets = secrets if isinstance(secrets, WebhookSecrets) else WebhookSecrets(secrets)  # type: ignore[arg-type]
        if not isinstance(path, str) or not path.startswith("/"):
            raise InvalidInputError("path", "must be a URL path like /stripe/webhook")
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
            raise InvalidInputError("max_body", "must be a number of bytes >= 1")
        self.store = store
        self.path = path
        self.max_body = max_body
        self.tolerance = tolerance
        self.on_stored = on_stored
        self._writer = _Writer(store)
        #: The path as the delivery span names it (a connection's id is the caller's text: never in a span name).
        self.route = path if self.connections is None else f"{path}/{{connection}}"
        watch_store(store)

    def __repr__(self) -> str:
        secrets = self.secrets if self.connections is None else self.connections
        return f"WebhookApp(path={self.path!r}, store={self.store!r}, secrets={secrets!r})"

    def close(self) -> None:
        self._writer.close()
        if self.connections is not None:
            self.connections.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        with delivery(self.route) as watched:
            await self._deliver(scope, receive, send, watched)

    async def _deliver(self, scope: Scope, receive: Receive, send: Send, watched: Delivery) -> None:
        """Verify, store, answer; ``watched`` is told the outcome (the delivery span and the outcome count)."""
        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, error, extra = refusal
            watched.ended(error["type"], status)
            await _answer(send, status, {"error": error}, extra)
            return
        try:
            body = await self._read_body(receive)
        except _Disconnected:
            watched.ended("disconnected", 499)
            return  # the client went (or was cut off by the read deadline) before its body was all in: no event
        if body is None:
            watched.ended("too_large", 413)
            await self._too_large(send)
            return
        event = await self._verified(scope["path"], headers.get(b"stripe-signature"), body)
        if not isinstance(event, Event):
            watched.ended(_outcome_of(event), event[0])
            await _answer(send, *event)
            return
        try:
            new = await self._writer.add(event, body, watched.traceparent)
        except Exception:
            watched.ended("store_unavailable", 503, event=event, connection=event.connection)
            await _answer(send, 503, {"error": {"type": "store_unavailable", "message": "not stored; deliver again"}})
            return
        watched.ended("accepted" if new else "duplicate", 200, event=event, connection=event.connection)
        if new and self.on_stored is not None:
            self.on_stored(event)
        await _answer(send, 200, {"received": True, "id": event.id, "duplicate": not new})

    async def _verified(self, path: str, signature: bytes | None, body: bytes) -> Event | tuple[int, object]:
        """The event of a delivery, verified with its connection's secrets; else the (status, body) to answer."""
        connection = self._connection_of(path)
        try:
            secrets = await self._secrets_of(connection)
        except SecretsUnavailable:
            return 503, {"error": {"type": "secrets_unavailable", "message": "not stored; deliver again"}}
        try:
            verify_signature(body, signature.decode("latin-1") if signature is not None else None, secrets,
                             tolerance=self.tolerance)  # fmt: skip
        except WebhookSignatureError as exc:
            return 400, {"error": {"type": "signature", "reason": exc.reason, "message": str(exc)}}
        try:
            return parse_event(body, connection=connection)
        except InvalidInputError as exc:
            return 400, {"error": {"type": "invalid_event", "message": exc.message}}

    def _refusal(
        self, scope: Scope, headers: dict[bytes, bytes]
    ) -> tuple[int, dict[str, str], list[tuple[bytes, bytes]]] | None:
        """What to answer before reading the body (wrong path or method, a declared size over the cap), or None."""
        if self.connections is None and scope["path"] != self.path:
            return 404, {"type": "not_found", "message": f"only {self.path} is served"}, []
        if self.connections is not None and not scope["path"].startswith(self.path + "/"):
            return 404, {"type": "not_found", "message": f"only {self.path}/<connection id> is served"}, []
        if scope["method"] != "POST":
            return 405, {"type": "method_not_allowed", "message": "only POST"}, [(b"allow", b"POST")]
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return 413, {"type": "too_large", "message": f"bodies over {self.max_body} bytes"}, []
        return None

    def _connection_of(self, path: str) -> str:
        """The connection a delivery names: its path's last part (any text: checked by the lookup), or ``""``."""
        return SINGLE if self.connections is None else path[len(self.path) + 1 :]

    async def _secrets_of(self, connection: str) -> WebhookSecrets:
        """The secrets to verify with: the one set, the connection's, or the decoy for an unknown connection."""
        if self.connections is None:
            assert self.secrets is not None
            return self.secrets
        found = await self.connections.lookup(connection)
        return self._decoy if found is None else found

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, send: Send) -> None:
        await _answer(send, 413, {"error": {"type": "too_large", "message": f"bodies over {self.max_body} bytes"}})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await asyncio.to_thread(self.close)
                await send({"type": "lifespan.shutdown.complete"})
                return


def _outcome_of(refused: tuple[int, object]) -> str:
    """A refused delivery's outcome, from the error it is answered with: ``bad_signature`` (an unknown connection
    too: it is answered as one), ``too_old``, ``invalid_event``, ``secrets_unavailable``."""
    _, body = refused
    error = body.get("error", {}) if isinstance(body, dict) else {}
    kind = str(error.get("type", "error"))
    if kind == "signature":
        return "too_old" if error.get("reason") == TOO_OLD else "bad_signature"
    return kind


async def _answer(send: Send, status: int, body: object, extra: Sequence[tuple[bytes, bytes]] = ()) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


#: The receiver as an ASGI app: ``webhook_app(store, secrets, path=..., max_body=..., tolerance=..., on_stored=...)``.
#: One name for the class, so that its options are written once (see :class:`WebhookApp`).
webhook_app = WebhookApp
