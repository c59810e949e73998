"""The documentation site, built as `make docs` builds it and read as a reader's browser reads it.

One build per module (figures drawn from the committed bench results, then ``mkdocs build --strict``: any warning
fails it), served from a local ``http.server`` on 127.0.0.1 started here and stopped by its PID, and rendered in
Debian's headless Chromium over the DevTools protocol: every page loads without a console error, the search finds
"idempotency", and the benchmark figures are drawn. A link check reads every page of the build for dead internal
links and anchors. Skips without ``chromium`` (``.ci/run`` installs it, as it does Redis and PostgreSQL).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cdp import Tab, chromium_binary, console_errors, running_chromium
from tests.support.docs_examples import ROOT
from tests.support.site_links import dead_links

FIGURES = ("cpu-per-call.svg", "export-throughput.svg", "events-acks.svg")


def build_site(out: Path) -> Path:
    """What `make docs` does, into ``out``: the figures from bench/results.json, then a strict build."""
    python = sys.executable
    subprocess.run([python, "bench/figures.py", "bench/results.json", "--out", "docs/figures"], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    site = out / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run([python, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)], cwd=ROOT,
                          env=env, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("docs"))


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on a free port of 127.0.0.1 (the search index is fetched, so not file://)."""
    argv = [sys.executable, "-u", "-m", "http.server", "--bind", "127.0.0.1", "0", "--directory", str(site)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        url = f"http://127.0.0.1:{int(line.split(' port ')[1].split()[0])}/"
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.status == 200
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tab]:
    if chromium_binary() is None:
        pytest.skip("Debian's chromium is not installed (bash .ci/run installs it)")
    with running_chromium(tmp_path_factory.mktemp("chromium-profile")) as tab:
        yield tab


def page_urls(site: Path) -> list[str]:
    """Every page of the build, as its URL path (``guides/apps/``), the 404 page aside."""
    return sorted(
        "" if path.parent == site else path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
    )


def test_the_build_holds_every_page_of_the_nav_and_the_generated_tables(site: Path) -> None:
    pages = page_urls(site)
    for expected in ("", "getting-started/", "guides/apps/", "guides/agents/", "reference/tools/",
                     "reference/operations/", "reference/options/", "reference/api/", "benchmarks/"):  # fmt: skip
        assert expected in pages
    tools = (site / "reference" / "tools" / "index.html").read_text("utf-8")
    from stripe_connector import OPERATIONS, TOOLS

    assert all(f'id="{tool.name}"' in tools for tool in TOOLS)
    operations = (site / "reference" / "operations" / "index.html").read_text("utf-8")
    assert all(f"<code>{operation.id}</code>" in operations for operation in OPERATIONS)
    api = (site / "reference" / "api" / "index.html").read_text("utf-8")
    assert "call_with_details" in api and "max_in_flight" in api


def test_every_option_and_flag_is_on_the_reference_pages(site: Path) -> None:
    """The options table and the CLI reference are generated from the code: nothing the code accepts is missing."""
    import argparse
    import inspect

    from stripe_connector import StripeConnector
    from stripe_connector.cli.parser import build_parser

    options = (site / "reference" / "options" / "index.html").read_text("utf-8")
    for name in list(inspect.signature(StripeConnector.__init__).parameters)[2:]:
        assert f"<code>{name}</code>" in options, name
    cli = (site / "reference" / "cli-reference" / "index.html").read_text("utf-8")
    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers += action.choices.values()
            for flag in [] if isinstance(action, argparse._HelpAction) else action.option_strings:
                assert f"<code>{flag}</code>" in cli, f"{parser.prog} {flag}"


def test_no_internal_link_is_dead(site: Path) -> None:
    assert dead_links(site) == []


def test_the_link_check_finds_a_dead_link_and_a_dead_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    links = '<a href="a/#nowhere">dead</a><a href="https://stripe.com/x">out</a>'
    (tmp_path / "index.html").write_text('<a href="a/">ok</a><a href="a/#top">ok</a><a href="b/">dead</a>' + links)
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../#x">dead</a><img src="../i.svg">')
    assert sorted(dead_links(tmp_path)) == [
        "/a/index.html -> ../#x (no such anchor)",
        "/a/index.html -> ../i.svg (no such file)",
        "/index.html -> a/#nowhere (no such anchor)",
        "/index.html -> b/ (no such file)",
    ]


def test_every_page_loads_in_chromium_without_a_console_error(site: Path, served: str, browser: Tab) -> None:
    failures = {}
    for page in page_urls(site):
        browser.events.clear()
        browser.open(served + page)
        browser.drain(0.05)
        errors = console_errors(browser.events)
        title = browser.evaluate(
            "document.querySelector('article h1') && document.querySelector('article h1').textContent"
        )
        if errors or not title:
            failures[page or "/"] = errors or ["no article heading rendered"]
    assert failures == {}


def test_the_search_finds_idempotency(served: str, browser: Tab) -> None:
    browser.events.clear()
    browser.open(served)
    browser.evaluate("document.querySelector('.md-search__input').focus()")
    browser.call("Input.insertText", text="idempotency")
    browser.evaluate(
        "document.querySelector('.md-search__input').dispatchEvent(new KeyboardEvent('keyup', {key: 'y'}))"
    )
    found: list[str] = []
    deadline = time.monotonic() + 15
    while not found and time.monotonic() < deadline:
        found = browser.evaluate(
            "[...document.querySelectorAll('.md-search-result__item')].map(item => item.textContent)"
        )
        browser.drain(0.1)
    assert found, "the search showed no result for 'idempotency'"
    assert any("idempotency" in text.lower() for text in found)
    assert console_errors(browser.events) == []


def test_the_figures_are_drawn(site: Path, served: str, browser: Tab) -> None:
    browser.open(served + "benchmarks/")
    images = browser.evaluate(
        "Promise.all([...document.images].map(i => i.decode().then(() => [i.src, i.naturalWidth], () => [i.src, 0])))"
    )
    drawn = {src.rsplit("/", 1)[-1]: width for src, width in images}
    for name in FIGURES:
        assert drawn.get(name, 0) > 0, f"{name} is not drawn on the benchmarks page ({drawn})"
        svg = (site / "figures" / name).read_text("utf-8")
        assert svg.startswith("<svg") and "<rect" in svg
    results = json.loads((ROOT / "bench" / "results.json").read_text("utf-8"))
    connector = next(row for row in results["rows"] if row["figure"] == "list_customers CPU/call"
                     and row["subject"] == "stripe_connector")  # fmt: skip
    drawn_number = f"{connector['stats']['median'] * 1e6:,.0f} us"
    assert drawn_number in (site / "figures" / "cpu-per-call.svg").read_text("utf-8")


def test_the_browser_check_sees_a_console_error_and_an_uncaught_exception(browser: Tab) -> None:
    """The check above can fail: a page that logs an error and throws is reported, both ways."""
    browser.events.clear()
    browser.open("data:text/html,<h1>x</h1><script>console.error('boom'); throw new Error('thrown')</script>")
    browser.drain(0.05)
    errors = console_errors(browser.events)
    assert any("boom" in error for error in errors) and any("thrown" in error for error in errors)
