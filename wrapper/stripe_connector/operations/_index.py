"""Loading the operation index (``spec/stripe.operations.jsonl``, written by ``codegen/build_operations.py``).

The index is opened on first use, thread-safely: ``import stripe_connector`` never reads it. Opening it reads the
header only (every id and route, and where each other line starts); an operation's own line and its schema's lines
are read and parsed when that operation is used (described, validated or sent), so a first ``call_operation``
parses a few kilobytes, not the whole index. Listing or searching every operation reads the file once. The
sub-schemas Stripe repeats across operations are parsed once and shared, so all of them cost little memory.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from ..errors import InvalidInputError
from ._fields import OperationFields

JSONSchema = dict[str, Any]
INDEX_NAME = "stripe.operations.jsonl"
#: The index format this module reads (``FORMAT`` in ``codegen/build_operations.py``).
SUPPORTED_FORMAT = 2
KINDS = ("read", "create", "update", "delete")


def index_path() -> Path:
    """Packaged beside the code in a wheel (``_spec/``), or the repository's ``spec/`` in a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "_spec" / INDEX_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "spec" / INDEX_NAME


class Operation(OperationFields):
    """One Stripe operation: ``id`` (Stripe's operationId, ``PostRefunds``), ``method``, ``path``, ``kind`` (read,
    create, update or delete: what it may do to Stripe's data), ``summary``, ``description``, ``pagination``
    (``cursor``, ``search``, ``page`` for ``/v2``, or None), ``body_encoding`` (``form``, ``json``, ``multipart``),
    ``locations`` (argument -> ``path``/``query``/``body``), ``money`` (its money fields, capped by
    ``max_amount``), ``filters_created``, ``host`` (the Stripe host that serves it, from the spec's ``servers``),
    ``answer`` (``json``, or the media type of a binary answer such as ``application/pdf``), ``files`` (the
    arguments of an upload that carry a file) and ``input_schema`` (every argument in one JSON Schema)."""

    __slots__ = (
        "_index",
        "_schema",
        "answer",
        "body_encoding",
        "description",
        "files",
        "filters_created",
        "host",
        "id",
        "kind",
        "locations",
        "method",
        "money",
        "pagination",
        "path",
        "summary",
    )

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
        set_(self, "host", entry.get("host", "api.stripe.com"))
        set_(self, "answer", entry.get("answer", "json"))
        set_(self, "files", tuple(entry.get("files", ())))
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
    def is_binary(self) -> bool:
        """Its success answer is not JSON (a quote's PDF): ``download_operation`` returns it as bytes."""
        return self.answer != "json"

    @property
    def is_read(self) -> bool:
        return self.kind == "read"

    @property
    def sends_idempotency_key(self) -> bool:
        """Every POST, and ``/v2`` DELETEs, carry an ``Idempotency-Key`` (as stripe-python sends them)."""
        return self.method == "POST" or (self.method == "DELETE" and self.path.startswith("/v2/"))

    def describe(self, field: str | None = None, *, max_chars: int | None = None) -> dict[str, Any]:
        """See :func:`stripe_connector.operations._describe.operation_description`."""
        from ._describe import DEFAULT_MAX_CHARS, operation_description

        return operation_description(self, field, max_chars=max_chars or DEFAULT_MAX_CHARS)


class IndexLines(Protocol):
    """Where an index's operations and shared schemas come from: the file, or data in memory."""

    def operation(self, number: int) -> dict[str, Any]: ...
    def schema_text(self, number: int) -> str | bytes: ...
    def read_all(self) -> None: ...


class MemoryLines:
    """An index built in memory (``codegen.build_operations.build_index``): its lists, as they are."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.entries: list[dict[str, Any]] = data["operations"]
        self.schemas: list[str | bytes] = data["schemas"]

    def operation(self, number: int) -> dict[str, Any]:
        return self.entries[number]

    def schema_text(self, number: int) -> str | bytes:
        return self.schemas[number]

    def read_all(self) -> None:
        return None


class FileLines:
    """The index file past its header: each line found by its offset and read alone, until :meth:`read_all`.

    A line is read with its newline, and the file's size is checked against the header's, so a file replaced or
    cut while a process uses it is an error, never another operation's schema. After :data:`SINGLE_READS` lines
    read alone (an operation with many shared sub-schemas), the rest of the file is read at once.
    """

    SINGLE_READS = 16

    def __init__(self, path: Path, start: int, offsets: str, digits: int, operations: int) -> None:
        self.path = path
        self.start = start
        self.offsets = offsets
        self.digits = digits
        self.operations = operations
        self.data: bytes | None = None
        self.reads = 0

    def line(self, number: int) -> bytes:
        begin, end = self.offset(number), self.offset(number + 1)
        self.reads += 1
        if self.reads > self.SINGLE_READS:
            self.read_all()
        data = self.data
        if data is not None:
            return data[begin : end - 1]
        with self.path.open("rb") as file:
            file.seek(self.start + begin)
            text = file.read(end - begin)
        if not text.endswith(b"\n"):
            raise ValueError(f"operation index {self.path} changed while in use (line {number} is cut)")
        return text[:-1]

    def offset(self, number: int) -> int:
        return int(self.offsets[number * self.digits : (number + 1) * self.digits], 16)

    def operation(self, number: int) -> dict[str, Any]:
        entry: dict[str, Any] = json.loads(self.line(number))
        return entry

    def schema_text(self, number: int) -> bytes:
        return self.line(self.operations + number)

    def read_all(self) -> None:
        """Read every line at once (listing or searching every operation): one read of the file."""
        if self.data is None:
            data = self.path.read_bytes()[self.start :]
            if len(data) != self.offset(len(self.offsets) // self.digits - 1):
                raise ValueError(f"operation index {self.path} is not the length its header says")
            self.data = data


class OperationIndex:
    """The loaded index: operations in the spec's path order, by id, and their shared schemas.

    ``data`` is the header (``format``, ``stripe_api_version``, ``ids``, ``routes``...) with ``lines``, where the
    operations and schemas come from; or, as ``build_index`` returns it, with ``operations`` and ``schemas``.
    """

    def __init__(self, data: Mapping[str, Any], lines: IndexLines | None = None) -> None:
        if data.get("format") != SUPPORTED_FORMAT:
            raise ValueError(f"operation index format {data.get('format')!r}; this connector reads {SUPPORTED_FORMAT}")
        self.stripe_api_version: str = data["stripe_api_version"]
        self.max_schema_depth: int = data["max_schema_depth"]
        self.money_fields: frozenset[str] = frozenset(data["money_fields"])
        if lines is None:
            memory = MemoryLines(data)
            lines = memory
            ids = [entry["id"] for entry in memory.entries]
            routes = [f"{entry['method']} {entry['path']}" for entry in memory.entries]
        else:
            ids, routes = data["ids"], data["routes"]
        self._lines = lines
        self._route_keys: list[str] = routes
        self._parsed: dict[int, Any] = {}
        self._lock = threading.Lock()
        #: The search index (``_search``), built on the first search.
        self.search_index: Any = None
        # Operation objects are made on first use: a first call_operation needs one, not all of them.
        self._numbers: dict[str, int] = {operation_id: number for number, operation_id in enumerate(ids)}
        self._made: dict[int, Operation] = {}
        self._all: tuple[Operation, ...] | None = None
        self._routes: dict[tuple[str, int], list[tuple[int, tuple[str | None, ...], list[str]]]] | None = None

    def get(self, operation_id: str) -> Operation | None:
        """The operation ``operation_id``, or None."""
        number = self._numbers.get(operation_id)
        return None if number is None else self._operation(number)

    def _operation(self, number: int) -> Operation:
        found = self._made.get(number)
        if found is None:
            entry = self._lines.operation(number)
            with self._lock:
                found = self._made.setdefault(number, Operation(entry, self))
        return found

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in the spec's path order."""
        if self._all is None:
            self._lines.read_all()
            self._all = tuple(self._operation(number) for number in range(len(self._numbers)))
        return self._all

    @property
    def by_id(self) -> dict[str, Operation]:
        return {operation.id: operation for operation in self.operations}

    def ids(self) -> list[str]:
        return list(self._numbers)

    def routes(self) -> dict[tuple[str, int], list[tuple[int, tuple[str | None, ...], list[str]]]]:
        """(method, number of segments) -> each operation's number, literal segments (None for a template) and
        segments; from the header, so matching a path parses no operation."""
        if self._routes is None:
            routes: dict[tuple[str, int], list[tuple[int, tuple[str | None, ...], list[str]]]] = {}
            for number, key in enumerate(self._route_keys):
                method, _, path = key.partition(" ")
                template = path.split("/")[1:]
                segments = tuple(None if part.startswith("{") else part for part in template)
                routes.setdefault((method, len(segments)), []).append((number, segments, template))
            self._routes = routes
        return self._routes

    def schema(self, number: int) -> Any:
        """Shared schema ``number``, parsed once, with the schemas it refers to resolved (shared, never copied)."""
        found = self._parsed.get(number)
        if found is None:
            with self._lock:
                found = self._parsed.get(number)
                if found is None:
                    found = self._resolve(json.loads(self._lines.schema_text(number)))
                    self._parsed[number] = found
        return found

    def _resolve(self, node: Any) -> Any:
        if isinstance(node, dict):
            if len(node) == 1 and "$s" in node:
                found = self._parsed.get(node["$s"])
                if found is None:
                    found = self._resolve(json.loads(self._lines.schema_text(node["$s"])))
                    self._parsed[node["$s"]] = found
                return found
            return {key: self._resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self._resolve(item) for item in node]
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation ``method path`` reaches (a literal segment beats a template), with its path arguments."""
        parts = path.rstrip("/").split("/")[1:] if path != "/" else []
        best: tuple[int, int, dict[str, str]] | None = None
        for number, segments, template in self.routes().get((method.upper(), len(parts)), ()):
            arguments: dict[str, str] = {}
            literals = 0
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
                    best = (literals, number, arguments)
        return None if best is None else (self._operation(best[1]), best[2])


_index: OperationIndex | None = None
_index_lock = threading.Lock()


def load_index(path: Path | None = None) -> OperationIndex:
    """The index at ``path`` (a fresh load), or the process-wide one (loaded once, on first use)."""
    global _index
    if path is not None:
        return open_index(path)
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = open_index(index_path())
    return _index


def open_index(path: Path) -> OperationIndex:
    """The index file at ``path``, its header read (its other lines are read when needed)."""
    with path.open("rb") as file:
        head = file.readline()
        size = os.fstat(file.fileno()).st_size
    header: dict[str, Any] = json.loads(head)
    if not isinstance(header, dict) or header.get("format") != SUPPORTED_FORMAT:
        return OperationIndex(header if isinstance(header, dict) else {})  # refused there, naming the format
    ids, routes, offsets, digits = (header.get(key) for key in ("ids", "routes", "offsets", "offset_digits"))
    if not (
        isinstance(ids, list)
        and isinstance(routes, list)
        and len(ids) == len(routes)
        and isinstance(offsets, str)
        and isinstance(digits, int)
        and digits > 0
        and len(offsets) % digits == 0
        and len(offsets) // digits > len(ids)
        and set(offsets[-digits:]) <= set("0123456789abcdef")
        and int(offsets[-digits:], 16) == size - len(head)  # the last offset: the file's end
    ):
        raise ValueError(f"operation index {path}: its header is malformed (ids, routes, offsets)")
    return OperationIndex(header, FileLines(path, len(head), offsets, digits, len(ids)))


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
