"""Chart data for the pages: plain JSON the console's script turns into ECharts options (the
pages' Content-Security-Policy allows no inline script, so data travels in a JSON block)."""

from __future__ import annotations

import math
from typing import Any

from monitor.heatmap import HeatMap
from monitor.propagation import PropagationGraph
from radar.timezone import local_time


def graph_chart(graph: PropagationGraph) -> dict[str, Any]:
    """A story's propagation graph: nodes sized by reads, coloured by platform; edges by kind."""
    platforms = sorted({n.platform for n in graph.nodes})
    nodes = [
        {
            "id": n.id,
            "name": n.id,
            "category": platforms.index(n.platform),
            "value": n.read_count,
            "symbolSize": round(10 + 6 * math.log10(1 + n.read_count), 1),
            "platform": n.platform,
            "depth": n.depth,
            "sentiment": n.sentiment,
        }
        for n in graph.nodes
    ]
    links = [
        {"source": e.source, "target": e.target, "kind": e.kind, "cross": e.cross_platform}
        for e in graph.edges
    ]
    return {"kind": "graph", "categories": platforms, "nodes": nodes, "links": links}


def heat_chart(heat: HeatMap, metric: str) -> dict[str, Any]:
    """A heat map: x = time buckets, y = keys, value = the chosen metric of each cell."""
    buckets = [local_time(b)[:16].replace("T", " ") for b in heat.buckets]
    keys = [k or "(未知)" for k in heat.keys]
    index_b = {b: i for i, b in enumerate(heat.buckets)}
    index_k = {k: i for i, k in enumerate(heat.keys)}
    data = []
    for cell in heat.cells:
        value: float | int | None
        if metric == "negative_share":
            value = None if cell.negative_share is None else round(cell.negative_share, 3)
        elif metric == "negative":
            value = cell.negative
        else:
            value = cell.total
        data.append([index_b[cell.start], index_k[cell.key], value])
    return {"kind": "heatmap", "x": buckets, "y": keys, "data": data, "metric": metric}
