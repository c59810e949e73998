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

from .._types.lazy import lazy_package

if TYPE_CHECKING:
    from .backend import StripeBackend as StripeBackend
    from .backend import open_stripe_backend as open_stripe_backend
    from .cassettes import find_secrets as find_secrets
    from .cassettes import scrub_text as scrub_text
    from .cassettes import stripe_vcr_config as stripe_vcr_config
    from .doubles import CustomerStripe as CustomerStripe
    from .doubles import DoubleServer as DoubleServer
    from .doubles import EventStripe as EventStripe
    from .doubles import ListStripe as ListStripe
    from .doubles import RateLimits as RateLimits
    from .doubles import Recorded as Recorded
    from .doubles import Reply as Reply
    from .doubles import ScriptedStripe as ScriptedStripe
    from .doubles import ServerConfig as ServerConfig
    from .launchers import ServerStartError as ServerStartError
    from .launchers.localstripe import running_localstripe as running_localstripe
    from .webhooks import sign_webhook as sign_webhook
    from .webhooks import signed_delivery as signed_delivery

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


#: Every lazy name is public (the imports above re-export them with ``as``, for type checkers).
__getattr__, __dir__, __all__ = lazy_package(__name__, _LAZY)
