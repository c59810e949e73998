"""Uploads (``PostFiles``, multipart/form-data) through the library, the CLI and MCP, judged by stripe-python.

For the same arguments, the body stripe-python sends and the body the connector sends are parsed back into parts
(name, file name, content type, bytes) and compared; boundaries differ (random, as they must). The one deliberate
difference: stripe-python sends a file object's whole local path as its file name, the connector its base name
(where the file sat on the caller's disk is not Stripe's business). Retries resend the same bytes with the same
idempotency key, even when the file on disk changes between attempts.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest
import stripe
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import RetryPolicy, StripeConnector
from stripe_connector._request.multipart import encode_multipart
from stripe_connector._types.options import FilePart

from tests.support.keys import API_KEY

DOUBLE = "http://127.0.0.1:9"
PDF = b"%PDF-1.4\n\x00\x01\x02 binary \r\n--not-a-boundary\r\n\xff\xfe%%EOF\n"
FILE_OBJECT = {"id": "file_1", "object": "file", "purpose": "dispute_evidence"}


def parts(content_type: str, body: bytes) -> list[tuple[str, str | None, str | None, bytes]]:
    """A multipart body as (name, file name, part content type, bytes), sorted: what both sides must agree on."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    assert message.is_multipart()
    found = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        kind = part.get("content-type") if filename is not None else None
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found.append((str(name), str(filename) if filename is not None else None, kind, payload))
    return sorted(found, key=lambda item: (item[0], item[1] or ""))


class Recorder(stripe.HTTPClient):
    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, dict[str, str], bytes]] = []

    def request(self, method: str, url: str, headers: Any, post_data: Any = None, *, _usage: Any = None) -> Any:
        self.sent.append((url, dict(headers or {}), post_data))
        return json.dumps(FILE_OBJECT), 200, {"request-id": "req_1"}

    def close(self) -> None:
        return None


def stripe_python_parts(arguments: dict[str, Any]) -> list[tuple[str, str | None, str | None, bytes]]:
    recorder = Recorder()
    client = stripe.StripeClient(API_KEY, http_client=recorder, max_network_retries=0)
    client.v1.files.create(arguments)  # type: ignore[arg-type]
    ((_, headers, body),) = recorder.sent
    return parts(headers["Content-Type"], body)


def connector_with(seen: list[httpx.Request], *answers: httpx.Response) -> StripeConnector:
    replies = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return replies.pop(0) if replies else httpx.Response(200, json=FILE_OBJECT)

    return StripeConnector(
        API_KEY,
        base_url=DOUBLE,
        transport=httpx.MockTransport(answer),
        retry_policy=RetryPolicy(max_retries=2, initial_delay=0),
        rate_limiter=False,
    )


def sent_parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    return parts(request.headers["content-type"], request.content)


CASES: list[dict[str, Any]] = [
    {"purpose": "dispute_evidence"},
    {"purpose": "identity_document", "file_link_data": {"create": True, "expires_at": 1893456000}},
    {
        "purpose": "business_logo",
        "file_link_data": {"create": True, "metadata": {"order": "A-1", "note": 'quote " and\r\nbreak'}},
        "expand": ["links"],
    },
]


@pytest.mark.parametrize("arguments", CASES, ids=["plain", "file-link", "metadata-expand"])
def test_the_library_sends_the_parts_stripe_python_sends(arguments: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "evidence.pdf"
    path.write_bytes(PDF)
    theirs = stripe_python_parts({**arguments, "file": io.BytesIO(PDF)})  # a nameless file object: "blob"
    seen: list[httpx.Request] = []
    with connector_with(seen) as connector:
        for given in (PDF, io.BytesIO(PDF), bytearray(PDF)):
            assert connector.call_operation("PostFiles", {**arguments, "file": given}) == FILE_OBJECT
        connector.call_operation("PostFiles", {**arguments, "file": path})
        with path.open("rb") as file:
            connector.call_operation("PostFiles", {**arguments, "file": file})
    for request in seen[:3]:
        assert request.url.path == "/v1/files" and request.method == "POST"
        assert sent_parts(request) == theirs
    with path.open("rb") as file:
        named = stripe_python_parts({**arguments, "file": file})  # stripe-python: the whole local path
    as_base_name = [(n, Path(f).name if f else f, k, b) for n, f, k, b in named]
    for request in seen[3:]:
        assert sent_parts(request) == as_base_name


def test_the_boundary_is_random_and_never_inside_the_parts() -> None:
    first, body = encode_multipart({"purpose": "x", "file": FilePart(PDF, "a.pdf")})
    second, _ = encode_multipart({"purpose": "x", "file": FilePart(PDF, "a.pdf")})
    assert first != second
    boundary = first.split("boundary=")[1]
    assert len(boundary) == 60 and body.count(boundary.encode()) == 3  # two parts and the end


def test_a_name_or_file_name_cannot_add_a_header_or_a_part() -> None:
    content_type, body = encode_multipart({"file": FilePart(b"x", 'evil"\r\nContent-Type: text/html\r\n\r\nx.pdf')})
    ((name, filename, kind, payload),) = parts(content_type, body)
    assert (name, kind, payload) == ("file", "application/octet-stream", b"x")
    assert filename is not None and "\r" not in filename and "\n" not in filename and '"' not in filename


def test_a_retry_resends_the_same_bytes_with_the_same_key_though_the_file_changed(tmp_path: Path) -> None:
    path = tmp_path / "evidence.pdf"
    path.write_bytes(PDF)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            path.write_bytes(b"something else entirely")  # the file changes between the attempts
            return httpx.Response(500, json={"error": {"type": "api_error"}})
        return httpx.Response(200, json=FILE_OBJECT)

    with StripeConnector(
        API_KEY,
        base_url=DOUBLE,
        transport=httpx.MockTransport(answer),
        retry_policy=RetryPolicy(max_retries=1, initial_delay=0),
        rate_limiter=False,
    ) as connector:
        connector.call_operation("PostFiles", {"purpose": "dispute_evidence", "file": path})
    first, second = seen
    assert first.content == second.content and PDF in first.content
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]


def test_an_idempotency_scope_keys_on_the_files_content() -> None:
    connector = StripeConnector(API_KEY, base_url=DOUBLE)

    def key(content: bytes) -> str:
        described = connector.call_operation(
            "PostFiles", {"purpose": "dispute_evidence", "file": content}, dry_run=True, idempotency_scope="run:1"
        )
        return str(described["headers"]["Idempotency-Key"])

    assert key(PDF) == key(PDF) != key(PDF + b" ")


def test_a_dry_run_shows_the_parts_never_the_bytes() -> None:
    connector = StripeConnector(API_KEY, base_url=DOUBLE)
    described = connector.call_operation("PostFiles", {"purpose": "dispute_evidence", "file": PDF}, dry_run=True)
    assert described["url"] == DOUBLE + "/v1/files"
    assert described["body"] == {
        "multipart": [
            {"name": "purpose", "value": "dispute_evidence"},
            {"name": "file", "filename": "blob", "size": len(PDF)},
        ]
    }
    json.dumps(described)  # a dry run is JSON


def test_the_cli_uploads_a_path_as_the_library_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_connector.cli.main import main

    (tmp_path / "evidence.pdf").write_bytes(PDF)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_BASE_URL", DOUBLE)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=FILE_OBJECT)

    real = httpx.HTTPTransport.handle_request
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: answer(request))
    out, err = io.StringIO(), io.StringIO()
    arguments = '{"purpose": "dispute_evidence", "file_link_data": {"create": true}}'
    code = main(
        ["ops", "call", "PostFiles", arguments, "--file", "file=evidence.pdf"],
        stdout=out,
        stderr=err,
    )
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", real)
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue()) == FILE_OBJECT
    (request,) = seen
    theirs = stripe_python_parts(
        {"purpose": "dispute_evidence", "file_link_data": {"create": True}, "file": io.BytesIO(PDF)}
    )
    assert sent_parts(request) == [(n, "evidence.pdf" if f else f, k, b) for n, f, k, b in theirs]


def test_mcp_uploads_base64_as_the_library_does() -> None:
    from stripe_connector import AsyncStripeConnector
    from stripe_connector.mcp.operations import OperationTools

    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=FILE_OBJECT)

    async def run() -> Any:
        tools = OperationTools(["PostFiles"], read_only=False)
        async with AsyncStripeConnector(
            API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(answer), rate_limiter=False
        ) as connector:
            encoded = base64.b64encode(PDF).decode()
            arguments = {"purpose": "dispute_evidence", "file": {"base64": encoded, "filename": "evidence.pdf"}}
            return await tools.call(connector, "call_operation", {"operation": "PostFiles", "arguments": arguments})

    result = asyncio.run(run())
    assert result.structured_content == FILE_OBJECT
    (request,) = seen
    theirs = stripe_python_parts({"purpose": "dispute_evidence", "file": io.BytesIO(PDF)})
    assert sent_parts(request) == [(n, "evidence.pdf" if f else f, k, b) for n, f, k, b in theirs]


def test_describe_tells_an_agent_the_host_and_the_file_arguments() -> None:
    from stripe_connector import OPERATIONS

    operation = OPERATIONS["PostFiles"]
    described = OPERATIONS.describe("PostFiles")
    assert described["files"] == list(operation.files) == ["file"]
    assert described.get("host", "api.stripe.com") == operation.host
    assert "base64" in described["arguments"]["properties"]["file"]["description"]
    assert "host" not in OPERATIONS.describe("GetBalance") and "files" not in OPERATIONS.describe("GetBalance")


KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=12)
VALUES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=60, deadline=None, database=None)
@given(
    content=st.binary(min_size=1, max_size=2048),
    metadata=st.dictionaries(KEYS, VALUES, max_size=4),
    create=st.booleans(),
    expand=st.lists(KEYS, max_size=2),
)
def test_any_upload_is_sent_as_stripe_python_sends_it(
    content: bytes, metadata: dict[str, str], create: bool, expand: list[str]
) -> None:
    """A property: whatever the bytes and the other arguments, the parts are stripe-python's."""
    arguments: dict[str, Any] = {"purpose": "dispute_evidence", "file_link_data": {"create": create}}
    if metadata:
        arguments["file_link_data"]["metadata"] = metadata
    if expand:
        arguments["expand"] = expand
    theirs = stripe_python_parts({**arguments, "file": io.BytesIO(content)})
    content_type, body = encode_multipart({**arguments, "file": FilePart(content, "blob")})
    assert parts(content_type, body) == theirs
