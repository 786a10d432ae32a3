"""The daily CRM snapshot: every member's layer, RFM tier, ring, tags; 团长 星火 tiers; churn.

``take_snapshot`` is pure (records in, snapshot out, as of an instant: records after it are
ignored); ``refresh`` loads the records, stores the snapshot as ``crm_snapshots/<local date>``
(the cut-offs and every member's value with it, so the tiers can be audited) and raises the
回访 tasks of new lapses. The monitoring data enter through ``community.handles``: the reach of
a linked member's posts adds to their influence, their chat keywords to their interest tags.
The funnel over time is the snapshots' ``lifecycle`` counts by date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import datetime, timedelta

from pydantic import AwareDatetime, BaseModel

from community.churn import ChurnWarning, MemberActivity, churn_warnings, raise_followup_tasks
from community.handles import MemberSignals, member_signals
from community.handles import handle_key as default_handle_key
from community.layers import LAYERS, Ring, SparkTier, lifecycle_layer, ring_of, spark_tier
from community.policy import CommunityPolicy, InterestPolicy, Layer
from community.records import SNAPSHOTS, CrmData, load_crm
from community.rfm import TIERS, Cutoffs, RfmInput, Tier, score_members
from monitor.notify import Outbox
from radar.timezone import BRAND_TZ
from store.base import Store

_DAY = 86400.0
#: Interaction kinds that spread the brand (seed 001 KOC: 乐于分享、有影响力).
SHARING_KINDS = ("share", "referral")


class MemberState(BaseModel):
    """One member in one snapshot."""

    layer: Layer
    tier: Tier
    ring: Ring
    r: int
    f: int
    m: int
    value: float
    influence: int
    tags: list[str]
    last_activity_at: AwareDatetime


class Counts(BaseModel):
    """The headline counts (``radar crm tiers``)."""

    members: int
    tiers: dict[str, int]
    lifecycle: dict[str, int]
    churn_warnings: int


class Snapshot(BaseModel):
    """A day's snapshot."""

    date: str
    as_of: AwareDatetime
    cutoffs: Cutoffs
    counts: Counts
    rings: dict[str, int]
    spark: dict[str, SparkTier]
    members: dict[str, MemberState]
    warnings: list[ChurnWarning]


def take_snapshot(
    data: CrmData,
    as_of: datetime,
    policy: CommunityPolicy,
    signals: Mapping[str, MemberSignals] | None = None,
) -> Snapshot:
    """Compute the snapshot as of ``as_of``; ``signals`` (``community.handles.member_signals``)
    give, per member id, the reach of their posts in the monitoring data (the KOC influence
    bridge) and their group-chat keywords (interest tags)."""
    window_start = as_of - timedelta(days=policy.tiers.window_days)
    members = [m for m in data.members if m.joined_at <= as_of]
    last_touch: dict[str, datetime] = {}
    influence: Counter[str] = Counter()
    activity_30: Counter[str] = Counter()
    for it in data.interactions:
        if it.at > as_of:
            continue
        if it.member_id not in last_touch or it.at > last_touch[it.member_id]:
            last_touch[it.member_id] = it.at
        if it.kind in SHARING_KINDS and it.at >= window_start:
            influence[it.member_id] += max(it.reach, 1)
        if it.at >= as_of - timedelta(days=30):
            activity_30[it.member_id] += 1
    last_order: dict[str, datetime] = {}
    freq: Counter[str] = Counter()
    spend: defaultdict[str, float] = defaultdict(float)
    by_category: defaultdict[str, Counter[str]] = defaultdict(Counter)
    leader_gmv: defaultdict[str, float] = defaultdict(float)
    leader_buyers: defaultdict[str, set[str]] = defaultdict(set)
    for order in data.orders:
        if order.placed_at > as_of or order.placed_at < window_start:
            continue
        amount = float(order.amount)
        freq[order.member_id] += 1
        spend[order.member_id] += amount
        if order.member_id not in last_order or order.placed_at > last_order[order.member_id]:
            last_order[order.member_id] = order.placed_at
        for line in order.lines:
            by_category[order.member_id][line.category] += int(line.amount * 100)
        if order.leader_id:
            leader_gmv[order.leader_id] += amount
            leader_buyers[order.leader_id].add(order.member_id)
    bridge = signals or {}
    inputs = []
    for m in members:
        recent = last_order.get(m.id)
        extra = bridge[m.id].reach if m.id in bridge else 0
        inputs.append(
            RfmInput(
                member_id=m.id,
                recency_days=None if recent is None else (as_of - recent).total_seconds() / _DAY,
                frequency=freq[m.id],
                monetary=spend[m.id],
                influence=influence[m.id] + extra,
            )
        )
    scores, cut = score_members(inputs, policy.tiers)
    states: dict[str, MemberState] = {}
    activities: list[MemberActivity] = []
    for m, score in zip(members, scores, strict=True):
        touched = [t for t in (last_touch.get(m.id), last_order.get(m.id)) if t is not None]
        last_activity = max(touched) if touched else m.joined_at
        tenure = (as_of - m.joined_at).total_seconds() / _DAY
        idle = (as_of - last_activity).total_seconds() / _DAY
        layer = lifecycle_layer(tenure, idle if touched else None, policy.lifecycle)
        states[m.id] = MemberState(
            layer=layer,
            tier=score.tier,
            ring=ring_of(True, idle if touched else None, score.tier == "koc"),
            r=score.r,
            f=score.f,
            m=score.m,
            value=score.value,
            influence=score.influence,
            tags=interest_tags(by_category[m.id], bridge.get(m.id), policy.interest),
            last_activity_at=last_activity,
        )
        activities.append(
            MemberActivity(
                member_id=m.id,
                store=m.store,
                layer=layer,
                tier=score.tier,
                last_activity_at=last_touch.get(m.id, m.joined_at),
            )
        )
    warnings = churn_warnings(activities, as_of, policy.churn)
    group: defaultdict[str, set[str]] = defaultdict(set)
    for m in members:
        if m.referred_by:
            group[m.referred_by].add(m.id)
    spark: dict[str, SparkTier] = {}
    for m in members:
        if m.leader:
            audience = group[m.id] | leader_buyers[m.id]
            conversion = len(leader_buyers[m.id]) / len(audience) if audience else 0.0
            spark[m.id] = spark_tier(activity_30[m.id], conversion, leader_gmv[m.id], policy.spark)
    tiers = Counter(s.tier for s in states.values())
    layers = Counter(s.layer for s in states.values())
    rings = Counter(s.ring for s in states.values())
    return Snapshot(
        date=as_of.astimezone(BRAND_TZ).date().isoformat(),
        as_of=as_of,
        cutoffs=cut,
        counts=Counts(
            members=len(states),
            tiers={t: tiers[t] for t in TIERS},
            lifecycle={layer: layers[layer] for layer in LAYERS},
            churn_warnings=len(warnings),
        ),
        rings={r: rings[r] for r in ("outer", "middle", "inner")},
        spark=spark,
        members=states,
        warnings=warnings,
    )


def interest_tags(
    spend_by_category: Counter[str], signals: MemberSignals | None, policy: InterestPolicy
) -> list[str]:
    """seed 001 兴趣标签: the top order categories by spend, then the top keywords of the
    member's group-chat messages that are not already there."""
    tags = [c for c, _ in spend_by_category.most_common(policy.order_tags)]
    if signals is not None and policy.chat_tags:
        words = [w for w, _ in signals.chat_keywords.most_common() if w not in tags]
        tags += words[: policy.chat_tags]
    return tags


def refresh(
    store: Store,
    now: datetime,
    policy: CommunityPolicy,
    outbox: Outbox | None = None,
    handle_key: bytes | None = None,
) -> tuple[Snapshot, int]:
    """Take today's snapshot from the stored records (with the monitoring data of the tier
    window, linked through the members' pseudonymised handles under ``handle_key``), store it,
    raise new 回访 tasks (when an outbox is given); returns the snapshot and how many tasks
    were new."""
    data = load_crm(store)
    since = now - timedelta(days=policy.tiers.window_days)
    signals = member_signals(
        store,
        data.members,
        handle_key or default_handle_key(),
        since,
        now,
        policy.interest.chat_platforms,
    )
    snapshot = take_snapshot(data, now, policy, signals)
    store.put_doc(SNAPSHOTS, snapshot.date, snapshot.model_dump(mode="json"))
    created = raise_followup_tasks(store, snapshot.warnings, outbox, now) if outbox else 0
    return snapshot, created


def latest_snapshot(store: Store) -> Snapshot | None:
    """The most recent stored snapshot."""
    page = store.find_docs(SNAPSHOTS, sort="-date", limit=1)
    return Snapshot.model_validate(page.items[0].body) if page.items else None
