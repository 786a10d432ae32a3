"""The full pass: collect → analyse → community → monitor/notify → ad intake, as one parent flow.

Each stage is its own sub-flow (visible as such in Prefect), run in order because each reads
what the previous one wrote to the store; the one overlap is that the collect flow analyses
full batches of what the crawls have stored while they still run
(``RADAR_ANALYSE_DURING_COLLECT``), leaving the rest to the analyse flow. A source that fails is
reported in the pass's result and does not stop the pass; a stage that fails after its retries
fails the pass with its cause.
``radar run --once`` prints ``PassReport.summary()`` as its last line.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from time import perf_counter
from typing import Any

from prefect import flow

from flows.ad_intake import ad_intake
from flows.analyse import analyse
from flows.collect import collect
from flows.community import community
from flows.environment import progress_logger
from flows.monitor import monitor
from radar.settings import Settings


@dataclass
class PassReport:
    """The result of one full pass (``radar run --once``'s JSON line)."""

    collected: int = 0
    stored: int = 0
    analysed: int = 0
    alerts: int = 0
    incidents: int = 0
    historical_incidents: int = 0
    notifications_sent: int = 0
    ads_checked: int = 0
    churn_tasks: int = 0
    crm_members: int = 0
    churn_warnings: int = 0
    kpi_warnings: int = 0
    failed_sources: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The JSON-ready summary (field names are a contract: extend, never rename)."""
        return asdict(self)


@flow(name="full-pass", validate_parameters=False)
def full_pass(sources: list[str] | None = None, settings: Settings | None = None) -> PassReport:
    """One pass over every stage; returns the counts ``radar run --once`` reports."""
    settings = settings or Settings()
    log = progress_logger()
    started = perf_counter()
    report = PassReport()

    log.info("collect: crawling %s", ", ".join(sources) if sources else "every enabled source")
    collected = collect(
        sources=sources, settings=settings, analyse_meanwhile=settings.analyse.during_collect
    )
    report.collected, report.stored = collected.collected, collected.stored
    report.failed_sources = collected.failed

    log.info("analyse: NLP over new and changed mentions")
    analysed = analyse(settings=settings)
    report.analysed = collected.analysed + analysed.analysed

    crm = community(settings=settings, now=datetime.now(UTC))  # before monitor: it delivers
    report.churn_tasks = crm.new_tasks
    report.crm_members, report.churn_warnings = crm.members, crm.churn_warnings
    report.kpi_warnings = crm.new_kpi_warnings

    outcome = monitor(settings=settings, now=datetime.now(UTC))
    report.alerts, report.incidents = outcome.alerts, outcome.incidents
    report.historical_incidents = outcome.historical_incidents
    report.notifications_sent = len(outcome.delivery.sent)

    report.ads_checked = ad_intake(settings=settings)
    log.info("ad intake: %d submitted ad(s) checked", report.ads_checked)

    report.seconds = round(perf_counter() - started, 3)
    return report
