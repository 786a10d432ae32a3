"""The ``privacy`` flow: the daily housekeeping personal data needs (PIPL, docs/privacy.md).

Two tasks: ``retain`` (``community.privacy.retain_mentions`` with
``RADAR_PRIVACY_RETENTION_DAYS``: the mentions published before the retention horizon are
deleted, each day's counts kept first, and a receipt stored) and ``pseudonymise_legacy``
(``community.privacy.pseudonymise_cases``: handles that tickets and incident timelines stored
in clear before they named people by pseudonym). Both are idempotent. Served daily at night
(``flows.serve``); ``radar privacy retain`` does the first by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from prefect import flow, task

from community.privacy import pseudonymise_cases, retain_mentions
from flows.environment import progress_logger
from flows.retrying import IO_TASK
from radar.privacy import pseudonym_key
from radar.settings import Settings
from store import open_store
from store.base import Store

#: Who the receipts name as having acted.
ACTOR = "flow:privacy"


@dataclass
class PrivacyOutcome:
    """What one privacy run did."""

    mentions_deleted: int = 0
    pseudonymised: dict[str, int] = field(default_factory=dict)


@task(**IO_TASK)
def retain(store: Store, days: int, now: datetime) -> int:
    """Delete the mentions past the retention period; how many."""
    return retain_mentions(store, days, by=ACTOR, now=now).deleted.get("mentions", 0)


@task(**IO_TASK)
def pseudonymise_legacy(store: Store, key: bytes) -> dict[str, int]:
    """Pseudonymise the handles older tickets and incident timelines kept in clear."""
    return pseudonymise_cases(store, key)


def privacy_once(store: Store, settings: Settings, now: datetime) -> PrivacyOutcome:
    """The privacy flow's body."""
    deleted = retain(store, settings.privacy.retention_days, now)
    changed = pseudonymise_legacy(store, pseudonym_key(settings.privacy))
    progress_logger().info(
        "privacy: %d mention(s) past %d days deleted; handles pseudonymised in %d ticket(s), "
        "%d incident(s)",
        deleted,
        settings.privacy.retention_days,
        changed.get("tickets", 0),
        changed.get("incidents", 0),
    )
    return PrivacyOutcome(deleted, {k: v for k, v in changed.items() if v})


@flow(name="privacy", validate_parameters=False)
def privacy(settings: Settings | None = None, now: datetime | None = None) -> PrivacyOutcome:
    """Apply the retention period and pseudonymise legacy handles."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        return privacy_once(store, settings, now or datetime.now(UTC))
    finally:
        store.close()
