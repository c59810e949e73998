"""Path parameters: each one is exactly one segment of its operation's template, on the wire, for every host.

httpx removes dot segments (RFC 3986 5.2.4) when it sends, so a parameter of ``.`` or ``..`` would reach another
route (``DELETE /v1/customers/cus_1/sources/..`` deletes the customer). The property below sends through a real
httpx client (a ``MockTransport`` sees the request as it leaves) and compares the path sent with the template.
"""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import OPERATIONS, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector.cli.main import EXIT_INPUT, main

from tests.support.operation_corpus import FAKE_KEY, operation_example

#: Operations whose only required arguments are path parameters, and whose path has at least one.
PATH_OPERATIONS = sorted(
    (
        operation
        for operation in OPERATIONS
        if operation.path_params
        and set(operation.input_schema.get("required", [])) <= operation.path_params
        and operation.body_encoding != "multipart"
        and not operation.is_binary  # downloads have their own method (download_operation)
    ),
    key=lambda operation: operation.id,
)
#: The values that must never be sent as a segment, and values that must arrive as one segment, unchanged.
DOT_SEGMENTS = [".", ".."]
AWKWARD = ["a/b", "../x", "%2e%2e", "%2E", "?x=1", "#frag", "a b", "cus_1/..", "é", "{id}", ". ", " .."]


def recording_connector(**options: Any) -> tuple[StripeConnector, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": False, "id": "x"})

    connector = StripeConnector(
        FAKE_KEY,
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(answer),
        retry_policy=RetryPolicy(max_retries=0),
        **options,
    )
    return connector, sent


def segments_sent(request: httpx.Request) -> list[str]:
    return request.url.raw_path.decode("ascii").split("?", 1)[0].split("/")


def test_there_are_operations_to_try() -> None:
    assert len(PATH_OPERATIONS) >= 10


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operation=st.sampled_from(PATH_OPERATIONS),
    values=st.lists(
        st.one_of(st.sampled_from([*DOT_SEGMENTS, *AWKWARD]), st.text(min_size=1, max_size=12)), min_size=3, max_size=3
    ),
)
def test_each_path_parameter_is_one_segment_of_the_template_or_refused_by_name(
    operation: Any, values: list[str]
) -> None:
    connector, sent = recording_connector()
    arguments = operation_example(operation)
    names = sorted(operation.path_params)
    for name, value in zip(names, values, strict=False):
        arguments[name] = value
    try:
        connector.call_operation(operation.id, arguments)
    except InvalidInputError as exc:
        assert sent == []
        assert exc.param in operation.input_schema["properties"]
        return
    (request,) = sent
    template = operation.path.split("/")
    got = segments_sent(request)
    assert len(got) == len(template), (operation.path, request.url.raw_path)
    for expected, segment in zip(template, got, strict=True):
        if expected.startswith("{") and expected.endswith("}"):
            assert segment not in ("", ".", "..")
            assert unquote(segment) == str(arguments[expected[1:-1]])
        else:
            assert segment == expected


@pytest.mark.parametrize("value", [*DOT_SEGMENTS, ""])
def test_a_dot_segment_is_refused_naming_the_parameter_and_nothing_is_sent(value: str) -> None:
    connector, sent = recording_connector()
    with pytest.raises(InvalidInputError) as refused:
        connector.call_operation("DeleteCustomersCustomerSourcesId", {"customer": "cus_1", "id": value})
    assert refused.value.param == "id" and sent == []
    with pytest.raises(InvalidInputError) as refused:
        connector.call_operation("GetCustomersCustomer", {"customer": value}, dry_run=True)
    assert refused.value.param == "customer"


def test_an_allow_list_cannot_be_escaped_with_dot_segments() -> None:
    connector, sent = recording_connector(allowed_tools=["PostCustomersCustomerSourcesId"])
    with pytest.raises(InvalidInputError) as refused:
        connector.call_operation("PostCustomersCustomerSourcesId", {"customer": "cus_1", "id": ".."})
    assert refused.value.param == "id" and sent == []


def test_the_cli_refuses_a_dot_segment_with_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", FAKE_KEY)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["ops", "call", "DeleteCustomersCustomerSourcesId", '{"customer": "cus_1", "id": ".."}', "--dry-run"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO(""),
    )
    assert code == EXIT_INPUT
    assert "id" in err.getvalue() + out.getvalue()


@pytest.mark.parametrize("tool", [None, 3, 1.5, ["get_customer"], {"name": "get_customer"}, b"get_customer"])
def test_a_tool_that_is_not_a_name_is_a_typed_input_error(tool: Any) -> None:
    connector, sent = recording_connector()
    with pytest.raises(InvalidInputError) as refused:
        connector.call(tool, {})
    assert refused.value.param == "tool" and sent == []
