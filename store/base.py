"""The storage contract every backend implements (SQLite embedded, Elasticsearch).

Two kinds of documents:

* **Mentions** (the monitored posts) get first-class operations: idempotent bulk upsert,
  Chinese full-text search with filters and cursor pagination, and the aggregations the heat map
  and KPI board need.
* **Generic documents** in named collections (``ads``, ``reviews``, ``users``, ``incidents``,
  ``tickets``, ``outbox``, ``alerts``, ``crawl_state``, …) get put/get/find with optimistic
  concurrency (a per-document ``version``), which is what review state machines, timers and the
  notification outbox need to be safe under concurrent writers and restarts.

Errors surface: a backend never swallows a failed write. ``VersionConflict`` is raised when an
``expected_version`` does not match; ``InvalidRequest`` (``InvalidCursor``) when the caller's
arguments break a rule of the contract (a malformed cursor, a collection or field name, a page
size); ``StoreError`` for everything else the backend cannot do.

The rules every backend applies are written once: the merge of an incoming mention with the
stored one in ``radar.mentions``; cursors, names, page sizes and the full-text index text in
``store.semantics``. Time: ``published_at`` is stored as an instant, exact to the microsecond
on every backend; histogram buckets are aligned to the brand's time zone (``radar.timezone``,
Asia/Shanghai, UTC+8, no DST) because that is where the brands and their customers live.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple, Protocol, runtime_checkable

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
from radar.timezone import BRAND_UTC_OFFSET_SECONDS

Interval = Literal["hour", "day", "week"]
TermField = Literal["platform", "source", "region", "shop", "author", "alert_category", "keywords"]
SplitField = Literal["platform", "source", "region", "shop", "alert_category"]
MentionSort = Literal["published_at_desc", "published_at_asc", "read_count_desc"]
LinkKind = Literal["repost", "reply"]

#: Fixed offset used to align day/week buckets (Asia/Shanghai has no DST).
BUCKET_UTC_OFFSET_SECONDS = BRAND_UTC_OFFSET_SECONDS


class StoreError(RuntimeError):
    """A backend could not do what was asked (the message says what and why)."""


class InvalidRequest(ValueError):
    """The caller's arguments break a rule of the contract (a client error, not the backend's:
    an API answers it with 400)."""


class InvalidCursor(InvalidRequest):
    """A cursor that no page of this sort returned (malformed, or made for another sort)."""


class MentionLink(NamedTuple):
    """A mention that spreads another one: it reposts it (``repost_of``, which wins when both
    are set) or replies to it (``parent_id``)."""

    id: str
    parent_id: str
    kind: LinkKind


class VersionConflict(StoreError):
    """A conditional write found a different version than expected."""

    def __init__(self, collection: str, doc_id: str, expected: int, actual: int | None) -> None:
        found = actual if actual else "none"
        super().__init__(f"{collection}/{doc_id}: expected version {expected}, found {found}")
        self.collection, self.doc_id, self.expected, self.actual = (
            collection,
            doc_id,
            expected,
            actual,
        )


@runtime_checkable
class Store(Protocol):
    """Storage interface. Every method is synchronous and safe to call from one thread at a time
    per instance; open one instance per thread/process (`store.open_store`)."""

    # ------------------------------------------------------------------ mentions
    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        """Insert or update mentions by ``id``, atomically per call.

        * A mention not stored yet is ``created``.
        * A stored mention whose content (title/text) or any count/metadata field differs is
          ``updated``. If the content is unchanged, its stored analysis (tokens, keywords,
          sentiment, alerts, analysed_hash/at) is kept even when the incoming mention carries
          none; if the content changed, incoming analysis fields replace the stored ones (so a
          raw re-crawl of changed content leaves it ``needs_analysis``).
        * Otherwise it is ``unchanged`` and nothing is written.
        Duplicated ids within one call: the last one wins. Re-running the same call is a no-op.
        """
        ...

    def save_analysis(self, mentions: Sequence[Mention]) -> int:
        """Write the analysis fields of already-stored mentions (tokens, keywords, sentiment,
        alerts, analysed_hash, analysed_at). Returns how many mentions were written; ids not
        stored are ignored (and not counted); an id listed twice is written once, the last copy
        winning."""
        ...

    def get_mention(self, mention_id: str) -> Mention | None:
        """The stored mention, or None."""
        ...

    def get_mentions(self, mention_ids: Sequence[str]) -> list[Mention]:
        """Stored mentions for the ids that exist, in the order given."""
        ...

    def search_mentions(
        self,
        query: MentionQuery,
        *,
        limit: int = 50,
        cursor: str | None = None,
        sort: MentionSort = "published_at_desc",
    ) -> Page[Mention]:
        """Mentions matching ``query``; ``q`` is segmented with ``nlp.segment.tokenize`` and every
        token must match a token of title+text (AND). ``total`` counts all matches; ``next_cursor``
        is opaque (``store.semantics``: the same cursors mean the same position on every backend)
        and stable under concurrent inserts of older documents. Raises ``InvalidCursor`` for a
        cursor no page of this ``sort`` returned and ``InvalidRequest`` for a ``limit`` outside
        ``1..store.semantics.MAX_PAGE_SIZE``."""
        ...

    def iter_mentions(self, query: MentionQuery, *, batch_size: int = 500) -> Iterator[Mention]:
        """Every matching mention, oldest first (by ``published_at``, then id), fetched in
        batches of at most ``batch_size`` (capped at ``MAX_PAGE_SIZE``; ``InvalidRequest`` when
        below 1). Mentions written while iterating may or may not be seen, none twice."""
        ...

    def mention_links(self, since: datetime, until: datetime) -> list[MentionLink]:
        """The spreading links of the mentions published in ``[since, until)``: one per mention
        that reposts or replies to another, oldest first (by ``published_at``, then id).

        Only ids are read, so the cost follows the links of the window, not the size of the
        mentions (propagation graphs load only the story's own mentions afterwards)."""
        ...

    def mention_links_to(
        self, parent_ids: Sequence[str], since: datetime, until: datetime
    ) -> list[MentionLink]:
        """The spreading links of the mentions published in ``[since, until)`` whose parent
        (``MentionLink.parent_id``: ``repost_of``, else ``parent_id``) is one of
        ``parent_ids``, oldest first (by ``published_at``, then id); each mention once. A
        mention that reposts one mention and replies to another links to the repost only.

        The parents are looked up by an index, ``store.semantics.LINK_PARENTS_PER_QUERY`` ids
        per query, so the cost follows the links asked for, not the window: propagation walks
        a story level by level with it. An empty ``parent_ids`` answers ``[]``."""
        ...

    def count_mentions(self, query: MentionQuery) -> int:
        """Number of matching mentions."""
        ...

    def mention_histogram(
        self,
        query: MentionQuery,
        *,
        interval: Interval = "day",
        split_by: SplitField | None = None,
    ) -> list[HistogramBucket]:
        """Date histogram of matching mentions × sentiment, buckets aligned to UTC+8, only
        non-empty buckets, ordered by (start, key). With ``split_by`` each bucket also carries
        the split value in ``key`` (one bucket per time × key; ``alert_category`` counts a
        mention once per category it hit)."""
        ...

    def mention_terms(
        self, field: TermField, query: MentionQuery, *, size: int = 20
    ) -> list[TermBucket]:
        """Top ``size`` values of ``field`` among matching mentions, by count desc then key;
        each with its negative count and mean p_negative (None when nothing is scored).
        List fields (alert_category, keywords) count each distinct value once per mention."""
        ...

    def delete_mentions(self, mention_ids: Sequence[str]) -> int:
        """Delete the mentions with these ids from the store and every index it keeps (full
        text, tags, aggregates); returns how many were stored (unknown ids are ignored, an id
        listed twice counts once). Afterwards no read, search, count or aggregation sees them
        (``radar privacy forget`` and retention: PIPL art. 19 and 47)."""
        ...

    # ------------------------------------------------------------------ generic documents
    def put_doc(
        self,
        collection: str,
        doc_id: str,
        body: dict[str, Any],
        *,
        expected_version: int | None = None,
    ) -> StoredDoc:
        """Create or replace a document; returns it with its new version (1 on create, +1 on
        each replace). ``expected_version=0`` means "must not exist yet"; any other number must
        equal the stored version. Mismatch raises ``VersionConflict``. ``body`` must be
        JSON-serialisable (``StoreError`` otherwise); top-level fields are what ``find_docs``
        filters and sorts on. ``collection`` must pass ``store.semantics.check_collection``
        (``InvalidRequest``)."""
        ...

    def get_doc(self, collection: str, doc_id: str) -> StoredDoc | None:
        """The stored document, or None."""
        ...

    def find_docs(
        self,
        collection: str,
        filters: Sequence[Filter] = (),
        *,
        sort: str = "id",
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page[StoredDoc]:
        """Documents whose top-level fields match all ``filters``, ordered by ``sort`` (a
        top-level field, ``-field`` for descending; ties broken by id), with cursor pagination.
        A missing field compares as null: it is the smallest value, never matches eq/lt/gt, and
        matches ``ne``. ``total`` counts every match, on every page. ``InvalidRequest`` for a
        collection or field name ``store.semantics`` rejects or a ``limit`` out of range,
        ``InvalidCursor`` for a malformed cursor."""
        ...

    def count_docs(self, collection: str, filters: Sequence[Filter] = ()) -> int:
        """Number of documents matching ``filters``."""
        ...

    def delete_doc(self, collection: str, doc_id: str) -> bool:
        """Delete; True if it existed."""
        ...

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Release connections; the instance is unusable afterwards."""
        ...


def iter_docs(
    store: Store, collection: str, filters: Sequence[Filter] = (), *, batch_size: int = 500
) -> Iterator[StoredDoc]:
    """Every document of ``collection`` matching ``filters``, by id, ``batch_size`` a page."""
    cursor: str | None = None
    while True:
        page = store.find_docs(collection, filters, limit=batch_size, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def iter_mentions_by_page(store: Store, query: MentionQuery, batch_size: int) -> Iterator[Mention]:
    """``Store.iter_mentions`` for any backend: walk ``search_mentions`` pages oldest first."""
    cursor: str | None = None
    while True:
        page = store.search_mentions(
            query, limit=batch_size, cursor=cursor, sort="published_at_asc"
        )
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor
