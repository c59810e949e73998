"""httpcore's connection pools, their bookkeeping pass made linear (and three of its bugs fixed).

httpcore runs ``_assign_requests_to_connections`` every time a request joins or leaves a pool. In httpcore 1.0.9
that pass is quadratic: for each idle connection it counts every connection, for each queued request it scans
every connection twice, and it polls every idle socket each time. With the shared transports' pool (256
connections) at 100 calls in flight the pass dominated an async round: ~2.5 ms of CPU per call against ~0.5 ms
with this one (bench/pool_cpu.py). It also handed one idle HTTP/1.1 connection to every queued request at once,
all but one of which then failed to start and queued again, and it had three bugs, all fixed here:

* its keep-alive limit counted *all* connections, not the idle ones, so idle connections were closed whenever the
  pool held more than ``max_keepalive_connections`` (connections torn down and opened again under load);
* it could close an idle connection it had already handed to a queued request whose waiter had not yet started
  it (encode/httpcore#1110): a thread that had just started its request on it then waits for its read timeout;
* a connection made for a request cancelled before it started stayed in the pool for ever, never connected
  (encode/httpcore#1093): with the async connector's ``asyncio.timeout`` around each attempt, enough of them fill
  a long-lived shared pool, and every later call waits for its pool timeout.

:func:`assign` is one pass over the connections and one over the requests:

1. closed connections are dropped, expired and orphaned ones closed, except one a pending request holds (whether
   an idle connection expired is asked at most once a second, see :data:`SWEEP_SECONDS`, and as it is handed
   out);
2. each queued request gets, from one snapshot, an available connection that can serve its origin (an idle
   HTTP/1.1 connection to one request only: handing it to two made the second fail and queue again), else a new
   connection while under ``max_connections``, else one whose idle slot it takes (that idle one is closed);
3. idle connections nobody holds beyond ``max_keepalive_connections`` are closed, oldest first.

What goes on the wire does not change: each request is sent as before, and idle connections are reused in the
same order (oldest available first). What differs is how many connections a burst uses and how many are closed:
concurrent calls each get their own connection, up to ``max_connections`` (in httpcore most of a burst bounced off
one connection and waited, so fewer were opened); none is closed for nothing (the first bug) or under a request
(the second); orphans leave the pool (the third); and a socket the server closed while idle is closed by us within
a second rather than on the next pass (never after being handed a request).

The pools are installed by class swap on the pool httpx builds (:func:`make_linear`). If httpcore's pool does not
have the shape this relies on (``_connections``, ``_requests``, the limits, ``create_connection``, the pass itself,
the pool requests' ``assign_to_connection``; httpcore 1.x), or is of a class not known here (a SOCKS proxy's),
:func:`make_linear` leaves httpcore's own pool, and its pass, in place.
"""

from __future__ import annotations

import time
from typing import Any

import httpcore

#: The attributes of httpcore's pools that :func:`assign` reads and writes.
_POOL_SHAPE = (
    "_connections",
    "_requests",
    "_max_connections",
    "_max_keepalive_connections",
    "_http2",
    "create_connection",
    "_assign_requests_to_connections",
)


#: How often, at most, a pass asks every idle connection whether it has expired. Asking polls the socket (has the
#: server closed it?) through several layers (anyio builds a dict of its attributes per question): at 100 calls in
#: flight with 64 kept alive, asking on every pass was a third of the client's CPU. Between sweeps an idle
#: connection is asked only as it is handed out, so an expired one is never given a request.
SWEEP_SECONDS = 1.0


def assign(pool: Any) -> list[Any]:
    """The pool's bookkeeping pass, linear in connections plus requests; returns the connections to close.

    Called with the pool's lock held (as httpcore calls its own pass); the caller closes what is returned.
    """
    held: set[int] = set()  # connections a pool request holds (assigned and waiting to start, or running)
    queued = []
    for request in pool._requests:
        connection = request.connection
        if connection is None:
            queued.append(request)
        else:
            held.add(id(connection))
    now = time.monotonic()
    swept = getattr(pool, "_linear_swept_at", None)
    sweep = swept is None or now - swept >= SWEEP_SECONDS
    if sweep:
        pool._linear_swept_at = now
    room = _sweep(pool, held, sweep)
    if queued:
        _place(pool, queued, room, sweep)
    surplus = len(room.free) - room.spent_free - pool._max_keepalive_connections
    while surplus > 0 and room.evict_one_idle():  # oldest first
        surplus -= 1
    pool._connections = room.settle()
    return room.closing


class _Room:
    """The pool's connections during a pass: those kept, the idle ones nobody holds (oldest first: the pool's
    order is the order they were made in), those that could take a request now, and what to close."""

    def __init__(self) -> None:
        self.kept: list[Any] = []
        self.free: list[Any] = []
        self.available: list[Any] = []
        self.closing: list[Any] = []
        self.taken: set[int] = set()  # not to be handed out again in this pass: given (HTTP/1.1) or closed
        self.spoken: set[int] = set()  # given to a request in this pass: never closed by it
        self.dropped: set[int] = set()  # closed in this pass, after the sweep
        self.count = 0  # connections kept, less those dropped, plus those made
        self.spent_free = 0  # of ``free``, how many were given or closed in this pass
        self._next_free = 0

    def drop(self, connection: Any) -> None:
        """Close ``connection``, one of ``free``, and take it out of the pool."""
        self.taken.add(id(connection))
        self.spent_free += 1
        self.dropped.add(id(connection))
        self.closing.append(connection)
        self.count -= 1

    def give(self, connection: Any, is_free: bool, single: bool) -> None:
        """``connection`` is handed to a request: never closed by this pass, and (HTTP/1.1) not handed out again."""
        key = id(connection)
        if single:
            self.taken.add(key)
        if key not in self.spoken:
            self.spoken.add(key)
            self.spent_free += is_free

    def evict_one_idle(self) -> bool:
        """Close the oldest idle connection nobody holds; False if there is none."""
        free, taken, spoken = self.free, self.taken, self.spoken
        while self._next_free < len(free) and (
            id(free[self._next_free]) in taken or id(free[self._next_free]) in spoken
        ):
            self._next_free += 1
        if self._next_free == len(free):
            return False
        self.drop(free[self._next_free])
        return True

    def settle(self) -> list[Any]:
        """The pool's connections after this pass."""
        if not self.dropped:
            return self.kept
        return [connection for connection in self.kept if id(connection) not in self.dropped]


def _sweep(pool: Any, held: set[int], sweep: bool) -> _Room:
    """One walk over the connections: drops the closed, closes the expired unless a request holds them.

    Idle connections are asked whether they expired only when ``sweep`` (see :data:`SWEEP_SECONDS`). A connection
    no request holds is idle, unless the request it was made for went away before starting it (cancelled, or
    timed out waiting, just as it was handed the connection): such an orphan, never connected, is closed.
    """
    room = _Room()
    kept, free, available, closing = room.kept, room.free, room.available, room.closing
    http2 = pool._http2
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if id(connection) in held:  # never closed under a request, even if it looks idle or expired
            kept.append(connection)
            if http2 and connection.is_available():  # an HTTP/2 one can take more
                available.append(connection)
            continue
        if not connection.is_idle():  # made for a request that went away before starting it: nobody will
            closing.append(connection)  # (httpcore keeps it, holding a slot for ever: encode/httpcore#1093)
            continue
        if sweep and connection.has_expired():
            closing.append(connection)
            continue
        kept.append(connection)
        free.append(connection)
        if connection.is_available():
            available.append(connection)
    room.count = len(kept)
    return room


def _place(pool: Any, queued: list[Any], room: _Room, swept: bool) -> None:
    """Give each queued request a connection, from the snapshot ``room.available``.

    With HTTP/2 off (how httpx builds our transports) every connection is HTTP/1.1 and takes one request; with it
    on, a connection stays a candidate after assignment (an HTTP/2 one multiplexes; an HTTP/1.1 one given twice
    makes the second request queue again, as in httpcore). An idle connection not asked in this pass's sweep is
    asked as it is handed out, and closed instead if it has expired.
    """
    single = not pool._http2
    free_ids = {id(connection) for connection in room.free}
    candidates: dict[tuple[bytes, bytes, int], list[Any]] = {}  # by origin (httpcore's Origin is not hashable)
    for request in queued:
        origin = request.request.url.origin
        key = (origin.scheme, origin.host, origin.port)
        fits = candidates.get(key)
        if fits is None:  # newest last, so that pop() hands out the oldest first, as httpcore does
            fits = candidates[key] = [c for c in room.available if c.can_handle_request(origin)][::-1]
        connection = _pick(fits, room, free_ids, single, swept)
        if connection is None:
            if room.count >= pool._max_connections and not room.evict_one_idle():
                continue  # every connection is busy: the request waits for one to be released
            connection = pool.create_connection(origin)
            room.kept.append(connection)
            room.count += 1
            if not single and connection.is_available():
                fits.append(connection)
        else:
            room.give(connection, id(connection) in free_ids, single)
        request.assign_to_connection(connection)


def _pick(fits: list[Any], room: _Room, free_ids: set[int], single: bool, swept: bool) -> Any:
    """The next usable connection of ``fits`` (popped if ``single``), or None; expired idle ones met are closed."""
    taken = room.taken
    while fits:
        connection = fits[-1]
        if id(connection) in taken:
            fits.pop()
        elif (
            not swept and id(connection) in free_ids and id(connection) not in room.spoken and connection.has_expired()
        ):
            fits.pop()
            room.drop(connection)
        else:
            return fits.pop() if single else connection
    return None


class LinearConnectionPool(httpcore.ConnectionPool):
    """httpcore's sync pool with :func:`assign` as its bookkeeping pass."""

    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


class LinearAsyncConnectionPool(httpcore.AsyncConnectionPool):
    """httpcore's async pool with :func:`assign` as its bookkeeping pass."""

    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


class LinearHTTPProxy(httpcore.HTTPProxy):
    """httpcore's sync HTTP proxy pool with :func:`assign` as its bookkeeping pass."""

    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


class LinearAsyncHTTPProxy(httpcore.AsyncHTTPProxy):
    """httpcore's async HTTP proxy pool with :func:`assign` as its bookkeeping pass."""

    def _assign_requests_to_connections(self) -> list[Any]:
        return assign(self)


#: httpcore's pool class -> ours. A pool of another class (a SOCKS proxy's, or one httpx builds differently in a
#: later release) keeps httpcore's pass.
_LINEAR: dict[type, type] = {
    httpcore.ConnectionPool: LinearConnectionPool,
    httpcore.AsyncConnectionPool: LinearAsyncConnectionPool,
    httpcore.HTTPProxy: LinearHTTPProxy,
    httpcore.AsyncHTTPProxy: LinearAsyncHTTPProxy,
}


def _requests_ok() -> bool:
    """Whether httpcore's pool requests (sync and async) have what :func:`assign` uses."""
    for package, name in (("_sync", "PoolRequest"), ("_async", "AsyncPoolRequest")):
        cls = getattr(getattr(getattr(httpcore, package, None), "connection_pool", None), name, None)
        if cls is None or not callable(getattr(cls, "assign_to_connection", None)):
            return False
    return True


def shape_ok(pool: object) -> bool:
    """Whether ``pool`` is an httpcore 1.x pool with the attributes :func:`assign` relies on."""
    if not str(getattr(httpcore, "__version__", "")).startswith("1.") or not _requests_ok():
        return False
    if not all(hasattr(pool, name) for name in _POOL_SHAPE):
        return False
    return isinstance(getattr(pool, "_connections", None), list) and isinstance(getattr(pool, "_requests", None), list)


def make_linear(pool: object) -> bool:
    """Turn httpcore's ``pool`` (as httpx built it, before any request) into ours; False if left as it was."""
    linear = _LINEAR.get(type(pool))
    if linear is None or not shape_ok(pool):
        return False
    pool.__class__ = linear
    return True
