"""Run localstripe, a stateful fake Stripe API, on 127.0.0.1 for integration tests and the demo.

localstripe's own CLI listens on every interface (IPv4 and IPv6) on a fixed port and pickles its whole state
to /tmp/localstripe.pickle after every write, so two runs share (and clobber) one file and the server is
reachable from the network. This launcher runs the same aiohttp app in a child Python process instead, with:

* a socket the child binds itself on 127.0.0.1 port 0 (no race for a "free" port), reported back through a
  small port file;
* the pickle redirected to ``<state_dir>/localstripe.pickle`` (loaded at start if present, so a demo can keep
  its data between runs; a new state_dir starts empty);
* its log in ``<state_dir>/localstripe.log``, quoted in the error if it fails to start.

Usage::

    with running_localstripe(tmp_path) as base_url:   # "http://127.0.0.1:PORT"
        httpx.post(f"{base_url}/v1/customers", auth=(API_KEY, ""), data={"email": "a@b.c"})

or by hand, in the foreground until Ctrl-C: ``python -m stripe_connector.testing.launchers.localstripe
[--state-dir DIR]``. localstripe itself comes with the ``testing`` extra.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._process import (
    HOST,
    serve_until_signalled,
    start_logged_process,
    stop_process_group,
    wait_until_ready,
)

PICKLE_NAME = "localstripe.pickle"
LOG_NAME = "localstripe.log"
PORT_FILE_NAME = "localstripe.port"
STARTUP_TIMEOUT = 30.0


@contextlib.contextmanager
def running_localstripe(state_dir: Path, *, startup_timeout: float = STARTUP_TIMEOUT) -> Iterator[str]:
    """Start localstripe with its state in `state_dir`, yield its base URL, and stop it on exit.

    The server is stopped (SIGTERM, then SIGKILL after a grace period) and reaped however the block ends,
    including on an exception or KeyboardInterrupt.
    """
    state_dir = state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    port_file = state_dir / PORT_FILE_NAME
    port_file.unlink(missing_ok=True)  # a stale file from an earlier run would point at a dead port
    log_path = state_dir / LOG_NAME
    env = dict(os.environ)
    # The child imports this module by name from wherever this process found it (an installed package, or a
    # checkout on sys.path); its working directory is state_dir.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_package_root(), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    proc = start_logged_process(
        [sys.executable, "-m", "stripe_connector.testing.launchers.localstripe", "--serve", str(state_dir)],
        log_path=log_path,
        cwd=state_dir,
        env=env,
    )
    try:
        base_url: list[str] = []

        def answers() -> bool:
            if not base_url:
                try:
                    base_url.append(f"http://{HOST}:{int(port_file.read_text(encoding='ascii'))}")
                except (FileNotFoundError, ValueError):
                    return False
            return _answers_http(base_url[0])

        wait_until_ready(proc, answers, name="localstripe", log_path=log_path, timeout=startup_timeout)
        yield base_url[0]
    finally:
        stop_process_group(proc)


def _package_root() -> str:
    """The directory that holds the ``stripe_connector`` package this module was imported from."""
    return str(Path(__file__).resolve().parents[3])


def _answers_http(base_url: str) -> bool:
    """True once the server sends any HTTP response; unauthenticated, so it changes no state. A bare socket, not an
    HTTP client: a vcrpy cassette open meanwhile must not record the probe."""
    port = int(base_url.rsplit(":", 1)[1])
    try:
        with socket.create_connection((HOST, port), timeout=2.0) as sock:
            sock.sendall(b"GET /v1/customers HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return sock.recv(5) == b"HTTP/"
    except OSError:
        return False


def _serve_child(state_dir: Path) -> None:
    """Child side: run localstripe's app in this process on 127.0.0.1, its pickle kept in `state_dir`."""
    from aiohttp import web
    from localstripe import resources, server  # type: ignore[import-untyped]

    _redirect_pickle(resources.Store, state_dir / PICKLE_NAME)
    resources.store.try_load_from_disk()

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    tmp = state_dir / (PORT_FILE_NAME + ".tmp")
    tmp.write_text(str(port), encoding="ascii")
    tmp.replace(state_dir / PORT_FILE_NAME)  # atomic: the parent never reads half a number

    access_log = logging.getLogger("aiohttp.access")
    access_log.setLevel(logging.DEBUG)
    access_log.addHandler(logging.StreamHandler())
    print(f"localstripe listening on http://{HOST}:{port}, state in {state_dir}", flush=True)
    web.run_app(server.app, sock=sock, access_log=access_log, print=None)


def _redirect_pickle(store_class: Any, pickle_path: Path) -> None:
    """Make localstripe's Store load from and save to `pickle_path` instead of /tmp/localstripe.pickle."""
    import pickle

    def try_load_from_disk(self: dict[str, Any]) -> None:
        try:
            with pickle_path.open("rb") as f:
                old = pickle.load(f)
        except FileNotFoundError:
            return
        self.clear()
        self.update(old)

    def dump_to_disk(self: dict[str, Any]) -> None:
        # Write-then-rename: a server killed mid-write leaves the previous state, not a torn file.
        tmp = pickle_path.with_name(pickle_path.name + ".tmp")
        with tmp.open("wb") as f:
            pickle.dump(self, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(pickle_path)

    store_class.try_load_from_disk = try_load_from_disk
    store_class.dump_to_disk = dump_to_disk


def _main(argv: list[str] | None = None) -> int:
    """Foreground mode for people (`--state-dir`), or the child mode the launcher uses (`--serve`)."""
    parser = argparse.ArgumentParser(description="Run localstripe on 127.0.0.1 until Ctrl-C.")
    parser.add_argument("--state-dir", type=Path, help="keep state here (default: a temporary directory)")
    parser.add_argument("--serve", type=Path, metavar="STATE_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        _serve_child(args.serve)
        return 0

    def start(stack: contextlib.ExitStack) -> contextlib.AbstractContextManager[str]:
        state_dir = args.state_dir or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        hints.append(f"state and log in {state_dir}")
        return running_localstripe(state_dir)

    hints: list[str] = []
    return serve_until_signalled(start, lambda url: [*hints, f"try: curl -u sk_test_fake: {url}/v1/customers"])


if __name__ == "__main__":
    sys.exit(_main())
