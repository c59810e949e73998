"""The README is the front door: short, with the two commands, and every link it gives leads somewhere."""

from __future__ import annotations

import re

from tests.support.docs_examples import ROOT

README = ROOT / "README.md"
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_readme_is_at_most_200_lines_and_gives_the_two_commands() -> None:
    text = README.read_text("utf-8")
    assert len(text.splitlines()) <= 200
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.splitlines()] == [["make", "demo"], ["make", "test"]]


def test_every_link_of_the_readme_resolves_to_a_file_of_the_repository() -> None:
    local = [link for link in LINK.findall(README.read_text("utf-8")) if not link.startswith(("http:", "https:"))]
    assert local, "the README links the documentation pages"
    missing = [link for link in local if not (ROOT / link.split("#", 1)[0]).is_file()]
    assert missing == []
