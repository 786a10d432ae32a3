"""A FAKE Elasticsearch 8.15 node for the tests: a real HTTP server on 127.0.0.1 that speaks the
subset of the REST API ``store.elasticsearch`` uses.

It is not Elasticsearch and proves nothing a node would not; it exists because no node can run
on the development and CI machines. What it does:

* **Checks every request against the 8.15 REST API specification**: the endpoint (path pattern
  and method) must be in ``ENDPOINTS`` — a table of the endpoints the backend uses, copied from
  the specification (``rest-api-spec/api/*.json`` of elastic/elasticsearch 8.15; the same
  paths, methods and parameters as the generated code of elasticsearch-py) — every query
  parameter must be one the endpoint accepts, with a value of its type, and a search body may
  only hold the keys the search API defines. A request that fails a check is answered as a node
  answers it (400/405) *and* recorded in ``violations``; the fixtures fail a test that caused
  any (a node would have rejected the request, or a later version would).
* **Models what the backend relies on**: composable index templates applied at index creation
  (settings, mappings, aliases); explicit mappings with ``dynamic: false`` and dynamic
  templates; values indexed per field type (a ``date`` keeps milliseconds, a ``keyword`` holds
  strings, a ``double`` numbers, a value another type cannot parse is rejected or, with
  ``ignore_malformed``, left unindexed); ``index``/``doc_values`` (a query on a field that has
  neither, or a sort or aggregation on a field without doc values, fails); aliases with a write
  index and ``require_alias``; optimistic concurrency (``op_type=create``, ``if_seq_no`` /
  ``if_primary_term`` → 409); **near-real-time search** (search and count see the documents of
  the last refresh only — the fake never refreshes on its own, so a missing refresh shows —
  while get and mget are real-time); points in time (a snapshot; ``expire_points_in_time``
  makes the next search answer 404 ``search_context_missing_exception``);
  ``action.destructive_requires_name`` (true, the default); ILM policies; a template's
  ``allow_auto_create: false`` (a write to a missing matching index fails with 404) and a bulk
  ``delete`` that never auto-creates its index.
* **Answers searches through the reference evaluator** ``tests/store/es_reference.py`` over
  the indexed values.
* **Records every request** (``requests``) and can answer the next ones with an error
  (``fail_next``) to exercise retries.

Several ``FakeElasticsearchServer`` ports can serve one ``FakeCluster`` (a cluster of nodes).
"""

from __future__ import annotations

import base64
import copy
import fnmatch
import itertools
import json
import re
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.store import es_reference
from tests.store.es_reference import QueryError

# ---------------------------------------------------------------------- the specification
#: Parameters every endpoint accepts (``rest-api-spec/api/_common.json``).
COMMON_PARAMS = {
    "error_trace": "boolean",
    "filter_path": "list",
    "human": "boolean",
    "pretty": "boolean",
}

_BOOL = "boolean"
_TIME = "time"
_LIST = "list"
_STR = "string"
_NUM = "number"
_REFRESH = ("enum", "true", "false", "wait_for", "")
_WILDCARDS = "list"  # open, closed, hidden, none, all

_INDEX_RES = {
    "allow_no_indices": _BOOL,
    "expand_wildcards": _WILDCARDS,
    "ignore_unavailable": _BOOL,
}
_SOURCE = {"_source": _LIST, "_source_excludes": _LIST, "_source_includes": _LIST}


@dataclass(frozen=True)
class Endpoint:
    """One API of the specification: its paths (``{part}`` placeholders), methods and query
    parameters with their types."""

    name: str
    methods: tuple[str, ...]
    paths: tuple[str, ...]
    params: Mapping[str, Any]
    body: str = "none"  # "none", "optional", "required"


#: The endpoints the backend uses, as the 8.15 specification defines them (only these paths,
#: methods and parameters; anything else is a violation).
ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("info", ("GET",), ("/",), {}),
    Endpoint("ping", ("HEAD",), ("/",), {}),
    Endpoint(
        "bulk",
        ("POST", "PUT"),
        ("/_bulk", "/{index}/_bulk"),
        {
            "wait_for_active_shards": _STR,
            "refresh": _REFRESH,
            "routing": _STR,
            "timeout": _TIME,
            "pipeline": _STR,
            "require_alias": _BOOL,
            **_SOURCE,
        },
        "required",
    ),
    Endpoint(
        "index",
        ("PUT", "POST"),
        ("/{index}/_doc/{id}", "/{index}/_doc"),
        {
            "wait_for_active_shards": _STR,
            "op_type": ("enum", "index", "create"),
            "refresh": _REFRESH,
            "routing": _STR,
            "timeout": _TIME,
            "version": _NUM,
            "version_type": ("enum", "internal", "external", "external_gte"),
            "if_seq_no": _NUM,
            "if_primary_term": _NUM,
            "pipeline": _STR,
            "require_alias": _BOOL,
        },
        "required",
    ),
    Endpoint(
        "create",
        ("PUT", "POST"),
        ("/{index}/_create/{id}",),
        {
            "wait_for_active_shards": _STR,
            "refresh": _REFRESH,
            "routing": _STR,
            "timeout": _TIME,
            "version": _NUM,
            "version_type": ("enum", "internal", "external", "external_gte"),
            "pipeline": _STR,
        },
        "required",
    ),
    Endpoint(
        "get",
        ("GET", "HEAD"),
        ("/{index}/_doc/{id}",),
        {
            "stored_fields": _LIST,
            "preference": _STR,
            "realtime": _BOOL,
            "refresh": _BOOL,
            "routing": _STR,
            "version": _NUM,
            "version_type": ("enum", "internal", "external", "external_gte"),
            **_SOURCE,
        },
    ),
    Endpoint(
        "delete",
        ("DELETE",),
        ("/{index}/_doc/{id}",),
        {
            "wait_for_active_shards": _STR,
            "refresh": _REFRESH,
            "routing": _STR,
            "timeout": _TIME,
            "if_seq_no": _NUM,
            "if_primary_term": _NUM,
            "version": _NUM,
            "version_type": ("enum", "internal", "external", "external_gte", "force"),
        },
    ),
    Endpoint(
        "mget",
        ("GET", "POST"),
        ("/_mget", "/{index}/_mget"),
        {
            "stored_fields": _LIST,
            "preference": _STR,
            "realtime": _BOOL,
            "refresh": _BOOL,
            "routing": _STR,
            **_SOURCE,
        },
        "required",
    ),
    Endpoint(
        "search",
        ("GET", "POST"),
        ("/_search", "/{index}/_search"),
        {
            "analyzer": _STR,
            "analyze_wildcard": _BOOL,
            "ccs_minimize_roundtrips": _BOOL,
            "default_operator": ("enum", "AND", "OR"),
            "df": _STR,
            "explain": _BOOL,
            "stored_fields": _LIST,
            "docvalue_fields": _LIST,
            "from": _NUM,
            "force_synthetic_source": _BOOL,
            "ignore_throttled": _BOOL,
            "lenient": _BOOL,
            "preference": _STR,
            "q": _STR,
            "routing": _LIST,
            "scroll": _TIME,
            "search_type": ("enum", "query_then_fetch", "dfs_query_then_fetch"),
            "size": _NUM,
            "sort": _LIST,
            "terminate_after": _NUM,
            "stats": _LIST,
            "suggest_field": _STR,
            "suggest_mode": ("enum", "missing", "popular", "always"),
            "suggest_size": _NUM,
            "suggest_text": _STR,
            "timeout": _TIME,
            "track_scores": _BOOL,
            "track_total_hits": _STR,
            "allow_partial_search_results": _BOOL,
            "typed_keys": _BOOL,
            "version": _BOOL,
            "seq_no_primary_term": _BOOL,
            "request_cache": _BOOL,
            "batched_reduce_size": _NUM,
            "max_concurrent_shard_requests": _NUM,
            "pre_filter_shard_size": _NUM,
            "rest_total_hits_as_int": _BOOL,
            "include_named_queries_score": _BOOL,
            **_INDEX_RES,
            **_SOURCE,
        },
        "optional",
    ),
    Endpoint(
        "count",
        ("GET", "POST"),
        ("/_count", "/{index}/_count"),
        {
            "ignore_throttled": _BOOL,
            "min_score": _NUM,
            "preference": _STR,
            "routing": _LIST,
            "q": _STR,
            "analyzer": _STR,
            "analyze_wildcard": _BOOL,
            "default_operator": ("enum", "AND", "OR"),
            "df": _STR,
            "lenient": _BOOL,
            "terminate_after": _NUM,
            **_INDEX_RES,
        },
        "optional",
    ),
    Endpoint(
        "open_point_in_time",
        ("POST",),
        ("/{index}/_pit",),
        {
            "preference": _STR,
            "routing": _STR,
            "keep_alive": _TIME,
            "expand_wildcards": _WILDCARDS,
            "ignore_unavailable": _BOOL,
        },
        "optional",
    ),
    Endpoint("close_point_in_time", ("DELETE",), ("/_pit",), {}, "required"),
    Endpoint(
        "indices.create",
        ("PUT",),
        ("/{index}",),
        {"wait_for_active_shards": _STR, "timeout": _TIME, "master_timeout": _TIME},
        "optional",
    ),
    Endpoint(
        "indices.get",
        ("GET",),
        ("/{index}",),
        {
            "local": _BOOL,
            "flat_settings": _BOOL,
            "include_defaults": _BOOL,
            "master_timeout": _TIME,
            "features": _LIST,
            **_INDEX_RES,
        },
    ),
    Endpoint(
        "indices.exists",
        ("HEAD",),
        ("/{index}",),
        {"local": _BOOL, "flat_settings": _BOOL, "include_defaults": _BOOL, **_INDEX_RES},
    ),
    Endpoint(
        "indices.delete",
        ("DELETE",),
        ("/{index}",),
        {"timeout": _TIME, "master_timeout": _TIME, **_INDEX_RES},
    ),
    Endpoint(
        "indices.get_alias",
        ("GET",),
        ("/_alias", "/_alias/{name}", "/{index}/_alias/{name}", "/{index}/_alias"),
        {"local": _BOOL, **_INDEX_RES},
    ),
    Endpoint(
        "indices.exists_alias",
        ("HEAD",),
        ("/_alias/{name}", "/{index}/_alias/{name}"),
        {"local": _BOOL, **_INDEX_RES},
    ),
    Endpoint(
        "indices.update_aliases",
        ("POST",),
        ("/_aliases",),
        {"timeout": _TIME, "master_timeout": _TIME},
        "required",
    ),
    Endpoint(
        "indices.refresh",
        ("POST", "GET"),
        ("/_refresh", "/{index}/_refresh"),
        dict(_INDEX_RES),
    ),
    Endpoint(
        "indices.put_index_template",
        ("PUT", "POST"),
        ("/_index_template/{name}",),
        {"create": _BOOL, "cause": _STR, "master_timeout": _TIME},
        "required",
    ),
    Endpoint(
        "indices.get_index_template",
        ("GET",),
        ("/_index_template", "/_index_template/{name}"),
        {
            "flat_settings": _BOOL,
            "master_timeout": _TIME,
            "local": _BOOL,
            "include_defaults": _BOOL,
        },
    ),
    Endpoint(
        "indices.delete_index_template",
        ("DELETE",),
        ("/_index_template/{name}",),
        {"timeout": _TIME, "master_timeout": _TIME},
    ),
    Endpoint(
        "ilm.put_lifecycle",
        ("PUT",),
        ("/_ilm/policy/{policy}",),
        {"master_timeout": _TIME, "timeout": _TIME},
        "optional",
    ),
    Endpoint(
        "ilm.get_lifecycle",
        ("GET",),
        ("/_ilm/policy/{policy}", "/_ilm/policy"),
        {"master_timeout": _TIME, "timeout": _TIME},
    ),
    Endpoint(
        "ilm.delete_lifecycle",
        ("DELETE",),
        ("/_ilm/policy/{policy}",),
        {"master_timeout": _TIME, "timeout": _TIME},
    ),
)

#: Keys of the search request body (8.15 ``search`` API, request body).
SEARCH_BODY_KEYS = frozenset(
    {
        "aggregations",
        "aggs",
        "collapse",
        "explain",
        "ext",
        "from",
        "highlight",
        "track_total_hits",
        "indices_boost",
        "docvalue_fields",
        "knn",
        "rank",
        "min_score",
        "post_filter",
        "profile",
        "query",
        "rescore",
        "retriever",
        "script_fields",
        "search_after",
        "size",
        "slice",
        "sort",
        "_source",
        "fields",
        "suggest",
        "terminate_after",
        "timeout",
        "track_scores",
        "version",
        "seq_no_primary_term",
        "stored_fields",
        "pit",
        "runtime_mappings",
        "stats",
    }
)
#: Keys of a composable index template body.
TEMPLATE_BODY_KEYS = frozenset(
    {
        "index_patterns",
        "composed_of",
        "template",
        "data_stream",
        "priority",
        "version",
        "_meta",
        "allow_auto_create",
        "ignore_missing_component_templates",
        "deprecated",
    }
)
#: Mapping parameters each field type accepts (the subset the templates may use).
MAPPING_PARAMS: dict[str, frozenset[str]] = {
    "keyword": frozenset(
        {
            "type",
            "index",
            "doc_values",
            "ignore_above",
            "store",
            "null_value",
            "normalizer",
            "eager_global_ordinals",
            "fields",
            "meta",
        }
    ),
    "text": frozenset(
        {
            "type",
            "index",
            "analyzer",
            "search_analyzer",
            "norms",
            "store",
            "fields",
            "index_options",
            "meta",
            "position_increment_gap",
        }
    ),
    "date": frozenset(
        {
            "type",
            "index",
            "doc_values",
            "format",
            "ignore_malformed",
            "store",
            "null_value",
            "meta",
            "locale",
        }
    ),
    "date_nanos": frozenset(
        {"type", "index", "doc_values", "format", "ignore_malformed", "store", "null_value", "meta"}
    ),
    "long": frozenset(
        {"type", "index", "doc_values", "ignore_malformed", "coerce", "store", "null_value", "meta"}
    ),
    "integer": frozenset(
        {"type", "index", "doc_values", "ignore_malformed", "coerce", "store", "null_value", "meta"}
    ),
    "double": frozenset(
        {"type", "index", "doc_values", "ignore_malformed", "coerce", "store", "null_value", "meta"}
    ),
    "boolean": frozenset({"type", "index", "doc_values", "store", "null_value", "meta"}),
    "object": frozenset({"type", "enabled", "dynamic", "properties", "subobjects"}),
}
_TEXT_ANALYZERS = {"whitespace", "standard", "keyword", "simple"}


class ApiFailure(Exception):
    """An error response: ``status`` and the ``error`` object a node would send."""

    def __init__(self, status: int, kind: str, reason: str, **extra: Any) -> None:
        super().__init__(reason)
        self.status = status
        self.body: dict[str, Any] = {
            "error": {
                "root_cause": [{"type": kind, "reason": reason, **extra}],
                "type": kind,
                "reason": reason,
                **extra,
            },
            "status": status,
        }


class Violation(ApiFailure):
    """A request the specification does not allow (recorded in ``FakeCluster.violations``)."""


def _placeholder(path: str) -> re.Pattern[str]:
    pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/_][^/]*)", path)
    return re.compile(f"^{pattern}$")


_ROUTES = [(ep, path, _placeholder(path)) for ep in ENDPOINTS for path in ep.paths]


def resolve_endpoint(method: str, path: str) -> tuple[Endpoint, dict[str, str]]:
    """The endpoint a request addresses and its path parts; ``Violation`` if none."""
    allowed: list[str] = []
    for endpoint, _, pattern in _ROUTES:
        found = pattern.match(path)
        if found:
            if method in endpoint.methods:
                return endpoint, {k: unquote(v) for k, v in found.groupdict().items()}
            allowed += endpoint.methods
    if allowed:
        raise Violation(
            405,
            "method_not_allowed",
            f"Incorrect HTTP method for uri [{path}] and method [{method}], "
            f"allowed: {sorted(set(allowed))}",
        )
    raise Violation(400, "no_handler", f"no handler found for uri [{path}] and method [{method}]")


def check_params(endpoint: Endpoint, path: str, params: Mapping[str, str]) -> None:
    """``Violation`` for a parameter the endpoint does not define or a value not of its type."""
    for name, value in params.items():
        kind = endpoint.params.get(name, COMMON_PARAMS.get(name))
        if kind is None:
            raise Violation(
                400,
                "illegal_argument_exception",
                f"request [{path}] contains unrecognized parameter: [{name}]",
            )
        if isinstance(kind, tuple):
            if value not in kind[1:]:
                raise Violation(
                    400,
                    "illegal_argument_exception",
                    f"[{name}] must be one of {list(kind[1:])}, not [{value}]",
                )
        elif kind == _BOOL and value not in ("true", "false", ""):
            raise Violation(
                400,
                "illegal_argument_exception",
                f"Failed to parse value [{value}] as only [true] or [false] are allowed.",
            )
        elif kind == _NUM and not re.fullmatch(r"-?\d+", value):
            raise Violation(400, "illegal_argument_exception", f"[{name}] is not a number: {value}")
        elif kind == _TIME and not re.fullmatch(r"-1|0|\d+(nanos|micros|ms|s|m|h|d)", value):
            raise Violation(
                400, "illegal_argument_exception", f"failed to parse setting [{name}]: {value}"
            )


# ---------------------------------------------------------------------- mappings
def _flat_settings(settings: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in settings.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flat_settings(value, f"{name}."))
        else:
            flat[name if name.startswith("index.") else f"index.{name}"] = value
    return flat


def check_mapping(properties: Mapping[str, Any], where: str = "") -> None:
    """``mapper_parsing_exception`` for a field type or parameter the mapping may not hold."""
    for name, spec in properties.items():
        kind = spec.get("type", "object")
        allowed = MAPPING_PARAMS.get(kind)
        if allowed is None:
            raise ApiFailure(
                400,
                "mapper_parsing_exception",
                f"No handler for type [{kind}] declared on field [{where}{name}]",
            )
        unknown = set(spec) - allowed
        if unknown:
            raise ApiFailure(
                400,
                "mapper_parsing_exception",
                f"unknown parameter [{sorted(unknown)[0]}] on mapper [{where}{name}] "
                f"of type [{kind}]",
            )
        if kind == "text" and spec.get("analyzer", "standard") not in _TEXT_ANALYZERS:
            raise ApiFailure(400, "mapper_parsing_exception", f"analyzer [{spec['analyzer']}]")
        if kind == "object" and "properties" in spec:
            check_mapping(spec["properties"], f"{where}{name}.")


@dataclass
class Mapping_:
    """The mapping of one index: field specs by dotted path, dynamic rules."""

    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    dynamic: Any = True
    dynamic_templates: list[dict[str, Any]] = field(default_factory=list)
    date_detection: bool = True

    @classmethod
    def from_body(cls, mappings: Mapping[str, Any]) -> Mapping_:
        check_mapping(mappings.get("properties", {}))
        made = cls(
            dynamic=mappings.get("dynamic", True),
            dynamic_templates=list(mappings.get("dynamic_templates", [])),
            date_detection=mappings.get("date_detection", True),
        )
        made._add(mappings.get("properties", {}), "")
        return made

    def _add(self, properties: Mapping[str, Any], prefix: str) -> None:
        for name, spec in properties.items():
            path = f"{prefix}{name}"
            if spec.get("type", "object") == "object":
                self.objects[path] = dict(spec)
                self._add(spec.get("properties", {}), f"{path}.")
            else:
                self.fields[path] = dict(spec)

    def as_body(self) -> dict[str, Any]:
        """The mapping as ``GET /{index}`` shows it."""
        root: dict[str, Any] = {"properties": {}}
        for path, spec in sorted({**self.objects, **self.fields}.items()):
            node = root
            parts = path.split(".")
            for part in parts[:-1]:
                node = node["properties"].setdefault(part, {"properties": {}})
                node.setdefault("properties", {})
            leaf = {k: v for k, v in spec.items() if k != "properties"}
            node["properties"].setdefault(parts[-1], {}).update(leaf)
        body: dict[str, Any] = {"dynamic": self.dynamic, **root}
        if self.dynamic_templates:
            body["dynamic_templates"] = self.dynamic_templates
        return body

    def _dynamic_of(self, path: str) -> Any:
        parts = path.split(".")
        for end in range(len(parts) - 1, 0, -1):
            spec = self.objects.get(".".join(parts[:end]))
            if spec is not None and "dynamic" in spec:
                return spec["dynamic"]
        return self.dynamic

    def _dynamic_spec(self, path: str, value: Any) -> dict[str, Any] | None:
        json_type = (
            "boolean"
            if isinstance(value, bool)
            else "long"
            if isinstance(value, int)
            else "double"
            if isinstance(value, float)
            else "string"
        )
        for entry in self.dynamic_templates:
            ((_, rule),) = entry.items()
            if "path_match" in rule and not fnmatch.fnmatchcase(path, rule["path_match"]):
                continue
            if "match_mapping_type" in rule and rule["match_mapping_type"] not in ("*", json_type):
                continue
            return dict(rule["mapping"])
        default = {"boolean": "boolean", "long": "long", "double": "float", "string": "text"}
        return {"type": default[json_type]}

    def index_document(self, source: Mapping[str, Any]) -> dict[str, list[Any]]:
        """The indexed values of a document by field path; new dynamic fields are mapped
        (``document_parsing_exception`` for a value its field cannot take)."""
        indexed: dict[str, list[Any]] = {}
        self._walk(source, "", indexed)
        return indexed

    def _walk(self, node: Mapping[str, Any], prefix: str, out: dict[str, list[Any]]) -> None:
        for key, raw in node.items():
            path = f"{prefix}{key}"
            values = raw if isinstance(raw, list) else [raw]
            if path in self.objects:
                spec = self.objects[path]
                if spec.get("enabled", True) is False:
                    continue
                for value in values:
                    if isinstance(value, Mapping):
                        self._walk(value, f"{path}.", out)
                continue
            spec_ = self.fields.get(path)
            if spec_ is None:
                dynamic = self._dynamic_of(path)
                if dynamic in (False, "false"):
                    continue
                if dynamic in ("strict",):
                    raise ApiFailure(
                        400,
                        "strict_dynamic_mapping_exception",
                        f"mapping set to strict, dynamic introduction of [{key}] is not allowed",
                    )
                first = next((v for v in values if v is not None), None)
                if first is None:
                    continue
                if isinstance(first, Mapping):
                    self.objects[path] = {"type": "object"}
                    for value in values:
                        self._walk(value, f"{path}.", out)
                    continue
                mapped = self._dynamic_spec(path, first)
                if mapped is None:
                    continue
                self.fields[path] = mapped
                spec_ = mapped
            for value in values:
                if value is None:
                    continue
                try:
                    converted = field_value(spec_, value)
                except QueryError as exc:
                    if spec_.get("ignore_malformed"):
                        continue
                    raise ApiFailure(
                        400,
                        "document_parsing_exception",
                        f"failed to parse field [{path}] of type [{spec_['type']}]: {exc.reason}",
                    ) from None
                if converted is not None:
                    out.setdefault(path, []).extend(
                        converted if isinstance(converted, list) else [converted]
                    )


def _parse_date(value: Any) -> int:
    if isinstance(value, bool):
        raise QueryError(f"failed to parse date field [{value}]", "parse_exception")
    if isinstance(value, int | float):
        return int(value)
    text = str(value)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if not re.fullmatch(
        r"\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?)?)?)?"
        r"(Z|[+-]\d{2}:?\d{2})?",
        text,
    ):
        raise QueryError(
            f"failed to parse date field [{text}] with format "
            "[strict_date_optional_time||epoch_millis]",
            "parse_exception",
        )
    fraction = re.search(r"\.(\d+)", text)
    digits = (fraction.group(1) + "000")[:3] if fraction else "000"
    base = re.sub(r"\.\d+", "", text).replace("Z", "+00:00")
    if len(base) == 4:
        base += "-01-01"
    elif len(base) == 7:
        base += "-01"
    moment = datetime.fromisoformat(base)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp()) * 1000 + int(digits)


def field_value(spec: Mapping[str, Any], value: Any) -> Any:
    """``value`` as a field of mapping ``spec`` indexes it (``QueryError`` if it cannot)."""
    kind = spec.get("type")
    if kind == "keyword":
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, Mapping | list):
            raise QueryError("a keyword holds strings")
        else:
            text = str(value)
        ignore_above = spec.get("ignore_above")
        return None if ignore_above is not None and len(text) > int(ignore_above) else text
    if kind in ("long", "integer"):
        if isinstance(value, bool):
            raise QueryError(f"Current token (VALUE_{str(value).upper()}) not numeric")
        try:
            return int(float(value))
        except (TypeError, ValueError):
            raise QueryError(f'For input string: "{value}"', "number_format_exception") from None
    if kind in ("double", "float"):
        if isinstance(value, bool):
            raise QueryError(f"Current token (VALUE_{str(value).upper()}) not numeric")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise QueryError(f'For input string: "{value}"', "number_format_exception") from None
    if kind in ("date", "date_nanos"):
        return _parse_date(value)
    if kind == "boolean":
        if value in (True, "true"):
            return True
        if value in (False, "false", ""):
            return False
        raise QueryError(f"Failed to parse value [{value}] as only [true] or [false] are allowed.")
    if kind == "text":
        analyzer = spec.get("analyzer", "standard")
        if analyzer == "whitespace":
            return str(value).split()
        if analyzer == "keyword":
            return [str(value)]
        return re.findall(r"\w+", str(value).lower())
    raise QueryError(f"field type [{kind}] is not modelled")


class MappedFields:
    """``es_reference`` field access over indexed values (see the module docstring)."""

    def __init__(self, mappings: Mapping[str, Mapping_]) -> None:
        self.mappings = mappings  # index name -> mapping

    def _spec(self, path: str) -> dict[str, Any] | None:
        for mapping in self.mappings.values():
            if path in mapping.fields:
                return mapping.fields[path]
        return None

    def values(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        spec = self._spec(path)
        if spec is not None and spec.get("type") != "text":
            searchable = spec.get("index", True) or spec.get("doc_values", True)
            if not searchable:
                raise QueryError(
                    f"Cannot search on field [{path}] since it is not indexed nor has doc values."
                )
        elif spec is not None and spec.get("index", True) is False:
            raise QueryError(f"Cannot search on field [{path}] since it is not indexed.")
        return list(doc["indexed"].get(path, []))

    def indexed_terms(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        return self.values(doc, path)

    def bound(self, path: str, value: Any) -> Any:
        spec = self._spec(path)
        if spec is None:
            return value
        converted = field_value(spec, value)
        if isinstance(converted, list):
            raise QueryError(f"[term] on text field [{path}]")
        return converted

    def tokens(self, path: str, text: Any) -> list[Any]:
        spec = self._spec(path)
        if spec is None:
            return []
        converted = field_value(spec, text)
        return converted if isinstance(converted, list) else [converted]

    def sort_values(self, doc: Mapping[str, Any], path: str, unmapped: str | None) -> list[Any]:
        spec = self._spec(path)
        if spec is None:
            if unmapped is None:
                raise QueryError(f"No mapping found for [{path}] in order to sort on")
            return []
        if spec.get("type") == "text" or spec.get("doc_values", True) is False:
            raise QueryError(
                f"Can't load fielddata on [{path}] because fielddata is unsupported on fields "
                f"of type [{spec.get('type')}]. Use a field with doc values instead."
            )
        return list(doc["indexed"].get(path, []))

    def hit(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "_index": doc["index"],
            "_id": doc["id"],
            "_score": None,
            "_source": copy.deepcopy(doc["source"]),
            "_shard_doc": doc["_shard_doc"],
            "_seq_no": doc["seq_no"],
            "_primary_term": doc["primary_term"],
        }

    def fetch(self, doc: Mapping[str, Any], path: str) -> list[Any]:
        spec = self._spec(path)
        if spec is None:
            return []
        values = doc["indexed"].get(path, [])
        if spec.get("type") in ("date", "date_nanos"):
            return [
                datetime.fromtimestamp(v // 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{v % 1000:03d}Z"
                for v in values
            ]
        return list(values)


# ---------------------------------------------------------------------- the cluster state
@dataclass
class StoredDocument:
    source: dict[str, Any]
    indexed: dict[str, list[Any]]
    seq_no: int
    primary_term: int
    version: int


@dataclass
class Index:
    name: str
    settings: dict[str, Any]
    mapping: Mapping_
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)
    docs: dict[str, StoredDocument] = field(default_factory=dict)
    visible: dict[str, StoredDocument] = field(default_factory=dict)
    seq_no: int = -1

    def refresh(self) -> None:
        self.visible = dict(self.docs)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it."""

    node: int
    method: str
    path: str
    params: dict[str, str]
    body: Any
    at: float
    endpoint: str | None
    status: int


_NAME_RE = re.compile(r'^[^A-Z\\/*?"<>| ,#:_\-+][^A-Z\\/*?"<>| ,#:]*$')


class FakeCluster:
    """The state of the fake cluster and the handling of one request (thread-safe)."""

    def __init__(self, *, destructive_requires_name: bool = True) -> None:
        self.lock = threading.RLock()
        self.templates: dict[str, dict[str, Any]] = {}
        self.indices: dict[str, Index] = {}
        self.policies: dict[str, dict[str, Any]] = {}
        self.pits: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self.requests: list[RecordedRequest] = []
        self.violations: list[str] = []
        self.destructive_requires_name = destructive_requires_name
        self._failures: list[tuple[int, str | None]] = []
        self._pit_ids = itertools.count(1)

    # ---------------------------------------------------------- test controls
    def fail_next(self, count: int, status: int = 429, *, endpoint: str | None = None) -> None:
        """Answer the next ``count`` requests (of ``endpoint`` if given) with ``status``."""
        with self.lock:
            self._failures += [(status, endpoint)] * count

    def expire_points_in_time(self) -> None:
        """Let every open point in time expire (as after its keep-alive)."""
        with self.lock:
            self.pits.clear()

    def reset_log(self) -> None:
        with self.lock:
            self.requests.clear()

    # ---------------------------------------------------------- dispatch
    def handle(
        self, node: int, method: str, target: str, raw_body: bytes, content_type: str
    ) -> tuple[int, Any]:
        """Answer one request: ``(status, JSON body or None)``."""
        parts = urlsplit(target)
        path = parts.path or "/"
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        body: Any = None
        endpoint: Endpoint | None = None
        with self.lock:
            try:
                endpoint, path_parts = resolve_endpoint(method, path)
                check_params(endpoint, path, params)
                body = self._parse_body(endpoint, raw_body, content_type)
                failure = self._injected(endpoint.name)
                if failure is not None:
                    status, answer = failure, self._rejection(failure)
                else:
                    status, answer = self._dispatch(endpoint.name, path_parts, params, body)
            except Violation as exc:
                self.violations.append(f"{method} {target}: {exc}")
                status, answer = exc.status, exc.body
            except ApiFailure as exc:
                status, answer = exc.status, exc.body
            except QueryError as exc:
                failure_ = ApiFailure(
                    400,
                    "search_phase_execution_exception",
                    "all shards failed",
                    caused_by={"type": exc.kind, "reason": exc.reason},
                )
                failure_.body["error"]["root_cause"] = [{"type": exc.kind, "reason": exc.reason}]
                status, answer = 400, failure_.body
            self.requests.append(
                RecordedRequest(
                    node,
                    method,
                    path,
                    params,
                    body,
                    time.monotonic(),
                    endpoint.name if endpoint else None,
                    status,
                )
            )
        return status, (None if method == "HEAD" else answer)

    def _injected(self, name: str) -> int | None:
        for position, (status, only) in enumerate(self._failures):
            if only is None or only == name:
                del self._failures[position]
                return status
        return None

    @staticmethod
    def _rejection(status: int) -> dict[str, Any]:
        kind = "es_rejected_execution_exception" if status == 429 else "unavailable_shards"
        return ApiFailure(status, kind, f"injected {status} by the test").body

    def _parse_body(self, endpoint: Endpoint, raw: bytes, content_type: str) -> Any:
        if not raw:
            if endpoint.body == "required":
                raise Violation(400, "parse_exception", "request body is required")
            return None
        if endpoint.body == "none":
            raise Violation(400, "illegal_argument_exception", f"{endpoint.name} takes no body")
        text = raw.decode("utf-8")
        if endpoint.name == "bulk":
            if "x-ndjson" not in content_type:
                raise Violation(400, "illegal_argument_exception", "bulk needs x-ndjson")
            if not text.endswith("\n"):
                raise Violation(
                    400,
                    "illegal_argument_exception",
                    "The bulk request must be terminated by a newline [\\n]",
                )
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return json.loads(text)

    def _dispatch(
        self, name: str, parts: dict[str, str], params: dict[str, str], body: Any
    ) -> tuple[int, Any]:
        handler = getattr(self, "_api_" + name.replace(".", "_"))
        result: tuple[int, Any] = handler(parts, params, body)
        return result

    # ---------------------------------------------------------- names
    def _aliases(self) -> dict[str, dict[str, dict[str, Any]]]:
        """alias -> {index: alias spec}."""
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for index in self.indices.values():
            for alias, spec in index.aliases.items():
                found.setdefault(alias, {})[index.name] = spec
        return found

    def _expand(
        self,
        expression: str,
        params: Mapping[str, str],
        *,
        allow_no_indices: bool = True,
        aliases: bool = True,
    ) -> list[str]:
        """Concrete index names of an expression (commas, wildcards, aliases)."""
        ignore_unavailable = params.get("ignore_unavailable") == "true"
        allow_none = params.get("allow_no_indices", str(allow_no_indices).lower()) == "true"
        known_aliases = self._aliases() if aliases else {}
        names: list[str] = []
        for part in expression.split(","):
            if "*" in part:
                matched = [n for n in self.indices if fnmatch.fnmatchcase(n, part)]
                matched += [
                    i
                    for a, idx in known_aliases.items()
                    if fnmatch.fnmatchcase(a, part)
                    for i in idx
                ]
                if not matched and not allow_none:
                    raise ApiFailure(404, "index_not_found_exception", f"no such index [{part}]")
                names += matched
            elif part in self.indices:
                names.append(part)
            elif part in known_aliases:
                names += list(known_aliases[part])
            elif not ignore_unavailable:
                raise ApiFailure(
                    404,
                    "index_not_found_exception",
                    f"no such index [{part}]",
                    index=part,
                    **{"resource.type": "index_or_alias", "resource.id": part},
                )
        if not names and not allow_none:
            raise ApiFailure(404, "index_not_found_exception", f"no such index [{expression}]")
        return list(dict.fromkeys(names))

    def _single(self, name: str) -> Index:
        """The one index a single-document read addresses."""
        if name in self.indices:
            return self.indices[name]
        members = self._aliases().get(name)
        if not members:
            raise ApiFailure(
                404, "index_not_found_exception", f"no such index [{name}]", index=name
            )
        if len(members) > 1:
            raise ApiFailure(
                400,
                "illegal_argument_exception",
                f"alias [{name}] has more than one index associated with it "
                f"{sorted(members)}, can't execute a single index op",
            )
        return self.indices[next(iter(members))]

    def _write_target(self, name: str, require_alias: bool) -> Index:
        """The index a write to ``name`` lands in (auto-creating a missing index)."""
        members = self._aliases().get(name)
        if members:
            writers = [i for i, spec in members.items() if spec.get("is_write_index")]
            if not writers and len(members) == 1:
                only = next(iter(members))
                if members[only].get("is_write_index") is not False:
                    writers = [only]
            if len(writers) != 1:
                raise ApiFailure(
                    400,
                    "illegal_argument_exception",
                    f"no write index is defined for alias [{name}]. The write index may be "
                    "explicitly disabled using is_write_index=false or the alias points to "
                    "multiple indices without one being designated as a write index",
                )
            return self.indices[writers[0]]
        if require_alias:
            raise ApiFailure(
                404,
                "index_not_found_exception",
                f"no such index [{name}] and [require_alias] request flag is [true] and "
                f"[{name}] is not an alias",
                index=name,
            )
        if name in self.indices:
            return self.indices[name]
        template = self._template_for(name)
        if template is not None and template.get("allow_auto_create") is False:
            raise ApiFailure(
                404,
                "index_not_found_exception",
                f"no such index [{name}] and composable template [{template['_name']}] "
                "forbids index auto creation",
                index=name,
            )
        return self._create(name, {})  # action.auto_create_index defaults to true

    def _template_for(self, name: str) -> dict[str, Any] | None:
        """The composable template an index created as ``name`` takes (highest priority)."""
        matching = [
            {**t, "_name": n}
            for n, t in self.templates.items()
            if any(fnmatch.fnmatchcase(name, p) for p in t["index_patterns"])
        ]
        return max(matching, key=lambda t: t.get("priority", 0)) if matching else None

    # ---------------------------------------------------------- indices
    def _create(self, name: str, body: Mapping[str, Any]) -> Index:
        if not _NAME_RE.match(name) or name in (".", "..") or len(name.encode()) > 255:
            raise ApiFailure(
                400, "invalid_index_name_exception", f"Invalid index name [{name}]", index=name
            )
        if name in self.indices:
            raise ApiFailure(
                400,
                "resource_already_exists_exception",
                f"index [{name}/uuid] already exists",
                index=name,
            )
        if name in self._aliases():
            raise ApiFailure(
                400,
                "invalid_index_name_exception",
                f"Invalid index name [{name}], already exists as alias",
                index=name,
            )
        unknown = set(body) - {"aliases", "mappings", "settings"}
        if unknown:
            raise ApiFailure(400, "parse_exception", f"unknown key [{sorted(unknown)[0]}]")
        settings: dict[str, Any] = {}
        mappings: dict[str, Any] = {}
        aliases: dict[str, dict[str, Any]] = {}
        best = self._template_for(name)
        if best is not None:
            inner = best.get("template", {})
            settings.update(_flat_settings(inner.get("settings", {})))
            mappings = copy.deepcopy(inner.get("mappings", {}))
            aliases.update(copy.deepcopy(inner.get("aliases", {})))
        settings.update(_flat_settings(body.get("settings", {})))
        if body.get("mappings"):
            merged = copy.deepcopy(body["mappings"])
            mappings = {**mappings, **merged}
        aliases.update(copy.deepcopy(body.get("aliases", {})))
        existing = self._aliases()
        for alias, spec in aliases.items():
            if alias in self.indices:
                raise ApiFailure(
                    400,
                    "invalid_alias_name_exception",
                    f"Invalid alias name [{alias}]: an index or data stream exists with the "
                    "same name as the alias",
                )
            if spec.get("is_write_index") and any(
                s.get("is_write_index") for s in existing.get(alias, {}).values()
            ):
                raise ApiFailure(
                    400,
                    "illegal_state_exception",
                    f"alias [{alias}] has more than one write index",
                )
        shards = int(settings.get("index.number_of_shards", 1))
        if not 1 <= shards <= 1024:
            raise ApiFailure(400, "illegal_argument_exception", "number_of_shards out of range")
        index = Index(name, settings, Mapping_.from_body(mappings), aliases)
        self.indices[name] = index
        return index

    def _api_indices_create(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        self._create(parts["index"], body or {})
        return 200, {"acknowledged": True, "shards_acknowledged": True, "index": parts["index"]}

    def _api_indices_get(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        names = self._expand(parts["index"], params)
        return 200, {
            n: {
                "aliases": self.indices[n].aliases,
                "mappings": self.indices[n].mapping.as_body(),
                "settings": self.indices[n].settings,
            }
            for n in names
        }

    def _api_indices_exists(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        try:
            names = self._expand(parts["index"], params, allow_no_indices=False)
        except ApiFailure:
            return 404, None
        return (200 if names else 404), None

    def _api_indices_delete(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        expression = parts["index"]
        for part in expression.split(","):
            if self.destructive_requires_name and ("*" in part or part == "_all"):
                raise ApiFailure(
                    400,
                    "illegal_argument_exception",
                    "Wildcard expressions or all indices are not allowed",
                )
            if part in self._aliases() and part not in self.indices:
                raise ApiFailure(
                    400,
                    "illegal_argument_exception",
                    f"The provided expression [{part}] matches an alias, specify the "
                    "corresponding concrete indices instead.",
                )
        for name in self._expand(expression, params, aliases=False):
            del self.indices[name]
        return 200, {"acknowledged": True}

    def _api_indices_refresh(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        names = self._expand(parts.get("index", "*"), params)
        for name in names:
            self.indices[name].refresh()
        return 200, {"_shards": {"total": len(names), "successful": len(names), "failed": 0}}

    def _alias_view(self, parts: dict[str, str], params: Any) -> dict[str, Any]:
        pattern = parts.get("name", "*")
        indices = self._expand(parts.get("index", "*"), params) if "index" in parts else None
        out: dict[str, Any] = {}
        for index in self.indices.values():
            if indices is not None and index.name not in indices:
                continue
            chosen = {
                a: spec
                for a, spec in index.aliases.items()
                if any(fnmatch.fnmatchcase(a, p) for p in pattern.split(","))
            }
            if chosen or "name" not in parts:
                out[index.name] = {"aliases": chosen}
        return out

    def _api_indices_get_alias(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        found = self._alias_view(parts, params)
        if "name" in parts and not found:
            return 404, {"error": f"alias [{parts['name']}] missing", "status": 404}
        return 200, found

    def _api_indices_exists_alias(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        return (200 if self._alias_view(parts, params) else 404), None

    def _api_indices_update_aliases(self, parts: Any, params: Any, body: Any) -> Any:
        for action in body.get("actions", []):
            ((kind, spec),) = action.items()
            names = self._expand(spec.get("index", ",".join(spec.get("indices", []))), params)
            for name in names:
                if kind == "add":
                    self.indices[name].aliases[spec["alias"]] = {
                        k: v for k, v in spec.items() if k not in ("index", "indices", "alias")
                    }
                elif kind == "remove":
                    self.indices[name].aliases.pop(spec["alias"], None)
                elif kind == "remove_index":
                    del self.indices[name]
                else:
                    raise ApiFailure(400, "parsing_exception", f"unknown alias action [{kind}]")
        return 200, {"acknowledged": True, "errors": False}

    # ---------------------------------------------------------- templates and policies
    def _api_indices_put_index_template(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        unknown = set(body) - TEMPLATE_BODY_KEYS
        if unknown:
            raise Violation(
                400, "x_content_parse_exception", f"unknown field [{sorted(unknown)[0]}]"
            )
        if params.get("create") == "true" and parts["name"] in self.templates:
            raise ApiFailure(400, "illegal_argument_exception", "index template already exists")
        inner = body.get("template", {})
        Mapping_.from_body(inner.get("mappings", {}))  # a bad mapping is rejected at PUT
        for key in inner:
            if key not in ("settings", "mappings", "aliases", "lifecycle"):
                raise Violation(400, "x_content_parse_exception", f"unknown field [{key}]")
        for other, template in self.templates.items():
            same_priority = template.get("priority", 0) == body.get("priority", 0)
            overlap = set(template["index_patterns"]) & set(body["index_patterns"])
            if other != parts["name"] and same_priority and overlap:
                raise ApiFailure(
                    400,
                    "illegal_argument_exception",
                    f"index template [{parts['name']}] has index patterns {sorted(overlap)} "
                    f"matching patterns from existing templates [{other}] with the same priority",
                )
        self.templates[parts["name"]] = copy.deepcopy(body)
        return 200, {"acknowledged": True}

    def _api_indices_get_index_template(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        pattern = parts.get("name", "*")
        found = [
            {"name": n, "index_template": t}
            for n, t in sorted(self.templates.items())
            if fnmatch.fnmatchcase(n, pattern)
        ]
        if not found and "*" not in pattern:
            raise ApiFailure(
                404,
                "resource_not_found_exception",
                f"index template matching [{pattern}] not found",
            )
        return 200, {"index_templates": found}

    def _api_indices_delete_index_template(
        self, parts: dict[str, str], params: Any, body: Any
    ) -> Any:
        if parts["name"] not in self.templates:
            raise ApiFailure(
                404, "resource_not_found_exception", f"index_template [{parts['name']}] missing"
            )
        del self.templates[parts["name"]]
        return 200, {"acknowledged": True}

    def _api_ilm_put_lifecycle(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        policy = (body or {}).get("policy")
        if not isinstance(policy, Mapping) or set(body) - {"policy"}:
            raise Violation(400, "x_content_parse_exception", 'expected {"policy": {...}}')
        if set(policy) - {"phases", "_meta"}:
            raise Violation(400, "x_content_parse_exception", f"unknown field {sorted(policy)}")
        for phase, spec in policy.get("phases", {}).items():
            if phase not in ("hot", "warm", "cold", "frozen", "delete"):
                raise ApiFailure(400, "illegal_argument_exception", f"unknown phase [{phase}]")
            unknown = set(spec) - {"min_age", "actions"}
            if unknown:
                raise Violation(
                    400, "x_content_parse_exception", f"unknown field {sorted(unknown)}"
                )
        version = self.policies.get(parts["policy"], {}).get("version", 0) + 1
        self.policies[parts["policy"]] = {"version": version, "policy": copy.deepcopy(policy)}
        return 200, {"acknowledged": True}

    def _api_ilm_get_lifecycle(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        name = parts.get("policy")
        if name is not None and name not in self.policies:
            raise ApiFailure(
                404, "resource_not_found_exception", f"Lifecycle policy not found: {name}"
            )
        chosen = {n: p for n, p in self.policies.items() if name is None or n == name}
        return 200, chosen

    def _api_ilm_delete_lifecycle(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        if self.policies.pop(parts["policy"], None) is None:
            raise ApiFailure(404, "resource_not_found_exception", "policy not found")
        return 200, {"acknowledged": True}

    # ---------------------------------------------------------- documents
    def _write(
        self,
        target: str,
        doc_id: str | None,
        source: Any,
        *,
        op_type: str,
        if_seq_no: str | int | None,
        if_primary_term: str | int | None,
        require_alias: bool,
    ) -> tuple[int, dict[str, Any], Index]:
        index = self._write_target(target, require_alias)
        if doc_id is None:
            doc_id = base64.urlsafe_b64encode(next(self._pit_ids).to_bytes(8, "big")).decode()
        current = index.docs.get(doc_id)
        if op_type == "create" and current is not None:
            raise ApiFailure(
                409,
                "version_conflict_engine_exception",
                f"[{doc_id}]: version conflict, document already exists "
                f"(current version [{current.version}])",
                index=index.name,
            )
        if (if_seq_no is None) != (if_primary_term is None):
            raise ApiFailure(
                400,
                "action_request_validation_exception",
                "Validation Failed: 1: ifSeqNo is set, but primary term is [0];",
            )
        if if_seq_no is not None:
            if op_type == "create":
                raise ApiFailure(
                    400,
                    "action_request_validation_exception",
                    "Validation Failed: 1: create operations do not support compare and set.",
                )
            if (
                current is None
                or current.seq_no != int(if_seq_no)
                or current.primary_term != int(str(if_primary_term))
            ):
                actual = (
                    "" if current is None else f" current document has seqNo [{current.seq_no}]"
                )
                raise ApiFailure(
                    409,
                    "version_conflict_engine_exception",
                    f"[{doc_id}]: version conflict, required seqNo [{if_seq_no}], primary term "
                    f"[{if_primary_term}].{actual}",
                    index=index.name,
                )
        if not isinstance(source, Mapping):
            raise ApiFailure(400, "mapper_parsing_exception", "failed to parse: not an object")
        probe = copy.deepcopy(index.mapping)
        indexed = probe.index_document(source)  # may raise document_parsing_exception
        index.mapping = probe
        index.seq_no += 1
        version = 1 if current is None else current.version + 1
        index.docs[doc_id] = StoredDocument(
            copy.deepcopy(dict(source)), indexed, index.seq_no, 1, version
        )
        result = "created" if current is None else "updated"
        answer = {
            "_index": index.name,
            "_id": doc_id,
            "_version": version,
            "result": result,
            "_shards": {"total": 1, "successful": 1, "failed": 0},
            "_seq_no": index.seq_no,
            "_primary_term": 1,
        }
        return (201 if current is None else 200), answer, index

    @staticmethod
    def _refresh_after(params: Mapping[str, str], touched: Sequence[Index]) -> None:
        # The fake never refreshes on its own: ``wait_for`` returns once a refresh made the
        # write visible, which the fake does at once (a node waits for the next one).
        if params.get("refresh") in ("true", "", "wait_for"):
            for index in touched:
                index.refresh()

    def _api_index(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        status, answer, index = self._write(
            parts["index"],
            parts.get("id"),
            body,
            op_type=params.get("op_type", "index"),
            if_seq_no=params.get("if_seq_no"),
            if_primary_term=params.get("if_primary_term"),
            require_alias=params.get("require_alias") == "true",
        )
        self._refresh_after(params, [index])
        return status, answer

    def _api_create(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        return self._api_index(parts, {**params, "op_type": "create"}, body)

    def _api_get(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        index = self._single(parts["index"])
        stored = index.docs.get(parts["id"])
        if stored is None:
            return 404, {"_index": index.name, "_id": parts["id"], "found": False}
        return 200, {
            "_index": index.name,
            "_id": parts["id"],
            "_version": stored.version,
            "_seq_no": stored.seq_no,
            "_primary_term": stored.primary_term,
            "found": True,
            "_source": copy.deepcopy(stored.source),
        }

    def _api_delete(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        index = (
            self._write_target(parts["index"], False)
            if parts["index"] in self._aliases()
            else self._single(parts["index"])
        )
        stored = index.docs.get(parts["id"])
        if "if_seq_no" in params and (stored is None or stored.seq_no != int(params["if_seq_no"])):
            raise ApiFailure(
                409, "version_conflict_engine_exception", f"[{parts['id']}]: version conflict"
            )
        index.seq_no += 1
        answer = {
            "_index": index.name,
            "_id": parts["id"],
            "_seq_no": index.seq_no,
            "_primary_term": 1,
            "_shards": {"total": 1, "successful": 1, "failed": 0},
        }
        if stored is None:
            return 404, {**answer, "_version": 1, "result": "not_found"}
        del index.docs[parts["id"]]
        self._refresh_after(params, [index])
        return 200, {**answer, "_version": stored.version + 1, "result": "deleted"}

    def _api_mget(self, parts: dict[str, str], params: Any, body: Any) -> Any:
        default = parts.get("index")
        if "ids" in body:
            if default is None:
                raise ApiFailure(400, "action_request_validation_exception", "index is missing")
            entries = [{"_index": default, "_id": i} for i in body["ids"]]
        else:
            entries = [{"_index": d.get("_index", default), "_id": d["_id"]} for d in body["docs"]]
        docs = []
        for entry in entries:
            try:
                _, doc = self._api_get(
                    {"index": entry["_index"], "id": str(entry["_id"])}, {}, None
                )
                docs.append(doc)
            except ApiFailure as exc:  # per-item failures: the request itself succeeds
                docs.append(
                    {"_index": entry["_index"], "_id": entry["_id"], "error": exc.body["error"]}
                )
        return 200, {"docs": docs}

    def _api_bulk(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        items: list[dict[str, Any]] = []
        touched: dict[str, Index] = {}
        lines = list(body)
        position = 0
        while position < len(lines):
            action = lines[position]
            position += 1
            ((op, meta),) = action.items()
            if op not in ("index", "create", "update", "delete"):
                raise Violation(
                    400, "illegal_argument_exception", f"Malformed action/metadata line [{op}]"
                )
            allowed_meta = {
                "_index",
                "_id",
                "if_seq_no",
                "if_primary_term",
                "routing",
                "require_alias",
                "version",
                "version_type",
                "pipeline",
                "retry_on_conflict",
                "_source",
                "dynamic_templates",
            }
            unknown = set(meta) - allowed_meta
            if unknown:
                raise Violation(
                    400,
                    "illegal_argument_exception",
                    f"Action/metadata line [{position}] contains an unknown parameter "
                    f"[{sorted(unknown)[0]}]",
                )
            source = None
            if op != "delete":
                source = lines[position]
                position += 1
            target = meta.get("_index", parts.get("index"))
            require_alias = bool(meta.get("require_alias", params.get("require_alias") == "true"))
            try:
                if op == "delete":
                    if target not in self.indices and target not in self._aliases():
                        # A delete never auto-creates its index (TransportBulkAction).
                        raise ApiFailure(
                            404, "index_not_found_exception", f"no such index [{target}]"
                        )
                    index = self._write_target(target, require_alias)
                    status, answer = self._api_delete(
                        {"index": index.name, "id": meta["_id"]}, {}, None
                    )
                elif op == "update":
                    index = self._write_target(target, require_alias)
                    current = index.docs.get(meta["_id"])
                    if current is None:
                        raise ApiFailure(
                            404, "document_missing_exception", f"[{meta['_id']}]: document missing"
                        )
                    merged = {**current.source, **source.get("doc", {})}
                    status, answer, index = self._write(
                        target,
                        meta["_id"],
                        merged,
                        op_type="index",
                        if_seq_no=meta.get("if_seq_no"),
                        if_primary_term=meta.get("if_primary_term"),
                        require_alias=require_alias,
                    )
                else:
                    status, answer, index = self._write(
                        target,
                        meta.get("_id"),
                        source,
                        op_type=op,
                        if_seq_no=meta.get("if_seq_no"),
                        if_primary_term=meta.get("if_primary_term"),
                        require_alias=require_alias,
                    )
                touched[index.name] = index
                items.append({op: {**answer, "status": status}})
            except ApiFailure as exc:
                items.append(
                    {
                        op: {
                            "_index": target,
                            "_id": meta.get("_id"),
                            "status": exc.status,
                            "error": {
                                k: v for k, v in exc.body["error"].items() if k != "root_cause"
                            },
                        }
                    }
                )
        self._refresh_after(params, list(touched.values()))
        errors = any("error" in next(iter(i.values())) for i in items)
        return 200, {"took": 1, "errors": errors, "items": items}

    # ---------------------------------------------------------- search
    def _snapshot(self, names: Sequence[str]) -> list[dict[str, Any]]:
        docs = []
        for shard, name in enumerate(names):
            for position, (doc_id, stored) in enumerate(self.indices[name].visible.items()):
                docs.append(
                    {
                        "index": name,
                        "id": doc_id,
                        "_id": doc_id,
                        "source": stored.source,
                        "indexed": stored.indexed,
                        "seq_no": stored.seq_no,
                        "primary_term": stored.primary_term,
                        "_shard_doc": (shard << 32) + position,
                    }
                )
        return docs

    def _api_open_point_in_time(
        self, parts: dict[str, str], params: dict[str, str], body: Any
    ) -> Any:
        if "keep_alive" not in params:
            raise Violation(400, "action_request_validation_exception", "[keep_alive] is required")
        names = self._expand(parts["index"], params)
        pit_id = base64.urlsafe_b64encode(f"pit-{next(self._pit_ids)}".encode()).decode()
        self.pits[pit_id] = {n: self._snapshot([n]) for n in names}
        return 200, {
            "id": pit_id,
            "_shards": {"total": len(names), "successful": len(names), "skipped": 0, "failed": 0},
        }

    def _api_close_point_in_time(self, parts: Any, params: Any, body: Any) -> Any:
        if set(body) != {"id"}:
            raise Violation(400, "x_content_parse_exception", 'expected {"id": ...}')
        freed = self.pits.pop(body["id"], None) is not None
        return (200 if freed else 404), {"succeeded": True, "num_freed": int(freed)}

    def _api_search(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        body = dict(body or {})
        unknown = set(body) - SEARCH_BODY_KEYS
        if unknown:
            raise Violation(
                400,
                "parsing_exception",
                f"Unknown key for a START_OBJECT in [{sorted(unknown)[0]}].",
            )
        size = int(body.get("size", 10)) + int(body.get("from", 0))
        if size > 10000 and "pit" not in body:
            raise QueryError(
                f"Result window is too large, from + size must be less than or equal to: "
                f"[10000] but was [{size}]. See the scroll api for a more efficient way to "
                "request large data sets. This limit can be set by changing the "
                "[index.max_result_window] index level setting."
            )
        pit = body.pop("pit", None)
        if pit is not None:
            if "index" in parts:
                raise ApiFailure(
                    400,
                    "action_request_validation_exception",
                    "Validation Failed: 1: [indices] cannot be used with point in time. Do not "
                    "specify any index with point in time.;",
                )
            snapshot = self.pits.get(pit["id"])
            if snapshot is None:
                raise ApiFailure(
                    404,
                    "search_phase_execution_exception",
                    "all shards failed",
                    caused_by={
                        "type": "search_context_missing_exception",
                        "reason": "No search context found",
                    },
                )
            names = list(snapshot)
            docs = [d for n in names for d in snapshot[n]]
            sort = body.get("sort", [])
            if sort and not any(
                (c == "_shard_doc" or (isinstance(c, Mapping) and "_shard_doc" in c)) for c in sort
            ):
                body["sort"] = [*sort, {"_shard_doc": "asc"}]  # the implicit tiebreaker
        else:
            names = self._expand(parts.get("index", "*"), params)
            docs = self._snapshot(names)
        fields = MappedFields({n: self.indices[n].mapping for n in names if n in self.indices})
        if not names:
            response: dict[str, Any] = {"hits": {"hits": []}}
            if body.get("track_total_hits", True) is not False:
                response["hits"]["total"] = {"value": 0, "relation": "eq"}
        else:
            response = es_reference.respond(docs, body, fields)
        for hit in response["hits"]["hits"]:
            hit.pop("_shard_doc", None)
            if not body.get("seq_no_primary_term"):
                hit.pop("_seq_no", None)
                hit.pop("_primary_term", None)
            if "_source" in body:
                hit["_source"] = _filter_source(hit["_source"], body["_source"])
        response["hits"]["max_score"] = None
        response.update(
            {
                "took": 1,
                "timed_out": False,
                "_shards": {
                    "total": len(names),
                    "successful": len(names),
                    "skipped": 0,
                    "failed": 0,
                },
            }
        )
        if pit is not None:
            response["pit_id"] = pit["id"]
        return 200, response

    def _api_count(self, parts: dict[str, str], params: dict[str, str], body: Any) -> Any:
        body = dict(body or {})
        if set(body) - {"query"}:
            raise Violation(
                400,
                "parsing_exception",
                f"request does not support {sorted(set(body) - {'query'})}",
            )
        names = self._expand(parts.get("index", "*"), params)
        fields = MappedFields({n: self.indices[n].mapping for n in names})
        query = body.get("query", {"match_all": {}})
        docs = self._snapshot(names)
        count = sum(1 for d in docs if es_reference.matches(d, query, fields))
        return 200, {
            "count": count,
            "_shards": {"total": len(names), "successful": len(names), "skipped": 0, "failed": 0},
        }

    def _api_info(self, parts: Any, params: Any, body: Any) -> Any:
        return 200, {
            "name": "fake-node",
            "cluster_name": "fake-elasticsearch",
            "version": {"number": "8.15.3", "build_flavor": "default", "lucene_version": "9.11.1"},
            "tagline": "You Know, for Search",
        }

    def _api_ping(self, parts: Any, params: Any, body: Any) -> Any:
        return 200, None


def _filter_source(source: dict[str, Any], spec: Any) -> dict[str, Any]:
    if spec is True:
        return source
    if spec is False:
        return {}
    includes = (
        [spec]
        if isinstance(spec, str)
        else list(spec.get("includes", spec) if isinstance(spec, Mapping) else spec)
    )
    out: dict[str, Any] = {}
    for path in includes:
        node: Any = source
        parts = path.split(".")
        for part in parts:
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is not None:
            target = out
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = node
    return out


# ---------------------------------------------------------------------- the HTTP server
class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _NodeServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        status, answer = self.server.cluster.handle(
            self.server.node, self.command, self.path, raw, self.headers.get("content-type", "")
        )
        payload = b"" if answer is None else json.dumps(answer).encode("utf-8")
        self.send_response(status)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Type", "application/vnd.elasticsearch+json;compatible-with=8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve


class _NodeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, cluster: FakeCluster, node: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.cluster = cluster
        self.node = node


@dataclass
class FakeElasticsearch:
    """A running fake: its cluster state and the URLs of its nodes."""

    cluster: FakeCluster
    urls: list[str]

    @property
    def url(self) -> str:
        """The first node's URL."""
        return self.urls[0]

    @property
    def violations(self) -> list[str]:
        return self.cluster.violations

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.cluster.requests


@contextmanager
def fake_elasticsearch(nodes: int = 1, **options: Any) -> Iterator[FakeElasticsearch]:
    """Serve a fresh fake cluster on ``nodes`` ports of 127.0.0.1 until the block ends."""
    cluster = FakeCluster(**options)
    servers = [_NodeServer(cluster, n) for n in range(nodes)]
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for thread in threads:
        thread.start()
    try:
        yield FakeElasticsearch(
            cluster, [f"http://127.0.0.1:{s.server_address[1]}" for s in servers]
        )
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@contextmanager
def store_on(es_url: str, fake: FakeElasticsearch | None = None, **options: Any) -> Iterator[Any]:
    """An ``ElasticsearchStore`` under a fresh random prefix on ``es_url`` (a node or the fake),
    dropped afterwards; with ``fake``, fails if the test sent a request the specification does
    not allow."""
    import uuid

    from store.elasticsearch import ElasticsearchStore

    seen = len(fake.violations) if fake is not None else 0
    options.setdefault("retention_days", 365)  # ILM on, as open_store configures it
    store = ElasticsearchStore(es_url, index_prefix=f"radar-test-{uuid.uuid4().hex[:8]}", **options)
    try:
        yield store
    finally:
        store.drop()  # this prefix's indices and templates; works with default ES settings
        store.close()
    if fake is not None:
        new = fake.violations[seen:]
        assert not new, "requests the ES 8.15 REST specification does not allow:\n" + "\n".join(new)
