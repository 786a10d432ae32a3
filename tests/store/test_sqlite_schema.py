"""The embedded store's schema versions: an older file is brought up to date on open, and the
link columns that ``mention_links_to`` reads are indexed and kept current by every write."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from radar.schemas import Mention, Sentiment
from store.base import MentionLink
from store.sqlite import SQLiteStore
from store.sqlite_schema import SCHEMA_VERSION

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def _make(i: int, **extra: Any) -> Mention:
    return Mention(
        id=f"k{i}",
        platform="weibo",
        source="demo-weibo",
        url=f"https://example.test/{i}",
        text=f"草莓第{i}条",
        published_at=T0 + timedelta(minutes=i),
        **extra,
    )


def _story() -> list[Mention]:
    return [
        _make(0),
        _make(1, repost_of="k0"),
        _make(2, parent_id="k0"),
        _make(3, repost_of="k1", parent_id="k0"),
        _make(4, repost_of="", parent_id="k2"),  # an empty id is no link
        _make(5, repost_of=""),
    ]


def test_a_store_from_before_the_link_columns_gets_them_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with SQLiteStore(path) as store:
        store.upsert_mentions(_story())
        expected = store.mention_links(T0, T0 + timedelta(hours=1))
    assert [tuple(link) for link in expected] == [
        ("k1", "k0", "repost"),
        ("k2", "k0", "reply"),
        ("k3", "k1", "repost"),
        ("k4", "k2", "reply"),
    ]
    # Back to schema version 1: no link columns, no index.
    raw = sqlite3.connect(path)
    raw.execute("DROP INDEX ix_mentions_link")
    raw.execute("ALTER TABLE mentions DROP COLUMN link_parent")
    raw.execute("ALTER TABLE mentions DROP COLUMN link_kind")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()

    with SQLiteStore(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert store.mention_links(T0, T0 + timedelta(hours=1)) == expected
        assert store.mention_links_to(["k0"], T0, T0 + timedelta(hours=1)) == expected[:2]
        # The heat-map cubes of version 1 were left as they were.
        assert store._db.execute("SELECT sum(n) FROM heat_platform").fetchone()[0] == 6


def test_link_columns_follow_every_write(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.sqlite3") as store:
        store.upsert_mentions(_story())
        window = (T0, T0 + timedelta(hours=1))
        # A re-crawl that changes the link, then one that removes it.
        store.upsert_mentions([_make(2, repost_of="k1")])
        assert store.mention_links_to(["k1"], *window) == [
            MentionLink("k2", "k1", "repost"),
            MentionLink("k3", "k1", "repost"),
        ]
        store.upsert_mentions([_make(3)])
        assert store.mention_links_to(["k1"], *window) == [MentionLink("k2", "k1", "repost")]
        # Saving an analysis keeps the link.
        analysed = _make(2, repost_of="k1").model_copy(
            update={"sentiment": Sentiment(label="negative", p_negative=0.9)}
        )
        assert store.save_analysis([analysed]) == 1
        assert store.mention_links_to(["k1"], *window) == [MentionLink("k2", "k1", "repost")]
        store.delete_mentions(["k2"])
        assert store.mention_links_to(["k1"], *window) == []
        assert store.mention_links_to(["k2"], *window) == [MentionLink("k4", "k2", "reply")]


def test_links_to_are_read_through_the_parent_index(tmp_path: Path) -> None:
    # Proportional to the story, not the window: the query seeks the parents in the index
    # instead of scanning the window's mentions.
    with SQLiteStore(tmp_path / "s.sqlite3") as store:
        traced: list[str] = []
        store._db.set_trace_callback(traced.append)
        store.mention_links_to(["k0", "k1"], T0, T0 + timedelta(hours=1))
        store._db.set_trace_callback(None)
        (sql,) = [s for s in traced if "link_parent IN" in s]
        plan = " ".join(
            str(row[3]) for row in store._db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        )
        assert "USING INDEX ix_mentions_link (link_parent=?" in plan, plan
