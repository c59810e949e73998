"""A small local file's stamp and content, read on an event loop without handing the GIL to another thread.

Why: ``os.stat``, ``os.open`` and ``os.read`` release the GIL around their system call, as calls that may block
must. The webhook receiver of many connections ``stat``s a connection's secret file on each delivery (so a rolled
secret counts at the next one); each release lets the inbox writer or the dispatcher thread take the GIL, and the
event loop then waits until that thread lets go (timed inside ``events serve`` on ``make bench``'s 1,000-connection
workload, at load ~7: ~65 us of wall time per lookup for ~35 us of work; ~40 us once the GIL is kept). A ``stat``
or a read of a small file takes microseconds, so here they keep the GIL: ``statx``, ``open``, ``read`` and
``close`` of the C library, called through ``ctypes.PyDLL`` (which never releases it). ``struct statx`` has one
layout on every Linux architecture, so its fields are read at fixed offsets. Anywhere else (not Linux, a C library
without ``statx``, a sandbox that refuses it) the ``os`` functions do the same: the same answers, the GIL released.

The price: a file system that hangs (a dead network mount) stops every thread of the process, not only the event
loop (which a hung ``os.stat`` stops too). Secret files belong on a local disk or a tmpfs. A FIFO is opened
non-blocking, and callers check the mode before opening (``events._connection_secrets``), so no open waits.

Both ways give the same :data:`Stamp` and raise the same ``OSError`` subclasses as ``os.stat`` and ``os.open``.
"""

from __future__ import annotations

import errno
import functools
import os
import struct
import sys
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    import ctypes

#: What says a file changed: (mtime in ns, size, device, inode, mode), as ``os.stat`` gives them.
Stamp: TypeAlias = tuple[int, int, int, int, int]

#: Opened to read only, never blocking (a FIFO swapped in cannot hold the loop), never kept by a child process, never
#: becoming the controlling terminal.
OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)

# Linux's statx(2): the same numbers and layout on every architecture.
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_STATX_BASIC_STATS = 0x7FF
#: The fields read (mode, mtime, inode, size): the kernel sets their bits in ``stx_mask`` when it filled them.
_STATX_NEEDED = 0x2 | 0x40 | 0x100 | 0x200
_STATX_SIZE = 256
#: ``struct statx`` from ``stx_mask`` to ``stx_dev_minor``: mask (0), mode (28), inode (32), size (40), mtime
#: seconds and nanoseconds (112, 120), device major and minor (136, 140).
_STATX = struct.Struct("=I24xH2xQQ64xqI12xII")


def stamp_of(info: os.stat_result) -> Stamp:
    """The :data:`Stamp` of an ``os.stat`` result."""
    return (info.st_mtime_ns, info.st_size, info.st_dev, info.st_ino, info.st_mode)


def stamp(path: str) -> Stamp:
    """The stamp of ``path`` (symbolic links followed); raises what ``os.stat`` raises when there is none."""
    held = _held()
    return held.stamp(path) if held is not None else stamp_of(os.stat(path))


def read_small(path: str, limit: int) -> tuple[Stamp, bytes]:
    """At most ``limit + 1`` bytes of ``path`` and the stamp of the file they were read from, taken before reading
    (a change while reading leaves the stamp older than the content, never newer). Checking that stamp's mode is
    the caller's: it is the file actually opened, whatever was at ``path`` a moment before."""
    held = _held()
    if held is not None:
        return held.read(path, limit)
    fd = os.open(path, OPEN_FLAGS)
    try:
        found = stamp_of(os.fstat(fd))
        data = b""
        while len(data) <= limit and (chunk := os.read(fd, limit + 1 - len(data))):
            data += chunk
        return found, data
    finally:
        os.close(fd)


class _HeldCalls:
    """The C library's ``statx``, ``open``, ``read`` and ``close``, each called with the GIL held."""

    def __init__(self, ctypes_module: Any) -> None:
        c = ctypes_module
        libc = c.PyDLL(None, use_errno=True)  # PyDLL: the GIL stays held through each call
        self._c = c
        self._statx = _typed(libc.statx, c.c_int, [c.c_int, c.c_char_p, c.c_int, c.c_uint, c.c_void_p])
        self._open = _typed(libc.open, c.c_int, [c.c_char_p, c.c_int])
        self._read = _typed(libc.read, c.c_ssize_t, [c.c_int, c.c_void_p, c.c_size_t])
        self._close = _typed(libc.close, c.c_int, [c.c_int])

    def stamp(self, path: str) -> Stamp:
        encoded = _encoded(path)
        buffer = self._c.create_string_buffer(_STATX_SIZE)
        while self._statx(_AT_FDCWD, encoded, 0, _STATX_BASIC_STATS, buffer) != 0:
            self._failed(path)
        return self._parsed(buffer, lambda: os.stat(path))

    def read(self, path: str, limit: int) -> tuple[Stamp, bytes]:
        encoded = _encoded(path)
        while (fd := self._open(encoded, OPEN_FLAGS)) < 0:
            self._failed(path)
        try:
            buffer = self._c.create_string_buffer(max(_STATX_SIZE, limit + 1))
            while self._statx(fd, b"", _AT_EMPTY_PATH, _STATX_BASIC_STATS, buffer) != 0:
                self._failed(path)
            found = self._parsed(buffer, lambda: os.fstat(fd))
            size = 0
            while size <= limit:
                got = self._read(fd, self._c.byref(buffer, size), limit + 1 - size)
                if got < 0:
                    self._failed(path)
                elif got == 0:
                    break
                else:
                    size += got
            return found, buffer.raw[:size]
        finally:
            self._close(fd)  # a close that fails has still released the descriptor (Linux)

    def _failed(self, path: str) -> None:
        """Return on EINTR (the caller calls again, as ``os`` does: PEP 475); else the ``OSError`` ``os`` raises."""
        code = self._c.get_errno()
        if code != errno.EINTR:
            raise OSError(code, os.strerror(code), path)

    @staticmethod
    def _parsed(buffer: ctypes.Array[ctypes.c_char], usual: Any) -> Stamp:
        mask, mode, inode, size, seconds, nanoseconds, major, minor = _STATX.unpack_from(buffer)
        if mask & _STATX_NEEDED != _STATX_NEEDED:
            return stamp_of(usual())  # a file system that could not say (none that holds secret files)
        return (seconds * 1_000_000_000 + nanoseconds, size, os.makedev(major, minor), inode, mode)


def _typed(function: Any, restype: Any, argtypes: list[Any]) -> Any:
    function.restype, function.argtypes = restype, argtypes
    return function


def _encoded(path: str) -> bytes:
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError("embedded null byte")  # what os.stat raises
    return encoded


@functools.cache
def _held() -> _HeldCalls | None:
    """The held calls when this system has them and lets them run (probed once, on ``/``), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes  # only here: ``import stripe_connector`` stays cheap

        calls = _HeldCalls(ctypes)
        if calls.stamp("/") != stamp_of(os.stat("/")):
            return None  # not the layout this module reads: never guess
    except (AttributeError, OSError):
        return None  # no statx in this C library (musl before 1.2.5, glibc before 2.28), or a sandbox refused it
    return calls
