"""``file_stamps``: the GIL-held ``statx``/``open``/``read`` give what ``os`` gives (stamps, bytes, exceptions), and
the module falls back to ``os`` where the C library has no ``statx`` or a sandbox refuses it. Both ways are run."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector._request import file_stamps
from stripe_connector._request.file_stamps import read_small, stamp, stamp_of

LINUX = sys.platform.startswith("linux")


@pytest.fixture(params=["held", "os"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test runs on the GIL-held calls (where this system has them) and on the ``os`` fallback."""
    if request.param == "held":
        if file_stamps._held() is None:
            pytest.skip("no statx here: only the os fallback runs")
    else:
        monkeypatch.setattr(file_stamps, "_held", lambda: None)
    yield request.param


def test_the_held_calls_are_used_on_linux() -> None:
    # This machine (glibc >= 2.28) has statx: if the probe failed, every delivery would hand the GIL over again.
    if not LINUX:
        pytest.skip("Linux only")
    assert file_stamps._held() is not None


def test_a_stamp_is_what_os_stat_says_of_files_directories_and_symlink_targets(way: str, tmp_path: Path) -> None:
    secret = tmp_path / "conn_a"
    secret.write_text("whsec_a\n")
    secret.chmod(0o600)
    link = tmp_path / "conn_link"
    link.symlink_to(secret)
    for path in (secret, tmp_path, link):
        assert stamp(str(path)) == stamp_of(os.stat(path))
    assert stamp(str(link)) == stamp(str(secret))  # followed, as os.stat does


def test_a_stamp_changes_with_content_mode_inode_and_mtime(way: str, tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"one")
    path.chmod(0o600)
    first = stamp(str(path))
    os.utime(path, ns=(first[0], first[0] + 1))  # only the mtime moves (1 ns)
    moved = stamp(str(path))
    assert moved != first and moved[0] == first[0] + 1
    path.chmod(0o644)
    assert stamp(str(path))[4] & 0o777 == 0o644
    aside = tmp_path / "g"
    aside.write_bytes(b"one")
    os.replace(aside, path)  # same size, new inode
    assert stamp(str(path))[3] != first[3]


@pytest.mark.parametrize(
    ("name", "raised"),
    [("missing", FileNotFoundError), ("file/below", NotADirectoryError), ("nul\0byte", ValueError)],
)
def test_missing_paths_raise_what_os_raises(way: str, tmp_path: Path, name: str, raised: type[Exception]) -> None:
    (tmp_path / "file").write_text("x")
    path = str(tmp_path / name)
    with pytest.raises(raised) as ours:
        stamp(path)
    with pytest.raises(raised):
        read_small(path, 10)
    with pytest.raises(raised) as theirs:
        os.stat(path)
    if isinstance(ours.value, OSError):
        assert isinstance(theirs.value, OSError)
        assert ours.value.errno == theirs.value.errno and ours.value.filename == path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=6000), limit=st.integers(min_value=0, max_value=5000))
def test_read_small_gives_at_most_limit_plus_one_bytes_and_the_stamp_of_that_file(
    way: str, tmp_path: Path, data: bytes, limit: int
) -> None:
    path = tmp_path / "data"
    path.write_bytes(data)
    found, read = read_small(str(path), limit)
    assert read == data[: limit + 1]
    assert found == stamp_of(os.stat(path))


_FIFO_CHILD = """
import stat, sys
from stripe_connector._request import file_stamps
if sys.argv[2] == "os":
    file_stamps._held = lambda: None
found, data = file_stamps.read_small(sys.argv[1], 100)
print(data == b"" and stat.S_ISFIFO(found[4]))
"""


def test_a_fifo_is_opened_without_blocking_and_shows_its_mode(way: str, tmp_path: Path) -> None:
    # In a child process: a blocking open with the GIL held would freeze this one, and the test could not fail.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo, 0o600)
    try:
        child = subprocess.run([sys.executable, "-c", _FIFO_CHILD, str(fifo), way], capture_output=True, text=True,
                               timeout=20, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("opening a FIFO blocked")
    assert child.stdout.strip() == "True", child.stderr[-2000:]


def test_a_descriptor_is_never_left_open(way: str, tmp_path: Path) -> None:
    if not LINUX:
        pytest.skip("counts /proc/self/fd")
    path = tmp_path / "f"
    path.write_bytes(b"whsec_x")
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(200):
        read_small(str(path), 10)
    assert len(os.listdir("/proc/self/fd")) <= before


def test_a_read_interrupted_by_a_signal_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = file_stamps._held()
    if calls is None:
        pytest.skip("no statx here")
    path = tmp_path / "f"
    path.write_bytes(b"whsec_interrupted")
    real_read, failures = calls._read, iter([True, True])
    ctypes = calls._c

    def read(fd: int, buffer: Any, size: int) -> int:
        if next(failures, False):
            ctypes.set_errno(errno.EINTR)
            return -1
        return int(real_read(fd, buffer, size))

    monkeypatch.setattr(calls, "_read", read)
    assert read_small(str(path), 100)[1] == b"whsec_interrupted"


class _NoStatx:
    """A C library without ``statx`` (musl before 1.2.5)."""

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(name)


class _Refused:
    """``statx`` refused by a sandbox's seccomp filter (EPERM), as old container runtimes do."""

    def __init__(self, ctypes: Any) -> None:
        self.ctypes = ctypes
        self.open = self.read = self.close = lambda *args: 0

    @property
    def statx(self) -> Any:
        def refused(*args: Any) -> int:
            self.ctypes.set_errno(errno.EPERM)
            return -1

        return refused


@pytest.mark.parametrize("libc", ["no statx", "refused"])
def test_without_statx_the_os_calls_answer(libc: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    fake = _NoStatx() if libc == "no statx" else _Refused(ctypes)
    monkeypatch.setattr(ctypes, "PyDLL", lambda *args, **kwargs: fake)
    probe = file_stamps._probe
    assert probe() is None
    monkeypatch.setattr(file_stamps, "_held", probe)
    path = tmp_path / "f"
    path.write_bytes(b"whsec_fallback")
    assert stamp(str(path)) == stamp_of(os.stat(path))
    assert read_small(str(path), 100)[1] == b"whsec_fallback"


def test_the_held_calls_keep_the_gil() -> None:
    # ctypes releases the GIL around a foreign call unless the function comes from a PyDLL (FUNCFLAG_PYTHONAPI):
    # the flag is the whole difference, so it is what is checked (a timing would be flaky on a loaded machine).
    import ctypes

    calls = file_stamps._held()
    if calls is None:
        pytest.skip("no statx here")
    pythonapi = vars(ctypes)["_FUNCFLAG_PYTHONAPI"]  # private to ctypes (and to its stubs)
    for function in (calls._statx, calls._open, calls._read, calls._close):
        assert function._flags_ & pythonapi
