"""The examples for a Weibo timeline, a Tieba board, a complaint site, a review list and a
note search, each crawled from hand-written pages in the platform's structure on loopback."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawlers.fields import mention_id
from radar.settings import Settings
from radar.timezone import BRAND_TZ
from tests.crawlers.example_crawl import crawl, example
from tests.crawlers.fixture_site import serve_fixture

pytestmark = pytest.mark.slow


def sh(*parts: int) -> datetime:
    """A time in the brand's zone."""
    return datetime(*parts, tzinfo=BRAND_TZ)


def test_weibo_mobile_timeline(crawl_settings: Settings) -> None:
    with serve_fixture("weibo-mobile-timeline") as site:
        source = example("weibo-mobile-timeline", site, "https://m.weibo.cn")
        report, mentions = crawl(source, crawl_settings, {"weibo_cookie": "SUB=x"})
    assert report.completed and report.incomplete is None and report.dropped == {}
    by_url = {m.url.removeprefix(site.base_url): m for m in mentions}
    assert set(by_url) == {
        "/status/Pz0Top001",  # pinned, older than the rest
        "/status/Pz2Long01",
        "/status/Pz2Long01#comment-5179012399990001",
        "/status/Pz2Long01#comment-5179012399990002",
        "/status/Pz1Rt0002",
        "/status/Pz1Milk03",  # page 2, by since_id
    }
    assert any("since_id=5178650000000001" in path for path, _ in site.requests)
    pinned = by_url["/status/Pz0Top001"]
    assert (
        pinned.text
        == "邻里鲜会员日来啦！每周三到店自提满39减5，#邻里鲜会员日# 详情见小程序[给你小心心]"
    )
    assert pinned.published_at == sh(2025, 6, 2, 10) and pinned.author == "邻里鲜官方"
    notice = by_url["/status/Pz2Long01"]
    assert notice.text.startswith("关于6月14日江南大道店草莓品质问题的说明：")
    assert "无理由退款\n同时，" in notice.text and notice.text.endswith("再次向 ...全文")
    assert (notice.like_count, notice.comment_count, notice.repost_count) == (1203, 2, 88)
    assert notice.region == "浙江"  # printed "发布于 浙江"
    comments = [m for u, m in by_url.items() if "#comment-" in u]
    assert {c.parent_id for c in comments} == {notice.id}
    assert {(c.author, c.like_count) for c in comments} == {
        ("江南大道遛娃妈妈", 56),
        ("滨江老吴", 11000),
    }
    assert "希望以后进货把把关[允悲]" in by_url["/status/Pz2Long01#comment-5179012399990001"].text
    repost = by_url["/status/Pz1Rt0002"]
    assert repost.repost_of == mention_id("weibo", f"{site.base_url}/status/Pz1Cafe01")
    assert repost.text == (
        "谢谢阿周的安利[爱你] 文三路店咖啡角周末也营业哦//@咖啡续命的阿周:第二杯半价真的香"
    )
    milk = by_url["/status/Pz1Milk03"]
    assert (milk.like_count, milk.repost_count) == (23000, 10000)
    assert milk.published_at == sh(2025, 6, 11, 8)


def test_tieba_board(crawl_settings: Settings) -> None:
    with serve_fixture("tieba-board", hosts=("tieba.baidu.com",)) as site:
        source = example("tieba-board", site, "https://tieba.baidu.com")
        report, mentions = crawl(source, crawl_settings)
    assert report.completed and report.dropped == {}
    paths = [p for p, _ in site.requests]
    assert not any(p.startswith("/p/8700000001") for p in paths)  # the pinned rules
    by_url = {m.url.removeprefix(site.base_url): m for m in mentions}
    assert set(by_url) == {
        "/p/8912345678",
        "/p/8912345678?pid=146203123457",
        "/p/8912345678?pid=146203123458",
        "/p/8912345678?pid=146203199001",  # its page 2
        "/p/8912340002",
        "/p/8912340002?pid=146200000003",
        "/p/8890000004",  # board page 2 (pn=50), from the commented-out pager
    }
    thread = by_url["/p/8912345678"]
    assert thread.title == "江南大道店的草莓是不是有问题" and thread.author == "滨江小鹿妈妈"
    assert thread.text == (
        "今天下午在江南大道店买的草莓，回家打开一半都长毛了\n"
        "小票还在，店员说要找店长，店长又不在\n有没有人也遇到过？"
    )
    assert thread.published_at == sh(2025, 6, 14, 16, 5) and thread.comment_count == 32
    floors = [m for u, m in by_url.items() if "?pid=" in u and u.startswith("/p/8912345678")]
    assert {f.parent_id for f in floors} == {thread.id}
    wang = by_url["/p/8912345678?pid=146203123457"]
    assert (wang.author, wang.comment_count) == ("路过的老王", 2)
    assert wang.text == "上周买的车厘子也是，底下一层全是烂的"
    assert by_url["/p/8912345678?pid=146203199001"].published_at == sh(2025, 6, 14, 20, 41)
    assert by_url["/p/8890000004"].published_at == sh(2025, 5, 20, 21, 30)


def test_complaint_site_json_api(crawl_settings: Settings) -> None:
    with serve_fixture("heimao-complaints") as site:
        source = example("heimao-complaints", site, "https://tousu.sina.com.cn")
        report, mentions = crawl(source, crawl_settings)
    assert report.completed and report.dropped == {}
    assert any("page=2" in p for p, _ in site.requests)
    assert not any("page=3" in p for p, _ in site.requests)  # pager.next 0: the end
    by_url = {m.url.removeprefix(site.base_url): m for m in mentions}
    assert set(by_url) == {
        "/complaint/view/17381234501/",
        "/complaint/view/17381230077/",
        "/complaint/view/17370000123/",  # page 2
    }  # the promotion in the list is skipped
    mould = by_url["/complaint/view/17381234501/"]
    assert (
        mould.platform == "complaints" and mould.title == "邻里鲜江南大道店销售霉变草莓，拒绝退款"
    )
    assert mould.text.startswith("6月14日下午在邻里鲜江南大道店购买草莓两盒")
    assert mould.text.endswith("至今未处理。\n处理状态：处理中\n诉求：退款,道歉,赔偿")
    assert (mould.author, mould.shop) == ("黑猫用户1738xxxx501", "邻里鲜")
    assert (mould.like_count, mould.comment_count, mould.repost_count) == (12, 3, 1)
    assert mould.published_at == sh(2025, 6, 14, 18, 40)
    done = by_url["/complaint/view/17381230077/"]
    assert "处理状态：已完成" in done.text and done.published_at == sh(2025, 6, 11, 20, 3)
    coffee = by_url["/complaint/view/17370000123/"]
    assert coffee.shop == "邻里鲜咖啡" and "处理状态：已回复" in coffee.text


def test_dianping_review_list(crawl_settings: Settings) -> None:
    with serve_fixture("dianping-reviews", hosts=("www.dianping.com",)) as site:
        source = example("dianping-reviews", site, "https://www.dianping.com")
        report, mentions = crawl(source, crawl_settings, {"dianping_cookie": "dper=x"})
    # The review under moderation (no id) costs itself only; its sibling on page 2 is kept.
    assert report.completed and report.dropped == {"missing_field:url": 1}
    by_url = {m.url.removeprefix(site.base_url): m for m in mentions}
    assert set(by_url) == {"/review/1234567890", "/review/1234567001", "/review/1233000456"}
    azhou = by_url["/review/1234567890"]
    assert azhou.text == (
        "拿铁12块，用的云南保山的豆子，奶味很足，这个价位在文三路算良心了。\n"
        "早上买菜顺手带一杯，排队的人不少，高峰期要等十分钟左右。\n"
        "唯一的问题是座位太少，只有门口两张小桌\n评分：4"
    )  # the whole text, not the cut copy with 展开评价
    assert (azhou.author, azhou.shop, azhou.region) == (
        "咖啡续命的阿周",
        "邻里鲜咖啡(文三路店)",
        "西湖区",
    )
    assert (azhou.like_count, azhou.comment_count) == (3, 1)
    assert azhou.published_at == sh(2025, 6, 14, 12, 30)
    angry = by_url["/review/1234567001"]
    assert angry.text.endswith("冰美式全是冰。\n评分：1") and angry.like_count == 0
    assert angry.published_at == sh(2025, 6, 13, 22, 10)
    plain = by_url["/review/1233000456"]  # page 2
    assert plain.text.endswith("\n评分：3.5") and plain.like_count == 12
    assert plain.published_at == sh(2025, 6, 12)


XHS_PROXY = "http://127.0.0.1:8765"  # the example's signing proxy


def test_xiaohongshu_note_search(crawl_settings: Settings) -> None:
    with serve_fixture("xiaohongshu-search") as site:
        source = example("xiaohongshu-search", site, XHS_PROXY)
        report, mentions = crawl(source, crawl_settings, {"xhs_cookie": "web_session=s3cr3t"})
    assert report.completed and report.incomplete is None and report.dropped == {}
    comment_pages = [p for p, _ in site.requests if p.startswith("/api/sns/web/v2/comment/")]
    # Two pages of the one note with comments: the second's cursor is not followed
    # (has_more false), and the notes showing "0" comments are not asked for theirs.
    assert len(comment_pages) == 2 and "cursor=6849b7e0000000001f03a1c2" in comment_pages[1]
    api = [h for p, h in site.requests if p.startswith("/api/")]
    assert api and all("web_session=s3cr3t" in h.get("Cookie", "") for h in api)
    by_url = {m.url.removeprefix("https://www.xiaohongshu.com/explore/"): m for m in mentions}
    assert set(by_url) == {
        "6849a1b2000000002301c4d5",
        "6849a1b2000000002301c4d5#comment-6849b7e0000000001f03a1c2",
        "6849a1b2000000002301c4d5#comment-6849c5d1000000001f0088e4",
        "684d0c11000000001d00a7b9",
        "6839f0aa00000000120320c1",  # page 2
    }  # the related-search card is skipped
    latte = by_url["6849a1b2000000002301c4d5"]
    assert latte.text == "杭州文三路｜超市里藏了个12块的拿铁☕️" and latte.author == "咖啡续命的阿周"
    assert (latte.like_count, latte.comment_count, latte.repost_count) == (12000, 2, 89)
    assert latte.published_at == sh(2025, 6, 11, 21)  # "3天前"
    assert by_url["684d0c11000000001d00a7b9"].published_at == sh(2025, 6, 13, 18, 2)
    assert by_url["6839f0aa00000000120320c1"].published_at == sh(2025, 6, 1)
    reply = by_url["6849a1b2000000002301c4d5#comment-6849b7e0000000001f03a1c2"]
    assert reply.parent_id == latte.id and reply.text == "江南大道那家也有咖啡角吗[哭惹R]"
    assert (reply.author, reply.like_count, reply.region) == ("遛娃也要喝咖啡", 12, "浙江")
    assert reply.published_at == sh(2025, 6, 12, 8)


@pytest.mark.parametrize(
    ("page", "status"), [("login.json", 200), ("captcha.html", 461)], ids=["login", "captcha"]
)
def test_xiaohongshu_login_wall_and_captcha(
    crawl_settings: Settings, page: str, status: int
) -> None:
    search = "/api/sns/web/v1/search/notes"
    with serve_fixture("xiaohongshu-search", overrides={search: (page, status)}) as site:
        source = example("xiaohongshu-search", site, XHS_PROXY)
        report, mentions = crawl(source, crawl_settings, {"xhs_cookie": "expired"})
    assert mentions == [] and not report.completed
    assert report.incomplete == "login required" and report.dropped == {"login_required": 1}
