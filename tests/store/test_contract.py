"""The storage contract (store/base.py), run against every backend.

Three runs: ``sqlite`` (always); ``elasticsearch-fake`` (always): the Elasticsearch backend
against the FAKE node of ``tests/utils/fake_elasticsearch.py``, which checks every request
against the 8.15 REST specification and answers through the reference evaluator; it is not a
node, and a test passing there is not proof a node agrees; ``elasticsearch``: a real node when
``ES_URL`` names one (for example ``docker compose up -d elasticsearch`` then
``ES_URL=http://localhost:9200``), skipped with that reason otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawlers.sink import MemorySink
from radar.schemas import AlertHit, Filter, Mention, MentionQuery, Sentiment
from store.base import (
    InvalidCursor,
    InvalidRequest,
    MentionLink,
    Store,
    StoreError,
    VersionConflict,
)
from store.semantics import LINK_PARENTS_PER_QUERY, MAX_PAGE_SIZE, encode_cursor
from tests.utils.backends import BACKENDS, open_backend

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, a Monday


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The contract suite runs on each backend (tests/utils/backends.py)."""
    yield from open_backend(request, tmp_path)


def make(i: int, **overrides: Any) -> Mention:
    fields: dict[str, Any] = {
        "id": f"m{i:04d}",
        "platform": "weibo" if i % 2 == 0 else "forum",
        "source": "demo-weibo" if i % 2 == 0 else "demo-forum",
        "url": f"https://example.test/p/{i}",
        "text": f"邻里鲜第{i}号自提点的草莓很新鲜",
        "author": f"user{i % 3}",
        "published_at": T0 + timedelta(hours=i),
        "read_count": i * 10,
        "region": "西湖区" if i % 3 == 0 else "滨江区",
    }
    fields.update(overrides)
    return Mention(**fields)


def analysed(
    m: Mention, label: str, p_neg: float, alerts: list[str] = (), kws: list[str] = ()
) -> Mention:  # type: ignore[assignment]
    return m.model_copy(
        update={
            "sentiment": Sentiment(label=label, p_negative=p_neg),  # type: ignore[arg-type]
            "alerts": [AlertHit(category=c, term=c, start=0, end=1) for c in alerts],
            "keywords": list(kws),
            "analysed_hash": m.content_hash,
            "analysed_at": T0,
        }
    )


# ---------------------------------------------------------------- upsert


def test_upsert_creates_then_is_idempotent(store: Store) -> None:
    batch = [make(i) for i in range(5)]
    first = store.upsert_mentions(batch)
    assert (first.created, first.updated, first.unchanged) == (5, 0, 0)
    assert sorted(first.created_ids) == sorted(m.id for m in batch)
    again = store.upsert_mentions(batch)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert store.count_mentions(MentionQuery()) == 5


def test_upsert_detects_changed_counts_and_content(store: Store) -> None:
    store.upsert_mentions([make(1), make(2)])
    result = store.upsert_mentions([make(1, read_count=999), make(2)])
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert result.updated_ids == ["m0001"]
    stored = store.get_mention("m0001")
    assert stored is not None and stored.read_count == 999


def test_recollected_at_alone_is_not_a_change(store: Store) -> None:
    store.upsert_mentions([make(1, collected_at=T0)])
    result = store.upsert_mentions([make(1, collected_at=T0 + timedelta(days=1))])
    assert result.unchanged == 1


def test_duplicate_ids_in_one_call_last_wins(store: Store) -> None:
    result = store.upsert_mentions([make(1, read_count=1), make(1, read_count=2)])
    assert result.created == 1
    stored = store.get_mention("m0001")
    assert stored is not None and stored.read_count == 2


def test_recrawl_keeps_analysis_when_content_unchanged(store: Store) -> None:
    raw = make(1)
    store.upsert_mentions([raw])
    assert store.save_analysis([analysed(raw, "positive", 0.1, kws=["草莓"])]) == 1
    store.upsert_mentions([raw.model_copy(update={"read_count": 555})])
    stored = store.get_mention(raw.id)
    assert stored is not None
    assert stored.read_count == 555
    assert stored.sentiment is not None and stored.sentiment.label == "positive"
    assert not stored.needs_analysis


def test_changed_content_needs_analysis_again(store: Store) -> None:
    raw = make(1)
    store.upsert_mentions([raw])
    store.save_analysis([analysed(raw, "positive", 0.1)])
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == 0
    store.upsert_mentions([make(1, text="邻里鲜的草莓发霉了")])
    stored = store.get_mention(raw.id)
    assert stored is not None and stored.needs_analysis
    assert store.count_mentions(MentionQuery(needs_analysis=True)) == 1
    assert [m.id for m in store.search_mentions(MentionQuery(q="发霉")).items] == [raw.id]


def test_save_analysis_ignores_unknown_ids(store: Store) -> None:
    store.upsert_mentions([make(1)])
    assert (
        store.save_analysis([analysed(make(1), "neutral", 0.5), analysed(make(2), "neutral", 0.5)])
        == 1
    )


def test_reanalysis_replaces_the_alert_tags_and_the_last_copy_wins(store: Store) -> None:
    raw = [make(1), make(2)]
    store.upsert_mentions(raw)
    store.save_analysis([analysed(m, "negative", 0.9, alerts=["食品安全"]) for m in raw])
    food = MentionQuery(alert_category=["食品安全"])
    assert store.count_mentions(food) == 2
    # Re-analysed in one batch: m0001 twice (the last analysis counts), m0002 once.
    saved = store.save_analysis(
        [
            analysed(raw[0], "negative", 0.8, alerts=["食品安全"]),
            analysed(raw[1], "negative", 0.7, alerts=["价格欺诈"]),
            analysed(raw[0], "positive", 0.2),
        ]
    )
    assert saved == 2  # mentions saved, each once
    assert store.count_mentions(food) == 0
    assert [
        m.id for m in store.search_mentions(MentionQuery(alert_category=["价格欺诈"])).items
    ] == ["m0002"]
    first = store.get_mention("m0001")
    assert first is not None and first.sentiment is not None
    assert (first.sentiment.label, first.alerts) == ("positive", [])


def test_get_mentions_keeps_order_and_skips_missing(store: Store) -> None:
    store.upsert_mentions([make(i) for i in range(3)])
    got = store.get_mentions(["m0002", "nope", "m0000"])
    assert [m.id for m in got] == ["m0002", "m0000"]
    assert store.get_mention("nope") is None


def test_roundtrip_preserves_fields(store: Store) -> None:
    original = analysed(
        make(7, title="标题", repost_of="m0001", parent_id="m0002", shop="文三路店", like_count=3),
        "negative",
        0.93,
        alerts=["食品安全"],
    )
    store.upsert_mentions([original])
    stored = store.get_mention(original.id)
    assert stored is not None
    assert stored.model_dump() == original.model_dump()


# ---------------------------------------------------------------- search


def test_full_text_search_in_chinese(store: Store) -> None:
    store.upsert_mentions(
        [
            make(1, text="自提点的牛奶过期了，食品安全谁来管"),
            make(2, text="团长很热情，草莓新鲜"),
            make(3, title="投诉", text="价格欺诈：先涨后降"),
        ]
    )

    def ids(q: str) -> set[str]:
        return {m.id for m in store.search_mentions(MentionQuery(q=q)).items}

    assert ids("食品安全") == {"m0001"}
    assert ids("食品") == {"m0001"}  # a compound is found by its parts
    assert ids("牛奶 过期") == {"m0001"}  # every token must match
    assert ids("牛奶 草莓") == set()
    assert ids("投诉") == {"m0003"}  # title is searchable
    assert ids('"OR 1=1') == set()  # query syntax in user input is inert


def test_filters_combine(store: Store) -> None:
    batch = [make(i) for i in range(12)]
    batch[4] = analysed(batch[4], "negative", 0.9, alerts=["食品安全"])
    batch[6] = analysed(batch[6], "negative", 0.8, alerts=["价格欺诈"])
    batch[5] = analysed(batch[5], "positive", 0.1)
    store.upsert_mentions(batch)

    def ids(**kw: Any) -> list[str]:
        return sorted(m.id for m in store.search_mentions(MentionQuery(**kw), limit=100).items)

    assert ids(platform=["forum"]) == [f"m{i:04d}" for i in range(1, 12, 2)]
    assert ids(sentiment=["negative"]) == ["m0004", "m0006"]
    assert ids(sentiment=["negative"], platform=["weibo"], alert_category=["食品安全"]) == ["m0004"]
    assert ids(since=T0 + timedelta(hours=5), until=T0 + timedelta(hours=7)) == ["m0005", "m0006"]
    assert ids(min_reads=100) == ["m0010", "m0011"]
    assert ids(region=["西湖区"]) == ["m0000", "m0003", "m0006", "m0009"]
    assert ids(platform=[]) == []
    assert store.count_mentions(MentionQuery(needs_analysis=False)) == 3


def test_cursor_pagination_visits_every_match_once(store: Store) -> None:
    store.upsert_mentions([make(i, published_at=T0 + timedelta(hours=i // 3)) for i in range(23)])
    for sort in ("published_at_desc", "published_at_asc", "read_count_desc"):
        seen: list[str] = []
        cursor = None
        while True:
            page = store.search_mentions(MentionQuery(), limit=5, cursor=cursor, sort=sort)  # type: ignore[arg-type]
            assert page.total == 23
            seen += [m.id for m in page.items]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == 23
    desc = store.search_mentions(MentionQuery(), limit=3).items
    assert [m.published_at for m in desc] == sorted((m.published_at for m in desc), reverse=True)


#: Cursors no page returned: every backend rejects each of them with ``InvalidCursor``.
MALFORMED_MENTION_CURSORS = [
    "not-a-cursor!!",
    "e30",  # {}
    "W10",  # []
    encode_cursor("published_at_asc", 1, "m0001"),  # made for another sort
    encode_cursor("published_at_desc", "yesterday", "m0001"),  # key of the wrong type
    encode_cursor("published_at_desc", 1.5, "m0001"),
    encode_cursor("published_at_desc", True, "m0001"),
    encode_cursor("published_at_desc", 1, 7),  # id not a string
    "WyJwdWJsaXNoZWRfYXRfZGVzYyIsMV0",  # ["published_at_desc",1]: too short
]
MALFORMED_DOC_CURSORS = [
    "%%%",
    encode_cursor("-n", 1, "t01"),  # made for another sort
    encode_cursor("n", [1], "t01"),
    encode_cursor("n", 1, None),
    "%" + encode_cursor("n", 1, "t0001"),  # a stray character a lenient decoder skips over
]


@pytest.mark.parametrize("cursor", MALFORMED_MENTION_CURSORS)
def test_malformed_mention_cursors_are_rejected(store: Store, cursor: str) -> None:
    store.upsert_mentions([make(1)])
    with pytest.raises(InvalidCursor):
        store.search_mentions(MentionQuery(), cursor=cursor)


@pytest.mark.parametrize("cursor", MALFORMED_DOC_CURSORS)
def test_malformed_doc_cursors_are_rejected(store: Store, cursor: str) -> None:
    store.put_doc("tickets", "t01", {"n": 1})
    with pytest.raises(InvalidCursor):
        store.find_docs("tickets", sort="n", cursor=cursor)


def test_page_size_is_bounded(store: Store) -> None:
    for limit in (0, MAX_PAGE_SIZE + 1):
        with pytest.raises(InvalidRequest):
            store.search_mentions(MentionQuery(), limit=limit)
        with pytest.raises(InvalidRequest):
            store.find_docs("tickets", limit=limit)
    with pytest.raises(InvalidRequest):
        list(store.iter_mentions(MentionQuery(), batch_size=0))
    assert store.search_mentions(MentionQuery(), limit=MAX_PAGE_SIZE).items == []


@pytest.mark.parametrize("collection", ["Ads", "", "_x", "-x", "a b", "a/b", "x" * 101, "状态"])
def test_collection_names_are_checked_alike(store: Store, collection: str) -> None:
    with pytest.raises(InvalidRequest):
        store.put_doc(collection, "d1", {"a": 1})
    with pytest.raises(InvalidRequest):
        store.get_doc(collection, "d1")
    with pytest.raises(InvalidRequest):
        store.find_docs(collection)


@pytest.mark.parametrize("field", ["a.b", "状态", "", "a-b", "a'b"])
def test_field_names_are_checked_alike(store: Store, field: str) -> None:
    with pytest.raises(InvalidRequest):
        store.find_docs("tickets", [Filter(field=field, value=1)])
    with pytest.raises(InvalidRequest):
        store.find_docs("tickets", sort=f"-{field}")


def test_windows_are_exact_to_the_microsecond(store: Store) -> None:
    at = T0 + timedelta(microseconds=123_456)
    store.upsert_mentions([make(1, published_at=at), make(2, published_at=at - timedelta(hours=1))])

    def ids(since: datetime, until: datetime) -> list[str]:
        query = MentionQuery(since=since, until=until)
        return [m.id for m in store.search_mentions(query).items]

    # The monitor asks for windows ending just after the newest mention.
    assert ids(at - timedelta(hours=2), at + timedelta(microseconds=1)) == ["m0001", "m0002"]
    assert ids(at - timedelta(hours=2), at) == ["m0002"]
    assert ids(at, at + timedelta(microseconds=1)) == ["m0001"]
    assert ids(at + timedelta(microseconds=1), at + timedelta(hours=1)) == []
    assert store.count_mentions(MentionQuery(until=at + timedelta(microseconds=1))) == 2


def test_cursor_pages_are_exact_with_microseconds(store: Store) -> None:
    base = T0 + timedelta(microseconds=999)
    store.upsert_mentions(
        [make(i, published_at=base + timedelta(microseconds=i % 4)) for i in range(9)]
    )
    seen: list[str] = []
    cursor = None
    while True:
        page = store.search_mentions(
            MentionQuery(), limit=2, cursor=cursor, sort="published_at_asc"
        )
        seen += [m.id for m in page.items]
        if (cursor := page.next_cursor) is None:
            break
    ordered = sorted(range(9), key=lambda i: (i % 4, i))
    assert seen == [f"m{i:04d}" for i in ordered]


def test_iter_mentions_is_oldest_first_and_complete(store: Store) -> None:
    store.upsert_mentions([make(i) for i in range(17)])
    got = [m.id for m in store.iter_mentions(MentionQuery(), batch_size=4)]
    assert got == [f"m{i:04d}" for i in range(17)]


def test_mention_links_of_a_window(store: Store) -> None:
    store.upsert_mentions(
        [
            make(0),
            make(3, repost_of="m0000"),
            make(1, parent_id="m0000"),
            make(2, repost_of="m0001", parent_id="m0000"),  # a repost wins over a reply
            make(4, repost_of="gone"),  # the parent need not be stored
            make(9, parent_id="m0000"),  # published after the window
        ]
    )
    links = store.mention_links(T0, T0 + timedelta(hours=5))
    assert links == [
        MentionLink("m0001", "m0000", "reply"),
        MentionLink("m0002", "m0001", "repost"),
        MentionLink("m0003", "m0000", "repost"),
        MentionLink("m0004", "gone", "repost"),
    ]
    assert store.mention_links(T0 + timedelta(hours=1), T0 + timedelta(hours=2)) == [links[0]]
    assert store.mention_links(T0 + timedelta(days=9), T0 + timedelta(days=10)) == []


def test_mention_links_to_some_parents(store: Store) -> None:
    store.upsert_mentions(
        [
            make(0),
            make(1, parent_id="m0000"),
            make(2, repost_of="m0001", parent_id="m0000"),  # links to m0001 only
            make(3, repost_of="m0000"),
            make(4, repost_of="gone"),  # the parent need not be stored
            make(5, parent_id="m0003"),
            make(6, parent_id="m0001"),
            make(9, parent_id="m0000"),  # published after the window
        ]
    )
    since, until = T0, T0 + timedelta(hours=7)
    assert store.mention_links_to(["m0000"], since, until) == [
        MentionLink("m0001", "m0000", "reply"),
        MentionLink("m0003", "m0000", "repost"),
    ]
    assert store.mention_links_to(["m0003", "gone", "m0001", "m0003"], since, until) == [
        MentionLink("m0002", "m0001", "repost"),
        MentionLink("m0004", "gone", "repost"),
        MentionLink("m0005", "m0003", "reply"),
        MentionLink("m0006", "m0001", "reply"),
    ]
    assert store.mention_links_to(["m0000"], T0 + timedelta(hours=2), T0 + timedelta(days=1)) == [
        MentionLink("m0003", "m0000", "repost"),
        MentionLink("m0009", "m0000", "reply"),
    ]
    assert store.mention_links_to([], since, until) == []
    assert store.mention_links_to(["m0006", "nope"], since, until) == []
    # Every parent asked at once: the window's links.
    parents = ["gone", *(f"m{i:04d}" for i in range(10))]
    assert store.mention_links_to(parents, since, until) == store.mention_links(since, until)
    # More parents than one query carries: the queries' answers merge, still oldest first.
    many = ["m0001", *(f"x{i}" for i in range(LINK_PARENTS_PER_QUERY)), "m0003"]
    assert [link.id for link in store.mention_links_to(many, since, until)] == [
        "m0002",
        "m0005",
        "m0006",
    ]
    # A re-crawl that moves a link moves it here too.
    store.upsert_mentions([make(5, repost_of="m0000")])
    assert store.mention_links_to(["m0003"], since, until) == []
    assert [link.id for link in store.mention_links_to(["m0000"], since, until)] == [
        "m0001",
        "m0003",
        "m0005",
    ]


# ---------------------------------------------------------------- aggregations


def test_histogram_by_day_in_shanghai_time_with_sentiment(store: Store) -> None:
    # 15:30 UTC is 23:30 in Shanghai (day 1); 16:30 UTC is 00:30 next day there.
    day1 = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)
    day2 = datetime(2026, 11, 2, 16, 30, tzinfo=UTC)
    store.upsert_mentions(
        [
            analysed(make(1, published_at=day1), "negative", 0.9),
            analysed(make(2, published_at=day1), "positive", 0.1),
            make(3, published_at=day2),
        ]
    )
    buckets = store.mention_histogram(MentionQuery(), interval="day")
    assert [(b.total, b.negative, b.positive, b.unscored) for b in buckets] == [
        (2, 1, 1, 0),
        (1, 0, 0, 1),
    ]
    assert buckets[0].start == datetime(2026, 11, 1, 16, 0, tzinfo=UTC)  # Shanghai midnight
    assert buckets[0].mean_p_negative == pytest.approx(0.5)
    assert buckets[1].mean_p_negative is None


def test_histogram_week_buckets_start_on_monday(store: Store) -> None:
    sunday = datetime(2026, 11, 8, 4, 0, tzinfo=UTC)
    monday = datetime(2026, 11, 9, 4, 0, tzinfo=UTC)
    store.upsert_mentions([make(1, published_at=sunday), make(2, published_at=monday)])
    buckets = store.mention_histogram(MentionQuery(), interval="week")
    assert [b.start for b in buckets] == [
        datetime(2026, 11, 1, 16, 0, tzinfo=UTC),
        datetime(2026, 11, 8, 16, 0, tzinfo=UTC),
    ]


def test_histogram_split_by_platform_and_alert(store: Store) -> None:
    store.upsert_mentions(
        [
            analysed(make(0), "negative", 0.9, alerts=["食品安全", "卫生"]),
            analysed(make(1), "negative", 0.7, alerts=["食品安全"]),
            make(2),
        ]
    )
    by_platform = store.mention_histogram(MentionQuery(), interval="day", split_by="platform")
    assert sorted((b.key, b.total) for b in by_platform) == [("forum", 1), ("weibo", 2)]
    by_alert = store.mention_histogram(MentionQuery(), interval="day", split_by="alert_category")
    assert sorted((b.key, b.total) for b in by_alert) == [("卫生", 1), ("食品安全", 2)]


def test_terms(store: Store) -> None:
    store.upsert_mentions(
        [
            analysed(make(0), "negative", 0.9, alerts=["食品安全"], kws=["草莓", "发霉"]),
            analysed(make(2), "negative", 0.7, alerts=["食品安全"], kws=["草莓"]),
            analysed(make(1), "positive", 0.2, kws=["团长"]),
            make(3),
        ]
    )
    platforms = store.mention_terms("platform", MentionQuery())
    assert [(t.key, t.count, t.negative) for t in platforms] == [("forum", 2, 0), ("weibo", 2, 2)]
    assert platforms[1].mean_p_negative == pytest.approx(0.8)
    keywords = store.mention_terms("keywords", MentionQuery(), size=2)
    assert [(t.key, t.count) for t in keywords] == [("草莓", 2), ("发霉", 1)]
    alerts = store.mention_terms("alert_category", MentionQuery(platform=["weibo"]))
    assert [(t.key, t.count) for t in alerts] == [("食品安全", 2)]


def test_deleted_mentions_leave_every_read_and_index(store: Store) -> None:
    """Forget and retention (PIPL art. 19, 47): nothing answers with a deleted mention."""
    store.upsert_mentions(
        [
            analysed(make(0), "negative", 0.9, alerts=["食品安全"], kws=["草莓"]),
            analysed(make(1), "positive", 0.1, kws=["草莓"]),
            make(2, repost_of="m0000"),
        ]
    )
    assert store.delete_mentions(["m0000", "m0002", "m0000", "nope"]) == 2
    assert store.delete_mentions(["m0000"]) == 0
    assert store.delete_mentions([]) == 0
    assert store.get_mention("m0000") is None
    assert [m.id for m in store.get_mentions(["m0000", "m0001", "m0002"])] == ["m0001"]
    assert store.count_mentions(MentionQuery()) == 1
    assert [m.id for m in store.search_mentions(MentionQuery(q="草莓")).items] == ["m0001"]
    assert [m.id for m in store.iter_mentions(MentionQuery())] == ["m0001"]
    assert store.mention_links(T0, T0 + timedelta(days=1)) == []
    assert store.mention_links_to(["m0000"], T0, T0 + timedelta(days=1)) == []
    buckets = store.mention_histogram(MentionQuery(), interval="day")
    assert [(b.total, b.negative, b.positive) for b in buckets] == [(1, 0, 1)]
    assert store.mention_terms("alert_category", MentionQuery()) == []
    assert [(t.key, t.count) for t in store.mention_terms("keywords", MentionQuery())] == [
        ("草莓", 1)
    ]
    assert [(t.key, t.count) for t in store.mention_terms("author", MentionQuery())] == [
        ("user1", 1)
    ]
    # A deleted id can be stored again from scratch (a later, lawful re-crawl).
    assert store.upsert_mentions([make(0)]).created == 1


# ---------------------------------------------------------------- generic documents


def test_put_get_versions(store: Store) -> None:
    created = store.put_doc("incidents", "i1", {"status": "open", "reads": 600})
    assert created.version == 1
    updated = store.put_doc("incidents", "i1", {"status": "acknowledged"}, expected_version=1)
    assert updated.version == 2
    got = store.get_doc("incidents", "i1")
    assert got is not None and got.version == 2 and got.body == {"status": "acknowledged"}
    assert store.get_doc("incidents", "nope") is None
    assert store.get_doc("tickets", "i1") is None  # collections are separate


def test_optimistic_concurrency(store: Store) -> None:
    store.put_doc("ads", "a1", {"state": "submitted"}, expected_version=0)
    with pytest.raises(VersionConflict):
        store.put_doc("ads", "a1", {"state": "again"}, expected_version=0)
    store.put_doc("ads", "a1", {"state": "legal_review"}, expected_version=1)
    with pytest.raises(VersionConflict):  # a second writer who read version 1 loses
        store.put_doc("ads", "a1", {"state": "approved"}, expected_version=1)
    got = store.get_doc("ads", "a1")
    assert got is not None and got.body["state"] == "legal_review"


def test_unserialisable_body_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.put_doc("ads", "bad", {"when": object()})
    assert store.get_doc("ads", "bad") is None


def test_find_filters_sort_and_paginate(store: Store) -> None:
    for i in range(11):
        body: dict[str, Any] = {
            "status": "open" if i % 2 else "closed",
            "due": f"2026-11-{10 + i:02d}T00:00:00Z",
            "n": i,
        }
        if i == 3:
            del body["due"]
        store.put_doc("tickets", f"t{i:02d}", body)
    open_ = store.find_docs("tickets", [Filter(field="status", value="open")], sort="n", limit=100)
    assert [d.id for d in open_.items] == ["t01", "t03", "t05", "t07", "t09"]
    overdue = store.find_docs(
        "tickets",
        [
            Filter(field="status", value="open"),
            Filter(field="due", op="lt", value="2026-11-16T00:00:00Z"),
        ],
    )
    assert [d.id for d in overdue.items] == ["t01", "t05"]  # t03 has no due date
    assert store.count_docs("tickets", [Filter(field="status", op="ne", value="open")]) == 6
    assert store.count_docs("tickets", [Filter(field="n", op="in", value=[1, 2, 99])]) == 2
    assert store.count_docs("tickets", [Filter(field="due", op="ne", value="x")]) == 11
    for sort in ("n", "-n", "due", "-due", "id"):
        seen: list[str] = []
        cursor = None
        while True:
            page = store.find_docs("tickets", sort=sort, limit=3, cursor=cursor)
            assert page.total == 11
            seen += [d.id for d in page.items]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == 11, sort
    newest = store.find_docs("tickets", sort="-n", limit=2)
    assert [d.id for d in newest.items] == ["t10", "t09"]


def test_delete_doc(store: Store) -> None:
    store.put_doc("outbox", "n1", {"channel": "webhook"})
    assert store.delete_doc("outbox", "n1") is True
    assert store.delete_doc("outbox", "n1") is False
    assert store.count_docs("outbox") == 0


def test_memory_sink_merges_like_the_store(store: Store) -> None:
    """The crawl stage's in-memory sink applies the store's merge (radar.mentions)."""
    sink = MemorySink()
    raw = make(1)
    steps = [
        [raw, make(2)],
        [analysed(raw, "positive", 0.1, kws=["草莓"])],  # analysed copy: updated
        [raw.model_copy(update={"read_count": 555})],  # raw re-crawl keeps the analysis
        [raw.model_copy(update={"read_count": 555, "collected_at": T0})],  # volatile only
        [make(1, text="邻里鲜的草莓发霉了")],  # content changed: analysis goes
        [make(2)],
    ]
    for batch in steps:
        expected = store.upsert_mentions(batch)
        assert sink.upsert_mentions(batch) == expected
        for mention_id in ("m0001", "m0002"):
            stored = store.get_mention(mention_id)
            assert stored is not None and sink.mentions[mention_id] == stored


def test_data_survives_reopen(tmp_path: Path) -> None:
    from store.sqlite import SQLiteStore

    path = tmp_path / "durable.sqlite3"
    first = SQLiteStore(path)
    first.upsert_mentions([make(1)])
    first.put_doc("incidents", "i1", {"status": "open"})
    first.close()
    second = SQLiteStore(path)
    assert second.get_mention("m0001") is not None
    assert second.get_doc("incidents", "i1") is not None
    assert second.search_mentions(MentionQuery(q="草莓")).total == 1
    second.close()
