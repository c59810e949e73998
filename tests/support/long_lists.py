"""A Stripe double whose list and search endpoints hold 100 objects each, for the result-sizing tests.

Pages follow ``limit`` and ``starting_after`` (search: ``page``, as ``page_<offset>``); anything else is
``tests.support.agent_stripe.agent_routes``. The objects vary in size, so a size cap falls anywhere in a page.
"""

from __future__ import annotations

from typing import Any

from stripe_connector.testing.doubles import Recorded, Reply

from tests.support.agent_stripe import LISTED, agent_routes

OBJECTS = 100


def sample(path: str) -> dict[str, Any]:
    """One object like those of list endpoint ``path`` (the agent double's, or a customer)."""
    return LISTED.get(path, {"id": "cus_0", "object": "customer", "email": "x@example.com"})


def hundred(path: str) -> list[dict[str, Any]]:
    """100 objects, ids in order, each a few hundred bytes (the size varies, so cuts fall anywhere)."""
    base = sample(path)
    prefix = str(base["id"]).split("_")[0]
    return [
        {**base, "id": f"{prefix}_{n:03d}", "description": "d" * (100 + 37 * n % 300), "metadata": {"n": str(n)}}
        for n in range(OBJECTS)
    ]


def long_lists(request: Recorded) -> Reply:
    """Stripe's list and search endpoints over 100 objects each (``limit``, ``starting_after``, ``page``)."""
    query = request.query_dict
    path = request.path.removesuffix("/search")
    if request.method == "GET" and (path in LISTED or path == "/v1/customers"):
        objects = hundred(path)
        limit = int(query.get("limit", "10"))
        if request.path.endswith("/search"):
            start = int(query.get("page", "page_0").removeprefix("page_"))
            data = objects[start : start + limit]
            more = start + limit < OBJECTS
            page = {"object": "search_result", "url": request.path, "data": data, "has_more": more}
            return Reply(json={**page, "next_page": f"page_{start + limit}" if more else None})
        ids = [item["id"] for item in objects]
        start = ids.index(query["starting_after"]) + 1 if "starting_after" in query else 0
        data = objects[start : start + limit]
        return Reply(json={"object": "list", "url": path, "data": data, "has_more": start + limit < OBJECTS})
    return agent_routes(request)
