"""The testing kit end to end, as a user meets it: the example test of a user's own workflow
(examples/test_my_workflow.py) replays from its committed cassette with the network off, and that cassette holds
no key; localstripe, what a user records against, starts on 127.0.0.1 and is gone after its block."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from stripe_connector import StripeConnector
from stripe_connector.testing import find_secrets
from stripe_connector.testing.launchers.localstripe import running_localstripe

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "test_my_workflow.py"
CASSETTES = REPO / "examples" / "cassettes" / "test_my_workflow"


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml"))


def test_the_example_replays_offline_with_sockets_blocked() -> None:
    env = {k: v for k, v in os.environ.items() if k != "STRIPE_API_KEY"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--block-network",
               "--record-mode=none", str(EXAMPLE)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout


def test_the_example_fails_if_the_cassette_is_gone(tmp_path: Path) -> None:
    """The replay above answered from the cassette: with an empty cassette directory the same run cannot pass."""
    (tmp_path / "examples").mkdir()
    for name in ("conftest.py", "test_my_workflow.py"):
        (tmp_path / "examples" / name).write_text((REPO / "examples" / name).read_text())
    example = tmp_path / "examples" / "test_my_workflow.py"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--block-network",
               "--record-mode=none", "--rootdir", str(tmp_path), str(example)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode != 0 and ("CannotOverwriteExistingCassetteException" in done.stdout or "Can't overwrite"
                                     in done.stdout), done.stdout[-2000:]  # fmt: skip


def test_the_example_cassette_holds_no_key_token_or_secret() -> None:
    files = cassette_files()
    assert files, f"no cassette in {CASSETTES}: record it with --record-mode=rewrite"
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert find_secrets(text) == [], path.name
        for interaction in yaml.safe_load(text)["interactions"]:
            names = {name.lower() for name in interaction["request"]["headers"]}
            assert not names & {"authorization", "idempotency-key", "cookie"}, path.name
        for needle in ("sk_", "rk_", "whsec_", "Bearer "):
            assert needle not in text, f"{needle!r} in {path.name}"


def test_localstripe_runs_on_loopback_and_is_gone_after_the_block(tmp_path: Path) -> None:
    with running_localstripe(tmp_path) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with StripeConnector("sk_test_kit", base_url=base_url) as connector:
            created = connector.call("create_customer", {"email": "kit@example.com"})
        assert created["id"].startswith("cus_")
        port = int(base_url.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
