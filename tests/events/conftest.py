"""The inbox stores the events tests run on: a SQLite file and a real PostgreSQL (one server per test module)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from stripe_connector.events import InboxStore, open_store
from stripe_connector.testing.launchers import ServerStartError
from stripe_connector.testing.launchers.postgres import PostgresServer, fresh_database, postgres_bin_dir

_names = itertools.count()


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    if postgres_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs it)")
    try:
        server = PostgresServer().start()
    except ServerStartError as exc:
        pytest.fail(f"PostgreSQL did not start: {exc}")
    yield server
    server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/inbox.db"
    server = request.getfixturevalue("postgres")
    return fresh_database(server, f"inbox_{next(_names)}")


@pytest.fixture
def store(store_url: str) -> Iterator[InboxStore]:
    store = open_store(store_url)
    yield store
    store.close()
