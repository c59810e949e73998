"""MkDocs hook: the site's reference tables, written at build time from the one place each fact is defined.

A page asks for a table with a marker line, ``<!-- generated: NAME -->``; :func:`on_page_markdown` replaces it with
the Markdown :data:`SECTIONS` renders for NAME. The tools come from ``TOOLS`` (built by ``make generate`` from
``spec/tools.yaml`` and Stripe's spec), the operations from the committed operation index
(``spec/stripe.operations.jsonl``, read through ``OPERATIONS``), the connector's options from
``ConnectorOptions`` (names, types, the docstring under each field) and ``DEFAULTS``, the CLI from its argparse
parser. Nothing here is a copy: a tool or option added in code appears on the site at the next build, and a
marker naming nothing fails the build.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from reference_tables import SECTIONS

MARKER = re.compile(r"^<!-- generated: ([a-z-]+) -->$", re.MULTILINE)
#: A Sphinx role left in a docstring, as the API reference renders it: ``:class:<code>~a.b.C</code>``.
ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj):<code>(~?)([\w.]+)</code>")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    """Every marker of the page replaced by its generated Markdown; an unknown marker stops the build."""

    def render(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in SECTIONS:
            raise PluginError(f"{page.file.src_uri}: no generated section {name!r} (known: {sorted(SECTIONS)})")
        return SECTIONS[name]()

    return MARKER.sub(render, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    """The docstrings' Sphinx roles read as code: ``:class:`~stripe_connector.RetryPolicy``` -> ``RetryPolicy``
    (a ``~`` keeps the last name, as Sphinx does)."""
    return ROLE.sub(
        lambda match: f"<code>{match.group(2).rsplit('.', 1)[-1] if match.group(1) else match.group(2)}</code>", html
    )
