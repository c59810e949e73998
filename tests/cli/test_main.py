"""The ``stripe-connector`` command, run as a real subprocess against a canned Stripe on 127.0.0.1.

What a shell user or a workflow engine relies on: Stripe's JSON on stdout, JSON Lines for ``--all`` with progress
on stderr, one JSON error on stderr's last line, exit codes that say whose fault a failure is, guardrails and dry
runs that send nothing, and the key never printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import TOOLS
from stripe_connector._request.idempotency import scoped_idempotency_key
from stripe_connector.testing.doubles import ScriptedStripe, closed_port, running_scripted

from tests.support.canned_routes import CUSTOMERS, customer_page, stripe_routes
from tests.support.keys import API_KEY, LIVE_KEY

EXIT_INPUT, EXIT_STRIPE, EXIT_CONNECTION, EXIT_RESPONSE = 2, 3, 4, 5


@pytest.fixture
def stripe_server() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=stripe_routes)


# --- running the command ----------------------------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error(self) -> dict[str, Any]:
        """The JSON error object on stderr's last line."""
        payload = json.loads(self.stderr.strip().splitlines()[-1])
        assert set(payload) == {"error"}
        error: dict[str, Any] = payload["error"]
        return error

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(
    *args: str,
    cwd: Path,
    key: str | None = API_KEY,
    base_url: str | None = None,
    stdin: str | None = None,
    command: Sequence[str] = (sys.executable, "-m", "stripe_connector.cli"),
) -> Run:
    """Run the command with a clean environment: only the key and base URL given here."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("STRIPE_")}
    if key is not None:
        env["STRIPE_API_KEY"] = key
    if base_url is not None:
        env["STRIPE_BASE_URL"] = base_url
    done = subprocess.run(
        [*command, *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )
    for secret in (API_KEY, LIVE_KEY):
        assert secret not in done.stdout
        assert secret not in done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


# --- no key needed ----------------------------------------------------------------------------------------------------


def test_tools_lists_every_tool_without_a_key(tmp_path: Path) -> None:
    run = run_cli("tools", cwd=tmp_path, key=None)
    assert run.code == 0, run.stderr
    assert [line.split()[0] for line in run.stdout.splitlines()] == TOOLS.names()

    as_json = run_cli("tools", "--json", cwd=tmp_path, key=None)
    assert [tool["name"] for tool in as_json.json] == TOOLS.names()
    assert as_json.json[0]["description"] == TOOLS[0].description


def test_schema_prints_the_tools_json_schemas(tmp_path: Path) -> None:
    one = run_cli("schema", "create_charge", cwd=tmp_path, key=None)
    assert one.code == 0, one.stderr
    assert one.json == TOOLS.get("create_charge").input_schema

    every = run_cli("schema", cwd=tmp_path, key=None)
    assert every.json == {tool.name: tool.input_schema for tool in TOOLS}

    unknown = run_cli("schema", "delete_everything", cwd=tmp_path, key=None)
    assert unknown.code == EXIT_INPUT
    assert unknown.error["kind"] == "invalid_input"
    assert unknown.error["param"] == "tool"


def test_help_documents_the_exit_codes_and_the_key(tmp_path: Path) -> None:
    run = run_cli("--help", cwd=tmp_path, key=None)
    assert run.code == 0
    for text in ("exit codes:", "STRIPE_API_KEY", "--api-key-file", "STRIPE_BASE_URL", "  4  Stripe could not"):
        assert text in run.stdout


def test_help_lists_every_subcommand_and_a_subcommands_help_its_options(tmp_path: Path) -> None:
    """The top-level help names every subcommand with its line without importing their modules (see the start-up
    tests below); ``SUBCOMMAND --help`` has that subcommand's options."""
    top = run_cli("--help", cwd=tmp_path, key=None)
    lines = {line.split()[0]: line for line in top.stdout.splitlines() if line.startswith("    ") and line.split()}
    for name in ("tools", "schema", "call", "mcp", "export", "ops", "events", "check"):
        assert name in lines and len(lines[name].split()) > 1, name
    assert "export a list (tool or operation)" in lines["export"]
    for name, options in (("export", ("--out", "--rate-limit", "--checkpoint", "--base-url")),
                          ("check", ("--stripe-context", "--compact")), ("ops", ("search", "describe")),
                          ("events", ("serve", "poll")), ("call", ("--all", "--dry-run"))):  # fmt: skip
        run = run_cli(name, "--help", cwd=tmp_path, key=None)
        assert run.code == 0, run.stderr
        assert all(option in run.stdout for option in options), (name, run.stdout)


# --- start-up: a subcommand loads its own code only -------------------------------------------------------------------

_LOADED = """
import json, sys
from stripe_connector.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted(name for name in sys.modules if name.startswith("stripe_connector.cli."))
print(json.dumps({"code": code, "cli": loaded, "httpx": "httpx" in sys.modules,
                  "httpx_command": "httpx._main" in sys.modules, "mcp": "stripe_connector.mcp" in sys.modules,
                  "events": "stripe_connector.events" in sys.modules}))
"""
_ALWAYS = ["stripe_connector.cli.common", "stripe_connector.cli.main", "stripe_connector.cli.options",
           "stripe_connector.cli.parser"]  # fmt: skip


def loaded_by(tmp_path: Path, *args: str) -> dict[str, Any]:
    run = run_cli(cwd=tmp_path, base_url=f"http://127.0.0.1:{closed_port()}",
                  command=[sys.executable, "-c", _LOADED, *args])  # fmt: skip
    loaded: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return loaded


def test_the_top_level_help_imports_no_subcommand_and_no_http_client(tmp_path: Path) -> None:
    loaded = loaded_by(tmp_path, "--help")
    assert loaded == {"code": 0, "cli": _ALWAYS, "httpx": False, "httpx_command": False, "mcp": False,
                      "events": False}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (("export", "list_nothing", "--out", "out.jsonl"), "export"),
        (("call", "list_customers", "{}", "--dry-run"), "call"),
        (("check", "--max-retries", "0", "--timeout", "0.5"), "check"),
        (("ops", "describe", "NoSuchOperation"), "ops"),
    ],
)
def test_a_subcommand_imports_its_own_module_only_and_httpx_without_its_command_line(
    tmp_path: Path, args: tuple[str, ...], module: str
) -> None:
    """``export`` and ``call`` load neither the other subcommands' code nor the MCP server or the events receiver;
    httpx is loaded (a connector is built) but not ``httpx._main``, its own command line (rich, click, pygments)."""
    loaded = loaded_by(tmp_path, *args)
    assert loaded["cli"] == sorted([*_ALWAYS, f"stripe_connector.cli.{module}"])
    assert (loaded["httpx_command"], loaded["mcp"], loaded["events"]) == (False, False, False)
    if module in ("export", "call", "check"):
        assert loaded["httpx"]


# --- call -------------------------------------------------------------------------------------------------------------


def test_call_prints_stripes_json_and_sends_the_key_only_to_stripe(
    tmp_path: Path, stripe_server: ScriptedStripe
) -> None:
    run = run_cli("--base-url", stripe_server.base_url, "call", "list_customers", '{"limit": 2}', cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert run.json == customer_page({"limit": "2"})
    assert run.stderr == ""
    [request] = stripe_server.requests
    assert (request.method, request.path, request.query_dict) == ("GET", "/v1/customers", {"limit": "2"})
    assert request.header("Authorization") == f"Bearer {API_KEY}"


def test_verbose_logs_each_attempt_on_stderr(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_customers", '{"limit": 1}', "-v", cwd=tmp_path, base_url=stripe_server.base_url)
    assert run.code == 0, run.stderr
    assert run.stderr.startswith("stripe-connector: GET /v1/customers -> 200 ("), run.stderr
    assert "attempt 1" in run.stderr


def test_base_url_from_the_environment_and_options_after_the_subcommand(
    tmp_path: Path, stripe_server: ScriptedStripe
) -> None:
    from_env = run_cli("call", "raw_request", '{"method": "GET", "path": "/v1/balance"}', cwd=tmp_path,
                       base_url=stripe_server.base_url)  # fmt: skip
    assert from_env.code == 0, from_env.stderr
    assert from_env.json == {"object": "balance", "available": []}

    # --base-url beats STRIPE_BASE_URL, and may follow the subcommand.
    after = run_cli("call", "raw_request", '{"method": "GET", "path": "/v1/balance"}', "--base-url",
                    stripe_server.base_url, cwd=tmp_path, base_url="http://127.0.0.1:9")  # fmt: skip
    assert after.code == 0, after.stderr
    assert len(stripe_server.requests) == 2


@pytest.mark.parametrize(
    ("how", "extra", "stdin"),
    [
        ("args-file", ["--args-file", "args.json"], None),
        ("dash", ["-"], '{"email": "c3@example.com"}'),
        ("piped", [], '{"email": "c3@example.com"}'),
        ("args-file stdin", ["--args-file", "-"], '{"email": "c3@example.com"}'),
    ],
)
def test_arguments_from_a_file_or_stdin(
    tmp_path: Path, stripe_server: ScriptedStripe, how: str, extra: list[str], stdin: str | None
) -> None:
    (tmp_path / "args.json").write_text('{"email": "c3@example.com"}')
    run = run_cli("call", "list_customers", *extra, cwd=tmp_path, base_url=stripe_server.base_url, stdin=stdin)
    assert run.code == 0, run.stderr
    [request] = stripe_server.requests
    assert request.query_dict == {"limit": "10", "email": "c3@example.com"}


@pytest.mark.parametrize(
    ("arguments", "param", "words"),
    [
        ('{"limit": ', "arguments", "not valid JSON"),
        ("[1, 2]", "arguments", "must be a JSON object"),
        ('{"limti": 2}', "limti", "did you mean 'limit'"),
        ('{"limit": 500}', "limit", "100"),
    ],
)
def test_bad_arguments_exit_2_before_sending(
    tmp_path: Path, stripe_server: ScriptedStripe, arguments: str, param: str, words: str
) -> None:
    run = run_cli("call", "list_customers", arguments, cwd=tmp_path, base_url=stripe_server.base_url)
    assert run.code == EXIT_INPUT
    assert run.error["kind"] == "invalid_input"
    assert run.error["param"] == param
    assert words in run.error["message"]
    assert run.stdout == ""
    assert stripe_server.requests == []


def test_usage_errors_are_json_too(tmp_path: Path) -> None:
    run = run_cli("call", cwd=tmp_path)
    assert run.code == EXIT_INPUT
    assert run.error["kind"] == "usage"
    assert "TOOL" in run.error["message"]

    both = run_cli("call", "list_customers", "{}", "--args-file", "x.json", cwd=tmp_path)
    assert (both.code, both.error["kind"]) == (EXIT_INPUT, "usage")


def test_missing_key_exits_2_and_says_how_to_give_one(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_customers", "{}", cwd=tmp_path, key=None, base_url=stripe_server.base_url)
    assert run.code == EXIT_INPUT
    assert run.error["param"] == "api_key"
    assert "STRIPE_API_KEY" in run.error["message"]
    assert stripe_server.requests == []


def test_key_from_a_file(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    (tmp_path / "key").write_text(f"  {API_KEY}\n")
    run = run_cli("call", "list_customers", "{}", "--api-key-file", "key", cwd=tmp_path, key=None,
                  base_url=stripe_server.base_url)  # fmt: skip
    assert run.code == 0, run.stderr
    assert stripe_server.requests[0].header("Authorization") == f"Bearer {API_KEY}"

    missing = run_cli("call", "list_customers", "{}", "--api-key-file", "nope", cwd=tmp_path, key=None)
    assert (missing.code, missing.error["param"]) == (EXIT_INPUT, "api_key_file")


def test_malformed_key_is_refused_without_repeating_it(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_customers", "{}", cwd=tmp_path, key="pk_test_notasecret",
                  base_url=stripe_server.base_url)  # fmt: skip
    assert run.code == EXIT_INPUT
    assert run.error["param"] == "api_key"
    assert "pk_test_notasecret" not in run.stderr
    assert stripe_server.requests == []


# --- errors from Stripe and the network -------------------------------------------------------------------------------


def test_stripe_error_exits_3_with_stripes_fields(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "get_customer", '{"id": "cus_missing"}', cwd=tmp_path, base_url=stripe_server.base_url)
    assert run.code == EXIT_STRIPE
    assert run.stdout == ""
    assert run.error == {
        "kind": "stripe_api",
        "type": "invalid_request_error",
        "code": "resource_missing",
        "param": "id",
        "message": "No such customer: 'cus_missing'",
        "request_id": "req_missing",
        "http_status": 404,
        "decline_code": None,
        "class": "NotFoundError",
        "retryable": False,
    }


def test_unreachable_stripe_exits_4(tmp_path: Path) -> None:
    port = closed_port()
    run = run_cli("call", "list_customers", "{}", "--max-retries", "0", cwd=tmp_path,
                  base_url=f"http://127.0.0.1:{port}")  # fmt: skip
    assert run.code == EXIT_CONNECTION
    assert run.error["kind"] == "connection"
    assert run.error["type"] == "connection_error"
    assert run.error["attempts"] == 1


def test_unreadable_answer_exits_5(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_products", "{}", cwd=tmp_path, base_url=stripe_server.base_url)
    assert run.code == EXIT_RESPONSE
    assert run.error["kind"] == "response"
    assert run.error["request_id"] == "req_products"
    assert run.error["http_status"] == 200


# --- --all ------------------------------------------------------------------------------------------------------------


def test_all_writes_json_lines_across_pages_with_progress(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_customers", "--all", cwd=tmp_path, base_url=stripe_server.base_url)
    assert run.code == 0, run.stderr
    assert [json.loads(line) for line in run.stdout.splitlines()] == CUSTOMERS
    assert run.stderr.splitlines() == [
        "stripe-connector: 2 objects fetched, 1 page",
        "stripe-connector: 4 objects fetched, 2 pages",
        "stripe-connector: 5 objects fetched, 3 pages",
    ]
    assert [r.query_dict for r in stripe_server.requests] == [
        {"limit": "100"},
        {"limit": "100", "starting_after": "cus_2"},
        {"limit": "100", "starting_after": "cus_4"},
    ]


def test_all_honours_max_items_and_quiet(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "list_customers", "--all", "--max-items", "3", "-q", cwd=tmp_path,
                  base_url=stripe_server.base_url)  # fmt: skip
    assert run.code == 0, run.stderr
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == ["cus_1", "cus_2", "cus_3"]
    assert run.stderr == ""
    assert len(stripe_server.requests) == 2  # the third page is never fetched
    assert stripe_server.requests[0].query_dict["limit"] == "3"


def test_all_takes_list_tools_only(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "create_customer", "{}", "--all", cwd=tmp_path, base_url=stripe_server.base_url)
    assert (run.code, run.error["param"]) == (EXIT_INPUT, "tool")
    no_all = run_cli("call", "list_customers", "--max-items", "3", cwd=tmp_path, base_url=stripe_server.base_url)
    assert (no_all.code, no_all.error["kind"]) == (EXIT_INPUT, "usage")
    assert stripe_server.requests == []


# --- dry run, idempotency scope, guardrails ---------------------------------------------------------------------------


CHARGE = {"amount": 5001, "currency": "USD", "source": "tok_visa"}


def test_dry_run_prints_the_redacted_request_and_sends_nothing(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "create_charge", json.dumps(CHARGE), "--dry-run", cwd=tmp_path,
                  base_url=stripe_server.base_url)  # fmt: skip
    assert run.code == 0, run.stderr
    assert stripe_server.requests == []
    request = run.json
    assert request["method"] == "POST"
    assert request["url"] == f"{stripe_server.base_url}/v1/charges"
    assert request["body"] == "amount=5001&currency=usd&source=tok_visa"
    assert request["headers"]["Authorization"] == "Bearer sk_test_<redacted>"
    assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"


def test_idempotency_scope_gives_the_same_key_on_every_replay(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    arguments = {"email": "jenny@example.com"}
    expected = scoped_idempotency_key("run-42:create-customer", "create_customer", arguments, None)
    for _ in range(2):
        run = run_cli("call", "create_customer", json.dumps(arguments), "--idempotency-scope",
                      "run-42:create-customer", cwd=tmp_path, base_url=stripe_server.base_url)  # fmt: skip
        assert run.code == 0, run.stderr
        assert run.json["id"] == "cus_new"
    assert [r.header("Idempotency-Key") for r in stripe_server.requests] == [expected, expected]

    as_list = run_cli("call", "create_customer", json.dumps(arguments), "--idempotency-scope", '["run-42", "step-1"]',
                      "--dry-run", cwd=tmp_path, base_url=stripe_server.base_url)  # fmt: skip
    list_key = scoped_idempotency_key(["run-42", "step-1"], "create_customer", arguments, None)
    assert as_list.json["headers"]["Idempotency-Key"] == list_key

    bad = run_cli("call", "create_customer", "{}", "--idempotency-scope", "[1, 2]", cwd=tmp_path)
    assert (bad.code, bad.error["param"]) == (EXIT_INPUT, "idempotency_scope")


def test_max_amount_refuses_before_sending(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("call", "create_charge", json.dumps(CHARGE), "--max-amount", "usd=5000", cwd=tmp_path,
                  base_url=stripe_server.base_url)  # fmt: skip
    assert run.code == EXIT_INPUT
    assert run.error["param"] == "amount"
    assert "5000" in run.error["message"]
    assert stripe_server.requests == []

    at_cap = run_cli("call", "create_charge", json.dumps({**CHARGE, "amount": 5000}), "--max-amount", "usd=5000",
                     cwd=tmp_path, base_url=stripe_server.base_url)  # fmt: skip
    assert at_cap.code == 0, at_cap.stderr
    assert at_cap.json["amount"] == 5000


def test_max_amount_before_and_after_the_subcommand_both_apply(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    run = run_cli("--max-amount", "usd=5000", "call", "create_charge", json.dumps(CHARGE), "--max-amount", "eur=100",
                  cwd=tmp_path, base_url=stripe_server.base_url)  # fmt: skip
    assert (run.code, run.error["param"]) == (EXIT_INPUT, "amount")
    bad = run_cli("call", "create_charge", json.dumps(CHARGE), "--max-amount", "usd", cwd=tmp_path)
    assert (bad.code, bad.error["param"]) == (EXIT_INPUT, "max_amount")
    assert stripe_server.requests == []


def test_live_key_needs_allow_live(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    refused = run_cli("call", "list_customers", "{}", cwd=tmp_path, key=LIVE_KEY, base_url=stripe_server.base_url)
    assert refused.code == EXIT_INPUT
    assert refused.error["param"] == "api_key"
    assert "allow_live" in refused.error["message"]

    allowed = run_cli("call", "list_customers", "{}", "--allow-live", "--dry-run", cwd=tmp_path, key=LIVE_KEY,
                      base_url=stripe_server.base_url)  # fmt: skip
    assert allowed.code == 0, allowed.stderr
    assert allowed.json["headers"]["Authorization"] == "Bearer sk_live_<redacted>"
    assert stripe_server.requests == []


def test_against_localstripe_create_then_page_through(tmp_path: Path) -> None:
    """The same command pointed at a stateful fake Stripe (STRIPE_BASE_URL), as docs/guides/cli.md shows."""
    from stripe_connector.testing.launchers.localstripe import running_localstripe

    with running_localstripe(tmp_path / "localstripe") as base_url:
        created = []
        for n in range(3):
            run = run_cli("call", "create_customer", json.dumps({"email": f"p{n}@example.com"}), cwd=tmp_path,
                          base_url=base_url)  # fmt: skip
            assert run.code == 0, run.stderr
            created.append(run.json["id"])
        listed = run_cli("call", "list_customers", '{"limit": 2}', "--all", cwd=tmp_path, base_url=base_url)
        missing = run_cli("call", "get_customer", '{"id": "cus_absent"}', cwd=tmp_path, base_url=base_url)
    assert listed.code == 0, listed.stderr
    assert sorted(json.loads(line)["id"] for line in listed.stdout.splitlines()) == sorted(created)
    assert listed.stderr.splitlines()[-1] == "stripe-connector: 3 objects fetched, 2 pages"
    assert (missing.code, missing.error["http_status"]) == (EXIT_STRIPE, 404)


# --- packaging --------------------------------------------------------------------------------------------------------


def test_console_script(tmp_path: Path, stripe_server: ScriptedStripe) -> None:
    script = Path(sys.executable).with_name("stripe-connector")
    if not script.exists():
        pytest.skip("the package is not installed in this environment (pip install -e .)")
    run = run_cli("call", "list_customers", '{"limit": 1}', cwd=tmp_path, base_url=stripe_server.base_url,
                  command=[str(script)])  # fmt: skip
    assert run.code == 0, run.stderr
    assert run.json["data"] == CUSTOMERS[:1]


def test_mcp_without_the_sdk_says_which_extra_to_install(tmp_path: Path) -> None:
    code = "import sys; sys.modules['mcp'] = None; from stripe_connector.cli.main import main; sys.exit(main(['mcp']))"
    run = run_cli(cwd=tmp_path, command=[sys.executable, "-c", code])
    assert run.code == EXIT_INPUT
    assert run.error["type"] == "missing_dependency"
    assert "stripe-connector[mcp]" in run.error["message"]
