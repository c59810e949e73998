"""What the two events examples share: a receiver (``webhook_app`` under uvicorn) in a thread of this process,
and a sender that plays Stripe: signed deliveries, with repeats, several at once."""

from __future__ import annotations

import contextlib
import json
import random
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import uvicorn
from stripe_connector.events import signature_header

SECRET = "whsec_example_only_not_a_real_secret"


@contextlib.contextmanager
def running_receiver(app: Any) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) until the block ends; yields the webhook URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY (see events/_cli.py)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/stripe/webhook"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def deliver(url: str, events: int, *, repeats: float = 0.3, object_ids: int | None = None) -> list[str]:
    """Send ``events`` signed events, plus ``repeats`` of them again, shuffled; returns the event ids."""
    now = int(time.time())
    bodies = []
    for n in range(events):
        object_id = f"sub_example_{n % object_ids}" if object_ids else f"in_example_{n}"
        bodies.append(json.dumps({"id": f"evt_example_{now}_{n}", "object": "event", "type": "invoice.paid",
                                  "created": now, "livemode": False,
                                  "data": {"object": {"id": object_id, "object": "invoice"}}}).encode())  # fmt: skip
    sends = bodies + random.sample(bodies, int(len(bodies) * repeats))
    random.shuffle(sends)
    with httpx.Client(timeout=10) as client:
        for body in sends:
            answer = client.post(url, content=body, headers={"Stripe-Signature": signature_header(body, SECRET)})
            answer.raise_for_status()
    return [json.loads(b)["id"] for b in bodies]
