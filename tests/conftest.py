"""Suite-wide set-up: the scripted local Stripe server shared by the connector tests, and Hypothesis's files kept
out of the checkout (tests leave nothing behind but temporary files)."""

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from stripe_connector import RetryPolicy, StripeConnector
from stripe_connector.testing.doubles import ScriptedStripe, running_scripted

from tests.support.keys import API_KEY

_hypothesis_dir = tempfile.mkdtemp(prefix="stripe-connector-hypothesis-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", _hypothesis_dir)
atexit.register(shutil.rmtree, _hypothesis_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedStripe]:
    """One local HTTP server per test module (starting one per test would dominate the suite's time)."""
    yield from running_scripted()


#: The retry policy of the shared connector: the default number of retries, without waiting between them.
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0)


@pytest.fixture(scope="module")
def stripe(module_server: ScriptedStripe) -> Iterator[StripeConnector]:
    """The shared connector: the one test key, the module's scripted server, retries without waiting."""
    with StripeConnector(API_KEY, base_url=module_server.base_url, retry_policy=NO_WAIT) as connector:
        yield connector


@pytest.fixture
def server(module_server: ScriptedStripe) -> ScriptedStripe:
    """The module's server, with its script and recorded requests reset for this test."""
    module_server.reset()
    return module_server


#: Every test module by component (the markers registered in pyproject.toml): `pytest -m unit`, `-m "not engines"`.
#: A module missing here fails collection, so a new one is placed on purpose. `make mutants` runs unit and hostile.
COMPONENTS: dict[str, tuple[str, ...]] = {
    "unit": (
        "test_async", "test_cli", "test_cli_operations", "test_encoding_property", "test_events_signature",
        "test_export_planner", "test_layers", "test_money", "test_operations", "test_pagination",
        "test_rate_limit", "test_rate_limit_cli", "test_raw_request_safety", "test_retries", "test_secrets",
        "test_strict", "test_telemetry", "test_testing_kit", "test_transport", "test_typed_methods", "test_v2",
        "test_validation", "test_uploads", "test_downloads", "test_meter_stream", "test_pointing_errors",
    ),
    "hostile": (
        "test_hostile_answers", "test_hostile_cli", "test_hostile_errors", "test_hostile_input",
        "test_hostile_lifetime", "test_hostile_paging", "test_hostile_path_segments", "test_hostile_policy",
        "test_hostile_rate_budget", "test_hostile_telemetry", "test_hostile_time", "test_hostile_units",
        "test_hostile_uploads", "test_connections",
        # Events, export and servers under attack (leases, checkpoints, durable acknowledgement, read timeouts).
        "test_hostile_checkpoints", "test_hostile_event_pages", "test_hostile_leases", "test_hostile_servers",
    ),
    "conformance": (
        "test_conformance_prism", "test_conformance_schema", "test_conformance_wire", "test_connector_examples",
        "test_every_operation", "test_every_tool", "test_operation_hosts",
    ),
    "pipeline": ("test_bench_smoke", "test_pipeline", "test_spec_diff", "test_spec_update", "test_tool_definitions"),
    "flows": (
        "test_cassette_secrets", "test_demo", "test_events_endpoints", "test_events_inbox", "test_events_poller",
        "test_events_receiver", "test_export_double", "test_export_resume", "test_flows", "test_flows_workflow",
        "test_testing_example",
    ),
    "engines": (
        "test_celery", "test_events_engines", "test_export_celery", "test_rate_limit_redis", "test_servers",
        "test_temporal",
    ),
    "agents": (
        "test_agents", "test_mcp", "test_mcp_clients", "test_mcp_http", "test_mcp_operations", "test_mcp_sizing",
    ),
}  # fmt: skip
_COMPONENT_OF = {module: marker for marker, modules in COMPONENTS.items() for module in modules}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test with its module's component."""
    for item in items:
        module = Path(str(item.fspath)).stem
        marker = _COMPONENT_OF.get(module)
        if marker is None:
            raise pytest.UsageError(f"{module} is in no component: add it to COMPONENTS in tests/conftest.py")
        item.add_marker(getattr(pytest.mark, marker))
