"""A bounded schemathesis run against the monitoring endpoints: no input may cause a 500, and
every error is problem+json (drives schemathesis' Python API, as tests/compliance/test_fuzz.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from compliance.users import create_user
from monitor import run_monitor
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story
from tests.utils.servers import live_uvicorn

MAX_EXAMPLES = 15


def _fuzz(operation: schemathesis.APIOperation, token: str) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=30)
        where = f"{case.method} {case.formatted_path}"
        assert response.status_code < 500, (where, response.text[:300])
        if response.status_code >= 400:
            kind = response.headers.get("content-type") or []
            assert kind == ["application/problem+json"], (where, response.status_code, kind)

    run()


@pytest.mark.slow
def test_no_server_errors(store: SQLiteStore, monitor_settings: Settings) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, monitor_settings, T0 + timedelta(hours=3))
    _, token = create_user(store, "pr-fuzz", "admin")
    failures: list[str] = []
    with live_uvicorn(create_app(monitor_settings, store)) as base:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        operations = [
            result.ok()
            for result in schema.include(
                path_regex=r"^/api/(heatmap|propagation|alerts|incidents|tickets|compensation)"
            ).get_all_operations()
        ]
        assert len(operations) >= 13
        for operation in operations:
            try:
                _fuzz(operation, token)
            except AssertionError as exc:
                failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert failures == []
