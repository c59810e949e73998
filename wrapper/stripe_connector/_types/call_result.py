"""``CallResult``: what the engine saw, beside Stripe's JSON: the request id, whether Stripe replayed an idempotent
answer, the idempotency key and how many attempts it took.

A workflow step logs the request id for support tickets and wants to know whether a retried step was applied now
or replayed from an earlier attempt (``Idempotent-Replayed: true``). ``call`` keeps returning the plain JSON;
``call_with_details`` returns this object, whose ``as_json()`` is the same details as plain JSON (for the CLI's
``--details``, for Celery results and Temporal payloads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .options import PreparedRequest


#: The fields, in the order ``as_json`` writes them.
_FIELDS = ("tool", "data", "request_id", "idempotent_replayed", "idempotency_key", "attempts", "http_status")


class CallResult:
    """Stripe's JSON (``data``) and the details of the exchange that produced it."""

    __slots__ = _FIELDS
    tool: str
    data: dict[str, Any]
    request_id: str | None
    idempotent_replayed: bool
    idempotency_key: str | None
    attempts: int
    http_status: int

    def __init__(
        self,
        *,
        tool: str,
        data: dict[str, Any],
        request_id: str | None,
        idempotent_replayed: bool,
        idempotency_key: str | None,
        attempts: int,
        http_status: int,
    ) -> None:
        values = locals()  # the parameters are the fields: each is set once, by its name in _FIELDS
        for name in _FIELDS:
            setattr(self, name, values[name])

    @classmethod
    def from_exchange(
        cls, request: PreparedRequest, response: httpx.Response, data: dict[str, Any], attempts: int
    ) -> CallResult:
        """The details of one finished call: ``data`` is what ``read_json`` made of ``response``."""
        return cls(
            tool=request.tool,
            data=data,
            request_id=response.headers.get("request-id"),
            idempotent_replayed=response.headers.get("idempotent-replayed", "").strip().lower() == "true",
            idempotency_key=request.headers.get("Idempotency-Key"),
            attempts=attempts,
            http_status=response.status_code,
        )

    def as_json(self) -> dict[str, Any]:
        """Plain JSON: ``{"tool": ..., "data": ..., "request_id": ..., "idempotent_replayed": ..., ...}``."""
        return {name: getattr(self, name) for name in _FIELDS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CallResult) and self.as_json() == other.as_json()

    def __repr__(self) -> str:
        return (
            f"CallResult(tool={self.tool!r}, request_id={self.request_id!r}, "
            f"idempotent_replayed={self.idempotent_replayed}, attempts={self.attempts}, http_status={self.http_status})"
        )

    __hash__ = None  # type: ignore[assignment]  # mutable data: not hashable


class Download:
    """A binary answer (a quote's PDF), exactly as Stripe sent it: ``content`` (bytes), ``content_type`` (its
    ``Content-Type``, e.g. ``application/pdf``), ``request_id``. Never parsed; ``repr`` shows the type and size.

    Streamed to a file (``download_operation(..., out=PATH)``), ``content`` is empty and ``path`` and ``size`` say
    where the bytes went."""

    __slots__ = ("content", "content_type", "path", "request_id", "size")

    def __init__(
        self,
        content: bytes,
        content_type: str,
        request_id: str | None,
        *,
        path: str | None = None,
        size: int | None = None,
    ) -> None:
        self.content = content
        self.content_type = content_type
        self.request_id = request_id
        self.path = path
        self.size = len(content) if size is None else size

    def __repr__(self) -> str:
        where = "" if self.path is None else f", written to {self.path!r}"
        return f"Download({self.content_type!r}, {self.size:,} bytes{where}, request_id={self.request_id!r})"

    def as_json(self) -> dict[str, Any]:
        """Its description as JSON (the bytes themselves are not): for the CLI's ``--out`` report and logs."""
        described: dict[str, Any] = {"content_type": self.content_type, "size": self.size}
        described["request_id"] = self.request_id
        if self.path is not None:
            described["out"] = self.path
        return described
