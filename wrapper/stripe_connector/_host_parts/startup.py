"""Starting fast: the cyclic garbage collector paused while a server's modules load, and httpx without its command.

Importing the MCP SDK builds several hundred pydantic models: hundreds of thousands of objects, nearly all of them
kept for the life of the process. With the collector running, each of its passes walks all of them again while
they are still being made (about a tenth of the import's time); an agent that spawns a server per session waits
for that at every start. Paused during the import, then frozen (:func:`gc.freeze`: what exists now is never walked
again, the process keeps it anyway), the collector resumes for what the server does afterwards.

``import httpx`` also tries ``httpx._main``, httpx's own command line (``httpx URL`` in a shell), which loads rich,
click and pygments when they are installed (a development or MCP environment has them): about a quarter of the
imports ``stripe-connector export`` makes before its first request, for a function that process never calls.
:func:`skip_httpx_command` makes that one attempt fail, as httpx's ``__init__`` expects when the ``cli`` extra is
missing: httpx then defines a stub ``httpx.main`` and nothing else changes.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

#: httpx's command-line module: what its ``__init__`` imports inside ``try``/``except ImportError``.
HTTPX_COMMAND = "httpx._main"


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Load long-lived modules inside this block: no collection during it, and what it built is never walked again.

    Leaves the collector as it found it (a caller that disabled it keeps it disabled)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class _HttpxWithoutItsCommand:
    """An import hook (``sys.meta_path``) that refuses ``httpx._main`` once, while httpx's ``__init__`` runs (httpx
    is in ``sys.modules`` without ``main`` yet), and removes itself then: a later ``import httpx._main`` loads it."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        httpx = sys.modules.get("httpx")
        if fullname != HTTPX_COMMAND or httpx is None or hasattr(httpx, "main"):
            return None
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)
        raise ModuleNotFoundError(f"{fullname} is not loaded by stripe-connector (httpx's command line)", name=fullname)


def skip_httpx_command() -> None:
    """Before httpx is imported (a command that builds a connector imports it later): its first import skips
    ``httpx._main``. Nothing to do once httpx is loaded, or when the hook is already in place."""
    if "httpx" in sys.modules or any(isinstance(finder, _HttpxWithoutItsCommand) for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _HttpxWithoutItsCommand())
