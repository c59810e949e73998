"""What every operation of the index has, declared once: ``_index.Operation`` holds it, ``_describe`` reads it.

A module of its own so that ``_describe`` can name the type without importing ``_index`` (which imports it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OperationFields:
    """The fields of one Stripe operation (see ``_index.Operation``, the one class that has them)."""

    __slots__ = ()

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
    host: str
    answer: str
    files: tuple[str, ...]

    @property
    def input_schema(self) -> Any:
        """Every argument (path, query and body) in one JSON Schema object."""
        raise NotImplementedError
