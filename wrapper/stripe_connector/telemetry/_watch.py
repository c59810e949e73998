"""One call's span, its attempts' child spans and its metrics (imported only once a provider exists).

The call span (``stripe <tool>``, kind INTERNAL) covers the call from the first wait for the rate budget to the
final answer or error; each attempt is a child span named as OpenTelemetry's HTTP conventions name a client request
(``POST /v1/customers``, kind CLIENT). Attributes follow the HTTP conventions where they apply
(``http.request.method``, ``url.template``, ``http.response.status_code``, ``http.request.resend_count``,
``server.address``, ``error.type``) and ``stripe.*`` for the rest (``_attributes``). No exception is recorded
(its message may quote a path with IDs): ``error.type`` names its class.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

from opentelemetry.trace import SpanKind, Status, StatusCode, set_span_in_context

from .._types.version import __version__
from ._attributes import (
    base_url_of,
    call_attributes,
    error_type_of_answer,
    idempotency_digest,
    rate_budget_of,
    rate_limited_reason,
    request_id_of,
    retry_reason_of_answer,
    server_of,
)
from ._quiet import Watch

if TYPE_CHECKING:
    import httpx
    from opentelemetry.metrics import Counter, Histogram, MeterProvider
    from opentelemetry.trace import Span, Tracer, TracerProvider

    from .._types.options import PreparedRequest

SCOPE = "stripe_connector"
#: Seconds, as OpenTelemetry's HTTP conventions bucket a request's duration (the SDK's default buckets are for ms).
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0)
#: A budget wait is mostly zero; the rest spreads up to a call's whole timeout.
WAIT_BUCKETS = (0.0, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Instruments:
    """The connector's meters, made once per meter provider."""

    def __init__(self, provider: MeterProvider) -> None:
        meter = provider.get_meter(SCOPE, __version__)
        self.calls: Counter = meter.create_counter(
            "stripe_connector.calls", "{call}", "Calls sent to Stripe, by tool or operation and error type"
        )
        self.errors: Counter = meter.create_counter(
            "stripe_connector.call.errors", "{call}", "Calls that ended in an error, by tool or operation and type"
        )
        self.duration: Histogram = meter.create_histogram(
            "stripe_connector.call.duration",
            "s",
            "Call latency: budget waits, attempts and backoffs together",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.budget_wait: Histogram = meter.create_histogram(
            "stripe_connector.rate_budget.wait",
            "s",
            "Time a call waited for its rate budget, all attempts together",
            explicit_bucket_boundaries_advisory=WAIT_BUCKETS,
        )
        self.rate_limited: Counter = meter.create_counter(
            "stripe_connector.rate_limited", "{response}", "429 answers, by the rate budget they hold and reason"
        )
        self.retries: Counter = meter.create_counter(
            "stripe_connector.retries", "{attempt}", "Attempts sent again, by reason (status or failure class)"
        )


_lock = threading.Lock()
_tracers: dict[int, tuple[Any, Tracer]] = {}
_instruments: dict[int, tuple[Any, Instruments]] = {}


def tracer_for(provider: TracerProvider) -> Tracer:
    held = _tracers.get(id(provider))
    if held is None or held[0] is not provider:
        with _lock:
            held = (provider, provider.get_tracer(SCOPE, __version__))
            _tracers[id(provider)] = held
    return held[1]


def instruments_for(provider: MeterProvider) -> Instruments:
    held = _instruments.get(id(provider))
    if held is None or held[0] is not provider:
        with _lock:
            held = (provider, Instruments(provider))
            _instruments[id(provider)] = held
    return held[1]


class CallWatch(Watch):
    """Watches one call through the send loop; a context manager that ends the call's span with its outcome."""

    __slots__ = (
        "attempt_span",
        "attempts",
        "attributes",
        "budget_wait",
        "final",
        "instruments",
        "request",
        "retry_reasons",
        "server",
        "span",
        "started",
        "tracer",
        "wait_from",
    )

    def __init__(self, request: PreparedRequest, core: Any, tracer: Tracer | None, meters: Instruments | None) -> None:
        self.request = request
        self.attributes = call_attributes(request, core)
        self.server = server_of(base_url_of(request, core))
        self.instruments = meters
        self.started = self.wait_from = time.perf_counter()
        self.budget_wait = 0.0
        self.attempts = 0
        self.retry_reasons: list[str] = []
        self.final: httpx.Response | None = None
        self.attempt_span: Span | None = None
        self.span: Span | None = None
        self.tracer = tracer
        if tracer is not None:
            span = tracer.start_span(f"stripe {request.tool}", kind=SpanKind.INTERNAL, attributes=self.attributes)
            if span.is_recording():
                self.span = span
                key = request.headers.get("Idempotency-Key")
                if key is not None:
                    span.set_attribute("stripe.idempotency_key.digest", idempotency_digest(key))

    @classmethod
    def start(cls, request: PreparedRequest, core: Any, tracer_provider: Any, meter_provider: Any) -> CallWatch:
        tracer = tracer_for(tracer_provider) if tracer_provider is not None else None
        meters = instruments_for(meter_provider) if meter_provider is not None else None
        return cls(request, core, tracer, meters)

    # --- the send loop's hooks ------------------------------------------------------------------------------------

    def waiting(self) -> None:
        self.wait_from = time.perf_counter()

    def sending(self) -> None:
        """Count the budget's wait, open the attempt's span."""
        waited = time.perf_counter() - self.wait_from
        self.budget_wait += waited
        self.attempts += 1
        if self.span is None or self.tracer is None:
            return
        method = self.request.method
        template = self.attributes.get("url.template")
        attributes: dict[str, Any] = {
            "http.request.method": method,
            "server.address": self.server[0],
            "server.port": self.server[1],
            "stripe.rate_budget.wait": waited,
        }
        if template is not None:
            attributes["url.template"] = template
        if self.attempts > 1:
            attributes["http.request.resend_count"] = self.attempts - 1
        self.attempt_span = self.tracer.start_span(
            f"{method} {template}" if template else method,
            context=set_span_in_context(self.span),
            kind=SpanKind.CLIENT,
            attributes=attributes,
        )

    def answered(self, response: httpx.Response, retry_delay: float | None) -> None:
        status = response.status_code
        reason = rate_limited_reason(response) if status == 429 else None
        if reason is not None and self.instruments is not None:
            self.instruments.rate_limited.add(
                1,
                {**self.attributes, "stripe.rate_budget": rate_budget_of(reason), "stripe.rate_limited.reason": reason},
            )
        if retry_delay is None:
            self.final = response
        else:
            self._retrying(retry_reason_of_answer(response))
        span = self.attempt_span
        if span is not None:
            span.set_attribute("http.response.status_code", status)
            request_id = request_id_of(response)
            if request_id is not None:
                span.set_attribute("stripe.request_id", request_id)
            if reason is not None:
                span.set_attribute("stripe.rate_limited.reason", reason)
            if status >= 400:
                span.set_attribute("error.type", str(status))
                span.set_status(Status(StatusCode.ERROR))
            if retry_delay is not None:
                span.set_attribute("stripe.retry.delay", retry_delay)
            span.end()
            self.attempt_span = None

    def failed(self, exc: BaseException, outcome: object) -> None:
        name = type(exc).__name__
        if isinstance(outcome, float):
            self._retrying(name)
        span = self.attempt_span
        if span is not None:
            span.set_attribute("error.type", name)
            span.set_status(Status(StatusCode.ERROR))
            if isinstance(outcome, float):
                span.set_attribute("stripe.retry.delay", outcome)
            span.end()
            self.attempt_span = None

    def _retrying(self, reason: str) -> None:
        self.retry_reasons.append(reason)
        if self.instruments is not None:
            self.instruments.retries.add(1, {**self.attributes, "stripe.retry.reason": reason})

    # --- the end of the call ---------------------------------------------------------------------------------------

    def __enter__(self) -> CallWatch:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        error_type: str | None = None
        final = self.final
        if exc_type is not None:
            error_type = exc_type.__name__
            if self.attempt_span is not None:  # cancelled or closed mid-attempt
                self.attempt_span.set_attribute("error.type", error_type)
                self.attempt_span.set_status(Status(StatusCode.ERROR))
                self.attempt_span.end()
        elif final is not None and final.status_code >= 300:
            error_type = error_type_of_answer(final)
        self._record_span(final if exc_type is None else None, error_type)
        self._record_metrics(error_type)

    def _record_span(self, final: httpx.Response | None, error_type: str | None) -> None:
        span = self.span
        if span is None:
            return
        span.set_attribute("stripe.attempts", self.attempts)
        span.set_attribute("stripe.rate_budget.wait", self.budget_wait)
        if self.retry_reasons:
            span.set_attribute("stripe.retry.reasons", self.retry_reasons)
        if final is not None:
            span.set_attribute("http.response.status_code", final.status_code)
            request_id = request_id_of(final)
            if request_id is not None:
                span.set_attribute("stripe.request_id", request_id)
            if final.headers.get("idempotent-replayed", "").strip().lower() == "true":
                span.set_attribute("stripe.idempotent_replayed", True)
        if error_type is not None:
            span.set_attribute("error.type", error_type)
            span.set_status(Status(StatusCode.ERROR))
        span.end()

    def _record_metrics(self, error_type: str | None) -> None:
        meters = self.instruments
        if meters is None:
            return
        attributes = self.attributes if error_type is None else {**self.attributes, "error.type": error_type}
        meters.calls.add(1, attributes)
        if error_type is not None:
            meters.errors.add(1, attributes)
        meters.duration.record(time.perf_counter() - self.started, attributes)
        meters.budget_wait.record(self.budget_wait, self.attributes)
