"""Sentiment heat map (seed 002 舆情监控系统: "自动生成舆情热力图,标注传播路径").

Cells are sentiment counts and mean p_negative per time bucket × one dimension: platform,
region, shop (store/outlet) or topic (alert category). The aggregation runs in the store
(``Store.mention_histogram``), so a heat map over a million mentions never loads them; the
embedded store answers it from hourly counts kept as it writes (docs/storage.md).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, Field

from radar.schemas import MentionQuery
from store.base import Interval, SplitField, Store

Dimension = Literal["platform", "region", "shop", "topic", "source"]
_SPLIT: dict[str, SplitField] = {
    "platform": "platform",
    "region": "region",
    "shop": "shop",
    "topic": "alert_category",
    "source": "source",
}


class HeatCell(BaseModel):
    """One time bucket × key."""

    start: datetime
    key: str | None
    total: int = Field(description="Sum of cell totals (by topic: mention × category hits).")
    negative: int
    neutral: int
    positive: int
    unscored: int
    mean_p_negative: float | None
    negative_share: float | None = Field(description="negative / scored mentions.")


class HeatMap(BaseModel):
    """Heat map data: cells plus the row keys and column starts a chart needs."""

    dimension: Dimension
    interval: Interval
    since: AwareDatetime | None
    until: AwareDatetime | None
    keys: list[str | None] = Field(description="Row keys, by total volume desc.")
    buckets: list[datetime] = Field(description="Column starts (UTC+8 aligned), ascending.")
    cells: list[HeatCell]
    total: int = Field(description="Sum of cell totals (by topic: mention × category hits).")


def heat_map(
    store: Store,
    *,
    dimension: Dimension = "platform",
    interval: Interval = "day",
    query: MentionQuery | None = None,
) -> HeatMap:
    """Heat map of the mentions matching ``query`` (its ``since``/``until`` are the range)."""
    query = query or MentionQuery()
    rows = store.mention_histogram(query, interval=interval, split_by=_SPLIT[dimension])
    cells = []
    volume: dict[str | None, int] = {}
    for b in rows:
        scored = b.negative + b.neutral + b.positive
        cells.append(
            HeatCell(
                start=b.start,
                key=b.key,
                total=b.total,
                negative=b.negative,
                neutral=b.neutral,
                positive=b.positive,
                unscored=b.unscored,
                mean_p_negative=b.mean_p_negative,
                negative_share=b.negative / scored if scored else None,
            )
        )
        volume[b.key] = volume.get(b.key, 0) + b.total
    keys = sorted(volume, key=lambda k: (-volume[k], k or ""))
    return HeatMap(
        dimension=dimension,
        interval=interval,
        since=query.since,
        until=query.until,
        keys=keys,
        buckets=sorted({c.start for c in cells}),
        cells=cells,
        total=sum(volume.values()),
    )
