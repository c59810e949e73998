"""``max_amount`` cannot be walked around: every money field Stripe's spec defines, wherever it appears.

Families: each field the spec calls money (derived from the generated ``MONEY_FIELDS``, not a list typed here),
positions (query of a POST, nested objects, lists, line items with quantities), spellings of the currency, values
the cap cannot read, no currency at all, and a property test that hides one excessive amount anywhere in a random
body. Every refusal names the field and happens before anything is sent.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.testing.doubles import Reply, ScriptedStripe
from stripe_connector_generated.tool_catalogue import MONEY_FIELDS

from tests.support.keys import API_KEY as KEY

CAPS = {"usd": 5000, "eur": 3000}


@pytest.fixture
def capped(server: ScriptedStripe) -> Iterator[StripeConnector]:
    server.script(*[Reply(200, json={"id": "x_1", "object": "thing"})] * 50)
    with StripeConnector(KEY, base_url=server.base_url, max_amount=CAPS, max_retries=0) as connector:
        yield connector


def raw_post(body: dict[str, Any] | None = None, query: dict[str, Any] | None = None) -> dict[str, Any]:
    # A path no operation has (the caps apply wherever money is): sent on purpose, so the index does not refuse it.
    arguments: dict[str, Any] = {"method": "POST", "path": "/v1/anything", "allow_unknown_path": True}
    if body is not None:
        arguments["body"] = body
    if query is not None:
        arguments["query"] = query
    return arguments


def refused(connector: StripeConnector, server: ScriptedStripe, tool: str, arguments: dict[str, Any]) -> str:
    with pytest.raises(InvalidInputError) as caught:
        connector.call(tool, arguments)
    assert server.count == 0, "nothing may be sent once the cap refuses"
    return str(caught.value.param)


def test_the_money_fields_come_from_the_spec() -> None:
    """The usual suspects are there, and none of them was typed by hand into the connector."""
    assert {"amount", "unit_amount", "amount_to_capture", "application_fee_amount", "unit_amount_decimal"} <= (
        MONEY_FIELDS
    )
    assert "quantity" not in MONEY_FIELDS and "currency" not in MONEY_FIELDS


@pytest.mark.parametrize("field", sorted(MONEY_FIELDS))
def test_every_money_field_is_capped(capped: StripeConnector, server: ScriptedStripe, field: str) -> None:
    assert refused(capped, server, "raw_request", raw_post({field: 5001, "currency": "usd"})) == field


@pytest.mark.parametrize("field", sorted(MONEY_FIELDS))
def test_every_money_field_within_the_cap_is_sent(capped: StripeConnector, server: ScriptedStripe, field: str) -> None:
    capped.call("raw_request", raw_post({field: 5000, "currency": "usd"}))
    assert server.count == 1


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        pytest.param(raw_post(query={"amount": 9000, "currency": "usd"}), "amount", id="query-of-a-post"),
        pytest.param(raw_post({"amount": 9000}, {"currency": "usd"}), "amount", id="currency-in-query"),
        pytest.param(
            raw_post({"currency": "usd", "line_items": [{"price_data": {"unit_amount": 2000}, "quantity": 3}]}),
            "line_items[0].price_data.unit_amount",
            id="unit-amount-times-quantity-nested",
        ),
        pytest.param(
            raw_post({"currency": "usd", "unit_amount": 1000, "quantity": 6}), "unit_amount", id="unit-amount-x6"
        ),
        pytest.param(raw_post({"amount_to_capture": 6000, "currency": "usd"}), "amount_to_capture", id="capture"),
        pytest.param(raw_post({"amount": 6000, "currency": "usd "}), "amount", id="currency-trailing-space"),
        pytest.param(raw_post({"amount": 6000, "currency": " USD"}), "amount", id="currency-upper-leading-space"),
        pytest.param(
            raw_post({"currency": "usd", "items": [{"amount": 1}, {"amount": 9000}]}), "items[1].amount", id="in-list"
        ),
        pytest.param(raw_post({"amounts": [100, 7000], "currency": "usd"}), "amounts", id="list-of-amounts"),
        pytest.param(raw_post({"unit_amount_decimal": "5000.5", "currency": "usd"}), "unit_amount_decimal", id="dec"),
        pytest.param(raw_post({"amount": "6000", "currency": "usd"}), "amount", id="numeric-string"),
        pytest.param(raw_post({"a": {"b": {"c": {"amount": 3001}}}}), "a.b.c.amount", id="no-currency-strictest"),
        pytest.param(raw_post({"amount": 3001}), "amount", id="no-currency-at-all"),
        pytest.param(raw_post({"amount": 4000, "currency": "eur"}), "amount", id="eur-cap"),
    ],
)
def test_every_position_and_spelling_is_capped(
    capped: StripeConnector, server: ScriptedStripe, arguments: dict[str, Any], field: str
) -> None:
    assert refused(capped, server, "raw_request", arguments) == field


@pytest.mark.parametrize(
    "value",
    [math.inf, -math.inf, math.nan, "1e400", "NaN", "lots", True, {"x": 1}, 10**400],
    ids=["inf", "-inf", "nan", "huge-string", "nan-string", "word", "bool", "object", "huge-int"],
)
def test_an_amount_the_cap_cannot_read_is_refused(capped: StripeConnector, server: ScriptedStripe, value: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        capped.call("raw_request", raw_post({"amount": value, "currency": "usd"}))
    assert server.count == 0
    # Non-JSON numbers are refused by validation, naming the argument and the place; the rest by the cap.
    assert caught.value.param == "amount" or (caught.value.param == "body" and "amount" in caught.value.message)


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(raw_post({"amount": 5000, "currency": "usd"}), id="at-the-cap"),
        pytest.param(raw_post({"amount": 10**9, "currency": "jpy"}), id="uncapped-currency"),
        pytest.param(raw_post({"metadata": {"amount": "a lot", "unit_amount": "x"}, "currency": "usd"}), id="meta"),
        pytest.param(
            {"method": "GET", "path": "/v1/anything", "query": {"amount": 10**9}, "allow_unknown_path": True},
            id="get-moves-nothing",
        ),
        pytest.param(raw_post({"unit_amount": 1000, "quantity": 5, "currency": "usd"}), id="unit-x-qty-at-cap"),
    ],
)
def test_what_is_within_or_not_money_is_sent(
    capped: StripeConnector, server: ScriptedStripe, arguments: dict[str, Any]
) -> None:
    capped.call("raw_request", arguments)
    assert server.count == 1


def test_typed_tools_use_their_money_fields(capped: StripeConnector, server: ScriptedStripe) -> None:
    assert refused(capped, server, "create_charge", {"amount": 5001, "currency": "USD", "source": "tok_visa"}) == (
        "amount"
    )
    # A refund names no currency: the strictest cap (3000) applies; a full refund (no amount) is not capped.
    assert refused(capped, server, "create_refund", {"charge": "ch_1", "amount": 3001}) == "amount"
    capped.call("create_refund", {"charge": "ch_1", "amount": 3000})
    capped.call("create_refund", {"payment_intent": "pi_1"})
    assert server.count == 2


def test_a_body_nested_too_deep_for_the_cap_is_an_input_error(capped: StripeConnector, server: ScriptedStripe) -> None:
    body: dict[str, Any] = {"amount": 1}
    for _ in range(200):
        body = {"a": body}
    with pytest.raises(InvalidInputError):
        capped.call("raw_request", raw_post(body))
    assert server.count == 0


# --- property: one excessive amount hidden anywhere is always found ------------------------------------------------

KEYS = st.text(alphabet="abcdefghij_", min_size=1, max_size=6).filter(lambda k: k not in MONEY_FIELDS | {"currency"})
#: Anything but money; a list holds no null (a form has no null item: the connector refuses one, see
#: tests/_request/test_encoding.py), an object may.
SAFE = st.recursive(
    st.none() | st.booleans() | st.text(max_size=5) | st.integers(-10, 10),
    lambda children: (
        st.lists(children.filter(lambda value: value is not None), max_size=3)
        | st.dictionaries(KEYS, children, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def body_hiding(draw: st.DrawFn, amount: int) -> tuple[dict[str, Any], str]:
    """A random body with ``amount`` (in usd) under a random money field at a random depth; returns its path."""
    field = draw(st.sampled_from(sorted(name for name in MONEY_FIELDS if not name.endswith("_decimal"))))
    node: Any = {field: amount}
    path = field
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            key = draw(KEYS)
            siblings = draw(st.dictionaries(KEYS, SAFE, max_size=2))
            siblings.pop(key, None)
            node, path = {**siblings, key: node}, f"{key}.{path}"
        else:
            before = draw(st.lists(SAFE.filter(lambda v: v is not None and not isinstance(v, dict | list)), max_size=2))
            node, path = [*before, node], f"[{len(before)}].{path}"
            key = draw(KEYS)
            node, path = {key: node}, f"{key}{path}"
    top = draw(st.dictionaries(KEYS, SAFE, max_size=3))
    return {**top, **node, "currency": draw(st.sampled_from(["usd", "USD", " usd", "usd\t"]))}, path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_excessive_amount_anywhere_is_refused_by_name(
    capped: StripeConnector, server: ScriptedStripe, data: st.DataObject
) -> None:
    server.reset()
    body, path = data.draw(body_hiding(data.draw(st.integers(5001, 10**12))))
    assert refused(capped, server, "raw_request", raw_post(body)) == path


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_amounts_within_the_cap_anywhere_pass(capped: StripeConnector, data: st.DataObject) -> None:
    body, _ = data.draw(body_hiding(data.draw(st.integers(0, 1000))))
    described = capped.dry_run("raw_request", raw_post(body))
    assert described["method"] == "POST"


# --- the walker and the cap, unit by unit (the mutants a mutation run left alive) ----------------------------------


def test_refusals_say_exactly_why() -> None:
    from stripe_connector._request.money import check_caps

    with pytest.raises(InvalidInputError) as caught:
        check_caps(CAPS, "POST", {"amount": 6000, "currency": "usd"})
    assert (caught.value.param, caught.value.message) == (
        "amount",
        "6000 exceeds this connector's max_amount of 5000 usd",
    )
    with pytest.raises(InvalidInputError) as caught:
        check_caps(CAPS, "POST", {}, {"refund": {"amount": 3001}})
    assert (caught.value.param, caught.value.message) == (
        "refund.amount",
        "3001 exceeds the strictest max_amount (the request names no currency) (3000)",
    )
    check_caps(CAPS, "GET", {"amount": 10**9})  # only a POST moves money
    check_caps({}, "POST", {"amount": 10**9})  # no caps, nothing to check


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("lots", "'lots' is not an amount"),
        (True, "True is not an amount"),
        (math.inf, "'inf' is not a finite amount"),
        ({"x": 1}, "\"{'x': 1}\" is not a finite amount"),
    ],
)
def test_an_unreadable_amount_names_itself(value: Any, message: str) -> None:
    from stripe_connector._request.money import as_amount

    with pytest.raises(InvalidInputError) as caught:
        as_amount("line.amount", value)
    assert (caught.value.param, caught.value.message) == ("line.amount", message)


def test_the_walk_stops_at_its_depth_limit_exactly() -> None:
    from stripe_connector._request.money import MAX_DEPTH, find_amounts

    def nested(levels: int) -> dict[str, Any]:
        node: dict[str, Any] = {"amount": 1}
        for _ in range(levels):
            node = {"a": node}
        return node

    assert [path for path, _, _ in find_amounts(nested(MAX_DEPTH), frozenset({"amount"}))] == [
        ".".join(["a"] * MAX_DEPTH + ["amount"])
    ]
    with pytest.raises(InvalidInputError) as caught:
        list(find_amounts(nested(MAX_DEPTH + 1), frozenset({"amount"})))
    assert caught.value.message == f"is nested more than {MAX_DEPTH} levels deep"
    assert caught.value.param == ".".join(["a"] * (MAX_DEPTH + 1))
    deep_list: Any = [{"amount": 1}]
    for _ in range(MAX_DEPTH):
        deep_list = [deep_list]
    with pytest.raises(InvalidInputError):
        list(find_amounts(deep_list, frozenset({"amount"})))


def test_metadata_hides_nothing_that_follows_it() -> None:
    from stripe_connector._request.money import find_amounts

    body = {"metadata": {"amount": "x"}, "amount": 9, "after": {"amount": 8}}
    assert [path for path, _, _ in find_amounts(body, frozenset({"amount"}))] == ["amount", "after.amount"]


def test_a_quantity_multiplies_through_lists_and_names_itself() -> None:
    from decimal import Decimal

    from stripe_connector._request.money import find_amounts

    fields = frozenset({"unit_amount"})
    body = {"quantity": 3, "tiers": [{"unit_amount": 2000}]}
    assert list(find_amounts(body, fields)) == [("tiers[0].unit_amount", Decimal(6000), None)]
    with pytest.raises(InvalidInputError) as caught:
        list(find_amounts({"line": {"quantity": "many", "unit_amount": 1}}, fields))
    assert caught.value.param == "line.quantity"


def test_edges_of_the_walk() -> None:
    from decimal import Decimal

    from stripe_connector._request.money import MAX_DEPTH, as_amount, check_caps, find_amounts

    long_word = "x" * 60
    with pytest.raises(InvalidInputError) as caught:
        as_amount("amount", long_word)
    assert caught.value.message == f"{'x' * 40!r} is not an amount"  # the value is cut at 40 characters
    with pytest.raises(InvalidInputError) as caught:
        as_amount("amount", [long_word])
    assert caught.value.message == f"{str([long_word])[:40]!r} is not a finite amount"
    with pytest.raises(InvalidInputError) as caught:
        list(find_amounts({"quantity": "many", "unit_amount": 1}, frozenset({"unit_amount"})))
    assert caught.value.param == "quantity"
    # Stripe's form "" unsets a field: it moves no money. A list of amounts is each amount.
    assert list(find_amounts({"amount": ""}, frozenset({"amount"}))) == []
    assert [a for _, a, _ in find_amounts({"amounts": [100, 200]}, frozenset({"amounts"}))] == [
        Decimal(100),
        Decimal(200),
    ]
    check_caps(CAPS, "POST", {"amounts": [100, 200], "currency": "usd"})
    deep_list: Any = {"amount": 1}
    for _ in range(MAX_DEPTH):
        deep_list = [deep_list]
    assert len(list(find_amounts(deep_list, frozenset({"amount"})))) == 1  # exactly at the limit: walked
    # An uncapped currency does not end the check: a capped one after it is still refused.
    with pytest.raises(InvalidInputError):
        check_caps(CAPS, "POST", {"a": {"amount": 10**9, "currency": "jpy"}, "b": {"amount": 6000, "currency": "usd"}})
