"""Trace context in and out of messages: ``carrier`` (nothing without a provider), ``continuing`` (a child of the
context a mapping or a Celery request carries, a root for forged or missing headers), and what an exception in a
continued block leaves on its span (its class, never its message)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from opentelemetry.trace import SpanKind, StatusCode
from stripe_connector import telemetry
from stripe_connector.telemetry._propagate import TRACEPARENT, carrier, continuing, stored_parent

from tests.support.otel import Recorded


def test_nothing_is_carried_without_a_provider() -> None:
    telemetry.configure(enabled=False)
    try:
        assert carrier() == {} and stored_parent() is None
        with continuing({"traceparent": "00-" + "1" * 32 + "-" + "2" * 16 + "-01"}, "task process"):
            pass  # no span, no error
    finally:
        telemetry.configure()


@pytest.mark.parametrize("shape", ["mapping", "request attribute", "request headers"])
def test_a_continued_block_is_the_senders_child(recorded: Recorded, shape: str) -> None:
    tracer = recorded.tracer_provider.get_tracer("test")
    with tracer.start_as_current_span("sender") as sender:
        headers = carrier()
        assert stored_parent() == headers["traceparent"] and TRACEPARENT.fullmatch(headers["traceparent"])
    source: Any = {
        "mapping": headers,
        "request attribute": SimpleNamespace(**headers),
        "request headers": SimpleNamespace(headers=headers),
    }[shape]
    with continuing(source, "stripe_connector.call process", {"messaging.system": "celery"}):
        pass
    [span] = [s for s in recorded.spans() if s.name == "stripe_connector.call process"]
    assert span.kind is SpanKind.CONSUMER and span.attributes == {"messaging.system": "celery"}
    assert span.parent is not None and span.parent.span_id == sender.get_span_context().span_id
    assert span.context.trace_id == sender.get_span_context().trace_id


@pytest.mark.parametrize("forged", [None, "", "sk_test_abc", "00-" + "0" * 32 + "-" + "0" * 16 + "-01", 42])
def test_forged_or_missing_headers_start_a_root(recorded: Recorded, forged: Any) -> None:
    with continuing({"traceparent": forged, "tracestate": "sk_test_x=1"}, "task process"):
        pass
    [span] = recorded.spans()
    assert span.parent is None
    assert not [text for text in recorded.every_attribute_value() if "sk_test" in text]


def test_an_exception_leaves_its_class_only(recorded: Recorded) -> None:
    with pytest.raises(ValueError, match="sk_test_secret"), continuing({}, "task process"):
        raise ValueError("card sk_test_secret declined")
    [span] = recorded.spans()
    assert span.status.status_code is StatusCode.ERROR and span.status.description is None
    assert span.attributes is not None and span.attributes["error.type"] == "ValueError"
    assert span.events == ()
