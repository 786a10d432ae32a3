"""Reading real platforms by configuration: dotted paths and templates, HTML inside JSON,
one-line source errors, ``radar sources check`` and ``radar quarantine``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers.check import dry_run
from crawlers.markup import html_to_text, unhide_comments
from crawlers.paths import MissingPath, fill
from crawlers.pipelines.normalize import region_name
from crawlers.quarantine import Quarantine, list_quarantine
from crawlers.sources import (
    Cursor,
    JsonField,
    SourceError,
    bundled_dir,
    load_sources,
    parse_source,
)
from crawlers.spiders import rate_limit
from crawlers.spiders.base import start_urls
from crawlers.spiders.json_api import next_cursor_of, present, read_fields
from radar.cli import main
from radar.timezone import BRAND_TZ

EXAMPLES = bundled_dir() / "examples"
FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2025, 6, 14, 21, 0, tzinfo=BRAND_TZ)


def test_templates_read_dotted_paths_and_name_what_is_missing() -> None:
    item = {"mblog": {"bid": "Pz1", "user": {"id": 7}}, "cards": [{"id": 3}]}
    assert fill("https://m.weibo.cn/status/{mblog.bid}", item) == "https://m.weibo.cn/status/Pz1"
    assert fill("{cards.0.id}-{mblog.user.id}", item) == "3-7"
    assert fill("/detail/{parent.mblog.bid}#c-{id}", {"id": 9}, {"parent": item}) == (
        "/detail/Pz1#c-9"
    )
    with pytest.raises(MissingPath) as missing:
        fill("/status/{mblog.mid}", item)
    assert missing.value.reason == "missing_field:mblog.mid"
    with pytest.raises(MissingPath):
        fill("/status/{mblog}", item)  # an object is not a URL part


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ('好<span class="url-icon"><img alt=[偷笑] src="x.png" /></span>', "好[偷笑]"),
        ("第一行<br />第二行", "第一行\n第二行"),
        (
            '<a href="https://m.weibo.cn/search?q=x"><span class="surl-text">#邻里鲜#</span></a>',
            "#邻里鲜#",
        ),
        ("<a href='/n/小王'>@小王</a> 你好 &amp; 再见", "@小王 你好 & 再见"),
        ("no markup", "no markup"),
    ],
)
def test_html_inside_json_fields(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_markup_hidden_in_comments_is_shown_other_comments_stay() -> None:
    page = (
        "<!--STATUS OK--><body><code style='display:none'><!--\n<ul><li>帖</li></ul>\n--></code>"
        "<!----><!-- a note --></body>"
    )
    assert unhide_comments(page) == (
        "<!--STATUS OK--><body><code style='display:none'>\n<ul><li>帖</li></ul>\n</code>"
        "<!----><!-- a note --></body>"
    )


def test_json_field_value_maps_and_zero_counts() -> None:
    rule = JsonField(path="main.status", values={"3": "处理中", "6": "已完成"})
    assert read_fields({"main": {"status": "6"}}, {"status": rule}) == {"status": "已完成"}
    assert read_fields({"main": {"status": 3}}, {"status": rule}) == {"status": "处理中"}
    assert read_fields({"main": {"status": "9"}}, {"status": rule}) == {"status": "9"}
    assert not any(present(v) for v in (None, "", 0, "0", False))  # "0": a zero count
    assert all(present(v) for v in ("2", 3, {"a": 1}))


@pytest.mark.parametrize(
    ("printed", "region"),
    [
        ("发布于 浙江", "浙江"),
        ("IP属地：上海", "上海"),
        ("IP属地:北京", "北京"),
        ("西湖区", "西湖区"),
    ],
)
def test_region_labels_are_dropped(printed: str, region: str) -> None:
    assert region_name(printed) == region


def test_a_has_more_flag_ends_a_cursor_that_keeps_being_sent() -> None:
    cursor = Cursor(path="data.cursor", param="cursor", has_more="data.has_more")
    more = {"data": {"cursor": "c2", "has_more": True}}
    last = {"data": {"cursor": "c3", "has_more": False}}
    assert next_cursor_of(more, cursor, "http://x/c?cursor=c1") == "c2"
    assert next_cursor_of(last, cursor, "http://x/c?cursor=c2") is None
    plain = Cursor(path="data.cursor", param="cursor")
    assert next_cursor_of(last, plain, "http://x/c?cursor=c2") == "c3"


def test_dry_run_reads_a_tieba_board_hidden_in_comments() -> None:
    source = parse_source((EXAMPLES / "tieba-board.yaml").read_text(), "t.yaml")
    body = (FIXTURES / "tieba-board" / "board-1.html").read_bytes()
    result = dry_run(source, body, source.start[0], now=NOW)
    assert result.follows == [
        "https://tieba.baidu.com/p/8912345678",
        "https://tieba.baidu.com/p/8912340002",
        "https://tieba.baidu.com/f?kw=%E9%82%BB%E9%87%8C%E9%B2%9C&ie=utf-8&pn=50",
    ]
    off = dry_run(source.model_copy(update={"unhide_comments": False}), body, source.start[0])
    assert off.dropped == [("missing_field:list.item", source.start[0])]


def test_an_invalid_file_is_one_line_and_the_others_still_load(tmp_path: Path) -> None:
    good = (bundled_dir() / "demo-news.yaml").read_text(encoding="utf-8")
    (tmp_path / "news.yaml").write_text(good, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(
        "name: broken\nplatform: weibo\nkind: json_api\nschedule: {interval_seconds: 60}\n"
        "start_urls: [x]\nitems_path: data\npermalink: '{id}'\nfields: {text: {paht: t}}\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    assert list(load_sources(tmp_path, problems)) == ["demo-news"]
    assert len(problems) == 1 and "\n" not in problems[0]
    assert problems[0].startswith(str(tmp_path / "broken.yaml")) and "fields.text" in problems[0]
    with pytest.raises(SourceError, match=r"fields\.text"):
        load_sources(tmp_path)


def test_html_lists_need_links_or_inline_fields() -> None:
    base = "name: x\nplatform: forum\nkind: html\nschedule: {interval_seconds: 60}\n"
    with pytest.raises(SourceError, match=r"`link`.*`fields`"):
        parse_source(base + "start_urls: [a]\nlist: {item: li}\n", "x.yaml")
    with pytest.raises(SourceError, match="permalink"):
        parse_source(base + "start_urls: [a]\nlist: {item: li, fields: {text: p}}\n", "x.yaml")


def test_rate_limits_and_time_slices() -> None:
    text = (EXAMPLES / "weibo-mobile-search.yaml").read_text(encoding="utf-8")
    source = parse_source(text, "w.yaml")
    assert rate_limit(source) == {
        "DOWNLOAD_DELAY": 3.0,
        "DOWNLOAD_DELAY_JITTER": 0.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    }
    sliced = parse_source(
        text.replace("page_type=searchall", "timescope=custom:{slice_start}:{slice_end}")
        + "slices: {hours: 24, count: 3}\n",
        "w.yaml",
    )
    urls = start_urls(sliced, NOW, None)
    assert [u.rsplit("custom:", 1)[1] for u in urls] == [
        "2025-06-13-22:2025-06-14-22",
        "2025-06-12-22:2025-06-13-22",
        "2025-06-11-22:2025-06-12-22",
    ]
    since = datetime(2025, 6, 14, 0, 0, tzinfo=BRAND_TZ)
    assert len(start_urls(sliced, NOW, since)) == 1


def test_dry_run_of_an_example_on_its_saved_page() -> None:
    source = parse_source((EXAMPLES / "weibo-mobile-search.yaml").read_text(), "w.yaml")
    body = (FIXTURES / "weibo-mobile-search" / "search-1.json").read_bytes()
    result = dry_run(source, body, source.start[0], now=NOW)
    assert [m.url for m in result.mentions] == [
        "https://m.weibo.cn/status/Pz1AbCdEf",
        "https://m.weibo.cn/status/Pz1XyZ002",
    ]
    assert result.dropped == [("missing_field:mblog.bid", source.start[0])]
    assert any("comments/hotflow" in u for u in result.follows)
    assert any("page=2" in u for u in result.follows)


def test_sources_check_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = EXAMPLES / "weibo-cn-timeline.yaml"
    page = FIXTURES / "weibo-cn-timeline" / "page-1.html"
    assert main(["sources", "check", str(example)]) == 0
    assert main(["sources", "check", str(example), "--page", str(page), "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out[out.index("{") :])
    assert len(result["mentions"]) == 2 and result["follows"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(example.read_text().replace("  item:", "  items:"), encoding="utf-8")
    assert main(["sources", "check", str(broken)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(broken) in err and "list.item" in err


def test_quarantine_keeps_one_copy_and_the_cli_retries_and_purges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    root = tmp_path / "var" / "quarantine"
    quarantine = Quarantine(root)
    url = "http://127.0.0.1:8790/forum/thread/1"
    for _ in range(3):  # the same bad page in three runs
        quarantine.keep("demo-forum", url, "missing_field:text", b"<html>v1</html>")
    quarantine.keep("demo-forum", url, "missing_field:text", b"<html>v2</html>")
    entries = list_quarantine(root)
    assert len(entries) == 2
    assert main(["quarantine", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in listed] == [e["id"] for e in entries]
    assert main(["quarantine", "show", entries[0]["id"]]) == 0
    assert "<html>v1</html>" in capsys.readouterr().out
    assert main(["quarantine", "retry", entries[0]["id"]]) == 0
    assert "kept: still missing_field:list.item" in capsys.readouterr().out
    # Once the source file reads the page, retry stores its mentions and lets it go.
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "weibo-cn.yaml").write_text((EXAMPLES / "weibo-cn-timeline.yaml").read_text())
    monkeypatch.setenv("RADAR_CRAWL_SOURCES_DIR", str(sources))
    body = (FIXTURES / "weibo-cn-timeline" / "page-1.html").read_bytes()
    kept = quarantine.keep("weibo-cn-timeline", "https://weibo.cn/linlixian?page=1", "x", body)
    assert main(["quarantine", "retry", "--source", "weibo-cn-timeline"]) == 0
    assert "stored 2 mention(s) (2 new); removed" in capsys.readouterr().out
    assert not kept.exists()
    monkeypatch.delenv("RADAR_CRAWL_SOURCES_DIR")
    assert main(["quarantine", "purge", "--source", "demo-forum"]) == 0
    assert "purged 2" in capsys.readouterr().out
    assert list_quarantine(root) == []
    assert main(["quarantine", "show", "demo-forum/nope"]) == 2


def test_dates_from_the_issue() -> None:
    from crawlers.dates import parse_published

    def sh(*p: int) -> datetime:
        return datetime(*p, tzinfo=BRAND_TZ)

    assert parse_published("2025-06-14 12:00 来自iPhone", NOW) == sh(2025, 6, 14, 12)
    assert parse_published("06月14日 12:00 来自iPhone客户端", NOW) == sh(2025, 6, 14, 12)
    assert parse_published("今天 13:05 来自微博 weibo.com", NOW) == sh(2025, 6, 14, 13, 5)
    assert parse_published("06-15", NOW) == sh(2024, 6, 15)  # tomorrow: last year's
    assert parse_published("06-14 上海", NOW) == sh(2025, 6, 14)
    assert parse_published("3天前 北京", NOW) == sh(2025, 6, 11, 21)
    assert parse_published("编辑于 昨天 10:00", NOW) == sh(2025, 6, 13, 10)
    assert parse_published("12:30", NOW) == sh(2025, 6, 14, 12, 30)
    assert parse_published("23:30", NOW) == sh(2025, 6, 13, 23, 30)  # ahead: yesterday's
    assert parse_published("25-06-14 09:00", NOW) == sh(2025, 6, 14, 9)
    assert parse_published("Sat Jun 14 12:00:00 +0800 2025", NOW) == sh(2025, 6, 14, 12)
    epoch = int(sh(2025, 6, 14, 12).timestamp())
    assert parse_published(epoch, NOW) == sh(2025, 6, 14, 12)
    assert parse_published(str(epoch * 1000), NOW) == datetime.fromtimestamp(epoch, UTC)
