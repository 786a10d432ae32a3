"""Benchmark the act stage on the embedded store: heat map, propagation, timer sweep.

    nice .venv/bin/python -m bench.monitor [--n 1000000] [--incidents 10000] \
        [--db /tmp/radar-bench-monitor/bench.sqlite3]

Generates ``--n`` mentions over 30 days (7 platforms, 12 regions, 40 shops, 5 alert
categories, 2,000 repost/reply stories including one of 20,000 mentions) straight into the store
with ``upsert_mentions`` in batches (kept and reused when the database already holds them), then
measures, each against the obvious alternative in the same run:

* heat map (``monitor.heatmap``) from the store's hourly cubes (``store.sqlite_heat``) vs the
  scan of the mentions it replaced (``SQLiteStore.heat_aggregate = False``), both answers
  checked equal, and vs iterating the mentions in Python; the cubes read the current way
  (summed by hour along their primary key) vs the previous way (summed by bucket, key and
  alert set, which sorts every row read: ``read_cube(..., by_alerts=True)``);
* propagation (``monitor.propagation``): the story walked level by level through the parent
  index (``Store.mention_links_to``) vs the previous way, one scan of the window's links
  (``Store.mention_links``, ``scan_window=True``), for the 20,000-node story and a small one
  over 1- and 7-day windows, both graphs checked equal;
* timer sweep over ``--incidents`` open incidents (half overdue) vs reading every incident and
  checking its steps in Python.
"""

from __future__ import annotations

import argparse
import functools
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from monitor.cases import save_case
from monitor.crisis import crisis_steps
from monitor.heatmap import Dimension, HeatMap, heat_map
from monitor.incidents import INCIDENTS, Incident
from monitor.notify import Outbox
from monitor.propagation import story_graph
from monitor.sop import sweep
from monitor.timers import steps_to_escalate
from radar.schemas import AlertHit, Mention, MentionQuery, Sentiment
from store import sqlite as sqlite_backend
from store.base import Interval
from store.sqlite import SQLiteStore
from store.sqlite_heat import read_cube

T = TypeVar("T")
T0 = datetime(2026, 10, 1, tzinfo=UTC)
DAYS = 30
PLATFORMS = ["weibo", "forum", "complaints", "news", "chat", "xiaohongshu", "douyin"]
REGIONS = [
    f"杭州{d}"
    for d in [
        "上城",
        "拱墅",
        "西湖",
        "滨江",
        "萧山",
        "余杭",
        "临平",
        "钱塘",
        "富阳",
        "临安",
        "桐庐",
        "淳安",
    ]
]
SHOPS = [f"邻里鲜({i}号店)" for i in range(40)]
CATEGORIES = ["食品安全", "价格欺诈", "虚假宣传", "服务态度", "配送问题"]
TEXTS = ["草莓很新鲜", "鸡蛋破了三个", "团长态度很好", "配送慢", "价格比超市便宜", "牛奶过期"]
BIG_STORY = 20_000


def timed(fn: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """Best wall time of ``repeat`` runs and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result  # type: ignore[return-value]


def generate(n: int, seed: int = 8) -> Iterator[Mention]:
    """``n`` mentions; the first BIG_STORY + 2,000·k belong to stories (trees of reposts)."""
    rng = random.Random(seed)
    story_sizes = [BIG_STORY] + [rng.randint(2, 50) for _ in range(1999)]
    i = 0
    for s, size in enumerate(story_sizes):
        start = T0 + timedelta(days=2 + (s % 20), hours=rng.random() * 24)
        ids: list[str] = []
        for j in range(size):
            if i >= n:
                return
            mid = f"s{s}-{j}"
            parent = ids[rng.randrange(max(1, len(ids) // 3 or 1))] if ids else None
            at = start + timedelta(minutes=j * (5 if size == BIG_STORY else 30) / max(size / 50, 1))
            yield _mention(rng, mid, at, parent, root=j == 0, category=CATEGORIES[s % 5])
            ids.append(mid)
            i += 1
    while i < n:
        at = T0 + timedelta(seconds=rng.random() * DAYS * 86400)
        yield _mention(rng, f"m{i}", at, None, root=False, category=None)
        i += 1


def _mention(
    rng: random.Random,
    mid: str,
    at: datetime,
    parent: str | None,
    *,
    root: bool,
    category: str | None,
) -> Mention:
    p_neg = rng.random()
    label = "negative" if p_neg > 0.6 else "positive" if p_neg < 0.3 else "neutral"
    hit = (
        category
        if category and (root or rng.random() < 0.3)
        else (rng.choice(CATEGORIES) if rng.random() < 0.05 else None)
    )
    platform = rng.choice(PLATFORMS)
    repost = parent is not None and rng.random() < 0.7
    return Mention(
        id=mid,
        platform=platform,
        source=f"{platform}-bench",
        url=f"https://{platform}.example/{mid}",
        text=rng.choice(TEXTS),
        author=f"u{rng.randrange(50_000)}",
        published_at=at,
        read_count=int(rng.paretovariate(1.2) * 20),
        repost_of=parent if repost else None,
        parent_id=parent if parent is not None and not repost else None,
        region=rng.choice(REGIONS),
        shop=rng.choice(SHOPS),
        sentiment=Sentiment(label=label, p_negative=p_neg),
        alerts=[AlertHit(category=hit, term=hit, start=0, end=len(hit))] if hit else [],
        analysed_hash="bench",
    )


def load(store: SQLiteStore, n: int) -> None:
    """Fill the store unless it already holds ``n`` mentions."""
    have = store.count_mentions(MentionQuery())
    if have == n:
        print(f"reusing {have:,} mentions in {store.path}")
        return
    if have:
        raise SystemExit(f"{store.path} holds {have:,} mentions, not {n:,}: delete it first")
    start, batch = time.perf_counter(), []
    for k, mention in enumerate(generate(n), 1):
        batch.append(mention)
        if len(batch) == 5000:
            store.upsert_mentions(batch)
            batch = []
            if k % 100_000 == 0:
                rate = k / (time.perf_counter() - start)
                print(f"  generated {k:,} mentions ({rate:,.0f}/s)", flush=True)
    if batch:
        store.upsert_mentions(batch)
    print(f"generated {n:,} mentions in {time.perf_counter() - start:.0f} s")


def python_heat_map(store: SQLiteStore, query: MentionQuery) -> dict[tuple[str, str], int]:
    """The obvious alternative: iterate the mentions and count in Python."""
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for m in store.iter_mentions(query, batch_size=2000):
        day = (m.published_at + timedelta(hours=8)).date().isoformat()
        cells[(day, m.platform)] += 1
    return cells


@contextmanager
def previous_cube_read() -> Iterator[None]:
    """The previous way of reading the cubes: every row summed by bucket, key and alert set."""
    names = vars(sqlite_backend)  # the store calls the read_cube it imported
    names["read_cube"] = functools.partial(read_cube, by_alerts=True)
    try:
        yield
    finally:
        names["read_cube"] = read_cube


def bench_heat_map(store: SQLiteStore) -> None:
    everything = MentionQuery()
    day = MentionQuery(since=T0 + timedelta(days=10), until=T0 + timedelta(days=11))
    week = MentionQuery(since=T0 + timedelta(days=10), until=T0 + timedelta(days=17))
    # A range that starts and ends inside an hour: its partial hours are read from the mentions.
    odd = MentionQuery(
        since=T0 + timedelta(days=3, hours=10, minutes=17),
        until=T0 + timedelta(days=26, hours=15, minutes=41),
    )
    negative = MentionQuery(sentiment=["negative"])
    for label, dim, interval, query in [
        ("platform x day, all 30 days", "platform", "day", everything),
        ("region x hour, 7 days", "region", "hour", week),
        ("topic x day, all 30 days", "topic", "day", everything),
        ("shop x hour, 1 day", "shop", "hour", day),
        ("shop x week, 10:17 .. 15:41 23 days on", "shop", "week", odd),
        ("source x day, negative, 30 days", "source", "day", negative),
        ("shop x day, all 30 days", "shop", "day", everything),
    ]:

        def run(d: Dimension = dim, i: Interval = interval, q: MentionQuery = query) -> HeatMap:
            return heat_map(store, dimension=d, interval=i, query=q)

        store.heat_aggregate = True
        t_cube, hm = timed(run)
        with previous_cube_read():
            t_previous, previous = timed(run)
        store.heat_aggregate = False
        t_scan, scanned = timed(run, repeat=1)
        store.heat_aggregate = True
        assert [(c.start, c.key, c.total, c.negative, c.unscored) for c in hm.cells] == [
            (c.start, c.key, c.total, c.negative, c.unscored) for c in scanned.cells
        ], label
        assert [(c.start, c.key, c.total) for c in hm.cells] == [
            (c.start, c.key, c.total) for c in previous.cells
        ], label
        print(
            f"heat map {label:<40} cubes {t_cube * 1000:6.1f} ms (previous cube read "
            f"{t_previous * 1000:6.1f} ms: {t_previous / t_cube:.1f}x) vs scan "
            f"{t_scan * 1000:6.0f} ms -> {t_scan / t_cube:4.0f}x  ({len(hm.cells):,} cells, "
            f"{hm.total:,} mentions)"
        )
    t_store, hm = timed(lambda: heat_map(store, dimension="platform", interval="day", query=day))
    t_py, cells = timed(lambda: python_heat_map(store, day), repeat=1)
    assert sum(cells.values()) == hm.total
    print(
        f"heat map platform x day, 1 day: store {t_store * 1000:.0f} ms vs Python iteration "
        f"{t_py * 1000:.0f} ms over {hm.total:,} mentions -> {t_py / t_store:.0f}x"
    )


def bench_propagation(store: SQLiteStore) -> None:
    small = next(f"s{s}-0" for s in range(1, 50) if store.get_mention(f"s{s}-0"))
    for label, root_id in [("big story", "s0-0"), ("small story", small)]:
        root = store.get_mention(root_id)
        assert root is not None
        for days in (1, 7):
            window = timedelta(days=days)
            n = store.count_mentions(
                MentionQuery(since=root.published_at, until=root.published_at + window)
            )
            repeat = 1 if root_id == "s0-0" else 3
            t_walk, graph = timed(
                lambda r=root_id, w=window: story_graph(store, r, window=w), repeat=repeat
            )
            t_scan, scanned = timed(
                lambda r=root_id, w=window: story_graph(store, r, window=w, scan_window=True),
                repeat=repeat,
            )
            assert graph.model_dump() == scanned.model_dump(), (root_id, days)
            print(
                f"propagation {label} ({graph.size:,} nodes, depth {graph.depth}), {days}-day "
                f"window of ~{n:,} mentions: level by level {t_walk * 1000:,.0f} ms vs window "
                f"scan {t_scan * 1000:,.0f} ms -> {t_scan / t_walk:.1f}x"
            )


def bench_sweep(store: SQLiteStore, n: int) -> None:
    now = T0 + timedelta(days=40)
    store._db.execute("DELETE FROM docs WHERE collection IN ('incidents', 'outbox')")
    start = time.perf_counter()
    for i in range(n):
        # Half were opened 20 minutes ago (acknowledge deadline missed), half 5 minutes ago.
        opened = now - timedelta(minutes=20 if i % 2 == 0 else 5)
        incident = Incident(
            id=f"inc-b{i}",
            title=f"bench {i}",
            story_id=f"b{i}",
            trigger_mention_id=f"b{i}",
            opened_at=opened,
            opened_ts=opened.timestamp(),
            steps=crisis_steps(opened),
        )
        save_case(store, INCIDENTS, incident, create=True)
    print(f"created {n:,} open incidents in {time.perf_counter() - start:.1f} s")
    outbox = Outbox(store, ["file"])
    t_escalate, first = timed(lambda: sweep(store, now, outbox), repeat=1)
    print(
        f"sweep {n:,} open incidents: escalated {len(first.escalated):,} overdue steps "
        f"(+ {len(first.escalated):,} notifications queued) in {t_escalate:.2f} s"
    )
    t_idle, idle = timed(lambda: sweep(store, now, outbox))
    assert idle.escalated == []

    def scan_all() -> int:
        due, cursor = 0, None
        while True:
            page = store.find_docs(INCIDENTS, limit=1000, cursor=cursor)
            for doc in page.items:
                inc = Incident.model_validate({**doc.body, "version": doc.version})
                due += len(steps_to_escalate(inc.steps, now))
            if page.next_cursor is None:
                return due
            cursor = page.next_cursor

    t_scan, due = timed(scan_all, repeat=1)
    assert due == 0
    print(
        f"sweep with nothing due: {t_idle * 1000:.0f} ms (next_due_ts filter) vs "
        f"{t_scan * 1000:.0f} ms reading every incident -> {t_scan / t_idle:.0f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/radar-bench-monitor/bench.sqlite3"))
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["heatmap", "propagation", "sweep"]
    )
    args = parser.parse_args()
    start = time.perf_counter()
    store = SQLiteStore(args.db)  # builds the heat-map cubes of a store made before them
    print(f"opened {args.db} in {time.perf_counter() - start:.1f} s")
    try:
        load(store, args.n)
        if "heatmap" not in args.skip:
            bench_heat_map(store)
        if "propagation" not in args.skip:
            bench_propagation(store)
        if "sweep" not in args.skip:
            bench_sweep(store, args.incidents)
    finally:
        store.close()


if __name__ == "__main__":
    main()
