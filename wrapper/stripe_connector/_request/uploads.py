"""Reading a file to upload (``PostFiles`` and any multipart operation): once, checked, before anything is sent.

A file argument may be a path, bytes or a binary file object (the library), a path (the CLI) or base64 text (MCP,
:func:`from_base64`). Whatever it is, it becomes one :class:`~stripe_connector._types.FilePart` here: the bytes
are read into memory once, so every retry sends the same bytes with the same idempotency key, and a file that
changes on disk while it is read is refused rather than sent half old, half new.

What is refused, as :class:`InvalidInputError` naming the argument, before any byte goes out:

* a size over Stripe's limit (:data:`MAX_UPLOAD_BYTES`, or the smaller limit of the upload's ``purpose``,
  :data:`PURPOSE_LIMITS`), judged from the file's size before reading it, and again while reading (a file that
  grows, or a stream that says nothing of its size, stops one byte past the limit);
* anything but a regular file: a directory, ``/dev/zero``, a FIFO (opened without blocking, so a FIFO with no
  writer cannot hang the call), a socket or a device;
* with a ``root`` (the CLI's ``--upload-root``, the connector's ``upload_root``): a path outside it, through
  ``..`` or through a symbolic link anywhere on the way (the path is resolved, and the file opened with
  ``O_NOFOLLOW`` and compared by device and inode with what was checked, so a link swapped in between is caught);
* a file whose size or modification time changed while it was read.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._types.options import FilePart
from ..errors import InvalidInputError

MiB = 1024 * 1024
#: The largest file Stripe takes for any purpose (16 MB: identity documents, PCI and tax documents...).
MAX_UPLOAD_BYTES = 16 * MiB
#: Purposes with a smaller limit than :data:`MAX_UPLOAD_BYTES`, as Stripe's file upload guide lists them.
PURPOSE_LIMITS: Mapping[str, int] = {
    "business_icon": 512 * 1024,
    "business_logo": 512 * 1024,
    "customer_signature": 4 * MiB,
    "dispute_evidence": 5 * MiB,
    "issuing_regulatory_reporting": 256 * 1024,
}
#: The name sent for bytes and for file objects without a name (stripe-python sends ``blob`` too).
DEFAULT_FILENAME = "blob"
CHUNK = 64 * 1024


def upload_limit(purpose: object) -> int:
    """The largest file Stripe takes for ``purpose`` (an unknown or missing purpose: the overall limit)."""
    return PURPOSE_LIMITS.get(purpose, MAX_UPLOAD_BYTES) if isinstance(purpose, str) else MAX_UPLOAD_BYTES


def read_upload(param: str, value: object, *, limit: int = MAX_UPLOAD_BYTES, root: Path | None = None) -> FilePart:
    """``value`` (a path, bytes or a binary file object) read into a :class:`FilePart`, or InvalidInputError."""
    if isinstance(value, FilePart):
        return checked_size(param, value, limit)
    if isinstance(value, bytes | bytearray | memoryview):
        return checked_size(param, FilePart(bytes(value), DEFAULT_FILENAME), limit)
    if isinstance(value, str | os.PathLike):
        return read_path(param, Path(value), limit=limit, root=root)
    if callable(getattr(value, "read", None)):
        return read_stream(param, value, limit)
    raise InvalidInputError(param, f"must be a file: a path, bytes or a binary file object, got {type(value).__name__}")


def checked_size(param: str, part: FilePart, limit: int) -> FilePart:
    if part.size > limit:
        raise over_limit(param, part.size, limit)
    if part.size == 0:
        raise InvalidInputError(param, "is an empty file (Stripe refuses empty uploads)")
    return part


def over_limit(param: str, size: int | None, limit: int) -> InvalidInputError:
    told = f"{size:,} bytes" if size is not None else "more"
    return InvalidInputError(param, f"is {told}, over Stripe's upload limit of {limit:,} bytes for this purpose")


def read_stream(param: str, stream: Any, limit: int) -> FilePart:
    """A file object's remaining bytes (at most ``limit``; one more is refused, never read past)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            break
        if isinstance(chunk, str):
            raise InvalidInputError(param, "is a text file object; open the file in binary mode ('rb')")
        chunks.append(bytes(chunk))
        size += len(chunk)
        if size > limit:
            raise over_limit(param, None, limit)
    name = getattr(stream, "name", None)
    filename = os.path.basename(name) if isinstance(name, str) and name else DEFAULT_FILENAME
    return checked_size(param, FilePart(b"".join(chunks), filename), limit)


def inside(path: Path, root: Path) -> Path:
    """``path`` resolved, if it stays inside ``root`` without following a symbolic link on the way."""
    base = root.resolve(strict=True)
    candidate = path if path.is_absolute() else base / path
    if ".." in candidate.parts:
        raise ValueError("goes up with '..'")
    walked = Path(candidate.anchor)
    for part in candidate.parts[1:]:
        walked = walked / part
        if walked.is_symlink():
            raise ValueError(f"passes through a symbolic link ({walked.name})")
    resolved = candidate.resolve(strict=True)
    if resolved != base and base not in resolved.parents:
        raise ValueError(f"is outside the upload root {base}")
    return resolved


def read_path(param: str, path: Path, *, limit: int, root: Path | None) -> FilePart:
    """The regular file at ``path`` (inside ``root`` when one is set), read whole and unchanged."""
    try:
        target = inside(path, root) if root is not None else path
    except FileNotFoundError:
        raise InvalidInputError(param, f"no such file: {path}") from None
    except (ValueError, OSError) as exc:
        raise InvalidInputError(param, f"{path} {exc}; uploads read files inside their root only") from None
    fd, before = open_regular(param, path, target, confined=root is not None)
    with os.fdopen(fd, "rb", buffering=0) as file:
        if before.st_size > limit:
            raise over_limit(param, before.st_size, limit)
        part = read_stream(param, file, limit)
        after = os.fstat(fd)
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or part.size != before.st_size:
        raise InvalidInputError(param, f"{path} changed while it was read; upload it again once it is complete")
    return FilePart(part.content, path.name)


def open_regular(param: str, path: Path, target: Path, *, confined: bool) -> tuple[int, os.stat_result]:
    """An open descriptor of the regular file ``target`` and its status; never blocks (a FIFO without a writer).

    ``confined``: the last component must not be a symbolic link (``O_NOFOLLOW``), and the file opened must be
    the one checked (device and inode), so a link swapped in after the check is caught.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if confined:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags)
    except FileNotFoundError:
        raise InvalidInputError(param, f"no such file: {path}") from None
    except OSError as exc:
        raise InvalidInputError(param, f"cannot open {path}: {exc.strerror or exc}") from None
    before = os.fstat(fd)
    problem = None
    if not stat.S_ISREG(before.st_mode):
        problem = f"{path} is not a regular file (a device, FIFO, socket or directory)"
    elif confined:
        checked = os.stat(target, follow_symlinks=False)
        if (checked.st_dev, checked.st_ino) != (before.st_dev, before.st_ino):
            problem = f"{path} was replaced while it was opened"
    if problem is not None:
        os.close(fd)
        raise InvalidInputError(param, problem)
    return fd, before


def from_base64(param: str, text: object, *, limit: int = MAX_UPLOAD_BYTES, filename: object = None) -> FilePart:
    """MCP's way in: base64 text, its decoded size capped before it is decoded."""
    if not isinstance(text, str):
        raise InvalidInputError(param, "must be the file's content as base64 text")
    if len(text) > (limit + 2) // 3 * 4 + 4:  # the decoded size is ~3/4 of the text's: refuse before decoding
        raise over_limit(param, len(text) * 3 // 4, limit)
    try:
        content = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInputError(param, "is not valid base64") from None
    name = filename if isinstance(filename, str) and filename else DEFAULT_FILENAME
    if "/" in name or "\\" in name or not name.isprintable() or len(name) > 200:
        raise InvalidInputError(f"{param}_filename", "must be a plain file name (no directories, printable)")
    return checked_size(param, FilePart(content, name), limit)
