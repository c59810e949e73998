"""The one hook the send loops call: :func:`observe` gives a call's watcher, :data:`UNWATCHED` when nothing listens.

Deciding costs next to nothing, because it imports nothing: an SDK provider can only have been set by code that
imported ``opentelemetry.trace`` (or ``opentelemetry.metrics``), so while neither module is in ``sys.modules`` no
provider exists; when they are, the API's own globals say whether a provider was set (the public getters read the
environment on every call, a few microseconds each, which is the whole per-call budget). Providers named by the
``OTEL_PYTHON_*_PROVIDER`` environment variables are loaded by the API's getters, called once on first use.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, Any

from ._quiet import UNWATCHED, Watch

if TYPE_CHECKING:
    from .._types.options import PreparedRequest

_TRACE = "opentelemetry.trace"
_METRICS = "opentelemetry.metrics._internal"
_ENV_PROVIDERS = ("OTEL_PYTHON_TRACER_PROVIDER", "OTEL_PYTHON_METER_PROVIDER")


class _Switch:
    """What the hook knows: whether it may run, and providers given to :func:`configure` (None: the global ones)."""

    __slots__ = ("enabled", "env_checked", "meter_provider", "tracer_provider")

    def __init__(self) -> None:
        self.enabled = True
        self.env_checked = False
        self.tracer_provider: Any = None
        self.meter_provider: Any = None


_switch = _Switch()
_env_lock = threading.Lock()


def configure(*, tracer_provider: Any = None, meter_provider: Any = None, enabled: bool = True) -> None:
    """Report to these providers instead of OpenTelemetry's global ones (None: the global one), or not at all.

    ``enabled=False`` makes :func:`observe` return ``None`` whatever is configured (the bench's baseline, or an
    application that wants no connector spans); ``configure()`` with no arguments restores the defaults.
    """
    _switch.tracer_provider = tracer_provider
    _switch.meter_provider = meter_provider
    _switch.enabled = bool(enabled)


def _load_env_providers() -> None:
    """Once: providers named by environment variables are set by the API's getters on their first call."""
    with _env_lock:
        if _switch.env_checked:
            return
        if any(name in os.environ for name in _ENV_PROVIDERS):
            try:
                from opentelemetry import metrics, trace

                trace.get_tracer_provider()
                metrics.get_meter_provider()
            except Exception as exc:  # a provider that cannot load must not fail a payment: report it, go on
                logging.getLogger("stripe_connector.telemetry").warning(
                    "OpenTelemetry providers named by the environment could not be loaded (%s): %s",
                    ", ".join(name for name in _ENV_PROVIDERS if name in os.environ),
                    type(exc).__name__,
                )
        _switch.env_checked = True


def _global_providers() -> tuple[Any, Any]:
    """The SDK providers set globally, each None when none is (the API's proxies report nothing)."""
    modules = sys.modules
    trace_module = modules.get(_TRACE)
    metrics_module = modules.get(_METRICS)
    tracer = getattr(trace_module, "_TRACER_PROVIDER", None) if trace_module is not None else None
    meter = getattr(metrics_module, "_METER_PROVIDER", None) if metrics_module is not None else None
    return tracer, meter


def is_active() -> bool:
    """Whether calls are reported now: the hook is on and a tracer or meter provider is configured."""
    if not _switch.enabled:
        return False
    if not _switch.env_checked:
        _load_env_providers()
    tracer, meter = _global_providers()
    return (_switch.tracer_provider or tracer or _switch.meter_provider or meter) is not None


def active_providers() -> tuple[Any, Any] | None:
    """The tracer and meter providers calls report to (either may be None), or None when nothing listens."""
    switch = _switch
    if not switch.enabled:
        return None
    if not switch.env_checked:
        _load_env_providers()
    modules = sys.modules
    given = switch.tracer_provider is not None or switch.meter_provider is not None
    if not given and _TRACE not in modules and _METRICS not in modules:
        return None
    tracer, meter = _global_providers()
    tracer = switch.tracer_provider or tracer
    meter = switch.meter_provider or meter
    if tracer is None and meter is None:
        return None
    return tracer, meter


def observe(request: PreparedRequest, core: Any) -> Watch:
    """The watcher of one call about to be sent: :data:`UNWATCHED` (the common case, and the cheap one) unless a
    provider is configured."""
    providers = active_providers()
    if providers is None:
        return UNWATCHED
    from ._watch import CallWatch  # imports opentelemetry: only once a provider exists

    return CallWatch.start(request, core, *providers)
