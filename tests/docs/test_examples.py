"""Every Python example of the documentation site runs, page by page, against a real fake Stripe.

The examples are written as a reader would write them: the key from ``STRIPE_API_KEY``, no ``base_url``. Here the key
is a test key and a connector made without ``base_url`` reaches localstripe on 127.0.0.1 (the default of the
constructor's ``base_url`` is pointed at it for the test), so nothing leaves the machine. Each page runs in a
temporary working directory (examples write checkpoints and inboxes) with its blocks in order in one namespace.
A block that cannot run offline says why on the page; the test keeps that set small and each reason written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stripe_connector._core.base import ConnectorBase
from stripe_connector.testing import ListStripe
from stripe_connector.testing.launchers.localstripe import running_localstripe

from tests.support.docs_examples import DOCS, ROOT, backend_of, examples_by_page, examples_in

PAGES = examples_by_page()
#: At most this many blocks may be left unrun (each with its reason on the page): the site's examples are tested.
MAX_NOT_RUN = 3


@pytest.fixture(scope="module")
def localstripe_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_localstripe(tmp_path_factory.mktemp("localstripe")) as url:
        yield url


@pytest.fixture(scope="module")
def lists_url() -> Iterator[str]:
    """A year of 2,000 objects, a few sharing a second: enough for an export to shard and page."""
    created = [1_700_000_000 + (i * 15_731) % 31_536_000 for i in range(2_000)]
    with ListStripe(created) as double:
        yield double.url


@pytest.fixture
def backend_url(request: pytest.FixtureRequest) -> str:
    page: str = request.node.callspec.params["page"]
    fixture = {"localstripe": "localstripe_url", "lists": "lists_url"}[backend_of((DOCS / page).read_text("utf-8"))]
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_examples_of_a_page_run(
    page: str, backend_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_docsexamples")
    defaults = ConnectorBase.__init__.__kwdefaults__
    assert defaults is not None and "base_url" in defaults
    monkeypatch.setitem(defaults, "base_url", backend_url)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{Path(page).stem}"}
    ran = 0
    for example in PAGES[page]:
        if example.skip_reason or example.included:
            continue
        code = compile(example.code, example.where, "exec")
        exec(code, namespace)
        ran += 1
    assert ran or all(example.skip_reason or example.included for example in PAGES[page])
    capsys.readouterr()


def test_every_page_with_examples_is_found_and_few_are_left_unrun() -> None:
    examples = [example for found in PAGES.values() for example in found]
    assert {"getting-started.md", "guides/apps.md", "guides/workflow-engines.md", "guides/agents.md"} <= set(PAGES)
    not_run = [example for example in examples if example.skip_reason]
    assert len(not_run) <= MAX_NOT_RUN, [example.where for example in not_run]
    assert all(len(example.skip_reason or "") >= 20 for example in not_run), "say why an example cannot run"


def test_included_examples_are_files_with_tests_of_their_own() -> None:
    included = [example.included for found in PAGES.values() for example in found if example.included]
    for path in included:
        assert path is not None and (ROOT / path).is_file(), path
        name = Path(path).name
        assert name.startswith("test_") or any(
            name in test.read_text("utf-8") for test in (ROOT / "tests").rglob("test_*.py")
        ), f"{path} is shown on the site but no test runs it"


def test_the_extractor_reads_marks_and_includes() -> None:
    text = (
        "Intro\n\n```python\nx = 1\n```\n\n<!-- docs-example: not run: needs a live key and money -->\n"
        '```python\ncharge()\n```\n\n```python\n--8<-- "examples/demo.py"\n```\n\n```sh\nmake demo\n```\n'
    )
    found = examples_in(text, "page.md")
    assert [(e.line, e.skip_reason, e.included) for e in found] == [
        (3, None, None),
        (8, "needs a live key and money", None),
        (12, None, "examples/demo.py"),
    ]
    assert found[0].code == "x = 1\n"
