"""``paginate``: every object of a list tool, page after page, asking for the next page only when it is needed."""

from __future__ import annotations

from typing import Any

import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.errors import StripeResponseError
from stripe_connector.testing.doubles import Reply, ScriptedStripe


def page(ids: list[str], has_more: bool, url: str = "/v1/customers") -> Reply:
    data = [{"id": object_id, "object": "customer"} for object_id in ids]
    return Reply(200, json={"object": "list", "url": url, "has_more": has_more, "data": data})


THREE_PAGES = (
    page(["cus_a", "cus_b"], True),
    page(["cus_c", "cus_d"], True),
    page(["cus_e"], False),
)


def ids(objects: Any) -> list[str]:
    return [obj["id"] for obj in objects]


def test_three_pages_follow_the_last_id(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(*THREE_PAGES)
    arguments = {"limit": 2, "email": "a@example.com"}
    assert ids(stripe.paginate("list_customers", arguments)) == ["cus_a", "cus_b", "cus_c", "cus_d", "cus_e"]
    assert server.count == 3
    assert [request.path for request in server.requests] == ["/v1/customers"] * 3
    assert [request.query_dict.get("starting_after") for request in server.requests] == [None, "cus_b", "cus_d"]
    for request in server.requests:  # the filters and page size stay on every page
        assert request.query_dict["limit"] == "2"
        assert request.query_dict["email"] == "a@example.com"
    assert arguments == {"limit": 2, "email": "a@example.com"}  # the caller's dict is not used as the cursor


def test_a_starting_cursor_is_kept_for_the_first_page(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(page(["cus_c"], True), page(["cus_d"], False))
    assert ids(stripe.paginate("list_customers", {"starting_after": "cus_b"})) == ["cus_c", "cus_d"]
    assert [request.query_dict["starting_after"] for request in server.requests] == ["cus_b", "cus_c"]


@pytest.mark.parametrize(
    ("max_items", "expected", "requests"),
    [
        (3, ["cus_a", "cus_b", "cus_c"], 2),  # stops in the middle of page 2
        (2, ["cus_a", "cus_b"], 1),  # stops at the end of page 1, without fetching page 2
        (1, ["cus_a"], 1),
        (5, ["cus_a", "cus_b", "cus_c", "cus_d", "cus_e"], 3),
        (50, ["cus_a", "cus_b", "cus_c", "cus_d", "cus_e"], 3),
    ],
)
def test_max_items_stops_without_another_request(
    stripe: StripeConnector, server: ScriptedStripe, max_items: int, expected: list[str], requests: int
) -> None:
    server.script(*THREE_PAGES)
    assert ids(stripe.paginate("list_customers", {"limit": 2}, max_items=max_items)) == expected
    assert server.count == requests


def test_max_items_zero_sends_nothing(stripe: StripeConnector, server: ScriptedStripe) -> None:
    assert list(stripe.paginate("list_customers", {}, max_items=0)) == []
    assert server.count == 0


def test_pages_are_fetched_lazily(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(*THREE_PAGES)
    iterator = stripe.paginate("list_customers", {"limit": 2})
    assert server.count == 0  # nothing until the first object is asked for
    assert next(iterator)["id"] == "cus_a"
    assert next(iterator)["id"] == "cus_b"
    assert server.count == 1
    assert next(iterator)["id"] == "cus_c"
    assert server.count == 2


def test_an_empty_first_page(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(page([], False))
    assert list(stripe.paginate("list_charges", {})) == []
    assert server.count == 1
    assert server.last.query == [("limit", "10")]


def test_has_more_with_no_data_is_a_response_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    """A page claiming more but carrying nothing cannot advance: a typed error, not a silent stop or a loop."""
    server.script(page([], True), page(["cus_x"], False))
    with pytest.raises(StripeResponseError, match="page is empty"):
        list(stripe.paginate("list_products", {}))
    assert server.count == 1


@pytest.mark.parametrize(
    "tool", ["list_charges", "list_payment_intents", "list_invoices", "list_products", "list_subscriptions"]
)
def test_every_list_tool_paginates(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    server.script(page(["x_1"], True), page(["x_2"], False))
    assert ids(stripe.paginate(tool, {"limit": 1})) == ["x_1", "x_2"]
    assert server.requests[1].query_dict["starting_after"] == "x_1"


@pytest.mark.parametrize("tool", ["get_customer", "create_customer", "create_charge", "raw_request", "nope"])
def test_non_list_tools_are_refused(stripe: StripeConnector, server: ScriptedStripe, tool: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        list(stripe.paginate(tool, {}))
    assert caught.value.param == "tool"
    assert server.count == 0


@pytest.mark.parametrize("max_items", [-1, True, 2.5, "3"])
def test_max_items_is_checked(stripe: StripeConnector, server: ScriptedStripe, max_items: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        list(stripe.paginate("list_customers", {}, max_items=max_items))
    assert caught.value.param == "max_items"
    assert server.count == 0


def test_bad_arguments_are_refused_before_the_first_page(stripe: StripeConnector, server: ScriptedStripe) -> None:
    with pytest.raises(InvalidInputError) as caught:
        list(stripe.paginate("list_customers", {"limit": 500}))
    assert caught.value.param == "limit"
    assert server.count == 0


def test_stripe_account_is_sent_on_every_page(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(*THREE_PAGES)
    list(stripe.paginate("list_customers", {"limit": 2}, stripe_account="acct_1032D82eZvKYlo2C"))
    assert [request.header("Stripe-Account") for request in server.requests] == ["acct_1032D82eZvKYlo2C"] * 3


def test_a_failing_page_is_retried_and_the_walk_continues(stripe: StripeConnector, server: ScriptedStripe) -> None:
    server.script(THREE_PAGES[0], Reply(503), THREE_PAGES[1], THREE_PAGES[2])
    assert ids(stripe.paginate("list_customers", {"limit": 2})) == ["cus_a", "cus_b", "cus_c", "cus_d", "cus_e"]
    assert [request.query_dict.get("starting_after") for request in server.requests] == [
        None,
        "cus_b",
        "cus_b",
        "cus_d",
    ]
