"""What the sync and async connectors share: the sans-IO core of a call and the connector's life cycle.

:class:`ConnectorCore` is everything but sending bytes, shared, immutable and thread-safe: the checked
configuration (``_core.config``), the request builder (``_request.prepare``), the decisions after each attempt
(``_http.attempts``) and the reading of the answer (``_http.answer``). :class:`ConnectorBase` adds what both
connectors do around the send loop: construction, the transport (renewed after a fork), repr and dry runs.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Collection, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack

import httpx

from .._http.attempts import AttemptJudge
from .._http.inflight import DEFAULT_MAX_IN_FLIGHT, InFlightCap
from .._http.rate_limit import RateGate, RateLimiter, gate_for
from .._http.retry import RetryPolicy
from .._http.shared import check_async_settings
from .._http.time_limits import StreamOwner
from .._http.transport import MAX_RESPONSE_BYTES, RequestFactory
from .._request.prepare import RequestBuilder
from .._types.call_result import Download
from .._types.lazy import LazyModule
from .._types.options import PreparedRequest, RequestOptions
from .._types.secrets import refuse_pickling
from ..errors import InvalidInputError
from .config import DEFAULT_BASE_URL, ConnectorConfig

if TYPE_CHECKING:
    from .._http import answer
    from .connection_check import ConnectionCheck
else:  # the strict decoder and the answer checks, loaded with the first answer (see LazyModule)
    answer = LazyModule(__name__, "answer", "stripe_connector._http.answer")

CLOSED_MESSAGE = "this connector is closed; create a new one to send requests"


def without_none(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Typed methods use ``None`` for "not given"; tools take absent keys."""
    return {name: value for name, value in arguments.items() if value is not None}


class ConnectorCore(ConnectorConfig, RequestBuilder, AttemptJudge):
    """Configuration plus the pure steps of a call; shared, immutable and thread-safe.

    ``ConnectorCore(api_key, **options)`` takes the connector's options (see ``StripeConnector``): the checked
    configuration is ``_core.config``'s, ``prepare`` is ``_request.prepare``'s, ``after_response`` and
    ``after_failure`` are ``_http.attempts``'; this class adds the dry run's description and reading the answer.
    """

    __slots__ = ()

    def prepare(
        self, tool_name: Any, arguments: Mapping[str, Any] | None, **options: Unpack[RequestOptions]
    ) -> PreparedRequest:
        """``RequestBuilder.prepare`` with the connection's own ``stripe_account``/``stripe_context`` for a call that
        gives neither; an organisation key (``sk_org_``) is refused without a context, before anything is sent."""
        if options.get("stripe_account") is None and options.get("stripe_context") is None:
            if self.stripe_account is not None:
                options["stripe_account"] = self.stripe_account
            elif self.stripe_context is not None:
                options["stripe_context"] = self.stripe_context
            elif self.key_kind == "organization":
                raise InvalidInputError(
                    "stripe_context",
                    "an organisation key (sk_org_...) acts on one of its accounts: pass stripe_context='acct_...' "
                    "(to the connector, or to the call)",
                )
        return RequestBuilder.prepare(self, tool_name, arguments, **options)

    def request_preview(self, request: PreparedRequest) -> dict[str, Any]:
        """The exact request that would be sent (for dry runs and approvals), with the key redacted."""
        headers = {**self.default_headers(), **request.headers}
        own = "Authorization" in request.headers  # a meter event session's token: never shown either
        headers["Authorization"] = "Bearer <session token redacted>" if own else self.redacted_authorization()
        body: Any = request.body
        if request.parts is not None:  # an upload: its parts, a file by its name and size
            body = {"multipart": request.parts}
        return {
            "tool": request.tool,
            "method": request.method,
            "url": self.host_map.base(request.host) + request.target,
            "headers": headers,
            "body": body,
        }

    def check_raw_request(
        self, method: str, path: str, query: Mapping[str, Any], body: Mapping[str, Any], *, allow_unknown_path: bool
    ) -> str | None:
        """By the operation index (loaded on the first raw request): the path must reach an operation (unless
        ``allow_unknown_path``) and the arguments must fit its schema; the request goes to that operation's host."""
        from ..operations._as_tool import check_raw_request

        reached = check_raw_request(method, path, query, body, allow_unknown_path=allow_unknown_path)
        return reached.host if reached is not None else None

    def read_json(self, request: PreparedRequest, response: httpx.Response) -> dict[str, Any]:
        """Stripe's JSON, unchanged, or the typed error the response stands for."""
        return answer.read_json(request, response)

    def read_binary(self, request: PreparedRequest, response: httpx.Response, expected: str) -> Download:
        """A binary answer's bytes and content type (a quote's PDF), never parsed; or the typed error."""
        return answer.read_binary(request, response, expected)

    def parse_typed(self, request: PreparedRequest, response: httpx.Response) -> Any:
        """The generated model of a successful response (decoded once), from the generated parser registry."""
        return answer.parse_typed(request, response, self.stripe_version)


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

#: Every live connector, so that a forked child can reset them (see ``ConnectorBase._after_fork``).
_connectors: weakref.WeakSet[ConnectorBase[Any]] = weakref.WeakSet()


def _reset_after_fork() -> None:
    for connector in list(_connectors):
        connector._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


class ConnectorBase(Generic[TransportT]):
    """Construction, the transport's life cycle, repr and dry runs, for both connectors.

    The options are documented on :class:`~stripe_connector.StripeConnector`; they are checked by ``_core.config``.
    A connector holds only what is its own (the checked configuration, its headers, its cap on calls in flight);
    the transport is the process's shared one for its origin (``_http.shared``) unless ``transport`` is given or
    ``share_transport=False`` asks for a private pool.
    """

    core: ConnectorCore
    _transport: TransportT
    #: Whether transports belong to an event loop (the async connector): then the shared one is found per loop.
    _per_loop = False

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = 2,
        timeout: float = 30.0,
        stripe_version: str | None = None,
        max_amount: Mapping[str, int] | None = None,
        allow_live: bool = False,
        allowed_tools: Collection[str] | None = None,
        retry_policy: RetryPolicy | None = None,
        transport: TransportT | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        rate_limiter: RateLimiter | Literal[False] | None = None,
        stripe_account: str | None = None,
        stripe_context: str | None = None,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        share_transport: bool = True,
        rate_account: str | None = None,
        hosts: Mapping[str, str] | None = None,
    ) -> None:
        # every option is checked there
        self.core = config = ConnectorCore(
            api_key,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            stripe_version=stripe_version,
            max_amount=max_amount,
            allow_live=allow_live,
            allowed_tools=allowed_tools,
            retry_policy=retry_policy,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
            rate_limiter=rate_limiter,
            stripe_account=stripe_account,
            stripe_context=stripe_context,
            max_in_flight=max_in_flight,
            rate_account=rate_account,
            hosts=hosts,
        )
        if not isinstance(share_transport, bool):
            raise InvalidInputError("share_transport", "must be True (the process's shared pool) or False")
        self.timeout = config.timeout
        self.total_timeout = config.total_timeout
        self.max_response_bytes = config.max_response_bytes
        self._requests = RequestFactory(config.base_url, config.default_headers(), timeout, config.host_map)
        self._owns_transport = transport is None and not share_transport
        #: Whether the transport is the process's shared one (then ``close()`` never closes it).
        self._shared = transport is None and share_transport
        #: The async connector binds the shared pool to each event loop on first use (``_transport_for``).
        if self._shared and self._per_loop:
            check_async_settings(config.base_url)
            self._transport = None  # type: ignore[assignment]
        else:
            self._transport = transport or self._default_transport(config.base_url)
        self._pid = os.getpid()
        self._closed = False
        self._rate_limiter: RateLimiter | None = config.rate_limiter
        _connectors.add(self)

    # Made on first use: a connector that is built and never used (or used from one thread) does not pay for them.

    @property
    def _transport_lock(self) -> threading.Lock:
        lock: threading.Lock | None = self.__dict__.get("_lock")
        if lock is None:
            lock = self.__dict__.setdefault("_lock", threading.Lock())
        return lock

    @property
    def _closing(self) -> threading.Event:
        """Set by ``close()``: wakes sync calls waiting out a retry backoff or a rate budget at once."""
        event: threading.Event | None = self.__dict__.get("_closing_event")
        if event is None:
            event = self.__dict__.setdefault("_closing_event", threading.Event())
            if self._closed:
                event.set()
        return event

    @property
    def _stream_owner(self) -> StreamOwner:
        """This connector's calls on a shared transport (``close()`` shuts down their sockets, no others')."""
        owner: StreamOwner | None = self.__dict__.get("_owner")
        if owner is None:
            owner = self.__dict__.setdefault("_owner", StreamOwner())
        return owner

    @property
    def _cap(self) -> InFlightCap:
        """The cap on this connector's attempts in flight (``max_in_flight``) for the sync connector."""
        cap: InFlightCap | None = self.__dict__.get("_inflight")
        if cap is None:
            cap = self.__dict__.setdefault("_inflight", InFlightCap(self.core.max_in_flight))
            if self._closed:
                cap.close()
        return cap

    def _gate(self, request: PreparedRequest) -> RateGate:
        """The rate budgets ``request`` spends from (see ``_http.rate_limit``), and its attempt count."""
        return gate_for(self._rate_limiter, self.core.rate_account, self.core.livemode, request)

    def _default_transport(self, base_url: str) -> TransportT:
        raise NotImplementedError

    def __reduce_ex__(self, protocol: object) -> Any:
        refuse_pickling(self)

    def _after_fork(self) -> None:
        """In a forked child: fresh locks and caps (the parent's may have been held by threads that do not exist
        here); the transport is renewed on first use (``_current_transport``)."""
        for name in ("_lock", "_closing_event", "_inflight", "_owner"):
            self.__dict__.pop(name, None)

    def _current_transport(self) -> TransportT:
        """The transport to send with; a new one in a forked child, so no two processes share a socket.

        The parent's pool is dropped, not closed: closing it here would close sockets the parent still uses.
        """
        if self._pid != os.getpid():
            with self._transport_lock:
                if self._pid != os.getpid():
                    if self._owns_transport or self._shared:
                        self._transport = self._default_transport(self.core.base_url)
                    self._pid = os.getpid()
        return self._transport

    @property
    def is_closed(self) -> bool:
        """Whether the connector has been closed (``close()``/``aclose()`` or the end of its ``with`` block)."""
        return self._closed

    def __repr__(self) -> str:
        mode = "live" if self.core.livemode else "test"
        return f"{type(self).__name__}(base_url={self.core.base_url!r}, mode={mode!r}, api_key=<redacted>)"

    def _check_plan(self) -> Generator[PreparedRequest, httpx.Response, ConnectionCheck]:
        """The steps of ``check_connection`` over this connector's tools (``allowed_tools``, else every tool)."""
        from ..tools.tool_list import TOOLS
        from .connection_check import check_steps

        allowed = self.core.allowed_tools
        return check_steps(self.core, [tool for tool in TOOLS if allowed is None or tool.name in allowed])

    def dry_run(
        self, tool: str, arguments: Mapping[str, Any] | None = None, **options: Unpack[RequestOptions]
    ) -> dict[str, Any]:
        """The exact request ``call`` would send (method, URL, headers with the key redacted, body); sends nothing."""
        return self.core.request_preview(self.core.prepare(tool, arguments, **options))
