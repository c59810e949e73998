"""Drive the TypeScript MCP SDK client (``tests/support/mcp_ts_client.mjs``) from pytest: one node process, many calls.

A plan is a list of runs (a transport, a number of sessions, the calls each session makes); the answer is what the
client saw, call by call: the result it accepted, or the error it raised (its output-schema check included).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = Path(__file__).with_name("mcp_ts_client.mjs")
SDK = ROOT / "node_modules" / "@modelcontextprotocol" / "sdk" / "package.json"
NODE = shutil.which("node")

needs_ts_sdk = pytest.mark.skipif(
    NODE is None or not SDK.is_file(), reason="the TypeScript MCP SDK is not installed: run `npm ci`"
)


def sdk_version() -> str:
    return str(json.loads(SDK.read_text())["version"])


def stdio_transport(
    args: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> dict[str, Any]:
    """``stripe-connector mcp ARGS`` as a process the TypeScript client starts (``env`` replaces the environment)."""
    base = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    return {
        "kind": "stdio",
        "command": sys.executable,
        "args": ["-m", "stripe_connector.cli", "mcp", *args],
        "env": {**base, **(env or {})},
        "cwd": str(cwd or ROOT),
    }


def http_transport(url: str, headers: Mapping[str, str] | None = None) -> dict[str, Any]:
    return {"kind": "http", "url": url, "headers": dict(headers or {})}


def run_plan(runs: Sequence[Mapping[str, Any]], workdir: Path, *, timeout: float = 120) -> list[dict[str, Any]]:
    """Run the plan in one node process; returns one answer per run (see ``mcp_ts_client.mjs``)."""
    assert NODE is not None
    plan = workdir / "plan.json"
    plan.write_text(json.dumps({"runs": list(runs)}))
    done = subprocess.run(
        [NODE, str(SCRIPT), str(plan)], capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False
    )
    (workdir / "node.stderr").write_text(done.stderr)
    assert done.returncode == 0, done.stderr[-4000:]
    answers: list[dict[str, Any]] = json.loads(done.stdout)["runs"]
    return answers


def accepted(answer: Mapping[str, Any]) -> dict[str, Any]:
    """The result the client accepted (it raised nothing: its output-schema check passed)."""
    assert answer["ok"], answer
    result: dict[str, Any] = answer["result"]
    return result


def text_json(result: Mapping[str, Any]) -> Any:
    first = result["content"][0]
    assert first["type"] == "text"
    return json.loads(first["text"])


def our_error(answer: Mapping[str, Any]) -> dict[str, Any]:
    """Our ``{"error": {...}}`` as the client received it: an accepted result flagged isError, JSON text, nothing
    structured for the client to check against the output schema."""
    result = accepted(answer)
    assert result.get("isError") is True, result
    assert "structuredContent" not in result, result
    error: dict[str, Any] = text_json(result)["error"]
    return error
