"""The ``ad_intake`` flow: the tier-1 Advertising-Law check on ad copy still ``submitted``.

Ad copy arrives through the API or a file upload and is stored as ``submitted`` first; this flow
runs ``compliance.intake.check_pending``, which checks each one and routes it to its next review
tier with an optimistic-version write. A run killed midway leaves the unchecked ads
``submitted``, and the next run checks exactly those (seed 002, 合规管理模块: 初审 AI语义识别).

Then the reviewers hear about their queue through the PR team's outbox (``compliance`` and
``monitor`` are siblings, so this flow wires them): one notice per ad, tier and version when copy
enters the legal or committee queue, and one when its review passes the tier's SLA. The notices'
keys make a rerun (every minute) queue nothing twice.
"""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import flow, task

from compliance.intake import check_pending
from compliance.queue import review_queue
from compliance.states import OPEN_REVIEW
from flows.retrying import IO_TASK
from monitor.notify import Outbox, configured_channels
from monitor.notify.reviews import review_overdue_notice, review_queued_notice
from radar.settings import Settings
from store import open_store
from store.base import Store


@task(**IO_TASK)
def check_submitted_ads(store: Store, settings: Settings) -> int:
    """Tier-1 check and routing of every submitted ad; returns how many were checked."""
    return check_pending(store, settings)


def notify_reviewers(store: Store, outbox: Outbox, now: datetime) -> int:
    """Queue the reviewers' notices for every open review; returns how many were new."""
    new = 0
    for tier, status in OPEN_REVIEW.items():
        cursor: str | None = None
        while True:
            page = review_queue(store, status=status, limit=200, cursor=cursor)
            for ad in page.items:
                new += outbox.enqueue(
                    review_queued_notice(ad.id, ad.title, tier, ad.due_at, now, version=ad.version),
                    now,
                )
                if ad.due_at is not None and ad.is_overdue(now):
                    new += outbox.enqueue(
                        review_overdue_notice(
                            ad.id, ad.title, tier, ad.due_at, now, version=ad.version
                        ),
                        now,
                    )
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    return new


@flow(name="ad-intake", validate_parameters=False)
def ad_intake(settings: Settings | None = None) -> int:
    """Run the tier-1 compliance check on submitted ad copy."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        checked = check_submitted_ads(store, settings)
        notify_reviewers(
            store, Outbox(store, list(configured_channels(settings))), datetime.now(UTC)
        )
        return checked
    finally:
        store.close()
