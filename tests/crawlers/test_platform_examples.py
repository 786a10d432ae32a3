"""The example sources for real platforms (crawlers/sources/examples/), each crawled from a
hand-written page in the platform's own structure, served on loopback."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawlers.quarantine import list_quarantine
from crawlers.sources import load_sources, parse_source
from radar.settings import Settings
from radar.timezone import BRAND_TZ
from tests.crawlers.example_crawl import EXAMPLES, crawl, example
from tests.crawlers.fixture_site import serve_fixture

pytestmark = pytest.mark.slow


def test_examples_are_not_loaded_unless_copied() -> None:
    assert all(name.startswith("demo-") for name in load_sources())
    assert {p.stem for p in EXAMPLES.glob("*.yaml")} == {
        "weibo-mobile-search",
        "weibo-mobile-timeline",
        "weibo-cn-timeline",
        "tieba-board",
        "heimao-complaints",
        "dianping-reviews",
        "xiaohongshu-search",
    }
    for path in EXAMPLES.glob("*.yaml"):
        assert parse_source(path.read_text(encoding="utf-8"), str(path)).enabled is False


def test_weibo_mobile_search(crawl_settings: Settings) -> None:
    host = "https://m.weibo.cn"
    with serve_fixture("weibo-mobile-search") as site:
        source = example("weibo-mobile-search", site, host)
        report, mentions = crawl(source, crawl_settings, {"weibo_cookie": "SUB=s3cr3t; SUBP=x"})
    assert report.completed and report.incomplete is None
    by_url = {m.url.removeprefix(site.base_url): m for m in mentions}
    post = by_url["/status/Pz1AbCdEf"]
    assert (
        post.text
        == "今天在#邻里鲜#买的草莓全是烂的[怒]\n店员还说不能退，@邻里鲜官方 管不管？小黑的微博视频"
    )
    assert post.author == "杭州小黑" and post.like_count == 1499675 and post.repost_count == 12
    assert post.published_at == datetime(2025, 6, 14, 12, 0, tzinfo=BRAND_TZ)
    repost = by_url["/status/Pz1XyZ002"]
    assert repost.repost_of == post.id and repost.text == "转发微博 [偷笑]"
    assert by_url["/status/Pz0Old004"].like_count == 12000  # page 2, "1.2万"
    comments = [m for u, m in by_url.items() if "#comment-" in u]
    assert len(comments) == 2 and all(c.parent_id == post.id for c in comments)
    assert "回复@杭州小黑:已私信您处理" in {c.text for c in comments}
    # The card group is skipped (no `mblog`); the post without a bid is dropped on its own.
    assert report.dropped == {"missing_field:mblog.bid": 1}
    assert len(mentions) == 5
    # The secret cookie was sent, and is in nothing the crawl reports or logs.
    sent = [h.get("Cookie", "") for p, h in site.requests if p.startswith("/api/")]
    assert sent and all("SUB=s3cr3t" in c for c in sent)
    assert "s3cr3t" not in report.model_dump_json()
    log = crawl_settings.data_dir / "logs" / "crawl.log"
    assert "s3cr3t" not in (log.read_text() if log.exists() else "")


def test_weibo_login_wall_is_reported_not_zero_items(crawl_settings: Settings) -> None:
    with serve_fixture(
        "weibo-mobile-search", overrides={"/api/container/getIndex": "login.json"}
    ) as site:
        source = example("weibo-mobile-search", site, "https://m.weibo.cn")
        report, mentions = crawl(source, crawl_settings, {"weibo_cookie": "expired"})
    assert mentions == []
    assert report.incomplete == "login required" and not report.completed
    assert report.finish_reason == "login_required"
    assert report.dropped == {"login_required": 1}
    kept = list_quarantine(crawl_settings.data_dir / "quarantine", source.name)
    assert [k["reason"] for k in kept] == ["login_required"]


def test_a_missing_secret_is_reported_and_the_source_not_crawled(
    crawl_settings: Settings,
) -> None:
    with serve_fixture("weibo-mobile-search") as site:
        source = example("weibo-mobile-search", site, "https://m.weibo.cn")
        report, mentions = crawl(source, crawl_settings, {})
        assert site.requests == []
    assert mentions == [] and not report.completed
    assert "weibo_cookie" in report.errors[0] and "RADAR_SECRET_WEIBO_COOKIE" in report.errors[0]


def test_page_cap_is_reported(crawl_settings: Settings) -> None:
    with serve_fixture("weibo-mobile-search") as site:
        source = example("weibo-mobile-search", site, "https://m.weibo.cn")
        capped = source.model_copy(update={"page_cap": 1})
        report, _ = crawl(capped, crawl_settings, {"weibo_cookie": "x"})
    assert report.completed and report.incomplete == "page cap"
    assert not any("page=2" in p for p, _ in site.requests)


def test_weibo_cn_timeline_inline_items(crawl_settings: Settings) -> None:
    with serve_fixture("weibo-cn-timeline") as site:
        source = example("weibo-cn-timeline", site, "https://weibo.cn")
        report, mentions = crawl(source, crawl_settings, {"weibo_cookie": "x"})
    by_url = {m.url.removeprefix("https://weibo.cn"): m for m in mentions}
    assert set(by_url) == {"/comment/Pz1AbCdEf", "/comment/Pz1RePost", "/comment/Pz0OldOne"}
    post = by_url["/comment/Pz1AbCdEf"]
    assert post.text == "端午节门店营业时间调整：#邻里鲜# 全部门店 8:00-22:00 照常营业[太开心]"
    assert (post.like_count, post.repost_count, post.comment_count) == (1499675, 12, 345)
    assert post.author == "邻里鲜官方"
    assert post.published_at == datetime(2025, 6, 14, 12, 0, tzinfo=BRAND_TZ)
    repost = by_url["/comment/Pz1RePost"]  # the original's 原文转发[300] is not its count
    assert (repost.like_count, repost.repost_count, repost.comment_count) == (8, 0, 3)
    assert repost.published_at == datetime(2025, 6, 14, 13, 5, tzinfo=BRAND_TZ)
    assert by_url["/comment/Pz0OldOne"].published_at == datetime(2024, 12, 1, 10, tzinfo=BRAND_TZ)
    # Page 3 is not served (404): counted, and the rest kept.
    assert report.dropped == {"http_404": 1}
