"""Hostile uploads: paths that escape their root, special files, files over Stripe's limit, files that change.

Each is refused as ``InvalidInputError`` naming the file argument, before anything is sent (the transport here
fails the test if it is reached), in the library and, where paths come in, the CLI; MCP takes base64 only.
"""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector._request import uploads
from stripe_connector._request.uploads import MAX_UPLOAD_BYTES, PURPOSE_LIMITS, from_base64, read_upload

from tests.support.keys import API_KEY

DOUBLE = "http://127.0.0.1:9"


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url}")


@pytest.fixture
def connector() -> StripeConnector:
    return StripeConnector(API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(never), rate_limiter=False)


def refused(connector: StripeConnector, file: Any, purpose: str = "dispute_evidence") -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        connector.call_operation("PostFiles", {"purpose": purpose, "file": file})
    assert caught.value.param == "file"
    return caught.value


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/inside.pdf, root/sub/, outside.pdf beside root, and links inside root to both."""
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "inside.pdf").write_bytes(b"%PDF inside")
    (tmp_path / "outside.pdf").write_bytes(b"%PDF outside")
    (root / "to_outside.pdf").symlink_to(tmp_path / "outside.pdf")
    (root / "to_inside.pdf").symlink_to(root / "inside.pdf")
    (root / "linked_dir").symlink_to(tmp_path)
    return root


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("../outside.pdf", "'..'"),
        ("sub/../../outside.pdf", "'..'"),
        ("to_outside.pdf", "symbolic link"),
        ("to_inside.pdf", "symbolic link"),  # a link is refused even when it points inside: it can be re-pointed
        ("linked_dir/outside.pdf", "symbolic link"),
        ("{outside}", "outside the upload root"),
        ("missing.pdf", "no such file"),
    ],
)
def test_a_path_that_escapes_the_root_is_refused(tree: Path, path: str, words: str) -> None:
    given = path.format(outside=tree.parent / "outside.pdf")
    with pytest.raises(InvalidInputError) as caught:
        read_upload("file", given, root=tree)
    assert caught.value.param == "file" and words in caught.value.message
    assert read_upload("file", "inside.pdf", root=tree).content == b"%PDF inside"
    assert read_upload("file", tree / "inside.pdf", root=tree).size == 11


def test_the_cli_refuses_an_escaping_path_before_sending(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_connector.cli.main import main

    monkeypatch.chdir(tree)
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_BASE_URL", DOUBLE)
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: never(request))
    for path in ("../outside.pdf", "to_outside.pdf", "/dev/zero"):
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["ops", "call", "PostFiles", '{"purpose": "dispute_evidence"}', "--file", f"file={path}"],
            stdout=out,
            stderr=err,
        )
        error = json.loads(err.getvalue())["error"]
        assert code != 0 and error["param"] == "file" and out.getvalue() == "", path


def test_special_files_are_refused_without_reading_or_hanging(connector: StripeConnector, tmp_path: Path) -> None:
    assert "not a regular file" in refused(connector, "/dev/zero").message
    assert "not a regular file" in refused(connector, tmp_path).message  # a directory
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = threading.Event()
    result: list[BaseException] = []

    def attempt() -> None:
        try:
            refused(connector, fifo)
        except BaseException as exc:
            result.append(exc)
        done.set()

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    assert done.wait(5), "a FIFO with no writer must not block the call"
    assert result == []


def test_an_endless_file_object_is_read_only_to_the_limit(connector: StripeConnector) -> None:
    with open("/dev/zero", "rb") as endless:
        message = refused(connector, endless).message
        assert endless.tell() <= PURPOSE_LIMITS["dispute_evidence"] + 1
    assert "over Stripe's upload limit" in message


def test_a_file_over_the_purposes_limit_is_refused_by_its_size_before_reading(
    connector: StripeConnector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as file:
        file.truncate(PURPOSE_LIMITS["dispute_evidence"] + 1)  # sparse: nothing to read, a size to judge
    monkeypatch.setattr(uploads, "read_stream", lambda *a, **k: pytest.fail("read although its size says no"))
    assert "5,242,881 bytes" in refused(connector, big).message
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.truncate(MAX_UPLOAD_BYTES + 1)
    assert "over Stripe's upload limit of 16,777,216" in refused(connector, huge, "identity_document").message


def test_bytes_over_the_limit_and_empty_files_are_refused(connector: StripeConnector) -> None:
    assert "over Stripe's upload limit" in refused(connector, b"x" * (512 * 1024 + 1), "business_logo").message
    assert "empty" in refused(connector, b"").message
    assert "text file object" in refused(connector, io.StringIO("text")).message
    assert "must be a file" in refused(connector, 12).message


def test_a_file_that_changes_while_it_is_read_is_refused(
    connector: StripeConnector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.pdf"
    path.write_bytes(b"%PDF first half")
    real = uploads.read_stream

    def read_then_append(param: str, stream: Any, limit: int) -> Any:
        part = real(param, stream, limit)
        with path.open("ab") as writer:  # another process goes on writing the file
            writer.write(b" second half")
        return part

    monkeypatch.setattr(uploads, "read_stream", read_then_append)
    assert "changed while it was read" in refused(connector, path).message


def test_base64_is_capped_before_it_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    decoded: list[int] = []
    real = base64.b64decode

    def counting(text: Any, **options: Any) -> bytes:
        decoded.append(len(text))
        return real(text, **options)

    monkeypatch.setattr(base64, "b64decode", counting)
    with pytest.raises(InvalidInputError, match="over Stripe's upload limit"):
        from_base64("file", "A" * (4 * 1024 * 1024), limit=1024)
    assert decoded == []
    with pytest.raises(InvalidInputError, match="not valid base64"):
        from_base64("file", "%%%not base64%%%", limit=1024)
    with pytest.raises(InvalidInputError, match="plain file name"):
        from_base64("file", "QUJD", limit=1024, filename="../../etc/passwd")
    assert from_base64("file", "QUJD", limit=1024, filename="a.pdf").content == b"ABC"


def test_mcp_refuses_a_path_and_an_upload_over_its_cap() -> None:
    import asyncio
    import base64

    from stripe_connector import AsyncStripeConnector
    from stripe_connector.mcp.operations import MAX_UPLOAD_BYTES as MCP_CAP
    from stripe_connector.mcp.operations import OperationTools

    async def run(file: Any) -> InvalidInputError:
        tools = OperationTools(["PostFiles"], read_only=False)
        async with AsyncStripeConnector(
            API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(never), rate_limiter=False
        ) as connector:
            arguments = {"purpose": "identity_document", "file": file}
            with pytest.raises(InvalidInputError) as caught:
                await tools.call(connector, "call_operation", {"operation": "PostFiles", "arguments": arguments})
            return caught.value

    assert "not valid base64" in asyncio.run(run("/etc/passwd")).message  # a path is just bad base64 here
    too_big = base64.b64encode(b"\0" * (MCP_CAP + 1)).decode()
    assert "over Stripe's upload limit" in asyncio.run(run({"base64": too_big})).message
