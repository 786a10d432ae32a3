"""Typed records of the community CRM: members, orders, interactions, events.

These are what ``radar crm import`` accepts (one CSV row or JSON line each) and what the store
keeps in the ``crm_*`` collections (``community.records``). Times are aware instants; a date
without a time is read as midnight in the brand's time zone (``radar.timezone``).

Seed 000 (the 同心圆 model) names the rings an event targets (外环 辐射层 / 中环 互动层 / 内环
共创层) and the two kinds of gathering (品牌活动 Brand Events / 社区仪式 Community Rituals);
seed 000 's 高毛利品类渗透率 needs each order line's margin class (自有品牌、进口商品或有机生鲜
are the seed's examples of high-margin lines).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

Ring = Literal["outer", "middle", "inner"]
EventType = Literal["brand_event", "community_ritual"]
MarginClass = Literal["high", "normal", "low"]
InteractionKind = Literal["message", "like", "comment", "share", "checkin", "referral"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\s/]+$")


class Member(_Record):
    """A registered member (会员) of one store's community."""

    joined_at: AwareDatetime
    store: str = Field(min_length=1)
    handle: str | None = Field(
        None,
        description="Chat/social author name; stored only as its keyed hash "
        "(community.handles), which links the member's mentions to them.",
    )
    paid_member: bool = Field(False, description="Holds a paid membership (付费会员).")
    paid_since: AwareDatetime | None = Field(
        None, description="When the paid membership began (unset: from joining, if paid)."
    )
    leader: bool = Field(False, description="Is a 团长 (group leader, 星火计划).")
    referred_by: str | None = Field(None, description="Member id of the referrer (老客推荐).")


class OrderLine(BaseModel):
    """One line of an order."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    sku: str = Field(min_length=1)
    category: str = Field(min_length=1)
    margin_class: MarginClass = "normal"
    quantity: int = Field(1, ge=1)
    amount: Decimal = Field(ge=0, description="Line total in CNY.")


class Order(_Record):
    """A paid order of a member; ``amount`` is the sum of its lines."""

    member_id: str = Field(min_length=1)
    store: str = Field(min_length=1)
    placed_at: AwareDatetime
    lines: list[OrderLine] = Field(min_length=1)
    leader_id: str | None = Field(None, description="团长 whose group the order came through.")

    @property
    def amount(self) -> Decimal:
        """Order total."""
        return sum((line.amount for line in self.lines), Decimal(0))


class Interaction(_Record):
    """Something a member did in the community (chat message, like, comment, share, check-in,
    referral); ``reach`` is how many people saw it, when known."""

    member_id: str = Field(min_length=1)
    kind: InteractionKind
    at: AwareDatetime
    event_id: str | None = None
    reach: int = Field(0, ge=0)


class Event(_Record):
    """A community gathering (seed 000: 品牌活动 vs 社区仪式, aimed at one ring)."""

    type: EventType
    ring: Ring
    store: str = Field(min_length=1)
    held_at: AwareDatetime
    title: str = ""
    attendees: list[str] = Field(default_factory=list, description="Member ids who came.")


CrmRecord = Member | Order | Interaction | Event


def record_time(record: CrmRecord) -> datetime:
    """The instant a record is about (joined, placed, done, held)."""
    if isinstance(record, Member):
        return record.joined_at
    if isinstance(record, Order):
        return record.placed_at
    if isinstance(record, Interaction):
        return record.at
    return record.held_at
