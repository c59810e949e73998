"""``TOOLS``: the catalogue as a sequence that loads on first access, so importing the connector stays cheap."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from .catalogue import Tool


def _tools() -> dict[str, Tool]:
    from .catalogue import catalogue  # on first access: the package's import does not build the tools

    return catalogue()


class ToolList(Sequence["Tool"]):
    """Every tool, in the reference's order, each with ``.name``, ``.description`` and ``.input_schema``."""

    @overload
    def __getitem__(self, index: int) -> Tool: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Tool]: ...
    def __getitem__(self, index: int | slice) -> Tool | Sequence[Tool]:
        return list(_tools().values())[index]

    def __len__(self) -> int:
        return len(_tools())

    def __iter__(self) -> Iterator[Tool]:
        return iter(_tools().values())

    def __repr__(self) -> str:
        return f"ToolList({', '.join(_tools())})"

    def get(self, name: str) -> Tool:
        """A tool by name (raises :class:`~stripe_connector.errors.InvalidInputError` for an unknown name)."""
        from .catalogue import get_tool  # as in _tools

        return get_tool(name)

    def names(self) -> list[str]:
        """The tool names, in order."""
        return list(_tools())


#: The one instance ``stripe_connector.TOOLS`` names (made here, under the import lock, so there is only one).
TOOLS = ToolList()
