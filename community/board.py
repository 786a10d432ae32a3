"""The 社区运营看板 (KPI board) of one month and store, and its warning alerts.

seed 000 "建立动态“社区运营看板”…每月追踪社区核心指标,并设定预警值". The board gathers:

* the monthly metrics of ``community.kpis`` with the policy's warning values (``kpi.warnings``);
* the events held in the month, each audience against a matched control group 3-6 months after
  (``community.effects``), and the month's pooled effect per event type (seed 000 品牌活动 vs
  社区仪式) and outcome;
* LTV per RFM tier (seed 000 顾客生命周期价值): BG/NBD + Gamma-Gamma (``community.ltv``) fitted on
  every member's orders up to the month's end (the brand's whole customer base, in weeks),
  E[value over ``kpi.ltv_horizon_days``] averaged over the tier's members who have ordered; the
  tiers are those of the snapshot at the month's end.

``compute_board`` is pure; ``kpi_board`` loads the records from the store; ``raise_board_alerts``
sends one ``kpi_warning`` per breached metric through the outbox, keyed by month, store and
metric, so a repeat run sends nothing new. Only a month that has ended raises alerts (a month in
progress would breach on partial counts). The JSON fields are documented in docs/community.md.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
from pydantic import AwareDatetime, BaseModel

from community.effects import OUTCOMES, EventEffect, Outcome, PooledEffect, event_effect, pool
from community.kpis import MetricValue, Month, apply_warnings, monthly_metrics, store_data
from community.ltv import (
    BgNbdParams,
    GammaGammaParams,
    LtvFitError,
    fit_bgnbd,
    fit_gamma_gamma,
    lifetime_value,
    summarise,
)
from community.models import EventType
from community.policy import CommunityPolicy, KpiMetric
from community.records import CrmData, load_crm
from community.rfm import TIERS
from community.snapshot import take_snapshot
from monitor.notify import Notification, Outbox
from radar.timezone import BRAND_TZ
from store.base import Store

EVENT_TYPES: tuple[EventType, ...] = ("brand_event", "community_ritual")


class TierLtv(BaseModel):
    """Mean LTV of a tier's customers (members with at least one order)."""

    members: int
    customers: int
    mean: float | None


class LtvByTier(BaseModel):
    """LTV per RFM tier and the fitted models (None when the data cannot be fitted)."""

    horizon_days: int
    by_tier: dict[str, TierLtv]
    bgnbd: BgNbdParams | None = None
    gamma_gamma: GammaGammaParams | None = None
    reason: str | None = None


class KpiBoard(BaseModel):
    """The board of one month and store (``radar kpi board --json``)."""

    month: str
    store: str | None
    as_of: AwareDatetime
    complete: bool
    members: int
    metrics: dict[KpiMetric, MetricValue]
    alerts: list[KpiMetric]
    events: list[EventEffect]
    event_effect: dict[EventType, dict[Outcome, PooledEffect | None]]
    ltv: LtvByTier


def compute_board(
    data: CrmData, policy: CommunityPolicy, month: Month, store_id: str | None, now: datetime
) -> KpiBoard:
    """The board from the records (``data``: every store's; records after ``now`` ignored)."""
    as_of = min(now, month.end)
    local = store_data(data, store_id)
    metrics = monthly_metrics(local, month)
    breached = apply_warnings(metrics, policy.kpi.warnings)
    effects = [
        event_effect(data, event, policy.kpi, now)
        for event in sorted(local.events, key=lambda e: (e.held_at, e.id))
        if month.holds(event.held_at)
    ]
    return KpiBoard(
        month=str(month),
        store=store_id,
        as_of=as_of,
        complete=month.end <= now,
        members=sum(m.joined_at < month.end for m in local.members),
        metrics=metrics,
        alerts=breached,
        events=effects,
        event_effect={
            kind: {name: pool([e for e in effects if e.type == kind], name) for name in OUTCOMES}
            for kind in EVENT_TYPES
        },
        ltv=ltv_by_tier(data, policy, as_of, store_id),
    )


def ltv_by_tier(
    data: CrmData, policy: CommunityPolicy, as_of: datetime, store_id: str | None
) -> LtvByTier:
    """Mean LTV per tier of a store's members, from a fit on every member's orders."""
    end_day = (as_of - timedelta(microseconds=1)).astimezone(BRAND_TZ).date()
    rows: list[tuple[str, date, float]] = [
        (o.member_id, o.placed_at.astimezone(BRAND_TZ).date(), float(o.amount))
        for o in data.orders
        if o.placed_at < as_of
    ]
    snapshot = take_snapshot(data, as_of - timedelta(microseconds=1), policy)
    members = [m.id for m in data.members if store_id is None or m.store == store_id]
    members = [m for m in members if m in snapshot.members]
    board = LtvByTier(
        horizon_days=policy.kpi.ltv_horizon_days,
        by_tier={t: TierLtv(members=0, customers=0, mean=None) for t in TIERS},
    )
    for member_id in members:
        board.by_tier[snapshot.members[member_id].tier].members += 1
    summary = summarise(rows, end_day, "week")
    try:
        bgnbd, gg = fit_bgnbd(summary), fit_gamma_gamma(summary)
    except LtvFitError as exc:
        board.reason = str(exc)
        return board
    board.bgnbd, board.gamma_gamma = bgnbd, gg
    values = lifetime_value(bgnbd, gg, summary, policy.kpi.ltv_horizon_days / 7)
    value_of = dict(zip(summary.customers, values.tolist(), strict=True))
    sums = {t: [0.0, 0] for t in TIERS}
    for member_id in members:
        if member_id in value_of and np.isfinite(value_of[member_id]):
            tier = snapshot.members[member_id].tier
            sums[tier][0] += value_of[member_id]
            sums[tier][1] += 1
    for tier, (total, count) in sums.items():
        board.by_tier[tier].customers = int(count)
        board.by_tier[tier].mean = round(total / count, 2) if count else None
    return board


def kpi_board(
    store: Store,
    policy: CommunityPolicy,
    month: Month | None = None,
    store_id: str | None = None,
    now: datetime | None = None,
) -> KpiBoard:
    """The board from the stored records; ``month`` defaults to the month of the latest order
    (the current month when there is none), ``now`` to the current time."""
    data = load_crm(store)
    now = now or datetime.now(BRAND_TZ)
    if month is None:
        latest = max((o.placed_at for o in data.orders if o.placed_at <= now), default=now)
        month = Month.of(latest)
    return compute_board(data, policy, month, store_id, now)


def warning_notification(board: KpiBoard, metric: KpiMetric, now: datetime) -> Notification:
    """The ops message of one breached metric."""
    value = board.metrics[metric]
    scope = board.store or "all"
    return Notification(
        key=f"kpi-{board.month}-{scope}-{metric}",
        kind="kpi_warning",
        severity="medium",
        title=f"社区看板预警 {board.month} {scope}: {metric}",
        text="社区运营看板:指标低于预警值 (seed 000 每月追踪社区核心指标,并设定预警值).",
        ref=f"kpi/{board.month}/{scope}",
        created_at=now,
        fields={
            "metric": metric,
            "value": value.value,
            "warning": value.warning,
            "numerator": value.numerator,
            "denominator": value.denominator,
        },
    )


def raise_board_alerts(board: KpiBoard, outbox: Outbox, now: datetime) -> int:
    """Enqueue one alert per breached metric of an ended month; returns how many were new."""
    if not board.complete:
        return 0
    new = 0
    for metric in board.alerts:
        new += outbox.enqueue(warning_notification(board, metric, now), now) > 0
    return new
