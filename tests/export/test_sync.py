"""The threaded scheduler's start: the first workers are started outside the workers' lock, so the first page is
asked while the others are still starting (a CLI export's first request no longer waits for ~40 thread starts)."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from stripe_connector import StripeConnector
from stripe_connector.export._job import ExportJob
from stripe_connector.export._sync import _Threads, export_pages

from tests.support.keys import API_KEY


def test_the_first_page_is_asked_while_the_other_workers_start(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = threading.Event()

    def answer(request: httpx.Request) -> httpx.Response:
        asked.set()
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": False})

    waited: list[bool] = []
    new_thread = _Threads.new_thread

    def started_after_the_first_request(self: _Threads) -> threading.Thread:
        """Every worker but the first starts only once a page has been asked: under the lock, none ever would."""
        thread = new_thread(self)
        if len(self.threads) > 1:
            start = thread.start

            def start_later() -> None:
                waited.append(asked.wait(5))
                start()

            thread.start = start_later  # type: ignore[method-assign]
        return thread

    monkeypatch.setattr(_Threads, "new_thread", started_after_the_first_request)
    with StripeConnector(API_KEY, base_url="http://stripe.test", transport=httpx.MockTransport(answer),
                         rate_limiter=False, max_retries=0) as connector:  # fmt: skip
        job = ExportJob(connector.core, "list_customers", created_gte=1, created_lt=100_000, concurrency=4)
        pages: list[Any] = list(export_pages(connector, job))
    assert pages and all(not page.objects for page in pages)
    assert waited and all(waited)
