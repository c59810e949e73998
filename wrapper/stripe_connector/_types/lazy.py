"""Public names a package loads on first access (PEP 562), so that importing it costs only what is used."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, names: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``names`` maps each name to the module (relative to the
    package) that defines it; a name is imported on its first access and kept in the package from then on."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(names))

    return __getattr__, __dir__


def lazy_package(
    package: str, names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """:func:`lazy_names` and ``__all__`` for a package whose public names are all lazy:
    ``__getattr__, __dir__, __all__ = lazy_package(__name__, _LAZY)``."""
    return (*lazy_names(package, names), sorted(names))


class LazyModule:
    """Stands in for a module in another module's globals until first used: the first attribute read imports the
    module and puts it in the stand-in's place, so later calls pay a plain global lookup.

    For a call path that must not load a module at ``import stripe_connector`` but runs on every call: a
    function-level ``from .x import y`` costs about 1.5 microseconds each time, even once ``x`` is loaded. The
    importing module declares the real module under ``TYPE_CHECKING`` (so the type checker sees it) and binds
    this otherwise: ``encoding = LazyModule(__name__, "encoding", "stripe_connector._request.encoding")``.
    """

    __slots__ = ("_alias", "_module", "_owner")

    def __init__(self, owner: str, alias: str, module: str) -> None:
        self._owner = owner
        self._alias = alias
        self._module = module

    def __getattr__(self, name: str) -> Any:
        module = importlib.import_module(self._module)
        setattr(sys.modules[self._owner], self._alias, module)
        return getattr(module, name)

    def __repr__(self) -> str:
        return f"<{self._module}, imported on first use>"
