"""A small Stripe double for the events tests and bench: ``/v1/webhook_endpoints`` (with Stripe's cap of 16
endpoints per account), ``/v1/events`` (newest first, ``created[...]``, ``type``/``types[]``, ``limit``,
``starting_after``, as Stripe documents) and ``/v2/core/events/{id}`` for thin events.

localstripe has no webhook endpoints API and lists events oldest first; this double does what Stripe's docs say.
It runs in a thread of the test process on 127.0.0.1 port 0 (``with EventsDouble() as double: double.url``), with
HTTP/1.1 keep-alive. ``hostile`` makes ``/v1/events`` answer the same page for ever (a broken server).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

HOST = "127.0.0.1"
MAX_ENDPOINTS = 16


class EventsDouble:
    def __init__(self) -> None:
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []  # oldest first; served newest first
        self.thin: dict[str, dict[str, Any]] = {}
        self.calls: Counter[str] = Counter()
        self.secrets_issued: list[str] = []
        self.hostile = False
        self.lock = threading.Lock()
        self._listings: dict[tuple[tuple[str, str], ...], tuple[list[dict[str, Any]], dict[str, int]]] = {}
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for a delayed ACK

            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", "req_double")
                self.end_headers()
                self.wfile.write(data)

            def _form(self) -> list[tuple[str, str]]:
                length = int(self.headers.get("Content-Length") or 0)
                return parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                with double.lock:
                    status, body = double.get(parts.path, parse_qsl(parts.query, keep_blank_values=True))
                self._reply(status, body)

            def do_POST(self) -> None:
                form = self._form()
                with double.lock:
                    status, body = double.post(urlsplit(self.path).path, form)
                self._reply(status, body)

            def do_DELETE(self) -> None:
                with double.lock:
                    status, body = double.delete(urlsplit(self.path).path)
                self._reply(status, body)

        self.server = ThreadingHTTPServer((HOST, 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server.server_address[1]}"

    def __enter__(self) -> EventsDouble:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()

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
            return 200, self._page(list(self.endpoints.values()), params)
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
        return 200, self._page(chosen, params, positions)

    @staticmethod
    def _page(items: list[dict[str, Any]], params: dict[str, str], positions: dict[str, int] | None = None
              ) -> dict[str, Any]:  # fmt: skip
        limit = int(params.get("limit", 10))
        start = 0
        if "starting_after" in params:
            ids = positions if positions is not None else {item["id"]: i for i, item in enumerate(items)}
            start = ids[params["starting_after"]] + 1 if params["starting_after"] in ids else len(items)
        page = items[start : start + limit]
        return {"object": "list", "data": page, "has_more": start + limit < len(items), "url": "/v1/x"}

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


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.support.events_double --events N``: serve N events until killed (the bench's server)."""
    import argparse
    import signal
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=0)
    args = parser.parse_args(argv)
    double = EventsDouble()
    double.add_events(args.events)
    with double:
        print(json.dumps({"listening": double.url + "/"}), file=sys.stderr, flush=True)
        signal.sigwait({signal.SIGTERM, signal.SIGINT})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
