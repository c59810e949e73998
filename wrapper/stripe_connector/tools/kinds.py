"""What a tool may do to Stripe's data (``Tool.kind``), and every rule that follows from it, in one table.

``spec/tools.yaml`` gives each tool a kind; the MCP annotations, the read-only server and the default idempotency
scope all read their answer from :data:`POLICY` here instead of comparing strings where they are needed.
"""

from __future__ import annotations

from typing import Literal, get_args

#: read: list_*/get_* (changes nothing); create; update (overwrites fields); delete (cancels too); raw: raw_request,
#: whose effect depends on its method.
ToolKind = Literal["read", "create", "update", "delete", "raw"]
KINDS: tuple[ToolKind, ...] = get_args(ToolKind)


class KindPolicy:
    """The MCP hints of a kind: whether it only reads, whether it can destroy or overwrite, whether repeating it
    is harmless (creates are idempotent because every one carries a derived idempotency key), and
    ``derives_key``: whether a call without a scope still gets a key derived from its arguments (a retried create,
    update or cancel then gets Stripe's first answer instead of acting twice).

    A plain slotted class, not a ``NamedTuple``: making one of those costs more than a tool's first call should.
    """

    __slots__ = ("derives_key", "destructive", "idempotent", "read_only")

    def __init__(self, *, read_only: bool, destructive: bool, idempotent: bool, derives_key: bool) -> None:
        self.read_only, self.destructive, self.idempotent = read_only, destructive, idempotent
        self.derives_key = derives_key

    def __repr__(self) -> str:
        return (f"KindPolicy(read_only={self.read_only}, destructive={self.destructive}, "
                f"idempotent={self.idempotent}, derives_key={self.derives_key})")  # fmt: skip


POLICY: dict[ToolKind, KindPolicy] = {
    "read": KindPolicy(read_only=True, destructive=False, idempotent=True, derives_key=False),
    "create": KindPolicy(read_only=False, destructive=False, idempotent=True, derives_key=True),
    "update": KindPolicy(read_only=False, destructive=True, idempotent=True, derives_key=True),
    "delete": KindPolicy(read_only=False, destructive=True, idempotent=True, derives_key=True),
    # The worst its allowed methods can do: a POST with no derived key, a DELETE.
    "raw": KindPolicy(read_only=False, destructive=True, idempotent=False, derives_key=False),
}


def check_kind(value: object, tool_name: str) -> ToolKind:
    """``value`` as a :data:`ToolKind`; anything else is a broken catalogue, named by its tool."""
    for kind in KINDS:
        if value == kind:
            return kind
    raise ValueError(f"{tool_name}: unknown tool kind {value!r} (one of {', '.join(KINDS)})")


def served_kind(kind: ToolKind, *, read_only: bool) -> ToolKind:
    """The kind as a read-only server exposes it: ``raw_request`` limited to GET is a read."""
    return "read" if kind == "raw" and read_only else kind


def allowed_when_read_only(kind: ToolKind) -> bool:
    """Whether a read-only server may expose the kind at all (raw_request is then limited to GET)."""
    return kind in ("read", "raw")


def can_write(kind: ToolKind, *, read_only: bool) -> bool:
    """Whether a tool of this kind, as served, may change data (and so takes dry_run and idempotency_scope)."""
    return not POLICY[served_kind(kind, read_only=read_only)].read_only
