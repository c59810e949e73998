"""The HTTP edge: a prepared request becomes an ``httpx.Request`` for one of httpx's transports.

The connector sends through httpx's transport layer (``HTTPTransport``, or any ``BaseTransport`` such as
``MockTransport``) rather than through ``httpx.Client``. The client layer adds redirects, cookies, auth flows, event
hooks and per-request header and URL merging, none of which a Stripe API client uses: it talks to one origin,
with headers fixed at construction, and must never follow a redirect with its key. Measured on a local server,
skipping it takes a call from ~300 to ~190 microseconds of CPU. What the client layer did that matters is done
here: the timeout (a request extension), proxies from the environment, and reading the body.

Two limits the client layer does not have are added here:

* **Time.** httpx's timeouts bound each socket operation, so a server dripping a byte every half second keeps a
  call busy for ever. The sync transport's network streams clamp every connect, read and write to the attempt's
  deadline (a context variable the send loop sets; see ``_http.time_limits`` and ``_http.deadline_streams``), and
  the body reader checks it between chunks whatever the transport; the async connector bounds each attempt with
  ``asyncio.timeout`` instead. Both transports' streams send a request's head and a small body in one write.
* **Size.** An answer is read into memory, so its decoded size is capped (:data:`MAX_RESPONSE_BYTES` by default,
  32 MiB: Stripe's largest pages of expanded objects are a few MiB); a larger one is :class:`AnswerTooLarge`,
  which the core reports as ``StripeResponseError``. Decoded size, so a gzip bomb stops at the cap as well.
"""

from __future__ import annotations

import os
import ssl
import time
import urllib.request
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .._types.options import BodySink, PreparedRequest
from .._types.secrets import refuse_pickling
from ..errors import InvalidInputError

if TYPE_CHECKING:
    from .deadline_streams import DeadlineBackend
    from .hosts import HostMap

#: The largest decoded answer the connector reads, in bytes (a constructor option can change it).
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: The pool of a connector's own transport (``share_transport=False``): httpx's default.
PRIVATE_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class AnswerTooLarge(Exception):
    """The answer's body is larger than the connector's cap (the message says the cap)."""


def environment_proxy(base_url: str) -> str | None:
    """The proxy ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` name for ``base_url``, unless ``NO_PROXY`` exempts it.

    The connector only ever talks to one origin, so the choice is made once, at construction.
    """
    found = proxy_setting(base_url)
    return found[0] if found else None


def proxy_setting(base_url: str) -> tuple[str, str] | None:
    """The proxy for ``base_url`` and the environment variable that set it (named in errors), or None."""
    parts = urlsplit(base_url)
    proxies = urllib.request.getproxies()
    for scheme in (parts.scheme, "all"):
        proxy = proxies.get(scheme)
        if proxy:
            if urllib.request.proxy_bypass(parts.hostname or ""):
                return None
            return proxy, f"{scheme.upper()}_PROXY"
    return None


def _with_proxy(base_url: str, build: Any) -> Any:
    """``build(proxy=...)``, turning a proxy variable httpx cannot use into :class:`InvalidInputError` naming it."""
    found = proxy_setting(base_url)
    if found is None:
        return build(proxy=None)
    proxy, variable = found
    try:
        return build(proxy=proxy)
    except ImportError:
        raise InvalidInputError(
            variable, "is a SOCKS proxy, which needs httpx's socks extra: pip install 'httpx[socks]'"
        ) from None
    except (ValueError, TypeError, httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise InvalidInputError(
            variable, "is not a proxy URL httpx can use (like http://proxy.example:3128); fix or unset it"
        ) from None


def sync_transport(
    base_url: str, limits: httpx.Limits = PRIVATE_LIMITS, verify: ssl.SSLContext | bool = True
) -> httpx.HTTPTransport:
    """httpx's pooled HTTP transport, through the environment's proxy if one applies (retries are ours).

    Its network streams honour :data:`ATTEMPT_DEADLINE` and can all be aborted at once, or those of one connector's
    calls (see :class:`DeadlineBackend`).
    """
    transport: httpx.HTTPTransport = _with_proxy(
        base_url, lambda proxy: httpx.HTTPTransport(proxy=proxy, limits=limits, verify=verify)
    )
    import httpcore  # loaded by the transport just built; importing it with the package would cost ~40 ms

    from .deadline_streams import DeadlineBackend  # subclasses httpcore's classes: loaded with httpcore, not before

    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(inner)  # type: ignore[union-attr]
    return transport


def async_transport(
    base_url: str, limits: httpx.Limits = PRIVATE_LIMITS, verify: ssl.SSLContext | bool = True
) -> httpx.AsyncHTTPTransport:
    """The asyncio twin of :func:`sync_transport` (the async connector bounds attempts with ``asyncio.timeout``).

    Its network streams send a request's head and a small body in one write (see :class:`CoalescingBackend`).
    """
    transport: httpx.AsyncHTTPTransport = _with_proxy(
        base_url, lambda proxy: httpx.AsyncHTTPTransport(proxy=proxy, limits=limits, verify=verify)
    )
    import httpcore  # loaded by the transport just built

    from .async_streams import CoalescingBackend  # subclasses httpcore's classes: loaded with httpcore, not before

    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.AsyncNetworkBackend):
        pool._network_backend = CoalescingBackend(inner)  # type: ignore[union-attr]
    return transport


def shared_ssl_context() -> ssl.SSLContext:
    """One verifying SSL context for the shared transports of every event loop and thread (building one costs
    ~20 ms and ~800 KiB; an ``SSLContext`` is safe to share). A new one if ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    change, as httpx reads them."""
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@lru_cache(maxsize=8)
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()


def deadline_backend(transport: httpx.BaseTransport) -> DeadlineBackend | None:
    """The :class:`~._http.deadline_streams.DeadlineBackend` of a transport built by :func:`sync_transport`."""
    backend = getattr(getattr(transport, "_pool", None), "_network_backend", None)
    return backend if callable(getattr(backend, "abort", None)) else None


def _too_large(limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(f"the answer is larger than the connector's cap of {limit:,} bytes (max_response_bytes)")


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) > limit


def read_body(response: httpx.Response, deadline: float | None, limit: int) -> None:
    """Read (and decode) the body of ``response`` into it, within the deadline and the size cap; then close it."""
    chunks: list[bytes] = []
    pass_body(response, deadline, limit, chunks.append)
    response._content = b"".join(chunks)


def pass_body(response: httpx.Response, deadline: float | None, limit: int, write: Callable[[bytes], object]) -> None:
    """Hand the body of ``response`` to ``write`` chunk by chunk, within the deadline and the size cap; close it."""
    try:
        if _declared_too_large(response, limit):
            raise _too_large(limit)
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("the attempt's time limit was reached while reading the answer")
            write(chunk)
    finally:
        response.close()


def _sink_takes(sink: BodySink, response: httpx.Response) -> bool:
    from .answer import media_type  # downloads only: the answer checks load with the first answer otherwise

    return sink.takes(response.status_code, media_type(response))


def read_or_stream(response: httpx.Response, deadline: float | None, limit: int, sink: BodySink | None) -> None:
    """A successful binary answer into the request's sink when it has one (a download to a file: nothing held in
    memory), any other answer into memory."""
    if sink is not None and _sink_takes(sink, response):
        sink.begin()
        pass_body(response, deadline, limit, sink.write)
        response._content = b""
    else:
        read_body(response, deadline, limit)


async def aread_or_stream(response: httpx.Response, limit: int, sink: BodySink | None) -> None:
    """The async twin of :func:`read_or_stream`."""
    if sink is not None and _sink_takes(sink, response):
        sink.begin()
        await apass_body(response, limit, sink.write)
        response._content = b""
    else:
        await aread_body(response, limit)


async def aread_body(response: httpx.Response, limit: int) -> None:
    """The async twin of :func:`read_body` (the caller bounds the time with ``asyncio.timeout``)."""
    chunks: list[bytes] = []
    await apass_body(response, limit, chunks.append)
    response._content = b"".join(chunks)


async def apass_body(response: httpx.Response, limit: int, write: Callable[[bytes], object]) -> None:
    """The async twin of :func:`pass_body`."""
    try:
        if _declared_too_large(response, limit):
            raise _too_large(limit)
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            write(chunk)
    finally:
        await response.aclose()


@lru_cache(maxsize=64)
def _timeout_extension(timeout: float) -> dict[str, float | None]:
    """httpx's per-request timeout, as the ``timeout`` extension (read, never changed, by httpcore: shared)."""
    return httpx.Timeout(timeout).as_dict()


@lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    """A request URL without a query string, parsed once: httpx's parser (every component checked and
    percent-encoded) costs more than the rest of building a request. Only such URLs are kept, paths of IDs, so
    nothing a query could carry (an email address to search for) stays in memory."""
    return httpx.URL(url)


#: The methods httpx gives ``Content-Length: 0`` when they carry no body.
_LENGTH_WHEN_EMPTY = frozenset({"POST", "PUT", "PATCH"})


class RequestFactory:
    """Builds the ``httpx.Request`` for a prepared request: fixed headers merged once, timeout attached, the URL
    of a path without a query parsed once per process.

    The request is the one ``httpx.Request(method, url, headers=..., content=body)`` builds, header for header
    (``Host`` first, ``Content-Length`` as httpx sets it), read and ready to send; it is put together here rather
    than by that constructor, which normalises every header twice and costs a quarter of a call's own CPU.
    ``tests/_http/test_transport.py`` holds the two equal, so a change in httpx shows there.
    """

    __slots__ = ("_base_url", "_headers", "_hosts", "_timeout")

    def __init__(self, base_url: str, headers: dict[str, str], timeout: float, hosts: HostMap | None = None) -> None:
        self._base_url = base_url
        self._headers = headers
        self._timeout = _timeout_extension(timeout)
        self._hosts = hosts

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    def build(self, request: PreparedRequest) -> httpx.Request:
        base = self._base_url if request.host is None or self._hosts is None else self._hosts.base(request.host)
        target = request.target
        url = httpx.URL(base + target) if "?" in target else _parsed_url(base + target)
        body = request.body
        content = body.encode("utf-8") if isinstance(body, str) else body or b""
        headers = [("Host", url.netloc.decode("ascii"))]
        if not content and request.method in _LENGTH_WHEN_EMPTY:
            headers.append(("Content-Length", "0"))
        # The request's own headers replace fixed ones of the same name (a meter event session's Authorization).
        headers += ({**self._headers, **request.headers} if request.headers else self._headers).items()
        if content:
            headers.append(("Content-Length", str(len(content))))
        built = httpx.Request(
            request.method,
            url,
            headers=headers,
            stream=httpx.ByteStream(content),
            extensions={"timeout": self._timeout},
        )
        built.read()
        return built
