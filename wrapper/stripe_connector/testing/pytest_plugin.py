"""pytest fixtures for vcr-replayed tests of your own Stripe workflows, on top of pytest-recording.

In your ``conftest.py``::

    pytest_plugins = ["stripe_connector.testing.pytest_plugin"]

then mark a test ``@pytest.mark.vcr`` and build its connector from the ``stripe_backend`` fixture. ``pytest
--record-mode=once`` (or ``rewrite``) records against localstripe, or Stripe's test mode when ``STRIPE_API_KEY``
holds a test key; plain ``pytest --block-network`` replays the cassette with the network off. The ``vcr_config``
fixture (this plugin's, which replaces pytest-recording's empty one) scrubs keys and matches requests as
:mod:`stripe_connector.testing.cassettes` says; override it in your conftest to add ``secrets=`` or settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .backend import StripeBackend, open_stripe_backend
from .cassettes import stripe_vcr_config


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """Cassette settings for Stripe traffic: secrets scrubbed, requests matched by method, path, query and body."""
    return stripe_vcr_config()


@pytest.fixture(scope="session")
def stripe_backend(record_mode: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StripeBackend]:
    """Where this session's Stripe requests go: localstripe or Stripe test mode while recording, nowhere on replay.

    Session-scoped, so localstripe starts before any test's cassette opens, and once for the whole run.
    """
    state_dir = tmp_path_factory.mktemp("localstripe")
    with open_stripe_backend(recording=record_mode != "none", state_dir=state_dir) as backend:
        yield backend
