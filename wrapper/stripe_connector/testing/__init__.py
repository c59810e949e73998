"""stripe_connector.testing: test the code you build on stripe-connector (``pip install 'stripe-connector[testing]'``).

* Stripe doubles on 127.0.0.1 or a Unix socket (:mod:`.doubles`): :class:`ScriptedStripe` (scripted answers and
  faults), :class:`CustomerStripe` (rate limits, idempotency, injected faults), :class:`ListStripe` (big lists,
  ``created`` filters, Stripe's paging), :class:`EventStripe` (webhook endpoints and events); one server under all.
* Launchers (:mod:`.launchers`): localstripe, Redis, PostgreSQL, the Temporal dev server, Celery workers.
* :func:`sign_webhook`: the ``Stripe-Signature`` of a test delivery.
* Cassettes (:mod:`.cassettes`, :mod:`.pytest_plugin`): vcrpy / pytest-recording settings that scrub secrets and
  match Stripe's requests by their decoded body, to record a workflow once and replay it offline.

Names load on first access, so importing this package costs little; ``import stripe_connector`` never imports it,
and nothing here needs pytest but :mod:`.pytest_plugin`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._types.lazy import lazy_names

if TYPE_CHECKING:
    from .backend import StripeBackend, open_stripe_backend
    from .cassettes import find_secrets, scrub_text, stripe_vcr_config
    from .doubles import (
        CustomerStripe,
        DoubleServer,
        EventStripe,
        ListStripe,
        RateLimits,
        Recorded,
        Reply,
        ScriptedStripe,
        ServerConfig,
    )
    from .launchers import ServerStartError
    from .launchers.localstripe import running_localstripe
    from .webhooks import sign_webhook, signed_delivery

_LAZY = {
    "StripeBackend": ".backend",
    "open_stripe_backend": ".backend",
    "find_secrets": ".cassettes",
    "scrub_text": ".cassettes",
    "stripe_vcr_config": ".cassettes",
    "CustomerStripe": ".doubles",
    "DoubleServer": ".doubles",
    "EventStripe": ".doubles",
    "ListStripe": ".doubles",
    "RateLimits": ".doubles",
    "Recorded": ".doubles",
    "Reply": ".doubles",
    "ScriptedStripe": ".doubles",
    "ServerConfig": ".doubles",
    "ServerStartError": ".launchers",
    "running_localstripe": ".launchers.localstripe",
    "sign_webhook": ".webhooks",
    "signed_delivery": ".webhooks",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY)


__all__ = [
    "CustomerStripe",
    "DoubleServer",
    "EventStripe",
    "ListStripe",
    "RateLimits",
    "Recorded",
    "Reply",
    "ScriptedStripe",
    "ServerConfig",
    "ServerStartError",
    "StripeBackend",
    "find_secrets",
    "open_stripe_backend",
    "running_localstripe",
    "scrub_text",
    "sign_webhook",
    "signed_delivery",
    "stripe_vcr_config",
]
