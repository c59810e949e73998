"""Suite-wide set-up: the scripted local Stripe server shared by the connector tests, and Hypothesis's files kept
out of the checkout (tests leave nothing behind but temporary files)."""

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

from tests.local_http import ScriptedServer, running

_hypothesis_dir = tempfile.mkdtemp(prefix="stripe-connector-hypothesis-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", _hypothesis_dir)
atexit.register(shutil.rmtree, _hypothesis_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedServer]:
    """One local HTTP server per test module (starting one per test would dominate the suite's time)."""
    yield from running()


@pytest.fixture
def server(module_server: ScriptedServer) -> ScriptedServer:
    """The module's server, with its script and recorded requests reset for this test."""
    module_server.reset()
    return module_server
