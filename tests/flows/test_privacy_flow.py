"""The daily ``privacy`` flow through Prefect: retention past ``RADAR_PRIVACY_RETENTION_DAYS``
(counts kept, receipt stored) and legacy handles pseudonymised, idempotently."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from community.privacy import AGGREGATES, RECEIPTS
from flows.privacy import privacy
from monitor.tickets import TICKETS
from radar.privacy import pseudonym_key, pseudonymise
from radar.schemas import Mention, MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore

NOW = datetime(2026, 11, 30, 4, tzinfo=UTC)


def post(i: int, days_ago: float) -> Mention:
    return Mention(
        id=f"p{i}",
        platform="weibo",
        source="s",
        url=f"https://example.cn/{i}",
        text="牛奶",
        author=f"作者{i}",
        published_at=NOW - timedelta(days=days_ago),
    )


@pytest.mark.slow
def test_the_privacy_flow_applies_retention_and_pseudonymises(
    prefect_api_url: str, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "var", privacy={"retention_days": 30, "key": "k" * 32})
    store = SQLiteStore(settings.sqlite_path)
    try:
        store.upsert_mentions([post(1, 40), post(2, 31.5), post(3, 2)])
        store.put_doc(TICKETS, "tkt-old", {"subject": "旧投诉", "customer": "作者1"})
        outcome = privacy(settings=settings, now=NOW)
        assert outcome.mentions_deleted == 2
        assert outcome.pseudonymised == {TICKETS: 1}
        assert [m.id for m in store.iter_mentions(MentionQuery())] == ["p3"]
        assert store.count_docs(AGGREGATES) == 2  # the two deleted days' counts
        key = pseudonym_key(settings.privacy)
        customer = store.get_doc(TICKETS, "tkt-old").body["customer"]  # type: ignore[union-attr]
        assert customer == pseudonymise("作者1", key)
        again = privacy(settings=settings, now=NOW)
        assert (again.mentions_deleted, again.pseudonymised) == (0, {})
        assert store.count_docs(RECEIPTS) == 2  # one retention receipt per run
    finally:
        store.close()
