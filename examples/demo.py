"""``make demo``: the connector's tools, run the way a payments workflow runs them, against a local fake Stripe.

Everything stays on this machine: the script starts localstripe (a stateful fake Stripe API, from PyPI) on
127.0.0.1 with its state in a temporary directory, runs the steps below through the connector's public API
(``StripeConnector(...).call(tool, arguments)``, what a workflow engine or an agent calls), prints each tool's
input and a short summary of Stripe's answer, and stops the server however the run ends (success, a failed step,
or Ctrl-C). Exit status: 0 when every step passed, 1 when one failed, 130 on Ctrl-C.

localstripe is close to Stripe but not identical; the one step that needs adapting for it says so.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from types import FrameType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# The localstripe launcher is the testing kit's (stripe_connector.testing.launchers.localstripe).
sys.path.insert(0, str(REPO_ROOT))

from stripe_connector import StripeConnector  # noqa: E402
from stripe_connector._http.retry import RetryPolicy  # noqa: E402
from stripe_connector.errors import StripeConnectorError  # noqa: E402
from stripe_connector.testing.launchers import ServerStartError  # noqa: E402
from stripe_connector.testing.launchers.localstripe import running_localstripe  # noqa: E402

#: localstripe accepts any test-mode key; this one is an obvious fake.
API_KEY = "sk_test_fake"
EMAIL = "jenny.rosen@example.com"
#: Currencies without minor units: 500 JPY is ``500``, not ``5.00``.
ZERO_DECIMAL_CURRENCIES = frozenset(
    ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]
)
EXIT_STEP_FAILED = 1
EXIT_INTERRUPTED = 130


class StepFailed(Exception):
    """A tool call failed; the message says which step and why."""


# --- reading Stripe's answers ---------------------------------------------------------------------------------------


def money(amount: object, currency: object) -> str:
    """``1099, "usd"`` -> ``10.99 USD``: Stripe amounts are integers in the currency's smallest unit."""
    code = str(currency).upper()
    if not isinstance(amount, int):
        return f"{amount} {code}"
    if str(currency).lower() in ZERO_DECIMAL_CURRENCIES:
        return f"{amount} {code}"
    sign = "-" if amount < 0 else ""
    units, cents = divmod(abs(amount), 100)
    return f"{sign}{units}.{cents:02d} {code}"


def describe(obj: Mapping[str, Any]) -> str:
    """One line for one Stripe object, by its ``object`` type."""
    kind = obj.get("object")
    oid = obj.get("id", "?")
    if kind == "customer":
        metadata = ", ".join(f"{k}={v}" for k, v in (obj.get("metadata") or {}).items())
        return f"customer {oid}: {obj.get('name') or '(no name)'} <{obj.get('email') or 'no email'}>" + (
            f", metadata {metadata}" if metadata else ""
        )
    if kind == "charge":
        paid = "paid" if obj.get("paid") else "not paid"
        return f"charge {oid}: {money(obj.get('amount'), obj.get('currency'))}, {obj.get('status')} ({paid})"
    if kind == "payment_intent":
        return f"payment intent {oid}: {money(obj.get('amount'), obj.get('currency'))}, status {obj.get('status')}"
    if kind == "product":
        return f"product {oid}: {obj.get('name')!r}{'' if obj.get('active', True) else ' (inactive)'}"
    if kind == "plan":
        return f"plan {oid}: {money(obj.get('amount'), obj.get('currency'))} per {obj.get('interval')}"
    if kind == "payment_method":
        card = obj.get("card") or {}
        return f"payment method {oid}: {card.get('brand', 'card')} ending {card.get('last4', '????')}"
    if kind == "subscription":
        items = (obj.get("items") or {}).get("data") or []
        plans = [item.get("plan") or item.get("price") or {} for item in items]
        prices = ", ".join(
            f"{money(p.get('amount', p.get('unit_amount')), p.get('currency'))} per "
            f"{p.get('interval') or (p.get('recurring') or {}).get('interval')}"
            for p in plans
        )
        return f"subscription {oid}: {obj.get('status')}, {prices or 'no items'}"
    if kind == "invoice":
        return (
            f"invoice {oid}: {money(obj.get('amount_due'), obj.get('currency'))} due, "
            f"{money(obj.get('amount_paid'), obj.get('currency'))} paid, status {obj.get('status')}"
        )
    if "available" in obj and "pending" in obj:
        return "balance: available " + amounts(obj["available"]) + "; pending " + amounts(obj["pending"])
    return f"{kind or 'object'} {oid}"


def amounts(buckets: Any) -> str:
    """A balance's buckets: a list per currency at Stripe, a single object at localstripe."""
    if isinstance(buckets, Mapping):
        buckets = [buckets]
    if not buckets:
        return "nothing"
    return ", ".join(money(b.get("amount"), b.get("currency")) for b in buckets)


def summarize(result: Mapping[str, Any], *, shown: int = 3) -> list[str]:
    """A readable summary of a tool's output: the object, or a list's count and first few items."""
    if result.get("object") != "list":
        return [describe(result)]
    data = result.get("data") or []
    more = ", more on the next page" if result.get("has_more") else ""
    lines = [f"{len(data)} item{'s' if len(data) != 1 else ''} on this page{more}"]
    lines += [f"- {describe(item)}" for item in data[:shown]]
    if len(data) > shown:
        lines.append(f"- ... and {len(data) - shown} more")
    return lines


# --- printing ---------------------------------------------------------------------------------------------------


def styler(stream: Any) -> Callable[[str, str], str]:
    """ANSI styles on a terminal (unless NO_COLOR is set); plain text in logs and pipes."""
    codes = {"bold": "1", "dim": "2", "green": "32", "red": "31"}
    use = hasattr(stream, "isatty") and stream.isatty() and not os.environ.get("NO_COLOR")

    def style(text: str, name: str) -> str:
        return f"\033[{codes[name]}m{text}\033[0m" if use else text

    return style


style = styler(sys.stdout)


class Demo:
    """Runs tool calls through one connector and prints each one: what went in, what came out."""

    def __init__(self, stripe: StripeConnector) -> None:
        self.stripe = stripe
        self.step = 0
        self.calls = 0

    def run(self, title: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """A numbered step: title, tool, input JSON, then a summary of the output."""
        self.step += 1
        print()
        print(style(f"{self.step}. {title}", "bold"))
        print(f"   tool    {tool}")
        print(f"   input   {json.dumps(arguments)}")
        result = self._call(title, tool, arguments)
        lines = summarize(result)
        print(f"   output  {lines[0]}")
        for line in lines[1:]:
            print(f"           {line}")
        return result

    def group(self, title: str) -> None:
        """A numbered step made of several small calls, each printed on one line by :meth:`quiet`."""
        self.step += 1
        print()
        print(style(f"{self.step}. {title}", "bold"))

    def quiet(self, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """One line per call: ``raw_request POST /v1/products {...} -> product prod_...``."""
        label = f"{arguments['method']} {arguments['path']}" if tool == "raw_request" else tool
        body = arguments.get("body")
        result = self._call(label, tool, arguments)
        print(f"   {tool} {label} {json.dumps(body) if body else ''}".rstrip())
        print(f"      -> {describe(result)}")
        return result

    def _call(self, title: str, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
        self.calls += 1
        try:
            return self.stripe.call(tool, arguments)
        except StripeConnectorError as exc:
            raise StepFailed(f"step {self.step} ({title}): {tool} failed: {type(exc).__name__}: {exc}") from exc


# --- the workflow -----------------------------------------------------------------------------------------------


def workflow(demo: Demo) -> None:
    """What a payments workflow does, one tool per step; ids flow from one step's output to the next's input."""
    customer = demo.run(
        "Create a customer, with metadata linking it to your own records",
        "create_customer",
        {"email": EMAIL, "name": "Jenny Rosen", "metadata": {"crm_id": "C-1001"}},
    )
    customer_id = customer["id"]

    demo.run("Find the customer again by e-mail", "list_customers", {"email": EMAIL, "limit": 3})

    demo.run(
        "Create a payment intent: the customer will pay 25.00 USD by card",
        "create_payment_intent",
        {"amount": 2500, "currency": "usd", "customer": customer_id, "metadata": {"order_id": "1001"}},
    )

    # At Stripe this charge would use a card saved on the customer (or source "tok_visa" without a customer).
    # localstripe refuses tok_visa and has no saved-card endpoint, but accepts the test payment method
    # pm_card_visa as the source, so the demo charges that.
    demo.run(
        "Charge the customer 10.99 USD",
        "create_charge",
        {
            "amount": 1099,
            "currency": "usd",
            "customer": customer_id,
            "source": "pm_card_visa",
            "description": "Order 1002",
        },
    )

    demo.group("Sell a monthly plan and subscribe the customer (raw_request: endpoints without their own tool)")
    product = demo.quiet("raw_request", {"method": "POST", "path": "/v1/products", "body": {"name": "Gold plan"}})
    plan = demo.quiet(
        "raw_request",
        {
            "method": "POST",
            "path": "/v1/plans",
            "body": {"product": product["id"], "amount": 1500, "currency": "usd", "interval": "month"},
        },
    )
    card = demo.quiet(
        "raw_request",
        {"method": "POST", "path": "/v1/payment_methods/pm_card_visa/attach", "body": {"customer": customer_id}},
    )
    demo.quiet(
        "raw_request",
        {
            "method": "POST",
            "path": f"/v1/customers/{customer_id}",
            "body": {"invoice_settings": {"default_payment_method": card["id"]}},
        },
    )
    demo.quiet(
        "raw_request",
        {
            "method": "POST",
            "path": "/v1/subscriptions",
            "body": {"customer": customer_id, "items": [{"plan": plan["id"]}]},
        },
    )

    demo.run("List the products on sale", "list_products", {"active": True, "limit": 5})
    demo.run("List the customer's subscriptions", "list_subscriptions", {"customer": customer_id})
    demo.run("List the customer's invoices (the subscription's first one)", "list_invoices", {"customer": customer_id})
    demo.run("Read the account balance with raw_request", "raw_request", {"method": "GET", "path": "/v1/balance"})


def interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (and SIGINT, even if the shell started us with it ignored) ends the demo like Ctrl-C."""
    raise KeyboardInterrupt


def main() -> int:
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    print(style("stripe-connector demo: the tools a payments workflow runs, against a local fake Stripe", "bold"))
    try:
        with tempfile.TemporaryDirectory(prefix="stripe-connector-demo-") as state_dir:
            print("Starting localstripe on 127.0.0.1 (its state lives in a temporary directory) ...", flush=True)
            with running_localstripe(Path(state_dir)) as base_url:
                print(f"localstripe is answering at {base_url}; the connector talks to it with a fake test key.")
                # No retries: against a local server, a failure is worth seeing at once.
                retry = RetryPolicy(max_retries=0)
                with StripeConnector(API_KEY, base_url=base_url, retry_policy=retry) as stripe:
                    demo = Demo(stripe)
                    workflow(demo)
    except KeyboardInterrupt:
        print(style("\nInterrupted: localstripe stopped, temporary files removed.", "red"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except ServerStartError as exc:
        print(style(f"\nCould not start localstripe: {exc}", "red"), file=sys.stderr)
        return EXIT_STEP_FAILED
    except StepFailed as exc:
        print(style(f"\nFailed at {exc}", "red"), file=sys.stderr)
        print("localstripe stopped, temporary files removed.", file=sys.stderr)
        return EXIT_STEP_FAILED
    print()
    print(style(f"Done: {demo.step} steps, {demo.calls} tool calls. localstripe stopped.", "green"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
