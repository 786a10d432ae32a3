"""``GET /api/status`` (signed in) over real uvicorn, against the session's Prefect API."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from flows.ad_intake import ad_intake
from flows.analyse import analyse
from flows.collect import collect
from flows.community import community
from flows.monitor import monitor
from flows.pipeline import full_pass
from flows.privacy import privacy
from identity.users import create_user
from radar.schemas import Mention
from radar.settings import Settings
from review_api.app import create_app
from review_api.status import FLOW_NAMES
from store.sqlite import SQLiteStore
from tests.utils.servers import live_uvicorn

pytestmark = pytest.mark.slow  # the session's Prefect test server


def test_the_status_names_every_flow_radar_run_runs() -> None:
    assert set(FLOW_NAMES) == {
        f.name for f in (collect, analyse, monitor, ad_intake, community, privacy, full_pass)
    }


@pytest.fixture
def server(
    tmp_path: Path, prefect_api_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, str]]:
    monkeypatch.setenv("PREFECT_API_URL", prefect_api_url)
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    _, token = create_user(store, "vera", "viewer")
    when = datetime(2026, 11, 20, 4, tzinfo=UTC)
    store.upsert_mentions(
        [Mention(id="a", platform="weibo", source="s", url="u", text="牛奶", published_at=when)]
    )
    with live_uvicorn(create_app(Settings(data_dir=tmp_path), store)) as base:
        yield base, token
    store.close()


def test_status_needs_a_user_and_reports_flows_store_outbox_quarantine(
    server: tuple[str, str],
) -> None:
    base, token = server
    assert httpx.get(f"{base}/api/status").status_code == 401
    answer = httpx.get(f"{base}/api/status", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    status = answer.json()
    assert [f["name"] for f in status["flows"]] == list(FLOW_NAMES)
    for flow in status["flows"]:
        assert set(flow) == {
            "name",
            "last_completed_at",
            "next_scheduled_at",
            "completed_runs",
            "failed_runs",
        }
    assert status["prefect_error"] is None
    assert status["store"] == {"mentions": 1, "pending_analysis": 1}
    assert status["outbox"] == {"pending": 0, "sending": 0, "dead": 0, "unknown": 0}
    assert status["quarantine"] == 0
