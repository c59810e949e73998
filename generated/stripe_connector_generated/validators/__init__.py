"""Each tool's argument validator, compiled ahead of time by codegen/build_tools.py.

The validators raise the exceptions below: the same shape as fastjsonschema's own (``message``, ``value``,
``name``, ``path``, ``definition``, ``rule``, ``rule_definition``), defined here so that running a validator does
not import fastjsonschema's code generator.
"""

import re
from typing import Any

#: How a failure's name splits into its path (compiled on the first failure, not on import).
_SPLIT = r"[\.\[\]]+"


class JsonSchemaValueException(ValueError):
    """An argument that breaks its tool's schema."""

    def __init__(
        self, message: str, value: Any = None, name: str | None = None, definition: Any = None, rule: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule

    @property
    def path(self) -> list[str]:
        return [item for item in re.split(_SPLIT, self.name or "") if item != ""]

    @property
    def rule_definition(self) -> Any:
        if not self.rule or not self.definition:
            return None
        return self.definition.get(self.rule)


class JsonSchemaValuesException(ValueError):
    """Several failures at once (not raised: the validators stop at the first)."""
