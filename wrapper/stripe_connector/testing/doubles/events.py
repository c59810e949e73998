"""A Stripe double for events: ``/v1/webhook_endpoints`` (with Stripe's cap of 16 endpoints per account),
``/v1/events`` (newest first, ``created[...]``, ``type``/``types[]``, ``limit``, ``starting_after``, as Stripe
documents) and ``/v2/core/events/{id}`` for thin events.

localstripe has no webhook endpoints API and lists events oldest first; this double does what Stripe's docs say.
It runs in a thread of the calling process on 127.0.0.1 port 0 (``with EventStripe() as double: double.url``), with
HTTP/1.1 keep-alive. ``hostile`` makes ``/v1/events`` answer the same page for ever (a broken server).
``python -m stripe_connector.testing.doubles.events --events N`` serves N events in a process of its own.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import Counter
from typing import Any

from ._limits import list_page
from ._server import DoubleServer, Recorded, Reply, ServerConfig, error_body

MAX_ENDPOINTS = 16


class EventStripe(DoubleServer):
    """The double; see the module docstring. ``endpoints``, ``events``, ``thin`` and ``calls`` are its state."""

    records_requests = False  # the bench pages through 10,000 events; ``calls`` counts the requests

    def __init__(self, *, server: ServerConfig | None = None) -> None:
        # No delayed-ACK wait between headers and body: the events bench pages 10,000 events on keep-alive.
        super().__init__(server=server or ServerConfig(tcp_nodelay=True))
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []  # oldest first; served newest first
        self.thin: dict[str, dict[str, Any]] = {}
        self.calls: Counter[str] = Counter()
        self.secrets_issued: list[str] = []
        self.hostile = False
        self.lock = threading.Lock()
        self._listings: dict[tuple[tuple[str, str], ...], tuple[list[dict[str, Any]], dict[str, int]]] = {}

    def handle(self, request: Recorded) -> Reply:
        with self.lock:
            if request.method == "GET":
                status, body = self.get(request.path, request.query)
            elif request.method == "POST":
                status, body = self.post(request.path, request.form)
            elif request.method == "DELETE":
                status, body = self.delete(request.path)
            else:
                status, body = 405, error_body("invalid_request_error", f"{request.method} is not allowed")
        return Reply(status, json=body, headers={"Request-Id": "req_double"})

    # --- data -----------------------------------------------------------------------------------------------------

    def add_events(self, count: int, *, created: int | None = None, type: str = "invoice.paid", start: int = 0) -> None:
        base = int(time.time()) - 60 if created is None else created
        with self.lock:
            self._listings.clear()
            for n in range(start, start + count):
                self.events.append({"id": f"evt_dbl_{n:08d}", "object": "event", "type": type, "created": base,
                                    "livemode": False, "api_version": "2023-10-16",
                                    "data": {"object": {"id": f"in_{n:08d}", "object": "invoice"}}})  # fmt: skip

    # --- routes -----------------------------------------------------------------------------------------------------

    def get(self, path: str, query: list[tuple[str, str]]) -> tuple[int, object]:
        self.calls["GET " + re.sub(r"/(we|evt)_\w+", "/{id}", path)] += 1
        params = dict(query)
        if path == "/v1/webhook_endpoints":
            return 200, list_page(list(self.endpoints.values()), params, url="/v1/x")
        if path == "/v1/events":
            return self._events(query, params)
        match = re.fullmatch(r"/v2/core/events/(evt_\w+)", path)
        if match and match.group(1) in self.thin:
            return 200, self.thin[match.group(1)]
        return 404, {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "no such"}}

    def _events(self, query: list[tuple[str, str]], params: dict[str, str]) -> tuple[int, object]:
        key = tuple(sorted((k, v) for k, v in query if k not in ("starting_after", "limit")))
        if key not in self._listings:  # one filtering per listing, not per page (the bench pages 10,000 events)
            types = {v for k, v in query if k.startswith("types[")} | ({params["type"]} if "type" in params else set())
            bounds = {k[8:-1]: int(v) for k, v in query if k.startswith("created[")}
            tests = {"gt": int.__gt__, "gte": int.__ge__, "lt": int.__lt__, "lte": int.__le__}
            chosen = [
                e
                for e in reversed(self.events)
                if (not types or e["type"] in types) and all(tests[op](e["created"], v) for op, v in bounds.items())
            ]
            self._listings[key] = (chosen, {e["id"]: i for i, e in enumerate(chosen)})
        chosen, positions = self._listings[key]
        if self.hostile:
            params.pop("starting_after", None)
        return 200, list_page(chosen, params, url="/v1/x", positions=positions)

    def post(self, path: str, form: list[tuple[str, str]]) -> tuple[int, object]:
        self.calls["POST " + re.sub(r"/we_\w+", "/{id}", path)] += 1
        fields = dict(form)
        events = [v for k, v in form if k.startswith("enabled_events[")]
        if path == "/v1/webhook_endpoints":
            if len(self.endpoints) >= MAX_ENDPOINTS:
                return 400, {"error": {"type": "invalid_request_error", "message": "You have reached the maximum of "
                                       "16 test webhook endpoints."}}  # fmt: skip
            endpoint_id = f"we_{secrets.token_hex(8)}"
            secret = f"whsec_{secrets.token_hex(16)}"
            self.secrets_issued.append(secret)
            self.endpoints[endpoint_id] = {"id": endpoint_id, "object": "webhook_endpoint", "url": fields["url"],
                                           "enabled_events": events, "api_version": fields.get("api_version"),
                                           "status": "enabled", "description": fields.get("description")}  # fmt: skip
            return 200, {**self.endpoints[endpoint_id], "secret": secret}
        match = re.fullmatch(r"/v1/webhook_endpoints/(we_\w+)", path)
        if match and match.group(1) in self.endpoints:
            endpoint = self.endpoints[match.group(1)]
            if events:
                endpoint["enabled_events"] = events
            if "description" in fields:
                endpoint["description"] = fields["description"]
            if fields.get("disabled") == "false":
                endpoint["status"] = "enabled"
            return 200, endpoint
        return 404, {"error": {"type": "invalid_request_error", "message": "no such endpoint"}}

    def delete(self, path: str) -> tuple[int, object]:
        self.calls["DELETE"] += 1
        match = re.fullmatch(r"/v1/webhook_endpoints/(we_\w+)", path)
        if match and self.endpoints.pop(match.group(1), None):
            return 200, {"id": match.group(1), "deleted": True}
        return 404, {"error": {"type": "invalid_request_error", "message": "no such endpoint"}}


def _main(argv: list[str] | None = None) -> int:
    """``python -m stripe_connector.testing.doubles.events --events N``: serve N events until killed (the bench's
    server)."""
    import argparse
    import signal
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=0)
    args = parser.parse_args(argv)
    double = EventStripe()
    double.add_events(args.events)
    with double:
        print(json.dumps({"listening": double.url + "/"}), file=sys.stderr, flush=True)
        signal.sigwait({signal.SIGTERM, signal.SIGINT})
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
