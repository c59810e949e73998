"""A canned Stripe for the front-end tests (CLI and MCP): a few endpoints, paged customers, a 404 and a bad body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stripe_connector.testing.doubles import Recorded, Reply

CUSTOMERS = [{"id": f"cus_{n}", "object": "customer", "email": f"c{n}@example.com"} for n in range(1, 6)]
PAGE_SIZE = 2  # the fake's largest page, whatever limit asks: 5 customers are 3 pages


def stripe_routes(request: Recorded) -> Reply:
    """A few Stripe endpoints with canned answers, for ``tests.support.local_http.ScriptedStripe``.

    GET /v1/customers pages through ``CUSTOMERS`` (``limit``, ``starting_after``), GET /v1/customers/cus_missing
    is Stripe's 404, POST /v1/customers and /v1/charges echo a created object, GET /v1/balance answers, and
    GET /v1/products answers HTTP 200 with a body that is not JSON.
    """
    form = request.form_dict
    match (request.method, request.path):
        case ("GET", "/v1/customers"):
            return Reply(json=customer_page(request.query_dict))
        case ("GET", "/v1/customers/cus_missing"):
            error = {
                "type": "invalid_request_error",
                "code": "resource_missing",
                "param": "id",
                "message": "No such customer: 'cus_missing'",
            }
            return Reply(404, json={"error": error}, headers={"Request-Id": "req_missing"})
        case ("POST", "/v1/customers"):
            return Reply(json={"id": "cus_new", "object": "customer", "email": form.get("email")})
        case ("POST", "/v1/charges"):
            return Reply(json={"id": "ch_new", "object": "charge", "amount": int(form["amount"])})
        case ("GET", "/v1/balance"):
            return Reply(json={"object": "balance", "available": []})
        case ("GET", "/v1/products"):
            return Reply(body="<html>not json</html>", headers={"Request-Id": "req_products"})
    return Reply(404, json={"error": {"type": "invalid_request_error", "message": f"Unrecognized {request.path}"}})


def customer_page(query: Mapping[str, str]) -> dict[str, Any]:
    start = 0
    if "starting_after" in query:
        start = [c["id"] for c in CUSTOMERS].index(query["starting_after"]) + 1
    size = min(int(query.get("limit", "10")), PAGE_SIZE)
    data = CUSTOMERS[start : start + size]
    return {"object": "list", "url": "/v1/customers", "has_more": start + size < len(CUSTOMERS), "data": data}
