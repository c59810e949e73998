"""Benchmark workloads, each run in a fresh process: ``python bench/workloads.py WORKLOAD --url URL ...``.

A fresh process per workload is what a workflow step pays (import, client set-up, first call), keeps one
client's allocations from inflating another's peak RSS, and stops one library's warm caches from helping the
next. Every workload prints exactly one JSON object on stdout's last line: raw samples in nanoseconds plus the
process's peak RSS, or ``{"error": ..., "detail": ...}``. The runner (bench/run.py) turns those into the table.

Subjects: ``floor`` (a raw-socket client: what the server itself costs), ``httpx`` (a reused ``httpx.Client``
written by hand, the baseline), ``stripe`` (stripe-python's ``StripeClient``) and ``connector``
(``stripe_connector``, the product).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import resource
import socket
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

API_KEY = "sk_test_fake"
STRIPE_VERSION = "2023-09-12"
AUTH_HEADERS = {"Authorization": f"Bearer {API_KEY}", "Stripe-Version": STRIPE_VERSION}
LIST_PARAMS: dict[str, Any] = {"limit": 3}
CREATE_PARAMS: dict[str, Any] = {
    "name": "Jenny Rosen",
    "email": "jennyrosen@example.com",
    "description": "bench customer",
    "metadata": {"order_id": "42", "source": "bench"},
}
# The same body as a hand-written httpx caller would spell it: flat bracketed keys, httpx does the encoding.
CREATE_FORM_FLAT: dict[str, str] = {
    "name": "Jenny Rosen",
    "email": "jennyrosen@example.com",
    "description": "bench customer",
    "metadata[order_id]": "42",
    "metadata[source]": "bench",
}
# A nested params dict of the shapes Stripe's form encoding has to handle: scalars, bools, metadata,
# lists of scalars, lists of objects, nested objects two deep, characters that need escaping.
ENCODE_PARAMS: dict[str, Any] = {
    "amount": 2000,
    "currency": "usd",
    "description": "Order #42 - café & crème = 100%",
    "capture": False,
    "confirm": True,
    "metadata": {"order_id": "42", "customer_ref": "abc def", "note": "a=b&c"},
    "payment_method_types": ["card", "sepa_debit"],
    "expand": ["customer", "invoice.subscription"],
    "shipping": {
        "name": "Jenny Rosen",
        "phone": "+1 555 0100",
        "address": {"line1": "1 Main St", "city": "San Francisco", "postal_code": "94111", "country": "US"},
    },
    "line_items": [
        {"price": "price_123", "quantity": 2},
        {"price": "price_456", "quantity": 1, "adjustable_quantity": {"enabled": True, "minimum": 1}},
    ],
}

Result = dict[str, Any]


class NotImportable(Exception):
    """The subject library cannot be imported (e.g. the connector is not written yet)."""


def _import_connector(name: str) -> Any:
    """``stripe_connector.<name>``, or NotImportable while the package (or that class) does not exist yet."""
    try:
        module = importlib.import_module("stripe_connector")
    except ImportError as exc:
        raise NotImportable(f"{type(exc).__name__}: {exc}") from exc
    try:
        return getattr(module, name)
    except AttributeError as exc:
        raise NotImportable(f"stripe_connector has no {name} yet") from exc


def _timed_calls(call: Callable[[int], object], n: int, warmup: int) -> Result:
    """Time ``n`` sequential calls after ``warmup`` untimed ones: wall and this process's CPU, per call.

    The first call is timed separately: it is what a fresh-process workflow step pays on top of the import.
    """
    wall_clock, cpu_clock = time.perf_counter_ns, time.process_time_ns
    start = wall_clock()
    call(-1)
    first_ns = wall_clock() - start
    for i in range(warmup):
        call(i)
    wall: list[int] = []
    cpu: list[int] = []
    for i in range(warmup, warmup + n):  # indexes stay unique: they make idempotency keys
        w0, c0 = wall_clock(), cpu_clock()
        call(i)
        c1, w1 = cpu_clock(), wall_clock()
        wall.append(w1 - w0)
        cpu.append(c1 - c0)
    return {"wall_ns": wall, "cpu_ns": cpu, "first_call_ns": first_ns}


# --- raw-socket floor ------------------------------------------------------------------------------


class _RawClient:
    """The least a client can do: write request bytes, read until Content-Length is satisfied."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host = parts.netloc
        self.sock = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def request(self, raw: bytes) -> bytes:
        self.sock.sendall(raw)
        buffer = b""
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                break
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed the connection")
            buffer += chunk
        length = 0
        for line in buffer[:end].split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(buffer) < end + 4 + length:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed the connection")
            buffer += chunk
        return buffer[end + 4 :]

    def head(self, method: str, target: str, extra: str = "") -> bytes:
        return (
            f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {API_KEY}\r\n"
            f"Stripe-Version: {STRIPE_VERSION}\r\n{extra}\r\n"
        ).encode()


def floor_list(args: argparse.Namespace) -> Result:
    client = _RawClient(args.url)
    raw = client.head("GET", "/v1/customers?" + urlencode(LIST_PARAMS))
    return _timed_calls(lambda i: client.request(raw), args.n, args.warmup)


def floor_create(args: argparse.Namespace) -> Result:
    client = _RawClient(args.url)
    body = urlencode(CREATE_FORM_FLAT).encode()
    extra = f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
    raw = client.head("POST", "/v1/customers", extra) + body
    return _timed_calls(lambda i: client.request(raw), args.n, args.warmup)


# --- httpx baseline --------------------------------------------------------------------------------


def _httpx_client(url: str) -> Any:
    import httpx

    return httpx.Client(base_url=url, headers=AUTH_HEADERS)


def httpx_list(args: argparse.Namespace) -> Result:
    client = _httpx_client(args.url)

    def call(i: int) -> object:
        response = client.get("/v1/customers", params=LIST_PARAMS)
        response.raise_for_status()
        return response.json()

    with client:
        return _timed_calls(call, args.n, args.warmup)


def httpx_create(args: argparse.Namespace) -> Result:
    client = _httpx_client(args.url)
    prefix = f"bench-{id(client)}-"

    def call(i: int) -> object:
        headers = {"Idempotency-Key": f"{prefix}{i}"}
        response = client.post("/v1/customers", data=CREATE_FORM_FLAT, headers=headers)
        response.raise_for_status()
        return response.json()

    with client:
        return _timed_calls(call, args.n, args.warmup)


def httpx_paginate(args: argparse.Namespace) -> Result:
    """The hand-written cursor loop a user would write instead of ``paginate``."""
    client = _httpx_client(args.url)

    def walk() -> int:
        params: dict[str, Any] = {"limit": 100}
        count = 0
        while True:
            response = client.get("/v1/customers", params=params)
            response.raise_for_status()
            page = response.json()
            for _obj in page["data"]:
                count += 1
            if not page["has_more"] or not page["data"]:
                return count
            params["starting_after"] = page["data"][-1]["id"]

    with client:
        return _timed_walks(walk, args)


async def _httpx_async_rounds(args: argparse.Namespace) -> Result:
    import httpx

    # httpx's default limits (100 connections, 20 kept alive) on purpose: raising keep-alive to 100 made
    # httpx ~5x slower per round here (its pool scans every idle connection per request), not faster.
    async with httpx.AsyncClient(base_url=args.url, headers=AUTH_HEADERS) as client:

        async def call() -> object:
            response = await client.get("/v1/customers", params=LIST_PARAMS)
            response.raise_for_status()
            return response.json()

        return await _timed_rounds(call, args)


def httpx_async(args: argparse.Namespace) -> Result:
    return asyncio.run(_httpx_async_rounds(args))


# --- stripe-python baseline ------------------------------------------------------------------------


def _stripe_client(url: str) -> Any:
    import stripe

    return stripe.StripeClient(API_KEY, base_addresses={"api": url}, max_network_retries=0)


def stripe_list(args: argparse.Namespace) -> Result:
    client = _stripe_client(args.url)
    return _timed_calls(lambda i: client.v1.customers.list(params=LIST_PARAMS), args.n, args.warmup)


def stripe_create(args: argparse.Namespace) -> Result:
    client = _stripe_client(args.url)
    prefix = f"bench-{id(client)}-"

    def call(i: int) -> object:
        return client.v1.customers.create(params=CREATE_PARAMS, options={"idempotency_key": f"{prefix}{i}"})

    return _timed_calls(call, args.n, args.warmup)


# --- the connector ---------------------------------------------------------------------------------


def _connector(url: str) -> Any:
    return _import_connector("StripeConnector")(API_KEY, base_url=url, max_retries=0)


def connector_list(args: argparse.Namespace) -> Result:
    with _connector(args.url) as client:
        return _timed_calls(lambda i: client.call("list_customers", LIST_PARAMS), args.n, args.warmup)


def connector_create(args: argparse.Namespace) -> Result:
    with _connector(args.url) as client:
        prefix = f"bench-{id(client)}-"

        def call(i: int) -> object:
            return client.call("create_customer", CREATE_PARAMS, idempotency_key=f"{prefix}{i}")

        return _timed_calls(call, args.n, args.warmup)


def connector_paginate(args: argparse.Namespace) -> Result:
    with _connector(args.url) as client:

        def walk() -> int:
            count = 0
            for _obj in client.paginate("list_customers", {"limit": 100}):
                count += 1
            return count

        return _timed_walks(walk, args)


async def _connector_async_rounds(args: argparse.Namespace) -> Result:
    connector_class = _import_connector("AsyncStripeConnector")
    async with connector_class(API_KEY, base_url=args.url, max_retries=0) as client:

        async def call() -> object:
            return await client.call("list_customers", LIST_PARAMS)

        return await _timed_rounds(call, args)


def connector_async(args: argparse.Namespace) -> Result:
    return asyncio.run(_connector_async_rounds(args))


# --- shared shapes ---------------------------------------------------------------------------------


def _timed_walks(walk: Callable[[], int], args: argparse.Namespace) -> Result:
    """Time ``args.n`` complete paginations after ``args.warmup`` untimed ones; each must see ``args.expect``."""
    for _ in range(args.warmup):
        walk()
    wall: list[int] = []
    cpu: list[int] = []
    for _ in range(args.n):
        w0, c0 = time.perf_counter_ns(), time.process_time_ns()
        count = walk()
        c1, w1 = time.process_time_ns(), time.perf_counter_ns()
        if args.expect and count != args.expect:
            raise AssertionError(f"paginated {count} objects, expected {args.expect}")
        wall.append(w1 - w0)
        cpu.append(c1 - c0)
    return {"wall_ns": wall, "cpu_ns": cpu}


async def _timed_rounds(call: Callable[[], Any], args: argparse.Namespace) -> Result:
    """Time ``args.n`` rounds of ``args.concurrency`` concurrent calls, after ``args.warmup`` rounds."""
    for _ in range(max(1, args.warmup)):  # at least one: opens the connection pool
        await asyncio.gather(*(call() for _ in range(args.concurrency)))
    wall: list[int] = []
    cpu: list[int] = []
    for _ in range(args.n):
        w0, c0 = time.perf_counter_ns(), time.process_time_ns()
        await asyncio.gather(*(call() for _ in range(args.concurrency)))
        c1, w1 = time.process_time_ns(), time.perf_counter_ns()
        wall.append(w1 - w0)
        cpu.append(c1 - c0)
    return {"wall_ns": wall, "cpu_ns": cpu, "concurrency": args.concurrency}


# --- form encoding ---------------------------------------------------------------------------------


def _stripe_encode(params: dict[str, Any]) -> str:
    """Exactly what stripe-python's request path does to a params dict (stripe/_api_requestor.py)."""
    from stripe._encode import _api_encode

    encoded = urlencode(list(_api_encode(params)))
    return encoded.replace("%5B", "[").replace("%5D", "]")


def encode(args: argparse.Namespace) -> Result:
    """Interleave stripe-python's encoder and the connector's, ``args.loops`` encodes per sample.

    Both run in this one process, alternating sample by sample, so CPU frequency and cache state treat them
    alike. ``match`` says whether both produce the same (key, value) pairs, a guard against a fast-but-wrong
    encoder.
    """
    from urllib.parse import parse_qsl

    import stripe._encode  # noqa: F401  (imported before timing)

    loops = args.loops
    result: Result = {"stripe_ns": [], "loops": loops}
    encoders: dict[str, Callable[[dict[str, Any]], str]] = {"stripe": _stripe_encode}
    try:
        encoding = importlib.import_module("stripe_connector._request.encoding")
        encode_form: Callable[[dict[str, Any]], str] = encoding.encode_form
    except (ImportError, AttributeError) as exc:
        result["connector_error"] = f"NotImportable: {type(exc).__name__}: {exc}"
    else:
        encoders["connector"] = encode_form
        result["connector_ns"] = []
        ours, theirs = encode_form(ENCODE_PARAMS), _stripe_encode(ENCODE_PARAMS)
        result["match"] = sorted(parse_qsl(ours)) == sorted(parse_qsl(theirs))
        result["connector_sample"], result["stripe_sample"] = ours, theirs
    for _ in range(args.warmup):
        for fn in encoders.values():
            fn(ENCODE_PARAMS)
    clock = time.perf_counter_ns
    for _ in range(args.n):
        for name, fn in encoders.items():
            start = clock()
            for _ in range(loops):
                fn(ENCODE_PARAMS)
            result[f"{name}_ns"].append((clock() - start) / loops)
    return result


WORKLOADS: dict[str, Callable[[argparse.Namespace], Result]] = {
    "floor_list": floor_list,
    "floor_create": floor_create,
    "httpx_list": httpx_list,
    "httpx_create": httpx_create,
    "httpx_paginate": httpx_paginate,
    "httpx_async": httpx_async,
    "stripe_list": stripe_list,
    "stripe_create": stripe_create,
    "connector_list": connector_list,
    "connector_create": connector_create,
    "connector_paginate": connector_paginate,
    "connector_async": connector_async,
    "encode": encode,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one benchmark workload and print its samples as JSON.")
    parser.add_argument("workload", choices=sorted(WORKLOADS))
    parser.add_argument("--url", default="", help="base URL of the canned server")
    parser.add_argument("--n", type=int, default=300, help="timed calls, walks, rounds or samples")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--expect", type=int, default=0, help="objects each pagination must yield")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--loops", type=int, default=200, help="encodes per encoding sample")
    args = parser.parse_args(argv)
    status = 0
    try:
        result = WORKLOADS[args.workload](args)
    except NotImportable as exc:
        result, status = {"error": "not importable", "detail": str(exc)}, 3
    except Exception as exc:
        traceback.print_exc()
        result, status = {"error": "failed", "detail": f"{type(exc).__name__}: {exc}"}, 4
    result["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(json.dumps(result) + "\n")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
