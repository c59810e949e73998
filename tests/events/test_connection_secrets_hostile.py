"""The secrets directory's cache under attack: rotations while threads verify, files deleted, swapped for FIFOs,
devices, directories or loose copies, rewritten in place while being read, and connection ids that are path tricks.
Every test runs on the GIL-held file calls and on the ``os`` fallback (``_request.file_stamps``)."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from stripe_connector._request import file_stamps
from stripe_connector.events import InboxStore, SecretsDirectory, webhook_app
from stripe_connector.events._connection_secrets import SecretsUnavailable
from stripe_connector.events._signature import WebhookSecrets

from tests.events.test_connection_secrets_flows import _one, _raw
from tests.support.events_support import event_body, signed_headers

BASE = "/stripe/webhook"


def _secret(generation: int, connection: int = 0) -> str:
    """Every secret the same length: a rewrite in place keeps the file's size."""
    return f"whsec_c{connection:04d}_g{generation:06d}_0123456789abcdef"


def _accepts(secrets: WebhookSecrets | None, secret: str) -> bool:
    """Whether a delivery signed with ``secret`` verifies under ``secrets``."""
    if secrets is None:
        return False
    probe = WebhookSecrets(secret)
    return secrets.matches(b"{}", 1, probe.sign(b"{}", 1))


def _put(directory: Path, name: str, text: str, mode: int = 0o600) -> None:
    """Written aside and renamed over (the way the docs ask for)."""
    temp = directory / f".{name}.tmp"
    temp.write_text(text)
    temp.chmod(mode)
    os.replace(temp, directory / name)


@pytest.fixture(params=["held", "os"])
def directory(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    if request.param == "held" and file_stamps._held() is None:
        pytest.skip("no statx here: only the os fallback runs")
    if request.param == "os":
        monkeypatch.setattr(file_stamps, "_held", lambda: None)
    folder = tmp_path / "secrets"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    yield folder


# --- rotation -------------------------------------------------------------------------------------------------------


def test_a_rotated_secret_counts_at_the_very_next_delivery_and_the_old_one_stops(
    directory: Path, inbox: InboxStore
) -> None:
    _put(directory, "conn_a", _secret(1))
    app = webhook_app(inbox, SecretsDirectory(directory))
    try:
        statuses = []
        for generation in range(1, 6):
            if generation > 1:
                _put(directory, "conn_a", _secret(generation))
            for signer in (generation - 1, generation):  # the one just retired, then the new one
                body = event_body(generation * 10 + signer)
                statuses.append(_one(app, f"{BASE}/conn_a", body, signed_headers(body, _secret(signer))).status_code)
    finally:
        app.close()
    # generation 1: the "previous" (0) never existed; afterwards the retired secret is refused at once.
    assert statuses == [400, 200] * 5


def test_a_rewrite_in_place_of_the_same_size_is_seen(directory: Path) -> None:
    path = directory / "conn_a"
    _put(directory, "conn_a", _secret(1))
    secrets = SecretsDirectory(directory)
    assert _accepts(secrets.get("conn_a"), _secret(1))
    before = os.stat(path)
    path.write_text(_secret(2))  # same inode, same size: only the mtime says it changed
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1))  # even by a single nanosecond
    assert os.stat(path).st_ino == before.st_ino and os.stat(path).st_size == before.st_size
    found = secrets.get("conn_a")
    assert _accepts(found, _secret(2)) and not _accepts(found, _secret(1))


def test_threads_verifying_while_the_secret_rotates_never_see_a_retired_one(directory: Path) -> None:
    # A lookup that starts after a rotation has been written must give that rotation's secret or a newer one.
    _put(directory, "conn_a", _secret(0))
    secrets = SecretsDirectory(directory)
    published = [0]  # the newest generation whose file is in place
    stop = threading.Event()
    stale: list[tuple[int, int]] = []
    lookups = [0]

    def verify() -> None:
        while not stop.is_set():
            floor = published[0]
            found = secrets.get("conn_a")
            ceiling = published[0] + 1  # the file may already hold the next one, not yet published
            lookups[0] += 1
            if not any(_accepts(found, _secret(g)) for g in range(floor, ceiling + 1)):
                stale.append((floor, ceiling))

    threads = [threading.Thread(target=verify) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for generation in range(1, 25):
            _put(directory, "conn_a", _secret(generation))
            published[0] = generation
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert stale == [] and lookups[0] > 0
    assert _accepts(secrets.get("conn_a"), _secret(24))


def test_rewrites_in_place_racing_the_reads_leave_the_final_content(directory: Path) -> None:
    # A read that overlaps a rewrite may see half a file once (refused or wrong: Stripe delivers again), but the
    # stamp kept is the one from before that read, so the next lookup after the writer stops reads the final file.
    path = directory / "conn_a"
    _put(directory, "conn_a", _secret(0))
    secrets = SecretsDirectory(directory)
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            with contextlib.suppress(SecretsUnavailable):  # caught mid-write (empty): a 503, never remembered
                secrets.get("conn_a")

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        mtime = os.stat(path).st_mtime_ns
        for generation in range(1, 100):
            path.write_text(_secret(generation))  # truncate, then write: a reader may land in between
            mtime += 1
            os.utime(path, ns=(mtime, mtime))  # a distinct mtime each time (a coarse clock could repeat one)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    final = secrets.get("conn_a")
    assert _accepts(final, _secret(99)) and not _accepts(final, _secret(98))


# --- files that go away or turn into something else -------------------------------------------------------------------


def test_a_deleted_file_makes_the_connection_unknown_at_once_and_is_forgotten(directory: Path) -> None:
    _put(directory, "conn_a", _secret(1))
    secrets = SecretsDirectory(directory)
    assert _accepts(secrets.get("conn_a"), _secret(1))
    (directory / "conn_a").unlink()
    assert secrets.get("conn_a") is None
    assert "conn_a" not in secrets._files  # the retired secret is not kept in memory
    _put(directory, "conn_a", _secret(2))  # a connection re-added later starts from its new file
    assert _accepts(secrets.get("conn_a"), _secret(2))


@pytest.mark.parametrize("kind", ["fifo", "device", "directory", "loose copy", "loosened in place", "empty"])
def test_a_cached_file_swapped_for_something_unsafe_is_refused_not_served_from_the_cache(
    directory: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = directory / "conn_a"
    _put(directory, "conn_a", _secret(1))
    secrets = SecretsDirectory(directory)
    assert _accepts(secrets.get("conn_a"), _secret(1))
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
        _put(directory, "conn_a", _secret(2), mode=0o644)
    elif kind == "loosened in place":
        path.chmod(0o640)
    else:
        _put(directory, "conn_a", "")
    result: list[Any] = []

    def look() -> None:
        try:
            result.append(secrets.get("conn_a"))
        except SecretsUnavailable as exc:
            result.append(exc)

    looker = threading.Thread(target=look, daemon=True)
    looker.start()
    looker.join(timeout=10)
    assert not looker.is_alive(), "a lookup blocked"
    assert isinstance(result[0], SecretsUnavailable)
    assert _secret(1) not in caplog.text and _secret(2) not in caplog.text and _secret(1) not in str(result[0])
    assert "conn_a" in caplog.text  # the operator is told which file


def test_a_file_renamed_in_between_the_stat_and_the_open_is_checked_as_opened(
    directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stat saw a private file; by the open, a copy that others can read was renamed over it: the mode that
    # counts is the one of the file read.
    _put(directory, "conn_a", _secret(1))
    secrets = SecretsDirectory(directory)
    real_read = file_stamps.read_small

    def read_after_a_swap(path: str, limit: int) -> Any:
        _put(directory, "conn_a", _secret(2), mode=0o644)
        return real_read(path, limit)

    monkeypatch.setattr(file_stamps, "read_small", read_after_a_swap)
    with pytest.raises(SecretsUnavailable):
        secrets.get("conn_a")
    monkeypatch.setattr(file_stamps, "read_small", real_read)
    with pytest.raises(SecretsUnavailable):
        secrets.get("conn_a")  # and nothing of it was kept


# --- path tricks ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "connection",
    ["..", ".", "../conn_a", "conn_a/..", "conn_a/", "/etc/passwd", "conn_a\0", ".conn_a", "conn_a.tmp",
     "con\u0430_a", "conn a", "a" * 129, "", "~root", "conn_a\n"],
)  # fmt: skip
def test_a_connection_id_that_is_a_path_trick_touches_no_file(
    directory: Path, connection: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _put(directory, "conn_a", _secret(1))
    (directory.parent / "outside").write_text(_secret(9))
    (directory.parent / "outside").chmod(0o600)
    touched: list[str] = []

    def touch(path: str, *limit: int) -> Any:
        touched.append(path)
        raise AssertionError(f"{path} was touched")

    monkeypatch.setattr(file_stamps, "stamp", touch)
    monkeypatch.setattr(file_stamps, "read_small", touch)
    secrets = SecretsDirectory(directory)
    assert secrets.get(connection) is None
    assert touched == []


def test_a_path_trick_gets_the_answer_of_an_unknown_connection(directory: Path, inbox: InboxStore) -> None:
    _put(directory, "conn_a", _secret(1))
    (directory.parent / "outside").write_text(_secret(9))
    (directory.parent / "outside").chmod(0o600)
    app = webhook_app(inbox, SecretsDirectory(directory))
    try:
        body = event_body(1)
        unknown = _raw(app, f"{BASE}/conn_zz", body, signed_headers(body, _secret(9)))
        for trick in ("../outside", "..%2Foutside", "conn_a/../../outside", ".conn_a"):
            assert _raw(app, f"{BASE}/{trick}", body, signed_headers(body, _secret(9))) == unknown
    finally:
        app.close()
    assert unknown[0] == 400 and inbox.counts()["pending"] == 0


# --- many threads, many connections ---------------------------------------------------------------------------------


def test_many_threads_on_many_connections_each_get_their_own_secret(directory: Path) -> None:
    connections = 200
    for n in range(connections):
        _put(directory, f"conn_{n:04d}", _secret(0, n))
    secrets = SecretsDirectory(directory)
    barrier = threading.Barrier(16)

    def look(worker: int) -> list[str]:
        barrier.wait()  # all start cold together
        wrong = []
        for step in range(connections * 2):
            n = (step * 7 + worker * 13) % connections
            found = secrets.get(f"conn_{n:04d}")
            if not _accepts(found, _secret(0, n)) or _accepts(found, _secret(0, (n + 1) % connections)):
                wrong.append(f"conn_{n:04d}")
        return wrong

    with ThreadPoolExecutor(16) as pool:
        wrong = [name for found in pool.map(look, range(16)) for name in found]
    assert wrong == []
    assert len(secrets._files) == connections
