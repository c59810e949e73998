"""One pooled transport per process (per event loop, for asyncio) for every connector that sends the same way.

A transport is what costs: an SSL context (~20 ms and ~800 KiB to build) and a pool of TLS connections (a
handshake each). What differs between connectors (the key, the account or context, the options) travels in each
request's headers, so every connector whose transport settings match shares one, and a connector is cheap: a
platform that builds one per connection, or per workflow step, pays neither the SSL context nor a new handshake.

The settings that pick a transport are the origin (scheme, host, port: a path prefix does not matter), the proxy
the environment names for it and the pool's limits; timeouts and deadlines are per request, so they never split a
pool. Shared transports are never closed by a connector (``close()`` of one must not close what others use): they
live until the process exits (sync) or until the event loop shuts down (``asyncio.run`` closes them as it ends).
A forked child starts with an empty registry, so it never reads from its parent's sockets; an event loop has its
own (a transport bound to a closed loop is never handed out again).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import weakref
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .transport import async_transport, shared_ssl_context, sync_transport

if TYPE_CHECKING:
    import asyncio

#: The pool every shared transport holds: enough connections for many connectors at once. One connector takes at
#: most ``max_in_flight`` of them (``_http.inflight``), so one slow connection cannot hold the whole pool.
#: Keep-alive is half the pool: with ``_http.pool``'s pass each call in flight has its own connection, and a burst
#: of N calls keeps min(N, 128) of them for the next; at 64, a steady 100 in flight opened a new connection (a TLS
#: handshake, against Stripe) for 36% of calls, at 128 for none (bench/pool_cpu.py). Idle ones cost a socket and
#: a poll a second each, and go after httpx's 5 s keep-alive expiry.
SHARED_LIMITS = httpx.Limits(max_connections=256, max_keepalive_connections=128)

#: The environment variables a transport depends on: those ``urllib.request.getproxies`` reads for an http(s)
#: origin, and the CA bundle httpx reads for its SSL context.
_PROXY_VARIABLES = (
    *(name for base in ("http_proxy", "https_proxy", "all_proxy", "no_proxy") for name in (base, base.upper())),
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
)

TransportKey = tuple[str, tuple[Any, ...]]


@lru_cache(maxsize=256)
def _origin(base_url: str) -> str:
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


def transport_key(base_url: str) -> TransportKey:
    """What decides the transport for ``base_url``: its origin and the proxy and CA variables now in the environment.

    Read from ``os.environ``'s encoded mapping when it has one (CPython's ``_data``): ``os.environ.get`` decodes
    on every read, which made this the largest cost of building a connector.
    """
    environ = os.environ
    data = getattr(environ, "_data", None)
    encode = getattr(environ, "encodekey", None)
    if isinstance(data, dict) and encode is not None:
        keys = _encoded_names(encode)
        return _origin(base_url), tuple(data.get(key) for key in keys)
    return _origin(base_url), tuple(environ.get(name) for name in _PROXY_VARIABLES)


_encoded: tuple[object, tuple[Any, ...]] | None = None


def _encoded_names(encode: Any) -> tuple[Any, ...]:
    global _encoded
    if _encoded is None or _encoded[0] is not encode:
        _encoded = (encode, tuple(encode(name) for name in _PROXY_VARIABLES))
    return _encoded[1]


class _Registry:
    """The process's shared sync transports, by :func:`transport_key`; emptied in a forked child."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.transports: dict[TransportKey, httpx.HTTPTransport] = {}

    def get(self, base_url: str) -> httpx.HTTPTransport:
        key = transport_key(base_url)
        transport = self.transports.get(key)
        if transport is None:
            with self.lock:
                transport = self.transports.get(key)
                if transport is None:
                    transport = self.transports[key] = sync_transport(
                        base_url, limits=SHARED_LIMITS, verify=shared_ssl_context()
                    )
        return transport

    def after_fork(self) -> None:
        """In a forked child: drop (never close) the parent's transports; their sockets are the parent's."""
        self.lock = threading.Lock()
        self.transports = {}

    def close_all(self) -> None:
        with self.lock:
            transports, self.transports = list(self.transports.values()), {}
        for transport in transports:
            with contextlib.suppress(Exception):
                transport.close()


_sync = _Registry()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_sync.after_fork)
atexit.register(_sync.close_all)


def shared_sync_transport(base_url: str) -> httpx.HTTPTransport:
    """The process's transport for ``base_url`` (built on first use, with :data:`SHARED_LIMITS`)."""
    return _sync.get(base_url)


def shared_sync_count() -> int:
    """How many shared sync transports this process holds (one per origin and proxy setting)."""
    return len(_sync.transports)


#: Per event loop: its shared async transports. Weak on the loop, so a finished loop's entry goes with it.
_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[TransportKey, httpx.AsyncHTTPTransport]] = (
    weakref.WeakKeyDictionary()
)
_loop_lock = threading.Lock()
_keepers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncIterator[None]] = weakref.WeakKeyDictionary()


def shared_async_transport(loop: asyncio.AbstractEventLoop, base_url: str) -> httpx.AsyncHTTPTransport:
    """``loop``'s transport for ``base_url``; call it from a coroutine running in ``loop``.

    The first transport of a loop also starts a keeper (an async generator) that ``loop.shutdown_asyncgens()``
    (which ``asyncio.run`` calls before closing the loop) finalises by closing the loop's transports.
    """
    key = transport_key(base_url)
    transports = _by_loop.get(loop)
    transport = transports.get(key) if transports is not None else None
    if transport is not None:
        return transport
    with _loop_lock:
        transports = _by_loop.get(loop)
        if transports is None:
            transports = _by_loop[loop] = {}
            keeper = _close_at_shutdown(transports)
            _keepers[loop] = keeper  # held while the loop lives: collected, it would be finalised (and close them)
            loop.create_task(_start(keeper))
        transport = transports.get(key)
        if transport is None:
            transport = transports[key] = async_transport(base_url, limits=SHARED_LIMITS, verify=shared_ssl_context())
    return transport


async def _start(keeper: AsyncIterator[None]) -> None:
    await anext(keeper)  # now suspended at its yield, tracked by the loop's asyncgen hooks


async def _close_at_shutdown(transports: dict[TransportKey, httpx.AsyncHTTPTransport]) -> AsyncIterator[None]:
    try:
        yield
    finally:
        for transport in list(transports.values()):
            with contextlib.suppress(Exception):
                await transport.aclose()
        transports.clear()


_checked: set[TransportKey] = set()


def check_async_settings(base_url: str) -> None:
    """Refuse, at construction, a proxy variable an async transport for ``base_url`` could not use (the transport
    itself is built in each event loop on first use): built once per setting, then remembered."""
    key = transport_key(base_url)
    if key not in _checked:
        async_transport(base_url, limits=SHARED_LIMITS, verify=shared_ssl_context())  # raises InvalidInputError
        _checked.add(key)


def _forget_loops_after_fork() -> None:
    global _loop_lock
    _loop_lock = threading.Lock()
    _by_loop.clear()
    _keepers.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_loops_after_fork)
