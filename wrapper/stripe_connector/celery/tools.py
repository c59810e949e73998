"""Run the connector's tools as Celery tasks: the ``celery`` extra (``pip install 'stripe-connector[celery]'``).

A Celery task may run more than once: a retry, or a redelivery after its worker died (with ``acks_late``, the
message goes back to the queue until a worker finishes it). Each run of the same task has the same task id, so
the idempotency scope comes from it and every run sends the same ``Idempotency-Key``: Stripe applies the create
once and answers the later runs with its first answer (``Idempotent-Replayed``).

Usage::

    from celery import Celery
    from stripe_connector import RedisRateLimiter, StripeConnector
    from stripe_connector.celery.tools import per_process, register_tool_task

    app = Celery("payments", broker="redis://localhost:6379/0")
    connector = per_process(lambda: StripeConnector(os.environ["STRIPE_API_KEY"],
                                                    rate_limiter=RedisRateLimiter("redis://localhost:6379/1")))
    stripe_call = register_tool_task(app, connector)          # task "stripe_connector.call"

    stripe_call.delay("create_customer", {"email": "jenny@example.com"}).get()   # Stripe's JSON

or, inside a task of your own, ``run_tool(self, connector(), "create_customer", {...})`` (a bound task).

Retryable failures (rate limits, Stripe 5xx, network failures, 409 conflicts) are retried by Celery with backoff
and the same key; final ones (bad input, declines, missing objects, bad keys) fail the task at once with a
:class:`StripeTaskError` that carries the error's class name and Stripe's details, and that survives pickling and
Celery's JSON result backend. The registered task is acks-late and rejects on worker loss, so a SIGKILLed worker's
task is redelivered, and safely so.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._clients.sync_client import StripeConnector
from .._host_parts.error_report import error_object
from .._http.retry import backoff
from ..errors import StripeConnectorError
from .trace import carry_trace, continue_trace

ConnectorT = TypeVar("ConnectorT")

DEFAULT_TASK_NAME = "stripe_connector.call"
DEFAULT_MAX_RETRIES = 8


class StripeTaskError(Exception):
    """A tool call failed for good (or ran out of retries): ``details`` is the connector's one error shape
    (``_host_parts.error_report``: ``kind``, ``type``, ``class``, ``http_status``, ``code``, ``request_id``,
    ``param``, ``retryable``...).

    Its arguments are a message and a plain dict, so it pickles and survives Celery's JSON result backend, which
    rebuilds exceptions as ``cls(*args)``: the caller of ``.get()`` sees this class with its details, not a bare
    ``Exception`` whose class and status were lost.
    """

    def __init__(self, message: str, details: Mapping[str, Any] | None = None) -> None:
        super().__init__(message, dict(details or {}))

    @property
    def message(self) -> str:
        return str(self.args[0])

    @property
    def details(self) -> dict[str, Any]:
        return dict(self.args[1])

    @property
    def error_type(self) -> str | None:
        """The connector's error class name, e.g. ``"CardError"`` or ``"InvalidInputError"``."""
        return self.details.get("class", self.details.get("type"))  # "type", in details made before 0.2

    @property
    def http_status(self) -> int | None:
        return self.details.get("http_status")

    @property
    def request_id(self) -> str | None:
        return self.details.get("request_id")

    @property
    def retryable(self) -> bool:
        return bool(self.details.get("retryable"))

    def __str__(self) -> str:
        return self.message

    @classmethod
    def from_error(cls, exc: StripeConnectorError) -> StripeTaskError:
        details = error_object(exc)
        return cls(f"{details['class']}: {exc}", details)


def task_scope(task: Any) -> list[str]:
    """The idempotency scope of a task run: the same for every retry and redelivery of the task."""
    task_id = getattr(task.request, "id", None)
    if not task_id:
        raise StripeTaskError("run_tool needs a bound task with a task id (bind=True)", {"type": "UsageError"})
    return ["celery", str(task.name), str(task_id)]


def retry_countdown(retries: int, *, base: float = 1.0, cap: float = 30.0) -> float:
    """Seconds before the next run: exponential, with jitter so that failed tasks do not return in lockstep."""
    return float(backoff(retries, base, cap))


def run_tool(
    task: Any,
    connector: StripeConnector,
    tool: str,
    arguments: Mapping[str, Any] | None = None,
    *,
    stripe_account: str | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """Run ``tool`` in the bound Celery ``task``; Stripe's JSON, or ``CallResult.as_json()`` with ``details``.

    Retryable errors call ``task.retry`` (same task id, so the same idempotency key); final ones raise
    :class:`StripeTaskError`. Raised outside the ``except`` block, so no connector internals ride along.
    """
    scope = task_scope(task)
    try:
        result = connector.call_with_details(tool, arguments, idempotency_scope=scope, stripe_account=stripe_account)
    except StripeConnectorError as exc:
        failure = StripeTaskError.from_error(exc)
    else:
        return result.as_json() if details else result.data
    if failure.retryable and task.request.retries < (task.max_retries or 0):
        raise task.retry(exc=failure, countdown=retry_countdown(task.request.retries))
    raise failure


def per_process(factory: Callable[[], ConnectorT]) -> Callable[[], ConnectorT]:
    """A callable that returns one connector per worker process, made on first use in that process.

    Celery's prefork pool forks its workers; a connector made before the fork would share its pooled connections
    with the children. This one is made again in each process (checked by PID), lazily, and shared by the
    process's threads.
    """
    lock = threading.Lock()
    made: dict[int, ConnectorT] = {}

    def connector() -> ConnectorT:
        pid = os.getpid()
        found = made.get(pid)
        if found is None:
            with lock:
                found = made.get(pid)
                if found is None:
                    made.clear()  # a parent's connector is not ours
                    found = made[pid] = factory()
        return found

    return connector


def register_tool_task(
    app: Any,
    connector: Callable[[], StripeConnector],
    *,
    name: str = DEFAULT_TASK_NAME,
    max_retries: int = DEFAULT_MAX_RETRIES,
    **task_options: Any,
) -> Any:
    """Register ``name(tool, arguments=None, stripe_account=None, details=False)`` on ``app`` and return it.

    ``connector`` returns the process's connector (see :func:`per_process`). The task is acks-late and rejects on
    worker loss unless ``task_options`` say otherwise: a worker killed mid-call has its task redelivered, and the
    task id keeps the idempotency key.
    """
    # Not shared: Celery would otherwise add this task, bound to this ``connector``, to every app finalized later.
    options: dict[str, Any] = {"acks_late": True, "reject_on_worker_lost": True, "shared": False, **task_options}

    @app.task(bind=True, name=name, max_retries=max_retries, **options)  # type: ignore[untyped-decorator]
    def call_tool(
        self: Any,
        tool: str,
        arguments: Mapping[str, Any] | None = None,
        stripe_account: str | None = None,
        details: bool = False,
    ) -> dict[str, Any]:
        with continue_trace(self):  # the sender's trace, when a tracer is configured
            return run_tool(self, connector(), tool, arguments, stripe_account=stripe_account, details=details)

    carry_trace(name)
    return call_tool
