"""The command line against hostile users and files: no option abbreviations, no key-like value echoed anywhere,
a FIFO key file that never hangs, pathological JSON and bad options as exit 2 (bad input), never exit 1."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from stripe_connector.testing.doubles import Reply, ScriptedStripe

from tests.support.hostile_support import run_cli
from tests.support.keys import API_KEY

OTHER_KEY = "sk_live_" + "Z9" * 12


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "STRIPE_API_KEY",
        "STRIPE_BASE_URL",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def assert_no_key(text: str) -> None:
    for key in (API_KEY, OTHER_KEY):
        assert key not in text
        assert key[8:] not in text  # not even the secret part


@pytest.mark.parametrize(
    "argv",
    [
        ["--api-key", API_KEY, "call", "list_customers"],
        ["call", "list_customers", "--api-key", API_KEY],
        ["call", "list_customers", f"--api-key={API_KEY}"],
        ["call", "list_customers", "--api", API_KEY],
        ["--api-key-f", API_KEY, "tools"],
        ["call", "list_customers", "--idem", API_KEY],
        ["call", "list_customers", "--stripe-acc", API_KEY],
    ],
)
def test_no_abbreviations_and_the_key_is_never_echoed(argv: list[str]) -> None:
    result = run_cli(argv)
    assert result.code == 2
    assert result.error["kind"] == "usage"
    assert_no_key(result.out + result.err)


@pytest.mark.parametrize(
    "argv",
    [
        ["call", API_KEY],
        ["schema", OTHER_KEY],
        ["call", "list_customers", API_KEY],
        ["call", "list_customers", "{}", "--stripe-account", API_KEY],
        ["call", "create_customer", "{}", "--idempotency-key", f"{API_KEY} x"],
        ["call", "list_customers", json.dumps({"email": API_KEY, "limit": "x"})],
        ["call", "list_customers", json.dumps({API_KEY: 1})],
        ["call", "list_customers", "{}", "--base-url", f"http://{API_KEY}@127.0.0.1:9"],
        ["call", "list_customers", "{}", "--max-amount", f"{API_KEY}=5"],
        ["call", "list_customers", "{}", "--timeout", API_KEY],
        ["call", "list_customers", "{}", "--api-key-file", f"/nonexistent/{API_KEY}"],
        ["call", "list_customers", "{}", "--stripe-version", API_KEY],
    ],
)
def test_key_like_values_are_never_echoed(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(argv)
    assert result.code == 2, result.err
    assert_no_key(result.out + result.err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_key_file_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "key.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = run_cli(["call", "list_customers", "{}", "--api-key-file", str(fifo)])
    assert time.monotonic() - started < 3
    assert result.code == 2
    assert result.error["param"] == "api_key_file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_key_file_with_a_writer_is_read(tmp_path: Path, server: ScriptedStripe) -> None:
    """Process substitution (``--api-key-file <(pass show stripe)``) still works."""
    fifo = tmp_path / "key.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w") as pipe:
            time.sleep(0.2)
            pipe.write(API_KEY + "\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    server.reset(default=Reply(200, json={"object": "list", "data": [], "has_more": False}))
    time.sleep(0.05)
    result = run_cli(["call", "list_customers", "{}", "--api-key-file", str(fifo), "--base-url", server.base_url])
    writer.join(2)
    assert result.code == 0, result.err
    assert server.last.header("authorization") == f"Bearer {API_KEY}"


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom", "directory"])
def test_key_files_that_are_not_files_are_refused_quickly(path: str, tmp_path: Path) -> None:
    target = str(tmp_path) if path == "directory" else path
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    started = time.monotonic()
    result = run_cli(["call", "list_customers", "{}", "--api-key-file", target])
    assert time.monotonic() - started < 3
    assert result.code == 2
    assert result.error["param"] == "api_key_file"


PATHOLOGICAL = {
    "lone surrogate escape": '{"name": "\\ud800"}',
    "lone surrogate in a key": '{"metadata": {"\\udc00": "x"}}',
    "100k nesting": '{"metadata": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "100k object nesting": '{"metadata": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}",
    "5,000-digit integer": '{"limit": ' + "9" * 5000 + "}",
    "huge integer": '{"limit": ' + "9" * 40 + "}",
    "NaN": '{"limit": NaN}',
    "Infinity": '{"limit": Infinity}',
    "not an object": "[1, 2]",
    "bare string": '"x"',
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("via", ["argument", "stdin", "file"])
def test_pathological_json_arguments_exit_2(case: str, via: str, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    text = PATHOLOGICAL[case]
    tool = "create_customer" if "name" in text or "metadata" in text else "list_customers"
    argv = ["call", tool, "--base-url", "http://127.0.0.1:9", "--dry-run"]
    stdin = ""
    if via == "argument":
        argv.insert(2, text)
    elif via == "stdin":
        argv.insert(2, "-")
        stdin = text
    else:
        (tmp_path / "args.json").write_text(text, encoding="utf-8")
        argv += ["--args-file", str(tmp_path / "args.json")]
    result = run_cli(argv, stdin=stdin)
    assert result.code == 2, result.err
    assert result.error["kind"] == "invalid_input"
    assert result.out == ""


@pytest.mark.parametrize("scope", ['["a", "\\ud800"]', "[" * 50_000 + "]" * 50_000, "[" + "9" * 5000 + "]"])
def test_pathological_idempotency_scopes_exit_2(scope: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "create_customer", "{}", "--idempotency-scope", scope, "--dry-run"])
    assert result.code == 2, result.err


@pytest.mark.parametrize(
    ("options", "param"),
    [
        (["--timeout", "nan"], "timeout"),
        (["--timeout", "inf"], "timeout"),
        (["--timeout", "-1"], "timeout"),
        (["--max-retries", "-1"], "max_retries"),
        (["--stripe-version", "2023-10-16\r\nX-Evil: 1"], "stripe_version"),
        (["--stripe-version", "2023-10-16é"], "stripe_version"),
        (["--base-url", "http://[::1"], "base_url"),
        (["--base-url", "http://127.0.0.1:99999"], "base_url"),
        (["--base-url", "not a url"], "base_url"),
        (["--max-amount", "usd=inf"], "max_amount"),
    ],
)
def test_bad_options_exit_2_naming_the_option(options: list[str], param: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "list_customers", "{}", *options])
    assert result.code == 2, result.err
    assert result.error["param"] == param


@pytest.mark.parametrize("proxy", ["garbage", "socks5://127.0.0.1:1080", "http://[::1"])
def test_odd_proxy_variables_exit_2(proxy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    result = run_cli(["call", "list_customers", "{}"])
    assert result.code == 2, result.err
    assert result.error["param"] == "HTTPS_PROXY"


def test_a_stripe_version_with_crlf_is_not_a_connection_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """It used to report "could not reach Stripe" and advise a retry; nothing is sent now."""
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    result = run_cli(["call", "list_customers", "{}", "--stripe-version", "2023-10-16\r\n"])
    assert result.code == 2
    assert result.error["kind"] != "connection"
