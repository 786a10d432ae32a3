"""Raw items → mentions, without a crawl: validation, references and the in-memory sink."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawlers.job import RefResolver
from crawlers.pipelines import BadItem, build_mention
from crawlers.sink import MemorySink, MentionSink
from radar.schemas import stable_id
from radar.timezone import BRAND_TZ

NOW = datetime(2026, 11, 20, 21, 0, tzinfo=BRAND_TZ)
BASE = "http://127.0.0.1:8790"
REFS = RefResolver([(f"{BASE}/weibo/status/", "weibo"), (f"{BASE}/forum/post/", "forum")])


def build(**raw: object):  # type: ignore[no-untyped-def]
    return build_mention(raw, source="demo-forum", platform="forum", refs=REFS, now=NOW)


def test_a_reply_gets_its_parent_and_counts() -> None:
    mention = build(
        url=f"{BASE}/forum/post/9",
        text="  我家也中招了，\n\n 今天还在拉😭 ",
        author="钱塘夜跑er",
        published_at="昨天 02:12",
        like_count="赞 23",
        parent_url=f"{BASE}/forum/thread/18",
    )
    assert mention.id == stable_id("forum", f"{BASE}/forum/post/9")
    assert mention.parent_id == stable_id("forum", f"{BASE}/forum/thread/18")
    assert mention.text == "我家也中招了，\n今天还在拉😭"
    assert mention.like_count == 23
    assert mention.published_at == datetime(2026, 11, 19, 2, 12, tzinfo=BRAND_TZ)


def test_a_cross_platform_link_becomes_repost_of() -> None:
    root = f"{BASE}/weibo/status/5031180912001"
    via_ref = build(
        url=f"{BASE}/forum/thread/1", text="转自微博", published_at="刚刚", ref_url=root
    )
    in_text = build(url=f"{BASE}/forum/thread/2", text=f"原帖：{root}", published_at="刚刚")
    unknown = build(
        url=f"{BASE}/forum/thread/3", text="http://other.example/a", published_at="刚刚"
    )
    assert via_ref.repost_of == stable_id("weibo", root)
    assert in_text.repost_of == stable_id("weibo", root)
    assert unknown.repost_of is None


def test_complaint_status_is_kept_as_a_labelled_line() -> None:
    mention = build(
        url=f"{BASE}/c/1", text="草莓发霉", published_at="2026年11月18日 14:05", status="处理中"
    )
    assert mention.text.endswith("处理状态：处理中")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ({"url": "u", "published_at": "刚刚"}, "missing_field:text"),
        ({"url": "u", "text": "x"}, "missing_field:published_at"),
        ({"text": "x", "published_at": "刚刚"}, "missing_field:url"),
        ({"url": "u", "text": "x", "published_at": "很久以前"}, "bad_date"),
    ],
)
def test_bad_items_name_their_reason(raw: dict[str, object], reason: str) -> None:
    with pytest.raises(BadItem) as info:
        build(**raw)
    assert info.value.reason == reason


def test_memory_sink_is_a_mention_sink_with_store_semantics() -> None:
    sink = MemorySink()
    assert isinstance(sink, MentionSink)
    first = build(url=f"{BASE}/forum/post/1", text="好吃", published_at="刚刚", like_count=1)
    assert sink.upsert_mentions([first]).created == 1
    again = build(url=f"{BASE}/forum/post/1", text="好吃", published_at="刚刚", like_count=1)
    assert sink.upsert_mentions([again]).unchanged == 1  # collected_at differs: not a change
    more = build(url=f"{BASE}/forum/post/1", text="好吃", published_at="刚刚", like_count=5)
    assert sink.upsert_mentions([more]).updated_ids == [first.id]
