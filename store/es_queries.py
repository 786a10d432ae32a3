"""Pure builders for the Elasticsearch backend: index templates, documents, query DSL, cursors
and the parsing of aggregation responses.

Nothing here talks to a node, so every request body ``store.elasticsearch`` sends is unit-tested
for its exact DSL (tests/store/test_es_queries.py) and the contract suite only has to prove the
node agrees. Semantics mirror ``store.sqlite`` (see ``store.base`` for the contract).

Index layout (``prefix`` is ``RADAR_ES_INDEX_PREFIX``, default ``radar``):

* ``{prefix}-mentions-v2-YYYY.MM`` (one index per UTC month of ``published_at``, layout v2)
  behind the read alias ``{prefix}-mentions``: one document per mention, mapped by
  ``es_templates/mentions.json``; a mention lives in the index of its ``published_at``
  (``month_index``), and moves when a re-crawl changes that month. The single index of
  earlier releases, ``{prefix}-mentions-v2``, is still read through the alias
  (``mentions_index``) and emptied into the monthly indices as its mentions are written
  again. Three fields are derived at write time:
  ``search_tokens`` (``store.semantics.index_text``: the same tokens SQLite FTS5 indexes,
  analysed by the ``whitespace`` analyser, so both backends split text identically),
  ``needs_analysis`` (``analysed_hash != content_hash``, which a query cannot compare itself)
  and ``published_us`` (``published_at`` in epoch microseconds: a ``date`` keeps milliseconds,
  so windows and cursors filter and sort on this exact copy; histograms and Kibana use the
  date). ``Mention.tokens`` is kept in ``_source`` but not indexed (nothing queries it).
* ``{prefix}-docs-{collection}``: one index per generic collection, mapped by
  ``es_templates/docs.json``: ``{"id", "_v" (version), "body" (unindexed), "attrs"}`` where
  ``attrs`` holds the body's top-level scalars (strings and booleans → keyword, ``*_at``
  strings → date, numbers → double; a later value of another type is kept in ``body`` but not
  indexed, never rejected). Only top-level scalars are filterable, as in the contract.

The rules both backends share (cursors, names, page sizes, index text, the merge of mentions)
are imported from ``store.semantics`` and ``radar.mentions``, never restated here.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

from nlp.segment import query_tokens
from radar.mentions import merge_mention, with_analysis
from radar.schemas import (
    Filter,
    HistogramBucket,
    Mention,
    MentionQuery,
    TermBucket,
    UpsertResult,
)
from radar.timezone import BRAND_UTC_OFFSET_SECONDS
from store.base import Interval, InvalidRequest, MentionLink, MentionSort, SplitField, TermField
from store.semantics import (
    MENTION_SORTS,
    check_collection,
    check_field,
    check_limit,
    decode_cursor,
    decode_mention_cursor,
    encode_cursor,
    epoch_us,
    index_text,
    is_field_name,
    spreading_link,
)

#: Fields of the stored mention source that are derived, never part of ``Mention``.
DERIVED_FIELDS = ("search_tokens", "needs_analysis", "published_us")
#: Version of the mentions index behind the alias (bump and reindex on a breaking mapping).
MENTIONS_INDEX_VERSION = 2
#: Composite-aggregation page size for split histograms.
COMPOSITE_PAGE = 1000
#: How long a point in time stays open between two pages of an iteration.
PIT_KEEP_ALIVE = "5m"

_MATCH_NONE: dict[str, Any] = {"match_none": {}}
_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")
_CALENDAR = {"hour": "hour", "day": "day", "week": "week"}
#: The indexed field each mention sort key is read from (``published_us``: exact instants).
_SORT_FIELDS = {"published_at": "published_us", "read_count": "read_count"}
#: Store field names → indexed field of the mentions mapping.
MENTION_FIELDS: dict[str, str] = {
    "platform": "platform",
    "source": "source",
    "region": "region",
    "shop": "shop",
    "author": "author",
    "alert_category": "alerts.category",
    "keywords": "keywords",
}


def _utc_offset(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


#: The brand's time zone (``radar.timezone``) as Elasticsearch's ``time_zone`` offset.
SHANGHAI_TIME_ZONE = _utc_offset(BRAND_UTC_OFFSET_SECONDS)


# ---------------------------------------------------------------------- templates and names
def load_template(name: str) -> dict[str, Any]:
    """The packaged index template ``store/es_templates/{name}.json``."""
    text = resources.files("store.es_templates").joinpath(f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def index_template(name: str, prefix: str, *, lifecycle: str | None = None) -> dict[str, Any]:
    """Keyword arguments of ``indices.put_index_template`` for template ``name``.

    The mentions template matches the monthly indices only (``mentions_pattern``), adds them
    to the read alias, names the ILM policy ``lifecycle`` (None: no policy) and forbids their
    auto-creation (``allow_auto_create: false``): a write to a missing month fails instead of
    creating an index without its origination date, and the store creates it explicitly."""
    data = load_template(name)
    template = copy.deepcopy(data["template"])
    meta = dict(data["_meta"])
    body: dict[str, Any] = {"name": f"{prefix}-{name}"}
    if name == "mentions":
        body["index_patterns"] = [mentions_pattern(prefix)]
        body["allow_auto_create"] = False
        template["aliases"] = {mentions_alias(prefix): {}}
        meta["lifecycle"] = lifecycle
        if lifecycle is not None:
            template["settings"]["index.lifecycle.name"] = lifecycle
    else:
        body["index_patterns"] = [f"{prefix}-docs-*"]
    body.update(priority=data["priority"], version=data["version"], meta=meta, template=template)
    return body


def index_settings(shards: int = 1, replicas: int | None = None) -> dict[str, Any]:
    """Settings an index is created with over its template's: ``shards`` primary shards and
    ``replicas`` copies of each (None: the template's ``auto_expand_replicas`` 0-1, which
    keeps a single node green and adds one copy as soon as a second node joins)."""
    if not 1 <= shards <= 1024:
        raise ValueError(f"shards must be between 1 and 1024, not {shards}")
    settings: dict[str, Any] = {"number_of_shards": shards}
    if replicas is not None:
        if replicas < 0:
            raise ValueError(f"replicas must be >= 0, not {replicas}")
        settings.update(number_of_replicas=replicas, auto_expand_replicas="false")
    return settings


def check_prefix(prefix: str) -> str:
    """An index prefix usable in index names; ``ValueError`` otherwise."""
    if not _PREFIX_RE.match(prefix):
        raise ValueError(
            f"index prefix {prefix!r} must be lowercase letters, digits, '_' or '-' "
            "(at most 60, not starting with '_' or '-')"
        )
    return prefix


def mentions_alias(prefix: str) -> str:
    """The alias every mention read and write goes through."""
    return f"{prefix}-mentions"


def mentions_index(prefix: str) -> str:
    """The single mentions index of layout v2 before monthly indices (still read, never
    written: see ``month_index``)."""
    return f"{prefix}-mentions-v{MENTIONS_INDEX_VERSION}"


def mentions_pattern(prefix: str) -> str:
    """The pattern of the monthly mentions indices (the mentions template's pattern)."""
    return f"{mentions_index(prefix)}-*"


def month_start(moment: datetime) -> datetime:
    """The first instant of ``moment``'s month in UTC."""
    utc = moment.astimezone(UTC)
    return datetime(utc.year, utc.month, 1, tzinfo=UTC)


def next_month_start(moment: datetime) -> datetime:
    """The first instant of the UTC month after ``moment``'s (the end of its month)."""
    start = month_start(moment)
    return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)


def month_index(prefix: str, published_at: datetime) -> str:
    """The monthly index a mention published at ``published_at`` lives in: a pure function
    of the publication time, so a write by id goes straight to its index."""
    return f"{mentions_index(prefix)}-{month_start(published_at):%Y.%m}"


def month_of_index(prefix: str, index: str) -> datetime | None:
    """The month start a ``month_index`` name stands for (None for any other name)."""
    found = re.fullmatch(re.escape(mentions_index(prefix)) + r"-(\d{4})\.(\d{2})", index)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return datetime(int(found.group(1)), int(found.group(2)), 1, tzinfo=UTC)


#: How far a re-crawl may move ``published_at`` (relative times such as "3天前" are read
#: against the crawl's clock) and still be looked up in real time in a neighbouring month.
PUBLISHED_DRIFT = timedelta(days=2)


def candidate_indices(prefix: str, published_at: datetime) -> list[str]:
    """The monthly indices a stored copy of a mention published about ``published_at`` is
    looked for in, in real time: its month, and the neighbouring one within
    ``PUBLISHED_DRIFT`` of a month boundary."""
    return list(
        dict.fromkeys(
            month_index(prefix, published_at + shift)
            for shift in (timedelta(0), -PUBLISHED_DRIFT, PUBLISHED_DRIFT)
        )
    )


def month_index_settings(base: Mapping[str, Any], month: datetime) -> dict[str, Any]:
    """Settings a monthly index is created with: ``base`` (``index_settings``) and its ILM
    origination date, the end of its month. ILM ages an index from its origination date, so
    the retention policy's ``min_age`` (the retention period) deletes the month once its
    newest possible mention has been kept that long, whenever the index was created (a
    back-fill of an old month is not kept another full period)."""
    end = next_month_start(month)
    return {**base, "index.lifecycle.origination_date": int(end.timestamp()) * 1000}


def retention_policy_name(prefix: str) -> str:
    """The ILM policy the monthly mentions indices are managed by."""
    return f"{prefix}-mentions-retention"


def retention_policy(days: int) -> dict[str, Any]:
    """The ILM policy body: keep a monthly index ``days`` after its origination date (the end
    of its month, ``month_index_settings``), then delete it. ``RADAR_PRIVACY_RETENTION_DAYS``."""
    if days < 1:
        raise ValueError(f"retention must be at least 1 day, not {days}")
    return {
        "_meta": {
            "description": "Community Radar: delete a month of mentions once its newest "
            "mention is older than the retention period (RADAR_PRIVACY_RETENTION_DAYS)",
            "retention_days": days,
        },
        "phases": {
            "hot": {"min_age": "0ms", "actions": {}},
            "delete": {"min_age": f"{days}d", "actions": {"delete": {}}},
        },
    }


def docs_index(prefix: str, collection: str) -> str:
    """Index of a generic collection; ``InvalidRequest`` for a name ``check_collection``
    rejects (the same names are rejected by every backend)."""
    return f"{prefix}-docs-{check_collection(collection)}"


# ---------------------------------------------------------------------- mention documents
def mention_source(mention: Mention, document: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The stored ``_source`` of a mention: its JSON form (``document`` when the caller has it
    already) plus the derived fields."""
    source = dict(document) if document is not None else mention.model_dump(mode="json")
    source["search_tokens"] = index_text(mention)
    source["needs_analysis"] = mention.needs_analysis
    source["published_us"] = epoch_us(mention.published_at)
    return source


def stored_fields(source: Mapping[str, Any]) -> dict[str, Any]:
    """The mention's own fields of a stored ``_source`` (derived fields dropped)."""
    return {k: v for k, v in source.items() if k not in DERIVED_FIELDS}


def mention_from_source(source: Mapping[str, Any]) -> Mention:
    """The ``Mention`` a stored ``_source`` holds (derived fields dropped)."""
    return Mention.model_validate(stored_fields(source))


@dataclass(frozen=True)
class StoredVersion:
    """A stored document as ``mget`` returned it: source and its sequence number/primary term."""

    source: dict[str, Any]
    seq_no: int
    primary_term: int
    #: The concrete index the copy was read from.
    index: str = ""


@dataclass
class UpsertPlan:
    """Bulk actions of one upsert round and what they will do if they succeed."""

    actions: list[dict[str, Any]] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def result(self, failed: Collection[str] = ()) -> UpsertResult:
        """The ``UpsertResult`` of the actions that did not fail."""
        created = [i for i in self.created if i not in failed]
        updated = [i for i in self.updated if i not in failed]
        return UpsertResult(
            created=len(created),
            updated=len(updated),
            unchanged=len(self.unchanged),
            created_ids=created,
            updated_ids=updated,
        )


def primary_copy(prefix: str, copies: Sequence[StoredVersion]) -> StoredVersion | None:
    """The copy of a mention that counts when several indices hold one (a move interrupted
    between its two writes): the one in the month of its own ``published_at``, else the
    first."""
    for stored in copies:
        published = stored.source.get("published_at")
        if published and stored.index == month_index(prefix, _instant(published)):
            return stored
    return copies[0] if copies else None


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _delete_action(stored: StoredVersion, mention_id: str) -> dict[str, Any]:
    return {
        "_op_type": "delete",
        "_index": stored.index,
        "_id": mention_id,
        "if_seq_no": stored.seq_no,
        "if_primary_term": stored.primary_term,
    }


def plan_upsert(
    prefix: str,
    latest: Mapping[str, Mention],
    existing: Mapping[str, Sequence[StoredVersion]],
) -> UpsertPlan:
    """Decide created/updated/unchanged per ``Store.upsert_mentions`` and build bulk actions.

    Every mention is written to ``month_index`` of its (merged) ``published_at``. New ids are
    written with ``op_type=create`` and changed ones with ``if_seq_no`` / ``if_primary_term``
    of the version compared against, so a concurrent writer between the read and the bulk
    request makes the action fail with 409 instead of being overwritten (the caller re-plans
    those ids). A mention whose month changed (a re-crawl read a relative time such as
    "3天前" differently), or that is still in the single index of earlier releases, is
    created in its month and its old copy deleted conditionally in the same bulk request;
    stray copies (a move interrupted between the two) are deleted too.
    """
    plan = UpsertPlan()
    for mention_id, mention in latest.items():
        copies = existing.get(mention_id, ())
        stored = primary_copy(prefix, copies)
        merge = merge_mention(mention, None if stored is None else stored_fields(stored.source))
        merged = mention if stored is None else Mention.model_validate(merge.document)
        target = month_index(prefix, merged.published_at)
        strays = [c for c in copies if c is not stored]
        if stored is not None and stored.index != target:
            strays.append(stored)
            stored = None  # written afresh in its month
        plan.actions += [_delete_action(c, mention_id) for c in strays]
        if merge.outcome == "unchanged" and stored is not None:
            plan.unchanged.append(mention_id)
            continue
        source = mention_source(merged, merge.document)
        {"created": plan.created, "updated": plan.updated, "unchanged": plan.unchanged}[
            merge.outcome
        ].append(mention_id)
        if stored is None:
            plan.actions.append(
                {"_op_type": "create", "_index": target, "_id": mention_id, "_source": source}
            )
            continue
        plan.actions.append(
            {
                "_op_type": "index",
                "_index": target,
                "_id": mention_id,
                "if_seq_no": stored.seq_no,
                "if_primary_term": stored.primary_term,
                "_source": source,
            }
        )
    return plan


def analysis_action(analysed: Mention, stored: StoredVersion) -> dict[str, Any]:
    """Bulk action writing ``analysed``'s analysis fields over the stored mention, in the
    index it was read from."""
    merged = with_analysis(stored_fields(stored.source), analysed)
    return {
        "_op_type": "index",
        "_index": stored.index,
        "_id": analysed.id,
        "if_seq_no": stored.seq_no,
        "if_primary_term": stored.primary_term,
        "_source": mention_source(Mention.model_validate(merged), merged),
    }


# ---------------------------------------------------------------------- mention queries
def mention_query(query: MentionQuery) -> dict[str, Any]:
    """The ``query`` clause for a ``MentionQuery``: a ``bool`` of non-scoring filters.

    ``q`` is segmented with ``nlp.segment.query_tokens`` and matched against ``search_tokens``
    with ``operator: and``; a ``match`` query has no syntax, so user input is inert. An empty
    list filter (``platform=[]``) matches nothing, as in SQL ``IN ()``.
    """
    filters: list[dict[str, Any]] = []
    if query.q:
        tokens = query_tokens(query.q)
        if not tokens:
            return {"bool": {"filter": [_MATCH_NONE]}}
        filters.append({"match": {"search_tokens": {"query": " ".join(tokens), "operator": "and"}}})
    for name, es_field in (
        ("platform", "platform"),
        ("source", "source"),
        ("region", "region"),
        ("sentiment", "sentiment.label"),
        ("alert_category", "alerts.category"),
    ):
        values = getattr(query, name)
        if values is not None:
            filters.append({"terms": {es_field: list(values)}} if values else _MATCH_NONE)
    published: dict[str, Any] = {}
    if query.since is not None:
        published["gte"] = epoch_us(query.since)
    if query.until is not None:
        published["lt"] = epoch_us(query.until)
    if published:
        # The exact copy: a date range rounds bounds to milliseconds, so a window ending 1 µs
        # after the newest mention would drop it.
        filters.append({"range": {"published_us": published}})
    if query.min_reads is not None:
        filters.append({"range": {"read_count": {"gte": query.min_reads}}})
    if query.needs_analysis is not None:
        filters.append({"term": {"needs_analysis": query.needs_analysis}})
    return {"bool": {"filter": filters}}


def mention_sort(sort: MentionSort) -> list[dict[str, Any]]:
    """Sort clause: the key, then ``id`` in the same direction as a unique tie-breaker. The
    sort values are the canonical cursor keys of ``store.semantics`` (epoch µs, reads)."""
    if sort not in MENTION_SORTS:
        raise InvalidRequest(f"unknown sort {sort!r}")
    key, order = MENTION_SORTS[sort]
    return [{_SORT_FIELDS[key]: {"order": order}}, {"id": {"order": order}}]


def mention_search_body(
    query: MentionQuery, *, limit: int, cursor: str | None, sort: MentionSort
) -> dict[str, Any]:
    """Keyword arguments of ``search`` for one page (``limit + 1`` hits tell if more follow).

    ``total`` is part of every page (the contract), so hits are counted exactly; the cursor
    is a ``search_after``, which does not change what is counted."""
    check_limit(limit)
    body: dict[str, Any] = {
        "query": mention_query(query),
        "sort": mention_sort(sort),
        "size": limit + 1,
        "track_total_hits": True,
    }
    if cursor:
        body["search_after"] = list(decode_mention_cursor(cursor, sort))
    return body


def mention_next_cursor(
    sort: MentionSort, hits: Sequence[Mapping[str, Any]], limit: int
) -> str | None:
    """Cursor after the page's last hit, or None when no hit follows it."""
    if len(hits) <= limit:
        return None
    key, last_id = hits[limit - 1]["sort"]
    return encode_cursor(sort, key, last_id)


def scan_body(
    query: Mapping[str, Any],
    *,
    size: int,
    pit_id: str | None,
    after: Sequence[Any] | None,
    source: Sequence[str] | None = None,
) -> dict[str, Any]:
    """One batch of an iteration oldest first (``published_us``, id): ``search_after`` inside
    a point in time when one is open, without counting hits (an iteration needs no total)."""
    body: dict[str, Any] = {
        "query": dict(query),
        "sort": [{"published_us": {"order": "asc"}}, {"id": {"order": "asc"}}],
        "size": size,
        "track_total_hits": False,
    }
    if pit_id is not None:
        body["pit"] = {"id": pit_id, "keep_alive": PIT_KEEP_ALIVE}
    if after is not None:
        body["search_after"] = list(after)
    if source is not None:
        body["source"] = list(source)
    return body


def links_query(since: datetime, until: datetime) -> dict[str, Any]:
    """Mentions published in ``[since, until)`` that repost or reply to another."""
    return {
        "bool": {
            "filter": [
                {"range": {"published_us": {"gte": epoch_us(since), "lt": epoch_us(until)}}},
                {
                    "bool": {
                        "should": [
                            {"exists": {"field": "repost_of"}},
                            {"exists": {"field": "parent_id"}},
                        ],
                        "minimum_should_match": 1,
                    }
                },
            ]
        }
    }


def links_to_query(parent_ids: Sequence[str], since: datetime, until: datetime) -> dict[str, Any]:
    """Mentions published in ``[since, until)`` that repost or reply to one of ``parent_ids``
    (``terms`` on the two keyword fields). A mention that reposts one mention and replies to
    one of ``parent_ids`` matches too: ``link_from_source`` tells, the caller drops it."""
    ids = list(parent_ids)
    return {
        "bool": {
            "filter": [
                {"range": {"published_us": {"gte": epoch_us(since), "lt": epoch_us(until)}}},
                {
                    "bool": {
                        "should": [
                            {"terms": {"repost_of": ids}},
                            {"terms": {"parent_id": ids}},
                        ],
                        "minimum_should_match": 1,
                    }
                },
            ]
        }
    }


#: The ``_source`` fields ``mention_links`` and ``mention_links_to`` read.
LINK_FIELDS = ("id", "repost_of", "parent_id")


def link_from_source(source: Mapping[str, Any]) -> MentionLink | None:
    """The ``MentionLink`` of a hit of ``links_query`` or ``links_to_query``
    (``store.semantics.spreading_link``: a repost wins over a reply); None when it has none
    (empty ids)."""
    return spreading_link(str(source["id"]), source.get("repost_of"), source.get("parent_id"))


def _sentiment_aggs() -> dict[str, Any]:
    return {
        "sentiment": {"terms": {"field": "sentiment.label", "size": 3}},
        "mean_p_negative": {"avg": {"field": "sentiment.p_negative"}},
    }


def histogram_body(query: MentionQuery, interval: Interval) -> dict[str, Any]:
    """Search body of an unsplit histogram: ``date_histogram`` in UTC+8 × sentiment."""
    return {
        "query": mention_query(query),
        "size": 0,
        "aggs": {
            "over_time": {
                "date_histogram": {
                    "field": "published_at",
                    "calendar_interval": _CALENDAR[interval],
                    "time_zone": SHANGHAI_TIME_ZONE,
                    "min_doc_count": 1,
                },
                "aggs": _sentiment_aggs(),
            }
        },
    }


def split_histogram_body(
    query: MentionQuery,
    interval: Interval,
    split_by: SplitField,
    after: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Search body of one page of a split histogram: a ``composite`` aggregation over (time
    bucket in UTC+8, split value), which pages through every bucket in (start, key) order
    instead of truncating at a terms size. Column fields keep mentions without a value in a
    ``null`` key bucket, as SQL ``GROUP BY`` does; ``alert_category`` counts a mention once per
    category it hit (a multi-valued field lands in one bucket per value)."""
    key_source: dict[str, Any] = {"field": MENTION_FIELDS[split_by]}
    if split_by != "alert_category":
        key_source["missing_bucket"] = True
    composite: dict[str, Any] = {
        "size": COMPOSITE_PAGE,
        "sources": [
            {
                "start": {
                    "date_histogram": {
                        "field": "published_at",
                        "calendar_interval": _CALENDAR[interval],
                        "time_zone": SHANGHAI_TIME_ZONE,
                    }
                }
            },
            {"key": {"terms": key_source}},
        ],
    }
    if after is not None:
        composite["after"] = dict(after)
    return {
        "query": mention_query(query),
        "size": 0,
        "aggs": {"over_time": {"composite": composite, "aggs": _sentiment_aggs()}},
    }


def _bucket(start_ms: int, key: str | None, bucket: Mapping[str, Any]) -> HistogramBucket:
    counts = {b["key"]: int(b["doc_count"]) for b in bucket["sentiment"]["buckets"]}
    total = int(bucket["doc_count"])
    mean = bucket["mean_p_negative"]["value"]
    return HistogramBucket(
        start=datetime.fromtimestamp(start_ms / 1000, tz=UTC),
        key=key,
        total=total,
        negative=counts.get("negative", 0),
        neutral=counts.get("neutral", 0),
        positive=counts.get("positive", 0),
        unscored=total - sum(counts.values()),
        mean_p_negative=None if mean is None else float(mean),
    )


def parse_histogram(response: Mapping[str, Any]) -> list[HistogramBucket]:
    """Buckets of a ``histogram_body`` response (empty buckets are not requested)."""
    return [
        _bucket(int(b["key"]), None, b)
        for b in _aggregation(response, "over_time").get("buckets", [])
        if b["doc_count"]
    ]


def _aggregation(response: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """Aggregation ``name`` of a response; empty when the search had no index to run on
    (every month deleted: the response then carries no aggregations)."""
    found: Mapping[str, Any] = (response.get("aggregations") or {}).get(name) or {}
    return found


def parse_split_histogram(
    response: Mapping[str, Any],
) -> tuple[list[HistogramBucket], dict[str, Any] | None]:
    """Buckets of one ``split_histogram_body`` page and the ``after`` key of the next page
    (None when this page was the last)."""
    agg = _aggregation(response, "over_time")
    page = agg.get("buckets", [])
    buckets = [_bucket(int(b["key"]["start"]), b["key"]["key"], b) for b in page]
    after = agg.get("after_key") if len(page) >= COMPOSITE_PAGE else None
    return buckets, after


def terms_body(field_name: TermField, query: MentionQuery, size: int) -> dict[str, Any]:
    """Search body of ``mention_terms``: top values by count desc then key, with the negative
    count and mean p_negative of each. Counts are exact on one primary shard (the default);
    with several, a field with more than ``size * 1.5 + 10`` values may be approximate."""
    if field_name not in MENTION_FIELDS:
        raise InvalidRequest(f"cannot aggregate on {field_name!r}")
    if size < 1:
        raise InvalidRequest("size must be >= 1")
    return {
        "query": mention_query(query),
        "size": 0,
        "aggs": {
            "top": {
                "terms": {
                    "field": MENTION_FIELDS[field_name],
                    "size": size,
                    "order": [{"_count": "desc"}, {"_key": "asc"}],
                },
                "aggs": {
                    "negative": {"filter": {"term": {"sentiment.label": "negative"}}},
                    "mean_p_negative": {"avg": {"field": "sentiment.p_negative"}},
                },
            }
        },
    }


def parse_terms(response: Mapping[str, Any]) -> list[TermBucket]:
    """Buckets of a ``terms_body`` response."""
    out = []
    for b in _aggregation(response, "top").get("buckets", []):
        mean = b["mean_p_negative"]["value"]
        out.append(
            TermBucket(
                key=str(b["key"]),
                count=int(b["doc_count"]),
                negative=int(b["negative"]["doc_count"]),
                mean_p_negative=None if mean is None else float(mean),
            )
        )
    return out


# ---------------------------------------------------------------------- generic documents
def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def doc_source(doc_id: str, body: Mapping[str, Any], version: int) -> dict[str, Any]:
    """Stored ``_source`` of a generic document (see the module docstring)."""
    attrs = {
        k: v
        for k, v in body.items()
        if is_field_name(k) and _scalar(v) and not (isinstance(v, float) and v != v)
    }
    return {"id": doc_id, "_v": version, "body": dict(body), "attrs": attrs}


def doc_filter(filters: Sequence[Filter]) -> dict[str, Any]:
    """``bool`` query over ``attrs`` for ``Store.find_docs`` filters. A missing field is null:
    it never matches eq/in/lt/lte/gt/gte and always matches ``ne`` (``must_not``)."""
    clauses: list[dict[str, Any]] = []
    for f in filters:
        target = f"attrs.{check_field(f.field)}"
        if f.op == "in":
            values = [v for v in (f.value or []) if v is not None]
            clauses.append({"terms": {target: values}} if values else _MATCH_NONE)
        elif f.op == "ne":
            if f.value is None:  # SQL: x IS NULL OR x != NULL → only the missing ones
                clauses.append({"bool": {"must_not": [{"exists": {"field": target}}]}})
            else:
                clauses.append({"bool": {"must_not": [{"term": {target: f.value}}]}})
        elif f.value is None:
            clauses.append(_MATCH_NONE)
        elif f.op == "eq":
            clauses.append({"term": {target: f.value}})
        else:
            clauses.append({"range": {target: {f.op: f.value}}})
    return {"bool": {"filter": clauses}}


def _doc_sort_key(sort: str) -> tuple[str | None, str]:
    desc = sort.startswith("-")
    name = check_field(sort[1:] if desc else sort)
    return (None if name == "id" else f"attrs.{name}"), ("desc" if desc else "asc")


def doc_search_body(
    filters: Sequence[Filter], *, sort: str, limit: int, cursor: str | None
) -> dict[str, Any]:
    """Keyword arguments of ``search`` for one page of ``find_docs``.

    Order matches the SQLite backend: a missing value is the smallest (first ascending, last
    descending), ties broken by id. The page after a cursor is selected with a keyset query
    rather than ``search_after``, because ``search_after`` cannot resume after a hit whose
    sort value is missing (elastic/elasticsearch#66242); the cursor holds the last hit's
    indexed value (read back with the ``fields`` option) and its id.

    The keyset condition is a ``post_filter``, so it selects the hits but not what the
    ``matched`` aggregation counts: ``total`` (``doc_page_total``) is the same on every page.
    """
    check_limit(limit)
    key, order = _doc_sort_key(sort)
    sort_clause: list[dict[str, Any]] = []
    if key is not None:
        missing = "_first" if order == "asc" else "_last"
        sort_clause.append({key: {"order": order, "missing": missing, "unmapped_type": "keyword"}})
    sort_clause.append({"id": {"order": order}})
    body: dict[str, Any] = {
        "query": doc_filter(filters),
        "sort": sort_clause,
        "size": limit + 1,
        "track_total_hits": False,
        "aggs": {"matched": {"filter": {"match_all": {}}}},
    }
    if cursor:
        value, last_id = decode_cursor(cursor, sort)
        body["post_filter"] = _after(key, order, value, last_id)
    if key is not None:
        body["fields"] = [key]
    return body


def doc_page_total(response: Mapping[str, Any]) -> int:
    """Every document the filters match (the ``matched`` aggregation of ``doc_search_body``,
    which the cursor's ``post_filter`` does not narrow)."""
    aggregations = response.get("aggregations")
    if not aggregations:  # no index yet (``ignore_unavailable``): nothing matches
        return 0
    return int(aggregations["matched"]["doc_count"])


def _after(key: str | None, order: str, value: Any, last_id: str) -> dict[str, Any]:
    op = "gt" if order == "asc" else "lt"
    id_after = {"range": {"id": {op: last_id}}}
    if key is None:
        return id_after
    missing = {"bool": {"must_not": [{"exists": {"field": key}}]}}
    if value is None:
        if order == "asc":  # nulls first: the rest of the nulls, then every value
            return _any({"bool": {"filter": [missing, id_after]}}, {"exists": {"field": key}})
        return {"bool": {"filter": [missing, id_after]}}  # nulls last: only nulls remain
    same = {"bool": {"filter": [{"term": {key: value}}, id_after]}}
    later = {"range": {key: {op: value}}}
    if order == "asc":
        return _any(later, same)
    return _any(later, same, missing)


def _any(*clauses: dict[str, Any]) -> dict[str, Any]:
    return {"bool": {"should": list(clauses), "minimum_should_match": 1}}


def doc_next_cursor(sort: str, hits: Sequence[Mapping[str, Any]], limit: int) -> str | None:
    """Cursor after the page's last hit, or None when no hit follows it."""
    if len(hits) <= limit:
        return None
    last = hits[limit - 1]
    key, _ = _doc_sort_key(sort)
    value = None
    if key is not None:
        found = last.get("fields", {}).get(key) or [None]
        value = found[0]
    return encode_cursor(sort, value, last["_source"]["id"])
