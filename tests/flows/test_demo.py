"""`make demo` (examples/demo.py) runs every step against localstripe and cleans up after itself.

The demo starts a real localstripe on 127.0.0.1, so these tests need no network but do start a server. TMPDIR
points the demo's temporary directory into tmp_path, so "cleaned up" can be checked: nothing is left there,
and no process still runs from it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"
TOOLS_SHOWN = (
    "create_customer",
    "list_customers",
    "create_payment_intent",
    "create_charge",
    "list_products",
    "list_subscriptions",
    "raw_request",
)


def demo_process(tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, TMPDIR=str(tmp_path), NO_COLOR="1")
    return subprocess.Popen(
        [sys.executable, str(DEMO)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def processes_under(directory: Path) -> list[str]:
    """Command lines of live processes that mention `directory` (localstripe gets its state dir as an argument)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(directory) in cmdline:
                found.append(cmdline)
    return found


def test_demo_runs_every_step_and_cleans_up(tmp_path: Path) -> None:
    proc = demo_process(tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    for tool in TOOLS_SHOWN:
        assert f"tool    {tool}" in out
    assert "10.99 USD" in out and "25.00 USD" in out
    assert "Done:" in out and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    assert processes_under(tmp_path) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_demo_interrupted_stops_the_server(tmp_path: Path, signum: int) -> None:
    proc = demo_process(tmp_path)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("1. "):  # localstripe is up and the first tool is running
            proc.send_signal(signum)
            break
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Interrupted" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    assert processes_under(tmp_path) == []
