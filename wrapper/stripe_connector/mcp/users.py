"""One MCP server for many users: each bearer token names a connection, each connection has its own Stripe key.

A platform that gives every customer an agent runs one ``mcp --http`` server, not one per customer. Two sources,
both re-read when they change (one ``stat`` per request, :mod:`.._request.private_files`), so users are added and
removed without a restart:

* **who is calling** (:data:`TokenResolver`): a token file of ``<token> <connection id>`` lines
  (:class:`TokenFile`, ``--tokens-file``), or any callable ``token -> connection id or None`` (sync or async: the
  platform's session store). :class:`ConnectionAuth`, the outermost ASGI layer, answers 401 to a token it does not
  know, 503 when the resolver fails or hangs, and otherwise puts the connection into the request's scope;
* **whose Stripe** (:data:`KeySource`): a directory with one key file per connection (:class:`KeysDirectory`,
  ``--keys-dir``), a mapping, or a callable ``connection id -> key or None`` (the platform's vault).

Each tool call reads the connection from *its own* HTTP request (never from the MCP session, which a stolen
session id would let another user reach) and runs on that connection's connector (:class:`UserConnectors`: built
once per connection and key, cheap beside the shared transport). A session is also bound to the connection that
opened it: a request with another user's session id is answered 404, as an unknown session. Tokens and keys are
never logged, never in an error or a repr; a token is looked up by its SHA-256 digest.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import json
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from .._request.connection_files import ConnectionFiles
from .._request.connection_id import check_connection_id, is_connection_id
from .._request.private_files import Refused, WatchedFiles
from ..errors import InvalidInputError
from ..events._bounded import call_bounded
from .auth import MIN_TOKEN_LENGTH, TOKEN_PATTERN, authorization, refuse

if TYPE_CHECKING:
    from .._clients.async_client import AsyncStripeConnector

logger = logging.getLogger("stripe_connector.mcp")

TokenResolver: TypeAlias = Callable[[str], str | Awaitable[str | None] | None]
KeySource: TypeAlias = Mapping[str, str] | Callable[[str], str | Awaitable[str | None] | None]
#: Where :class:`ConnectionAuth` leaves the caller's connection id in the ASGI scope (read by the tool calls).
SCOPE_KEY = "stripe_connector.connection"
#: How long a resolver (token or key) may take before the request is refused with a 503 (or a tool error).
RESOLVE_TIMEOUT = 5.0
MAX_FILE_BYTES = 1024 * 1024
KEY_FILE_BYTES = 4096
#: Session bindings kept (the SDK holds at most a few hundred live sessions; older bindings are long dead).
MAX_BINDINGS = 4096
#: Connectors kept (one per connection in use); a replaced one (its key changed) is closed after this many seconds,
#: so calls still running on it finish.
MAX_CONNECTORS = 10_000
CLOSE_GRACE_SECONDS = 120.0

SERVICE_UNAVAILABLE = json.dumps(
    {"error": {"kind": "unavailable", "message": "who this token belongs to cannot be found out now; try again"}}
).encode()
UNKNOWN_SESSION = json.dumps({"error": {"kind": "not_found", "message": "no such session"}}).encode()


class ResolverFailed(Exception):
    """A token or key source raised, hung, or gave something unusable (never carries what it read)."""


def _digest(token: str | bytes) -> bytes:
    return hashlib.sha256(token.encode("ascii") if isinstance(token, str) else token).digest()


async def ask_resolver(source: Any, name: str, *, timeout: float = RESOLVE_TIMEOUT) -> Any:
    """``source[name]`` of a mapping (None if absent) or ``source(name)``, sync (in a thread) or async, at most
    ``timeout`` seconds; :class:`ResolverFailed` if it raises or hangs (the type only is logged)."""
    try:
        if isinstance(source, Mapping):
            return source.get(name)
        return await call_bounded(source, name, timeout)
    except ResolverFailed:
        raise
    except TimeoutError:
        logger.error("a connection resolver took more than %.1f s", timeout)
        raise ResolverFailed("did not answer in time") from None
    except Exception as exc:
        logger.error("a connection resolver raised %s", type(exc).__name__)
        raise ResolverFailed(type(exc).__name__) from None


class TokenFile:
    """``--tokens-file``: lines of ``<token> <connection id>`` (``#`` comments and blank lines skipped), 0600.

    A token is at least :data:`~.auth.MIN_TOKEN_LENGTH` visible ASCII characters and appears once; several tokens
    may name one connection (a user's laptop and CI). The file is read again when it changes; a change that makes
    it unusable (a syntax error, a loose mode, a half-written file) makes every request a 503 until it is fixed:
    refusing everyone for a while is better than keeping a token the platform just revoked.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        self._file: WatchedFiles[dict[bytes, str]] = WatchedFiles(MAX_FILE_BYTES, self._parsed)
        self._tokens: dict[bytes, str] = {}
        self.reload()  # a file unusable at start stops the server from starting (InvalidInputError)

    def __repr__(self) -> str:
        return f"TokenFile({self.path!r}, <{len(self._tokens)} tokens>)"

    def __reduce__(self) -> Any:
        raise TypeError("TokenFile cannot be pickled: tokens stay in the process that loaded them")

    def reload(self) -> None:
        """Read the file again if it changed (:mod:`.._request.private_files`); InvalidInputError if unusable."""
        try:
            tokens = self._file.get("", self.path)
        except Refused as exc:
            raise InvalidInputError("tokens_file", f"{self.path} refused: {exc.why}") from None
        if tokens is None:
            raise InvalidInputError("tokens_file", f"cannot read {self.path}: no such file")
        self._tokens = tokens

    def _parsed(self, data: bytes) -> dict[bytes, str]:
        return parse_tokens(data, self.path)

    def __call__(self, token: str) -> str | None:
        try:
            self.reload()
        except InvalidInputError as exc:
            logger.error("the tokens file cannot be used: %s", exc.message)
            raise ResolverFailed("the tokens file cannot be used") from None
        return self._tokens.get(_digest(token))


def parse_tokens(data: bytes, where: str) -> dict[bytes, str]:
    """``{sha256(token): connection id}`` of a tokens file; errors name the line, never the token."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise InvalidInputError("tokens_file", f"{where} is not ASCII text") from None
    tokens: dict[bytes, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            raise InvalidInputError("tokens_file", f"{where} line {number}: expected '<token> <connection id>'")
        token, connection = parts
        if not TOKEN_PATTERN.fullmatch(token) or len(token) < MIN_TOKEN_LENGTH:
            raise InvalidInputError(
                "tokens_file", f"{where} line {number}: a token is >= {MIN_TOKEN_LENGTH} visible ASCII characters"
            )
        if not is_connection_id(connection):
            raise InvalidInputError("tokens_file", f"{where} line {number}: not a connection id (letters, digits, _ -)")
        key = _digest(token)
        if key in tokens:
            raise InvalidInputError("tokens_file", f"{where} line {number}: a token given twice")
        tokens[key] = connection
    if not tokens:
        raise InvalidInputError("tokens_file", f"{where} holds no '<token> <connection id>' line")
    return tokens


class KeysDirectory(ConnectionFiles[str]):
    """``--keys-dir``: one file per connection, named by its id, holding that connection's Stripe key (0600).

    ``get(id)`` ``stat``s that one file and reads it again when it changed, through the mechanism
    ``events serve --secrets-dir`` uses (:mod:`.._request.private_files`: the ``stat`` keeps the GIL, a FIFO is never
    opened, a file swapped before the open is judged as opened); a missing file is None (the connection has no key:
    its calls fail with a tool error); a file that others can read or write, that is not a regular file or that
    holds no key raises :class:`ResolverFailed` (logged with the path, never the content). The directory itself
    must not be writable by others (they could give a connection their own key).
    """

    holds = "keys"
    limit = KEY_FILE_BYTES

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, "keys_dir")

    def parse(self, data: bytes) -> str:
        try:
            key = data.decode("ascii").strip()
        except UnicodeDecodeError:
            key = ""
        if not key or any(ch.isspace() for ch in key):
            raise Refused("it holds no key (empty, truncated or not text)")
        return key

    def refused(self, file: str, why: str) -> ResolverFailed:
        logger.error("key file %s refused: %s", file, why)
        return ResolverFailed("the connection's key file cannot be used")


class ConnectionAuth:
    """ASGI middleware: the bearer token of each request names its connection (see the module docstring).

    Unknown token: 401 (the answer of :class:`~.auth.BearerAuth`); resolver failure: 503; a session id opened by
    another connection: 404. Otherwise the request goes on with ``scope[SCOPE_KEY]`` set to the connection.
    """

    def __init__(self, app: Any, tokens: TokenResolver, *, timeout: float = RESOLVE_TIMEOUT) -> None:
        self.app = app
        self.tokens = tokens
        self.timeout = timeout
        self._sessions: collections.OrderedDict[bytes, str] = collections.OrderedDict()

    def __repr__(self) -> str:
        return f"ConnectionAuth(tokens=<{type(self.tokens).__name__}>)"

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        headers = list(scope.get("headers", []))
        try:
            connection = await self._connection_of(headers)
        except ResolverFailed:
            await refuse(scope, send, 503, SERVICE_UNAVAILABLE)
            return
        if connection is None:
            await refuse(scope, send)
            return
        session = next((value for name, value in headers if name.lower() == b"mcp-session-id"), None)
        if session is not None and self._sessions.get(session) != connection:
            # Unknown to us, or opened by another user: either way, not this caller's session.
            await refuse(scope, send, 404, UNKNOWN_SESSION)
            return
        scope[SCOPE_KEY] = connection

        async def bind_session(message: Any) -> None:
            if message["type"] == "http.response.start" and session is None:
                for name, value in message.get("headers", []):
                    if name.lower() == b"mcp-session-id":
                        self._bind(value, connection)
            await send(message)

        await self.app(scope, receive, bind_session)
        if session is not None and scope.get("method") == "DELETE":
            self._sessions.pop(session, None)

    async def _connection_of(self, headers: list[tuple[bytes, bytes]]) -> str | None:
        """The connection the request's bearer token names, or None; ResolverFailed when that is unknowable now."""
        scheme, credential = authorization(headers)
        if scheme != b"bearer" or not TOKEN_PATTERN.fullmatch(credential.decode("latin-1") or " "):
            return None
        found = await ask_resolver(self.tokens, credential.decode("ascii"), timeout=self.timeout)
        return found if is_connection_id(found) else None

    def _bind(self, session: bytes, connection: str) -> None:
        self._sessions[session] = connection
        while len(self._sessions) > MAX_BINDINGS:
            self._sessions.popitem(last=False)


class UserConnectors:
    """The connector of each connection, built from ``options`` and the connection's key (see the module docstring).

    ``build(options)`` makes one (the server's :meth:`~.server.Serving.connector`, so the exposed tools limit every
    user alike); it is rebuilt when the key changes. Awaited with a tool call's request context, it answers
    ``(connector, key)`` for the connection in that request's scope.
    """

    def __init__(
        self,
        options: Mapping[str, Any],
        keys: KeySource,
        build: Callable[[Mapping[str, Any]], AsyncStripeConnector],
        *,
        timeout: float = RESOLVE_TIMEOUT,
    ) -> None:
        self.options = {name: value for name, value in options.items() if name != "api_key"}
        self.keys = keys
        self.build = build
        self.timeout = timeout
        self._connectors: collections.OrderedDict[str, tuple[bytes, AsyncStripeConnector]] = collections.OrderedDict()
        self._retired: list[AsyncStripeConnector] = []

    def __repr__(self) -> str:
        return f"UserConnectors(<{len(self._connectors)} connections>, keys=<{type(self.keys).__name__}>)"

    async def for_request(self, ctx: Any) -> tuple[AsyncStripeConnector, str]:
        request = getattr(ctx, "request", None)
        scope = getattr(request, "scope", None) or {}
        connection = scope.get(SCOPE_KEY)
        if not isinstance(connection, str) or not is_connection_id(connection):
            raise InvalidInputError("connection", "this request carries no connection (is ConnectionAuth in front?)")
        return await self.connector(connection)

    async def connector(self, connection: str) -> tuple[AsyncStripeConnector, str]:
        """The connector and key of ``connection``; a tool error when it has none or its key cannot be read."""
        check_connection_id(connection)
        try:
            key = await ask_resolver(self.keys, connection, timeout=self.timeout)
        except ResolverFailed:
            raise InvalidInputError(
                "connection", "this connection's Stripe key cannot be read now; try later"
            ) from None
        if not isinstance(key, str) or not key:
            raise InvalidInputError("connection", "this connection has no Stripe key configured")
        digest = _digest(key.encode("utf-8", "replace"))
        cached = self._connectors.get(connection)
        if cached is not None and cached[0] == digest:
            self._connectors.move_to_end(connection)
            return cached[1], key
        connector = self.build({**self.options, "api_key": key})
        self._connectors[connection] = (digest, connector)
        if cached is not None:
            self._retire(cached[1])
        while len(self._connectors) > MAX_CONNECTORS:
            self._retire(self._connectors.popitem(last=False)[1][1])
        return connector, key

    def _retire(self, connector: AsyncStripeConnector) -> None:
        """Close a replaced connector later: calls still running on it keep it until then."""
        self._retired.append(connector)
        loop = asyncio.get_running_loop()
        loop.call_later(CLOSE_GRACE_SECONDS, lambda: loop.create_task(self._close(connector)))

    async def _close(self, connector: AsyncStripeConnector) -> None:
        if connector in self._retired:
            self._retired.remove(connector)
            await connector.aclose()

    async def aclose(self) -> None:
        everything = [connector for _, connector in self._connectors.values()] + self._retired
        self._connectors.clear()
        self._retired = []
        for connector in everything:
            await connector.aclose()
