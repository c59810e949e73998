"""A small local file's stamp and content, read on an event loop without handing the GIL to another thread.

Why: ``os.stat``, ``os.open`` and ``os.read`` release the GIL around their system call, as calls that may block
must. The webhook receiver of many connections ``stat``s a connection's secret file on each delivery (so a rolled
secret counts at the next one); each release lets the inbox writer or the dispatcher thread take the GIL, and the
event loop then waits until that thread lets go: in ``make bench`` about 30 us per call for 2 us of work, which
was the whole gap between 1,000 connections and one. A ``stat`` or a read of a small file takes microseconds, so
here they keep the GIL: ``statx``, ``open``, ``read`` and ``close`` of the C library, called through
``ctypes.PyDLL`` (which never releases it). ``struct statx`` has one layout on every Linux architecture, so its
fields are read at fixed offsets. Anywhere else (not Linux, a C library without ``statx``, a sandbox that refuses
it) the ``os`` functions do the same: the same answers, the GIL released.

Both ways give the same :data:`Stamp` and raise the same ``OSError`` subclasses as ``os.stat`` and ``os.open``.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import struct
import sys
from collections.abc import Callable
from typing import TypeAlias

#: What says a file changed: (mtime in ns, size, device, inode, mode), as ``os.stat`` gives them.
Stamp: TypeAlias = tuple[int, int, int, int, int]

#: Opened to read only, never blocking (a FIFO swapped in cannot hold the loop), never kept by a child process, never
#: becoming the controlling terminal.
OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)

# Linux's statx(2): the same numbers and layout on every architecture.
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_STATX_BASIC_STATS = 0x7FF
#: The fields read from ``struct statx`` (mode, inode, size, mtime): the kernel sets their bits in ``stx_mask``.
_STATX_NEEDED = 0x2 | 0x40 | 0x100 | 0x200
_STATX_SIZE = 256
_MODE = struct.Struct("=H")  # stx_mode at 28
_INO_SIZE = struct.Struct("=QQ")  # stx_ino, stx_size at 32
_MTIME = struct.Struct("=qI")  # stx_mtime at 112 (seconds, nanoseconds)
_DEV = struct.Struct("=II")  # stx_dev_major, stx_dev_minor at 136


def stamp_of(info: os.stat_result) -> Stamp:
    """The :data:`Stamp` of an ``os.stat`` result."""
    return (info.st_mtime_ns, info.st_size, info.st_dev, info.st_ino, info.st_mode)


def stamp(path: str) -> Stamp:
    """The stamp of ``path`` (symbolic links followed), as ``os.stat`` would raise when there is none."""
    held = _held()
    return held.stamp(path) if held is not None else stamp_of(os.stat(path))


def read_small(path: str, limit: int) -> tuple[Stamp, bytes]:
    """At most ``limit + 1`` bytes of ``path`` and the stamp of the file they were read from (taken before reading:
    a change while reading leaves the stamp older than the content, never newer). ``check`` on that stamp is the
    caller's: it sees the file actually opened, whatever was at ``path`` a moment before."""
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

    def __init__(self, libc: ctypes.CDLL) -> None:
        self._statx = libc.statx
        self._statx.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint, ctypes.c_void_p]
        self._statx.restype = ctypes.c_int
        self._open = libc.open
        self._open.argtypes = [ctypes.c_char_p, ctypes.c_int]
        self._open.restype = ctypes.c_int
        self._read = libc.read
        self._read.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
        self._read.restype = ctypes.c_ssize_t
        self._close = libc.close
        self._close.argtypes = [ctypes.c_int]
        self._close.restype = ctypes.c_int

    def stamp(self, path: str) -> Stamp:
        return self._statx_of(_AT_FDCWD, _encoded(path), 0, path)

    def read(self, path: str, limit: int) -> tuple[Stamp, bytes]:
        encoded = _encoded(path)
        fd = _retrying(lambda: self._open(encoded, OPEN_FLAGS), path)
        try:
            found = self._statx_of(fd, b"", _AT_EMPTY_PATH, path)
            buffer = ctypes.create_string_buffer(limit + 1)
            size = 0
            while size <= limit:
                got = _retrying(
                    lambda: self._read(fd, ctypes.byref(buffer, size), limit + 1 - size),
                    path,  # noqa: B023
                )
                if got == 0:
                    break
                size += got
            return found, buffer.raw[:size]
        finally:
            self._close(fd)  # a close that fails has still released the descriptor (Linux)

    def _statx_of(self, fd: int, encoded: bytes, flags: int, path: str) -> Stamp:
        buffer = ctypes.create_string_buffer(_STATX_SIZE)
        _retrying(lambda: self._statx(fd, encoded, flags, _STATX_BASIC_STATS, buffer), path)
        raw = buffer.raw
        if int.from_bytes(raw[:4], sys.byteorder) & _STATX_NEEDED != _STATX_NEEDED:
            # A file system that could not say (none that holds secret files): ask the usual way.
            return stamp_of(os.stat(path) if fd == _AT_FDCWD else os.fstat(fd))
        (mode,) = _MODE.unpack_from(raw, 28)
        inode, size = _INO_SIZE.unpack_from(raw, 32)
        seconds, nanoseconds = _MTIME.unpack_from(raw, 112)
        major, minor = _DEV.unpack_from(raw, 136)
        return (seconds * 1_000_000_000 + nanoseconds, size, os.makedev(major, minor), inode, mode)


def _encoded(path: str) -> bytes:
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError("embedded null byte")  # what os.stat raises
    return encoded


def _retrying(call: Callable[[], int], path: str) -> int:
    """``call()``'s result; again on EINTR (as ``os`` does, PEP 475); an ``OSError`` naming ``path`` on failure."""
    while True:
        result = call()
        if result >= 0:
            return result
        code = ctypes.get_errno()
        if code != errno.EINTR:
            raise OSError(code, os.strerror(code), path)


@functools.cache
def _held() -> _HeldCalls | None:
    """The held calls when this system has them and lets them run (probed once, on ``/``), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        calls = _HeldCalls(ctypes.PyDLL(None, use_errno=True))
        if calls.stamp("/") != stamp_of(os.stat("/")):
            return None  # not the layout this module reads: never guess
    except (AttributeError, OSError):
        return None  # no statx in this C library (musl before 1.2.5, glibc before 2.28), or a sandbox refused it
    return calls
