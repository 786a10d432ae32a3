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

``compute_board`` is pure; ``kpi_board`` loads the records from the store, or serves the board
kept by ``community.board_cache`` while the records have not changed (``validity`` says for
which instants a computed board stays the same); ``raise_board_alerts``
sends one ``kpi_warning`` per breached metric through the outbox, keyed by month, store and
metric, so a repeat run sends nothing new. Only a month that has ended raises alerts (a month in
progress would breach on partial counts). The JSON fields are documented in docs/community.md.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
from pydantic import AwareDatetime, BaseModel

from community import board_cache
from community.effects import (
    OUTCOMES,
    EventEffect,
    Outcome,
    PooledEffect,
    event_effect,
    outcome_window,
    pool,
)
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
from community.models import CrmRecord, EventType, record_time
from community.policy import CommunityPolicy, KpiMetric
from community.records import CrmData, data_version, load_crm
from community.rfm import TIERS
from community.snapshot import take_snapshot
from monitor.notify import Notification, Outbox
from radar.timezone import BRAND_TZ
from store.base import Store

EVENT_TYPES: tuple[EventType, ...] = ("brand_event", "community_ritual")
#: How long the board of a month in progress (computed as of its request) is served again on
#: unchanged records: its ``as_of`` says when it was computed.
IN_PROGRESS_MAX_AGE = timedelta(minutes=10)


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
    *,
    max_age: timedelta = IN_PROGRESS_MAX_AGE,
) -> KpiBoard:
    """The board from the stored records; ``month`` defaults to the month of the latest order
    (the current month when there is none), ``now`` to the current time.

    Served from ``community.board_cache`` when computed from the same records and policy and
    still the same at ``now``; a month in progress is served up to ``max_age`` after it was
    computed (``timedelta(0)``: always computed)."""
    now = now or datetime.now(BRAND_TZ)
    # The version is read before the records: a change while computing leaves an entry under
    # the old version, which no later request matches.
    key = board_cache.cache_key(data_version(store), policy)
    if month is None:
        month = _cached_default_month(store, key, now)
    if month is not None:
        hit = board_cache.lookup(store, _cache_id(month, store_id), key, now, max_age)
        if hit is not None:
            return KpiBoard.model_validate(hit)
    data = load_crm(store)
    if month is None:
        month = default_month(data, now)
        latest = max((o.placed_at for o in data.orders), default=None)
        body = {"latest_order_at": latest.isoformat() if latest else None}
        entry = board_cache.Entry(
            key=key, computed_at=now, valid_from=_EPOCH, valid_until=None, moving=False, body=body
        )
        board_cache.keep(store, _LATEST_ORDER, entry)
    board = compute_board(data, policy, month, store_id, now)
    valid_from, valid_until = validity(data, policy, month, store_id, now)
    entry = board_cache.Entry(
        key=key,
        computed_at=now,
        valid_from=valid_from,
        valid_until=valid_until,
        moving=not board.complete,
        body=board.model_dump(mode="json"),
    )
    board_cache.keep(store, _cache_id(month, store_id), entry)
    return board


_LATEST_ORDER = "latest-order"
_EPOCH = datetime(1970, 1, 1, tzinfo=BRAND_TZ)


def _cache_id(month: Month, store_id: str | None) -> str:
    return f"board-{month}-{'*' if store_id is None else store_id}"


def default_month(data: CrmData, now: datetime) -> Month:
    """The month of the latest order up to ``now`` (``now``'s month when there is none)."""
    return Month.of(max((o.placed_at for o in data.orders if o.placed_at <= now), default=now))


def _cached_default_month(store: Store, key: str, now: datetime) -> Month | None:
    # The latest order of these records: its month is the default once ``now`` is past it
    # (before it, the latest order up to ``now`` needs the records: None).
    body = board_cache.lookup(store, _LATEST_ORDER, key, now, timedelta(0))
    if body is None:
        return None
    latest = body["latest_order_at"]
    if latest is None:
        return Month.of(now)
    moment = datetime.fromisoformat(latest)
    return Month.of(moment) if moment <= now else None


def validity(
    data: CrmData, policy: CommunityPolicy, month: Month, store_id: str | None, now: datetime
) -> tuple[datetime, datetime | None]:
    """The instants ``[from, until)`` around ``now`` for which ``compute_board`` gives the same
    board as at ``now`` (``until`` None: from then on).

    An ended month's board reads the records up to its end and its events' outcomes, each
    measured once its window has ended, so it changes only at those windows' ends. A month in
    progress is computed as of ``now`` and changes with it: the interval starts at ``now`` and
    ends at the month's end, the next window's end or the next record after ``now``, whichever
    comes first (``board_cache`` serves it up to a maximum age)."""
    local = store_data(data, store_id)
    ends = [outcome_window(e, policy.kpi)[1] for e in local.events if month.holds(e.held_at)]
    later = [end for end in ends if end > now]
    if month.end <= now:
        return max([month.end, *(end for end in ends if end <= now)]), min(later, default=None)
    records: list[CrmRecord] = [*data.members, *data.orders, *data.interactions, *data.events]
    later += [t for r in records if (t := record_time(r)) > now]
    later += [m.paid_since for m in data.members if m.paid_since and m.paid_since > now]
    return now, min([month.end, *later])


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
