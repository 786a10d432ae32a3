"""The Elasticsearch backend's request bodies, checked without a node.

Two kinds of checks: the exact DSL each builder produces (so a change is deliberate), and —
through ``es_reference``, an evaluator of the documented semantics of the clauses we use —
that those bodies select and order what the SQLite backend does for the same data. The contract
suite against a real node (``ES_URL=... pytest tests/store/test_contract.py``) is the proof that
Elasticsearch agrees.
"""

from __future__ import annotations

import fnmatch
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from nlp.segment import tokenize
from radar.schemas import AlertHit, Filter, Mention, MentionQuery, Sentiment
from store import es_queries as q
from store.base import BUCKET_UTC_OFFSET_SECONDS, InvalidCursor, InvalidRequest
from store.semantics import MAX_PAGE_SIZE, encode_cursor, epoch_us
from store.sqlite import SQLiteStore
from tests.store import es_reference

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def make(i: int, **overrides: Any) -> Mention:
    fields: dict[str, Any] = {
        "id": f"m{i:04d}",
        "platform": "weibo" if i % 2 == 0 else "forum",
        "source": "demo",
        "url": f"https://example.test/p/{i}",
        "text": f"邻里鲜第{i}号自提点的草莓很新鲜",
        "published_at": T0 + timedelta(hours=i // 3),
        "read_count": (i * 37) % 11 * 10,
        "region": "西湖区" if i % 3 == 0 else None,
    }
    fields.update(overrides)
    return Mention(**fields)


def analysed(m: Mention, label: str, p_neg: float, alerts: tuple[str, ...] = ()) -> Mention:
    return m.model_copy(
        update={
            "sentiment": Sentiment(label=label, p_negative=p_neg),  # type: ignore[arg-type]
            "alerts": [AlertHit(category=c, term=c, start=0, end=1) for c in alerts],
            "keywords": ["草莓"],
            "tokens": tokenize(f"{m.title or ''}\n{m.text}"),
            "analysed_hash": m.content_hash,
            "analysed_at": T0,
        }
    )


# ---------------------------------------------------------------- templates


def _properties(mapping: dict[str, Any], prefix: str = "") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, spec in mapping.get("properties", {}).items():
        out[prefix + name] = spec
        out.update(_properties(spec, f"{prefix}{name}."))
    return out


def test_mentions_mapping_covers_every_mention_field_explicitly() -> None:
    template = q.load_template("mentions")
    mappings = template["template"]["mappings"]
    assert mappings["dynamic"] is False  # unknown fields are kept in _source, never guessed
    props = _properties(mappings)
    assert set(Mention.model_fields) | set(q.DERIVED_FIELDS) == {
        name for name in props if "." not in name
    }
    for name in ("id", "platform", "source", "region", "shop", "author", "keywords"):
        assert props[name]["type"] == "keyword", name
    for name in ("published_at", "collected_at", "analysed_at"):
        assert props[name]["type"] == "date", name
    assert props["sentiment.label"]["type"] == "keyword"
    assert props["alerts.category"]["type"] == "keyword"
    assert props["search_tokens"] == {"type": "text", "analyzer": "whitespace", "norms": False}
    assert props["needs_analysis"]["type"] == "boolean"
    # Every field a query or aggregation names is mapped.
    for es_field in q.MENTION_FIELDS.values():
        assert es_field in props
    # One primary shard: terms aggregation counts are exact, as in SQLite.
    assert template["template"]["settings"]["number_of_shards"] == 1


def test_docs_template_maps_top_level_scalars_only() -> None:
    mappings = q.load_template("docs")["template"]["mappings"]
    assert mappings["properties"]["body"] == {"type": "object", "enabled": False}
    assert mappings["date_detection"] is False and mappings["numeric_detection"] is False
    names = [next(iter(t)) for t in mappings["dynamic_templates"]]
    # First match wins: *_at strings must be tried before strings in general.
    assert names.index("attrs_instants") < names.index("attrs_strings")
    strings = mappings["dynamic_templates"][names.index("attrs_strings")]["attrs_strings"]
    # Lucene's term limit is 32766 bytes; 8191 characters of UTF-8 always fit.
    assert strings["mapping"]["ignore_above"] * 4 <= 32766


@pytest.mark.parametrize("prefix", ["radar", "radar-test-1a2b3c4d"])
def test_template_patterns_match_the_index_names(prefix: str) -> None:
    mentions = q.index_template("mentions", prefix)
    docs = q.index_template("docs", prefix)
    assert mentions["name"] == f"{prefix}-mentions" and docs["name"] == f"{prefix}-docs"
    month = q.month_index(prefix, T0)
    assert month == f"{prefix}-mentions-v2-2026.11"
    assert any(fnmatch.fnmatch(month, p) for p in mentions["index_patterns"])
    assert not any(fnmatch.fnmatch(month, p) for p in docs["index_patterns"])
    # Neither the single index of earlier releases nor the alias matches the monthly pattern.
    for other in (q.mentions_index(prefix), q.mentions_alias(prefix)):
        assert not any(fnmatch.fnmatch(other, p) for p in mentions["index_patterns"])
        assert not any(fnmatch.fnmatch(other, p) for p in docs["index_patterns"])
    index = q.docs_index(prefix, "crawl_state")
    assert index == f"{prefix}-docs-crawl_state"
    assert any(fnmatch.fnmatch(index, p) for p in docs["index_patterns"])
    assert not any(fnmatch.fnmatch(index, p) for p in mentions["index_patterns"])
    assert set(mentions) == {
        "name",
        "index_patterns",
        "priority",
        "version",
        "meta",
        "template",
        "allow_auto_create",
    }
    # No auto-creation: a month is created by the store, with its ILM origination date.
    assert mentions["allow_auto_create"] is False
    assert mentions["template"]["aliases"] == {q.mentions_alias(prefix): {}}
    assert "index.lifecycle.name" not in mentions["template"]["settings"]
    managed = q.index_template("mentions", prefix, lifecycle=q.retention_policy_name(prefix))
    assert managed["template"]["settings"]["index.lifecycle.name"] == f"{prefix}-mentions-retention"
    assert managed["meta"]["lifecycle"] == f"{prefix}-mentions-retention"
    # The packaged template file itself is not changed by building a managed one.
    assert "aliases" not in q.load_template("mentions")["template"]


@pytest.mark.parametrize("bad", ["Ads", "", "_x", "-x", "a b", "a/b", "a*", "x" * 101])
def test_collection_names_must_make_index_names(bad: str) -> None:
    with pytest.raises(ValueError, match="cannot name an Elasticsearch index"):
        q.docs_index("radar", bad)


# ---------------------------------------------------------------- mention documents


def test_mention_source_adds_search_tokens_and_round_trips() -> None:
    m = analysed(make(1, title="投诉"), "negative", 0.9, alerts=("食品安全",))
    source = q.mention_source(m)
    assert source["search_tokens"] == " ".join(tokenize(f"投诉\n{m.text}"))
    assert source["needs_analysis"] is False
    assert q.mention_source(make(2))["needs_analysis"] is True
    assert q.mention_from_source(source) == m
    stale = make(3).model_copy(update={"tokens": ["旧"], "analysed_hash": "old"})
    assert q.mention_source(stale)["search_tokens"] == " ".join(tokenize(f"\n{stale.text}"))


def _stored(m: Mention, seq_no: int = 7, index: str | None = None) -> q.StoredVersion:
    where = index or q.month_index("radar", m.published_at)
    return q.StoredVersion(q.mention_source(m), seq_no=seq_no, primary_term=1, index=where)


def test_plan_upsert_decides_like_the_contract() -> None:
    stored_raw = make(1)
    stored_analysed = analysed(make(2), "positive", 0.1)
    existing = {
        "m0001": [_stored(stored_raw)],
        "m0002": [_stored(stored_analysed, seq_no=9)],
        "m0003": [_stored(make(3))],
        "m0004": [_stored(analysed(make(4), "positive", 0.1))],
    }
    latest = {
        "m0000": make(0),  # new
        "m0001": make(1, collected_at=T0 + timedelta(days=1)),  # only re-collected
        "m0002": make(2, read_count=999),  # raw re-crawl with new counts, same content
        "m0003": make(3),  # identical
        "m0004": make(4, text="草莓发霉了"),  # changed content, raw
    }
    plan = q.plan_upsert("radar", latest, existing)
    assert plan.created == ["m0000"]
    assert plan.updated == ["m0002", "m0004"]
    assert plan.unchanged == ["m0001", "m0003"]
    create, update_counts, update_content = plan.actions
    assert create["_op_type"] == "create" and create["_id"] == "m0000"
    assert "if_seq_no" not in create
    assert update_counts["_op_type"] == "index"
    assert (update_counts["if_seq_no"], update_counts["if_primary_term"]) == (9, 1)
    kept = q.mention_from_source(update_counts["_source"])
    assert kept.read_count == 999 and kept.sentiment == stored_analysed.sentiment
    assert not kept.needs_analysis and update_counts["_source"]["needs_analysis"] is False
    reset = q.mention_from_source(update_content["_source"])
    assert reset.sentiment is None and reset.needs_analysis
    assert "发霉" in update_content["_source"]["search_tokens"].split()
    result = plan.result(failed={"m0004"})
    assert (result.created, result.updated, result.unchanged) == (1, 1, 2)
    assert result.updated_ids == ["m0002"]
    assert {a["_index"] for a in plan.actions} == {"radar-mentions-v2-2026.11"}


def test_plan_upsert_moves_a_mention_whose_month_changed() -> None:
    """A re-crawl that reads "3天前" a day later can move ``published_at`` across a month
    boundary (radar.mentions.merge_mention keeps the incoming time): the mention is created
    in its new month and its old copy deleted, conditionally, in the same bulk request."""
    end_of_october = T0 - timedelta(days=2)  # 2026-10-31
    stored = _stored(make(1, published_at=end_of_october), seq_no=4)
    assert stored.index == "radar-mentions-v2-2026.10"
    legacy = _stored(make(2), seq_no=5, index="radar-mentions-v2")  # the single index before
    stray = _stored(make(3), seq_no=6, index="radar-mentions-v2-2026.10")
    kept = _stored(make(3), seq_no=8)
    plan = q.plan_upsert(
        "radar",
        {"m0001": make(1), "m0002": make(2), "m0003": make(3)},
        {"m0001": [stored], "m0002": [legacy], "m0003": [stray, kept]},
    )
    assert plan.updated == ["m0001"] and plan.unchanged == ["m0002", "m0003"]
    moves = [(a["_op_type"], a["_index"], a["_id"], a.get("if_seq_no")) for a in plan.actions]
    assert moves == [
        ("delete", "radar-mentions-v2-2026.10", "m0001", 4),
        ("create", "radar-mentions-v2-2026.11", "m0001", None),
        ("delete", "radar-mentions-v2", "m0002", 5),
        ("create", "radar-mentions-v2-2026.11", "m0002", None),
        ("delete", "radar-mentions-v2-2026.10", "m0003", 6),
    ]


def test_month_indices_and_the_retention_policy() -> None:
    assert q.month_index("radar", datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == (
        "radar-mentions-v2-2026.12"
    )
    # Months are UTC: 07:00 on 1 December in Shanghai is still November.
    shanghai = timezone(timedelta(hours=8))
    assert q.month_index("radar", datetime(2026, 12, 1, 7, 0, tzinfo=shanghai)) == (
        "radar-mentions-v2-2026.11"
    )
    assert q.month_of_index("radar", "radar-mentions-v2-2026.12") == datetime(
        2026, 12, 1, tzinfo=UTC
    )
    for other in ("radar-mentions-v2", "radar-mentions-v2-2026.13", "x-mentions-v2-2026.01"):
        assert q.month_of_index("radar", other) is None
    assert q.candidate_indices("radar", T0) == [
        "radar-mentions-v2-2026.11",
        "radar-mentions-v2-2026.10",
    ]
    assert q.candidate_indices("radar", T0 + timedelta(days=10)) == ["radar-mentions-v2-2026.11"]
    settings = q.month_index_settings(q.index_settings(3), datetime(2026, 12, 1, tzinfo=UTC))
    end = datetime(2027, 1, 1, tzinfo=UTC)  # the end of December: the year rolls over
    assert settings == {
        "number_of_shards": 3,
        "index.lifecycle.origination_date": int(end.timestamp()) * 1000,
    }
    policy = q.retention_policy(365)
    assert policy["phases"]["delete"] == {"min_age": "365d", "actions": {"delete": {}}}
    assert set(policy) == {"_meta", "phases"}
    with pytest.raises(ValueError):
        q.retention_policy(0)


def test_analysis_action_merges_onto_the_stored_version() -> None:
    stored = _stored(make(1, read_count=5), seq_no=3)
    action = q.analysis_action(analysed(make(1), "negative", 0.8), stored)
    assert action["_index"] == stored.index
    merged = q.mention_from_source(action["_source"])
    assert merged.read_count == 5 and merged.sentiment is not None
    assert action["if_seq_no"] == 3 and action["_source"]["needs_analysis"] is False


# ---------------------------------------------------------------- mention queries


def test_mention_query_dsl() -> None:
    query = MentionQuery(
        q="牛奶过期",
        platform=["weibo"],
        sentiment=["negative"],
        alert_category=["食品安全"],
        since=T0,
        until=T0 + timedelta(days=1),
        min_reads=500,
        needs_analysis=False,
    )
    assert q.mention_query(query) == {
        "bool": {
            "filter": [
                {"match": {"search_tokens": {"query": "牛奶 过期", "operator": "and"}}},
                {"terms": {"platform": ["weibo"]}},
                {"terms": {"sentiment.label": ["negative"]}},
                {"terms": {"alerts.category": ["食品安全"]}},
                {
                    "range": {
                        "published_us": {
                            "gte": 1_793_581_200_000_000,
                            "lt": 1_793_667_600_000_000,
                        }
                    }
                },
                {"range": {"read_count": {"gte": 500}}},
                {"term": {"needs_analysis": False}},
            ]
        }
    }
    assert q.mention_query(MentionQuery()) == {"bool": {"filter": []}}
    assert q.mention_query(MentionQuery(platform=[])) == {"bool": {"filter": [{"match_none": {}}]}}
    assert q.mention_query(MentionQuery(q="！？")) == {"bool": {"filter": [{"match_none": {}}]}}


def test_user_query_syntax_is_inert() -> None:
    clause = q.mention_query(MentionQuery(q='"OR 1=1 AND platform:*'))["bool"]["filter"][0]
    assert set(clause) == {"match"}  # a match query has no syntax, unlike query_string


def test_search_body_sort_and_cursor() -> None:
    body = q.mention_search_body(MentionQuery(), limit=5, cursor=None, sort="read_count_desc")
    assert body["sort"] == [{"read_count": {"order": "desc"}}, {"id": {"order": "desc"}}]
    assert body["size"] == 6 and body["track_total_hits"] is True
    assert "search_after" not in body
    hits = [{"sort": [1000 - i, f"m{i}"]} for i in range(6)]
    cursor = q.mention_next_cursor("read_count_desc", hits, 5)
    assert cursor is not None
    after = q.mention_search_body(MentionQuery(), limit=5, cursor=cursor, sort="read_count_desc")
    assert after["search_after"] == [996, "m4"]
    assert q.mention_next_cursor("read_count_desc", hits[:5], 5) is None
    with pytest.raises(ValueError, match="not made for sort"):
        q.mention_search_body(MentionQuery(), limit=5, cursor=cursor, sort="published_at_asc")
    for bad in ("not-a-cursor!!", encode_cursor("read_count_desc", "x", "y"), "e30"):
        with pytest.raises(InvalidCursor):
            q.mention_search_body(MentionQuery(), limit=5, cursor=bad, sort="read_count_desc")
    with pytest.raises(ValueError):
        q.mention_search_body(MentionQuery(), limit=0, cursor=None, sort="published_at_desc")


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[SQLiteStore, list[dict[str, Any]]]:
    """The same mentions in a real SQLite store and as Elasticsearch sources."""
    mentions = [make(i) for i in range(23)]
    mentions[1] = make(1, text="自提点的牛奶过期了，食品安全谁来管")
    mentions[2] = analysed(make(2, title="投诉", text="价格欺诈：先涨后降"), "negative", 0.9)
    mentions[4] = analysed(mentions[4], "negative", 0.7, alerts=("食品安全",))
    mentions[5] = analysed(mentions[5], "positive", 0.2)
    sqlite = SQLiteStore(tmp_path / "ref.sqlite3")
    sqlite.upsert_mentions(mentions)
    return sqlite, [q.mention_source(m) for m in mentions]


QUERIES = [
    MentionQuery(),
    MentionQuery(q="食品安全"),
    MentionQuery(q="食品"),
    MentionQuery(q="牛奶 过期"),
    MentionQuery(q="牛奶 草莓"),
    MentionQuery(q="投诉"),
    MentionQuery(q="草莓", platform=["forum"]),
    MentionQuery(sentiment=["negative"], alert_category=["食品安全"]),
    MentionQuery(since=T0 + timedelta(hours=2), until=T0 + timedelta(hours=4)),
    MentionQuery(min_reads=50, region=["西湖区"]),
    MentionQuery(needs_analysis=True),
    MentionQuery(needs_analysis=False),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda m: m.model_dump_json(exclude_none=True))
def test_queries_select_what_sqlite_selects(
    corpus: tuple[SQLiteStore, list[dict[str, Any]]], query: MentionQuery
) -> None:
    sqlite, sources = corpus
    expected = {m.id for m in sqlite.search_mentions(query, limit=100).items}
    selected = {d["id"] for d in sources if es_reference.matches(d, q.mention_query(query))}
    assert selected == expected
    assert sqlite.count_mentions(query) == len(selected)


@pytest.mark.parametrize("sort", ["published_at_desc", "published_at_asc", "read_count_desc"])
def test_search_after_pages_like_sqlite(
    corpus: tuple[SQLiteStore, list[dict[str, Any]]], sort: Any
) -> None:
    sqlite, sources = corpus
    expected, cursor = [], None
    while True:
        page = sqlite.search_mentions(MentionQuery(), limit=4, cursor=cursor, sort=sort)
        expected += [m.id for m in page.items]
        if not (cursor := page.next_cursor):
            break
    got, cursor = [], None
    while True:
        body = q.mention_search_body(MentionQuery(), limit=4, cursor=cursor, sort=sort)
        hits, total = es_reference.search(sources, body)
        assert total == len(sources)
        got += [h["_source"]["id"] for h in hits[:4]]
        if not (cursor := q.mention_next_cursor(sort, hits, 4)):
            break
    assert got == expected and len(set(got)) == len(sources)


# ---------------------------------------------------------------- aggregations


def test_shanghai_time_zone_is_the_bucket_offset() -> None:
    sign, hours, minutes = q.SHANGHAI_TIME_ZONE[0], *q.SHANGHAI_TIME_ZONE[1:].split(":")
    offset = (int(hours) * 3600 + int(minutes) * 60) * (1 if sign == "+" else -1)
    assert offset == BUCKET_UTC_OFFSET_SECONDS


def test_histogram_body_dsl() -> None:
    body = q.histogram_body(MentionQuery(platform=["weibo"]), "week")
    assert body == {
        "query": {"bool": {"filter": [{"terms": {"platform": ["weibo"]}}]}},
        "size": 0,
        "aggs": {
            "over_time": {
                "date_histogram": {
                    "field": "published_at",
                    "calendar_interval": "week",
                    "time_zone": "+08:00",
                    "min_doc_count": 1,
                },
                "aggs": {
                    "sentiment": {"terms": {"field": "sentiment.label", "size": 3}},
                    "mean_p_negative": {"avg": {"field": "sentiment.p_negative"}},
                },
            }
        },
    }


def _sentiment(neg: int = 0, pos: int = 0, mean: float | None = None) -> dict[str, Any]:
    buckets = [{"key": "negative", "doc_count": neg}] if neg else []
    buckets += [{"key": "positive", "doc_count": pos}] if pos else []
    return {"sentiment": {"buckets": buckets}, "mean_p_negative": {"value": mean}}


def test_parse_histogram() -> None:
    midnight = datetime(2026, 11, 1, 16, 0, tzinfo=UTC)  # 00:00 in Shanghai
    ms = int(midnight.timestamp() * 1000)
    response = {
        "aggregations": {
            "over_time": {
                "buckets": [
                    {"key": ms, "key_as_string": "...", "doc_count": 3, **_sentiment(1, 1, 0.5)},
                    {"key": ms + 86_400_000, "doc_count": 1, **_sentiment()},
                ]
            }
        }
    }
    first, second = q.parse_histogram(response)
    assert first.start == midnight and first.key is None
    assert (first.total, first.negative, first.positive, first.unscored) == (3, 1, 1, 1)
    assert first.mean_p_negative == 0.5
    assert second.start == midnight + timedelta(days=1) and second.mean_p_negative is None


def test_split_histogram_pages_through_a_composite() -> None:
    body = q.split_histogram_body(MentionQuery(), "day", "region")
    composite = body["aggs"]["over_time"]["composite"]
    assert composite["sources"] == [
        {
            "start": {
                "date_histogram": {
                    "field": "published_at",
                    "calendar_interval": "day",
                    "time_zone": "+08:00",
                }
            }
        },
        {"key": {"terms": {"field": "region", "missing_bucket": True}}},
    ]
    assert "after" not in composite
    alerts = q.split_histogram_body(MentionQuery(), "hour", "alert_category", after={"x": 1})
    alert_composite = alerts["aggs"]["over_time"]["composite"]
    assert alert_composite["sources"][1] == {"key": {"terms": {"field": "alerts.category"}}}
    assert alert_composite["after"] == {"x": 1}

    def page(n: int) -> dict[str, Any]:
        buckets = [
            {
                "key": {"start": 0, "key": None if i == 0 else f"r{i}"},
                "doc_count": 1,
                **_sentiment(),
            }
            for i in range(n)
        ]
        return {"aggregations": {"over_time": {"buckets": buckets, "after_key": {"k": n}}}}

    full, after = q.parse_split_histogram(page(q.COMPOSITE_PAGE))
    assert len(full) == q.COMPOSITE_PAGE and after == {"k": q.COMPOSITE_PAGE}
    assert full[0].key is None and full[1].key == "r1"
    last, after = q.parse_split_histogram(page(3))
    assert len(last) == 3 and after is None


def test_terms_body_and_parse() -> None:
    body = q.terms_body("alert_category", MentionQuery(), 5)
    assert body["aggs"]["top"] == {
        "terms": {
            "field": "alerts.category",
            "size": 5,
            "order": [{"_count": "desc"}, {"_key": "asc"}],
        },
        "aggs": {
            "negative": {"filter": {"term": {"sentiment.label": "negative"}}},
            "mean_p_negative": {"avg": {"field": "sentiment.p_negative"}},
        },
    }
    response = {
        "aggregations": {
            "top": {
                "buckets": [
                    {
                        "key": "食品安全",
                        "doc_count": 2,
                        "negative": {"doc_count": 2},
                        "mean_p_negative": {"value": 0.8},
                    },
                    {
                        "key": "卫生",
                        "doc_count": 1,
                        "negative": {"doc_count": 0},
                        "mean_p_negative": {"value": None},
                    },
                ]
            }
        }
    }
    top, other = q.parse_terms(response)
    assert (top.key, top.count, top.negative, top.mean_p_negative) == ("食品安全", 2, 2, 0.8)
    assert other.mean_p_negative is None
    with pytest.raises(ValueError):
        q.terms_body("text", MentionQuery(), 5)  # type: ignore[arg-type]


# ---------------------------------------------------------------- generic documents


def test_doc_source_indexes_top_level_scalars() -> None:
    body = {"status": "open", "n": 3, "ok": True, "nested": {"a": 1}, "tags": ["x"], "gone": None}
    source = q.doc_source("t1", body, 4)
    assert source == {
        "id": "t1",
        "_v": 4,
        "body": body,
        "attrs": {"status": "open", "n": 3, "ok": True},
    }


def test_doc_filter_dsl() -> None:
    filters = [
        Filter(field="status", value="open"),
        Filter(field="n", op="in", value=[1, 2]),
        Filter(field="due", op="lt", value="2026-11-16"),
        Filter(field="owner", op="ne", value="ann"),
        Filter(field="x", op="in", value=[]),
        Filter(field="y", op="gte", value=None),
    ]
    assert q.doc_filter(filters) == {
        "bool": {
            "filter": [
                {"term": {"attrs.status": "open"}},
                {"terms": {"attrs.n": [1, 2]}},
                {"range": {"attrs.due": {"lt": "2026-11-16"}}},
                {"bool": {"must_not": [{"term": {"attrs.owner": "ann"}}]}},
                {"match_none": {}},
                {"match_none": {}},
            ]
        }
    }
    with pytest.raises(ValueError, match="invalid field"):
        q.doc_filter([Filter(field="a.b", value=1)])


def test_doc_sort_puts_missing_values_lowest() -> None:
    asc = q.doc_search_body([], sort="due", limit=3, cursor=None)
    assert asc["sort"] == [
        {"attrs.due": {"order": "asc", "missing": "_first", "unmapped_type": "keyword"}},
        {"id": {"order": "asc"}},
    ]
    assert asc["fields"] == ["attrs.due"]
    desc = q.doc_search_body([], sort="-due", limit=3, cursor=None)
    assert desc["sort"][0]["attrs.due"]["missing"] == "_last"
    assert q.doc_search_body([], sort="id", limit=3, cursor=None)["sort"] == [
        {"id": {"order": "asc"}}
    ]


TICKETS = [
    {
        "status": "open" if i % 2 else "closed",
        "due": f"2026-11-{10 + i // 2:02d}T00:00:00Z",
        "n": i % 4,
    }
    for i in range(11)
]
for _i in (3, 6, 7):
    del TICKETS[_i]["due"]


@pytest.mark.parametrize("sort", ["n", "-n", "due", "-due", "id", "-id"])
@pytest.mark.parametrize("filters", [[], [Filter(field="status", value="open")]])
def test_find_docs_keyset_pages_like_sqlite(
    tmp_path: Path, sort: str, filters: list[Filter]
) -> None:
    sqlite = SQLiteStore(tmp_path / "docs.sqlite3")
    sources = []
    for i, body in enumerate(TICKETS):
        sqlite.put_doc("tickets", f"t{i:02d}", body)
        sources.append(q.doc_source(f"t{i:02d}", body, 1))
    expected, cursor = [], None
    while True:
        page = sqlite.find_docs("tickets", filters, sort=sort, limit=3, cursor=cursor)
        expected += [d.id for d in page.items]
        if not (cursor := page.next_cursor):
            break
    got, cursor = [], None
    matching = sqlite.count_docs("tickets", filters)
    while True:
        body = q.doc_search_body(filters, sort=sort, limit=3, cursor=cursor)
        response = es_reference.respond(sources, body)
        hits = response["hits"]["hits"]
        # The total is every match on every page, not what is left after the cursor
        # (the keyset condition once sat in the query and page 2 reported fewer).
        assert q.doc_page_total(response) == matching
        got += [h["_source"]["id"] for h in hits[:3]]
        if not (cursor := q.doc_next_cursor(sort, hits, 3)):
            break
    assert got == expected
    assert len(got) == len(set(got)) == matching


@pytest.mark.parametrize(
    "flt",
    [
        Filter(field="status", op="ne", value="open"),
        Filter(field="due", op="ne", value="x"),
        Filter(field="due", op="lt", value="2026-11-13T00:00:00Z"),
        Filter(field="n", op="in", value=[1, 2, 99]),
        Filter(field="n", op="gte", value=2),
        Filter(field="n", op="eq", value=None),
        Filter(field="due", op="ne", value=None),
    ],
    ids=lambda f: f"{f.field}-{f.op}-{f.value}",
)
def test_doc_filters_select_what_sqlite_selects(tmp_path: Path, flt: Filter) -> None:
    sqlite = SQLiteStore(tmp_path / "docs.sqlite3")
    sources = []
    for i, body in enumerate(TICKETS):
        sqlite.put_doc("tickets", f"t{i:02d}", body)
        sources.append(q.doc_source(f"t{i:02d}", body, 1))
    expected = {d.id for d in sqlite.find_docs("tickets", [flt], limit=100).items}
    selected = {s["id"] for s in sources if es_reference.matches(s, q.doc_filter([flt]))}
    assert selected == expected


def test_doc_cursor_validation() -> None:
    hits = [{"_source": {"id": f"t{i}"}, "fields": {"attrs.n": [i]}} for i in range(4)]
    cursor = q.doc_next_cursor("n", hits, 3)
    assert cursor is not None
    body = q.doc_search_body([], sort="n", limit=3, cursor=cursor)
    keyset = body["post_filter"]
    assert keyset == {
        "bool": {
            "should": [
                {"range": {"attrs.n": {"gt": 2}}},
                {"bool": {"filter": [{"term": {"attrs.n": 2}}, {"range": {"id": {"gt": "t2"}}}]}},
            ],
            "minimum_should_match": 1,
        }
    }
    with pytest.raises(InvalidCursor):
        q.doc_search_body([], sort="-n", limit=3, cursor=cursor)
    with pytest.raises(InvalidCursor):
        q.doc_search_body([], sort="n", limit=3, cursor="%%%")


def test_doc_total_ignores_the_cursor_and_hits_are_not_counted() -> None:
    sources = [q.doc_source(f"t{i:02d}", body, 1) for i, body in enumerate(TICKETS)]
    first = q.doc_search_body([], sort="n", limit=3, cursor=None)
    assert first["track_total_hits"] is False and "post_filter" not in first
    cursor = q.doc_next_cursor("n", es_reference.respond(sources, first)["hits"]["hits"], 3)
    second = q.doc_search_body([], sort="n", limit=3, cursor=cursor)
    # What the old body did: keyset in the query, total from hits.total (8 on page 2, not 11).
    narrowed = {**second, "query": {"bool": {"filter": [second["post_filter"]]}}}
    assert es_reference.search(sources, narrowed)[1] < len(TICKETS)
    assert q.doc_page_total(es_reference.respond(sources, second)) == len(TICKETS)
    assert q.doc_page_total({"hits": {"hits": []}}) == 0  # no index yet


def test_page_size_is_capped_below_max_result_window() -> None:
    assert MAX_PAGE_SIZE + 1 <= 10_000  # the look-ahead hit must fit the default window
    for build in (
        lambda n: q.mention_search_body(
            MentionQuery(), limit=n, cursor=None, sort="published_at_desc"
        ),
        lambda n: q.doc_search_body([], sort="id", limit=n, cursor=None),
    ):
        assert build(MAX_PAGE_SIZE)["size"] == MAX_PAGE_SIZE + 1
        for bad in (0, MAX_PAGE_SIZE + 1, 10_000):
            with pytest.raises(InvalidRequest, match="limit must be between"):
                build(bad)


# ---------------------------------------------------------------- time precision


def test_window_ending_one_microsecond_after_the_newest_mention_keeps_it(
    corpus: tuple[SQLiteStore, list[dict[str, Any]]],
) -> None:
    sqlite, sources = corpus
    newest = max(sources, key=lambda s: s["published_us"])
    until = datetime.fromisoformat(newest["published_at"]) + timedelta(microseconds=1)
    query = MentionQuery(until=until, since=until - timedelta(hours=1))
    expected = {m.id for m in sqlite.search_mentions(query, limit=100).items}
    assert newest["id"] in expected
    selected = {d["id"] for d in sources if es_reference.matches(d, q.mention_query(query))}
    assert selected == expected
    # The same window on the millisecond ``date`` field loses the newest mention.
    old = {"range": {"published_at": {"gte": query.since.isoformat(), "lt": until.isoformat()}}}  # type: ignore[union-attr]
    assert newest["id"] not in {d["id"] for d in sources if es_reference.matches(d, old)}


def test_published_us_is_exact_and_the_cursor_key() -> None:
    m = make(1, published_at=T0 + timedelta(microseconds=123_457))
    source = q.mention_source(m)
    assert source["published_us"] == epoch_us(m.published_at) == 1_793_581_200_123_457
    assert q.mention_sort("published_at_asc")[0] == {"published_us": {"order": "asc"}}


# ---------------------------------------------------------------- links and iteration


def test_links_query_selects_what_sqlite_links(tmp_path: Path) -> None:
    mentions = [
        make(0),
        make(1, repost_of="m0000"),
        make(2, parent_id="m0000"),
        make(3, repost_of="m0001", parent_id="m0002"),  # a repost wins over a reply
        make(9, parent_id="m0000"),  # outside the window below
    ]
    sqlite = SQLiteStore(tmp_path / "links.sqlite3")
    sqlite.upsert_mentions(mentions)
    since, until = T0, T0 + timedelta(hours=3)
    expected = sqlite.mention_links(since, until)
    assert [(link.id, link.parent_id, link.kind) for link in expected] == [
        ("m0001", "m0000", "repost"),
        ("m0002", "m0000", "reply"),
        ("m0003", "m0001", "repost"),
    ]
    sources = [q.mention_source(m) for m in mentions]
    body = q.scan_body(q.links_query(since, until), size=2, pit_id=None, after=None)
    got, after = [], None
    while True:
        body = q.scan_body(
            q.links_query(since, until), size=2, pit_id="p1", after=after, source=q.LINK_FIELDS
        )
        response = es_reference.respond(sources, body)
        hits = response["hits"]["hits"]
        assert "total" not in response["hits"]  # an iteration never counts
        got += [q.link_from_source(h["_source"]) for h in hits]
        if len(hits) < 2:
            break
        after = hits[-1]["sort"]
    assert got == expected
    assert body["pit"] == {"id": "p1", "keep_alive": q.PIT_KEEP_ALIVE} and "index" not in body


def test_scan_body_walks_oldest_first_without_totals() -> None:
    body = q.scan_body({"match_all": {}}, size=500, pit_id=None, after=[5, "m1"])
    assert body == {
        "query": {"match_all": {}},
        "sort": [{"published_us": {"order": "asc"}}, {"id": {"order": "asc"}}],
        "size": 500,
        "track_total_hits": False,
        "search_after": [5, "m1"],
    }


# ---------------------------------------------------------------- cursors across backends


def test_a_sqlite_cursor_resumes_the_same_page_on_elasticsearch(
    corpus: tuple[SQLiteStore, list[dict[str, Any]]],
) -> None:
    sqlite, sources = corpus
    for sort in ("published_at_desc", "published_at_asc", "read_count_desc"):
        first = sqlite.search_mentions(MentionQuery(), limit=5, sort=sort)  # type: ignore[arg-type]
        assert first.next_cursor is not None
        second = sqlite.search_mentions(
            MentionQuery(),
            limit=5,
            cursor=first.next_cursor,
            sort=sort,  # type: ignore[arg-type]
        )
        body = q.mention_search_body(
            MentionQuery(),
            limit=5,
            cursor=first.next_cursor,
            sort=sort,  # type: ignore[arg-type]
        )
        hits, _ = es_reference.search(sources, body)
        assert [h["_source"]["id"] for h in hits[:5]] == [m.id for m in second.items]
        es_cursor = q.mention_next_cursor(sort, hits, 5)  # type: ignore[arg-type]
        assert es_cursor == second.next_cursor


# ---------------------------------------------------------------- templates, reviewed


def test_fields_nothing_queries_are_not_indexed() -> None:
    props = _properties(q.load_template("mentions")["template"]["mappings"])
    for name in ("tokens", "url", "content_hash", "analysed_hash", "alerts.term"):
        assert props[name].get("index") is False and props[name].get("doc_values") is False, name
    assert props["published_us"] == {"type": "long"}
    docs = q.load_template("docs")["template"]["mappings"]["dynamic_templates"]
    by_name = {next(iter(t)): next(iter(t.values())) for t in docs}
    # A later value of another type must not be rejected with 400.
    assert by_name["attrs_numbers"]["mapping"]["ignore_malformed"] is True
    assert by_name["attrs_integers"]["mapping"]["ignore_malformed"] is True
    assert by_name["attrs_booleans"]["mapping"] == {"type": "keyword"}
