"""``private_files``: the one mechanism behind ``events serve --secrets-dir``, ``mcp --keys-dir`` and
``mcp --tokens-file``. Each guarantee is checked on every consumer, on the GIL-held file calls and on the ``os``
fallback (``file_stamps``): a change counts at the next lookup, a FIFO or a device is never opened, a file swapped
between the check and the open is judged as opened, a refused file is logged by name (never by content) and
leaves nothing behind, and a lookup of an unchanged file makes one ``stat`` and nothing else."""

from __future__ import annotations

import builtins
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from stripe_connector._request import file_stamps
from stripe_connector._request.private_files import Refused, WatchedFiles
from stripe_connector.events._connection_secrets import SecretsDirectory, SecretsUnavailable
from stripe_connector.events._signature import WebhookSecrets


@pytest.fixture(params=["held", "os"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "held" and file_stamps._held() is None:
        pytest.skip("no statx here: only the os fallback runs")
    if request.param == "os":
        monkeypatch.setattr(file_stamps, "_held", lambda: None)
    return str(request.param)


@dataclass
class Consumer:
    """One user of the mechanism: how to look a connection up, what a file holds, what a refusal raises."""

    name: str
    lookup: Callable[[str], Any]
    content: Callable[[int], str]
    value_of: Callable[[Any], str]
    refusal: type[BaseException]
    watched: WatchedFiles[Any]
    logger: str


def _secret(generation: int) -> str:
    return f"whsec_g{generation:06d}_0123456789abcdef"


def _key(generation: int) -> str:
    return f"sk_test_g{generation:06d}_0123456789abcdef"


def _token(generation: int) -> str:
    return f"tok_{generation:06d}_" + "x" * 40


def _only(found: Any) -> str:
    assert isinstance(found, WebhookSecrets) and len(found) == 1
    return found._keys[0].decode()


def _put(directory: Path, name: str, text: str, mode: int = 0o600) -> None:
    temp = directory / f".{name}.tmp"
    temp.write_text(text)
    temp.chmod(mode)
    os.replace(temp, directory / name)


@pytest.fixture(params=["secrets-dir", "keys-dir", "tokens-file"])
def consumer(request: pytest.FixtureRequest, way: str, tmp_path: Path) -> Iterator[tuple[Consumer, Path]]:
    """The consumer, and the directory whose file ``conn_a`` it reads (written with generation 1)."""
    folder = tmp_path / "files"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    if request.param == "secrets-dir":
        _put(folder, "conn_a", _secret(1) + "\n")
        secrets = SecretsDirectory(folder)
        yield Consumer("secrets-dir", secrets.get, lambda g: _secret(g) + "\n", _only, SecretsUnavailable,
                       secrets._files, "stripe_connector.events"), folder  # fmt: skip
    elif request.param == "keys-dir":
        pytest.importorskip("mcp")
        from stripe_connector.mcp.users import KeysDirectory, ResolverFailed

        _put(folder, "conn_a", _key(1) + "\n")
        keys = KeysDirectory(folder)
        yield Consumer("keys-dir", keys.get, lambda g: _key(g) + "\n", str, ResolverFailed, keys._files,
                       "stripe_connector.mcp"), folder  # fmt: skip
    else:
        pytest.importorskip("mcp")
        from stripe_connector.mcp.users import ResolverFailed, TokenFile

        _put(folder, "conn_a", f"{_token(1)} user-1\n")
        tokens = TokenFile(folder / "conn_a")

        def owner(_: str) -> str | None:
            for generation in range(0, 10):
                found = tokens(_token(generation))
                if found is not None:
                    return f"tok_{generation:06d}_" + "x" * 40
            return None

        yield Consumer("tokens-file", owner, lambda g: f"{_token(g)} user-{g}\n", lambda v: str(v).strip(),
                       ResolverFailed, tokens._file, "stripe_connector.mcp"), folder  # fmt: skip


def _expected(consumer: Consumer, generation: int) -> str:
    return consumer.content(generation).split()[0]


def test_a_file_renamed_over_counts_at_the_next_lookup(consumer: tuple[Consumer, Path]) -> None:
    use, folder = consumer
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 1)
    for generation in range(2, 6):
        _put(folder, "conn_a", use.content(generation))
        assert use.value_of(use.lookup("conn_a")) == _expected(use, generation)


def test_a_rewrite_in_place_of_the_same_size_one_nanosecond_later_counts(consumer: tuple[Consumer, Path]) -> None:
    use, folder = consumer
    path = folder / "conn_a"
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 1)
    before = os.stat(path)
    path.write_text(use.content(2))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1))
    assert os.stat(path).st_ino == before.st_ino and os.stat(path).st_size == before.st_size
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 2)


@pytest.mark.parametrize("kind", ["fifo", "device", "directory", "loose copy", "loosened in place", "empty"])
def test_a_file_swapped_for_something_unsafe_is_refused_by_name_and_nothing_is_kept(
    consumer: tuple[Consumer, Path], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    use, folder = consumer
    path = folder / "conn_a"
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 1)
    if kind == "fifo":
        path.unlink()
        os.mkfifo(path, 0o600)
    elif kind == "device":
        path.unlink()
        path.symlink_to("/dev/zero")
    elif kind == "directory":
        path.unlink()
        path.mkdir(mode=0o700)
    elif kind == "loose copy":
        _put(folder, "conn_a", use.content(2), mode=0o644)
    elif kind == "loosened in place":
        path.chmod(0o640)
    else:
        _put(folder, "conn_a", "")
    caplog.set_level(logging.ERROR, logger=use.logger)
    result = _lookup_in_a_thread(use, "a lookup blocked")
    assert isinstance(result[0], use.refusal), result
    assert "conn_a" in caplog.text  # the operator is told which file
    for generation in (1, 2):
        assert _expected(use, generation) not in caplog.text and _expected(use, generation) not in str(result[0])
    assert len(use.watched) == 0  # not even the value the file had before
    if kind == "directory":
        path.rmdir()
    _put(folder, "conn_a", use.content(3))
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 3)  # whole again: served at once


def _lookup_in_a_thread(use: Consumer, blocked: str) -> list[Any]:
    """``conn_a`` looked up in a thread of its own, so that a lookup that blocks (a FIFO opened) fails the test with
    ``blocked`` instead of hanging it: what it returned or raised."""
    result: list[Any] = []

    def look() -> None:
        try:
            result.append(use.lookup("conn_a"))
        except BaseException as exc:
            result.append(exc)

    looker = threading.Thread(target=look, daemon=True)
    looker.start()
    looker.join(timeout=30)
    assert not looker.is_alive(), blocked
    return result


@pytest.mark.parametrize("swapped_in", ["loose copy", "fifo"])
def test_a_file_swapped_between_the_check_and_the_open_is_judged_as_opened(
    consumer: tuple[Consumer, Path], swapped_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    use, folder = consumer
    real_read = file_stamps.read_small

    def read_after_a_swap(path: str, limit: int) -> Any:
        if swapped_in == "fifo":
            os.unlink(path)
            os.mkfifo(path, 0o600)
        else:
            _put(folder, "conn_a", use.content(2), mode=0o644)
        return real_read(path, limit)

    monkeypatch.setattr(file_stamps, "read_small", read_after_a_swap)
    _put(folder, "conn_a", use.content(2))  # changed: the next lookup reads it
    result = _lookup_in_a_thread(use, "opening what was swapped in blocked")
    assert isinstance(result[0], use.refusal), result
    assert len(use.watched) == 0


def test_an_unchanged_file_costs_one_stat_and_no_open(
    consumer: tuple[Consumer, Path], way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The lookup of a file that did not change goes through file_stamps.stamp once (the GIL kept, where it can be)
    # and opens nothing: no os.stat of its own, no Path.exists, no open().
    use, _ = consumer
    assert use.value_of(use.lookup("conn_a")) == _expected(use, 1)
    stamps: list[str] = []
    real_stamp = file_stamps.stamp

    def counted(path: str) -> Any:
        stamps.append(path)
        return real_stamp(path)

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"called with {args}")

    try:
        with monkeypatch.context() as patched:  # undone before pytest reports (it stats files itself)
            patched.setattr(file_stamps, "stamp", counted)
            patched.setattr(file_stamps, "read_small", forbidden)
            patched.setattr(builtins, "open", forbidden)
            if way == "held":
                patched.setattr(os, "stat", forbidden)
            found = use.lookup("conn_a")
    except AssertionError as exc:
        pytest.fail(f"a lookup of an unchanged file did more than one stamp: {exc}")
    assert use.value_of(found) == _expected(use, 1)
    lookups = 2 if use.name == "tokens-file" else 1  # the tokens probe tries generations 0 and 1
    assert len(stamps) == lookups and all(path.endswith("conn_a") for path in stamps)


def test_a_missing_file_is_none_and_forgotten(tmp_path: Path, way: str) -> None:
    watched = WatchedFiles(100, bytes.decode)
    path = tmp_path / "conn_a"
    path.write_text("one")
    path.chmod(0o600)
    assert watched.get("conn_a", str(path)) == "one" and "conn_a" in watched
    path.unlink()
    assert watched.get("conn_a", str(path)) is None and "conn_a" not in watched


def test_a_file_gone_between_the_stat_and_the_open_is_none(
    tmp_path: Path, way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = WatchedFiles(100, bytes.decode)
    path = tmp_path / "conn_a"
    path.write_text("one")
    path.chmod(0o600)
    real_read = file_stamps.read_small

    def read_after_unlink(name: str, limit: int) -> Any:
        os.unlink(name)
        return real_read(name, limit)

    monkeypatch.setattr(file_stamps, "read_small", read_after_unlink)
    assert watched.get("conn_a", str(path)) is None and "conn_a" not in watched


def test_a_stat_that_fails_otherwise_is_refused_and_says_why(tmp_path: Path, way: str) -> None:
    below_a_file = tmp_path / "file"
    below_a_file.write_text("x")
    watched = WatchedFiles(100, bytes.decode)
    with pytest.raises(Refused, match="cannot stat it"):
        watched.get("x", str(below_a_file / "conn_a"))


def test_a_file_over_the_limit_is_refused(tmp_path: Path, way: str) -> None:
    path = tmp_path / "conn_a"
    path.write_bytes(b"x" * 101)
    path.chmod(0o600)
    with pytest.raises(Refused, match="larger than 100 bytes"):
        WatchedFiles(100, bytes.decode).get("conn_a", str(path))
    path.write_bytes(b"x" * 100)
    assert WatchedFiles(100, bytes.decode).get("conn_a", str(path)) == "x" * 100


def test_a_parse_that_raises_leaves_nothing_and_the_next_lookup_reads_again(tmp_path: Path, way: str) -> None:
    seen: list[bytes] = []

    def parse(data: bytes) -> str:
        seen.append(data)
        if data == b"bad":
            raise Refused("not one")
        return data.decode()

    watched = WatchedFiles(100, parse)
    path = tmp_path / "conn_a"
    path.write_text("good")
    path.chmod(0o600)
    assert watched.get("conn_a", str(path)) == "good"
    _put(tmp_path, "conn_a", "bad")
    for _ in range(2):
        with pytest.raises(Refused):
            watched.get("conn_a", str(path))
    assert "conn_a" not in watched and seen == [b"good", b"bad", b"bad"]
