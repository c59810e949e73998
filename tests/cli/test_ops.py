"""``stripe-connector ops``: search, describe and call any operation from a shell, with ``call``'s exit codes and
error JSON (in-process: ``cli.main`` takes its streams)."""

from __future__ import annotations

import io
import json

import pytest
from stripe_connector.cli.main import EXIT_CONNECTION, EXIT_INPUT, EXIT_OK, main

KEY = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(""))
    assert KEY not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", KEY)


def test_search_prints_one_line_per_operation_or_json() -> None:
    code, out, _ = run("ops", "search", "create a customer", "--limit", "3")
    assert code == EXIT_OK and out.splitlines()[0].startswith("PostCustomers\tPOST /v1/customers\tcreate\t")
    code, out, _ = run("ops", "search", "void an invoice", "--json")
    assert code == EXIT_OK and json.loads(out)[0]["id"] == "PostInvoicesInvoiceVoid"


def test_describe_drills_into_a_field_and_names_a_wrong_one() -> None:
    code, out, _ = run("ops", "describe", "PostCheckoutSessions", "--field", "line_items.price_data")
    assert code == EXIT_OK and "unit_amount" in json.loads(out)["arguments"]["properties"]
    code, _, err = run("ops", "describe", "PostCheckoutSessions", "--field", "line_itemz")
    assert code == EXIT_INPUT and json.loads(err)["error"]["param"] == "field"


def test_call_dry_run_and_the_exit_codes_of_call() -> None:
    code, out, _ = run("ops", "call", "PostRefunds", '{"charge": "ch_1", "amount": 5}', "--dry-run",
                       "--idempotency-scope", "run-1:step-2")  # fmt: skip
    request = json.loads(out)
    assert code == EXIT_OK and request["body"] == "charge=ch_1&amount=5"
    assert request["headers"]["Idempotency-Key"].startswith("scope-")
    code, _, err = run("ops", "call", "PostRefunds", '{"charge": "ch_1", "ammount": 5}', "--dry-run")
    error = json.loads(err)["error"]
    assert code == EXIT_INPUT and error["param"] == "ammount" and "amount" in error["message"]
    code, _, err = run("ops", "call", "PostRefundz", "{}")
    assert code == EXIT_INPUT and json.loads(err)["error"]["param"] == "operation"
    code, _, err = run("ops", "call", "GetBalance", "{}", "--base-url", "http://127.0.0.1:9", "--max-retries", "0")
    assert code == EXIT_CONNECTION and json.loads(err)["error"]["kind"] == "connection"
