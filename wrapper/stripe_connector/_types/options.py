"""The shapes every layer passes around: the call options (``RequestOptions``, ``PageOptions``), the idempotency
scope, and :class:`PreparedRequest`, the one logical request that the send loops move over HTTP.

They sit at the bottom of the package so that any layer can name them without importing the layer that builds
them (the rate limiter, the transport and the results read a ``PreparedRequest``; the request layer makes it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypedDict

#: A JSON Schema, as a plain dict.
JSONSchema = dict[str, Any]

#: How deep a call's arguments may nest. Stripe's deepest parameters are about five levels down; anything deeper
#: (or a structure that contains itself) is refused before the encoder or the schema validator would recurse.
MAX_ARGUMENT_DEPTH = 20
#: How deep any JSON walked by recursive code may nest (money caps, the MCP server's arguments and answers): far
#: beyond any Stripe object, and far below Python's recursion limit.
MAX_JSON_DEPTH = 64

#: What identifies a workflow step for replay-safe idempotency: a string, or a few strings (run id, step id).
IdempotencyScope = str | Sequence[str] | Mapping[str, str]


class RequestOptions(TypedDict, total=False):
    """How one call is sent, beside its tool and arguments (``call``, ``dry_run``, typed methods).

    ``idempotency_key``: the key of a POST (Stripe replays its first answer for 24 hours); ``idempotency_scope``:
    what identifies a workflow step (``[run_id, step_id]``), from which a stable key is derived; ``stripe_account``:
    a connected account (``acct_...``); ``stripe_context``: the ``Stripe-Context`` header (an organisation's
    account, a v2 account: ``acct_...`` or a path ``acct_.../acct_...``), instead of ``stripe_account``;
    ``strict``: the arguments follow ``tool.strict_input_schema``. A connector's own ``stripe_account`` /
    ``stripe_context`` apply to calls that give neither.
    """

    idempotency_key: str | None
    idempotency_scope: IdempotencyScope | None
    stripe_account: str | None
    stripe_context: str | None
    strict: bool


class PageOptions(TypedDict, total=False):
    """How ``paginate`` walks: ``max_items`` (None: all), ``stripe_account`` (a connected account) or
    ``stripe_context``."""

    max_items: int | None
    stripe_account: str | None
    stripe_context: str | None


class PreparedRequest:
    """One logical request, ready to send (and to re-send unchanged on retry).

    A plain slotted class rather than a dataclass: it is built on every call and defined at import time, where
    dataclass generation would cost about a millisecond of the connector's import budget.
    """

    __slots__ = ("body", "headers", "host", "method", "operation", "parts", "sink", "target", "tool")

    def __init__(
        self,
        tool: str,
        method: str,
        target: str,
        body: str | bytes | None,
        headers: dict[str, str],
        operation: str | None = None,
        host: str | None = None,
    ) -> None:
        # ``target``: path and query string, e.g. ``/v1/customers?limit=10&email=a%40b.c``; ``operation``:
        # ``"GET /v1/customers"``, the Stripe operation whose model parses the answer (None for raw_request);
        # ``host``: the Stripe host that serves it (``files.stripe.com``; None: the main API host), which the
        # connector's ``hosts`` option maps to a base URL. ``body`` is bytes for a multipart upload: read once,
        # so every retry sends the same bytes.
        self.tool, self.method, self.target, self.body, self.headers = tool, method, target, body, headers
        self.operation = operation
        self.host = host
        #: A multipart body's parts as a dry run shows them (names, values, file names and sizes), else None.
        self.parts: list[dict[str, Any]] | None = None
        #: Where a successful binary answer is streamed instead of being held in memory (``_request.sinks``).
        self.sink: BodySink | None = None

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.target.split('?')[0]}, tool={self.tool!r})"


class BodySink(Protocol):
    """Takes a successful answer's body chunk by chunk (a file being written): see ``_request.sinks.FileSink``."""

    def takes(self, status: int, media: str) -> bool:
        """Whether an answer with this status and media type is streamed here (else it is read into memory)."""
        ...

    def begin(self) -> None:
        """An attempt starts writing: whatever an earlier attempt wrote is dropped."""
        ...

    def write(self, chunk: bytes) -> None: ...


class FilePart:
    """A file to upload, already read: its bytes, the file name sent with them and its size.

    Reading happens once, before anything is sent (``_request.uploads``), so retries resend exactly these bytes
    with the same idempotency key, whatever happens to the file on disk meanwhile. ``repr`` shows the name and
    size, never the content.
    """

    __slots__ = ("content", "filename")

    def __init__(self, content: bytes, filename: str) -> None:
        self.content = content
        self.filename = filename

    @property
    def size(self) -> int:
        return len(self.content)

    def __repr__(self) -> str:
        return f"FilePart({self.filename!r}, {self.size:,} bytes)"

    def __str__(self) -> str:
        # What an idempotency scope's key is derived from: the content's digest, so other bytes give another key.
        import hashlib

        return f"file:{self.filename}:{hashlib.sha256(self.content).hexdigest()}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FilePart) and (other.content, other.filename) == (self.content, self.filename)

    def __hash__(self) -> int:
        return hash((self.filename, self.size))
