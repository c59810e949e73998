"""The suite's connectors, defined once: the retry policies tests share and the factory behind the `connect`
fixture (tests/conftest.py). The test keys are in tests/support/keys.py."""

from __future__ import annotations

import weakref
from typing import Any

from stripe_connector import RetryPolicy, StripeConnector

from tests.support.keys import API_KEY

#: The default number of retries, without waiting between them: the connector fixture's policy.
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0)
#: No retries at all: the first answer is the call's answer.
NO_RETRY = RetryPolicy(max_retries=0, initial_delay=0)


class Connectors:
    """Makes connectors with the suite's defaults: the one test key and retries without waiting (`NO_WAIT`, unless
    `retry_policy` or `max_retries` is given); every other option as the caller says. The sync ones still open at the
    end of the session are closed then, so a test may also just call it."""

    def __init__(self) -> None:
        self._open: weakref.WeakSet[StripeConnector] = weakref.WeakSet()

    def __call__(self, base_url: str, *, api_key: str = API_KEY, **options: Any) -> StripeConnector:
        connector = StripeConnector(api_key, base_url=base_url, **self._defaults(options))
        self._open.add(connector)
        return connector

    @staticmethod
    def _defaults(options: dict[str, Any]) -> dict[str, Any]:
        if "retry_policy" in options or "max_retries" in options:
            return options
        return {"retry_policy": NO_WAIT, **options}

    def close_all(self) -> None:
        for connector in list(self._open):
            connector.close()
