"""Members as ops read them: the latest snapshot's layers and tiers, a member's page, the funnel.

Every member's layer, tier and ring come from a daily snapshot (``community.snapshot``), not from
the member record, so the lists read the latest stored snapshot; when none is stored yet,
``current_snapshot`` takes one (without raising 回访 tasks: that is ``refresh``'s job with an
outbox), as ``radar crm tiers`` does. The funnel over time is the stored snapshots' lifecycle
counts by date (docs/community.md).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel

from community.models import Interaction, Member, Order
from community.policy import CommunityPolicy, Layer
from community.records import INTERACTIONS, MEMBERS, ORDERS, SNAPSHOTS
from community.rfm import Cutoffs, Tier
from community.snapshot import Counts, MemberState, Snapshot, latest_snapshot, refresh
from community.tasks import FollowupTask, list_tasks
from radar.schemas import Filter, Page
from store.base import Store, iter_docs
from store.semantics import decode_cursor, encode_cursor

#: Orders and interactions a member's page shows (newest first).
RECENT = 20
_SORT = "member_id"


class MemberNotFound(Exception):
    """No member (in the records, or in the latest snapshot) has this id."""

    def __init__(self, member_id: str) -> None:
        super().__init__(f"member {member_id!r} does not exist")
        self.member_id = member_id


class CrmOverview(Counts):
    """``radar crm tiers --json``'s counts, with the snapshot they come from."""

    date: str
    as_of: AwareDatetime
    rings: dict[str, int]
    cutoffs: Cutoffs


class FunnelPoint(BaseModel):
    """One day of the lifecycle funnel."""

    date: str
    members: int
    lifecycle: dict[str, int]


class MemberRow(MemberState):
    """A member in a list: the snapshot's state with the record's store and joining."""

    id: str
    store: str
    joined_at: AwareDatetime
    paid_member: bool
    leader: bool


class MemberProfile(BaseModel):
    """A member's page: the record (handle only as whether it is linked), the latest state,
    recent orders and interactions, and their 回访 tasks."""

    member: Member
    linked_handle: bool
    snapshot_date: str | None
    state: MemberState | None
    orders: list[Order]
    interactions: list[Interaction]
    tasks: list[FollowupTask]


def current_snapshot(store: Store, policy: CommunityPolicy, now: datetime) -> Snapshot:
    """The latest stored snapshot, or one taken now (stored, no tasks raised) when none is."""
    return latest_snapshot(store) or refresh(store, now, policy)[0]


def overview(snapshot: Snapshot) -> CrmOverview:
    """Tier and lifecycle counts of a snapshot."""
    return CrmOverview(
        **snapshot.counts.model_dump(),
        date=snapshot.date,
        as_of=snapshot.as_of,
        rings=snapshot.rings,
        cutoffs=snapshot.cutoffs,
    )


def funnel(store: Store, *, limit: int = 30, cursor: str | None = None) -> Page[FunnelPoint]:
    """The lifecycle funnel by snapshot date, newest first."""
    page = store.find_docs(SNAPSHOTS, sort="-date", limit=limit, cursor=cursor)
    return page.map(
        lambda doc: FunnelPoint(
            date=doc.body["date"],
            members=doc.body["counts"]["members"],
            lifecycle=doc.body["counts"]["lifecycle"],
        )
    )


def list_members(
    store: Store,
    snapshot: Snapshot,
    *,
    tier: Tier | None = None,
    layer: Layer | None = None,
    store_id: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[MemberRow]:
    """The snapshot's members by id, filtered by tier, layer and store; cursor-paginated with
    the store's cursor codec (``InvalidCursor`` for one this list did not make)."""
    ids = sorted(
        member_id
        for member_id, state in snapshot.members.items()
        if (tier is None or state.tier == tier) and (layer is None or state.layer == layer)
    )
    if store_id is not None:
        local = {
            doc.id for doc in iter_docs(store, MEMBERS, [Filter(field="store", value=store_id)])
        }
        ids = [i for i in ids if i in local]
    start = 0
    if cursor is not None:
        _, after = decode_cursor(cursor, _SORT)
        start = next((n for n, i in enumerate(ids) if i > after), len(ids))
    chosen = ids[start : start + limit]
    rows = []
    for member_id in chosen:
        doc = store.get_doc(MEMBERS, member_id)
        if doc is None:
            continue  # deleted since the snapshot (a privacy erasure)
        member = Member.model_validate(doc.body)
        rows.append(
            MemberRow(
                **snapshot.members[member_id].model_dump(),
                id=member.id,
                store=member.store,
                joined_at=member.joined_at,
                paid_member=member.paid_member,
                leader=member.leader,
            )
        )
    more = start + limit < len(ids)
    next_cursor = encode_cursor(_SORT, chosen[-1], chosen[-1]) if more and chosen else None
    return Page(items=rows, total=len(ids), next_cursor=next_cursor)


def member_profile(store: Store, member_id: str) -> MemberProfile:
    """A member's page; ``MemberNotFound`` when no record has this id."""
    doc = store.get_doc(MEMBERS, member_id)
    if doc is None:
        raise MemberNotFound(member_id)
    member = Member.model_validate(doc.body)
    snapshot = latest_snapshot(store)
    mine = [Filter(field="member_id", value=member_id)]
    orders = [Order.model_validate(d.body) for d in iter_docs(store, ORDERS, mine)]
    interactions = [
        Interaction.model_validate(d.body) for d in iter_docs(store, INTERACTIONS, mine)
    ]
    orders.sort(key=lambda o: o.placed_at, reverse=True)
    interactions.sort(key=lambda i: i.at, reverse=True)
    return MemberProfile(
        member=member.model_copy(update={"handle": None}),
        linked_handle=member.handle is not None,
        snapshot_date=snapshot.date if snapshot else None,
        state=snapshot.members.get(member_id) if snapshot else None,
        orders=orders[:RECENT],
        interactions=interactions[:RECENT],
        tasks=list_tasks(store, status=None, member_id=member_id, limit=RECENT).items,
    )
