"""Notices for the ad-copy reviewers, carried by the same outbox as the PR team's.

``compliance`` and ``monitor`` are siblings (neither imports the other), so these take plain
values; the flow that wires compliance to the outbox (``flows/``) builds them from the review
queue and enqueues them: ``Outbox(store, channels).enqueue(review_queued_notice(...), now)``.
Their keys are per ad, tier and version, so a flow that runs every minute queues each once.
"""

from __future__ import annotations

from datetime import datetime

from monitor.notify.message import Notification

TIER_LABELS = {"legal": "法务审核", "committee": "消费者代表委员会"}


def _review_notice(
    ad_id: str,
    title: str,
    tier: str,
    due_at: datetime | None,
    now: datetime,
    version: int,
    *,
    event: str,
    kind: str,
    severity: str,
    headline: str,
    text: str,
    next_step: str,
) -> Notification:
    label = TIER_LABELS.get(tier, tier)
    return Notification(
        key=f"ads:{ad_id}:v{version}:{event}:{tier}",
        kind=kind,
        severity=severity,
        title=f"{headline} ({label}): {title[:60]}",
        text=text.format(label=label),
        ref=f"ads/{ad_id}",
        created_at=now,
        deadline=due_at,
        next_step=f"{label}: {next_step}",
        fields={"tier": label},
    )


def review_queued_notice(
    ad_id: str, title: str, tier: str, due_at: datetime | None, now: datetime, *, version: int = 1
) -> Notification:
    """Copy entered the ``tier`` review queue (seed 002 三级审核): review it before ``due_at``."""
    return _review_notice(
        ad_id,
        title,
        tier,
        due_at,
        now,
        version,
        event="queued",
        kind="review_queued",
        severity="medium",
        headline="待审广告文案",
        text="一份广告文案进入{label}队列,请在时限内完成审核。",
        next_step="审核并作出决定",
    )


def review_overdue_notice(
    ad_id: str, title: str, tier: str, due_at: datetime, now: datetime, *, version: int = 1
) -> Notification:
    """The ``tier`` review of copy is past its SLA."""
    return _review_notice(
        ad_id,
        title,
        tier,
        due_at,
        now,
        version,
        event="overdue",
        kind="review_overdue",
        severity="high",
        headline="审核超时",
        text="这份广告文案在{label}的审核已超过时限 (SLA)。",
        next_step="立即审核, 或调整审核人",
    )
