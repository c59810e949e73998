"""The reference's examples: each tool's example request and response, parsed from the reference document that
lies beside the repository (like Stripe's specs), for the tests that replay them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The reference documentation of the tools (outside the repository, beside it, like Stripe's specs).
REFERENCE_DOC = Path(__file__).resolve().parents[3] / "shared" / "docs" / "000_e025cf6611955be8.txt"

#: The reference's tools lost their headings; TOOLS.md names them in the document's order.
REFERENCE_TOOLS = (
    "list_customers",
    "get_customer",
    "create_customer",
    "list_charges",
    "create_charge",
    "list_payment_intents",
    "create_payment_intent",
    "list_invoices",
    "create_invoice",
    "list_products",
    "list_subscriptions",
    "raw_request",
)


@dataclass(frozen=True)
class Example:
    """One tool's example from the reference: the request (tool arguments) and the response, as text and JSON."""

    tool: str
    request: dict[str, Any]
    response: dict[str, Any]
    response_text: str


def reference_examples() -> dict[str, Example]:
    """Every example of the reference by tool name, parsed in document order (key order kept)."""
    text = REFERENCE_DOC.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    found: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    position = 0
    while (start := text.find("Example request:", position)) >= 0:
        request, end = decoder.raw_decode(text, text.index("{", start))
        response_start = text.index("{", text.index("Example response:", end))
        response, position = decoder.raw_decode(text, response_start)
        found.append((request, response, text[response_start:position]))
    if len(found) != len(REFERENCE_TOOLS):
        raise AssertionError(f"expected {len(REFERENCE_TOOLS)} examples in {REFERENCE_DOC}, found {len(found)}")
    return {
        tool: Example(tool, request, response, response_text)
        for tool, (request, response, response_text) in zip(REFERENCE_TOOLS, found, strict=True)
    }
