"""``export`` against the list double over HTTP: exactly once, edges, empty ranges, 429 storms, budgets, bad input."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from stripe_connector import AsyncStripeConnector, InvalidInputError, LocalRateLimiter, StripeConnector
from stripe_connector.errors import RateLimitError
from stripe_connector.testing.doubles import ListStripe, spread

from tests.support.keys import API_KEY

KEY = API_KEY  # the suite's one test key
END = 1_780_000_000


@pytest.fixture(scope="module")
def big() -> Iterator[ListStripe]:
    """20,000 objects over two years, denser lately, with runs of equal ``created``."""
    with ListStripe(spread(20_000, start=END - 730 * 86400, end=END), latency=0.002) as double:
        yield double


def export_ids(double: ListStripe, **options: object) -> list[str]:
    with StripeConnector(KEY, base_url=double.url) as stripe:
        return [item["id"] for item in stripe.export("list_customers", **options)]  # type: ignore[arg-type]


def test_twenty_thousand_objects_exactly_once_across_shard_splits(big: ListStripe) -> None:
    big.reset_stats()
    ids = export_ids(big, concurrency=8, created_lt=END)
    assert len(ids) == 20_000 and set(ids) == set(big.all_ids())
    assert big.stats["in_flight_max"] <= 8
    assert big.stats["requests"] < 20_000 / 100 * 1.3  # sharding costs few extra pages


def test_the_other_list_tools_export_their_own_objects(big: ListStripe) -> None:
    with StripeConnector(KEY, base_url=big.url) as stripe:
        items = list(stripe.export("list_charges", created_gte=END - 86400, created_lt=END, concurrency=3))
    assert items and {item["object"] for item in items} == {"charge"}
    assert len({item["id"] for item in items}) == len(items)
    assert all(END - 86400 <= item["created"] < END for item in items)


def test_equal_timestamps_at_shard_edges() -> None:
    created = [1000] * 260 + [1001] * 333 + [1002] * 7 + [999] * 150 + [1003] * 420
    with ListStripe(created) as double:
        ids = export_ids(double, concurrency=6, created_gte=990, created_lt=1010)
        assert sorted(ids) == sorted(double.all_ids())
        assert len(ids) == len(set(ids))


def test_an_empty_range_and_a_range_of_one_object(big: ListStripe) -> None:
    with ListStripe([500, 700, 700]) as double:
        assert export_ids(double, created_gte=501, created_lt=700) == []
        assert export_ids(double, created_gte=500, created_lt=501) == [double.all_ids()[-1]]
        double.reset_stats()
        assert export_ids(double, created_gte=600, created_lt=600) == []
        assert double.stats["requests"] == 0


def test_the_created_argument_narrows_the_range(big: ListStripe) -> None:
    with StripeConnector(KEY, base_url=big.url) as stripe:
        items = list(stripe.export("list_customers", {"created": {"gt": END - 3600, "lte": END - 60}}))
    assert items and all(END - 3600 < item["created"] <= END - 60 for item in items)


def test_objects_created_during_the_export_are_left_out() -> None:
    now = int(time.time())
    with ListStripe([now - 5000 + n for n in range(1500)], latency=0.01) as double:
        with StripeConnector(KEY, base_url=double.url) as stripe:
            iterator = stripe.export("list_customers", concurrency=2)
            first = next(iterator)
            late = double.add([now + 1, now + 2, now + 3])
            rest = [item["id"] for item in iterator]
        ids = [first["id"], *rest]
        assert len(ids) == 1500 and not set(late) & set(ids)


def test_a_429_storm_is_waited_out_and_nothing_is_doubled(big: ListStripe) -> None:
    big.reset_stats()
    big.storm(1.2)
    ids = export_ids(big, concurrency=6, created_gte=END - 60 * 86400, created_lt=END)
    assert big.stats["rate_limited"] > 0
    expected = [i for i, c in zip(big.all_ids(), sorted_created(big), strict=True) if c >= END - 60 * 86400]
    assert sorted(ids) == sorted(expected)


def sorted_created(double: ListStripe) -> list[int]:
    return [-key[0] for key in double._keys]


def test_a_storm_longer_than_the_retries_is_a_typed_error(big: ListStripe) -> None:
    big.storm(3.0)
    try:
        with StripeConnector(KEY, base_url=big.url, max_retries=0) as stripe, pytest.raises(RateLimitError):
            list(stripe.export("list_customers", page_retries=0, created_gte=END - 3600, created_lt=END))
    finally:
        big.storm(0)
    assert not [t for t in threading.enumerate() if t.name.startswith("stripe-export")]


def test_within_the_shared_rate_budget_few_429s() -> None:
    with ListStripe(spread(3000, start=END - 86400 * 30, end=END), latency=0.05, rate=25, burst=5) as double:
        limiter = LocalRateLimiter()  # Stripe's test-mode budget: 25 requests/s
        with StripeConnector(KEY, base_url=double.url, rate_limiter=limiter) as stripe:
            ids = [item["id"] for item in stripe.export("list_customers", concurrency=6, created_lt=END)]
        assert sorted(ids) == sorted(double.all_ids())
        assert double.stats["rate_limited"] <= max(1, double.stats["requests"] // 100)


def test_stopping_early_stops_the_workers(big: ListStripe) -> None:
    with StripeConnector(KEY, base_url=big.url) as stripe:
        iterator = stripe.export("list_customers", concurrency=5)
        taken = [next(iterator) for _ in range(250)]
        iterator.close()  # type: ignore[attr-defined]
    assert len({item["id"] for item in taken}) == 250
    assert not [t for t in threading.enumerate() if t.name.startswith("stripe-export")]


def test_async_export_exactly_once(big: ListStripe) -> None:
    async def main() -> list[str]:
        async with AsyncStripeConnector(KEY, base_url=big.url) as stripe:
            return [item["id"] async for item in stripe.export("list_customers", concurrency=8, created_lt=END)]

    ids = asyncio.run(main())
    assert len(ids) == 20_000 and set(ids) == set(big.all_ids())


@pytest.mark.parametrize(
    ("tool", "arguments", "options", "param"),
    [
        ("list_nothing", None, {}, "tool"),
        ("get_customer", None, {}, "tool"),
        ("search_customers", {"query": "email:'a'"}, {}, "tool"),
        ("list_customers", {"limit": 5}, {}, "limit"),
        ("list_customers", {"starting_after": "cus_1"}, {}, "starting_after"),
        ("list_customers", {"emial": "a@b.c"}, {}, "emial"),
        ("list_customers", {"created": {"after": 5}}, {}, "created"),
        ("list_customers", {"created": {"gte": "yesterday"}}, {}, "created.gte"),
        ("list_customers", None, {"concurrency": 0}, "concurrency"),
        ("list_customers", None, {"concurrency": True}, "concurrency"),
        ("list_customers", None, {"created_gte": -1}, "created_gte"),
        ("list_customers", None, {"checkpoint": "redis://localhost/0"}, "checkpoint"),
        ("list_customers", None, {"stripe_account": "nope"}, "stripe_account"),
        ("list_customers", None, {"buffer_pages": 0}, "buffer_pages"),
    ],
)
def test_bad_input_is_refused_naming_it_before_anything_is_sent(
    big: ListStripe, tool: str, arguments: dict[str, object] | None, options: dict[str, object], param: str
) -> None:
    big.reset_stats()
    with StripeConnector(KEY, base_url=big.url) as stripe, pytest.raises(InvalidInputError) as caught:
        list(stripe.export(tool, arguments, **options))
    assert caught.value.param == param
    assert big.stats["requests"] == 0


def test_allowed_tools_apply_to_exports(big: ListStripe) -> None:
    stripe = StripeConnector(KEY, base_url=big.url, allowed_tools={"get_customer"})
    with stripe, pytest.raises(InvalidInputError, match="allowed_tools"):
        stripe.export("list_customers")


def test_an_operation_id_exports_like_its_tool(big: ListStripe) -> None:
    with StripeConnector(KEY, base_url=big.url) as stripe:
        by_operation = [item["id"] for item in stripe.export("GetCustomers", concurrency=6, created_lt=END)]
        charges = list(stripe.export("GetCharges", {"created": {"gte": END - 86400}}, created_lt=END))
    assert len(by_operation) == 20_000 and set(by_operation) == set(big.all_ids())
    assert charges and {item["object"] for item in charges} == {"charge"}


@pytest.mark.parametrize(
    ("operation", "arguments", "param"),
    [
        ("GetCountrySpecs", None, "tool"),  # a list without a created filter
        ("GetCustomersSearch", {"query": "email:'a'"}, "tool"),  # search pages by `page`
        ("PostCustomers", None, "tool"),
        ("GetCustomers", {"emial": "x"}, "emial"),
    ],
)
def test_operations_that_cannot_be_exported_are_refused(
    big: ListStripe, operation: str, arguments: dict[str, object] | None, param: str
) -> None:
    big.reset_stats()
    with StripeConnector(KEY, base_url=big.url) as stripe, pytest.raises(InvalidInputError) as caught:
        stripe.export(operation, arguments)
    assert caught.value.param == param and big.stats["requests"] == 0


def test_allow_lists_by_operation_glob_apply_to_exports(big: ListStripe) -> None:
    with StripeConnector(KEY, base_url=big.url, allowed_tools={"Get*"}) as stripe:
        assert list(stripe.export("GetCustomers", created_gte=END - 600, created_lt=END)) is not None
    stripe = StripeConnector(KEY, base_url=big.url, allowed_tools={"GetCharges"})
    with stripe, pytest.raises(InvalidInputError, match="allowed"):
        stripe.export("GetCustomers")


def test_the_view_and_the_operation_index_agree_on_which_tools_can_be_exported() -> None:
    from stripe_connector import OPERATIONS, TOOLS
    from stripe_connector.export._source import filters_on_created, tool_parameters

    lists = [tool for tool in TOOLS if tool.pagination == "cursor"]
    assert lists
    for tool in lists:
        assert tool.operation is not None
        operation = OPERATIONS[tool.operation.operation_id]
        assert filters_on_created(tool_parameters(tool.name)) == operation.filters_created, tool.name


def test_rate_limit_paces_every_page_at_the_chosen_rate() -> None:
    from stripe_connector.export._pace import PacedRateLimiter

    with ListStripe(spread(2000, start=END - 86400 * 30, end=END)) as double:
        stripe = StripeConnector(KEY, base_url=double.url, rate_limiter=PacedRateLimiter(40))
        started = time.monotonic()
        with stripe:
            ids = [item["id"] for item in stripe.export("list_customers", concurrency=8, created_lt=END)]
        elapsed = time.monotonic() - started
        assert sorted(ids) == sorted(double.all_ids())
        assert elapsed >= (double.stats["requests"] - 1) / 40  # never faster than 40 requests/s


class CountingLimiter(LocalRateLimiter):
    """The process-local limiter, counting the slots taken (one per attempt sent)."""

    def __init__(self) -> None:
        super().__init__()
        self.slots = 0

    def reserve_within(self, budgets: Any, max_wait: float) -> float:
        self.slots += 1
        return super().reserve_within(budgets, max_wait)


def test_every_page_takes_exactly_one_slot_of_the_budget() -> None:
    """A page's slot is taken before the page is chosen; the send loop must not take a second one for it."""
    with ListStripe(spread(1500, start=END - 86400 * 30, end=END), latency=0.01) as double:
        limiter = CountingLimiter()
        with StripeConnector(KEY, base_url=double.url, rate_limiter=limiter) as stripe:
            ids = [item["id"] for item in stripe.export("list_customers", concurrency=4, created_lt=END)]
        assert sorted(ids) == sorted(double.all_ids())
        # A worker whose page another took meanwhile leaves its slot unused: a few, never one per page.
        assert double.stats["requests"] <= limiter.slots <= double.stats["requests"] + 4


def test_a_page_sets_limit_and_created_once_whatever_the_base_request_says() -> None:
    from stripe_connector.export._plan import PageRequest
    from stripe_connector.export._source import page_request

    with StripeConnector(KEY) as stripe:
        base = stripe.core.prepare("list_customers", {"limit": 10, "email": "a@example.com"})
    target = page_request(base, PageRequest(0, 100, 200, "cus_1")).target
    query = parse_qs(urlsplit(target).query)
    assert query["limit"] == ["100"] and query["email"] == ["a@example.com"]
    assert query["created[gte]"] == ["100"] and query["created[lt]"] == ["200"]
    assert query["starting_after"] == ["cus_1"]
