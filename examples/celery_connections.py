"""A platform's worker serving many Stripe connections: one Celery task, a connection id in every call.

Every customer of the platform adds a connection (their own key, or the platform's key and their connected account).
The workers are shared: a task names the connection, the worker finds its key in the platform's store and calls
Stripe with it. Connectors cost microseconds and about a kilobyte each and share one pool of TLS connections per
worker process, so the worker keeps one per connection it has seen (``Connections``, bounded) and a task never pays a
handshake. Each connection's calls carry only its own key and account; a slow one holds at most ``max_in_flight``
of the pool.

Configured from the environment:

* ``STRIPE_CONNECTIONS_DIR``: the store of this example, one file per connection named by its id, holding
  ``{"api_key": "sk_...", "stripe_account": "acct_..."}`` (mode 0600; a real platform reads its vault or database
  in :func:`resolve` instead);
* ``STRIPE_BASE_URL`` (default: Stripe itself), ``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND``.

Run a worker: ``celery -A examples.celery_connections worker --concurrency=4``; then
``stripe_step.delay("conn_42", "list_customers", {"limit": 3}).get()``. When a user adds a key, check it first:
``check_connection.delay("conn_42").get()`` (GET requests only: key kind, mode, account, which tools it may use).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from celery import Celery
from stripe_connector import Connections, StripeConnector
from stripe_connector.errors import InvalidInputError

BROKER = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
BACKEND = os.environ.get("CELERY_RESULT_BACKEND", BROKER.rsplit("/", 1)[0] + "/1")
CONNECTION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")

app = Celery("stripe_connections", broker=BROKER, backend=BACKEND)
app.conf.update(task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1)


def resolve(connection_id: str) -> dict[str, Any]:
    """The connection's options from the store: its key and, for a Connect platform, its account."""
    if not CONNECTION_ID.fullmatch(connection_id):  # it names a file: no path may hide in it
        raise InvalidInputError("connection_id", "must be 1 to 64 letters, digits, '_' or '-'")
    path = Path(os.environ["STRIPE_CONNECTIONS_DIR"]) / connection_id
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInputError("connection_id", f"no connection {connection_id!r}") from None
    return {name: stored[name] for name in ("api_key", "stripe_account", "stripe_context") if stored.get(name)}


#: Made once, before Celery's prefork pool forks: a forked child opens its own connections on first use (the
#: shared transport is per process), so nothing is made again per process.
connections: Connections[StripeConnector] = Connections(
    resolve, max_size=10_000, base_url=os.environ.get("STRIPE_BASE_URL", "https://api.stripe.com"), max_retries=2
)


@app.task(name="stripe.connection_step")  # type: ignore[untyped-decorator]
def stripe_step(connection_id: str, tool: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
    """One workflow step: ``tool`` with ``arguments`` on ``connection_id``'s Stripe."""
    return connections.get(connection_id).call(tool, arguments or {})


@app.task(name="stripe.check_connection")  # type: ignore[untyped-decorator]
def check_connection(connection_id: str) -> dict[str, Any]:
    """What a platform runs when a user adds a key: reads only, never a write."""
    return connections.get(connection_id).check_connection().as_json()
