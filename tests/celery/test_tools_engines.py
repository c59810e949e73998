"""The Celery integration: in-process (eager) for its decisions, then real workers for what only they show.

In-process: the idempotency scope is the task id (every run of one task sends the same key, another task another
key), retryable errors retry with that key, final errors fail at once with a :class:`StripeTaskError` that keeps
its class, status and request id through pickling and through Celery's JSON result backend.

Real workers (subprocesses on examples/celery_tasks.py, a real Redis as broker, result backend and shared
budget, the rate-limiting Stripe double): every task succeeds, 429s stay under 1%, and after the task processes
are SIGKILLed mid-create, the redelivered tasks are replayed by Stripe instead of applied twice.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

pytest.importorskip("celery")

from celery import Celery
from stripe_connector import StripeConnector
from stripe_connector.celery.tools import (
    StripeTaskError,
    per_process,
    register_tool_task,
    retry_countdown,
    run_tool,
)
from stripe_connector.testing.doubles import CustomerStripe, Reply, ScriptedStripe
from stripe_connector.testing.launchers.celery import stop_workers
from stripe_connector.testing.launchers.redis import RedisServer, redis_server_binary

from examples.workers import start_workers, worker_env
from tests.support.keys import API_KEY as KEY

# --- in process -------------------------------------------------------------------------------------------------------


@pytest.fixture
def eager(server: ScriptedStripe) -> Iterator[tuple[Any, ScriptedStripe]]:
    app = Celery("eager-test", set_as_current=False)
    app.conf.update(task_always_eager=True, task_eager_propagates=True, task_store_eager_result=False)
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=False, max_retries=0)
    task = register_tool_task(app, lambda: connector, max_retries=3)
    yield task, server


def test_every_run_of_a_task_sends_the_same_key_and_another_task_another(eager: tuple[Any, ScriptedStripe]) -> None:
    task, server = eager
    server.reset(default=Reply(200, json={"id": "cus_1", "object": "customer"}))
    args = ("create_customer", {"email": "a@example.com"})
    assert task.apply(args, task_id="task-1").get() == {"id": "cus_1", "object": "customer"}
    task.apply(args, task_id="task-1").get()
    task.apply(args, task_id="task-2").get()
    keys = [r.header("idempotency-key") for r in server.requests]
    assert keys[0] == keys[1] != keys[2]
    assert all(k and k.startswith("scope-") for k in keys)


class Retried(Exception):
    """What a fake task's ``retry`` raises (Celery raises ``celery.exceptions.Retry``)."""


class FakeTask:
    """The parts of a bound Celery task that ``run_tool`` uses; ``retry`` records its countdown."""

    name = "fake.task"
    max_retries = 3

    def __init__(self, task_id: str) -> None:
        self.request = SimpleNamespace(id=task_id, retries=0)
        self.countdowns: list[float] = []

    def retry(self, *, exc: BaseException, countdown: float) -> Retried:
        self.countdowns.append(countdown)
        return Retried(exc)


def run_like_celery(task: FakeTask, connector: StripeConnector, *args: Any) -> Any:
    """Run ``run_tool`` again after each retry, as a worker would, with the same task id."""
    while True:
        try:
            return run_tool(task, connector, *args)
        except Retried:
            task.request.retries += 1


def test_retryable_errors_retry_with_the_same_key(server: ScriptedStripe) -> None:
    server.reset(Reply(503), Reply(429, headers={"Stripe-Rate-Limited-Reason": "global-rate"}),
                 Reply(409, json={"error": {"type": "idempotency_error", "code": "idempotency_key_in_use"}}),
                 default=Reply(200, json={"id": "cus_9"}))  # fmt: skip
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=False, max_retries=0)
    task = FakeTask("task-r")
    assert run_like_celery(task, connector, "create_customer", {"email": "b@example.com"}) == {"id": "cus_9"}
    keys = {r.header("idempotency-key") for r in server.requests}
    assert server.count == 4 and len(keys) == 1
    assert len(task.countdowns) == 3 and all(c > 0 for c in task.countdowns)


def test_retries_run_out_into_a_final_error(server: ScriptedStripe) -> None:
    server.reset(default=Reply(503, json={"error": {"type": "api_error", "message": "down"}}))
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=False, max_retries=0)
    with pytest.raises(StripeTaskError) as info:
        run_like_celery(FakeTask("t-down"), connector, "list_customers", {})
    assert info.value.error_type == "StripeServerError" and info.value.retryable
    assert server.count == 4  # the first run and max_retries=3 retries


def test_run_tool_needs_a_bound_task_with_an_id(server: ScriptedStripe) -> None:
    connector = StripeConnector(KEY, base_url=server.base_url, rate_limiter=False)
    with pytest.raises(StripeTaskError):
        run_tool(FakeTask(""), connector, "list_customers", {})
    assert server.count == 0


def test_final_errors_fail_at_once_with_their_details(eager: tuple[Any, ScriptedStripe]) -> None:
    task, server = eager
    decline = {"error": {"type": "card_error", "code": "card_declined", "message": "Your card was declined."}}
    server.reset(default=Reply(402, json=decline, headers={"Request-Id": "req_decline1"}))
    with pytest.raises(StripeTaskError) as info:
        task.apply(("create_charge", {"amount": 500, "currency": "usd", "source": "tok_x"}), task_id="t-d").get()
    assert server.count == 1  # not retried
    error = info.value
    assert (error.error_type, error.http_status, error.request_id, error.retryable) == (
        "CardError", 402, "req_decline1", False,
    )  # fmt: skip
    assert error.details["code"] == "card_declined"


def test_bad_input_fails_without_sending(eager: tuple[Any, ScriptedStripe]) -> None:
    task, server = eager
    with pytest.raises(StripeTaskError) as info:
        task.apply(("create_customer", {"email": 42}), task_id="t-bad").get()
    assert info.value.error_type == "InvalidInputError" and info.value.details["param"] == "email"
    assert server.count == 0


def test_task_error_survives_pickle_and_the_json_result_backend() -> None:
    error = StripeTaskError("CardError: declined", {"type": "CardError", "http_status": 402, "request_id": "req_1"})
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is StripeTaskError and copy.http_status == 402 and copy.details == error.details
    app = Celery("json-backend", backend="cache+memory://", set_as_current=False)
    app.conf.result_serializer = "json"
    stored = app.backend.prepare_exception(error, "json")
    rebuilt = app.backend.exception_to_python(stored)
    assert type(rebuilt) is StripeTaskError and rebuilt.error_type == "CardError" and rebuilt.http_status == 402


def test_the_api_key_is_not_in_a_task_error(eager: tuple[Any, ScriptedStripe]) -> None:
    task, server = eager
    server.reset(default=Reply(401, json={"error": {"type": "invalid_request_error", "message": "bad key"}}))
    with pytest.raises(StripeTaskError) as info:
        task.apply(("list_customers", {}), task_id="t-auth").get()
    assert KEY not in repr(info.value) and KEY not in repr(pickle.dumps(info.value))


def test_per_process_makes_one_connector_per_pid(monkeypatch: Any) -> None:
    made: list[object] = []

    def make() -> object:
        made.append(object())
        return made[-1]

    get = per_process(make)
    assert get() is get() and len(made) == 1
    monkeypatch.setattr(os, "getpid", lambda: -5)  # as after a fork
    assert get() is not made[0] and len(made) == 2


def test_retry_countdown_grows_with_jitter_and_a_cap() -> None:
    samples = [retry_countdown(n) for n in range(10) for _ in range(20)]
    assert all(0 < s <= 30 for s in samples)
    assert max(retry_countdown(0) for _ in range(50)) <= 1.0 < min(retry_countdown(3) for _ in range(50))


# --- real workers -----------------------------------------------------------------------------------------------------

needs_redis = pytest.mark.skipif(
    redis_server_binary() is None and not os.environ.get("CI"), reason="redis-server is not installed"
)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RedisServer, CustomerStripe, Any, list[Any]]]:
    workdir = tmp_path_factory.mktemp("celery")
    with RedisServer() as redis_server, CustomerStripe(rate=25, burst=5) as double:
        env = worker_env(api_key=KEY, stripe_url=double.url, redis_url=redis_server.url)
        workers = start_workers(2, env, Path(workdir))
        client = Celery("client", broker=env["CELERY_BROKER_URL"], backend=env["CELERY_RESULT_BACKEND"],
                        set_as_current=False)  # fmt: skip
        try:
            yield redis_server, double, client, workers
        finally:
            stop_workers(workers)


@needs_redis
def test_workers_share_the_budget_and_a_sigkill_does_not_apply_a_create_twice(
    stack: tuple[RedisServer, CustomerStripe, Any, list[Any]],
) -> None:
    _, double, client, workers = stack
    double.reset()
    tasks = 60
    slow = {"email": "slow@example.com", "metadata": {"double_delay": "1.5"}}
    results = [client.send_task("stripe_connector.call", args=["create_customer", slow, None, True])]
    creates = 1
    for n in range(tasks - 1):
        if n % 3 == 0:
            creates += 1
            results.append(client.send_task("stripe_connector.call",
                                            args=["create_customer", {"email": f"c{n}@example.com"}]))  # fmt: skip
        else:
            results.append(client.send_task("stripe_connector.call", args=["list_customers", {"limit": 2}]))
    deadline = time.monotonic() + 20
    while not double.in_flight_email("slow@example.com"):  # the slow create is applied, not yet answered
        assert time.monotonic() < deadline, "the slow create never reached the double"
        time.sleep(0.01)
    killed = [pid for worker in workers for pid in worker.kill_pool_children()]
    assert killed
    outcomes = [r.get(timeout=60) for r in results]
    stats = double.stats
    assert len(outcomes) == tasks
    assert stats.applied == creates, stats.as_json()  # each logical create applied exactly once ...
    assert not stats.as_json()["applied_twice"]
    assert stats.replays >= 1  # ... and the killed one's redelivery was answered from Stripe's first answer
    assert outcomes[0]["data"]["email"] == "slow@example.com"
    assert outcomes[0]["idempotent_replayed"] is True  # the run that finished was not the one killed
    assert stats.rate_limited <= 0.01 * stats.requests, stats.as_json()


@needs_redis
def test_the_example_runs_offline_with_real_workers() -> None:
    import subprocess
    import sys

    example = Path(__file__).resolve().parents[2] / "examples" / "celery_example.py"
    done = subprocess.run([sys.executable, str(example), "--tasks", "12"], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "replayed True, same customer True" in done.stdout
    assert "0 answered 429" in done.stdout


@needs_redis
def test_a_final_error_reaches_the_caller_with_its_class_through_real_workers(
    stack: tuple[RedisServer, CustomerStripe, Any, list[Any]],
) -> None:
    _, double, client, _ = stack
    double.reset()
    result = client.send_task("stripe_connector.call", args=["create_customer", {"email": 42}])
    with pytest.raises(StripeTaskError) as info:  # rebuilt from Celery's JSON result backend
        result.get(timeout=30)
    assert info.value.error_type == "InvalidInputError" and info.value.details["param"] == "email"
    assert info.value.retryable is False
    assert result.state == "FAILURE" and double.stats.requests == 0
