"""A reference evaluator for the query-DSL subset ``store.es_queries`` emits.

This is NOT Elasticsearch (which cannot be installed here): it is the documented semantics of
the clauses and aggregations we use, written out so that tests can check what the queries we
build *mean*. Two callers:

* ``tests/store/test_es_queries.py`` evaluates bodies over plain ``_source`` dicts
  (``SourceFields``: a field's values are read from the source, ``*_at`` fields are dates kept
  to the millisecond, as a ``date`` mapping keeps them);
* the fake node ``tests/utils/fake_elasticsearch.py`` evaluates them over the values each
  document indexed under its mapping (``MappedFields`` there), so a query on a field that is
  not searchable, a sort without doc values or a date bound that does not parse fails there as
  it fails on a node.

Clauses: ``bool`` (filter/must/should/must_not, ``minimum_should_match``), ``term``, ``terms``,
``range``, ``exists``, ``ids``, ``match`` (``operator``, ``lenient``), ``match_all``,
``match_none``. Aggregations: ``filter``, ``terms``, ``avg``, ``date_histogram`` (calendar
intervals, ``time_zone``, ``min_doc_count``) and ``composite`` (``date_histogram``/``terms``
sources, ``missing_bucket``, ``after``). Search: ``post_filter`` narrows the hits and the total
but not the aggregations; ``search_after`` and ``size`` only cut the hits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from functools import cmp_to_key
from typing import Any
from zoneinfo import ZoneInfo

DATE_FIELDS = {"published_at", "collected_at", "analysed_at"}


class QueryError(Exception):
    """A request a node rejects with 400 (``kind`` is the ``error.type`` it names)."""

    def __init__(self, reason: str, kind: str = "illegal_argument_exception") -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind


def source_values(doc: Mapping[str, Any], path: str) -> list[Any]:
    """The non-null values at a dotted ``path`` of a source (lists flattened, as ES does)."""
    current: list[Any] = [doc]
    for part in path.split("."):
        nxt: list[Any] = []
        for item in current:
            if isinstance(item, Mapping) and part in item:
                value = item[part]
                nxt.extend(value if isinstance(value, list) else [value])
        current = nxt
    return [v for v in current if v is not None]


def _norm(path: str, value: Any) -> Any:
    if isinstance(value, str) and (path in DATE_FIELDS or path.endswith("_at")):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        # A ``date`` field keeps milliseconds: values and query bounds alike are truncated.
        return int(moment.timestamp() * 1000)
    return value


class SourceFields:
    """Field values read from ``_source`` by name (``*_at`` strings are millisecond dates)."""

    def values(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        """The indexed values of ``path`` (comparable with ``bound``)."""
        return [_norm(path, v) for v in source_values(doc, path)]

    def bound(self, path: str, value: Any) -> Any:
        """A query value as the field compares it."""
        return _norm(path, value)

    def tokens(self, path: str, text: Any) -> list[str]:
        """The terms a ``match`` query looks up (whitespace analysis)."""
        return str(text).split()

    def indexed_terms(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        """The terms a ``match`` query is compared with (text split on whitespace)."""
        return [t for v in source_values(doc, path) for t in str(v).split()]

    def sort_values(self, doc: Mapping[str, Any], path: str, unmapped: str | None) -> list[Any]:
        """The values ``path`` sorts a document by."""
        return self.values(doc, path)

    def hit(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """The hit of a document before ``sort``/``fields`` are added."""
        return {"_source": dict(doc)}

    def fetch(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        """What the ``fields`` option returns for ``path``."""
        return source_values(doc, path)


SOURCE = SourceFields()


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _compare(op: str, value: Any, bound: Any) -> bool:
    try:
        if op == "gt":
            return bool(value > bound)
        if op == "gte":
            return bool(value >= bound)
        if op == "lt":
            return bool(value < bound)
        if op == "lte":
            return bool(value <= bound)
    except TypeError:
        return False
    raise QueryError(f"[range] query does not support [{op}]", "parsing_exception")


def matches(doc: Mapping[str, Any], query: Mapping[str, Any], fields: Any = SOURCE) -> bool:
    """Whether ``doc`` matches ``query``."""
    ((kind, spec),) = query.items()
    if kind == "match_all":
        return True
    if kind == "match_none":
        return False
    if kind == "bool":
        unknown = set(spec) - {"filter", "must", "should", "must_not", "minimum_should_match"}
        if unknown:
            raise QueryError(
                f"[bool] query does not support {sorted(unknown)}", "parsing_exception"
            )
        if not all(matches(doc, q, fields) for q in spec.get("filter", []) + spec.get("must", [])):
            return False
        if any(matches(doc, q, fields) for q in spec.get("must_not", [])):
            return False
        should = spec.get("should", [])
        scoring = "filter" not in spec and "must" not in spec
        minimum = spec.get("minimum_should_match", 1 if scoring else 0)
        if should and minimum >= 1:
            return sum(matches(doc, q, fields) for q in should) >= minimum
        return True
    if kind == "ids":
        return str(doc.get("_id", doc.get("id"))) in {str(v) for v in spec["values"]}
    if kind == "exists":
        return bool(fields.values(doc, spec["field"]))
    ((path, arg),) = spec.items()
    values = fields.values(doc, path)
    if kind == "term":
        value = arg["value"] if isinstance(arg, Mapping) else arg
        wanted = fields.bound(path, value)
        return any(_eq(v, wanted) for v in values)
    if kind == "terms":
        wanted_all = [fields.bound(path, a) for a in arg]
        return any(_eq(v, w) for v in values for w in wanted_all)
    if kind == "range":
        bounds = {op: fields.bound(path, b) for op, b in arg.items()}
        return any(all(_compare(op, v, b) for op, b in bounds.items()) for v in values)
    if kind == "match":
        spec_ = arg if isinstance(arg, Mapping) else {"query": arg}
        try:
            wanted_terms = fields.tokens(path, spec_["query"])
        except QueryError:
            if spec_.get("lenient"):
                return False
            raise
        indexed = set(fields.indexed_terms(doc, path))
        if not wanted_terms:
            return False
        if spec_.get("operator", "or") == "and":
            return all(t in indexed for t in wanted_terms)
        return any(t in indexed for t in wanted_terms)
    raise QueryError(f"unknown query [{kind}]", "parsing_exception")


# ---------------------------------------------------------------------- aggregations
def _zone(name: str | None) -> Any:
    if not name or name in ("UTC", "Z"):
        return UTC
    if name[0] in "+-":
        hours, minutes = name[1:].split(":")
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        return timezone(-delta if name[0] == "-" else delta)
    return ZoneInfo(name)


def calendar_bucket(ms: int, interval: str, zone_name: str | None) -> int:
    """Start (epoch ms) of the calendar ``interval`` holding instant ``ms`` in the zone;
    weeks start on Monday, as Elasticsearch's ``week`` does."""
    local = datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(_zone(zone_name))
    if interval in ("minute", "1m"):
        start = local.replace(second=0, microsecond=0)
    elif interval in ("hour", "1h"):
        start = local.replace(minute=0, second=0, microsecond=0)
    elif interval in ("day", "1d"):
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    elif interval in ("week", "1w"):
        day = local.replace(hour=0, minute=0, second=0, microsecond=0)
        start = day - timedelta(days=day.weekday())
    elif interval in ("month", "1M"):
        start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    else:
        raise QueryError(f"unsupported calendar_interval [{interval}]")
    return int(start.timestamp() * 1000)


def _next_bucket(start: int, interval: str, zone_name: str | None) -> int:
    step = {"minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}.get(interval, 31 * 86400)
    return calendar_bucket(start + step * 1000 + 3600 * 1000 * 2, interval, zone_name)


def _iso_ms(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def _agg_key(value: Any) -> Any:
    return value


def aggregate(
    docs: Sequence[Mapping[str, Any]], aggs: Mapping[str, Any], fields: Any = SOURCE
) -> dict[str, Any]:
    """The ``aggregations`` of ``aggs`` over the matched ``docs``."""
    out: dict[str, Any] = {}
    for name, spec in aggs.items():
        subs = spec.get("aggs") or spec.get("aggregations") or {}
        kinds = [k for k in spec if k not in ("aggs", "aggregations", "meta")]
        if len(kinds) != 1:
            raise QueryError(f"aggregation [{name}] must have one type", "parsing_exception")
        kind = kinds[0]
        body = spec[kind]
        if kind == "filter":
            selected = [d for d in docs if matches(d, body, fields)]
            out[name] = {"doc_count": len(selected), **aggregate(selected, subs, fields)}
        elif kind == "avg":
            numbers = [float(v) for d in docs for v in fields.sort_values(d, body["field"], None)]
            out[name] = {"value": sum(numbers) / len(numbers) if numbers else None}
        elif kind == "terms":
            out[name] = _terms(docs, body, subs, fields)
        elif kind == "date_histogram":
            out[name] = _date_histogram(docs, body, subs, fields)
        elif kind == "composite":
            out[name] = _composite(docs, body, subs, fields)
        else:
            raise QueryError(f"unknown aggregation type [{kind}]", "parsing_exception")
    return out


def _group(
    docs: Sequence[Mapping[str, Any]], key_of: Callable[[Mapping[str, Any]], list[Any]]
) -> dict[Any, list[Mapping[str, Any]]]:
    groups: dict[Any, list[Mapping[str, Any]]] = {}
    for doc in docs:
        for key in dict.fromkeys(key_of(doc)):
            groups.setdefault(key, []).append(doc)
    return groups


def _terms(
    docs: Sequence[Mapping[str, Any]],
    body: Mapping[str, Any],
    subs: Mapping[str, Any],
    fields: Any,
) -> dict[str, Any]:
    groups = _group(docs, lambda d: fields.sort_values(d, body["field"], None))
    order = body.get("order", [{"_count": "desc"}, {"_key": "asc"}])
    order = [order] if isinstance(order, Mapping) else list(order)
    keyed = sorted(groups.items(), key=lambda kv: kv[0])  # _key asc as the last resort
    for clause in reversed(order):
        ((what, direction),) = clause.items()
        reverse = direction == "desc"
        if what == "_count":
            keyed.sort(key=lambda kv: len(kv[1]), reverse=reverse)
        elif what == "_key":
            keyed.sort(key=lambda kv: kv[0], reverse=reverse)
        else:
            raise QueryError(f"cannot order terms by [{what}]")
    size = int(body.get("size", 10))
    buckets = [
        {"key": key, "doc_count": len(group), **aggregate(group, subs, fields)}
        for key, group in keyed[:size]
        if len(group) >= int(body.get("min_doc_count", 1))
    ]
    rest = sum(len(group) for _, group in keyed[size:])
    return {"doc_count_error_upper_bound": 0, "sum_other_doc_count": rest, "buckets": buckets}


def _date_histogram(
    docs: Sequence[Mapping[str, Any]],
    body: Mapping[str, Any],
    subs: Mapping[str, Any],
    fields: Any,
) -> dict[str, Any]:
    interval = body["calendar_interval"]
    zone = body.get("time_zone")
    groups = _group(
        docs,
        lambda d: [
            calendar_bucket(v, interval, zone) for v in fields.sort_values(d, body["field"], None)
        ],
    )
    starts = sorted(groups)
    if int(body.get("min_doc_count", 0)) == 0 and starts:
        filled = [starts[0]]
        while filled[-1] < starts[-1]:
            filled.append(_next_bucket(filled[-1], interval, zone))
        starts = filled
    buckets = []
    for start in starts:
        group = groups.get(start, [])
        if len(group) < int(body.get("min_doc_count", 0)):
            continue
        buckets.append(
            {
                "key_as_string": _iso_ms(start),
                "key": start,
                "doc_count": len(group),
                **aggregate(group, subs, fields),
            }
        )
    return {"buckets": buckets}


def _composite(
    docs: Sequence[Mapping[str, Any]],
    body: Mapping[str, Any],
    subs: Mapping[str, Any],
    fields: Any,
) -> dict[str, Any]:
    sources = []
    for entry in body["sources"]:
        ((name, spec),) = entry.items()
        ((kind, opts),) = spec.items()
        sources.append((name, kind, opts))

    def keys(doc: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        combos: list[tuple[Any, ...]] = [()]
        for _, kind, opts in sources:
            values = fields.sort_values(doc, opts["field"], None)
            if kind == "date_histogram":
                values = [
                    calendar_bucket(v, opts["calendar_interval"], opts.get("time_zone"))
                    for v in values
                ]
            elif kind != "terms":
                raise QueryError(f"unsupported composite source [{kind}]")
            values = list(dict.fromkeys(values))
            if not values:
                if not opts.get("missing_bucket"):
                    return []
                values = [None]
            combos = [(*c, v) for c in combos for v in values]
        return combos

    def order(key: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple((v is not None, v) for v in key)  # a missing value sorts first

    groups = _group(docs, keys)
    ordered = sorted(groups, key=order)
    after = body.get("after")
    if after is not None:
        after_key = tuple(after.get(name) for name, _, _ in sources)
        ordered = [k for k in ordered if order(k) > order(after_key)]
    page = ordered[: int(body.get("size", 10))]
    names = [name for name, _, _ in sources]
    buckets = [
        {
            "key": dict(zip(names, key, strict=True)),
            "doc_count": len(groups[key]),
            **aggregate(groups[key], subs, fields),
        }
        for key in page
    ]
    result: dict[str, Any] = {"buckets": buckets}
    if buckets:
        result["after_key"] = buckets[-1]["key"]
    return result


# ---------------------------------------------------------------------- search
def respond(
    docs: Sequence[Mapping[str, Any]], body: Mapping[str, Any], fields: Any = SOURCE
) -> dict[str, Any]:
    """The search response to ``body`` over ``docs``, as Elasticsearch documents it: ``query``
    selects; aggregations see every match of ``query``; ``post_filter`` then narrows the hits
    *and* ``hits.total`` (present unless ``track_total_hits`` is false); ``search_after`` and
    ``size`` only cut the hits."""
    matched = [d for d in docs if matches(d, body.get("query", {"match_all": {}}), fields)]
    aggregations = aggregate(matched, body.get("aggs", body.get("aggregations", {})), fields)
    post_filter = body.get("post_filter")
    found = [d for d in matched if post_filter is None or matches(d, post_filter, fields)]
    hits, total = _page(found, body, fields)
    response: dict[str, Any] = {"hits": {"hits": hits}}
    if body.get("track_total_hits", True) is not False:
        response["hits"]["total"] = {"value": total, "relation": "eq"}
    if aggregations:
        response["aggregations"] = aggregations
    return response


def search(
    docs: Sequence[Mapping[str, Any]], body: Mapping[str, Any]
) -> tuple[list[dict[str, Any]], int]:
    """``(hits, hits.total)`` of a search body over ``docs``: hits carry ``_source``, ``sort``
    and ``fields`` like a search response's."""
    response = respond(docs, {**body, "track_total_hits": True})
    return response["hits"]["hits"], response["hits"]["total"]["value"]


def _sort_clauses(body: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    clauses = []
    for clause in body.get("sort", []):
        if isinstance(clause, str):
            clauses.append((clause, {}))
            continue
        ((path, opts),) = clause.items()
        clauses.append((path, {"order": opts} if isinstance(opts, str) else dict(opts)))
    return clauses


def _page(
    found: list[Mapping[str, Any]], body: Mapping[str, Any], fields: Any
) -> tuple[list[dict[str, Any]], int]:
    sort = _sort_clauses(body)

    def key_of(doc: Mapping[str, Any], path: str, opts: Mapping[str, Any]) -> Any:
        if path == "_shard_doc":
            return doc.get("_shard_doc", 0)
        vals = fields.sort_values(doc, path, opts.get("unmapped_type"))
        if not vals:
            return None
        desc = opts.get("order", "asc") == "desc"
        return max(vals) if desc else min(vals)  # the default sort ``mode`` per order

    def compare_keys(keys_a: Sequence[Any], keys_b: Sequence[Any]) -> int:
        for (_, opts), ka, kb in zip(sort, keys_a, keys_b, strict=True):
            desc = opts.get("order", "asc") == "desc"
            missing = opts.get("missing", "_last")
            if ka is None or kb is None:
                if ka is None and kb is None:
                    continue
                first = -1 if missing == "_first" else 1
                return first if ka is None else -first
            if ka != kb:
                result = -1 if ka < kb else 1
                return -result if desc else result
        return 0

    def keys(doc: Mapping[str, Any]) -> list[Any]:
        return [key_of(doc, path, opts) for path, opts in sort]

    found.sort(key=cmp_to_key(lambda a, b: compare_keys(keys(a), keys(b))))
    total = len(found)
    if "search_after" in body:
        after = list(body["search_after"])
        if len(after) != len(sort):
            raise QueryError(f"search_after has {len(after)} value(s) but sort has {len(sort)}.")
        found = [d for d in found if compare_keys(keys(d), after) > 0]
    hits = []
    start = int(body.get("from", 0))
    for doc in found[start : start + int(body.get("size", 10))]:
        hit = fields.hit(doc)
        if sort:
            hit["sort"] = keys(doc)
        if "fields" in body:
            fetched = {f: fields.fetch(doc, f) for f in body["fields"]}
            hit["fields"] = {f: v for f, v in fetched.items() if v}
        hits.append(hit)
    return hits, total
