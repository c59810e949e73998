"""The export's numbers: the ``stripe_connector.export.*`` gauges (read back from the SDK's in-memory reader) and
the CLI's progress line come from one function, and agree with the run while a page is in flight."""

from __future__ import annotations

import io
import threading
from typing import Any

import httpx
from stripe_connector import StripeConnector, telemetry
from stripe_connector.cli.export import ExportProgress
from stripe_connector.export._job import ExportJob
from stripe_connector.export._status import export_numbers
from stripe_connector.export._sync import export_pages

from tests.support.keys import API_KEY
from tests.support.otel import Recorded


class TwoPages:
    """A list of two pages whose second answer waits for ``release`` (``asked`` is set once it is asked)."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.release = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if "starting_after" not in request.url.params:
            data = [{"id": f"cus_{n}", "object": "customer", "created": 90 - n} for n in range(3)]
            return httpx.Response(200, json={"object": "list", "data": data, "has_more": True})
        self.asked.set()
        assert self.release.wait(10)
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": False})


def gauges(recorded: Recorded, key: str) -> dict[str, Any]:
    found = {}
    for name, points in recorded.points().items():
        if name.startswith("stripe_connector.export."):
            for point in points:
                if point.attributes.get("stripe_connector.export") == key:
                    found[name.removeprefix("stripe_connector.export.")] = point.value
                    attributes = dict(point.attributes)
    return {**found, "attributes": attributes} if found else {}


def test_the_gauges_and_the_progress_line_read_the_runs_numbers(recorded: Recorded) -> None:
    pages = TwoPages()
    connector = StripeConnector(API_KEY, base_url="http://stripe.test", transport=httpx.MockTransport(pages),
                                rate_limiter=False, max_retries=0)  # fmt: skip
    job = ExportJob(connector.core, "list_customers", created_gte=1, created_lt=100, concurrency=1,
                    connection="conn_a")  # fmt: skip
    run = export_pages(connector, job)
    first = next(run)
    assert [item["id"] for item in first.objects] == ["cus_0", "cus_1", "cus_2"]
    assert pages.asked.wait(10)  # the second page is in flight; the first is held, not yet committed
    assert gauges(recorded, job.key) == {
        "objects": 0, "pages": 0, "requests_in_flight": 1,
        "attributes": {"stripe.tool": "list_customers", "stripe_connector.connection_id": "conn_a",
                       "stripe_connector.export": job.key},
    }  # fmt: skip
    line = ExportProgress(io.StringIO(), job, enabled=True).line()
    assert "0 objects, 0 pages, 1 in flight" in line
    pages.release.set()
    assert [item for received in run for item in received.objects] == []  # the last page is empty
    numbers = export_numbers(job)
    assert (numbers.objects, numbers.pages, numbers.in_flight, numbers.done) == (3, 2, 0, True)
    assert "3 objects, 2 pages, 0 in flight" in ExportProgress(io.StringIO(), job, enabled=True).line()
    assert gauges(recorded, job.key) == {}  # the run ended: it left the gauges
    connector.close()


def test_without_a_meter_nothing_is_watched() -> None:
    from stripe_connector.telemetry import _export

    telemetry.configure(enabled=False)
    try:
        pages = TwoPages()
        pages.release.set()
        with StripeConnector(API_KEY, base_url="http://stripe.test", transport=httpx.MockTransport(pages),
                             rate_limiter=False) as connector:  # fmt: skip
            job = ExportJob(connector.core, "list_customers", created_gte=1, created_lt=100, concurrency=1)
            run = export_pages(connector, job)
            next(run)
            assert job not in _export._jobs
            run.close()
    finally:
        telemetry.configure()
