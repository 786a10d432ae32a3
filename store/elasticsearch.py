"""The Elasticsearch backend (official ``elasticsearch`` 8.x client), for the docker-compose
deployment; the contract is ``store.base.Store`` and the layout is in ``store.es_queries``.

* **Templates.** Opening a store installs the composable index templates
  ``{prefix}-mentions`` and ``{prefix}-docs`` (``store/es_templates/*.json``: explicit
  mappings, one primary shard so terms counts are exact, replicas auto-expanded 0-1) and
  creates ``{prefix}-mentions-v1`` behind the alias ``{prefix}-mentions``.
* **Retries.** The client retries a request on 429/502/503/504 and on connection errors
  (``max_retries``); the bulk helper additionally retries the single items a node rejects
  with 429/503, with exponential backoff. Timeouts are not retried: a write that timed out may
  have been applied, and retrying a conditional write would then report a false conflict.
* **Refresh.** Search is near-real-time: a document is searchable after the next index
  refresh. Writes are sent with ``refresh="wait_for"`` (the default), so a call returns once
  the next read will see it, without forcing extra refreshes; the cost is up to one
  ``refresh_interval`` (1 s) of latency per call (a bulk call puts it on its last chunk
  only). ``refresh=True`` forces a refresh per request (lowest latency, many small segments:
  tests and tiny writes only);
  ``refresh=False`` returns immediately (bulk back-fills, where reads may lag by a second).
  ``get_mention``/``get_doc`` are real-time either way.
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
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from elasticsearch import (
    ApiError,
    BadRequestError,
    ConflictError,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.helpers import streaming_bulk

from radar.schemas import (
    Filter,
    HistogramBucket,
    Mention,
    MentionQuery,
    Page,
    StoredDoc,
    TermBucket,
    UpsertResult,
)
from store.base import (
    Interval,
    MentionSort,
    SplitField,
    StoreError,
    TermField,
    VersionConflict,
    iter_mentions_by_page,
)
from store.es_queries import (
    StoredVersion,
    analysis_action,
    check_prefix,
    doc_filter,
    doc_next_cursor,
    doc_search_body,
    doc_source,
    docs_index,
    histogram_body,
    index_template,
    mention_from_source,
    mention_next_cursor,
    mention_query,
    mention_search_body,
    mentions_alias,
    mentions_index,
    parse_histogram,
    parse_split_histogram,
    parse_terms,
    plan_upsert,
    split_histogram_body,
    terms_body,
)

Refresh = Literal["wait_for"] | bool
#: HTTP statuses the client retries a whole request on.
RETRY_ON_STATUS = (429, 502, 503, 504)
#: Statuses the bulk helper retries single rejected items on.
BULK_RETRY_ON_STATUS = (429, 503)
#: Rounds of re-reading ids whose conditional write lost a race before giving up.
MAX_CONFLICT_ROUNDS = 5
_MGET_CHUNK = 1000
_BULK_CHUNK = 500


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class ElasticsearchStore:
    """``Store`` over an Elasticsearch 8.x cluster (see the module docstring)."""

    def __init__(
        self,
        url: str,
        *,
        index_prefix: str = "radar",
        refresh: Refresh = "wait_for",
        max_retries: int = 3,
        request_timeout: float = 30.0,
    ) -> None:
        check_prefix(index_prefix)
        self.url = _redact(url)
        self.prefix = index_prefix
        self.refresh = refresh
        self._alias = mentions_alias(index_prefix)
        self._ready_docs: set[str] = set()
        self._es = Elasticsearch(
            url,
            max_retries=max_retries,
            retry_on_status=RETRY_ON_STATUS,
            retry_on_timeout=False,
            request_timeout=request_timeout,
        )
        with self._errors(f"cannot set up the {index_prefix!r} indices"):
            for name in ("mentions", "docs"):
                self._es.indices.put_index_template(**index_template(name, index_prefix))
            if not self._es.indices.exists(index=self._alias):
                self._create_index(
                    mentions_index(index_prefix), aliases={self._alias: {"is_write_index": True}}
                )

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
        try:
            self._es.indices.create(index=index, **kwargs)
        except BadRequestError as exc:
            if "resource_already_exists_exception" not in (exc.error, str(exc)):
                raise

    def _docs_index(self, collection: str, *, create: bool = False) -> str:
        try:
            index = docs_index(self.prefix, collection)
        except ValueError as exc:
            raise StoreError(str(exc)) from exc
        if create and index not in self._ready_docs:
            # Explicit, in case the cluster disables action.auto_create_index; the docs
            # template supplies the mapping.
            with self._errors(f"cannot create the index of collection {collection!r}"):
                self._create_index(index)
            self._ready_docs.add(index)
        return index

    def _refresh_kwargs(self) -> dict[str, Any]:
        return {} if self.refresh is False else {"refresh": self.refresh}

    def _versions(self, ids: Sequence[str]) -> dict[str, StoredVersion]:
        found: dict[str, StoredVersion] = {}
        for start in range(0, len(ids), _MGET_CHUNK):
            response = self._es.mget(index=self._alias, ids=list(ids[start : start + _MGET_CHUNK]))
            for doc in response["docs"]:
                if doc.get("found"):
                    found[doc["_id"]] = StoredVersion(
                        doc["_source"], int(doc["_seq_no"]), int(doc["_primary_term"])
                    )
                elif "error" in doc:
                    raise StoreError(f"cannot read mention {doc['_id']}: {doc['error']}")
        return found

    def _bulk(self, actions: list[dict[str, Any]]) -> set[str]:
        """Run conditional bulk actions; returns the ids that lost a race (409). Any other
        failed item raises ``StoreError``.

        Only the last chunk carries the refresh policy: one refresh makes every earlier write
        visible too, so a large upsert waits for one refresh, not one per chunk."""
        conflicts: set[str] = set()
        errors: list[str] = []
        tail = len(actions) % _BULK_CHUNK or _BULK_CHUNK
        for part, refresh in (
            (actions[:-tail], {}),
            (actions[-tail:], self._refresh_kwargs()),
        ):
            if not part:
                continue
            for ok, item in streaming_bulk(
                self._es,
                part,
                chunk_size=_BULK_CHUNK,
                max_retries=3,
                initial_backoff=1,
                retry_on_status=BULK_RETRY_ON_STATUS,
                raise_on_error=False,
                raise_on_exception=True,
                **refresh,
            ):
                if ok:
                    continue
                info = next(iter(item.values()))
                if info.get("status") == 409:
                    conflicts.add(str(info.get("_id")))
                else:
                    errors.append(f"{info.get('_id')}: {info.get('status')} {info.get('error')}")
        if errors:
            shown = "; ".join(errors[:5]) + (
                f"; and {len(errors) - 5} more" if len(errors) > 5 else ""
            )
            raise StoreError(
                f"bulk write to {self._alias} failed for {len(errors)} mention(s) "
                f"(the others were written; re-running is safe): {shown}"
            )
        return conflicts

    # ------------------------------------------------------------------ mentions
    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        pending = {m.id: m for m in mentions}
        result = UpsertResult()
        with self._errors("cannot upsert mentions"):
            for _ in range(MAX_CONFLICT_ROUNDS):
                if not pending:
                    return result
                plan = plan_upsert(self._alias, pending, self._versions(list(pending)))
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
                stored = self._versions(list(pending))
                actions = [
                    analysis_action(self._alias, m, stored[i])
                    for i, m in pending.items()
                    if i in stored
                ]
                conflicts = self._bulk(actions)
                written += len(actions) - len(conflicts)
                pending = {i: pending[i] for i in pending if i in conflicts}
            if not pending:
                return written
        raise StoreError(f"mentions kept changing under concurrent writers: {sorted(pending)[:10]}")

    def get_mention(self, mention_id: str) -> Mention | None:
        with self._errors(f"cannot read mention {mention_id}"):
            try:
                response = self._es.get(index=self._alias, id=mention_id)
            except NotFoundError:
                return None
        return mention_from_source(response["_source"])

    def get_mentions(self, mention_ids: Sequence[str]) -> list[Mention]:
        with self._errors("cannot read mentions"):
            stored = self._versions(list(dict.fromkeys(mention_ids)))
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
            response = self._es.search(index=self._alias, **body)
        hits = response["hits"]["hits"]
        return Page[Mention](
            items=[mention_from_source(h["_source"]) for h in hits[:limit]],
            total=int(response["hits"]["total"]["value"]),
            next_cursor=mention_next_cursor(sort, hits, limit),
        )

    def iter_mentions(self, query: MentionQuery, *, batch_size: int = 500) -> Iterator[Mention]:
        return iter_mentions_by_page(self, query, batch_size)

    def count_mentions(self, query: MentionQuery) -> int:
        with self._errors("cannot count mentions"):
            response = self._es.count(index=self._alias, query=mention_query(query))
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
                    self._es.search(index=self._alias, **histogram_body(query, interval)).body
                )
            buckets: list[HistogramBucket] = []
            after: dict[str, Any] | None = None
            while True:
                body = split_histogram_body(query, interval, split_by, after)
                page, after = parse_split_histogram(self._es.search(index=self._alias, **body).body)
                buckets += page
                if after is None:
                    return buckets

    def mention_terms(
        self, field: TermField, query: MentionQuery, *, size: int = 20
    ) -> list[TermBucket]:
        body = terms_body(field, query, size)
        with self._errors("cannot aggregate mentions"):
            return parse_terms(self._es.search(index=self._alias, **body).body)

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
                return Page[StoredDoc](items=[], total=0)
        hits = response["hits"]["hits"]
        return Page[StoredDoc](
            items=[_stored_doc(collection, h["_source"]) for h in hits[:limit]],
            total=int(response["hits"]["total"]["value"]),
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
        self._ready_docs.clear()

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
