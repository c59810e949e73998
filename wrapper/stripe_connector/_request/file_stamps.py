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
non-blocking, and callers check the mode before opening (:mod:`.private_files`), so no open waits.

The cost of a call through ctypes is mostly Python's: declared argument types, ``create_string_buffer`` and each
Python frame cost about as much as the system call, so the stat is written flat (about 12,000 instructions, where
``os.stat`` takes 7,000 and this module's first version took 24,000).

Both ways give the same :data:`Stamp` and raise the same ``OSError`` subclasses as ``os.stat`` and ``os.open``.
"""

from __future__ import annotations

import errno
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
    the caller's: it is the file actually opened, whatever was at ``path`` a moment before.

    Reading stops at the size the stamp gives (one ``read`` for a small file, not a second one to meet its end):
    bytes appended after the stamp are left for the next read, which the newer stamp will ask for. A FIFO or a
    device (size 0) is never read from."""
    held = _held()
    if held is not None:
        return held.read(path, limit)
    fd = os.open(path, OPEN_FLAGS)
    try:
        found = stamp_of(os.fstat(fd))
        wanted, data = min(found[1], limit + 1), b""
        while len(data) < wanted and (chunk := os.read(fd, wanted - len(data))):
            data += chunk
        return found, data
    finally:
        os.close(fd)


class _HeldCalls:
    """The C library's ``statx``, ``open``, ``read`` and ``close``, each called with the GIL held.

    No argument types are declared: the calls take ints, a path and a buffer, which ctypes passes as they are
    (``read``'s count is given as a ``c_size_t``), and checking declared types costs as much as the ``statx``."""

    def __init__(self, ctypes_module: Any) -> None:
        c = ctypes_module
        libc = c.PyDLL(None, use_errno=True)  # PyDLL: the GIL stays held through each call
        self._c = c
        self._statx = _typed(libc.statx, c.c_int, None)
        self._open = _typed(libc.open, c.c_int, None)
        self._read = _typed(libc.read, c.c_ssize_t, None)
        self._close = _typed(libc.close, c.c_int, None)
        #: Made once (``create_string_buffer`` looks the array type up again on every call).
        self._stat_buffer = c.c_char * _STATX_SIZE

    def stamp(self, path: str) -> Stamp:
        # Once per delivery on the receiver's loop: _encoded and _parsed written in place (a Python call costs a
        # quarter of what the statx does).
        if "\0" in path:
            raise ValueError("embedded null byte")  # what os.stat raises
        encoded = _encoded(path) if not _UTF8 or not path.isascii() else path.encode()
        buffer = self._stat_buffer()
        while self._statx(_AT_FDCWD, encoded, 0, _STATX_BASIC_STATS, buffer) != 0:
            self._failed(path)
        mask, mode, inode, size, seconds, nanoseconds, major, minor = _STATX.unpack_from(buffer)
        if mask & _STATX_NEEDED != _STATX_NEEDED:
            return stamp_of(os.stat(path))
        return (seconds * 1_000_000_000 + nanoseconds, size, os.makedev(major, minor), inode, mode)

    def read(self, path: str, limit: int) -> tuple[Stamp, bytes]:
        if "\0" in path:
            raise ValueError("embedded null byte")  # what os.open raises
        encoded = _encoded(path) if not _UTF8 or not path.isascii() else path.encode()
        while (fd := self._open(encoded, OPEN_FLAGS)) < 0:
            self._failed(path)
        try:
            buffer = self._stat_buffer()
            while self._statx(fd, b"", _AT_EMPTY_PATH, _STATX_BASIC_STATS, buffer) != 0:
                self._failed(path)
            parsed = _parsed(buffer)
            found = parsed if parsed is not None else stamp_of(os.fstat(fd))
            wanted, got = min(found[1], limit + 1), 0
            if wanted > 0:  # sized to the file (ctypes keeps one array type per size): no 4 KiB zeroed for 50 bytes
                buffer = (self._c.c_char * wanted)()
            while got < wanted:
                into = buffer if got == 0 else self._c.byref(buffer, got)
                count = self._read(fd, into, self._c.c_size_t(wanted - got))
                if count < 0:
                    self._failed(path)
                elif count == 0:
                    break
                else:
                    got += count
            return found, buffer.raw[:got]
        finally:
            self._close(fd)  # a close that fails has still released the descriptor (Linux)

    def _failed(self, path: str) -> None:
        """Return on EINTR (the caller calls again, as ``os`` does: PEP 475); else the ``OSError`` ``os`` raises."""
        code = self._c.get_errno()
        if code != errno.EINTR:
            raise OSError(code, os.strerror(code), path)


def _parsed(buffer: ctypes.Array[ctypes.c_char]) -> Stamp | None:
    """The stamp in a ``struct statx``; None when the file system could not fill a field read (none that holds
    secret files: the caller then asks ``os``)."""
    mask, mode, inode, size, seconds, nanoseconds, major, minor = _STATX.unpack_from(buffer)
    if mask & _STATX_NEEDED != _STATX_NEEDED:
        return None
    return (seconds * 1_000_000_000 + nanoseconds, size, os.makedev(major, minor), inode, mode)


def _typed(function: Any, restype: Any, argtypes: list[Any] | None) -> Any:
    function.restype, function.argtypes = restype, argtypes
    return function


#: Whether paths are UTF-8 on this system: an ASCII path's ``str.encode`` then gives what ``os.fsencode`` gives,
#: for a quarter of the instructions.
_UTF8 = sys.getfilesystemencoding() == "utf-8" and sys.getfilesystemencodeerrors() == "surrogateescape"


def _encoded(path: str) -> bytes:
    """``os.fsencode(path)``; a NUL refused as ``os`` refuses it (ctypes would pass the path cut at the NUL)."""
    if "\0" in path:
        raise ValueError("embedded null byte")  # what os.stat raises
    return os.fsencode(path)


def prepare() -> None:
    """Probe the held calls now (``import ctypes``, ``dlopen``, one ``statx``: about 10 ms), when a server starts,
    rather than in its first request."""
    _held()


_UNPROBED: Any = object()
_probed: Any = _UNPROBED


def _held() -> _HeldCalls | None:
    """The held calls when this system has them and lets them run, else None (probed once: :func:`_probe`)."""
    global _probed
    if _probed is _UNPROBED:
        _probed = _probe()
    return _probed  # type: ignore[no-any-return]


def _probe() -> _HeldCalls | None:
    """The held calls if they answer on ``/`` what ``os.stat`` answers, else None."""
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
