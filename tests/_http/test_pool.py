"""The linear pool pass (``_http.pool``) keeps httpcore's semantics and fixes two of its bugs.

Each test drives a pool's bookkeeping pass directly, with stand-in connections whose state the test sets, and runs
against both our pools and httpcore's stock ones: where httpcore 1.0.9 has the bug the stock case is a strict
xfail, so the test is shown to fail without the fix. Connections the pass creates are httpcore's own, untouched
(no I/O happens before a request starts on them).
"""

from __future__ import annotations

import math
from typing import Any

import httpcore
import httpx
import pytest
from stripe_connector._http import pool as pool_module
from stripe_connector._http.pool import (
    LinearAsyncConnectionPool,
    LinearAsyncHTTPProxy,
    LinearConnectionPool,
    LinearHTTPProxy,
    make_linear,
)
from stripe_connector._http.shared import shared_sync_transport
from stripe_connector._http.transport import async_transport, sync_transport

URL = "https://api.stripe.test/v1/customers"
OTHER = "https://files.stripe.test/v1/files"
ORIGIN = httpcore.URL(URL).origin


class Stub:
    """A connection in a state the test sets: ``idle``, ``busy`` (a request running), ``closed``, ``expired``;
    ``multiplex`` makes it an HTTP/2 connection with room for more streams."""

    def __init__(self, name: str, state: str = "idle", origin: httpcore.Origin = ORIGIN, multiplex: bool = False):
        self.name = name
        self.state = state
        self.origin = origin
        self.multiplex = multiplex
        self.asked = 0  # has_expired calls: each polls the socket in httpcore

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return origin == self.origin

    def is_idle(self) -> bool:
        return self.state in ("idle", "expired")

    def is_available(self) -> bool:
        return self.is_idle() or (self.multiplex and self.state == "busy")

    def is_closed(self) -> bool:
        return self.state == "closed"

    def has_expired(self) -> bool:
        self.asked += 1
        return self.state == "expired"

    def __repr__(self) -> str:
        return f"<Stub {self.name} {self.state}>"


STOCK_BUG = pytest.mark.xfail(strict=True, reason="httpcore 1.0.9's own pass has this bug")
POOLS = [pytest.param(LinearConnectionPool, id="linear"), pytest.param(httpcore.ConnectionPool, id="stock")]
POOLS_WITH_BUG = [
    pytest.param(LinearConnectionPool, id="linear"),
    pytest.param(httpcore.ConnectionPool, id="stock", marks=STOCK_BUG),
]


def make_pool(cls: type, connections: list[Stub], **limits: Any) -> Any:
    pool = cls(**limits)
    pool._connections = list(connections)
    return pool


def queued(pool: Any, url: str = URL) -> Any:
    request = httpcore._sync.connection_pool.PoolRequest(httpcore.Request("GET", url))
    pool._requests.append(request)
    return request


def holding(pool: Any, connection: Stub) -> Any:
    """A pool request already given ``connection`` (its waiter has not yet started it, or it is running)."""
    request = queued(pool)
    request.assign_to_connection(connection)
    return request


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_keepalive_limit_counts_idle_connections_only(cls: type) -> None:
    """Three busy and two idle connections under a keep-alive limit of 2: nothing is over the limit."""
    busy = [Stub(f"busy{i}", "busy") for i in range(3)]
    idle = [Stub("idle0"), Stub("idle1")]
    pool = make_pool(cls, [*busy, *idle], max_connections=10, max_keepalive_connections=2)
    for connection in busy:
        holding(pool, connection)
    closing = pool._assign_requests_to_connections()
    assert closing == []
    assert pool._connections == [*busy, *idle]


@pytest.mark.parametrize("cls", POOLS)
def test_surplus_idle_connections_are_closed_oldest_first(cls: type) -> None:
    idle = [Stub(f"idle{i}") for i in range(5)]
    pool = make_pool(cls, idle, max_connections=10, max_keepalive_connections=2)
    closing = pool._assign_requests_to_connections()
    assert closing == idle[:3]
    assert pool._connections == idle[3:]


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_connection_given_to_a_waiting_request_is_not_evicted(cls: type) -> None:
    """encode/httpcore#1110: the connection is still idle until its request starts; it is not surplus."""
    given = Stub("given")
    pool = make_pool(cls, [given], max_connections=10, max_keepalive_connections=0)
    request = holding(pool, given)
    closing = pool._assign_requests_to_connections()
    assert closing == []
    assert pool._connections == [given]
    assert request.connection is given


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_connection_given_to_a_waiting_request_is_not_closed_to_make_room(cls: type) -> None:
    """A full pool whose one idle connection is spoken for: the next request waits instead of taking its slot."""
    given = Stub("given")
    pool = make_pool(cls, [given], max_connections=1, max_keepalive_connections=1)
    holding(pool, given)
    later = queued(pool)
    closing = pool._assign_requests_to_connections()
    assert closing == []
    assert pool._connections == [given]
    assert later.is_queued()


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_an_idle_http11_connection_takes_one_request(cls: type) -> None:
    """Two idle connections, four queued requests, no room for more: two requests placed, one per connection.

    httpcore hands the first idle connection to all four; three then fail to start and queue again."""
    idle = [Stub("idle0"), Stub("idle1")]
    pool = make_pool(cls, idle, max_connections=2)
    requests = [queued(pool) for _ in range(4)]
    pool._assign_requests_to_connections()
    assert [request.connection for request in requests] == [idle[0], idle[1], None, None]


@pytest.mark.parametrize("cls", POOLS)
def test_max_connections_is_respected(cls: type) -> None:
    pool = make_pool(cls, [], max_connections=3)
    requests = [queued(pool) for _ in range(10)]
    pool._assign_requests_to_connections()
    placed = [request.connection for request in requests if not request.is_queued()]
    assert len(placed) == 3
    assert len({id(connection) for connection in placed}) == 3
    assert len(pool._connections) == 3
    assert all(isinstance(connection, httpcore.HTTPConnection) for connection in placed)


@pytest.mark.parametrize("cls", POOLS)
def test_an_idle_connection_is_reused_before_a_new_one_is_made(cls: type) -> None:
    busy, idle = Stub("busy", "busy"), Stub("idle")
    pool = make_pool(cls, [busy, idle], max_connections=10)
    holding(pool, busy)
    request = queued(pool)
    assert pool._assign_requests_to_connections() == []
    assert request.connection is idle
    assert len(pool._connections) == 2


@pytest.mark.parametrize("cls", POOLS)
def test_expired_connections_are_closed_and_closed_ones_dropped(cls: type) -> None:
    expired, gone, fresh = Stub("expired", "expired"), Stub("gone", "closed"), Stub("fresh")
    pool = make_pool(cls, [expired, gone, fresh], max_connections=10)
    request = queued(pool)
    closing = pool._assign_requests_to_connections()
    assert closing == [expired]
    assert pool._connections == [fresh]
    assert request.connection is fresh


@pytest.mark.parametrize("cls", POOLS)
def test_a_full_pool_closes_another_origins_idle_connection_for_a_new_one(cls: type) -> None:
    elsewhere = Stub("elsewhere", origin=httpcore.URL(OTHER).origin)
    busy = Stub("busy", "busy")
    pool = make_pool(cls, [busy, elsewhere], max_connections=2)
    holding(pool, busy)
    request = queued(pool)
    closing = pool._assign_requests_to_connections()
    assert closing == [elsewhere]
    assert request.connection in pool._connections
    assert elsewhere not in pool._connections
    assert len(pool._connections) == 2


@pytest.mark.parametrize("cls", POOLS)
def test_http2_connection_multiplexes_queued_requests(cls: type) -> None:
    shared = Stub("h2", "busy", multiplex=True)
    pool = make_pool(cls, [shared], max_connections=1, http2=True)
    holding(pool, shared)
    requests = [queued(pool) for _ in range(3)]
    pool._assign_requests_to_connections()
    assert [request.connection for request in requests] == [shared] * 3


@pytest.mark.parametrize("cls", POOLS)
def test_each_request_is_placed_at_most_once_per_pass(cls: type) -> None:
    """A request already placed keeps its connection; another pass with nothing released changes nothing."""
    idle = Stub("idle")
    pool = make_pool(cls, [idle], max_connections=1)
    first, second = queued(pool), queued(pool)
    pool._assign_requests_to_connections()
    before = (first.connection, second.connection, list(pool._connections))
    pool._assign_requests_to_connections()
    assert (first.connection, second.connection, list(pool._connections)) == before


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_idle_http2_connection_given_requests_in_a_pass_is_not_evicted_by_it(cls: type) -> None:
    """With keep-alive 0 an idle HTTP/2 connection is surplus, unless this very pass hands it requests."""
    h2 = Stub("h2", multiplex=True)
    pool = make_pool(cls, [h2], max_connections=1, max_keepalive_connections=0, http2=True)
    requests = [queued(pool) for _ in range(3)]
    closing = pool._assign_requests_to_connections()
    assert closing == []
    assert [request.connection for request in requests] == [h2] * 3


def test_between_sweeps_idle_connections_are_asked_only_as_they_are_handed_out() -> None:
    first, second, third = Stub("first"), Stub("second"), Stub("third")
    pool = make_pool(LinearConnectionPool, [first, second, third], max_connections=10)
    pool._assign_requests_to_connections()  # a new pool sweeps at once
    assert [c.asked for c in (first, second, third)] == [1, 1, 1]

    pool._linear_swept_at = math.inf  # as if it had just swept
    first.state = "expired"  # the server closed it
    request = queued(pool)
    closing = pool._assign_requests_to_connections()
    assert closing == [first]  # asked as it was about to be handed out: closed, never given
    assert request.connection is second
    assert [c.asked for c in (first, second, third)] == [2, 2, 1]  # third, not handed out, was not polled
    assert pool._connections == [second, third]


def test_an_expired_idle_connection_is_closed_at_the_next_sweep() -> None:
    idle = Stub("idle")
    pool = make_pool(LinearConnectionPool, [idle], max_connections=10)
    pool._linear_swept_at = math.inf
    idle.state = "expired"
    assert pool._assign_requests_to_connections() == []  # not yet asked
    pool._linear_swept_at = -math.inf  # a sweep is due
    assert pool._assign_requests_to_connections() == [idle]
    assert pool._connections == []


@pytest.mark.parametrize("cls", POOLS_WITH_BUG)
def test_a_connection_orphaned_before_it_connected_leaves_the_pool(cls: type) -> None:
    """encode/httpcore#1093: made for a request that was cancelled before starting it, it would hold a slot."""
    orphan = Stub("orphan", "connecting")  # neither idle nor closed, and no request holds it
    pool = make_pool(cls, [orphan], max_connections=1)
    request = queued(pool)
    closing = pool._assign_requests_to_connections()
    assert closing == [orphan]
    assert request.connection is not None
    assert pool._connections == [request.connection]


def test_transports_get_the_linear_pool() -> None:
    assert type(sync_transport("https://api.stripe.test")._pool) is LinearConnectionPool
    assert type(async_transport("https://api.stripe.test")._pool) is LinearAsyncConnectionPool
    assert type(shared_sync_transport("https://api.stripe.test")._pool) is LinearConnectionPool


def test_proxied_transports_get_the_linear_proxy_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert type(sync_transport("https://api.stripe.test")._pool) is LinearHTTPProxy
    assert type(async_transport("https://api.stripe.test")._pool) is LinearAsyncHTTPProxy


def test_an_unexpected_pool_keeps_httpcores_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool without the attributes the pass relies on, or an httpcore of another major version, is left alone."""
    pool = httpcore.ConnectionPool()
    del pool._requests
    assert make_linear(pool) is False
    assert type(pool) is httpcore.ConnectionPool

    monkeypatch.delattr(httpcore._async.connection_pool.AsyncPoolRequest, "assign_to_connection")
    changed = httpcore.ConnectionPool()
    assert make_linear(changed) is False
    monkeypatch.undo()
    assert make_linear(changed) is True

    monkeypatch.setattr(httpcore, "__version__", "2.0.0")
    other = httpcore.ConnectionPool()
    assert make_linear(other) is False
    assert type(other) is httpcore.ConnectionPool


def test_a_pool_class_we_do_not_know_keeps_httpcores_pass() -> None:
    class Custom(httpcore.ConnectionPool):
        pass

    pool = Custom()
    assert make_linear(pool) is False
    assert type(pool) is Custom
    assert pool_module._LINEAR.get(Custom) is None


def test_httpx_builds_httpcores_pool_classes() -> None:
    """What make_linear matches on: if httpx starts building another class, this says so (and we fall back)."""
    assert type(httpx.HTTPTransport()._pool) is httpcore.ConnectionPool
    assert type(httpx.AsyncHTTPTransport()._pool) is httpcore.AsyncConnectionPool
