"""Compiled selectors agree with parsel; a page's items travel as one batch and are still judged
one by one; crawl processes get a fair share of the sources."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from parsel import Selector
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawlers.fields import clean_text
from crawlers.items import PageItems
from crawlers.job import CrawlJob, RefResolver
from crawlers.pipelines import DedupPipeline, EmitPipeline, NormalizePipeline
from crawlers.quarantine import Quarantine, list_quarantine
from crawlers.run import _Run, _split, _weights
from crawlers.sink import MemorySink
from crawlers.sources import FieldSpec, load_sources
from crawlers.spiders import spider_class
from crawlers.spiders.select import extract, first, select
from radar.timezone import BRAND_TZ

PAGE = """<html><body>
<div class="post op"><h1 class="thread-title">  标题  </h1>
  <div class="content">第一段<br>第二段 <b>加粗</b></div>
  <span class="views">阅读 3,826</span><a class="floor" href="/p/1#f1">1楼</a></div>
<div class="post reply"><div class="content">回复一</div><span class="author">甲</span>
  <a class="floor" href="/p/2">2楼</a></div>
<div class="post reply"><div class="content">回复二</div><span class="author">乙</span></div>
</body></html>"""


def _parsel_text(root: Selector, query: str) -> str | None:
    """What the selector module did before it compiled queries (parsel, match by match)."""
    is_xpath = query.startswith("xpath:")
    matches = root.xpath(query[len("xpath:") :]) if is_xpath else root.css(query)
    parts = [
        "\n".join(m.xpath(".//text()").getall()) if hasattr(m.root, "tag") else m.get()
        for m in matches
    ]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "query",
    [
        "h1.thread-title::text",
        "div.post.op div.content",
        "div.post.reply span.author::text",
        "a.floor::attr(href)",
        "xpath://span[@class='views']/text()",
        "xpath://div[contains(@class, 'reply')]//a/@href",
        "xpath:count(//div[@class='post reply'])",
        "div.missing::text",
    ],
)
def test_compiled_selectors_read_what_parsel_reads(query: str) -> None:
    root = Selector(text=PAGE)
    assert extract(root, query) == (clean_text(_parsel_text(root, query)) or None)


def test_select_first_and_field_specs_on_a_response() -> None:
    response = HtmlResponse("http://x.test/t/1", body=PAGE.encode(), encoding="utf-8")
    replies = select(response, "div.post.reply")
    assert [extract(r, "span.author::text") for r in replies] == ["甲", "乙"]
    assert [first(r, "a.floor::attr(href)") for r in replies] == ["/p/2", None]
    views = FieldSpec(select="span.views::text", regex=r"阅读\s*([\d,]+)")
    assert extract(response, views) == "3,826"
    assert extract(response, FieldSpec(select="span.nope::text", default="无")) == "无"
    with pytest.raises(ValueError, match="invalid selector"):
        select(response, "xpath://div[")


NOW = datetime(2026, 11, 20, 21, 0, tzinfo=BRAND_TZ)


class _Emitter:
    """Collects what the pipelines hand to the parent (events, and item lines)."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.lines: list[str] = []

    def __call__(self, event: dict[str, Any]) -> None:
        self.events.append(event)

    def raw(self, line: str) -> None:
        self.lines.append(line)


def _pipelines(tmp_path: Path) -> tuple[list[Any], _Emitter]:
    """The three shared pipelines, built by a real Scrapy crawler of the demo forum source."""
    source = load_sources()["demo-forum"]
    emitter = _Emitter()
    job = CrawlJob(source=source, emit=emitter, quarantine=Quarantine(tmp_path), refs=RefResolver())
    crawler = get_crawler(spider_class(source))
    crawler.spider = crawler.spidercls(job=job)
    return [cls(crawler) for cls in (NormalizePipeline, DedupPipeline, EmitPipeline)], emitter


def _run_page(stages: list[Any], page: PageItems) -> PageItems:
    for stage in stages:
        page = stage.process_item(page)
    return page


def test_a_page_batch_keeps_good_items_and_drops_bad_ones_with_reasons(tmp_path: Path) -> None:
    stages, emitter = _pipelines(tmp_path)
    url = "http://x.test/forum/thread/1"
    response = HtmlResponse(url, body=b"<html>page</html>", request=Request(url))
    raws = [
        {"url": f"{url}#1", "text": "好吃", "published_at": "刚刚"},
        {"url": f"{url}#2", "published_at": "刚刚"},  # no text
        {"url": f"{url}#3", "text": "还行", "published_at": "很久以前"},  # unreadable date
        {"url": f"{url}#1", "text": "好吃", "published_at": "刚刚"},  # same id again
        {"url": f"{url}#4", "text": "不错", "published_at": "昨天 10:00", "like_count": "赞 3"},
    ]
    page = _run_page(stages, PageItems(url, NOW, raws, response))
    assert [m.url for m in page.mentions] == [f"{url}#1", f"{url}#4"]
    assert page.mentions[1].like_count == 3
    assert [(e["t"], e.get("reason") or e.get("n")) for e in emitter.events] == [
        ("drop", "missing_field:text"),
        ("drop", "bad_date"),
        ("dup", 1),
    ]
    kept = list_quarantine(tmp_path)
    assert [(k["url"], k["reason"]) for k in kept] == [(url, "missing_field:text")]  # page once
    assert len(emitter.lines) == 1 and emitter.lines[0].startswith(
        '{"t":"items","s":"demo-forum","m":['
    )


def test_a_page_with_nothing_usable_is_dropped(tmp_path: Path) -> None:
    stages, _ = _pipelines(tmp_path)
    page = PageItems("http://x.test/a", NOW, [{"url": "http://x.test/a", "text": "x"}])
    with pytest.raises(DropItem):
        _run_page(stages, page)
    first_seen = PageItems(
        "http://x.test/b", NOW, [{"url": "u", "text": "x", "published_at": "刚刚"}]
    )
    _run_page(stages, first_seen)
    with pytest.raises(DropItem, match="only duplicates"):
        _run_page(
            stages,
            PageItems("http://x.test/c", NOW, [{"url": "u", "text": "x", "published_at": "刚刚"}]),
        )


def test_the_parent_writes_a_big_page_in_store_sized_batches(tmp_path: Path) -> None:
    stages, emitter = _pipelines(tmp_path)
    raws = [
        {"url": f"http://x.test/m/{i}", "text": f"第{i}条", "published_at": "刚刚"}
        for i in range(7)
    ]
    _run_page(stages, PageItems("http://x.test/chat", NOW, raws))

    sink = MemorySink()
    source = load_sources()["demo-forum"]
    run = _Run([source], sink, batch_size=3, progress=None)
    run.handle(json.loads(emitter.lines[0]))
    run.handle({"t": "dup", "s": "demo-forum", "n": 2})
    run.flush_all()
    report = run.reports["demo-forum"]
    assert sink.batches == [3, 3, 1]
    assert (report.items, report.created, report.duplicate) == (9, 7, 2)
    assert run.newest["demo-forum"] == max(m.published_at for m in sink.mentions.values())


def test_sources_are_spread_over_crawl_processes_by_expected_work() -> None:
    sources = list(load_sources().values())
    by_kind = _weights(sources, {})
    groups = _split([{"name": s.name} for s in sources], 2, by_kind)
    assert sorted(len(g) for g in groups) == [2, 3]
    assert {"demo-weibo", "demo-forum"} not in [{s["name"] for s in g} for g in groups]
    history = {"demo-chat": 1, "demo-complaints": 206, "demo-forum": 454, "demo-news": 1}
    assert _weights(sources, history) == by_kind  # one source without history: by kind
    history["demo-weibo"] = 798
    groups = _split([{"name": s.name} for s in sources], 2, _weights(sources, history))
    names = sorted(sorted(s["name"] for s in g) for g in groups)
    assert names == [["demo-chat", "demo-complaints", "demo-forum", "demo-news"], ["demo-weibo"]]
    assert len(_split([{"name": "a"}], 4, None)) == 1
