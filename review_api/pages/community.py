"""Ops pages of the community CRM and the KPI board (docs/community.md, docs/console.md).

* ``/console/crm``: tier shares (chart + table), the lifecycle funnel (today's and over the
  stored snapshots), and the open churn-warning 回访 tasks to work through, each with a "done"
  button (``community.write``);
* ``/console/crm/members``: members filtered by tier, layer and store; ``/console/crm/members/
  {id}``: a member's page;
* ``/console/kpi``: the month's board: each metric against its warning value (预警值), each
  event's audience against its matched control group with 95 % intervals, LTV per tier.

They call the same functions as ``/api/community`` (``community.members``, ``community.tasks``,
``community.board``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from community import members as crm
from community.board import kpi_board
from community.kpis import Month
from community.layers import LAYERS
from community.policy import Layer, load_policy
from community.rfm import TIERS, Tier
from community.snapshot import Snapshot
from community.tasks import complete_task, list_tasks
from identity.permissions import allowed
from identity.sessions import Session
from review_api.pages.web import CONSOLE, PageStore, field, form_user, page_user, pager, render

router = APIRouter()
Reader = Annotated[Session, Depends(page_user("community.read"))]
Text = Annotated[str | None, Query(max_length=200)]
Cursor = Annotated[str | None, Query(max_length=2000)]

TIER_LABEL = {"koc": "KOC", "high_value": "高价值", "potential": "潜力", "low_value": "低价值/流失"}
LAYER_LABEL = {"new": "新用户", "active": "活跃用户", "silent": "沉默用户", "core": "核心用户"}
RING_LABEL = {"outer": "外环 辐射层", "middle": "中环 互动层", "inner": "内环 共创层"}
METRIC_LABEL = {
    "participation_growth": "活动参与人数增长率",
    "interaction_rate": "内容互动率",
    "paid_conversion": "付费会员转化率",
    "repurchase_rate": "月度复购率",
    "referral_share": "老客推荐新客占比",
    "high_margin_penetration": "高毛利品类渗透率",
}
OUTCOME_LABEL = {"frequency": "月均消费次数", "aov": "平均客单价", "high_margin": "高毛利渗透"}
EVENT_LABEL = {"brand_event": "品牌活动", "community_ritual": "社区仪式"}
LABELS = {
    "tiers": TIER_LABEL,
    "layers": LAYER_LABEL,
    "rings": RING_LABEL,
    "metrics": METRIC_LABEL,
    "outcomes": OUTCOME_LABEL,
    "events": EVENT_LABEL,
}


def _snapshot(store: PageStore) -> Snapshot:
    return crm.current_snapshot(store, load_policy(), datetime.now(UTC))


def tier_chart(overview: crm.CrmOverview) -> dict[str, Any]:
    """Tier shares as an ECharts pie."""
    data = [{"name": TIER_LABEL[t], "value": overview.tiers[t]} for t in TIERS]
    series = [{"type": "pie", "radius": ["35%", "65%"], "data": data}]
    return {"kind": "option", "option": {"tooltip": {}, "legend": {"top": 0}, "series": series}}


def funnel_chart(overview: crm.CrmOverview) -> dict[str, Any]:
    """Today's lifecycle layers as an ECharts funnel (新用户 → 核心用户)."""
    data = [{"name": LAYER_LABEL[layer], "value": overview.lifecycle[layer]} for layer in LAYERS]
    series = [{"type": "funnel", "sort": "none", "data": data, "label": {"show": True}}]
    return {"kind": "option", "option": {"tooltip": {}, "series": series}}


@router.get("/crm")
def crm_page(
    request: Request,
    session: Reader,
    store: PageStore,
    store_id: Annotated[Text, Query(alias="store")] = None,
    cursor: Cursor = None,
) -> Response:
    """Tier shares, the lifecycle funnel, and the open 回访 tasks to work through."""
    overview = crm.overview(_snapshot(store))
    tasks = list_tasks(store, status="open", store_id=store_id or None, limit=20, cursor=cursor)
    context = {
        "overview": overview,
        "tier_chart": tier_chart(overview),
        "funnel_chart": funnel_chart(overview),
        "history": crm.funnel(store, limit=14).items,
        "tasks": tasks,
        "pager": pager(request, tasks.next_cursor, tasks.total, len(tasks.items)),
        "store_id": store_id or "",
        "may_work": allowed(session.user.role, "community.write"),
        "labels": LABELS,
        "tier_order": TIERS,
        "layer_order": LAYERS,
    }
    return render(request, "crm.html", session, context)


@router.get("/crm/members")
def members_page(
    request: Request,
    session: Reader,
    store: PageStore,
    tier: Tier | None = None,
    layer: Layer | None = None,
    store_id: Annotated[Text, Query(alias="store")] = None,
    cursor: Cursor = None,
) -> Response:
    """Members of the latest snapshot, filtered by tier, layer and store."""
    page = crm.list_members(
        store,
        _snapshot(store),
        tier=tier,
        layer=layer,
        store_id=store_id or None,
        limit=50,
        cursor=cursor,
    )
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "form": {"tier": tier or "", "layer": layer or "", "store": store_id or ""},
        "labels": LABELS,
    }
    return render(request, "crm_members.html", session, context)


@router.get("/crm/members/{member_id}")
def member_page(request: Request, member_id: str, session: Reader, store: PageStore) -> Response:
    """One member: layer, tier, ring, RFM, tags, recent orders and interactions, 回访 tasks."""
    context = {
        "profile": crm.member_profile(store, member_id),
        "labels": LABELS,
        "may_work": allowed(session.user.role, "community.write"),
    }
    return render(request, "crm_member.html", session, context)


@router.post("/crm/tasks/{task_id}/done")
def task_done(
    task_id: str,
    store: PageStore,
    posted: Annotated[tuple[Session, FormData], Depends(form_user("community.write"))],
) -> Response:
    """Mark a 回访 task done, then back to where the form says (the CRM page by default)."""
    session, form = posted
    complete_task(store, task_id, session.user.name, datetime.now(UTC), field(form, "note")[:2000])
    back = field(form, "back")
    target = back if back.startswith(CONSOLE + "/crm") and "//" not in back else CONSOLE + "/crm"
    return RedirectResponse(target, status_code=303)


@router.get("/kpi")
def kpi_page(
    request: Request,
    session: Reader,
    store: PageStore,
    month: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] = None,
    store_id: Annotated[Text, Query(alias="store")] = None,
) -> Response:
    """The KPI board of a month and store."""
    board = kpi_board(store, load_policy(), Month.parse(month) if month else None, store_id or None)
    context = {
        "board": board,
        "labels": LABELS,
        "form": {"month": board.month, "store": store_id or ""},
    }
    return render(request, "kpi.html", session, context)
