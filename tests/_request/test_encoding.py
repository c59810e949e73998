"""The form encoder agrees with stripe-python's, for any nesting of dicts, lists, strings, ints and bools.

stripe-python's ``_api_encode`` is the de-facto definition of how Stripe reads form parameters (bracket notation,
indexed lists, ``true``/``false``); the connector's one encoder must produce the same bytes. The known, deliberate
divergences are pinned by their own tests below: a bool directly inside a list, and a null inside a list (refused).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from stripe._encode import _api_encode
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector._request.encoding import check_form_params, encode_form, form_pairs

from tests.support.keys import API_KEY

# No example database, and (below) Hypothesis's caches in pytest's temp dir: no .hypothesis in the checkout.
SETTINGS = settings(max_examples=200, deadline=None, database=None)

characters = st.characters(codec="utf-8")  # any Unicode a request can carry (no lone surrogates)
text = st.text(characters, max_size=12)
keys = st.text(characters, min_size=1, max_size=8)
scalars = text | st.integers() | st.booleans()


def without_bools(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """List items: stripe-python sends a bool directly inside a list as Python's ``True`` (see the test below)."""
    return values.filter(lambda value: not isinstance(value, bool))


values = st.recursive(
    scalars,
    lambda children: (
        st.lists(without_bools(children), max_size=4)
        # None in a dict is skipped by both encoders; None directly in a list is not a Stripe parameter.
        | st.dictionaries(keys, children | st.none(), max_size=4)
    ),
    max_leaves=25,
)
params = st.dictionaries(keys, values | st.none(), max_size=6)


@pytest.fixture(scope="module", autouse=True)
def hypothesis_storage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Hypothesis caches what it learns in ``./.hypothesis`` by default; keep it in a temp dir instead."""
    set_hypothesis_home_dir(tmp_path_factory.mktemp("hypothesis"))
    yield
    set_hypothesis_home_dir(None)


@pytest.fixture(scope="module")
def stripe() -> Iterator[StripeConnector]:
    with StripeConnector(API_KEY, base_url="http://127.0.0.1:9") as connector:
        yield connector


def stripe_python(data: dict[str, Any]) -> str:
    return urllib.parse.urlencode(list(_api_encode(data)))


@SETTINGS
@given(params)
def test_encode_form_matches_stripe_python(data: dict[str, Any]) -> None:
    assert encode_form(data) == stripe_python(data)


@SETTINGS
@given(params)
def test_form_pairs_are_the_encoded_pairs(data: dict[str, Any]) -> None:
    pairs = form_pairs(data)
    assert all(isinstance(name, str) and isinstance(value, str) for name, value in pairs)
    assert urllib.parse.urlencode(pairs) == encode_form(data)
    # What a server decodes is exactly the pairs (names and values with &, =, +, %, spaces, Unicode survive).
    assert urllib.parse.parse_qsl(encode_form(data), keep_blank_values=True) == pairs


@settings(max_examples=100, deadline=None, database=None)
@given(body=params, query=params)
def test_raw_requests_use_the_same_encoder(
    stripe: StripeConnector, body: dict[str, Any], query: dict[str, Any]
) -> None:
    """The body of a raw POST and the query of a raw GET are exactly ``encode_form`` of what was given."""
    free_form = {"path": "/v1/free_form", "allow_unknown_path": True}  # no operation's checks: any names
    post = stripe.dry_run("raw_request", {"method": "POST", **free_form, "body": body})
    get = stripe.dry_run("raw_request", {"method": "GET", **free_form, "query": query})
    assert post["body"] == encode_form(body)
    expected_query = encode_form(query)
    assert get["url"] == "http://127.0.0.1:9/v1/free_form" + (f"?{expected_query}" if expected_query else "")


# --- the known divergence and the fixed points ----------------------------------------------------------------------


def test_a_bool_directly_inside_a_list_is_sent_as_true_false() -> None:
    """By design: Stripe reads ``true``/``false``; stripe-python sends ``True``/``False`` for list items."""
    data = {"flags": [True, False]}
    assert encode_form(data) == "flags%5B0%5D=true&flags%5B1%5D=false"
    assert stripe_python(data) == "flags%5B0%5D=True&flags%5B1%5D=False"  # the divergence, documented


def test_bools_elsewhere_agree() -> None:
    data = {"capture": True, "options": {"enabled": False}, "grid": [[True]], "items": [{"on": True}]}
    assert encode_form(data) == stripe_python(data)
    assert form_pairs(data) == [
        ("capture", "true"),
        ("options[enabled]", "false"),
        ("grid[0][0]", "true"),
        ("items[0][on]", "true"),
    ]


def holds_null_item(value: Any) -> bool:
    if isinstance(value, dict):
        return any(holds_null_item(item) for item in value.values())
    if isinstance(value, list):
        return any(item is None or holds_null_item(item) for item in value)
    return False


#: Any structure, with nulls anywhere (list items included).
nullable = st.recursive(
    scalars | st.none(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)


@SETTINGS
@given(params=st.dictionaries(keys, nullable, max_size=4))
def test_a_null_inside_a_list_is_refused_naming_its_place_and_nothing_else_is(params: dict[str, Any]) -> None:
    """The encoder would leave a hole in the indices (``a[0]``, ``a[2]``); stripe-python sends ``None`` as text."""
    if not any(holds_null_item(value) for value in params.values()):
        check_form_params(params)
        check_form_params(params, "body")
        return
    with pytest.raises(InvalidInputError) as refused:
        check_form_params(params, "body")
    assert refused.value.param == "body" and "null inside a list (at body[" in refused.value.message
    with pytest.raises(InvalidInputError) as by_name:
        check_form_params(params)
    assert by_name.value.param in params and holds_null_item(params[by_name.value.param])


def test_a_null_list_item_is_refused_before_anything_is_sent(stripe: StripeConnector) -> None:
    free_form = {"method": "POST", "path": "/v1/free_form", "allow_unknown_path": True}
    with pytest.raises(InvalidInputError) as refused:
        stripe.dry_run("raw_request", {**free_form, "body": {"items": [{"tags": ["a", None]}]}})
    assert refused.value.param == "body" and "(at body[items][0][tags][1])" in refused.value.message
    with pytest.raises(InvalidInputError) as in_query:
        stripe.dry_run("raw_request", {**free_form, "method": "GET", "query": {"a": [None]}})
    assert in_query.value.param == "query"
    v2 = stripe.dry_run("raw_request", {**free_form, "path": "/v2/free_form", "body": {"a": ["x", None]}})
    assert v2["body"] == '{"a":["x",null]}'  # JSON has null items: /v2 sends them


def test_none_is_skipped_by_both() -> None:
    data = {"a": None, "b": {"c": None, "d": "x"}, "e": [{"f": None, "g": 1}]}
    assert encode_form(data) == stripe_python(data) == "b%5Bd%5D=x&e%5B0%5D%5Bg%5D=1"


@pytest.mark.parametrize(
    ("data", "pairs"),
    [
        ({"metadata": {"plan": "gold"}}, [("metadata[plan]", "gold")]),
        (
            {"payment_method_types": ["card", "link"]},
            [("payment_method_types[0]", "card"), ("payment_method_types[1]", "link")],
        ),
        ({"items": [{"price": "p_1", "quantity": 2}]}, [("items[0][price]", "p_1"), ("items[0][quantity]", "2")]),
        ({"expand": []}, []),
        ({"metadata": {}}, []),
        ({"description": ""}, [("description", "")]),  # an empty string unsets a field at Stripe: it is sent
        ({"amount": 0}, [("amount", "0")]),
    ],
)
def test_known_shapes(data: dict[str, Any], pairs: list[tuple[str, str]]) -> None:
    assert form_pairs(data) == pairs
    assert encode_form(data) == stripe_python(data)


def test_special_characters_are_percent_encoded() -> None:
    data = {"email": "a+b@example.com", "note": "x=1&y=2 #3 100%", "name": "Zoë 李"}
    encoded = encode_form(data)
    assert encoded == stripe_python(data)
    assert "&y=" not in encoded and "#" not in encoded
    assert dict(urllib.parse.parse_qsl(encoded)) == data


class Tagged(str):
    """A str subclass whose own operators must play no part in encoding it."""

    def __add__(self, other: str) -> str:
        raise AssertionError("the encoder concatenated a caller's str subclass")

    def __radd__(self, other: str) -> str:
        raise AssertionError("the encoder concatenated a caller's str subclass")


def test_every_ascii_character_is_quoted_as_urlencode_quotes_it() -> None:
    every = "".join(chr(code) for code in range(128))
    data = {"all": every, every: "as a key", "tagged": Tagged("a b&c"), "mixed": every + "é€😀", "empty": ""}
    encoded = encode_form(data)
    assert encoded == urllib.parse.urlencode(form_pairs(data))
    assert "%1F+%21" in encoded and "%2C-.%2F0" in encoded and "Z%5B%5C%5D%5E_%60a" in encoded and "%7D~%7F" in encoded
