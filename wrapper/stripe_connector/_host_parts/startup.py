"""Starting a server fast: the cyclic garbage collector paused while a server's modules load.

Importing the MCP SDK builds several hundred pydantic models: hundreds of thousands of objects, nearly all of them
kept for the life of the process. With the collector running, each of its passes walks all of them again while
they are still being made (about a tenth of the import's time); an agent that spawns a server per session waits
for that at every start. Paused during the import, then frozen (:func:`gc.freeze`: what exists now is never walked
again, the process keeps it anyway), the collector resumes for what the server does afterwards.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


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
