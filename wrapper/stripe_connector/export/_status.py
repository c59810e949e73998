"""How far an export has come: one computation for the CLI's progress line and the export gauges, so that what
``stripe-connector export`` prints and what ``stripe_connector.export.*`` reports are the same numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._job import ExportJob


class ExportNumbers(NamedTuple):
    """Objects and pages committed (handed to the consumer and taken), pages being fetched now, whether the export
    is done, and the objects still expected (None while no shard's density is known). A named tuple rather than an
    attrs class: nothing else an export runs imports attrs (about a tenth of the CLI's imports before its first
    request)."""

    objects: int
    pages: int
    in_flight: int
    done: bool
    expected_left: float | None


def export_numbers(job: ExportJob) -> ExportNumbers:
    """``job``'s numbers now (read without its run's lock: each is one int, at worst a page behind)."""
    return ExportNumbers(
        objects=job.committed_objects,
        pages=job.committed_pages,
        in_flight=max(0, job.pages_in_flight()),
        done=job.done,
        expected_left=job.planner.expected_left(),
    )


def gauge_values(job: Any) -> tuple[int, int, int]:
    """What the export gauges report of ``job``: objects, pages, requests in flight (``telemetry._export``)."""
    numbers = export_numbers(job)
    return numbers.objects, numbers.pages, numbers.in_flight


def watch_job(job: ExportJob) -> None:
    """Put a running ``job`` on the export gauges (nothing without a meter provider); :func:`unwatch_job` at its end."""
    from ..telemetry._attributes import connection_attribute
    from ..telemetry._export import watch_export

    watch_export(job, {"stripe.tool": job.source.name, **connection_attribute(job.connection)}, gauge_values)


def unwatch_job(job: ExportJob) -> None:
    from ..telemetry._export import unwatch_export

    unwatch_export(job)
