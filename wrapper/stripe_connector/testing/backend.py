"""Where a recorded integration test sends its requests: Stripe's test mode, a fresh localstripe, or nowhere.

Recording, the test talks to Stripe's test mode when ``STRIPE_API_KEY`` holds a test key (a live key is refused:
recording creates customers and charges), else to a localstripe started for the session on 127.0.0.1. Replaying,
nothing listens: vcrpy answers from the cassette, and ``REPLAY_BASE_URL`` is only an address that no test reaches.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import attrs

from .cassettes import STRIPE_KEY_ENV

#: The base URL of a replay: requests are matched without host or port, so any address would do; none answers.
REPLAY_BASE_URL = "http://127.0.0.1:12111"
STRIPE_BASE_URL = "https://api.stripe.com"
#: The key sent to localstripe and on replay: obviously fake, and never stored anyway.
FAKE_KEY = "sk_test_localstripe"

Kind = Literal["stripe", "localstripe", "replay"]


class RecordingError(RuntimeError):
    """Recording was asked for with a setting that must not be used (a live key, say)."""


@attrs.frozen
class StripeBackend:
    """What a test needs to build its connector: ``StripeConnector(backend.api_key, base_url=backend.base_url)``."""

    kind: Kind
    base_url: str
    api_key: str = attrs.field(repr=False)

    @property
    def recording(self) -> bool:
        return self.kind != "replay"


def stripe_test_key() -> str | None:
    """``STRIPE_API_KEY`` when it is set; a key that is not a test key is refused (without echoing it)."""
    key = os.environ.get(STRIPE_KEY_ENV, "").strip()
    if not key:
        return None
    if not re.fullmatch(r"(sk|rk)_test_[0-9A-Za-z]+", key):
        raise RecordingError(f"{STRIPE_KEY_ENV} must be a test-mode key (sk_test_... or rk_test_...) to record")
    return key


@contextlib.contextmanager
def open_stripe_backend(*, recording: bool, state_dir: Path) -> Iterator[StripeBackend]:
    """The backend for a run: the replay address, Stripe's test mode, or a localstripe in ``state_dir`` (stopped on
    exit). localstripe's readiness probe is a bare socket, so an open cassette never records it."""
    if not recording:
        yield StripeBackend("replay", REPLAY_BASE_URL, FAKE_KEY)
        return
    key = stripe_test_key()
    if key is not None:
        yield StripeBackend("stripe", STRIPE_BASE_URL, key)
        return
    from .launchers.localstripe import running_localstripe

    with running_localstripe(state_dir) as base_url:
        yield StripeBackend("localstripe", base_url, FAKE_KEY)
