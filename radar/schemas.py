"""Shared document schemas: what flows between the stages and what the store keeps.

A ``Mention`` is one post, comment, repost, news item or chat message that mentions the brand.
Its ``id`` is stable (derived from platform + url, or the platform's own id) so re-crawling and
re-running upsert instead of duplicating. ``content_hash`` covers the analysable content
(title + text); ``analysed_hash`` records which content the NLP results belong to, so a mention
needs (re-)analysis exactly when the two differ.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, Field

SentimentLabel = Literal["negative", "neutral", "positive"]


def stable_id(*parts: str) -> str:
    """A short, stable document id from its natural key (e.g. platform and url)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def content_hash(title: str | None, text: str) -> str:
    """Hash of the analysable content of a mention."""
    return hashlib.sha1(f"{title or ''}\x1f{text}".encode()).hexdigest()


class Sentiment(BaseModel):
    """Model output for one text."""

    label: SentimentLabel
    p_negative: float = Field(ge=0.0, le=1.0, description="Calibrated probability of negative.")


class AlertHit(BaseModel):
    """One alert-lexicon match: category, matched term and character offsets in the text."""

    category: str
    term: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(BaseModel):
    """A post/comment/repost/news item/chat message that mentions the brand."""

    id: str
    platform: str = Field(description="Platform kind, e.g. weibo, forum, complaints, news, chat.")
    source: str = Field(description="Name of the configured source (crawlers/sources/*.yaml).")
    url: str
    title: str | None = None
    text: str
    author: str | None = None
    published_at: AwareDatetime
    collected_at: AwareDatetime | None = None
    read_count: int = Field(0, ge=0)
    like_count: int = Field(0, ge=0)
    comment_count: int = Field(0, ge=0)
    repost_count: int = Field(0, ge=0)
    parent_id: str | None = Field(None, description="Id of the mention this one replies to.")
    repost_of: str | None = Field(None, description="Id of the mention this one reposts.")
    region: str | None = None
    shop: str | None = Field(None, description="Store/outlet the mention is about, if known.")
    # Filled by the understand stage.
    tokens: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    sentiment: Sentiment | None = None
    alerts: list[AlertHit] = Field(default_factory=list)
    content_hash: str = ""
    analysed_hash: str | None = None
    analysed_at: AwareDatetime | None = None

    def model_post_init(self, __context: Any) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.title, self.text)

    @property
    def needs_analysis(self) -> bool:
        """True when the NLP results are missing or belong to older content."""
        return self.analysed_hash != self.content_hash

    @property
    def alert_categories(self) -> list[str]:
        """Distinct alert categories hit, in first-hit order."""
        return list(dict.fromkeys(hit.category for hit in self.alerts))


class UpsertResult(BaseModel):
    """What a bulk upsert did: new documents, changed ones and unchanged ones."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    created_ids: list[str] = Field(default_factory=list)
    updated_ids: list[str] = Field(default_factory=list)

    @property
    def stored(self) -> int:
        """New or changed documents."""
        return self.created + self.updated

    def merge(self, other: UpsertResult) -> UpsertResult:
        """Sum of two results (for batched writes)."""
        return UpsertResult(
            created=self.created + other.created,
            updated=self.updated + other.updated,
            unchanged=self.unchanged + other.unchanged,
            created_ids=self.created_ids + other.created_ids,
            updated_ids=self.updated_ids + other.updated_ids,
        )


class MentionQuery(BaseModel):
    """Full-text query plus filters over mentions. All filters are ANDed."""

    q: str | None = Field(None, description="Chinese full-text query (segmented with jieba).")
    platform: list[str] | None = None
    source: list[str] | None = None
    sentiment: list[SentimentLabel] | None = None
    alert_category: list[str] | None = None
    region: list[str] | None = None
    since: AwareDatetime | None = Field(None, description="published_at >= since")
    until: AwareDatetime | None = Field(None, description="published_at < until")
    min_reads: int | None = None
    needs_analysis: bool | None = None


T = TypeVar("T")
U = TypeVar("U")


class Page(BaseModel, Generic[T]):
    """One page of results; pass ``next_cursor`` back to get the next page (None: last page).

    The one pagination type: every list the store, the stages and the API return is a ``Page``.
    """

    items: list[T]
    total: int
    next_cursor: str | None = None

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page with every item converted (e.g. stored documents to their models)."""
        return Page(
            items=[convert(item) for item in self.items],
            total=self.total,
            next_cursor=self.next_cursor,
        )


class HistogramBucket(BaseModel):
    """One time bucket of a date histogram split by sentiment."""

    start: datetime
    key: str | None = Field(None, description="Split value (platform, region, ...) if split.")
    total: int
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    unscored: int = 0
    mean_p_negative: float | None = None


class TermBucket(BaseModel):
    """One bucket of a terms aggregation."""

    key: str
    count: int
    negative: int = 0
    mean_p_negative: float | None = None


class StoredDoc(BaseModel):
    """A generic document with its optimistic-concurrency version."""

    collection: str
    id: str
    version: int
    body: dict[str, Any]


class Filter(BaseModel):
    """A filter over a generic document collection's top-level fields."""

    field: str
    op: Literal["eq", "in", "lt", "lte", "gt", "gte", "ne"] = "eq"
    value: Any = None


#: The store's two page types, parametrised once. Pydantic caches ``Page[X]`` only weakly: a class
#: built on a hot path and dropped with its last instance is built again on the next call (a
#: schema build of milliseconds; the token look-up of every API request paid it, 1 in 6 calls).
MentionPage = Page[Mention]
DocPage = Page[StoredDoc]
