"""``multipart/form-data`` bodies (``PostFiles``), written as stripe-python writes them.

Every non-file argument is flattened with the connector's one form encoder (``purpose``,
``file_link_data[create]``, ``expand[0]``), each a part of its own; each file is a part with its ``filename`` and
``Content-Type: application/octet-stream``; parts follow the arguments' order. The boundary is 30 random bytes in
hex (a CSPRNG, as stripe-python's: a guessable boundary lets content forge parts), and a header value has its
quote and line breaks escaped, so neither a name nor a file name can add a header or a part.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from .._types.options import FilePart

BOUNDARY_BYTES = 30
CRLF = b"\r\n"


def header_value(value: str) -> bytes:
    return value.replace('"', "%22").replace("\r", " ").replace("\n", " ").encode("utf-8")


def encode_multipart(body: Mapping[str, Any], boundary: str | None = None) -> tuple[str, bytes]:
    """The ``Content-Type`` (with its boundary) and the bytes of ``body`` as multipart/form-data."""
    from .encoding import form_pairs  # on first use, as prepare's encoder

    boundary = boundary or secrets.token_hex(BOUNDARY_BYTES)
    delimiter = b"--" + boundary.encode("ascii")
    out: list[bytes] = []
    for name, value in body.items():
        if isinstance(value, FilePart):
            out += [
                delimiter,
                CRLF,
                b'Content-Disposition: form-data; name="' + header_value(name) + b'"; filename="',
                header_value(value.filename) + b'"',
                CRLF,
                b"Content-Type: application/octet-stream",
                CRLF,
                CRLF,
                value.content,
                CRLF,
            ]
            continue
        for key, text in form_pairs({name: value}):
            out += [
                delimiter,
                CRLF,
                b'Content-Disposition: form-data; name="' + header_value(key) + b'"',
                CRLF,
                CRLF,
                text.encode("utf-8"),
                CRLF,
            ]
    out += [delimiter, b"--", CRLF]
    return f"multipart/form-data; boundary={boundary}", b"".join(out)


def describe_multipart(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A dry run's view of a multipart body: each part's name, and a file's name and size (never its bytes)."""
    from .encoding import form_pairs

    parts: list[dict[str, Any]] = []
    for name, value in body.items():
        if isinstance(value, FilePart):
            parts.append({"name": name, "filename": value.filename, "size": value.size})
        else:
            parts += [{"name": key, "value": text} for key, text in form_pairs({name: value})]
    return parts
