"""Mention search over the store: full-text (jieba) with filters and cursor pagination."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from radar.schemas import Mention, MentionQuery, Page, SentimentLabel
from review_api.auth import require
from review_api.deps import MAX_COUNT, FilterValues, ItemId, PageCursor, PageLimit, StoreDep
from review_api.errors import NotFound, problem_responses

router = APIRouter(
    prefix="/api/mentions",
    tags=["mentions"],
    dependencies=[Depends(require("mentions.read"))],
)


@router.get("", response_model=Page[Mention], responses=problem_responses(422))
def search_mentions(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=500, description="Chinese full-text query")] = None,
    platform: FilterValues = None,
    source: FilterValues = None,
    sentiment: Annotated[list[SentimentLabel] | None, Query(max_length=10)] = None,
    alert_category: FilterValues = None,
    region: FilterValues = None,
    since: AwareDatetime | None = None,
    until: AwareDatetime | None = None,
    min_reads: Annotated[int | None, Query(ge=0, le=MAX_COUNT)] = None,
    sort: Literal["published_at_desc", "published_at_asc", "read_count_desc"] = "published_at_desc",
    limit: PageLimit = 50,
    cursor: PageCursor = None,
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


@router.get("/{mention_id}", response_model=Mention, responses=problem_responses(404))
def get_mention(mention_id: ItemId, store: StoreDep) -> Mention:
    """One mention by id."""
    mention = store.get_mention(mention_id)
    if mention is None:
        raise NotFound("mention", mention_id)
    return mention
