"""The ``community`` flow: the day's CRM snapshot with its churn 回访 tasks, then the KPI board's
warnings of the last ended month.

Three tasks: ``refresh_crm`` (``community.snapshot.refresh``: layers, tiers, rings, and one 回访
task per new lapse, enqueued in the notification outbox), ``raise_kpi_warnings``
(``community.board.kpi_board`` of the month before ``now``, every store together, and
``raise_board_alerts``: one ``kpi_warning`` per breached metric, keyed by month and metric),
and ``warm_board`` (the console's default board, computed once and kept). The first two are
idempotent (a lapse has one task, a breach one message), so a rerun sends nothing new.
The messages go out with the next ``monitor`` run's delivery round. Without CRM members the
flow does nothing. Served daily (``flows.serve``) and run by ``radar run --once``'s pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from prefect import flow, task

from community.board import kpi_board, raise_board_alerts
from community.handles import handle_key
from community.kpis import Month
from community.policy import load_policy
from community.records import MEMBERS
from community.snapshot import refresh
from flows.environment import progress_logger
from flows.retrying import IO_TASK
from monitor.notify import Outbox, configured_channels
from radar.settings import Settings
from store import open_store
from store.base import Store


@dataclass
class CommunityOutcome:
    """What one community run did."""

    members: int = 0
    churn_warnings: int = 0
    new_tasks: int = 0
    kpi_month: str | None = None
    new_kpi_warnings: int = 0


@task(**IO_TASK)
def refresh_crm(store: Store, settings: Settings, now: datetime) -> tuple[int, int, int]:
    """Take and store the day's snapshot, raise new 回访 tasks; (members, warnings, new)."""
    outbox = Outbox(store, list(configured_channels(settings)))
    snapshot, created = refresh(store, now, load_policy(), outbox, handle_key(settings.privacy))
    return snapshot.counts.members, snapshot.counts.churn_warnings, created


@task(**IO_TASK)
def raise_kpi_warnings(store: Store, settings: Settings, month: Month, now: datetime) -> int:
    """The board of ``month`` (every store) and its warnings through the outbox; how many new."""
    board = kpi_board(store, load_policy(), month, None, now)
    return raise_board_alerts(board, Outbox(store, list(configured_channels(settings))), now)


@task(**IO_TASK)
def warm_board(store: Store, now: datetime) -> str:
    """Compute and keep (``community.board_cache``) the board the console opens by default,
    the month of the latest order, so its first visitor does not wait for it; returns it."""
    return kpi_board(store, load_policy(), None, None, now).month


def community_once(store: Store, settings: Settings, now: datetime) -> CommunityOutcome:
    """The community flow's body."""
    log = progress_logger()
    if store.count_docs(MEMBERS) == 0:
        log.info("community: no CRM members yet (`radar crm import`)")
        return CommunityOutcome()
    members, warnings, created = refresh_crm(store, settings, now)
    month = Month.of(now).previous()
    new_warnings = raise_kpi_warnings(store, settings, month, now)
    warm_board(store, now)
    log.info(
        "community: %d member(s), %d churn warning(s), %d new 回访 task(s); KPI %s: %d new "
        "warning(s)",
        members,
        warnings,
        created,
        month,
        new_warnings,
    )
    return CommunityOutcome(members, warnings, created, str(month), new_warnings)


@flow(name="community", validate_parameters=False)
def community(settings: Settings | None = None, now: datetime | None = None) -> CommunityOutcome:
    """Refresh the CRM snapshot and churn warnings; raise the last month's KPI warnings."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        return community_once(store, settings, now or datetime.now(UTC))
    finally:
        store.close()
