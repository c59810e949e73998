"""The baseline receiver of the events bench: the minimal webhook handler a user would write.

A plain ASGI app that reads the body, verifies it with stripe-python's ``Webhook.construct_event`` and inserts the
event into SQLite (same durability as the connector's inbox: WAL, ``synchronous=FULL``, one commit per delivery),
then answers 200. Run by uvicorn: ``BASELINE_DB=... BASELINE_SECRET=... uvicorn events_baseline_app:app``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from typing import Any

import stripe

SECRET = os.environ["BASELINE_SECRET"]
db = sqlite3.connect(os.environ["BASELINE_DB"], isolation_level=None, check_same_thread=False)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = FULL")
db.execute("CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, type TEXT, payload BLOB)")


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    signature = dict(scope["headers"]).get(b"stripe-signature", b"").decode()
    try:
        event = stripe.Webhook.construct_event(body, signature, SECRET)
    except (ValueError, stripe.SignatureVerificationError):
        status, answer = 400, b'{"error": "bad signature"}'
    else:
        db.execute("INSERT OR IGNORE INTO events VALUES (?, ?, ?)", (event["id"], event["type"], body))
        status, answer = 200, json.dumps({"received": True}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(answer)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": answer})
