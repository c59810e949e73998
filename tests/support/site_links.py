"""The internal links of a built site, checked against the files and anchors it holds.

Every ``href`` and ``src`` of every HTML page that is not an external URL is resolved against the page's own URL:
its file must exist in the site (a folder means its ``index.html``), and a ``#fragment`` must be an ``id`` (or a
``name``) of the page it points at.
"""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL = ("http:", "https:", "mailto:", "javascript:", "data:", "tel:")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src"):
                self.links.append(value)
            elif name == "id" or (name == "name" and tag == "a"):
                self.anchors.add(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def dead_links(site: Path) -> list[str]:
    """``page -> link`` for every internal link whose file or anchor is not in ``site``."""
    pages = {path: _parse(path) for path in sorted(site.rglob("*.html"))}
    anchors = {path.resolve(): page.anchors for path, page in pages.items()}
    dead = []
    for path, page in pages.items():
        here = "/" + path.relative_to(site).as_posix()
        for link in page.links:
            if link.startswith(EXTERNAL) or link.startswith("//"):
                continue
            parts = urlsplit(link)
            target_url = (
                posixpath.normpath(posixpath.join(posixpath.dirname(here), unquote(parts.path))) if parts.path else here
            )
            if parts.path.endswith("/") or target_url.endswith("/"):
                target_url = target_url.rstrip("/") + "/index.html"
            target = (site / target_url.lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or not target.is_relative_to(site.resolve()):
                dead.append(f"{here} -> {link} (no such file)")
            elif (
                parts.fragment
                and target.suffix == ".html"
                and unquote(parts.fragment) not in anchors.get(target, set())
            ):
                dead.append(f"{here} -> {link} (no such anchor)")
    return dead
