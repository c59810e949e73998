"""Receiving Stripe events without losing, duplicating or accepting a forged one (README "Events").

Verify (:func:`verify_signature`, :func:`construct_event`), store in a durable inbox (:func:`open_store`: SQLite or
PostgreSQL), receive over HTTP (:func:`webhook_app`, ``stripe-connector events serve``), hand on at least once
(:class:`Dispatcher`), catch up from ``/v1/events`` (:class:`EventPoller`), manage the endpoint
(:func:`ensure_webhook_endpoint`). Engines: ``events.celery`` and ``events.temporal``.

The public names are in :mod:`stripe_connector.events.api` (``from stripe_connector.events.api import
webhook_app, open_store``); this ``__init__`` stays empty, so importing the package costs nothing, and
``import stripe_connector`` does not import it at all.
"""
