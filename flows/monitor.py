"""The ``monitor`` flow: alert rules, crisis incidents and SOP timers, then the outbox.

Two tasks, in this order: ``evaluate_monitor`` (``monitor.run_monitor``: every notification it
decides on is first persisted in the outbox) and ``deliver_notifications``
(``monitor.notify.deliver_pending``: claims, sends, backs off, dead-letters). Both are
idempotent at the same ``now``, so a run killed anywhere is simply run again; a notifier that
is down never blocks or loses a monitoring pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from prefect import flow, task

from flows.environment import progress_logger
from flows.retrying import IO_TASK
from monitor import MonitorReport, run_monitor
from monitor.notify import DeliveryReport, deliver_pending
from radar.settings import Settings
from store import open_store
from store.base import Store


@dataclass
class MonitorOutcome:
    """What one monitor run did: the monitoring pass and the delivery round."""

    monitoring: MonitorReport
    delivery: DeliveryReport

    @property
    def alerts(self) -> int:
        """Alerts raised in this run."""
        return len(self.monitoring.alerts.raised)

    @property
    def incidents(self) -> int:
        """Crisis incidents opened in this run."""
        return len(self.monitoring.incidents_opened)

    @property
    def historical_incidents(self) -> int:
        """Incidents recorded as historical in this run (backfill: no SOP timers)."""
        return len(self.monitoring.incidents_historical)


@task(**IO_TASK)
def evaluate_monitor(store: Store, settings: Settings, now: datetime) -> MonitorReport:
    """Alert rules, crisis triggers and the SOP timer sweep; notifications into the outbox."""
    return run_monitor(store, settings, now)


@task(**IO_TASK)
def deliver_notifications(store: Store, settings: Settings, now: datetime) -> DeliveryReport:
    """Send the due outbox entries (failures back off inside; nothing is lost)."""
    return deliver_pending(store, settings, now)


def monitor_once(store: Store, settings: Settings, now: datetime) -> MonitorOutcome:
    """The monitor flow's body."""
    log = progress_logger()
    monitoring = evaluate_monitor(store, settings, now)
    log.info("monitor: %s", monitoring.summary())
    delivery = deliver_notifications(store, settings, now)
    log.info("notify: %s", delivery.summary())
    return MonitorOutcome(monitoring=monitoring, delivery=delivery)


@flow(name="monitor", validate_parameters=False)
def monitor(settings: Settings | None = None, now: datetime | None = None) -> MonitorOutcome:
    """Evaluate alert rules and crisis triggers, sweep SOP timers, deliver notifications."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        return monitor_once(store, settings, now or datetime.now(UTC))
    finally:
        store.close()
