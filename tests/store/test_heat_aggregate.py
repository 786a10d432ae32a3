"""The embedded store's heat-map cubes (store/sqlite_heat.py) answer exactly what the scan does.

Random writes (new mentions, re-crawls that move them, analyses that change the sentiment label
and the alert categories, deletions) are applied to one store; then every interval × split over
ranges that start and end anywhere (on an hour, a microsecond before one, mid-hour) is asked
twice, through the cubes and through the scan, and the answers must be equal.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radar.schemas import AlertHit, HistogramBucket, Mention, MentionQuery, Sentiment
from store.base import Interval, SplitField
from store.sqlite import SQLiteStore
from store.sqlite_heat import CUBES, plan
from store.sqlite_schema import SCHEMA_VERSION, migrate

T0 = datetime(2026, 11, 1, 15, 0, tzinfo=UTC)  # 23:00 in Shanghai, a Sunday: days and weeks end
HOUR_US = 3_600_000_000
PLATFORMS = ["weibo", "forum"]
SOURCES = ["weibo-main", "weibo-hot", "forum-main"]
REGIONS = [None, "西湖区", "滨江区", ""]
SHOPS = [None, "邻里鲜(1号店)", "邻里鲜(2号店)"]
CATEGORIES = ["食品安全", "价格欺诈", "服务态度"]
INTERVALS: list[Interval] = ["hour", "day", "week"]
SPLITS: list[SplitField | None] = [None, "platform", "source", "region", "shop", "alert_category"]
N_IDS = 12

# A time within 60 hours of T0, often on or next to an hour boundary.
instants = st.builds(
    lambda hour, us: T0 + timedelta(hours=hour, microseconds=us),
    st.integers(-6, 60),
    st.one_of(st.just(0), st.just(1), st.just(HOUR_US - 1), st.integers(0, HOUR_US - 1)),
)
sentiments = st.one_of(
    st.none(),
    st.builds(
        lambda label, p: Sentiment(label=label, p_negative=p),
        st.sampled_from(["negative", "neutral", "positive"]),
        # Often the same p_negative under another label: a label change alone must count.
        st.one_of(st.sampled_from([0.0, 0.3, 1.0]), st.floats(0.0, 1.0)),
    ),
)
alert_sets = st.lists(st.sampled_from(CATEGORIES), max_size=3)


def _alerts(categories: list[str]) -> list[AlertHit]:
    return [AlertHit(category=c, term=c, start=0, end=len(c)) for c in categories]


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    i = draw(st.integers(0, N_IDS - 1))
    platform = draw(st.sampled_from(PLATFORMS))
    return Mention(
        id=f"m{i}",
        platform=platform,
        source=draw(st.sampled_from(SOURCES)),
        url=f"https://{platform}.example/{i}",
        text=draw(st.sampled_from(["草莓很新鲜", "牛奶过期了", "配送慢"])),
        published_at=draw(instants),
        read_count=draw(st.integers(0, 3)),
        region=draw(st.sampled_from(REGIONS)),
        shop=draw(st.sampled_from(SHOPS)),
        sentiment=draw(sentiments),
        alerts=_alerts(draw(alert_sets)),
    )


@st.composite
def analyses(draw: st.DrawFn) -> tuple[str, Sentiment | None, list[str]]:
    return f"m{draw(st.integers(0, N_IDS - 1))}", draw(sentiments), draw(alert_sets)


operations = st.lists(
    st.one_of(
        st.tuples(st.just("upsert"), st.lists(mentions(), min_size=1, max_size=6)),
        st.tuples(st.just("analyse"), st.lists(analyses(), min_size=1, max_size=4)),
        st.tuples(st.just("delete"), st.integers(0, N_IDS - 1)),
    ),
    min_size=1,
    max_size=12,
)


def apply(store: SQLiteStore, ops: list[tuple[str, Any]]) -> None:
    for kind, arg in ops:
        if kind == "upsert":
            store.upsert_mentions(arg)
        elif kind == "analyse":
            analysed = []
            for mention_id, sentiment, categories in arg:
                stored = store.get_mention(mention_id)
                if stored is not None:
                    update = {"sentiment": sentiment, "alerts": _alerts(categories)}
                    analysed.append(stored.model_copy(update=update))
            store.save_analysis(analysed)
        else:
            # The Store protocol has no mention delete yet; any deletion path (retention, a
            # repair by hand) deletes the mention's rows, and the triggers follow.
            with store._write() as db:
                found = db.execute("SELECT rowid FROM mentions WHERE id = ?", (f"m{arg}",))
                for (rowid,) in found.fetchall():
                    for table in ("mention_docs", "mention_fts", "mentions"):
                        db.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                    db.execute("DELETE FROM mention_tags WHERE mention_rowid = ?", (rowid,))


def queries(since: datetime, until: datetime) -> Iterator[MentionQuery]:
    yield MentionQuery()
    yield MentionQuery(since=since, until=until)
    yield MentionQuery(since=since)
    yield MentionQuery(until=until)
    yield MentionQuery(since=T0, until=T0 + timedelta(hours=30))
    yield MentionQuery(since=since, until=until, sentiment=["negative", "neutral"])
    yield MentionQuery(alert_category=["食品安全", "服务态度"])
    yield MentionQuery(alert_category=[])


def assert_same(got: list[HistogramBucket], want: list[HistogramBucket], what: str) -> None:
    def exact(b: HistogramBucket) -> tuple[Any, ...]:
        return (b.start, b.key, b.total, b.negative, b.neutral, b.positive, b.unscored)

    assert [exact(b) for b in got] == [exact(b) for b in want], what
    for g, w in zip(got, want, strict=True):
        # The same mean summed in another order: equal up to rounding.
        assert (g.mean_p_negative is None) == (w.mean_p_negative is None), what
        if g.mean_p_negative is not None and w.mean_p_negative is not None:
            assert math.isclose(g.mean_p_negative, w.mean_p_negative, abs_tol=1e-9), what


def assert_cubes_match_scan(store: SQLiteStore, since: datetime, until: datetime) -> None:
    for query in queries(since, until):
        for interval in INTERVALS:
            for split in SPLITS:
                # Filters on two cubes' dimensions go to the scan; the rest must use a cube.
                assert plan(query, split) is not None or (
                    query.since and query.until and query.until - query.since < timedelta(hours=2)
                ), (query, split)
                store.heat_aggregate = True
                got = store.mention_histogram(query, interval=interval, split_by=split)
                store.heat_aggregate = False
                want = store.mention_histogram(query, interval=interval, split_by=split)
                assert_same(got, want, f"{interval} x {split} over {query}")
    for platform, split in [("weibo", "platform"), ("forum", "source"), ("weibo", None)]:
        query = MentionQuery(platform=[platform], since=since)
        assert plan(query, split) is not None  # type: ignore[arg-type]
        store.heat_aggregate = True
        got = store.mention_histogram(query, interval="hour", split_by=split)  # type: ignore[arg-type]
        store.heat_aggregate = False
        want = store.mention_histogram(query, interval="hour", split_by=split)  # type: ignore[arg-type]
        assert_same(got, want, f"{platform} x {split}")
    for region_query in [MentionQuery(region=["西湖区", ""]), MentionQuery(region=[])]:
        store.heat_aggregate = True
        got = store.mention_histogram(region_query, interval="day", split_by="region")
        store.heat_aggregate = False
        want = store.mention_histogram(region_query, interval="day", split_by="region")
        assert_same(got, want, f"{region_query} x region")


def assert_cubes_are_a_rebuild(store: SQLiteStore) -> None:
    """The triggers left exactly the cells a rebuild from the mentions gives (empty ones aside)."""
    db = store._db
    kept = {}
    for cube in CUBES:
        kept[cube.table] = db.execute(
            f"SELECT * FROM {cube.table} WHERE n != 0 ORDER BY 1, 2, 3, 4"
        ).fetchall()
        empty = db.execute(f"SELECT n_p, sum_p FROM {cube.table} WHERE n = 0").fetchall()
        assert set(empty) <= {(0, 0.0)}, cube.table
    db.execute("PRAGMA user_version = 0")
    migrate(db)
    for cube in CUBES:
        rebuilt = db.execute(f"SELECT * FROM {cube.table} ORDER BY 1, 2, 3, 4").fetchall()
        assert [r[:-2] + r[-1:] for r in kept[cube.table]] == [r[:-2] + r[-1:] for r in rebuilt]
        for k, r in zip(kept[cube.table], rebuilt, strict=True):
            assert math.isclose(k[-2], r[-2], abs_tol=1e-9), cube.table


@pytest.mark.slow  # a fuzz test: about 10 s
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ops=operations, since=instants, length=st.integers(0, 80 * HOUR_US))
def test_cubes_answer_what_the_scan_answers(
    ops: list[tuple[str, Any]], since: datetime, length: int
) -> None:
    with SQLiteStore(":memory:") as store:
        apply(store, ops)
        assert_cubes_match_scan(store, since, since + timedelta(microseconds=length))
        assert_cubes_are_a_rebuild(store)


def _make(i: int, hours: float, **extra: Any) -> Mention:
    return Mention(
        id=f"x{i}",
        platform=PLATFORMS[i % 2],
        source=SOURCES[i % 3],
        url=f"https://example/{i}",
        text=f"草莓第{i}条",
        published_at=T0 + timedelta(hours=hours),
        region=REGIONS[i % 4],
        shop=SHOPS[i % 3],
        sentiment=Sentiment(label="negative", p_negative=0.25 * (i % 4)) if i % 5 else None,
        alerts=_alerts(CATEGORIES[: i % 4]),
        **extra,
    )


def test_a_store_from_before_the_cubes_gets_them_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with SQLiteStore(path) as store:
        store.upsert_mentions([_make(i, i * 1.7) for i in range(40)])
    # Back to the layout before the cubes: no triggers, no cubes, no alerts column.
    raw = sqlite3.connect(path)
    for trigger in ("heat_insert", "heat_update", "heat_delete"):
        raw.execute(f"DROP TRIGGER {trigger}")
    for cube in CUBES:
        raw.execute(f"DROP TABLE {cube.table}")
    raw.execute("ALTER TABLE mentions DROP COLUMN alerts")
    raw.execute("PRAGMA user_version = 0")
    raw.commit()
    raw.close()

    with SQLiteStore(path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        cells = store._db.execute("SELECT sum(n) FROM heat_region").fetchone()[0]
        assert cells == 40
        assert_cubes_match_scan(store, T0 + timedelta(minutes=90), T0 + timedelta(days=2))
        # And they stay current afterwards.
        store.upsert_mentions([_make(i, 50 + i) for i in range(40, 50)])
        assert_cubes_match_scan(store, T0, T0 + timedelta(days=3))


@pytest.mark.parametrize(
    "query, split",
    [
        (MentionQuery(q="草莓"), None),
        (MentionQuery(min_reads=10), "platform"),
        (MentionQuery(needs_analysis=True), None),
        (MentionQuery(platform=["weibo"]), "region"),
        (MentionQuery(region=["西湖区"]), "shop"),
        (MentionQuery(since=T0, until=T0 + timedelta(minutes=59)), "platform"),
    ],
)
def test_what_the_cubes_cannot_answer_takes_the_scan(
    tmp_path: Path, query: MentionQuery, split: SplitField | None
) -> None:
    assert plan(query, split) is None
    with SQLiteStore(tmp_path / "s.sqlite3") as store:
        store.upsert_mentions([_make(i, i * 0.4, read_count=i) for i in range(30)])
        got = store.mention_histogram(query, interval="hour", split_by=split)
        store.heat_aggregate = False
        assert got == store.mention_histogram(query, interval="hour", split_by=split)
        assert got  # the comparison is not between two empty answers
