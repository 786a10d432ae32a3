"""A bounded schemathesis run against the monitoring endpoints (``tests.utils.fuzz``): no input may
cause a 500, and every error is a problem+json body."""

from __future__ import annotations

from datetime import timedelta

import pytest

from identity.users import create_user
from monitor import run_monitor
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story
from tests.utils.fuzz import fuzz_api
from tests.utils.servers import live_uvicorn

MAX_EXAMPLES = 15


@pytest.mark.slow
def test_no_server_errors(store: SQLiteStore, monitor_settings: Settings) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, monitor_settings, T0 + timedelta(hours=3))
    _, token = create_user(store, "pr-fuzz", "admin")
    with live_uvicorn(create_app(monitor_settings, store)) as base:
        report = fuzz_api(
            base,
            path_regex=r"^/api/(heatmap|propagation|alerts|incidents|tickets|compensation)",
            token=token,
            max_examples=MAX_EXAMPLES,
        )
    assert len(report.operations) >= 13
    assert report.failures == []
