"""Suite-wide set-up: the scripted local Stripe server shared by the connector tests, the one connector factory,
each test's component from its path, and Hypothesis's files kept out of the checkout (tests leave nothing behind
but temporary files)."""

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from stripe_connector import StripeConnector
from stripe_connector.testing.doubles import ScriptedStripe, running_scripted

from tests.connector_defaults import Connectors

if TYPE_CHECKING:
    from stripe_connector.events import InboxStore

_hypothesis_dir = tempfile.mkdtemp(prefix="stripe-connector-hypothesis-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", _hypothesis_dir)
atexit.register(shutil.rmtree, _hypothesis_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedStripe]:
    """One local HTTP server per test module (starting one per test would dominate the suite's time)."""
    yield from running_scripted()


@pytest.fixture(scope="session")
def connect() -> Iterator[Connectors]:
    """The one connector factory of the suite: `connect(server.base_url, max_amount={...})`."""
    connectors = Connectors()
    yield connectors
    connectors.close_all()


@pytest.fixture(scope="module")
def stripe(
    module_server: ScriptedStripe, connect: Connectors, request: pytest.FixtureRequest
) -> Iterator[StripeConnector]:
    """The shared connector: the module's scripted server and the factory's defaults, plus the options a module
    sets in `CONNECTOR_OPTIONS` (a dict) when it needs others."""
    options = getattr(request.module, "CONNECTOR_OPTIONS", {})
    with connect(module_server.base_url, **options) as connector:
        yield connector


@pytest.fixture
def recorded() -> Iterator[Any]:
    """Fresh OpenTelemetry SDK providers with in-memory exporters, wired into the connector's telemetry hook
    (``tests.support.otel``); the hook's defaults are restored after the test."""
    from stripe_connector import telemetry

    from tests.support.otel import recording

    yield recording()
    telemetry.configure()


@pytest.fixture
def server(module_server: ScriptedStripe) -> ScriptedStripe:
    """The module's server, with its script and recorded requests reset for this test."""
    module_server.reset()
    return module_server


#: The suites that judge the package as a whole, each in its own folder: a test's component is its folder's name.
SUITES = ("conformance", "pipeline", "flows", "engines", "agents", "docs")
#: Everything else mirrors the package (the tests of `stripe_connector/x/y.py` are `tests/x/test_y*.py`): `unit`,
#: unless the file's name ends with a component (`test_y_hostile.py`, `test_y_engines.py`). `make mutants` runs
#: unit and hostile.
COMPONENTS = ("unit", "hostile", *SUITES)
_TESTS = Path(__file__).resolve().parent


def component_of(path: Path) -> str:
    """The component (a marker registered in pyproject.toml) of the test file at `path`, from its place alone."""
    parts = path.resolve().relative_to(_TESTS).parts
    if len(parts) > 1 and parts[0] in SUITES:
        return parts[0]
    last = path.stem.rsplit("_", 1)[-1]
    return last if last in COMPONENTS and last != "unit" else "unit"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test with its file's component (`pytest -m unit`, `-m "not engines"`)."""
    for item in items:
        item.add_marker(getattr(pytest.mark, component_of(Path(str(item.fspath)))))


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator["InboxStore"]:
    """An events inbox in a fresh SQLite file (imported here, not at the top: collecting tests must not load events)."""
    from stripe_connector.events import open_store

    store = open_store(f"sqlite:///{tmp_path}/inbox.db")
    yield store
    store.close()
