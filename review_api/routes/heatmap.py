"""Sentiment heat map: counts and mean p_negative by time bucket × platform/region/shop/topic."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from monitor.heatmap import Dimension, HeatMap, heat_map
from radar.schemas import MentionQuery
from review_api.auth import require
from review_api.deps import FilterValues, StoreDep
from review_api.errors import BadRequest, problem_responses
from store.base import Interval

router = APIRouter(
    prefix="/api/heatmap",
    tags=["monitoring"],
    dependencies=[Depends(require("heatmap.read"))],
)


@router.get("", response_model=HeatMap, responses=problem_responses(400))
def get_heat_map(
    store: StoreDep,
    dimension: Dimension = "platform",
    interval: Interval = "day",
    since: AwareDatetime | None = None,
    until: AwareDatetime | None = None,
    platform: FilterValues = None,
    region: FilterValues = None,
    alert_category: FilterValues = None,
    q: Annotated[str | None, Query(max_length=500)] = None,
) -> HeatMap:
    """Heat map data for any time range (``since`` inclusive, ``until`` exclusive)."""
    if since is not None and until is not None and since >= until:
        raise BadRequest("since must be before until")
    query = MentionQuery(
        q=q,
        platform=platform,
        region=region,
        alert_category=alert_category,
        since=since,
        until=until,
    )
    return heat_map(store, dimension=dimension, interval=interval, query=query)
