"""The event audience against a matched control group, 3-6 months after the event.

seed 000 "消费频率与客单价 | 追踪“社区活动客群”在活动后3-6个月的月均消费次数和平均客单价,
并与特征相似的“对照组”进行对比" and "高毛利品类渗透率 | 分析该客群是否更倾向于购买高毛利的
自有品牌、进口商品或有机生鲜".

For one event (docs/community.md):

* population: the members of the event's store who joined before it; treated = its attendees;
* covariates, over ``kpi.lookback_days`` before the event: orders a month, spend a month,
  high-margin share of spend, interactions a month, tenure in days, paid member (0/1);
* outcome window: ``[held_at + from·30 d, held_at + to·30 d)`` (``kpi.outcome_from_month`` 3,
  ``outcome_to_month`` 6; a month is ``MONTH_DAYS`` = 30 days); pending until the data reach
  its end;
* outcomes: ``frequency`` = orders in the window / its months (月均消费次数); ``aov`` = spend /
  orders in the window, among the members who ordered in it (平均客单价: defined only for
  buyers, so this one conditions on buying after the event); ``high_margin`` = 1 when the
  member bought a high-margin line in the window (渗透率);
* each outcome is one ``community.matching.compare`` (propensity score, caliper, ATT with 95 %
  CI, balance before and after, matched counts).

Several events of a month are pooled by their matched treated counts: ATT = Σ n_e ATT_e / Σ n_e,
Var = Σ n_e² Var_e / (Σ n_e)² (the events' members are disjoint stores or treated as
independent), Var_e read back from the event's interval.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Literal

import numpy as np
from pydantic import AwareDatetime, BaseModel

from community.matching import Z95, Comparison, MatchingError, compare
from community.models import Event, EventType, Ring
from community.policy import KpiPolicy
from community.records import CrmData

MONTH_DAYS = 30
COVARIATES = (
    "orders_per_month",
    "spend_per_month",
    "high_margin_share",
    "interactions_per_month",
    "tenure_days",
    "paid_member",
)
Outcome = Literal["frequency", "aov", "high_margin"]
OUTCOMES: tuple[Outcome, ...] = ("frequency", "aov", "high_margin")
EffectStatus = Literal["measured", "pending", "insufficient"]


class EventEffect(BaseModel):
    """One event's audience against its matched controls."""

    event_id: str
    store: str
    type: EventType
    ring: Ring
    held_at: AwareDatetime
    attendees: int
    window_from: AwareDatetime
    window_to: AwareDatetime
    status: EffectStatus
    reason: str | None = None
    frequency: Comparison | None = None
    aov: Comparison | None = None
    high_margin: Comparison | None = None


class PooledEffect(BaseModel):
    """An outcome's effect over the month's measured events."""

    events: int
    att: float
    ci_low: float
    ci_high: float
    naive: float
    matched_treated: int
    matched_control: int


def outcome_window(event: Event, policy: KpiPolicy) -> tuple[datetime, datetime]:
    """The months ``outcome_from_month``-``outcome_to_month`` after the event."""
    step = timedelta(days=MONTH_DAYS)
    return (
        event.held_at + policy.outcome_from_month * step,
        event.held_at + policy.outcome_to_month * step,
    )


def event_effect(data: CrmData, event: Event, policy: KpiPolicy, as_of: datetime) -> EventEffect:
    """The matched comparison of one event's audience (``data``: all stores' records)."""
    window_from, window_to = outcome_window(event, policy)
    effect = EventEffect(
        event_id=event.id,
        store=event.store,
        type=event.type,
        ring=event.ring,
        held_at=event.held_at,
        attendees=len(set(event.attendees)),
        window_from=window_from,
        window_to=window_to,
        status="pending",
    )
    if window_to > as_of:
        effect.reason = "the outcome window has not ended"
        return effect
    members = [m for m in data.members if m.store == event.store and m.joined_at < event.held_at]
    index = {m.id: k for k, m in enumerate(members)}
    treated = np.zeros(len(members), dtype=bool)
    for member_id in event.attendees:
        if member_id in index:
            treated[index[member_id]] = True
    covariates, outcomes, bought = _tables(data, event, policy, index, window_from, window_to)
    covariates[:, 4] = [(event.held_at - m.joined_at).days for m in members]
    covariates[:, 5] = [
        m.paid_member and (m.paid_since or m.joined_at) < event.held_at for m in members
    ]
    effect.status = "measured"
    for name in OUTCOMES:
        keep = bought if name == "aov" else np.ones(len(members), dtype=bool)
        try:
            result = compare(
                covariates[keep],
                treated[keep],
                outcomes[name][keep],
                COVARIATES,
                caliper_sd=policy.caliper_sd,
            )
        except MatchingError as exc:
            if name == "frequency":
                effect.status, effect.reason = "insufficient", str(exc)
                return effect
            continue
        setattr(effect, name, result)
    return effect


def _tables(
    data: CrmData,
    event: Event,
    policy: KpiPolicy,
    index: dict[str, int],
    window_from: datetime,
    window_to: datetime,
) -> tuple[np.ndarray, dict[Outcome, np.ndarray], np.ndarray]:
    n = len(index)
    lookback_from = event.held_at - timedelta(days=policy.lookback_days)
    lookback_months = policy.lookback_days / MONTH_DAYS
    months = policy.outcome_to_month - policy.outcome_from_month
    cov = np.zeros((n, len(COVARIATES)))
    high_spend = np.zeros(n)
    after_orders, after_spend, after_high = np.zeros(n), np.zeros(n), np.zeros(n)
    for order in data.orders:
        k = index.get(order.member_id)
        if k is None:
            continue
        amount = float(order.amount)
        high = sum(float(line.amount) for line in order.lines if line.margin_class == "high")
        if lookback_from <= order.placed_at < event.held_at:
            cov[k, 0] += 1
            cov[k, 1] += amount
            high_spend[k] += high
        elif window_from <= order.placed_at < window_to:
            after_orders[k] += 1
            after_spend[k] += amount
            after_high[k] = max(after_high[k], float(high > 0))
    touches: defaultdict[int, int] = defaultdict(int)
    for it in data.interactions:
        k = index.get(it.member_id)
        if k is not None and lookback_from <= it.at < event.held_at:
            touches[k] += 1
    for k, count in touches.items():
        cov[k, 3] = count / lookback_months
    with np.errstate(divide="ignore", invalid="ignore"):
        cov[:, 2] = np.where(cov[:, 1] > 0, high_spend / cov[:, 1], 0.0)
        aov = np.where(after_orders > 0, after_spend / after_orders, 0.0)
    cov[:, 0] /= lookback_months
    cov[:, 1] /= lookback_months
    outcomes: dict[Outcome, np.ndarray] = {
        "frequency": after_orders / months,
        "aov": aov,
        "high_margin": after_high,
    }
    return cov, outcomes, after_orders > 0


def pool(effects: list[EventEffect], outcome: Outcome) -> PooledEffect | None:
    """One outcome pooled over the measured events (weights: matched treated counts)."""
    parts = [c for e in effects if (c := getattr(e, outcome)) is not None]
    if not parts:
        return None
    weights = np.array([c.matched_treated for c in parts], dtype=float)
    total = float(weights.sum())
    att = float(np.dot(weights, [c.att for c in parts]) / total)
    se = np.array([(c.ci_high - c.ci_low) / (2 * Z95) for c in parts])
    half = Z95 * float(np.sqrt(np.dot(weights**2, se**2))) / total
    return PooledEffect(
        events=len(parts),
        att=att,
        ci_low=att - half,
        ci_high=att + half,
        naive=float(np.dot(weights, [c.naive for c in parts]) / total),
        matched_treated=int(total),
        matched_control=sum(c.matched_control for c in parts),
    )
