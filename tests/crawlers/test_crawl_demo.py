"""Real crawls of the demo network on loopback into the SQLite store: every spider kind,
pagination, the GBK page, propagation ids, incremental second runs and count updates."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from crawlers.report import CrawlReport
from crawlers.run import crawl_sources, read_watermark
from demo.generate import CRISIS_ROOT_ID, load
from demo.server import DemoNetwork
from radar.schemas import Mention, MentionQuery, stable_id
from radar.settings import Settings
from store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow
DATA = load()


@pytest.fixture(scope="module")
def crawled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DemoNetwork, SQLiteStore, Settings, CrawlReport]]:
    """One full crawl of every source of a private demo network (tests may change its data)."""
    tmp = tmp_path_factory.mktemp("crawl")
    settings = Settings(
        data_dir=tmp / "var", crawl={"autothrottle_start_delay": 0.01, "batch_size": 50}
    )
    with DemoNetwork("127.0.0.1", 0, data=copy.deepcopy(DATA)) as network:
        store = SQLiteStore(tmp / "x.sqlite3")
        report = crawl_sources([], store, settings, base_url=network.base_url)
        yield network, store, settings, report
        store.close()


def mentions(store: SQLiteStore, platform: str | None = None) -> list[Mention]:
    query = MentionQuery(platform=[platform] if platform else None)
    return list(store.iter_mentions(query))


def test_every_source_completes_and_every_post_is_stored(crawled) -> None:  # type: ignore[no-untyped-def]
    _, store, _, report = crawled
    assert report.completed and report.worker_exit_code == 0
    assert report.error_count == 0 and report.dropped == {}
    expected = {
        "weibo": len(DATA["weibo"]) + sum(len(s["comments"]) for s in DATA["weibo"]),
        "forum": len(DATA["threads"]) + sum(len(t["posts"]) for t in DATA["threads"]),
        "complaints": len(DATA["complaints"]),
        "news": len(DATA["news"]),
        "chat": len(DATA["chat"]["messages"]),
    }
    assert Counter(m.platform for m in mentions(store)) == expected
    assert report.created == sum(expected.values())
    assert report.items == report.created + report.updated + report.duplicate


def test_pagination_reaches_the_last_page_of_everything(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, _, _ = crawled
    longest = max(DATA["threads"], key=lambda t: len(t["posts"]))
    assert len(longest["posts"]) > 20  # three reply pages
    last = longest["posts"][-1]
    stored = store.get_mention(stable_id("forum", f"{network.base_url}/forum/post/{last['pid']}"))
    assert stored is not None and stored.text == last["text"]
    assert any("page=3" in p for p in network.paths if f"/forum/thread/{longest['id']}" in p)
    assert any("/forum/board/linlixian?page=2" in p for p in network.paths)
    assert any("/weibo/api/search" in p and "cursor=" in p for p in network.paths)
    assert any("/complaints/list?page=2" in p for p in network.paths)


def test_the_crisis_root_and_its_spread_resolve_to_stored_ids(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, _, _ = crawled
    root_id = stable_id("weibo", f"{network.base_url}/weibo/status/{CRISIS_ROOT_ID}")
    root = store.get_mention(root_id)
    assert root is not None
    assert root.read_count > 500 and "食品安全" in root.text
    assert root.region == "杭州市滨江区" and root.shop == "邻里鲜(江南大道店)"
    everything = mentions(store)
    ids = {m.id for m in everything}
    assert all(m.repost_of in ids for m in everything if m.repost_of)
    assert all(m.parent_id in ids for m in everything if m.parent_id)
    citing = Counter(m.platform for m in everything if m.repost_of == root_id)
    assert set(citing) == {"weibo", "forum", "complaints", "news", "chat"}
    # A repost of a repost points at the intermediate repost, which points at the root.
    second_level = [
        m
        for m in everything
        if m.repost_of
        and m.repost_of != root_id
        and store.get_mention(m.repost_of).repost_of == root_id
    ]  # type: ignore[union-attr]
    assert second_level
    assert sum(1 for m in everything if m.parent_id == root_id) == len(
        next(s for s in DATA["weibo"] if s["id"] == CRISIS_ROOT_ID)["comments"]
    )


def test_gbk_case_page_is_read_correctly(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, _, _ = crawled
    case = next(c for c in DATA["complaints"] if c["gbk"])
    stored = store.get_mention(
        stable_id("complaints", f"{network.base_url}/complaints/case/{case['id']}")
    )
    assert stored is not None
    assert stored.title == case["title"]
    assert "发霉变质" in stored.text and "处理状态：处理中" in stored.text
    assert stored.read_count == case["reads"]


def test_relative_times_are_read_against_the_page_date(crawled) -> None:  # type: ignore[no-untyped-def]
    """Weibo comments print 刚刚/N分钟前/昨天 HH:MM/MM-DD; the Date header is the clock."""
    network, store, _, _ = crawled
    from demo.pages import relative, when

    now = network.now
    for status in DATA["weibo"]:
        for comment in status["comments"]:
            shown = relative(when(comment["created_at"]), now)
            url = f"{network.base_url}/weibo/status/{status['id']}#comment-{comment['id']}"
            stored = store.get_mention(stable_id("weibo", url))
            assert stored is not None
            exact = when(comment["created_at"])
            if shown.endswith("分钟前") or shown.startswith("昨天"):
                assert abs((stored.published_at - exact).total_seconds()) < 60, shown
            else:  # coarser forms keep the day
                assert stored.published_at.date() == exact.date(), shown


def test_second_run_is_incremental_and_stores_nothing_new(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, settings, first = crawled
    again = crawl_sources([], store, settings, base_url=network.base_url)
    assert again.completed
    assert again.created == 0 and again.updated == 0
    assert again.duplicate == again.items > 0
    # The watermark cut pagination short: fewer pages than the first, full run.
    assert again.pages < first.pages
    forum = again.source("demo-forum")
    assert forum.since is not None
    watermark = read_watermark(store, "demo-forum")
    assert watermark is not None and forum.since == watermark - timedelta(hours=72)


def test_changed_counts_on_a_known_post_update_it(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, settings, _ = crawled
    root = network.status_by_id[CRISIS_ROOT_ID]
    root["reads"] += 1000
    network.reindex()
    report = crawl_sources(["demo-weibo"], store, settings, base_url=network.base_url)
    root_id = stable_id("weibo", f"{network.base_url}/weibo/status/{CRISIS_ROOT_ID}")
    weibo = report.source("demo-weibo")
    assert root_id in weibo.updated_ids
    assert weibo.created == 0
    stored = store.get_mention(root_id)
    assert stored is not None and stored.read_count == root["reads"]


def test_a_new_post_is_picked_up_by_the_next_incremental_run(crawled) -> None:  # type: ignore[no-untyped-def]
    network, store, settings, _ = crawled
    newest = network.data["threads"][0]
    newest["posts"].append(
        {
            "pid": "9999999",
            "author": "新来的邻居",
            "created_at": "2026-11-20T20:55:00+08:00",
            "text": "刚看到这个帖子，我们楼也有人拉肚子",
            "reply_to": None,
            "likes": 0,
        }
    )
    network.reindex()
    report = crawl_sources(["demo-forum"], store, settings, base_url=network.base_url)
    forum = report.source("demo-forum")
    assert forum.created == 1
    new = store.get_mention(stable_id("forum", f"{network.base_url}/forum/post/9999999"))
    assert new is not None and new.parent_id == stable_id(
        "forum", f"{network.base_url}/forum/thread/{newest['id']}"
    )


def test_crawl_sources_can_run_many_times_in_one_process(
    demo: DemoNetwork, crawl_settings: Settings, tmp_path: Path
) -> None:
    store = SQLiteStore(tmp_path / "y.sqlite3")
    try:
        reports = [
            crawl_sources(["demo-news"], store, crawl_settings, base_url=demo.base_url, full=True)
            for _ in range(3)
        ]
    finally:
        store.close()
    assert [r.created for r in reports] == [len(DATA["news"]), 0, 0]
    assert all(r.completed for r in reports)
