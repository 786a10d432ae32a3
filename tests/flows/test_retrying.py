"""Retries on I/O only: a real Prefect task run retried for OSError, reported for a bug."""

from __future__ import annotations

import sqlite3

import pytest
from prefect import flow, task
from prefect.cache_policies import NONE

from flows.retrying import describe, is_transient, retry_on_io
from store.base import StoreError, VersionConflict


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (ConnectionRefusedError("refused"), True),
        (TimeoutError("timed out"), True),
        (sqlite3.OperationalError("database is locked"), True),
        (StoreError("backend unreachable"), True),
        (VersionConflict("outbox", "x", 1, 2), True),
        (FileNotFoundError("no sentiment model in nlp/models"), False),
        (PermissionError("read-only data dir"), False),
        (ValueError("bad date"), False),
        (KeyError("text"), False),
        (TypeError("None"), False),
    ],
)
def test_transient_errors_are_the_io_ones(exc: BaseException, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_an_io_error_wrapped_in_another_is_transient() -> None:
    try:
        try:
            raise ConnectionResetError("peer reset")
        except OSError as inner:
            raise RuntimeError("crawl failed") from inner
    except RuntimeError as outer:
        assert is_transient(outer)
        assert describe(outer) == (
            "RuntimeError: crawl failed (caused by ConnectionResetError: peer reset)"
        )


#: What the flaky task raises, in order, and how often it was called (flow parameters are
#: copied by Prefect, so the test talks to the task through module state).
PLAN: list[BaseException] = []
CALLS: list[int] = []


def _flaky() -> str:
    CALLS.append(1)
    if PLAN:
        raise PLAN.pop(0)
    return "done"


flaky = task(
    _flaky, retries=3, retry_delay_seconds=0, retry_condition_fn=retry_on_io, cache_policy=NONE
)


@flow
def run_flaky() -> str:
    return flaky()


def test_prefect_retries_a_task_that_failed_on_io(prefect_api_url: str) -> None:
    CALLS.clear()
    PLAN[:] = [ConnectionResetError("reset"), TimeoutError("slow")]
    assert run_flaky() == "done"
    assert len(CALLS) == 3


def test_prefect_does_not_retry_a_bug_and_reports_its_cause(prefect_api_url: str) -> None:
    CALLS.clear()
    PLAN[:] = [ValueError("unparseable date")]
    with pytest.raises(ValueError, match="unparseable date"):
        run_flaky()
    assert len(CALLS) == 1
