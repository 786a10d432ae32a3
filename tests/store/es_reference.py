"""A reference evaluator for the small query-DSL subset ``store.es_queries`` emits.

This is NOT Elasticsearch (which cannot be installed here) and not a stand-in for the contract
suite: it is the documented semantics of the clauses we use (bool filter/should/must_not, term,
terms, range, exists, match with ``operator: and`` over a whitespace-analysed field, sort with
``missing``), written out so the tests can check that the queries we build *mean* what the
SQLite backend does — e.g. that the keyset cursor of ``find_docs`` visits every document once
in the same order. The contract suite against a real node (``ES_URL``) remains the proof.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cmp_to_key
from typing import Any

DATE_FIELDS = {"published_at", "collected_at", "analysed_at"}


def _values(doc: Mapping[str, Any], path: str) -> list[Any]:
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
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def matches(doc: Mapping[str, Any], query: Mapping[str, Any]) -> bool:
    """Whether ``doc`` (a ``_source``) matches ``query``."""
    ((kind, spec),) = query.items()
    if kind == "match_all":
        return True
    if kind == "match_none":
        return False
    if kind == "bool":
        if not all(matches(doc, q) for q in spec.get("filter", []) + spec.get("must", [])):
            return False
        if any(matches(doc, q) for q in spec.get("must_not", [])):
            return False
        should = spec.get("should", [])
        if should and spec.get("minimum_should_match", 0) >= 1:
            return any(matches(doc, q) for q in should)
        return True
    ((path, arg),) = spec.items()
    values = [_norm(path, v) for v in _values(doc, path)]
    if kind == "term":
        return any(_eq(v, _norm(path, arg)) for v in values)
    if kind == "terms":
        return any(_eq(v, _norm(path, a)) for v in values for a in arg)
    if kind == "exists":
        return bool(_values(doc, arg))
    if kind == "range":
        ops = {
            "gt": lambda v, b: v > b,
            "gte": lambda v, b: v >= b,
            "lt": lambda v, b: v < b,
            "lte": lambda v, b: v <= b,
        }
        return any(all(ops[op](v, _norm(path, bound)) for op, bound in arg.items()) for v in values)
    if kind == "match":
        assert arg["operator"] == "and"
        indexed = {t for v in values for t in str(v).split()}
        return all(t in indexed for t in str(arg["query"]).split())
    raise NotImplementedError(kind)


def search(
    docs: Sequence[Mapping[str, Any]], body: Mapping[str, Any]
) -> tuple[list[dict[str, Any]], int]:
    """``(hits, total)`` of a search body over ``docs``: hits carry ``_source``, ``sort`` and
    ``fields`` like a search response's."""
    found = [d for d in docs if matches(d, body.get("query", {"match_all": {}}))]
    sort = body.get("sort", [])

    def key_of(doc: Mapping[str, Any], clause: Mapping[str, Any]) -> Any:
        ((path, _),) = clause.items()
        vals = [_norm(path, v) for v in _values(doc, path)]
        # Dates sort (and come back in ``sort``) as epoch milliseconds.
        vals = [int(v.timestamp() * 1000) if isinstance(v, datetime) else v for v in vals]
        return min(vals) if vals else None

    def compare_keys(keys_a: Sequence[Any], keys_b: Sequence[Any]) -> int:
        for clause, ka, kb in zip(sort, keys_a, keys_b, strict=True):
            ((_, opts),) = clause.items()
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
        return [key_of(doc, c) for c in sort]

    found.sort(key=cmp_to_key(lambda a, b: compare_keys(keys(a), keys(b))))
    total = len(found)
    if "search_after" in body:
        after = body["search_after"]
        found = [d for d in found if compare_keys(keys(d), after) > 0]
    hits = []
    for doc in found[: body.get("size", 10)]:
        hit: dict[str, Any] = {"_source": dict(doc), "sort": keys(doc)}
        if "fields" in body:
            hit["fields"] = {f: _values(doc, f) for f in body["fields"] if _values(doc, f)}
        hits.append(hit)
    return hits, total
