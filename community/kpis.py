"""The KPI board's monthly metrics: pure functions over the CRM records of one month and store.

seed 000 "建立动态“社区运营看板” … 每月追踪社区核心指标,并设定预警值。关键指标包括:
活动参与人数增长率、内容互动率(点赞、评论、分享)、付费会员转化率"; seed 001 "月度复购率高达70%",
"老客推荐带来的新客占比超过50%"; seed 000 "高毛利品类渗透率 | 分析该客群是否更倾向于购买高毛利的
自有品牌、进口商品或有机生鲜".

A month is a calendar month in the brand's time zone, ``[start, end)``. A store's community is
its members (``Member.store``): their orders, interactions and the events held at the store
count, whichever store an order was placed in. Each metric keeps its numerator and denominator
so the board can be audited; a metric whose denominator is 0 has no value (and never breaches).
Formulae (docs/community.md):

* participation_growth = (A_M − A_{M−1}) / A_{M−1}, A = distinct attendees of the events held
  at the store in the month;
* interaction_rate = members with a like, comment or share in the month / members joined by the
  month's end;
* paid_conversion = members whose paid membership began in the month / members joined by the
  month's end who were not paid at its start (``paid_since``; unset on a paid member: joining);
* repurchase_rate = members who ordered in M−1 and again in M / members who ordered in M−1;
* referral_share = members joined in M with a referrer / members joined in M;
* high_margin_penetration = members who bought a high-margin line in M / members who ordered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from pydantic import BaseModel

from community.models import Event, Interaction, Member, Order
from community.policy import KpiMetric
from community.records import CrmData
from radar.timezone import BRAND_TZ

#: seed 000 内容互动率(点赞、评论、分享): the interaction kinds that count as content interaction.
CONTENT_KINDS = ("like", "comment", "share")


class MetricValue(BaseModel):
    """One metric of one month: value = numerator / denominator (None when it is 0)."""

    value: float | None
    numerator: float
    denominator: float
    warning: float | None = None
    breached: bool = False


@dataclass(frozen=True)
class Month:
    """A calendar month in the brand's time zone."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM``."""
        year, _, month = text.partition("-")
        if not (len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls(int(year), int(month))

    @classmethod
    def of(cls, moment: datetime) -> Month:
        """The month an instant falls in."""
        local = moment.astimezone(BRAND_TZ)
        return cls(local.year, local.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @cached_property
    def start(self) -> datetime:
        """First instant of the month."""
        return datetime(self.year, self.month, 1, tzinfo=BRAND_TZ)

    @cached_property
    def end(self) -> datetime:
        """First instant of the next month."""
        return self.next().start

    def next(self) -> Month:
        """The month after."""
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        """The month before."""
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def holds(self, moment: datetime) -> bool:
        """Whether the instant falls in the month."""
        return self.start <= moment < self.end


def ratio(numerator: float, denominator: float) -> MetricValue:
    """A metric value from its parts."""
    return MetricValue(
        value=numerator / denominator if denominator else None,
        numerator=numerator,
        denominator=denominator,
    )


def _attendees(events: Iterable[Event], month: Month) -> set[str]:
    return {a for e in events if month.holds(e.held_at) for a in e.attendees}


def _buyers(orders: Iterable[Order], month: Month) -> set[str]:
    return {o.member_id for o in orders if month.holds(o.placed_at)}


def _paid_from(member: Member) -> datetime | None:
    if not member.paid_member:
        return None
    return member.paid_since or member.joined_at


def store_data(data: CrmData, store_id: str | None) -> CrmData:
    """The records of one store's community (all of them for ``None``)."""
    if store_id is None:
        return data
    members = [m for m in data.members if m.store == store_id]
    ids = {m.id for m in members}
    return CrmData(
        members=members,
        orders=[o for o in data.orders if o.member_id in ids],
        interactions=[i for i in data.interactions if i.member_id in ids],
        events=[e for e in data.events if e.store == store_id],
    )


def monthly_metrics(data: CrmData, month: Month) -> dict[KpiMetric, MetricValue]:
    """Every monthly metric of the records given (already cut to one store's community)."""
    start, end = month.start, month.end
    previous = month.previous()
    now_attending = len(_attendees(data.events, month))
    before_attending = len(_attendees(data.events, previous))
    members = [m for m in data.members if m.joined_at < end]
    interacting = _interacting(data.interactions, month)
    not_paid_at_start = [m for m in members if (p := _paid_from(m)) is None or p >= start]
    converted = [m for m in not_paid_at_start if (p := _paid_from(m)) is not None and p < end]
    joined = [m for m in members if m.joined_at >= start]
    buyers, buyers_before = _buyers(data.orders, month), _buyers(data.orders, previous)
    high_margin = {
        o.member_id
        for o in data.orders
        if month.holds(o.placed_at) and any(line.margin_class == "high" for line in o.lines)
    }
    return {
        "participation_growth": ratio(now_attending - before_attending, before_attending),
        "interaction_rate": ratio(len(interacting & {m.id for m in members}), len(members)),
        "paid_conversion": ratio(len(converted), len(not_paid_at_start)),
        "repurchase_rate": ratio(len(buyers & buyers_before), len(buyers_before)),
        "referral_share": ratio(sum(m.referred_by is not None for m in joined), len(joined)),
        "high_margin_penetration": ratio(len(high_margin), len(buyers)),
    }


def _interacting(interactions: Iterable[Interaction], month: Month) -> set[str]:
    return {i.member_id for i in interactions if i.kind in CONTENT_KINDS and month.holds(i.at)}


def apply_warnings(
    metrics: dict[KpiMetric, MetricValue], warnings: dict[KpiMetric, float]
) -> list[KpiMetric]:
    """Set each metric's warning value and breach flag (value below its 预警值); returns the
    breached metrics in board order."""
    breached: list[KpiMetric] = []
    for name, metric in metrics.items():
        limit = warnings.get(name)
        metric.warning = limit
        metric.breached = limit is not None and metric.value is not None and metric.value < limit
        if metric.breached:
            breached.append(name)
    return breached
