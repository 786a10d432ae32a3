"""Benchmark the embedded store: bulk upsert, full-text search and heat-map aggregation.

    .venv/bin/python -m bench.store [--n 100000] [--db /tmp/radar-bench-store.sqlite3]

Prints figures and, for each, the obvious alternative measured in the same run:
- bulk upsert (batches of 1,000 in one transaction) vs one transaction per mention, vs
  SQLite's default checkpoint interval, and vs segmenting every batch in the writer instead of
  the worker process (``nlp.segment_worker``) (two growing stores each, alternating batches);
- bulk upsert with ``nlp.segment``'s own dictionary cut vs jieba's ``cut_for_search`` (the
  previous way, same tokens), alternating batches into two fresh stores, and the segmentation
  alone over the same texts;
- FTS5 token search vs a ``LIKE '%term%'`` scan over the same rows;
- the heat-map aggregation (day × sentiment, day × platform, hour × region over a range that
  starts and ends mid-hour) from the hourly cubes vs the scan of the mentions it replaced
  (``SQLiteStore.heat_aggregate = False``), both answers checked equal.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nlp import segment, segment_worker
from radar.schemas import AlertHit, Mention, MentionQuery, Sentiment, stable_id
from store.sqlite import SQLiteStore

PLATFORMS = ["weibo", "forum", "complaints", "news", "chat", "xiaohongshu", "douyin"]
REGIONS = ["西湖区", "滨江区", "余杭区", "拱墅区", "上城区", "萧山区"]
SUBJECTS = ["草莓", "牛奶", "鸡蛋", "蔬菜", "团长", "自提点", "配送", "价格", "猪肉", "水果"]
OPINIONS = [
    "很新鲜，下次还买",
    "发霉了，吃了拉肚子，食品安全谁负责",
    "先涨后降，感觉被大数据杀熟",
    "配送太慢了，等了两个小时",
    "团长服务态度很好，点赞",
    "价格比超市便宜不少",
    "包装破了，汤洒了一袋子",
    "过期了还在卖，太离谱",
]
QUERIES = ["食品安全", "草莓 发霉", "配送", "团长", "大数据杀熟", "牛奶", "价格", "拉肚子"]


def realistic(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    t0 = datetime(2026, 9, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        platform = rng.choice(PLATFORMS)
        text = f"邻里鲜{rng.choice(REGIONS)}的{rng.choice(SUBJECTS)}{rng.choice(OPINIONS)}，编号{i}"
        p_neg = rng.random()
        label = "negative" if p_neg > 0.6 else "positive" if p_neg < 0.4 else "neutral"
        alerts = (
            [AlertHit(category="食品安全", term="发霉", start=0, end=2)] if "发霉" in text else []
        )
        url = f"https://{platform}.example/p/{i}"
        out.append(
            Mention(
                id=stable_id(platform, url),
                platform=platform,
                source=f"{platform}-main",
                url=url,
                text=text,
                author=f"u{rng.randrange(5000)}",
                published_at=t0 + timedelta(minutes=rng.randrange(90 * 24 * 60)),
                read_count=int(rng.paretovariate(1.2) * 10),
                region=rng.choice(REGIONS),
                sentiment=Sentiment(label=label, p_negative=p_neg),  # type: ignore[arg-type]
                alerts=alerts,
                keywords=[w for w in SUBJECTS if w in text][:3],
            )
        )
    return out


@contextmanager
def segmentation_in_the_writer() -> Iterator[None]:
    """The previous way: every batch segmented in the writing process, none in the worker."""
    saved = segment_worker.BACKGROUND_MIN
    segment_worker.BACKGROUND_MIN = sys.maxsize
    try:
        yield
    finally:
        segment_worker.BACKGROUND_MIN = saved


@contextmanager
def jieba_segmentation() -> Iterator[None]:
    """The previous way: index tokens from jieba's own ``cut_for_search`` (the same tokens),
    in the writing process (the worker process does not see this patch)."""
    saved = segment.tokenize
    segment.tokenize = segment.reference_tokenize  # read per call by the store's index text
    try:
        with segmentation_in_the_writer():
            yield
    finally:
        segment.tokenize = saved


def fresh_store(path: Path) -> SQLiteStore:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return SQLiteStore(path)


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _against_previous(
    db: Path,
    previous: str,
    mentions: list[Mention],
    *,
    prepare: Callable[[SQLiteStore], None] | None = None,
    wrap: Callable[[], AbstractContextManager[None]] | None = None,
) -> None:
    """Upsert ``mentions`` into two fresh stores, the current way and the ``previous`` one (its
    store changed by ``prepare``, its upserts run inside ``wrap``), alternating batches of 1,000
    so that the machine's load hits both alike; print both rates."""
    pair = {
        now: fresh_store(db.with_name(f"radar-bench-pair-{now}.sqlite3")) for now in (True, False)
    }
    if prepare is not None:
        prepare(pair[False])
    seconds = {True: 0.0, False: 0.0}
    for i in range(0, len(mentions), 1000):
        for now in (True, False):
            start = time.perf_counter()
            with nullcontext() if now or wrap is None else wrap():
                pair[now].upsert_mentions(mentions[i : i + 1000])
            seconds[now] += time.perf_counter() - start
    for each in pair.values():
        each.close()
    print(
        f"  previous way, {previous}: {len(mentions) / seconds[False]:,.0f} vs "
        f"{len(mentions) / seconds[True]:,.0f} mentions/s now ({len(mentions):,} mentions each, "
        f"fresh stores): now {seconds[False] / seconds[True]:.2f}x as fast"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/radar-bench-store.sqlite3"))
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)

    mentions = realistic(args.n)
    store = SQLiteStore(args.db)
    # The dictionary loads once per process (~1 s, in the background from the store's open):
    # wait for it here so that the figures are the throughput, not the start-up.
    segment.tokenize("预热")
    start = time.perf_counter()
    for i in range(0, len(mentions), 1000):
        store.upsert_mentions(mentions[i : i + 1000])
    bulk_s = time.perf_counter() - start
    bulk_rate = args.n / bulk_s
    print(f"bulk upsert: {args.n} mentions in {bulk_s:.1f} s = {bulk_rate:,.0f} mentions/s")

    start = time.perf_counter()
    for i in range(0, len(mentions), 1000):
        store.upsert_mentions(mentions[i : i + 1000])
    again_s = time.perf_counter() - start
    print(f"re-upsert (all unchanged): {args.n / again_s:,.0f} mentions/s")

    single_db = args.db.with_name("radar-bench-single.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(str(single_db) + suffix).unlink(missing_ok=True)
    single = SQLiteStore(single_db)
    sample = mentions[:2000]
    start = time.perf_counter()
    for m in sample:
        single.upsert_mentions([m])
    single_rate = len(sample) / (time.perf_counter() - start)
    single.close()
    print(
        f"  alternative, one transaction per mention: {single_rate:,.0f} mentions/s "
        f"(bulk is {bulk_rate / single_rate:.1f}x)"
    )

    # The checkpoint interval matters as the store grows (pages of the id indexes, dirtied all
    # over the file, are written again at every checkpoint): every mention, one store with
    # SQLite's default interval of 1,000 pages.
    def default_checkpoint(store: SQLiteStore) -> None:
        store._db.execute("PRAGMA wal_autocheckpoint=1000")

    _against_previous(args.db, "checkpoint every 1,000 pages", mentions, prepare=default_checkpoint)
    # Segmenting a batch in the worker process while the writer fills the other tables, against
    # segmenting it in the writer; every mention, two growing stores.
    _against_previous(
        args.db, "segmentation in the writer", mentions, wrap=segmentation_in_the_writer
    )

    # The previous ways, each against the current one in two fresh stores, same 10,000
    # mentions: a store without the heat-map triggers (no cubes kept), and jieba's own
    # segmentation for the index.
    sample = mentions[: min(10_000, len(mentions))]
    segment.reference_tokenize("预热")  # load jieba's own dictionary outside the timings

    def no_cubes(store: SQLiteStore) -> None:
        for trigger in ("heat_insert", "heat_update", "heat_delete"):
            store._db.execute(f"DROP TRIGGER {trigger}")

    _against_previous(args.db, "no heat-map cubes kept", sample, prepare=no_cubes)
    _against_previous(
        args.db, "jieba's cut_for_search for the index", sample, wrap=jieba_segmentation
    )
    texts = [f"{m.title or ''}\n{m.text}" for m in sample]
    ways = {"ours": segment.tokenize, "jieba": segment.reference_tokenize}
    spent = dict.fromkeys(ways, 0.0)
    for i in range(0, len(texts), 1000):
        for name, tokenize in ways.items():
            start = time.perf_counter()
            for text in texts[i : i + 1000]:
                tokenize(text)
            spent[name] += time.perf_counter() - start
    ours, theirs = spent.values()
    print(
        f"  segmentation alone: {ours / len(texts) * 1e6:.0f} µs per mention vs "
        f"{theirs / len(texts) * 1e6:.0f} µs with jieba's cut_for_search ({theirs / ours:.1f}x)"
    )

    search_ms = []
    for q in QUERIES:
        search_ms += timed(lambda q=q: store.search_mentions(MentionQuery(q=q), limit=50), 10)
    filtered_ms = timed(
        lambda: store.search_mentions(
            MentionQuery(q="发霉", platform=["weibo"], sentiment=["negative"]), limit=50
        ),
        20,
    )
    print(
        f"search (8 queries x 10, page of 50 + total): p50 {statistics.median(search_ms):.1f} ms, "
        f"p95 {p95(search_ms):.1f} ms; with filters p95 {p95(filtered_ms):.1f} ms"
    )

    raw = sqlite3.connect(args.db)
    like_ms = []
    for q in QUERIES:
        term = q.split()[0]
        like_ms += timed(
            lambda term=term: raw.execute(
                "SELECT count(*) FROM mention_docs WHERE body LIKE ?", (f"%{term}%",)
            ).fetchone(),
            3,
        )
    raw.close()
    print(
        f"  alternative, LIKE scan: p50 {statistics.median(like_ms):.1f} ms "
        f"(FTS5 is {statistics.median(like_ms) / statistics.median(search_ms):.1f}x faster)"
    )

    t0 = min(m.published_at for m in mentions)
    odd = MentionQuery(since=t0 + timedelta(days=20, minutes=17), until=t0 + timedelta(days=61.3))
    for label, query, interval, split in [
        ("day x sentiment", MentionQuery(), "day", None),
        ("day x platform", MentionQuery(), "day", "platform"),
        ("hour x region, 41 days from mid-hour", odd, "hour", "region"),
    ]:
        histograms = {}
        for store.heat_aggregate in (True, False):
            ms = timed(
                lambda q=query, i=interval, s=split: store.mention_histogram(
                    q, interval=i, split_by=s
                ),
                10 if store.heat_aggregate else 3,
            )
            histograms[store.heat_aggregate] = (statistics.median(ms), max(ms))
        cube, scan = histograms[True], histograms[False]
        store.heat_aggregate = True
        got = store.mention_histogram(query, interval=interval, split_by=split)  # type: ignore[arg-type]
        store.heat_aggregate = False
        want = store.mention_histogram(query, interval=interval, split_by=split)  # type: ignore[arg-type]
        store.heat_aggregate = True
        assert [(b.start, b.key, b.total, b.negative) for b in got] == [
            (b.start, b.key, b.total, b.negative) for b in want
        ]
        print(
            f"heat map over {args.n}, {label}: cubes p50 {cube[0]:.1f} ms (max {cube[1]:.1f}) "
            f"vs scan p50 {scan[0]:.0f} ms -> {scan[0] / cube[0]:.0f}x"
        )
    terms = timed(lambda: store.mention_terms("region", MentionQuery()), 10)
    print(f"terms by region p50 {statistics.median(terms):.0f} ms")
    store.close()


if __name__ == "__main__":
    main()
