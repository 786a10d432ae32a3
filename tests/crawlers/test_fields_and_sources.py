"""Field normalisers and source files."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.fields import find_urls, get_path, mention_id, parse_count
from crawlers.job import RefResolver
from crawlers.sources import (
    HtmlSource,
    JsonApiSource,
    SourceError,
    load_sources,
    parse_source,
    resolve,
    select_sources,
)
from radar.schemas import stable_id


@pytest.mark.parametrize(
    ("shown", "value"),
    [
        ("阅读 3,826", 3826),
        ("浏览 4,120", 4120),
        ("1.2万", 12000),
        ("10w+", 100000),
        ("赞 3", 3),
        ("转发", 0),
        ("", 0),
        (None, 0),
        (17, 17),
        ("2亿", 200_000_000),
    ],
)
def test_parse_count(shown: object, value: int) -> None:
    assert parse_count(shown) == value


def test_get_path_and_find_urls() -> None:
    data = {"data": {"statuses": [{"user": {"screen_name": "阿杰"}}]}}
    assert get_path(data, "data.statuses.0.user.screen_name") == "阿杰"
    assert get_path(data, "data.missing.x") is None
    assert find_urls("大家看微博 http://127.0.0.1:1/weibo/status/5 是我们这个店吗？") == [
        "http://127.0.0.1:1/weibo/status/5"
    ]


def test_ids_are_stable_ids_of_platform_and_url() -> None:
    url = "http://127.0.0.1:8790/weibo/status/5031180912001"
    assert mention_id("weibo", url) == stable_id("weibo", url)
    refs = RefResolver([("http://127.0.0.1:8790/weibo/status/", "weibo")])
    assert refs.resolve(url) == stable_id("weibo", url)
    assert refs.resolve("http://elsewhere.example/x") is None


def test_bundled_sources_load_with_schedules() -> None:
    sources = load_sources()
    assert set(sources) == {"demo-chat", "demo-complaints", "demo-forum", "demo-news", "demo-weibo"}
    assert {s.kind for s in sources.values()} == {"chat", "feed", "html", "json_api"}
    for source in sources.values():
        assert (source.schedule.interval_seconds is None) != (source.schedule.cron is None)
    assert sources["demo-news"].schedule.cron == "*/30 * * * *"


def test_placeholders_are_filled_at_run_time() -> None:
    weibo = load_sources()["demo-weibo"]
    assert isinstance(weibo, JsonApiSource)
    assert weibo.start_urls[0].startswith("${DEMO_BASE_URL}/")
    real = resolve(weibo, {"DEMO_BASE_URL": "https://m.weibo.example/"})
    assert real.start_urls[0] == "https://m.weibo.example/weibo/api/search?q=邻里鲜"
    assert real.claimed_prefixes() == ["https://m.weibo.example/weibo/status/"]
    with pytest.raises(SourceError, match="DEMO_BASE_URL"):
        resolve(weibo, {})


def test_select_sources() -> None:
    sources = load_sources()
    assert [s.name for s in select_sources(sources, ["demo-news"])] == ["demo-news"]
    assert len(select_sources(sources)) == 5
    with pytest.raises(SourceError, match="unknown source"):
        select_sources(sources, ["nope"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nplatform: forum\nkind: teletext\nschedule: {interval_seconds: 60}\n", "kind"),
        ("name: x\nplatform: news\nkind: feed\nurls: [a]\nschedule: {}\n", "exactly one"),
        ("name: x\nplatform: news\nkind: feed\nurls: [a]\nschedule: {cron: '* *'}\n", "five"),
        (
            "name: Bad Name\nplatform: news\nkind: feed\nurls: [a]\n"
            "schedule: {cron: '* * * * *'}\n",
            "name",
        ),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_invalid_source_files_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse_source(text, "x.yaml")


def test_duplicate_source_names_are_refused(tmp_path: Path) -> None:
    text = "name: x\nplatform: news\nkind: feed\nurls: [a]\nschedule: {interval_seconds: 60}\n"
    (tmp_path / "a.yaml").write_text(text)
    (tmp_path / "b.yaml").write_text(text)
    with pytest.raises(SourceError, match="duplicate"):
        load_sources(tmp_path)


def test_html_source_defaults() -> None:
    forum = load_sources()["demo-forum"]
    assert isinstance(forum, HtmlSource)
    assert forum.detail.complete_marker == "</html>"
    assert forum.detail.required == ["text", "published_at"]
