"""Where the API key comes from: ``$STRIPE_API_KEY`` or a file, never a flag (flag values land in shell history and
process listings). Shared by the front ends (the CLI, and the MCP server it starts).
"""

from __future__ import annotations

import os
import select
import stat
import time

from ..errors import InvalidInputError

#: A key file holds one key (about 110 characters); anything much larger is the wrong file (or /dev/zero).
KEY_FILE_LIMIT = 4096

#: How long a key file that is a pipe (``<(pass show stripe)``) may take to deliver the key.
PIPE_WAIT_SECONDS = 5.0


def load_api_key(api_key_file: str | None) -> str:
    """The key from ``api_key_file`` (whitespace stripped) or ``$STRIPE_API_KEY``."""
    if api_key_file is not None:
        try:
            key = read_small_file(api_key_file, KEY_FILE_LIMIT).decode("utf-8").strip()
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            if isinstance(exc, UnicodeDecodeError):
                reason = "not UTF-8 text"
            raise InvalidInputError("api_key_file", f"cannot read {api_key_file}: {reason}") from None
        if not key:
            raise InvalidInputError("api_key_file", f"{api_key_file} is empty")
        return key
    key = os.environ.get("STRIPE_API_KEY", "").strip()
    if not key:
        raise InvalidInputError(
            "api_key", "set the STRIPE_API_KEY environment variable or pass --api-key-file PATH (never the key itself)"
        )
    return key


def read_small_file(path: str, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``, without hanging on a FIFO that has no writer or a writer that stalls.

    The file is opened non-blocking (opening a FIFO blocks until a writer comes, otherwise), and a pipe or device is
    read with ``select`` for at most :data:`PIPE_WAIT_SECONDS`.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise ValueError("it is a directory")
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + PIPE_WAIT_SECONDS
        while True:
            try:
                chunk = os.read(fd, limit + 1 - size)
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ValueError(f"nothing came through it within {PIPE_WAIT_SECONDS:.0f} s") from None
                select.select([fd], [], [], min(left, 0.1))
                continue
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ValueError(f"it is larger than {limit} bytes: not a key file")
    finally:
        os.close(fd)
