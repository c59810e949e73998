"""What your own conftest.py needs for recorded Stripe tests: the testing kit's fixtures (``vcr_config``, which
scrubs secrets and matches Stripe's requests, and ``stripe_backend``). In a top-level conftest.py,
``pytest_plugins = ["stripe_connector.testing.pytest_plugin"]`` does the same."""

from stripe_connector.testing.pytest_plugin import stripe_backend, vcr_config  # noqa: F401
