"""The collect flow over the real demo network: one task per source, failures isolated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crawlers.sources import bundled_dir, load_sources
from demo.server import DemoNetwork
from flows.analyse import analyse
from flows.collect import collect
from radar.schemas import MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore

from .conftest import free_port

pytestmark = pytest.mark.slow  # real crawls in child processes

DEAD_FEED = """\
name: dead-feed
platform: news
kind: feed
schedule: {{interval_seconds: 600}}
urls: ["http://127.0.0.1:{port}/rss.xml"]
"""


def test_every_source_is_collected_and_a_rerun_stores_nothing(
    prefect_api_url: str, flow_settings: Settings
) -> None:
    first = collect(settings=flow_settings)
    names = [s.name for s in load_sources().values() if s.enabled]
    assert [s.source for s in first.sources] == names
    assert first.failed == {}
    assert all(s.collected > 0 for s in first.sources)
    store = SQLiteStore(flow_settings.sqlite_path)
    try:
        total = store.count_mentions(MentionQuery())
        # Raw, not analysed yet: persisted before anything reads them.
        assert store.count_mentions(MentionQuery(needs_analysis=True)) == total
    finally:
        store.close()
    assert first.stored == total > 0

    again = collect(settings=flow_settings)
    assert again.stored == 0
    assert again.failed == {} and again.collected > 0  # incremental: the recent part


def test_a_failing_source_is_reported_and_the_others_are_collected(
    prefect_api_url: str, tmp_path: Path, demo: DemoNetwork
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name in ("demo-news.yaml", "demo-chat.yaml"):
        shutil.copy(bundled_dir() / name, folder / name)
    (folder / "dead-feed.yaml").write_text(DEAD_FEED.format(port=free_port()))
    settings = Settings(
        data_dir=tmp_path / "var",
        demo={"base_url": demo.base_url},
        crawl={"sources_dir": folder, "retry_times": 0},
    )
    report = collect(
        sources=["dead-feed", "demo-news", "no-such-source", "demo-chat"], settings=settings
    )
    outcomes = {s.source: s for s in report.sources}
    assert outcomes["demo-news"].ok and outcomes["demo-news"].created > 0
    assert outcomes["demo-chat"].ok and outcomes["demo-chat"].created > 0
    assert set(report.failed) == {"dead-feed", "no-such-source"}
    assert "nothing collected" in report.failed["dead-feed"]
    assert "Connection" in report.failed["dead-feed"] or "refused" in report.failed["dead-feed"]
    # Not an I/O problem: reported with its cause, not retried.
    assert report.failed["no-such-source"].startswith("SourceError: unknown source")
    assert report.stored == outcomes["demo-news"].created + outcomes["demo-chat"].created


def test_analysing_while_crawling_loses_and_repeats_nothing(
    prefect_api_url: str, flow_settings: Settings, demo: DemoNetwork
) -> None:
    # The collect flow analyses full batches (50 here) while the crawls still run; the analyse
    # flow does the rest. Each mention is analysed exactly once, in one of the two. A remote
    # site's round trip (50 ms), one request at a time, keeps the crawls running for seconds.
    demo.latency = 0.05
    flow_settings = flow_settings.replace(crawl={"concurrency_per_domain": 1})
    report = collect(settings=flow_settings, analyse_meanwhile=True)
    assert report.failed == {}
    assert 0 < report.analysed <= report.stored
    assert report.analysed % flow_settings.analyse.batch_size == 0  # whole batches only
    with SQLiteStore(flow_settings.sqlite_path) as store:
        assert store.count_mentions(MentionQuery()) == report.stored
        pending = store.count_mentions(MentionQuery(needs_analysis=True))
        assert pending == report.stored - report.analysed
        rest = analyse(settings=flow_settings)
        assert rest.analysed == pending
        assert store.count_mentions(MentionQuery(needs_analysis=True)) == 0
        assert store.count_mentions(MentionQuery()) == report.stored
