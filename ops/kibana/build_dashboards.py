"""Write ops/kibana/radar-dashboards.ndjson: the Community Radar data views, Lens panels and
dashboard as Kibana 8.15 saved objects, for the default index prefix ``radar``.

Run ``.venv/bin/python ops/kibana/build_dashboards.py`` after changing a panel; the file is
what ``radar kibana-setup`` imports (``store.kibana`` moves ids, titles and references to the
configured ``RADAR_ES_INDEX_PREFIX``). tests/test_kibana.py checks the result.

Lens objects follow the 8.x saved-object shape (as in Kibana's own sample data sets):
``attributes.visualizationType`` (``lnsXY``, ``lnsHeatmap``, ``lnsDatatable``, ``lnsMetric``,
``lnsPie``), ``attributes.state.datasourceStates.formBased.layers[layerId]`` with ``columns``
and ``columnOrder``, and one reference per layer named ``indexpattern-datasource-layer-{id}``
to the data view it reads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("radar-dashboards.ndjson")
CORE = "8.8.0"  # coreMigrationVersion: the saved-object envelope Kibana 8.8+ writes
LENS = "8.9.0"  # typeMigrationVersion of lens objects (latest lens migration in 8.15)
DASHBOARD = "8.9.0"

#: Data views: id -> (title, time field or None). The titles are the store's indices.
DATA_VIEWS: dict[str, tuple[str, str | None]] = {
    "radar-mentions": ("radar-mentions", "published_at"),
    "radar-alerts": ("radar-docs-alerts", None),  # first_seen is not an *_at date
    "radar-incidents": ("radar-docs-incidents", "attrs.opened_at"),
    "radar-tickets": ("radar-docs-tickets", "attrs.created_at"),
    "radar-ads": ("radar-docs-ads", "attrs.created_at"),
    "radar-orders": ("radar-docs-crm_orders", "attrs.placed_at"),
}


def data_view(view_id: str) -> dict[str, Any]:
    title, time_field = DATA_VIEWS[view_id]
    attributes: dict[str, Any] = {"title": title, "name": title, "fields": "[]"}
    if time_field:
        attributes["timeFieldName"] = time_field
    return {
        "id": view_id,
        "type": "index-pattern",
        "attributes": attributes,
        "references": [],
        "coreMigrationVersion": CORE,
        "typeMigrationVersion": "8.0.0",
    }


# ---------------------------------------------------------------------- columns
def date_histogram(field: str, interval: str = "auto") -> dict[str, Any]:
    return {
        "label": field,
        "dataType": "date",
        "operationType": "date_histogram",
        "sourceField": field,
        "isBucketed": True,
        "scale": "interval",
        "params": {"interval": interval, "includeEmptyRows": True, "dropPartials": False},
    }


def terms(field: str, label: str, order_by: str, size: int = 10) -> dict[str, Any]:
    return {
        "label": label,
        "customLabel": True,
        "dataType": "string",
        "operationType": "terms",
        "sourceField": field,
        "isBucketed": True,
        "scale": "ordinal",
        "params": {
            "size": size,
            "orderBy": {"type": "column", "columnId": order_by},
            "orderDirection": "desc",
            "otherBucket": True,
            "missingBucket": False,
        },
    }


def count(label: str) -> dict[str, Any]:
    return {
        "label": label,
        "customLabel": True,
        "dataType": "number",
        "operationType": "count",
        "sourceField": "___records___",
        "isBucketed": False,
        "scale": "ratio",
        "params": {"emptyAsNull": False},
    }


def metric(operation: str, field: str, label: str) -> dict[str, Any]:
    return {
        "label": label,
        "customLabel": True,
        "dataType": "number",
        "operationType": operation,
        "sourceField": field,
        "isBucketed": False,
        "scale": "ratio",
        "params": {"emptyAsNull": True},
    }


# ---------------------------------------------------------------------- lens objects
def lens(
    lens_id: str,
    title: str,
    description: str,
    view_id: str,
    kind: str,
    columns: dict[str, dict[str, Any]],
    visualization: dict[str, Any],
) -> dict[str, Any]:
    """One Lens visualization over one data view, in one layer (``layer``)."""
    layer = f"{lens_id}-layer"
    visualization = {**visualization}
    return {
        "id": lens_id,
        "type": "lens",
        "attributes": {
            "title": title,
            "description": description,
            "visualizationType": kind,
            "state": {
                "visualization": visualization,
                "query": {"query": "", "language": "kuery"},
                "filters": [],
                "datasourceStates": {
                    "formBased": {
                        "layers": {
                            layer: {
                                "columns": columns,
                                "columnOrder": list(columns),
                                "incompleteColumns": {},
                            }
                        }
                    }
                },
                "internalReferences": [],
                "adHocDataViews": {},
            },
        },
        "references": [
            {
                "type": "index-pattern",
                "id": view_id,
                "name": f"indexpattern-datasource-layer-{layer}",
            }
        ],
        "coreMigrationVersion": CORE,
        "typeMigrationVersion": LENS,
    }


def xy(
    layer: str, series: str, x: str, accessors: list[str], split: str | None = None
) -> dict[str, Any]:
    data_layer: dict[str, Any] = {
        "layerId": layer,
        "layerType": "data",
        "seriesType": series,
        "xAccessor": x,
        "accessors": accessors,
    }
    if split:
        data_layer["splitAccessor"] = split
    return {
        "legend": {"isVisible": True, "position": "right"},
        "valueLabels": "hide",
        "preferredSeriesType": series,
        "layers": [data_layer],
    }


def objects() -> list[dict[str, Any]]:
    out = [data_view(v) for v in DATA_VIEWS]
    out.append(
        lens(
            "radar-sentiment-over-time",
            "情感趋势 Mentions and sentiment over time",
            "Mentions per time bucket stacked by sentiment label (unscored: not analysed yet).",
            "radar-mentions",
            "lnsXY",
            {
                "t": date_histogram("published_at"),
                "s": terms("sentiment.label", "Sentiment", "n", 3),
                "n": count("Mentions"),
            },
            xy("radar-sentiment-over-time-layer", "bar_stacked", "t", ["n"], "s"),
        )
    )
    out.append(
        lens(
            "radar-negativity",
            "负面概率 Mean p(negative) by platform",
            "Mean p(negative) of the scored mentions per time bucket, one line per platform.",
            "radar-mentions",
            "lnsXY",
            {
                "t": date_histogram("published_at"),
                "p": terms("platform", "Platform", "m", 8),
                "m": metric("average", "sentiment.p_negative", "Mean p(negative)"),
            },
            xy("radar-negativity-layer", "line", "t", ["m"], "p"),
        )
    )
    out.append(
        lens(
            "radar-heat-map",
            "热力图 Heat map: platform × day",
            "Mentions per platform and day, as the API's heat map (set dateFormat:tz to "
            "Asia/Shanghai for the same days).",
            "radar-mentions",
            "lnsHeatmap",
            {
                "d": date_histogram("published_at", "1d"),
                "p": terms("platform", "Platform", "n", 20),
                "n": count("Mentions"),
            },
            {
                "layerId": "radar-heat-map-layer",
                "layerType": "data",
                "shape": "heatmap",
                "xAccessor": "d",
                "yAccessor": "p",
                "valueAccessor": "n",
                "legend": {"isVisible": True, "position": "right", "type": "heatmap_legend"},
                "gridConfig": {
                    "type": "heatmap_grid",
                    "isCellLabelVisible": False,
                    "isYAxisLabelVisible": True,
                    "isXAxisLabelVisible": True,
                    "isYAxisTitleVisible": False,
                    "isXAxisTitleVisible": False,
                },
            },
        )
    )
    out.append(
        lens(
            "radar-alert-categories",
            "预警类别 Alert categories",
            "Mentions per alert category (食品安全, 价格欺诈, …).",
            "radar-mentions",
            "lnsPie",
            {"c": terms("alerts.category", "Category", "n", 10), "n": count("Mentions")},
            {
                "shape": "donut",
                "layers": [
                    {
                        "layerId": "radar-alert-categories-layer",
                        "layerType": "data",
                        "primaryGroups": ["c"],
                        "metrics": ["n"],
                        "numberDisplay": "percent",
                        "categoryDisplay": "default",
                        "legendDisplay": "default",
                    }
                ],
            },
        )
    )
    table_layer = {"layerType": "data"}
    out.append(
        lens(
            "radar-alerts",
            "预警 Alerts by status and severity",
            "Raised alerts (keyword and spike rules) by status and severity, with their reach.",
            "radar-alerts",
            "lnsDatatable",
            {
                "st": terms("attrs.status", "Status", "n", 5),
                "sv": terms("attrs.severity", "Severity", "n", 5),
                "n": count("Alerts"),
                "r": metric("sum", "attrs.reach", "Reach"),
            },
            {
                **table_layer,
                "layerId": "radar-alerts-layer",
                "columns": [{"columnId": c} for c in ("st", "sv", "n", "r")],
            },
        )
    )
    out.append(
        lens(
            "radar-incidents-over-time",
            "危机事件 Incidents opened, by status",
            "Crisis incidents (a negative mention past 500 reads) per day opened, by status.",
            "radar-incidents",
            "lnsXY",
            {
                "t": date_histogram("attrs.opened_at", "1d"),
                "s": terms("attrs.status", "Status", "n", 6),
                "n": count("Incidents"),
            },
            xy("radar-incidents-over-time-layer", "bar_stacked", "t", ["n"], "s"),
        )
    )
    out.append(
        lens(
            "radar-tickets",
            "工单 Tickets by status and category",
            "Customer tickets by status and category.",
            "radar-tickets",
            "lnsDatatable",
            {
                "st": terms("attrs.status", "Status", "n", 6),
                "c": terms("attrs.category", "Category", "n", 10),
                "n": count("Tickets"),
            },
            {
                **table_layer,
                "layerId": "radar-tickets-layer",
                "columns": [{"columnId": c} for c in ("st", "c", "n")],
            },
        )
    )
    out.append(
        lens(
            "radar-ad-review",
            "广告审核状态 Ad review status",
            "Ad copies by review status.",
            "radar-ads",
            "lnsPie",
            {"s": terms("attrs.status", "Status", "n", 8), "n": count("Ad copies")},
            {
                "shape": "donut",
                "layers": [
                    {
                        "layerId": "radar-ad-review-layer",
                        "layerType": "data",
                        "primaryGroups": ["s"],
                        "metrics": ["n"],
                        "numberDisplay": "value",
                        "categoryDisplay": "default",
                        "legendDisplay": "default",
                    }
                ],
            },
        )
    )
    for lens_id, title, column, description in (
        (
            "radar-kpi-orders",
            "KPI 订单数 Orders",
            metric("count", "___records___", "Orders"),
            "Community orders placed in the time range (crm_orders).",
        ),
        (
            "radar-kpi-buyers",
            "KPI 下单会员 Buyers",
            metric("unique_count", "attrs.member_id", "Buyers"),
            "Members with at least one order in the time range. Repeat frequency is orders / "
            "buyers; the matched control group and LTV are on the API's KPI board.",
        ),
    ):
        out.append(
            lens(
                lens_id,
                title,
                description,
                "radar-orders",
                "lnsMetric",
                {"v": column},
                {"layerId": f"{lens_id}-layer", "layerType": "data", "metricAccessor": "v"},
            )
        )
    out.append(
        {
            "id": "radar-incident-list",
            "type": "search",
            "attributes": {
                "title": "危机事件列表 Incident list",
                "description": "Crisis incidents, newest first.",
                "columns": [
                    "attrs.title",
                    "attrs.status",
                    "attrs.severity",
                    "attrs.category",
                    "attrs.reach",
                    "attrs.owner",
                ],
                "sort": [["attrs.opened_at", "desc"]],
                "grid": {},
                "hideChart": True,
                "kibanaSavedObjectMeta": {
                    "searchSourceJSON": json.dumps(
                        {
                            "query": {"query": "", "language": "kuery"},
                            "filter": [],
                            "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index",
                        }
                    )
                },
            },
            "references": [
                {
                    "id": "radar-incidents",
                    "name": "kibanaSavedObjectMeta.searchSourceJSON.index",
                    "type": "index-pattern",
                }
            ],
            "coreMigrationVersion": CORE,
            "typeMigrationVersion": "8.0.0",
        }
    )
    out.append(dashboard([o for o in out if o["type"] in ("lens", "search")]))
    return out


#: Panel sizes on the 48-column grid, in the order of ``objects``.
_LAYOUT = [(48, 15), (24, 13), (24, 13), (16, 13), (16, 13), (16, 13), (24, 13), (12, 8),
           (12, 8), (12, 8), (48, 15)]  # fmt: skip


def dashboard(panels: list[dict[str, Any]]) -> dict[str, Any]:
    placed: list[dict[str, Any]] = []
    references: list[dict[str, Any]] = []
    x = y = row_h = 0
    for number, (panel, (w, h)) in enumerate(zip(panels, _LAYOUT, strict=True)):
        if x + w > 48:
            x, y, row_h = 0, y + row_h, 0
        index = str(number)
        placed.append(
            {
                "type": panel["type"],
                "gridData": {"x": x, "y": y, "w": w, "h": h, "i": index},
                "panelIndex": index,
                "embeddableConfig": {"enhancements": {}},
                "panelRefName": f"panel_{index}",
            }
        )
        references.append(
            {"type": panel["type"], "id": panel["id"], "name": f"{index}:panel_{index}"}
        )
        x, row_h = x + w, max(row_h, h)
    return {
        "id": "radar-overview",
        "type": "dashboard",
        "attributes": {
            "title": "社区雷达 Community Radar",
            "description": "Mentions and sentiment over time, the heat map, alerts, incidents, "
            "tickets, ad review and the KPI board.",
            "panelsJSON": json.dumps(placed, ensure_ascii=False),
            "optionsJSON": json.dumps(
                {"useMargins": True, "syncColors": False, "hidePanelTitles": False}
            ),
            "timeRestore": True,
            "timeFrom": "now-7d",
            "timeTo": "now",
            "refreshInterval": {"pause": False, "value": 60000},
            "kibanaSavedObjectMeta": {
                "searchSourceJSON": json.dumps(
                    {"query": {"query": "", "language": "kuery"}, "filter": []}
                )
            },
        },
        "references": references,
        "coreMigrationVersion": CORE,
        "typeMigrationVersion": DASHBOARD,
    }


def main() -> None:
    lines = [json.dumps(o, ensure_ascii=False, sort_keys=True) for o in objects()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} saved objects to {OUT}")


if __name__ == "__main__":
    main()
