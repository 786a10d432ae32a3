"""Mention search over the store: full-text (jieba) with filters and cursor pagination."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import AwareDatetime

from radar.schemas import Mention, MentionQuery, Page, SentimentLabel
from review_api.deps import StoreDep
from review_api.errors import NotFound

router = APIRouter(prefix="/api/mentions", tags=["mentions"])


@router.get("", response_model=Page[Mention])
def search_mentions(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=500, description="Chinese full-text query")] = None,
    platform: Annotated[list[str] | None, Query()] = None,
    source: Annotated[list[str] | None, Query()] = None,
    sentiment: Annotated[list[SentimentLabel] | None, Query()] = None,
    alert_category: Annotated[list[str] | None, Query()] = None,
    region: Annotated[list[str] | None, Query()] = None,
    since: AwareDatetime | None = None,
    until: AwareDatetime | None = None,
    min_reads: Annotated[int | None, Query(ge=0)] = None,
    sort: Literal["published_at_desc", "published_at_asc", "read_count_desc"] = "published_at_desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[Mention]:
    """Search mentions; pass ``next_cursor`` back as ``cursor`` for the next page."""
    query = MentionQuery(
        q=q,
        platform=platform,
        source=source,
        sentiment=sentiment,
        alert_category=alert_category,
        region=region,
        since=since,
        until=until,
        min_reads=min_reads,
    )
    return store.search_mentions(query, limit=limit, cursor=cursor, sort=sort)


@router.get("/{mention_id}", response_model=Mention)
def get_mention(mention_id: str, store: StoreDep) -> Mention:
    """One mention by id."""
    mention = store.get_mention(mention_id)
    if mention is None:
        raise NotFound("mention", mention_id)
    return mention
