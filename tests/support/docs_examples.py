"""The Python examples of the documentation site, read from docs/**/*.md as a reader sees them.

A page's ``python`` fenced blocks are its examples, run in order in one namespace (a later block may use what an
earlier one made, as a reader would). Two kinds are not run here, each for a reason written on the page:

* a block preceded by ``<!-- docs-example: not run: REASON -->`` (for what cannot run offline);
* a block that only includes a file (``--8<-- "examples/x.py"``): that file is run by its own tests.

Examples reach localstripe (a stateful fake Stripe) unless their page asks for a double of the testing kit with
``<!-- docs-examples: against: lists -->`` (``ListStripe``: big lists with ``created`` filters, which localstripe
lacks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.MULTILINE | re.DOTALL
)
NOT_RUN = re.compile(r"<!-- docs-example: not run: (?P<reason>[^>]+?) -->\s*$")
INCLUDE = re.compile(r'^--8<-- "(?P<path>[^"]+)"$')
AGAINST = re.compile(r"^<!-- docs-examples: against: (?P<backend>[a-z]+) -->$", re.MULTILINE)
BACKENDS = ("localstripe", "lists")


@dataclass(frozen=True)
class Example:
    page: str  # relative to docs/
    line: int  # where the fence opens, 1-based
    code: str
    skip_reason: str | None = None
    included: str | None = None  # the file a block includes instead of code of its own

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"


def examples_in(text: str, page: str) -> list[Example]:
    found = []
    for match in FENCE.finditer(text):
        if match.group("info").strip().split(" ")[0] not in ("python", "py"):
            continue
        line = text.count("\n", 0, match.start()) + 1
        body = match.group("body")
        before = text[: match.start()].rstrip().rsplit("\n", 1)[-1]
        reason = NOT_RUN.search(before)
        include = INCLUDE.match(body.strip())
        skip_reason = reason.group("reason") if reason else None
        found.append(Example(page, line, body, skip_reason, include.group("path") if include else None))
    return found


def pages() -> list[Path]:
    return sorted(path for path in DOCS.rglob("*.md") if not {"hooks", "figures"} & set(path.relative_to(DOCS).parts))


def backend_of(text: str) -> str:
    """What a page's examples run against: ``localstripe`` unless the page names a double."""
    match = AGAINST.search(text)
    backend = match.group("backend") if match else "localstripe"
    if backend not in BACKENDS:
        raise ValueError(f"unknown docs-examples backend {backend!r} (known: {BACKENDS})")
    return backend


def examples_by_page() -> dict[str, list[Example]]:
    """Every page that has Python examples, with its examples in order."""
    found = {}
    for path in pages():
        page = str(path.relative_to(DOCS))
        examples = examples_in(path.read_text("utf-8"), page)
        if examples:
            found[page] = examples
    return found
