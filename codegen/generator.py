"""The generator run: openapi-python-client on the trimmed spec, with this project's config and templates.

One definition of the command for ``make generate`` (``python -m codegen.generator``) and ``check_generated``,
so the two cannot drift apart. Run from the repository root.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .options import parse_paths

ROOT = Path(__file__).resolve().parent.parent


def generator_command(trimmed: Path, output: Path) -> list[str]:
    """The exact generator invocation (same config, templates and flags) for ``trimmed`` into ``output``."""
    executable = Path(sys.executable).parent / "openapi-python-client"
    return [
        str(executable),
        "generate",
        "--meta",
        "none",
        "--overwrite",
        "--fail-on-warning",
        "--config",
        str(ROOT / "codegen/config.yaml"),
        "--custom-template-path",
        str(ROOT / "codegen/templates"),
        "--path",
        str(trimmed),
        "--output-path",
        str(output),
    ]


def generator_environment() -> dict[str, str]:
    """The environment the generator runs in: this interpreter's bin first (its post-hooks call ruff)."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")


def main(argv: list[str] | None = None) -> int:
    args = parse_paths(argv, __doc__, trimmed="spec/stripe.trimmed.json", output="generated/stripe_connector_generated")
    return subprocess.run(generator_command(args.trimmed, args.output), env=generator_environment()).returncode


if __name__ == "__main__":
    sys.exit(main())
