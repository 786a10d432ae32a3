"""Ops pages: the sentiment heat map (time × platform / region / store / topic) with range
pickers, the mention search with filters, and a story's propagation graph.

Each heat-map cell links to the mention search for its bucket and key; each mention links to
its story's graph: that is how a story is found on the map.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BeforeValidator

from identity.sessions import Session
from monitor.heatmap import Dimension, heat_map
from monitor.propagation import story_graph
from radar.privacy import pseudonym_key
from radar.schemas import MentionQuery, SentimentLabel
from radar.timezone import BRAND_TZ
from review_api.pages.graph import graph_chart, heat_chart
from review_api.pages.web import CONSOLE, PageStore, page_user, pager, render
from store.base import Interval

router = APIRouter()
Text = Annotated[str | None, Query(max_length=200)]
DIMENSIONS: dict[str, str] = {"platform": "平台", "region": "地区", "shop": "门店", "topic": "话题"}
INTERVALS: dict[str, str] = {"hour": "小时", "day": "天", "week": "周"}
METRICS: dict[str, str] = {"total": "声量", "negative": "负面数", "negative_share": "负面占比"}
_STEP = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(days=7)}
_FILTER = {"platform": "platform", "region": "region", "topic": "alert_category"}
#: A filter form sends its empty fields ("" for 全部, a blank date): read them as unset.
_BLANK = BeforeValidator(lambda value: value or None)


def _day(value: date | None, end: bool = False) -> datetime | None:
    """A picked day as the brand time zone's midnight (the day after, for an inclusive end)."""
    if value is None:
        return None
    return datetime.combine(value + timedelta(days=1 if end else 0), time(), tzinfo=BRAND_TZ)


@router.get("/heatmap")
def heatmap_page(
    request: Request,
    session: Annotated[Session, Depends(page_user("heatmap.read"))],
    store: PageStore,
    dimension: Dimension = "platform",
    interval: Interval = "day",
    metric: Literal["total", "negative", "negative_share"] = "negative_share",
    since: date | None = None,
    until: date | None = None,
) -> Response:
    """The heat map as a chart and as a table; the form picks dimension, interval and range."""
    query = MentionQuery(since=_day(since), until=_day(until, end=True))
    heat = heat_map(store, dimension=dimension, interval=interval, query=query)
    cells = {(c.start, c.key): c for c in heat.cells}
    # A month by hour is 720 buckets × the keys: encode each bucket's range and each key's
    # filter once, not once per cell (the table view is most of the page's time at 1M).
    ranges = {
        b: urlencode([("since", b.isoformat()), ("until", (b + _STEP[interval]).isoformat())])
        for b in heat.buckets
    }
    filters = {
        k: "&" + urlencode([(_FILTER[dimension], k)])
        for k in heat.keys
        if k is not None and dimension in _FILTER
    }

    def cell_link(start: datetime, key: str | None) -> str | None:
        if key is None:
            return f"{CONSOLE}/mentions?{ranges[start]}"
        if key not in filters:
            return None
        return f"{CONSOLE}/mentions?{ranges[start]}{filters[key]}"

    context = {
        "heat": heat,
        "cells": cells,
        "chart": heat_chart(heat, metric),
        "cell_link": cell_link,
        "form": {
            "dimension": dimension,
            "interval": interval,
            "metric": metric,
            "since": since.isoformat() if since else "",
            "until": until.isoformat() if until else "",
        },
        "dimensions": DIMENSIONS,
        "intervals": INTERVALS,
        "metrics": METRICS,
    }
    return render(request, "heatmap.html", session, context)


@router.get("/mentions")
def mentions_page(
    request: Request,
    session: Annotated[Session, Depends(page_user("mentions.read"))],
    store: PageStore,
    q: Text = None,
    platform: Text = None,
    region: Text = None,
    alert_category: Text = None,
    sentiment: Annotated[SentimentLabel | None, _BLANK] = None,
    since: Annotated[datetime | None, _BLANK] = None,
    until: Annotated[datetime | None, _BLANK] = None,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Response:
    """Mentions matching the filters, newest first, each linking to its original and its story
    (an htmx search or page turn gets only the results)."""
    query = MentionQuery(
        q=q or None,
        platform=[platform] if platform else None,
        region=[region] if region else None,
        alert_category=[alert_category] if alert_category else None,
        sentiment=[sentiment] if sentiment else None,
        since=since.replace(tzinfo=since.tzinfo or BRAND_TZ) if since else None,
        until=until.replace(tzinfo=until.tzinfo or BRAND_TZ) if until else None,
    )
    page = store.search_mentions(query, limit=20, cursor=cursor)
    form = {
        "q": q or "",
        "platform": platform or "",
        "region": region or "",
        "alert_category": alert_category or "",
        "sentiment": sentiment or "",
        "since": since.isoformat() if since else "",
        "until": until.isoformat() if until else "",
    }
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "form": form,
    }
    return render(
        request, "mentions.html", session, context, fragment="parts/mentions_results.html"
    )


@router.get("/stories/{mention_id}")
def story_page(
    request: Request,
    mention_id: str,
    session: Annotated[Session, Depends(page_user("propagation.read"))],
    store: PageStore,
) -> Response:
    """The propagation graph of the story holding ``mention_id``: drawn, and as tables."""
    key = pseudonym_key(request.app.state.settings.privacy)  # authors as pseudonyms only
    graph = story_graph(store, mention_id, max_nodes=2000, key=key)
    context = {"graph": graph, "chart": graph_chart(graph), "mention_id": mention_id}
    return render(request, "story.html", session, context)
