"""The command line of the pipeline's scripts whose options are only files: ``--name PATH``, each with a default.

The Makefile passes every path explicitly; the defaults are the repository's layout, so that a script run by hand
from the repository root (``python -m codegen.build_tools``) does the same as ``make generate``.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def parse_paths(argv: list[str] | None, doc: str | None, **defaults: str) -> argparse.Namespace:
    """Parse ``--<name> PATH`` for each keyword (``out_dir`` is ``--out-dir``), defaulting to the path it names."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    for name, default in defaults.items():
        parser.add_argument("--" + name.replace("_", "-"), type=Path, default=Path(default))
    return parser.parse_args(argv)
