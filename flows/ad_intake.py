"""The ``ad_intake`` flow: the tier-1 Advertising-Law check on ad copy still ``submitted``.

Ad copy arrives through the API or a file upload and is stored as ``submitted`` first; this flow
runs ``compliance.intake.check_pending``, which checks each one and routes it to its next review
tier with an optimistic-version write. A run killed midway leaves the unchecked ads
``submitted``, and the next run checks exactly those (seed 002, 合规管理模块: 初审 AI语义识别).
"""

from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NONE

from compliance.intake import check_pending
from flows.retrying import IO_RETRIES, IO_RETRY_DELAYS, retry_on_io
from radar.settings import Settings
from store import open_store
from store.base import Store


@task(
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAYS,
    retry_condition_fn=retry_on_io,
    cache_policy=NONE,
)
def check_submitted_ads(store: Store, settings: Settings) -> int:
    """Tier-1 check and routing of every submitted ad; returns how many were checked."""
    return check_pending(store, settings)


@flow(name="ad-intake", validate_parameters=False)
def ad_intake(settings: Settings | None = None) -> int:
    """Run the tier-1 compliance check on submitted ad copy."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        return check_submitted_ads(store, settings)
    finally:
        store.close()
