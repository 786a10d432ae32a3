"""Churn warnings (流失预警) and their 回访 tasks.

seed 002 "建立流失预警机制:对连续3天未互动用户自动触发专属客服回访". An active or core member
(the layers ``churn.layers`` of the policy) whose last interaction is ``idle_days`` or more ago
has lapsed; it is warned while fresh (idle less than ``max_idle_days``, 14: an older lapse
means the member has churned, which seed 001's 低价值/流失 tier handles). A lapse is identified
by the member and the instant of that last interaction, so each lapse yields exactly one task
however often the check runs; a member who comes back and lapses again gets a new one. A
member who never interacted counts from the day they joined.

Each new task is sent to the ops channel through the notification outbox (``monitor.notify``,
idempotent by the task id) and stored in ``crm_tasks`` (created with "must not exist yet"); it
carries the member's tier, layer and last activity.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import AwareDatetime, BaseModel

from community.policy import ChurnPolicy, Layer
from community.records import TASKS
from community.rfm import Tier
from monitor.notify import Notification, Outbox
from radar.timezone import local_time
from store.base import Store, VersionConflict

_DAY = 86400.0


class MemberActivity(BaseModel):
    """What the churn rule needs to know about a member."""

    member_id: str
    store: str
    layer: Layer
    tier: Tier
    last_activity_at: AwareDatetime


class ChurnWarning(BaseModel):
    """One lapse of one member: the 回访 task to create."""

    task_id: str
    member_id: str
    store: str
    layer: Layer
    tier: Tier
    last_activity_at: AwareDatetime
    idle_days: float


def lapse_id(member_id: str, last_activity_at: datetime) -> str:
    """Task id of a lapse: member and the instant of the interaction the lapse started after."""
    return f"churn-{member_id}-{int(last_activity_at.timestamp())}"


def churn_warnings(
    members: Sequence[MemberActivity], now: datetime, policy: ChurnPolicy
) -> list[ChurnWarning]:
    """Members of the watched layers idle for ``policy.idle_days`` or more (and less than
    ``policy.max_idle_days``), oldest lapse first."""
    out: list[ChurnWarning] = []
    for m in members:
        idle = (now - m.last_activity_at).total_seconds() / _DAY
        fresh = policy.max_idle_days is None or idle < policy.max_idle_days
        if m.layer in policy.layers and idle >= policy.idle_days and fresh:
            out.append(
                ChurnWarning(
                    task_id=lapse_id(m.member_id, m.last_activity_at),
                    member_id=m.member_id,
                    store=m.store,
                    layer=m.layer,
                    tier=m.tier,
                    last_activity_at=m.last_activity_at,
                    idle_days=round(idle, 2),
                )
            )
    out.sort(key=lambda w: (w.last_activity_at, w.member_id))
    return out


def followup_notification(warning: ChurnWarning, now: datetime) -> Notification:
    """The ops message for one 回访 task."""
    return Notification(
        key=warning.task_id,
        kind="churn_followup",
        severity="medium" if warning.tier in ("koc", "high_value") else "low",
        title=f"回访 {warning.member_id}: {warning.idle_days:.0f} 天未互动",
        text="流失预警:连续未互动,请专属客服回访 (seed 002).",
        ref=f"{TASKS}/{warning.task_id}",
        created_at=now,
        fields={
            "member": warning.member_id,
            "store": warning.store,
            "tier": warning.tier,
            "layer": warning.layer,
            "last_activity": local_time(warning.last_activity_at),
        },
    )


def raise_followup_tasks(
    store: Store, warnings: Sequence[ChurnWarning], outbox: Outbox, now: datetime
) -> int:
    """Create the task and enqueue its message for each new lapse; returns how many were new."""
    created = 0
    for warning in warnings:
        if store.get_doc(TASKS, warning.task_id) is not None:
            continue  # this lapse already has its task
        # The message first: the outbox is idempotent by key, so a crash between the two writes
        # is repaired by the next run, and a task never exists without its message.
        outbox.enqueue(followup_notification(warning, now), now)
        body = {**warning.model_dump(mode="json"), "status": "open", "created_at": now.isoformat()}
        try:
            store.put_doc(TASKS, warning.task_id, body, expected_version=0)
        except VersionConflict:
            continue  # a concurrent run created it
        created += 1
    return created
