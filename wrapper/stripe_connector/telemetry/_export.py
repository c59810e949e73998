"""The export gauges: objects and pages taken so far and page requests in flight, per running export.

``stripe_connector.export.objects``, ``.pages`` and ``.requests_in_flight`` are observable gauges: on each
collection they read every export running in this process (registered by its run while a meter provider is
configured, removed when the run ends) through ``export._status.export_numbers``, the function behind the CLI's
progress line. Attributes: the list tool or operation, the connection id when there is one, and the export's
name (``export-<digest>``: a digest of its identity, nothing of its arguments).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ._hook import active_providers

#: How a gauge reads a running export: ``(objects, pages, requests in flight)``.
ExportReader = Callable[[Any], tuple[int, int, int]]

_lock = threading.Lock()
_jobs: weakref.WeakKeyDictionary[Any, tuple[dict[str, Any], ExportReader]] = weakref.WeakKeyDictionary()
_providers: dict[int, tuple[Any, list[Any]]] = {}


def _observe(index: int) -> Callable[[Any], Iterator[Any]]:
    """The callback of the gauge that reports the ``index``-th of a reader's numbers."""

    def callback(options: Any) -> Iterator[Any]:
        from opentelemetry.metrics import Observation

        with _lock:
            running = list(_jobs.items())
        for job, (attributes, read) in running:
            try:
                value = read(job)[index]
            except Exception:
                continue
            yield Observation(value, {**attributes, "stripe_connector.export": str(getattr(job, "key", ""))})

    return callback


def _gauges(provider: Any) -> None:
    """The three gauges, made once per meter provider."""
    held = _providers.get(id(provider))
    if held is not None and held[0] is provider:
        return
    from .._types.version import __version__
    from ._watch import SCOPE

    meter = provider.get_meter(SCOPE, __version__)
    made = [
        meter.create_observable_gauge(
            "stripe_connector.export.objects", [_observe(0)], "{object}", "Objects an export has taken so far"
        ),
        meter.create_observable_gauge(
            "stripe_connector.export.pages", [_observe(1)], "{page}", "Pages an export has taken so far"
        ),
        meter.create_observable_gauge(
            "stripe_connector.export.requests_in_flight", [_observe(2)], "{request}", "Page requests being fetched"
        ),
    ]
    _providers[id(provider)] = (provider, made)


def watch_export(job: object, attributes: Mapping[str, Any], read: ExportReader) -> None:
    """Report ``job`` (``read(job)``) on the export gauges until :func:`unwatch_export`; nothing without a meter."""
    providers = active_providers()
    if providers is None or providers[1] is None:
        return
    with _lock:
        _gauges(providers[1])
        _jobs[job] = (dict(attributes), read)


def unwatch_export(job: object) -> None:
    """``job``'s run ended: it leaves the gauges."""
    if _jobs:
        with _lock:
            _jobs.pop(job, None)
