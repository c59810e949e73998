"""Binary answers (a quote's PDF): the exact bytes and their content type, never parsed; and the lies a server can
tell about them: binary that claims JSON, JSON that claims PDF.

The binary operation is whichever the committed index marks so (``answer`` is not ``json``), so the tests hold
for any spec the index was generated from.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from stripe_connector import OPERATIONS, AsyncStripeConnector, InvalidInputError, RetryPolicy, StripeConnector
from stripe_connector.errors import StripeAPIError, StripeResponseError

from tests.support.keys import API_KEY

DOUBLE = "http://127.0.0.1:9"
#: Bytes no JSON or UTF-8 reader would take, with a JSON-looking tail to tempt one.
PDF = b"%PDF-1.7\n\xff\xd8\x00\x01" + bytes(range(256)) + b'\n{"id": "not me"}\n%%EOF'
BINARY = [op for op in OPERATIONS if op.is_binary]
pytestmark = pytest.mark.skipif(not BINARY, reason="this spec has no operation with a binary answer")


def arguments_for(operation: Any) -> dict[str, Any]:
    return {name: "qt_1" for name in operation.path_params}


def connector_answering(*answers: httpx.Response, seen: list[httpx.Request] | None = None) -> StripeConnector:
    replies = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return replies.pop(0)

    return StripeConnector(
        API_KEY,
        base_url=DOUBLE,
        transport=httpx.MockTransport(answer),
        rate_limiter=False,
        retry_policy=RetryPolicy(initial_delay=0),
    )


def test_the_index_records_which_answers_are_binary() -> None:
    for operation in BINARY:
        assert operation.answer != "json" and "/" in operation.answer and operation.method == "GET"
    assert all(not op.is_binary for op in OPERATIONS if op.key == "GET /v1/customers")


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_a_download_returns_the_exact_bytes_and_content_type(operation: Any) -> None:
    seen: list[httpx.Request] = []
    response = httpx.Response(
        200, content=PDF, headers={"content-type": f"{operation.answer}; charset=binary", "request-id": "req_9"}
    )
    with connector_answering(response, seen=seen) as connector:
        download = connector.download_operation(operation.id, arguments_for(operation))
    assert download.content == PDF
    assert (download.content_type, download.request_id) == (operation.answer, "req_9")
    assert str(len(PDF)) in f"{len(PDF)}" and "PDF" not in repr(download).split("(")[0]
    assert seen[0].url.path == operation.path.replace("{quote}", "qt_1")


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_call_operation_points_to_download_and_sends_nothing(operation: Any) -> None:
    with connector_answering() as connector, pytest.raises(InvalidInputError) as caught:
        connector.call_operation(operation.id, arguments_for(operation))
    assert caught.value.param == "operation" and "download_operation" in caught.value.message
    with connector_answering() as connector, pytest.raises(InvalidInputError, match="answers JSON"):
        connector.download_operation("GetBalance")


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_binary_that_claims_json_is_refused_not_parsed(operation: Any) -> None:
    for claim in ("application/json", "application/problem+json", "text/html"):
        lie = httpx.Response(200, content=PDF, headers={"content-type": claim})
        with connector_answering(lie) as connector, pytest.raises(StripeResponseError) as caught:
            connector.download_operation(operation.id, arguments_for(operation))
        assert claim in str(caught.value) and "not read" in str(caught.value)
    generic = httpx.Response(200, content=PDF, headers={"content-type": "application/octet-stream"})
    with connector_answering(generic) as connector:
        assert connector.download_operation(operation.id, arguments_for(operation)).content == PDF


def test_json_that_claims_pdf_is_refused_not_parsed() -> None:
    for claim in ("application/pdf", "image/png", "application/octet-stream"):
        lie = httpx.Response(200, content=b'{"object": "balance"}', headers={"content-type": claim})
        with connector_answering(lie) as connector, pytest.raises(StripeResponseError) as caught:
            connector.call_operation("GetBalance")
        assert claim in str(caught.value) and "not JSON" in str(caught.value)
    honest = httpx.Response(200, json={"object": "balance"})
    with connector_answering(honest) as connector:
        assert connector.call_operation("GetBalance") == {"object": "balance"}


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_an_error_on_a_binary_operation_is_stripes_json_error(operation: Any) -> None:
    error = {"error": {"type": "invalid_request_error", "code": "resource_missing", "param": "quote"}}
    with connector_answering(httpx.Response(404, json=error)) as connector, pytest.raises(StripeAPIError) as caught:
        connector.download_operation(operation.id, arguments_for(operation))
    assert (caught.value.code, caught.value.http_status) == ("resource_missing", 404)
    binary_error = httpx.Response(500, content=PDF, headers={"content-type": "application/json"})
    # typed by its status, its bytes never decoded as an object
    with connector_answering(binary_error, binary_error, binary_error) as connector, pytest.raises(StripeAPIError):
        connector.download_operation(operation.id, arguments_for(operation))


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_a_download_over_the_answer_cap_is_refused(operation: Any) -> None:
    big = httpx.Response(200, content=PDF * 10, headers={"content-type": operation.answer})

    def answer(request: httpx.Request) -> httpx.Response:
        return big

    with (
        StripeConnector(
            API_KEY,
            base_url=DOUBLE,
            transport=httpx.MockTransport(answer),
            rate_limiter=False,
            max_response_bytes=len(PDF),
            max_retries=0,
        ) as connector,
        pytest.raises(StripeResponseError, match="max_response_bytes"),
    ):
        connector.download_operation(operation.id, arguments_for(operation))


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_the_async_connector_downloads_the_same_bytes(operation: Any) -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PDF, headers={"content-type": operation.answer})

    async def run() -> Any:
        async with AsyncStripeConnector(
            API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(answer), rate_limiter=False
        ) as connector:
            return await connector.download_operation(operation.id, arguments_for(operation))

    assert asyncio.run(run()).content == PDF


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_the_cli_writes_the_bytes_to_out(operation: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_connector.cli.main import main

    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_BASE_URL", DOUBLE)
    answers = [
        httpx.Response(200, content=PDF, headers={"content-type": operation.answer}),
        httpx.Response(200, content=PDF, headers={"content-type": "application/json"}),
    ]
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: answers.pop(0))
    target = tmp_path / "quote.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["ops", "call", operation.id, json.dumps(arguments_for(operation)), "--out", str(target)],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    assert target.read_bytes() == PDF and (os.stat(target).st_mode & 0o777) == 0o600
    report = json.loads(out.getvalue())
    assert report == {"content_type": operation.answer, "size": len(PDF), "request_id": None, "out": str(target)}
    # a lie: nothing is written over the good file, and no partial file is left beside it
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["ops", "call", operation.id, json.dumps(arguments_for(operation)), "--out", str(target)],
        stdout=out,
        stderr=err,
    )
    assert code != 0 and json.loads(err.getvalue())["error"]["kind"] == "response"
    assert target.read_bytes() == PDF and sorted(p.name for p in tmp_path.iterdir()) == ["quote.pdf"]
    out, err = io.StringIO(), io.StringIO()
    assert main(["ops", "call", operation.id, json.dumps(arguments_for(operation))], stdout=out, stderr=err) != 0
    assert "--out" in json.loads(err.getvalue())["error"]["message"]


@pytest.mark.parametrize("operation", BINARY, ids=lambda op: op.id)
def test_mcp_returns_a_small_download_as_base64_and_refuses_a_large_one(operation: Any) -> None:
    from stripe_connector.mcp.operations import OperationTools

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PDF, headers={"content-type": operation.answer})

    async def run(cap: int) -> Any:
        tools = OperationTools([operation.id], read_only=True)
        async with AsyncStripeConnector(
            API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(answer), rate_limiter=False
        ) as connector:
            call = {"operation": operation.id, "arguments": arguments_for(operation)}
            return await tools.call(connector, "call_operation", call, cap=cap)

    result = asyncio.run(run(100_000))
    assert base64.b64decode(result.structured_content["base64"]) == PDF
    assert result.structured_content["content_type"] == operation.answer
    with pytest.raises(InvalidInputError, match="result cap"):
        asyncio.run(run(200))
