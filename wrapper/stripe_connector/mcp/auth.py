"""Who may call the MCP server over HTTP: one access token, read from a file, sent as ``Authorization: Bearer``.

Over stdio the only caller is the process that started the server. Over the network anyone who can reach the port
could otherwise spend the Stripe key, so the HTTP server does not start without a token (:func:`load_token`), and
:class:`BearerAuth`, the outermost layer of the ASGI app, answers 401 to any request without it before the request
reaches the MCP transport, a session or a tool. Tokens are compared as SHA-256 digests with
:func:`hmac.compare_digest`: constant time, whatever their lengths. The token is never written anywhere: not in a
401, not in a log line, not in an error (the file's path is named instead).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import stat
from typing import Any

from ..errors import InvalidInputError

#: ``python -c 'import secrets; print(secrets.token_urlsafe(32))'`` writes 43 characters; shorter is guessable.
MIN_TOKEN_LENGTH = 32
MAX_TOKEN_FILE_BYTES = 4096
#: What can travel in an HTTP header without quoting: visible ASCII, no spaces.
TOKEN_PATTERN = re.compile(r"[\x21-\x7e]+")

HOW_TO_MAKE_ONE = (
    "make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))' > mcp.token && chmod 600 mcp.token"
)


def load_token(path: str | None) -> str:
    """The access token in ``path`` (surrounding whitespace ignored); refuses a missing, readable-by-others, short
    or malformed one with :class:`InvalidInputError` (``auth_token_file``), naming the file and never the content."""
    param = "auth_token_file"
    if not path:
        raise InvalidInputError(param, f"--http needs an access token: give --auth-token-file PATH ({HOW_TO_MAKE_ONE})")
    try:
        with open(path, "rb") as stream:
            mode = os.fstat(stream.fileno()).st_mode
            raw = stream.read(MAX_TOKEN_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInputError(param, f"cannot read {path!r}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        raise InvalidInputError(param, f"{path!r} is not a regular file")
    if mode & 0o077:
        raise InvalidInputError(param, f"{path!r} can be read or changed by other users: chmod 600 it")
    if len(raw) > MAX_TOKEN_FILE_BYTES:
        raise InvalidInputError(param, f"{path!r} is longer than {MAX_TOKEN_FILE_BYTES} bytes: it holds no token")
    try:
        token = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        raise InvalidInputError(param, f"{path!r} is not ASCII text") from None
    if not TOKEN_PATTERN.fullmatch(token or " "):
        raise InvalidInputError(param, f"{path!r} must hold one token: visible ASCII, no spaces ({HOW_TO_MAKE_ONE})")
    if len(token) < MIN_TOKEN_LENGTH:
        raise InvalidInputError(
            param, f"the token in {path!r} is shorter than {MIN_TOKEN_LENGTH} characters ({HOW_TO_MAKE_ONE})"
        )
    return token


def digest(token: bytes) -> bytes:
    return hashlib.sha256(token).digest()


UNAUTHORIZED = json.dumps(
    {
        "error": {
            "kind": "unauthorized",
            "message": "this MCP server needs the header Authorization: Bearer <token>, the token in the file given "
            "to its --auth-token-file",
        }
    }
).encode()


class BearerAuth:
    """ASGI middleware: a request without ``Authorization: Bearer <the token>`` gets 401 and goes no further.

    Only the lifespan passes without it (a WebSocket without it is closed). Exactly one Authorization header is
    accepted: two are refused rather than guessing which one the application behind would read.
    """

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self._digest = digest(token.encode("ascii"))

    def allows(self, headers: list[tuple[bytes, bytes]]) -> bool:
        scheme, credential = authorization(headers)
        # Compared even when the scheme is wrong, so the time taken says nothing about which part failed.
        matches = hmac.compare_digest(digest(credential), self._digest)
        return scheme == b"bearer" and matches

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan" or self.allows(list(scope.get("headers", []))):
            await self.app(scope, receive, send)
            return
        await refuse(scope, send)


def authorization(headers: list[tuple[bytes, bytes]]) -> tuple[bytes, bytes]:
    """``(scheme lowercased, credential)`` of the one ``Authorization`` header; ``(b"", b"")`` when there is none or
    more than one (two are refused rather than guessing which one the application behind would read)."""
    given = [value for name, value in headers if name.lower() == b"authorization"]
    if len(given) != 1:
        return b"", b""
    scheme, _, credential = given[0].partition(b" ")
    return scheme.lower(), credential.strip()


async def refuse(scope: Any, send: Any, status: int = 401, body: bytes = UNAUTHORIZED) -> None:
    """The answer to a request that may not pass: 401 (or ``status``) with a JSON error; a WebSocket is closed."""
    if scope["type"] != "http":
        await send({"type": "websocket.close", "code": 1008})
        return
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="stripe-connector"'))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
