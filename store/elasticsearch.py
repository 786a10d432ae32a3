"""The Elasticsearch backend (official ``elasticsearch`` 8.x client), for the docker-compose
deployment; the contract is ``store.base.Store`` and the layout is in ``store.es_queries``.

* **Templates.** Opening a store reads the composable index templates ``{prefix}-mentions``
  and ``{prefix}-docs`` (``store/es_templates/*.json``: explicit mappings, one primary shard,
  replicas auto-expanded 0-1) and PUTs only those missing or older than the packaged
  ``version``, and the ILM policy ``{prefix}-mentions-retention`` when ``retention_days`` is
  given and the installed one differs. It creates the current month's index when the read
  alias ``{prefix}-mentions`` has none, and refuses (``StoreError``) an alias that points at
  an older mentions layout (reindex it: docs/elasticsearch.md). ``shards`` and ``replicas``
  override the template for the indices this store creates (``es_queries.index_settings``).
* **Monthly indices.** A mention lives in ``{prefix}-mentions-v2-YYYY.MM``, the UTC month of
  its ``published_at`` (``es_queries.month_index``); reads go through the alias. Writes go to
  the concrete month, which the store creates explicitly (with its ILM origination date, the
  end of the month) before the first write; the template forbids auto-creation, so a write
  after the month was deleted fails instead of creating an index with guessed settings, and
  the store creates it and writes again.
* **Finding a mention by id** (``_locate``): an ``ids`` query on the alias says which
  indices hold it (near-real-time), then ``mget`` reads those copies in real time, plus, for
  an upsert, the month(s) its ``published_at`` names. An id the search does not see and no
  month names (a read by id of a mention written since the last refresh, or of one that does
  not exist) is looked for in every monthly index (one ``mget`` item per month).
* **Nodes and retries.** ``url`` may list several nodes, comma-separated; requests are spread
  over them and fail over to the next on connection errors. Sniffing is off (the URLs given
  are the ones used). A request answered 429/502/503/504, or reaching no node at all, is
  retried ``max_retries`` times with exponential backoff and jitter (``store.es_transport``);
  the bulk helper additionally retries the single items a node rejects with 429/503. Timeouts
  are not retried: a write that timed out may have been applied, and retrying a conditional
  write would then report a false conflict.
* **Refresh** (the ``refresh`` argument). Search is near-real-time: a document is searchable
  after the next index refresh. ``"wait_for"`` (the default) makes a call return once the
  next read will see what it wrote (read-your-writes), without forcing extra refreshes: a
  single request carries ``refresh=wait_for``; a bulk call of several chunks sends them
  without it and then refreshes the index once (waiting on the last chunk alone would cover
  only the shards that chunk touched). ``True`` forces a refresh per request (tests and tiny
  writes only); ``False`` returns at once (bulk crawls and back-fills, where searches may lag
  by one ``refresh_interval``). ``get_mention``/``get_doc`` are real-time either way.
* **Iteration.** ``iter_mentions`` and ``mention_links`` page through a point in time with
  ``search_after``, without counting hits; an expired point in time is reopened and the walk
  resumes after the last hit (the keyset is stable). ``mention_links_to`` (a story's next
  level: usually one page) pages with ``search_after`` on the same unique keyset without a
  point in time, so a level costs one request, not three; a mention written meanwhile may or
  may not be seen, none twice.
* **Atomicity.** Elasticsearch has no multi-document transactions. ``upsert_mentions`` and
  ``save_analysis`` write in bulk requests; every item is conditional (``op_type=create`` or
  ``if_seq_no``/``if_primary_term`` of the version read), items that lost a race are re-read
  and re-planned, and any other failed item raises ``StoreError`` naming it. The items that
  succeeded before the error stay written; re-running the call is idempotent.
* **Versions.** A generic document stores its version in ``_v``; conditional writes use
  ``op_type=create`` (version 0) or ``if_seq_no``/``if_primary_term``, so two writers that read
  the same version cannot both win.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any, Literal

from elasticsearch import (
    ApiError,
    ConflictError,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.helpers import streaming_bulk

from radar.backoff import Backoff
from radar.schemas import (
    DocPage,
    Filter,
    HistogramBucket,
    Mention,
    MentionPage,
    MentionQuery,
    Page,
    StoredDoc,
    TermBucket,
    UpsertResult,
)
from store.base import (
    Interval,
    MentionLink,
    MentionSort,
    SplitField,
    StoreError,
    TermField,
    VersionConflict,
)
from store.es_queries import (
    LINK_FIELDS,
    MENTIONS_INDEX_VERSION,
    PIT_KEEP_ALIVE,
    StoredVersion,
    analysis_action,
    candidate_indices,
    check_prefix,
    doc_filter,
    doc_next_cursor,
    doc_page_total,
    doc_search_body,
    doc_source,
    docs_index,
    histogram_body,
    index_settings,
    index_template,
    link_from_source,
    links_query,
    links_to_query,
    mention_from_source,
    mention_next_cursor,
    mention_query,
    mention_search_body,
    mentions_alias,
    mentions_index,
    mentions_pattern,
    month_index,
    month_index_settings,
    month_of_index,
    parse_histogram,
    parse_split_histogram,
    parse_terms,
    plan_upsert,
    primary_copy,
    retention_policy,
    retention_policy_name,
    scan_body,
    split_histogram_body,
    terms_body,
)
from store.es_transport import backoff_transport, redact, split_urls
from store.semantics import LINK_PARENTS_PER_QUERY, check_batch_size

Refresh = Literal["wait_for"] | bool
#: HTTP statuses a whole request is retried on, after a backoff (store.es_transport).
RETRY_ON_STATUS = (429, 502, 503, 504)
#: Statuses the bulk helper retries single rejected items on.
BULK_RETRY_ON_STATUS = (429, 503)
#: Rounds of re-reading ids whose conditional write lost a race before giving up.
MAX_CONFLICT_ROUNDS = 5
_MGET_CHUNK = 1000
_BULK_CHUNK = 500
#: Hits per page of ``mention_links`` (ids only, so pages can be large).
_LINKS_PAGE = 5000
_TEMPLATES = ("mentions", "docs")
#: Reads through the alias: once ILM has deleted every month the alias is gone too, and a read
#: finds nothing instead of failing (the next write creates its month, and the alias with it).
_ALIAS_READ: dict[str, Any] = {"ignore_unavailable": True, "allow_no_indices": True}


def _error_type(exc: ApiError) -> str | None:
    """The ``error.type`` of an Elasticsearch error response (None when it has none)."""
    body = exc.body
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping) and isinstance(error.get("type"), str):
            return str(error["type"])
    return None


def _error_types(exc: ApiError) -> set[str]:
    """Every ``type`` an error response names: its own, its root causes' and its cause's (a
    search failure is ``search_phase_execution_exception`` caused by the real reason)."""
    body = exc.body
    error = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(error, Mapping):
        return set()
    found = {error.get("type")}
    found |= {c.get("type") for c in error.get("root_cause") or [] if isinstance(c, Mapping)}
    cause = error.get("caused_by")
    if isinstance(cause, Mapping):
        found.add(cause.get("type"))
    return {t for t in found if isinstance(t, str)}


def _missing_index(item_error: object) -> bool:
    return isinstance(item_error, Mapping) and item_error.get("type") == "index_not_found_exception"


class ElasticsearchStore:
    """``Store`` over an Elasticsearch 8.x cluster (see the module docstring)."""

    def __init__(
        self,
        url: str,
        *,
        index_prefix: str = "radar",
        refresh: Refresh = "wait_for",
        max_retries: int = 3,
        retry_backoff: float = 0.5,
        retry_backoff_max: float = 30.0,
        request_timeout: float = 30.0,
        shards: int = 1,
        replicas: int | None = None,
        retention_days: int | None = None,
    ) -> None:
        check_prefix(index_prefix)
        nodes = split_urls(url)
        self.url = ",".join(redact(u) for u in nodes)
        self.prefix = index_prefix
        if refresh not in ("wait_for", True, False):
            raise ValueError(f"refresh must be 'wait_for', True or False, not {refresh!r}")
        self.refresh = refresh
        self.index_settings = index_settings(shards, replicas)
        self._alias = mentions_alias(index_prefix)
        self.retention_days = retention_days
        self._policy = None if retention_days is None else retention_policy_name(index_prefix)
        self._ready_docs: set[str] = set()
        self._ready_months: set[str] = set()
        policy = Backoff(max_retries, retry_backoff, retry_backoff_max, RETRY_ON_STATUS)
        self._es = Elasticsearch(
            nodes,
            transport_class=backoff_transport(policy),
            # Per attempt, fail over once to each other node on connection errors; waits
            # between attempts are the transport's (store.es_transport).
            max_retries=len(nodes) - 1,
            retry_on_timeout=False,
            request_timeout=request_timeout,
            # The nodes given are the nodes used: sniffing would replace them with the
            # addresses nodes publish, which behind Docker or a load balancer are unreachable.
            sniff_on_start=False,
            sniff_on_node_failure=False,
            sniff_before_requests=False,
        )
        with self._errors(f"cannot set up the {index_prefix!r} indices"):
            self._install_templates()
            self._ensure_mentions_index()

    def _install_templates(self) -> None:
        """PUT the packaged index templates that are missing or older than packaged (a PUT
        changes the cluster state, so it is not repeated on every open)."""
        installed: dict[str, int] = {}
        try:
            response = self._es.indices.get_index_template(name=f"{self.prefix}-*")
        except NotFoundError:
            response = None
        for entry in response.body.get("index_templates", []) if response is not None else []:
            installed[entry["name"]] = int(entry["index_template"].get("version") or 0)
        lifecycles: dict[str, Any] = {}
        for entry in response.body.get("index_templates", []) if response is not None else []:
            lifecycles[entry["name"]] = (entry["index_template"].get("_meta") or {}).get(
                "lifecycle"
            )
        if self._policy is not None and self.retention_days is not None:
            self._install_policy(self._policy, retention_policy(self.retention_days))
        for name in _TEMPLATES:
            template = index_template(name, self.prefix, lifecycle=self._policy)
            stale = installed.get(template["name"], -1) < int(template["version"])
            if stale or lifecycles.get(template["name"]) != template["meta"].get("lifecycle"):
                self._es.indices.put_index_template(**template)

    def _install_policy(self, name: str, policy: dict[str, Any]) -> None:
        """PUT the ILM policy unless the installed one has the same phases."""
        try:
            installed = self._es.ilm.get_lifecycle(name=name).body[name]["policy"]
        except NotFoundError:
            installed = None
        if installed is None or installed.get("phases") != policy["phases"]:
            self._es.ilm.put_lifecycle(name=name, policy=policy)

    def _ensure_mentions_index(self) -> None:
        """Create the current month's index when the alias has none (reads need the alias);
        refuse an alias over an index of an older layout (its queries would silently match
        nothing)."""
        indices = self._mention_indices()
        legacy = mentions_index(self.prefix)
        older = [i for i in indices if i != legacy and month_of_index(self.prefix, i) is None]
        if older:
            raise StoreError(
                f"alias {self._alias} points at {', '.join(sorted(older))}, not at "
                f"{mentions_pattern(self.prefix)} (mentions layout v{MENTIONS_INDEX_VERSION}): "
                "reindex the mentions (docs/elasticsearch.md, 'Upgrading the mentions index')"
            )
        if not indices:
            self._ensure_month(month_index(self.prefix, datetime.now(UTC)))

    def _mention_indices(self) -> list[str]:
        """The concrete indices behind the read alias."""
        try:
            return sorted(self._es.indices.get_alias(name=self._alias).body)
        except NotFoundError:
            return []

    def _ensure_month(self, index: str) -> None:
        """Create monthly index ``index`` (from the template, with its origination date)
        unless this instance knows it exists."""
        if index in self._ready_months:
            return
        month = month_of_index(self.prefix, index)
        if month is None:
            raise StoreError(f"{index} is not a monthly mentions index of {self.prefix!r}")
        self._create_index(index, settings=month_index_settings(self.index_settings, month))
        self._ready_months.add(index)

    # ------------------------------------------------------------------ helpers
    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Turn client errors into ``StoreError`` saying what failed and why."""
        try:
            yield
        except ApiError as exc:
            raise StoreError(f"{what}: Elasticsearch at {self.url} answered {exc}") from exc
        except TransportError as exc:
            raise StoreError(f"{what}: cannot reach Elasticsearch at {self.url}: {exc}") from exc

    def _create_index(self, index: str, **kwargs: Any) -> None:
        """Create ``index``; another process creating it first is fine."""
        try:
            self._es.indices.create(index=index, **kwargs)
        except ApiError as exc:
            if _error_type(exc) != "resource_already_exists_exception":
                raise

    def _docs_index(self, collection: str, *, create: bool = False) -> str:
        index = docs_index(self.prefix, collection)  # InvalidRequest, as on every backend
        if create and index not in self._ready_docs:
            # Explicit, in case the cluster disables action.auto_create_index; the docs
            # template supplies the mapping.
            with self._errors(f"cannot create the index of collection {collection!r}"):
                self._create_index(index, settings=self.index_settings)
            self._ready_docs.add(index)
        return index

    def create_collections(self, collections: Sequence[str]) -> list[str]:
        """Create the indices of ``collections`` now (they are otherwise created by their
        first ``put_doc``), so that Kibana's data views over them match an index on a fresh
        stack (``radar kibana-setup``); returns the index names."""
        return [self._docs_index(c, create=True) for c in collections]

    def _refresh_kwargs(self) -> dict[str, Any]:
        return {} if self.refresh is False else {"refresh": self.refresh}

    def _locate(
        self, ids: Sequence[str], published: Mapping[str, datetime] | None = None
    ) -> dict[str, list[StoredVersion]]:
        """Every stored copy of each id, read in real time, with the index it is in.

        An ``ids`` query on the alias finds the indices that hold each id as of the last
        refresh; ``mget`` then reads those copies and, for ids with a publication time in
        ``published``, the months ``candidate_indices`` names (real time: a mention written
        since the last refresh is found when it stays in or near its month). Ids found by
        neither and not in ``published`` are looked for in every monthly index."""
        published = published or {}
        wanted: dict[str, set[str]] = {i: set() for i in ids}
        for mention_id, when in published.items():
            if mention_id in wanted:
                wanted[mention_id].update(candidate_indices(self.prefix, when))
        ids = list(wanted)
        for start in range(0, len(ids), _MGET_CHUNK):
            chunk = ids[start : start + _MGET_CHUNK]
            response = self._es.search(
                index=self._alias,
                **_ALIAS_READ,
                query={"ids": {"values": chunk}},
                size=2 * len(chunk),  # room for the copies of an interrupted move
                source=False,
                track_total_hits=False,
            )
            for hit in response["hits"]["hits"]:
                wanted[str(hit["_id"])].add(str(hit["_index"]))
        unresolved = [i for i, where in wanted.items() if not where]
        if unresolved:
            everywhere = self._mention_indices()
            for mention_id in unresolved:
                wanted[mention_id].update(everywhere)
        pairs = [{"_index": index, "_id": i} for i, where in wanted.items() for index in where]
        found: dict[str, list[StoredVersion]] = {}
        for start in range(0, len(pairs), _MGET_CHUNK):
            response = self._es.mget(docs=pairs[start : start + _MGET_CHUNK])
            for doc in response["docs"]:
                if doc.get("found"):
                    found.setdefault(doc["_id"], []).append(
                        StoredVersion(
                            doc["_source"],
                            int(doc["_seq_no"]),
                            int(doc["_primary_term"]),
                            str(doc["_index"]),
                        )
                    )
                elif _missing_index(doc.get("error")):
                    # mget answers a missing index per item (elastic/elasticsearch#3272): the
                    # month is gone (ILM), nothing of it is stored.
                    continue
                elif "error" in doc:
                    raise StoreError(f"cannot read mention {doc['_id']}: {doc['error']}")
        return found

    def _stored(self, ids: Sequence[str]) -> dict[str, StoredVersion]:
        """The copy that counts of each stored id (``es_queries.primary_copy``)."""
        out: dict[str, StoredVersion] = {}
        for mention_id, copies in self._locate(ids).items():
            chosen = primary_copy(self.prefix, copies)
            if chosen is not None:
                out[mention_id] = chosen
        return out

    def _bulk(self, actions: list[dict[str, Any]]) -> set[str]:
        """Run conditional bulk actions on the monthly indices; returns the ids to re-plan:
        those that lost a race (409), and every id of a write that found its month gone (after
        the month is created again). A delete of a copy already gone is fine. Any other
        failed item raises ``StoreError``.

        One chunk carries the refresh policy itself; several chunks are followed by one index
        refresh, which covers every shard they touched."""
        retry: set[str] = set()
        errors: list[str] = []
        missing: set[str] = set()
        for action in actions:
            if action["_op_type"] != "delete":
                self._ensure_month(action["_index"])
        single = len(actions) <= _BULK_CHUNK
        for ok, item in streaming_bulk(
            self._es,
            actions,
            chunk_size=_BULK_CHUNK,
            max_retries=3,
            initial_backoff=1,
            retry_on_status=BULK_RETRY_ON_STATUS,
            raise_on_error=False,
            raise_on_exception=True,
            **(self._refresh_kwargs() if single else {}),
        ):
            if ok:
                continue
            ((op, info),) = item.items()
            if info.get("status") == 409:
                retry.add(str(info.get("_id")))
            elif op == "delete" and (
                info.get("status") == 404 or _missing_index(info.get("error"))
            ):
                continue  # the copy is gone already
            elif _missing_index(info.get("error")):
                missing.add(str(info.get("_index")))
                retry.add(str(info.get("_id")))
            else:
                errors.append(f"{info.get('_id')}: {info.get('status')} {info.get('error')}")
        if missing:
            # Deleted since this instance created it (ILM, or by hand): create it again.
            self._ready_months -= missing
            for index in missing:
                self._ensure_month(index)
        elif actions and not single and self.refresh is not False:
            self._es.indices.refresh(index=self._alias)
        if errors:
            shown = "; ".join(errors[:5]) + (
                f"; and {len(errors) - 5} more" if len(errors) > 5 else ""
            )
            raise StoreError(
                f"bulk write to {self.prefix}-mentions failed for {len(errors)} mention(s) "
                f"(the others were written; re-running is safe): {shown}"
            )
        return retry

    # ------------------------------------------------------------------ mentions
    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        pending = {m.id: m for m in mentions}
        result = UpsertResult()
        with self._errors("cannot upsert mentions"):
            for _ in range(MAX_CONFLICT_ROUNDS):
                if not pending:
                    return result
                published = {i: m.published_at for i, m in pending.items()}
                plan = plan_upsert(self.prefix, pending, self._locate(list(pending), published))
                conflicts = self._bulk(plan.actions)
                result = result.merge(plan.result(conflicts))
                pending = {i: pending[i] for i in pending if i in conflicts}
            if not pending:
                return result
        raise StoreError(f"mentions kept changing under concurrent writers: {sorted(pending)[:10]}")

    def save_analysis(self, mentions: Sequence[Mention]) -> int:
        pending = {m.id: m for m in mentions}
        written = 0
        with self._errors("cannot save analysis results"):
            for _ in range(MAX_CONFLICT_ROUNDS):
                if not pending:
                    return written
                located = self._locate(
                    list(pending), {i: m.published_at for i, m in pending.items()}
                )
                stored = {i: primary_copy(self.prefix, c) for i, c in located.items()}
                actions = [
                    analysis_action(m, stored_copy)
                    for i, m in pending.items()
                    if (stored_copy := stored.get(i)) is not None
                ]
                conflicts = self._bulk(actions)
                written += len(actions) - len(conflicts)
                pending = {i: pending[i] for i in pending if i in conflicts}
            if not pending:
                return written
        raise StoreError(f"mentions kept changing under concurrent writers: {sorted(pending)[:10]}")

    def get_mention(self, mention_id: str) -> Mention | None:
        with self._errors(f"cannot read mention {mention_id}"):
            stored = self._stored([mention_id]).get(mention_id)
        return None if stored is None else mention_from_source(stored.source)

    def get_mentions(self, mention_ids: Sequence[str]) -> list[Mention]:
        with self._errors("cannot read mentions"):
            stored = self._stored(list(dict.fromkeys(mention_ids)))
        return [mention_from_source(stored[i].source) for i in mention_ids if i in stored]

    def search_mentions(
        self,
        query: MentionQuery,
        *,
        limit: int = 50,
        cursor: str | None = None,
        sort: MentionSort = "published_at_desc",
    ) -> Page[Mention]:
        body = mention_search_body(query, limit=limit, cursor=cursor, sort=sort)
        with self._errors("cannot search mentions"):
            response = self._es.search(index=self._alias, **_ALIAS_READ, **body)
        hits = response["hits"]["hits"]
        return MentionPage(
            items=[mention_from_source(h["_source"]) for h in hits[:limit]],
            total=int(response["hits"]["total"]["value"]),
            next_cursor=mention_next_cursor(sort, hits, limit),
        )

    def iter_mentions(self, query: MentionQuery, *, batch_size: int = 500) -> Iterator[Mention]:
        size = check_batch_size(batch_size)
        for hit in self._scan(mention_query(query), size, "cannot iterate mentions"):
            yield mention_from_source(hit["_source"])

    def mention_links(self, since: datetime, until: datetime) -> list[MentionLink]:
        hits = self._scan(
            links_query(since, until), _LINKS_PAGE, "cannot read mention links", LINK_FIELDS
        )
        links = (link_from_source(hit["_source"]) for hit in hits)
        return [link for link in links if link is not None]

    def mention_links_to(
        self, parent_ids: Sequence[str], since: datetime, until: datetime
    ) -> list[MentionLink]:
        ids = list(dict.fromkeys(parent_ids))
        found: dict[str, tuple[list[Any], MentionLink]] = {}
        with self._errors("cannot read mention links"):
            for start in range(0, len(ids), LINK_PARENTS_PER_QUERY):
                chunk = ids[start : start + LINK_PARENTS_PER_QUERY]
                wanted = set(chunk)
                query = links_to_query(chunk, since, until)
                after: list[Any] | None = None
                while True:
                    body = scan_body(
                        query, size=_LINKS_PAGE, pit_id=None, after=after, source=LINK_FIELDS
                    )
                    response = self._es.search(index=self._alias, **_ALIAS_READ, **body)
                    hits = response["hits"]["hits"]
                    for hit in hits:
                        link = link_from_source(hit["_source"])
                        if link is not None and link.parent_id in wanted:
                            # Keyed by id: the copies of an interrupted move count once.
                            found[link.id] = (list(hit["sort"]), link)
                    if len(hits) < _LINKS_PAGE:
                        break
                    after = list(hits[-1]["sort"])
        return [link for _, link in sorted(found.values(), key=lambda f: f[0])]

    def _scan(
        self,
        query: Mapping[str, Any],
        size: int,
        what: str,
        source: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every hit of ``query`` oldest first: ``search_after`` inside a point in time. An
        expired point in time is reopened and the walk resumes after the last hit."""
        after: list[Any] | None = None
        pit_id: str | None = None
        try:
            while True:
                with self._errors(what):
                    if pit_id is None:
                        opened = self._es.open_point_in_time(
                            index=self._alias, keep_alive=PIT_KEEP_ALIVE, ignore_unavailable=True
                        )
                        pit_id = str(opened["id"])
                    body = scan_body(query, size=size, pit_id=pit_id, after=after, source=source)
                    try:
                        response = self._es.search(**body)
                    except NotFoundError as exc:
                        if "search_context_missing_exception" not in _error_types(exc):
                            raise
                        pit_id = None  # expired while the caller worked: reopen, resume
                        continue
                pit_id = str(response.get("pit_id") or pit_id)
                hits = response["hits"]["hits"]
                yield from hits
                if len(hits) < size:
                    return
                after = list(hits[-1]["sort"])
        finally:
            if pit_id is not None:
                with suppress(ApiError, TransportError):
                    self._es.close_point_in_time(id=pit_id)

    def count_mentions(self, query: MentionQuery) -> int:
        with self._errors("cannot count mentions"):
            response = self._es.count(index=self._alias, **_ALIAS_READ, query=mention_query(query))
        return int(response["count"])

    def mention_histogram(
        self,
        query: MentionQuery,
        *,
        interval: Interval = "day",
        split_by: SplitField | None = None,
    ) -> list[HistogramBucket]:
        with self._errors("cannot aggregate mentions"):
            if split_by is None:
                return parse_histogram(
                    self._es.search(
                        index=self._alias, **_ALIAS_READ, **histogram_body(query, interval)
                    ).body
                )
            buckets: list[HistogramBucket] = []
            after: dict[str, Any] | None = None
            while True:
                body = split_histogram_body(query, interval, split_by, after)
                page, after = parse_split_histogram(
                    self._es.search(index=self._alias, **_ALIAS_READ, **body).body
                )
                buckets += page
                if after is None:
                    return buckets

    def mention_terms(
        self, field: TermField, query: MentionQuery, *, size: int = 20
    ) -> list[TermBucket]:
        body = terms_body(field, query, size)
        with self._errors("cannot aggregate mentions"):
            return parse_terms(self._es.search(index=self._alias, **_ALIAS_READ, **body).body)

    def delete_mentions(self, mention_ids: Sequence[str]) -> int:
        ids = list(dict.fromkeys(mention_ids))
        deleted: set[str] = set()
        with self._errors("cannot delete mentions"):
            copies = [
                (stored.index, mention_id)
                for mention_id, found in self._locate(ids).items()
                for stored in found
            ]
            for start in range(0, len(copies), _BULK_CHUNK):
                operations = [
                    {"delete": {"_index": index, "_id": i}}
                    for index, i in copies[start : start + _BULK_CHUNK]
                ]
                response = self._es.bulk(operations=operations, **self._refresh_kwargs())
                for item in response["items"]:
                    info = item["delete"]
                    if info.get("result") == "deleted":
                        deleted.add(str(info.get("_id")))
                    elif info.get("status") != 404 and not _missing_index(info.get("error")):
                        raise StoreError(
                            f"cannot delete mention {info.get('_id')}: "
                            f"{info.get('status')} {info.get('error')}"
                        )
        return len(deleted)

    # ------------------------------------------------------------------ generic documents
    def put_doc(
        self,
        collection: str,
        doc_id: str,
        body: dict[str, Any],
        *,
        expected_version: int | None = None,
    ) -> StoredDoc:
        try:
            normalised: dict[str, Any] = json.loads(json.dumps(body, allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise StoreError(
                f"{collection}/{doc_id}: body is not JSON-serialisable: {exc}"
            ) from exc
        index = self._docs_index(collection, create=True)
        with self._errors(f"cannot write {collection}/{doc_id}"):
            for _ in range(MAX_CONFLICT_ROUNDS):
                current = self._doc_version(index, doc_id)
                stored = current.source["_v"] if current else None
                if expected_version is not None and expected_version != (stored or 0):
                    raise VersionConflict(collection, doc_id, expected_version, stored)
                version = (stored or 0) + 1
                condition: dict[str, Any] = (
                    {"op_type": "create"}
                    if current is None
                    else {"if_seq_no": current.seq_no, "if_primary_term": current.primary_term}
                )
                try:
                    self._es.index(
                        index=index,
                        id=doc_id,
                        document=doc_source(doc_id, normalised, version),
                        **condition,
                        **self._refresh_kwargs(),
                    )
                except NotFoundError as exc:
                    if _error_type(exc) != "index_not_found_exception":
                        raise
                    # Deleted since this instance created it (and auto-creation is off).
                    self._ready_docs.discard(index)
                    self._docs_index(collection, create=True)
                    continue
                except ConflictError:
                    if expected_version is None:
                        continue  # an unconditional write: re-read and try again
                    latest = self._doc_version(index, doc_id)
                    actual = latest.source["_v"] if latest else None
                    raise VersionConflict(collection, doc_id, expected_version, actual) from None
                return StoredDoc(collection=collection, id=doc_id, version=version, body=normalised)
        raise StoreError(f"{collection}/{doc_id} kept changing under concurrent writers")

    def _doc_version(self, index: str, doc_id: str) -> StoredVersion | None:
        try:
            doc = self._es.get(index=index, id=doc_id)
        except NotFoundError:
            return None
        return StoredVersion(doc["_source"], int(doc["_seq_no"]), int(doc["_primary_term"]))

    def get_doc(self, collection: str, doc_id: str) -> StoredDoc | None:
        index = self._docs_index(collection)
        with self._errors(f"cannot read {collection}/{doc_id}"):
            current = self._doc_version(index, doc_id)
        if current is None:
            return None
        return StoredDoc(
            collection=collection,
            id=doc_id,
            version=int(current.source["_v"]),
            body=current.source["body"],
        )

    def find_docs(
        self,
        collection: str,
        filters: Sequence[Filter] = (),
        *,
        sort: str = "id",
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page[StoredDoc]:
        index = self._docs_index(collection)
        body = doc_search_body(filters, sort=sort, limit=limit, cursor=cursor)
        with self._errors(f"cannot search collection {collection!r}"):
            try:
                response = self._es.search(
                    index=index, ignore_unavailable=True, allow_no_indices=True, **body
                )
            except NotFoundError:
                return DocPage(items=[], total=0)
        hits = response["hits"]["hits"]
        return DocPage(
            items=[_stored_doc(collection, h["_source"]) for h in hits[:limit]],
            total=doc_page_total(response.body),
            next_cursor=doc_next_cursor(sort, hits, limit),
        )

    def count_docs(self, collection: str, filters: Sequence[Filter] = ()) -> int:
        index = self._docs_index(collection)
        query = doc_filter(filters)
        with self._errors(f"cannot count collection {collection!r}"):
            try:
                response = self._es.count(
                    index=index, query=query, ignore_unavailable=True, allow_no_indices=True
                )
            except NotFoundError:
                return 0
        return int(response["count"])

    def delete_doc(self, collection: str, doc_id: str) -> bool:
        index = self._docs_index(collection)
        with self._errors(f"cannot delete {collection}/{doc_id}"):
            try:
                self._es.delete(index=index, id=doc_id, **self._refresh_kwargs())
            except NotFoundError:
                return False
        return True

    # ------------------------------------------------------------------ lifecycle
    def drop(self) -> None:
        """Delete every index and index template of this prefix (test teardown, resets).

        Concrete index names are listed first, so it works with the default
        ``action.destructive_requires_name=true``."""
        with self._errors(f"cannot drop the {self.prefix!r} indices"):
            patterns = f"{self.prefix}-mentions-v*,{self.prefix}-docs-*"
            names = list(self._es.indices.get(index=patterns, allow_no_indices=True).body)
            if names:
                self._es.indices.delete(index=",".join(names), ignore_unavailable=True)
            for name in ("mentions", "docs"):
                with suppress(NotFoundError):
                    self._es.indices.delete_index_template(name=f"{self.prefix}-{name}")
            with suppress(NotFoundError):
                self._es.ilm.delete_lifecycle(name=retention_policy_name(self.prefix))
        self._ready_docs.clear()
        self._ready_months.clear()

    def close(self) -> None:
        self._es.close()

    def __enter__(self) -> ElasticsearchStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stored_doc(collection: str, source: Mapping[str, Any]) -> StoredDoc:
    return StoredDoc(
        collection=collection, id=str(source["id"]), version=int(source["_v"]), body=source["body"]
    )
