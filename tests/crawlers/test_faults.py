"""Bad input on the demo network (faults switched on): selectors that miss, truncated HTML, a
wrong charset, a 500, a redirect loop, a robots.txt-forbidden link. The crawl goes on; each bad
page is dropped with its reason, quarantined with its URL and counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawlers.quarantine import list_quarantine
from crawlers.run import crawl_sources
from crawlers.sink import MemorySink
from crawlers.sources import ChatSource, HtmlSource, load_sources, parse_source
from demo.server import DemoNetwork
from radar.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def faulty() -> Iterator[DemoNetwork]:
    with DemoNetwork("127.0.0.1", 0, faults=True) as network:
        yield network


def test_bad_pages_are_dropped_quarantined_and_counted(
    faulty: DemoNetwork, crawl_settings: Settings
) -> None:
    sink = MemorySink()
    report = crawl_sources(
        ["demo-forum", "demo-complaints"], sink, crawl_settings, base_url=faulty.base_url
    )
    assert report.completed  # nothing crashed the crawl
    forum = report.source("demo-forum")
    assert forum.dropped == {
        "charset_mismatch": 1,
        "http_500": 1,
        "missing_field:text": 1,
        "redirect_loop": 1,
        "truncated": 1,
    }
    assert report.source("demo-complaints").dropped == {"http_500": 1}
    # The good pages are all there.
    threads = faulty.data["threads"]
    assert sum(1 for m in sink.mentions.values() if m.platform == "forum") == len(threads) + sum(
        len(t["posts"]) for t in threads
    )
    # Every drop left its raw page and URL in the quarantine.
    kept = list_quarantine(crawl_settings.data_dir / "quarantine", "demo-forum")
    by_reason = {k["reason"]: k for k in kept}
    assert set(by_reason) == set(forum.dropped)
    assert by_reason["truncated"]["url"].endswith("/forum/thread/truncated")
    assert by_reason["http_500"]["status"] == 500
    raw = (
        crawl_settings.data_dir
        / "quarantine"
        / "demo-forum"
        / by_reason["charset_mismatch"]["body_file"]
    )
    assert "编码错误".encode("gbk") in raw.read_bytes()
    # The 500 was retried before it was given up; the errors name the URLs.
    assert forum.retries >= crawl_settings.crawl.retry_times
    assert any("err500" in e for e in forum.errors) and any("loop" in e for e in forum.errors)


def test_robots_txt_is_obeyed_by_default(faulty: DemoNetwork, crawl_settings: Settings) -> None:
    report = crawl_sources(
        ["demo-forum"], MemorySink(), crawl_settings, base_url=faulty.base_url, full=True
    )
    assert report.source("demo-forum").robots_forbidden == 1
    assert "/robots.txt" in faulty.paths
    assert not any(p.startswith("/forum/private/") for p in faulty.paths)


def test_a_missing_site_is_an_error_in_the_report_not_a_crash(crawl_settings: Settings) -> None:
    settings = crawl_settings.replace(crawl={"retry_times": 0})
    report = crawl_sources(["demo-news"], MemorySink(), settings, base_url="http://127.0.0.1:9")
    news = report.source("demo-news")
    assert news.completed and news.items == 0
    assert news.error_count >= 1 and set(news.dropped) == {"network"}


def test_chat_export_csv_from_a_file(
    crawl_settings: Settings, tmp_path: Path, faulty: DemoNetwork
) -> None:
    """A group chat exported as CSV, read from file:// through the same pipelines."""
    from demo.pages import chat_csv

    export = tmp_path / "群聊导出.csv"
    export.write_text(chat_csv(faulty.data["chat"], faulty.base_url), encoding="utf-8")
    base = load_sources()["demo-chat"]
    assert isinstance(base, ChatSource)
    source = base.model_copy(
        update={"name": "chat-csv", "format": "csv", "urls": [export.as_uri()]}
    )
    sink = MemorySink()
    report = crawl_sources(
        [],
        sink,
        crawl_settings,
        sources={"chat-csv": source, "demo-weibo": load_sources()["demo-weibo"]},
        base_url=faulty.base_url,
    )
    chat = report.source("chat-csv")
    assert chat.completed and chat.created == len(faulty.data["chat"]["messages"])
    assert report.source("demo-weibo").completed
    messages = [m for m in sink.mentions.values() if m.platform == "chat"]
    assert all(m.url.startswith(export.as_uri() + "#msg-") for m in messages)
    assert any(m.repost_of for m in messages)  # the shared Weibo link resolves


def test_a_layout_change_drops_with_the_missing_field(
    crawl_settings: Settings, faulty: DemoNetwork
) -> None:
    html_text = (
        Path(__file__).parents[2] / "crawlers" / "sources" / "demo-complaints.yaml"
    ).read_text()
    renamed = parse_source(html_text.replace("div.case-detail div.content", "div.case-body"), "y")
    report = crawl_sources(
        [],
        MemorySink(),
        crawl_settings,
        sources={"demo-complaints": renamed},
        base_url=faulty.base_url,
    )
    complaints = report.source("demo-complaints")
    assert complaints.items == 0
    assert complaints.dropped["missing_field:text"] == len(faulty.data["complaints"])


def test_an_item_without_a_template_path_is_dropped_alone(
    crawl_settings: Settings, demo: DemoNetwork
) -> None:
    """A permalink path some statuses lack costs those statuses only, not their pages."""
    weibo = load_sources()["demo-weibo"]
    strict = weibo.model_copy(
        update={"permalink": "${DEMO_BASE_URL}/weibo/status/{id}?shop={poi.title}"}
    )
    sink = MemorySink()
    report = crawl_sources(
        [], sink, crawl_settings, sources={"demo-weibo": strict}, base_url=demo.base_url
    )
    source = report.source("demo-weibo")
    assert source.completed and source.error_count == 0
    assert set(source.dropped) == {"missing_field:poi.title"}
    kept_with_shop = [m for m in sink.mentions.values() if "?shop=" in m.url]
    assert kept_with_shop and all(m.shop for m in kept_with_shop)
    # Quarantined once per page, not once per item.
    kept = list_quarantine(crawl_settings.data_dir / "quarantine", "demo-weibo")
    assert {k["reason"] for k in kept} == {"missing_field:poi.title"}
    assert len({k["url"] for k in kept}) == len(kept) < source.dropped["missing_field:poi.title"]


def test_a_callback_that_raises_is_counted_not_fatal(
    crawl_settings: Settings, demo: DemoNetwork
) -> None:
    """An invalid selector makes the list callback raise: the page is a parse_error."""
    forum = load_sources()["demo-forum"]
    assert isinstance(forum, HtmlSource)
    broken = forum.model_copy(
        update={"list": forum.list.model_copy(update={"item": "xpath://li[@class="})}
    )
    report = crawl_sources(
        [], MemorySink(), crawl_settings, sources={"demo-forum": broken}, base_url=demo.base_url
    )
    source = report.source("demo-forum")
    assert source.completed
    assert source.dropped == {"parse_error": 1}
    assert any("invalid selector" in e for e in source.errors)
    kept = list_quarantine(crawl_settings.data_dir / "quarantine", "demo-forum")
    assert [k["reason"] for k in kept] == ["parse_error"]
    assert kept[0]["page"]["callback"] == "parse_start"  # re-parsed the same way on retry
