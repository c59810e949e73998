"""httpcore's connection pools, their bookkeeping pass made linear (and two of its bugs fixed).

httpcore runs ``_assign_requests_to_connections`` every time a request joins or leaves a pool. In httpcore 1.0.9
that pass is quadratic: for each idle connection it counts every connection, and for each queued request it scans
every connection twice. A shared transport holds up to 256 connections (64 kept alive), so at 100 calls in flight
the pass dominated an async round's CPU (measured: ~460 ms per round of 100 with the shared pool, ~125 ms with a
private one). It also had two bugs, both fixed here:

* its keep-alive limit counted *all* connections, not the idle ones, so idle connections were closed whenever the
  pool held more than ``max_keepalive_connections`` (connections torn down and opened again under load);
* it could close an idle connection it had already handed to a queued request whose waiter had not yet started
  it (encode/httpcore#1110): a thread that had just started its request on it then waits for its read timeout.

:func:`assign` is one pass over the connections and one over the requests:

1. closed connections are dropped, expired ones closed, except one a pending request holds;
2. each queued request gets, from one snapshot, an available connection that can serve its origin (an idle
   HTTP/1.1 connection to one request only: handing it to two made the second fail and queue again), else a new
   connection while under ``max_connections``, else one whose idle slot it takes (that idle one is closed);
3. idle connections nobody holds beyond ``max_keepalive_connections`` are closed, oldest first.

What goes on the wire does not change: the same connections carry the same requests, only fewer are closed for
nothing. The pools are installed by class swap on the pool httpx builds (:func:`make_linear`); if httpcore's pool
does not have the shape this relies on (``_connections``, ``_requests``, the limits, ``create_connection``, the
pass itself; httpcore 1.x), :func:`make_linear` leaves httpcore's own pool in place.
"""

from __future__ import annotations

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
    closing: list[Any] = []
    kept, free, available = _sweep(pool, held, closing)
    if queued:
        _place(pool, queued, _Room(kept, free, closing), available)
    surplus = len(free) - pool._max_keepalive_connections
    if surplus > 0:
        evicted = {id(connection) for connection in free[:surplus]}
        closing.extend(free[:surplus])
        kept = [connection for connection in kept if id(connection) not in evicted]
    pool._connections = kept
    return closing


def _sweep(pool: Any, held: set[int], closing: list[Any]) -> tuple[list[Any], list[Any], list[Any]]:
    """One walk over the connections: drops the closed, closes the expired (into ``closing``) unless a request
    holds them (#1110); returns those kept, the idle ones nobody holds (oldest first: the pool's order is the
    order they were made in) and those that could take a request now."""
    kept: list[Any] = []
    free: list[Any] = []
    available: list[Any] = []
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if id(connection) in held:  # never closed under a request, even if it looks idle or expired
            kept.append(connection)
            if pool._http2 and connection.is_available():  # an HTTP/2 one can take more
                available.append(connection)
            continue
        if connection.has_expired():
            closing.append(connection)
            continue
        kept.append(connection)
        if connection.is_idle():
            free.append(connection)
        if connection.is_available():
            available.append(connection)
    return kept, free, available


class _Room:
    """The pool's connections during :func:`_place`: those kept, the idle ones nobody holds, and what to close."""

    def __init__(self, kept: list[Any], free: list[Any], closing: list[Any]) -> None:
        self.kept = kept
        self.free = free
        self.closing = closing
        self.taken: set[int] = set()  # given to a request, or closed, in this pass
        self._next_free = 0

    def evict_one_idle(self) -> bool:
        """Close the oldest idle connection nobody holds, to make room for a new one; False if there is none."""
        free, taken = self.free, self.taken
        while self._next_free < len(free) and id(free[self._next_free]) in taken:
            self._next_free += 1
        if self._next_free == len(free):
            return False
        victim = free[self._next_free]
        taken.add(id(victim))
        self.kept.remove(victim)  # only with a full pool and another origin's idle connection: rare, O(N) is fine
        self.closing.append(victim)
        return True

    def settle(self) -> None:
        """Drop from ``free`` what this pass handed out or closed."""
        if self.taken:
            self.free[:] = [connection for connection in self.free if id(connection) not in self.taken]


def _place(pool: Any, queued: list[Any], room: _Room, available: list[Any]) -> None:
    """Give each queued request a connection, from the snapshot ``available``.

    With HTTP/2 off (how httpx builds our transports) every connection is HTTP/1.1 and takes one request; with it
    on, a connection stays a candidate after assignment (an HTTP/2 one multiplexes; an HTTP/1.1 one given twice
    makes the second request queue again, as in httpcore).
    """
    single = not pool._http2
    taken = room.taken
    candidates: dict[tuple[bytes, bytes, int], list[Any]] = {}  # by origin (httpcore's Origin is not hashable)
    for request in queued:
        origin = request.request.url.origin
        key = (origin.scheme, origin.host, origin.port)
        fits = candidates.get(key)
        if fits is None:  # newest last, so that pop() hands out the oldest first, as httpcore does
            fits = candidates[key] = [c for c in available if c.can_handle_request(origin)][::-1]
        while fits and id(fits[-1]) in taken:
            fits.pop()
        if fits and single:
            connection = fits.pop()
            taken.add(id(connection))
        elif fits:
            connection = fits[-1]
        elif len(room.kept) < pool._max_connections or room.evict_one_idle():
            connection = pool.create_connection(origin)
            room.kept.append(connection)
            if not single and connection.is_available():
                fits.append(connection)
        else:
            continue  # every connection is busy: the request waits for one to be released
        request.assign_to_connection(connection)
    room.settle()


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


def shape_ok(pool: object) -> bool:
    """Whether ``pool`` is an httpcore 1.x pool with the attributes :func:`assign` relies on."""
    if not str(getattr(httpcore, "__version__", "")).startswith("1."):
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
