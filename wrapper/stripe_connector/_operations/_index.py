"""Loading the operation index (``spec/stripe.operations.jsonl``, written by ``codegen/build_operations.py``).

The file is read once, on first use, thread-safely: ``import stripe_connector`` never opens it. Each operation's
argument schema stays JSON text until the operation is used (described, validated or sent), and the sub-schemas
Stripe repeats across operations are parsed once and shared, so loading all of them costs a few milliseconds and
little memory.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError

JSONSchema = dict[str, Any]
INDEX_NAME = "stripe.operations.jsonl"
#: The index format this module reads (``FORMAT`` in ``codegen/build_operations.py``).
SUPPORTED_FORMAT = 1
KINDS = ("read", "create", "update", "delete")


def index_path() -> Path:
    """Packaged beside the code in a wheel (``_spec/``), or the repository's ``spec/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "_spec" / INDEX_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "spec" / INDEX_NAME


class Operation:
    """One Stripe operation: ``id`` (Stripe's operationId, ``PostRefunds``), ``method``, ``path``, ``kind`` (read,
    create, update or delete: what it may do to Stripe's data), ``summary``, ``description``, ``pagination``
    (``cursor``, ``search``, ``page`` for ``/v2``, or None), ``body_encoding`` (``form``, ``json``, ``multipart``),
    ``locations`` (argument -> ``path``/``query``/``body``), ``money`` (its money fields, capped by
    ``max_amount``), ``filters_created`` and ``input_schema`` (every argument in one JSON Schema)."""

    __slots__ = (
        "_index",
        "_schema",
        "body_encoding",
        "description",
        "filters_created",
        "id",
        "kind",
        "locations",
        "method",
        "money",
        "pagination",
        "path",
        "summary",
    )

    id: str
    method: str
    path: str
    summary: str
    description: str
    kind: str
    pagination: str | None
    body_encoding: str
    locations: Mapping[str, str]
    money: tuple[str, ...]
    filters_created: bool

    def __init__(self, entry: Mapping[str, Any], index: OperationIndex) -> None:
        set_ = object.__setattr__
        set_(self, "id", entry["id"])
        set_(self, "method", entry["method"])
        set_(self, "path", entry["path"])
        set_(self, "summary", entry["summary"])
        set_(self, "description", entry["description"])
        set_(self, "kind", entry["kind"])
        set_(self, "pagination", entry["pagination"])
        set_(self, "body_encoding", entry["encoding"])
        set_(self, "locations", entry["in"])
        set_(self, "money", tuple(entry["money"]))
        set_(self, "filters_created", bool(entry["filters_created"]))
        set_(self, "_schema", entry["schema"])
        set_(self, "_index", index)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Operation is immutable")

    def __reduce__(self) -> Any:
        return (operation_by_id, (self.id,))

    def __repr__(self) -> str:
        return f"Operation({self.id}: {self.method} {self.path}, kind={self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Operation) and (other.id, other.method, other.path) == (
            self.id,
            self.method,
            self.path,
        )

    def __hash__(self) -> int:
        return hash(("Operation", self.id))

    @property
    def key(self) -> str:
        """``"POST /v1/refunds"``."""
        return f"{self.method} {self.path}"

    @property
    def input_schema(self) -> JSONSchema:
        """Every argument (path, query and body) in one JSON Schema object; shared: never modify it."""
        index: OperationIndex = object.__getattribute__(self, "_index")
        schema: JSONSchema = index.schema(object.__getattribute__(self, "_schema"))
        return schema

    @property
    def path_params(self) -> frozenset[str]:
        return frozenset(name for name, where in self.locations.items() if where == "path")

    @property
    def query_params(self) -> frozenset[str]:
        return frozenset(name for name, where in self.locations.items() if where == "query")

    @property
    def is_list(self) -> bool:
        """A list or search operation: ``paginate`` follows it."""
        return self.pagination is not None

    @property
    def is_read(self) -> bool:
        return self.kind == "read"

    @property
    def sends_idempotency_key(self) -> bool:
        """Every POST, and ``/v2`` DELETEs, carry an ``Idempotency-Key`` (as stripe-python sends them)."""
        return self.method == "POST" or (self.method == "DELETE" and self.path.startswith("/v2/"))

    def describe(self, field: str | None = None, *, max_chars: int | None = None) -> dict[str, Any]:
        """See :func:`stripe_connector._operations._describe.describe`."""
        from ._describe import DEFAULT_MAX_CHARS, describe

        return describe(self, field, max_chars=max_chars or DEFAULT_MAX_CHARS)


class OperationIndex:
    """The loaded index: operations in the spec's path order, by id, and their shared schemas."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("format") != SUPPORTED_FORMAT:
            raise ValueError(f"operation index format {data.get('format')!r}; this connector reads {SUPPORTED_FORMAT}")
        self.stripe_api_version: str = data["stripe_api_version"]
        self.max_schema_depth: int = data["max_schema_depth"]
        self.money_fields: frozenset[str] = frozenset(data["money_fields"])
        self._texts: list[str | bytes] = data["schemas"]
        self._parsed: dict[int, Any] = {}
        self._lock = threading.Lock()
        #: The search index (``_search``), built on the first search.
        self.search_index: Any = None
        # Operation objects are made on first use: a first call_operation needs one, not all of them.
        self._entries: list[dict[str, Any]] = data["operations"]
        self._numbers: dict[str, int] = {entry["id"]: number for number, entry in enumerate(self._entries)}
        self._made: dict[int, Operation] = {}
        self._all: tuple[Operation, ...] | None = None
        self._routes: dict[tuple[str, int], list[tuple[Operation, tuple[str | None, ...]]]] | None = None

    def get(self, operation_id: str) -> Operation | None:
        """The operation ``operation_id``, or None."""
        number = self._numbers.get(operation_id)
        return None if number is None else self._operation(number)

    def _operation(self, number: int) -> Operation:
        found = self._made.get(number)
        if found is None:
            with self._lock:
                found = self._made.setdefault(number, Operation(self._entries[number], self))
        return found

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in the spec's path order."""
        if self._all is None:
            self._all = tuple(self._operation(number) for number in range(len(self._entries)))
        return self._all

    @property
    def by_id(self) -> dict[str, Operation]:
        return {operation.id: operation for operation in self.operations}

    def ids(self) -> list[str]:
        return list(self._numbers)

    def routes(self) -> dict[tuple[str, int], list[tuple[Operation, tuple[str | None, ...]]]]:
        if self._routes is None:
            routes: dict[tuple[str, int], list[tuple[Operation, tuple[str | None, ...]]]] = {}
            for operation in self.operations:
                segments = tuple(None if part.startswith("{") else part for part in operation.path.split("/")[1:])
                routes.setdefault((operation.method, len(segments)), []).append((operation, segments))
            self._routes = routes
        return self._routes

    def schema(self, number: int) -> Any:
        """Shared schema ``number``, parsed once, with the schemas it refers to resolved (shared, never copied)."""
        found = self._parsed.get(number)
        if found is None:
            with self._lock:
                found = self._parsed.get(number)
                if found is None:
                    found = self._resolve(json.loads(self._texts[number]))
                    self._parsed[number] = found
        return found

    def _resolve(self, node: Any) -> Any:
        if isinstance(node, dict):
            if len(node) == 1 and "$s" in node:
                found = self._parsed.get(node["$s"])
                if found is None:
                    found = self._resolve(json.loads(self._texts[node["$s"]]))
                    self._parsed[node["$s"]] = found
                return found
            return {key: self._resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self._resolve(item) for item in node]
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation ``method path`` reaches (a literal segment beats a template), with its path arguments."""
        parts = path.rstrip("/").split("/")[1:] if path != "/" else []
        best: tuple[int, Operation, dict[str, str]] | None = None
        for operation, segments in self.routes().get((method.upper(), len(parts)), ()):
            arguments: dict[str, str] = {}
            literals = 0
            template = operation.path.split("/")[1:]
            for part, literal, name in zip(parts, segments, template, strict=True):
                if literal is None:
                    if not part:
                        break
                    arguments[name[1:-1]] = part
                elif part != literal:
                    break
                else:
                    literals += 1
            else:
                if best is None or literals > best[0]:
                    best = (literals, operation, arguments)
        return None if best is None else (best[1], best[2])


_index: OperationIndex | None = None
_index_lock = threading.Lock()


def load_index(path: Path | None = None) -> OperationIndex:
    """The index at ``path`` (a fresh load), or the process-wide one (loaded once, on first use)."""
    global _index
    if path is not None:
        return OperationIndex(read_index_file(path))
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = OperationIndex(read_index_file(index_path()))
    return _index


def read_index_file(path: Path) -> dict[str, Any]:
    """The first line parsed; the schema lines kept as bytes, each parsed when an operation needs it."""
    head, _, rest = path.read_bytes().partition(b"\n")
    data: dict[str, Any] = json.loads(head)
    data["schemas"] = rest.split(b"\n")
    return data


def is_loaded() -> bool:
    """Whether this process has read the index (``import stripe_connector`` must not)."""
    return _index is not None


def operation_by_id(operation_id: object) -> Operation:
    """The operation ``operation_id``, or :class:`InvalidInputError` naming ``operation`` with the closest ids."""
    index = load_index()
    if isinstance(operation_id, str):
        found = index.get(operation_id)
        if found is not None:
            return found
    import difflib

    close = difflib.get_close_matches(str(operation_id), index.ids(), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; OPERATIONS.search(text) finds one by what it does"
    raise InvalidInputError("operation", f"unknown Stripe operation {str(operation_id)[:100]!r}{hint}")
