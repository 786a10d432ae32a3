"""Mention search over the store: full-text (jieba) with filters and cursor pagination.

Authors are answered as pseudonyms (``radar.privacy``: the keyed hash under
``RADAR_PRIVACY_KEY``) to every role: who wrote a post is personal data the dashboards do not
need (PIPL art. 6). ``pr`` and ``admin`` reveal one author at a time, audited, with
``POST /api/privacy/reveal`` (docs/privacy.md).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from radar.privacy import pseudonym_key, pseudonymise_optional
from radar.schemas import Mention, MentionQuery, Page, SentimentLabel
from review_api.auth import require
from review_api.deps import (
    MAX_COUNT,
    FilterValues,
    ItemId,
    PageCursor,
    PageLimit,
    SettingsDep,
    StoreDep,
)
from review_api.errors import NotFound, problem_responses

router = APIRouter(
    prefix="/api/mentions",
    tags=["mentions"],
    dependencies=[Depends(require("mentions.read"))],
)


@router.get("", response_model=Page[Mention], responses=problem_responses(422))
def search_mentions(
    store: StoreDep,
    settings: SettingsDep,
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
    page = store.search_mentions(query, limit=limit, cursor=cursor, sort=sort)
    key = pseudonym_key(settings.privacy)
    return page.map(lambda m: pseudonymous(m, key))


@router.get("/{mention_id}", response_model=Mention, responses=problem_responses(404))
def get_mention(mention_id: ItemId, store: StoreDep, settings: SettingsDep) -> Mention:
    """One mention by id (its author as a pseudonym)."""
    mention = store.get_mention(mention_id)
    if mention is None:
        raise NotFound("mention", mention_id)
    return pseudonymous(mention, pseudonym_key(settings.privacy))


def pseudonymous(mention: Mention, key: bytes) -> Mention:
    """The mention as the API shows it: its author replaced by the pseudonym."""
    return mention.model_copy(update={"author": pseudonymise_optional(mention.author, key)})
