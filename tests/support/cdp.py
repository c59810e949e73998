"""Headless Chromium driven over the Chrome DevTools Protocol: the documentation test's browser.

:func:`running_chromium` starts Debian's ``chromium`` on a free DevTools port of 127.0.0.1 with a throw-away profile
(``--remote-debugging-port=0``: the browser picks the port and writes it to ``DevToolsActivePort`` in the profile),
and stops it by its PID. :class:`Tab` is one page target over a WebSocket (``websockets``' synchronous client): it
sends commands, waits for their answers, and keeps every event it sees, so a test can read what the console said
while a page loaded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

#: The flags the site test runs Chromium with: no sandbox (CI runs as root), no GPU, nothing fetched in the
#: background (the machine is offline), and a profile of its own.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage")  # fmt: skip
START_TIMEOUT = 30.0


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Tab:
    """One page of the browser: ``call`` a command, ``events`` what the browser reported since it was cleared."""

    def __init__(self, connection: ClientConnection) -> None:
        self._connection = connection
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, timeout: float = 20.0, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        ident = self._next_id
        self._connection.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self._connection.recv(timeout=max(0.01, deadline - time.monotonic())))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 20.0) -> dict[str, Any]:
        """The first event named ``method`` not yet consumed (events before it are kept)."""
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self._connection.recv(timeout=max(0.01, deadline - time.monotonic())))
            if message.get("method") == method:
                return message  # type: ignore[no-any-return]
            self.events.append(message)

    def drain(self, seconds: float) -> None:
        """Read what the browser reports for ``seconds`` (late console errors, say)."""
        deadline = time.monotonic() + seconds
        with contextlib.suppress(TimeoutError):
            while (left := deadline - time.monotonic()) > 0:
                self.events.append(json.loads(self._connection.recv(timeout=left)))

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression[:60]}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def open(self, url: str) -> None:
        """Navigate and wait for the load event."""
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")


def console_errors(events: list[dict[str, Any]]) -> list[str]:
    """Uncaught exceptions, ``console.error`` calls and error log entries (failed loads included)."""
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            errors.append(f"exception: {details.get('exception', {}).get('description') or details.get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append("console.error: " + " ".join(str(arg.get("value", arg.get("description"))) for arg in
                                                       params.get("args", [])))  # fmt: skip
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            errors.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}".strip())
    return errors


def _devtools_port(profile: Path, proc: subprocess.Popen[bytes]) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chromium exited with {proc.returncode} before it listened")
        with contextlib.suppress(FileNotFoundError, ValueError, IndexError):
            return int(marker.read_text().split("\n")[0])
        time.sleep(0.05)
    raise RuntimeError("chromium did not open its DevTools port in time")


@contextlib.contextmanager
def running_chromium(profile: Path) -> Iterator[Tab]:
    """A headless Chromium with one blank page, as a :class:`Tab` with Page, Runtime and Log enabled."""
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed")
    argv = [binary, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0", "about:blank"]  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        port = _devtools_port(profile, proc)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        page = next(target for target in targets if target.get("type") == "page")
        with connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10) as connection:
            tab = Tab(connection)
            for domain in ("Page", "Runtime", "Log"):
                tab.call(f"{domain}.enable")
            yield tab
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """The browser and its helper processes (its own process group, led by the PID started here)."""
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
