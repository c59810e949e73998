"""The run lock's rules on a bare state: who takes a run, what a refusal says, which tokens are current, and that
leases only move forward."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from stripe_connector.celery import ExportRunningError
from stripe_connector.celery._run_lock import is_current, release_run, renew_run, run_lease, take_run
from stripe_connector.errors import InvalidInputError


def state(**run: Any) -> dict[str, Any]:
    shards = {"0": {"done": False, "owner": "task-a", "until": 99.0}, "1": {"done": True, "owner": None, "until": 0}}
    return {"shards": shards, "complete": False, **({"run": run} if run else {})}


def test_a_new_export_is_run_1_and_a_held_run_is_refused_naming_its_holder() -> None:
    fresh = state()
    assert take_run("export-x", fresh, holder="host-a pid 1 (ab)", lease=10, now=100.0) == 1
    assert fresh["run"] == {"token": 1, "holder": "host-a pid 1 (ab)", "until": 110.0, "lease": 10}
    with pytest.raises(ExportRunningError) as refused:
        take_run("export-x", fresh, holder="host-b pid 2 (cd)", lease=10, now=104.0)
    error = refused.value
    assert (error.export, error.holder, error.token, error.expires_in) == ("export-x", "host-a pid 1 (ab)", 1, 6.0)
    assert "host-a pid 1 (ab)" in str(error) and "run 1" in str(error) and "export-x" in str(error)
    assert isinstance(error, InvalidInputError) and error.param == "checkpoint"
    assert fresh["run"]["holder"] == "host-a pid 1 (ab)"  # the refusal changed nothing


def test_a_lapsed_run_is_taken_over_with_the_next_token_and_its_shard_leases_go() -> None:
    lapsed = state(token=4, holder="host-a", until=100.0, lease=10)
    assert take_run("export-x", lapsed, holder="host-b", lease=5, now=100.0) == 5
    assert lapsed["run"]["until"] == 105.0 and lapsed["shards"]["0"]["owner"] is None
    assert lapsed["shards"]["0"]["until"] == 100.0 and lapsed["shards"]["1"]["done"]  # lapsed, not "never held"


def test_only_the_current_token_is_current_and_a_state_without_runs_takes_only_tokenless_tasks() -> None:
    running = state(token=3, holder="h", until=50.0, lease=10)
    assert is_current(running, 3) and not is_current(running, 2) and not is_current(running, None)
    assert is_current(state(), None) and not is_current(state(), 1)


def test_renewal_moves_the_lease_forward_only_for_the_current_run_and_release_ends_it() -> None:
    running = state(token=3, holder="h", until=50.0, lease=10)
    assert renew_run(running, 3, now=45.0) and running["run"]["until"] == 55.0
    assert renew_run(running, 3, now=30.0) and running["run"]["until"] == 55.0  # a late clock never shortens it
    assert not renew_run(running, 2, now=60.0) and running["run"]["until"] == 55.0
    release_run(running, 2)
    assert running["run"]["until"] == 55.0  # a stale run cannot release the current one
    release_run(running, 3)
    assert running["run"]["until"] == 0.0


def test_the_refusal_survives_pickling_with_its_fields() -> None:
    error = ExportRunningError("export-x", holder="host pid 7 (ee)", token=2, expires_in=3.5)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ExportRunningError and str(again) == str(error)
    assert (again.holder, again.token, again.expires_in, again.param) == ("host pid 7 (ee)", 2, 3.5, "checkpoint")


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), True, "60", None])
def test_a_run_lease_is_a_positive_finite_number(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        run_lease(bad)
    assert info.value.param == "run_lease_seconds"
    assert run_lease(2) == 2.0
