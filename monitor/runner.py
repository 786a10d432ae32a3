"""One monitoring pass: crisis trigger, alert rules, timer sweep; notifications into the outbox.

``run_monitor`` is what the ``monitor`` step of ``radar run`` calls; delivery is a separate call
(``monitor.notify.deliver_pending``) so a down notifier never blocks or loses a monitoring pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.alerts import AlertReport, evaluate_alerts
from monitor.crisis import first_seen_at, is_backfill, is_crisis_trigger
from monitor.incidents import (
    INCIDENTS,
    historical_notice,
    open_or_link,
    opened_notice,
    record_responses,
)
from monitor.notify.channels import configured_channels
from monitor.notify.outbox import Outbox
from monitor.policy import MonitorPolicy, Severity, cached_policy, max_severity, severity_of
from monitor.propagation import story_members, story_reach, story_root_ids
from monitor.sop import SweepReport, sweep
from monitor.tickets import ticket_for_complaint
from nlp.alerts import AlertLexicon
from radar.privacy import pseudonym_key
from radar.schemas import MentionQuery
from radar.settings import Settings
from store.base import Store

__all__ = ["MonitorReport", "opened_notice", "run_monitor", "stream_clock"]


@dataclass
class MonitorReport:
    """What one monitoring pass did."""

    incidents_opened: list[str] = field(default_factory=list)
    incidents_linked: list[str] = field(default_factory=list)
    incidents_historical: list[str] = field(default_factory=list)
    responses_recorded: int = 0
    tickets_opened: list[str] = field(default_factory=list)
    alerts: AlertReport = field(default_factory=AlertReport)
    sweep: SweepReport = field(default_factory=SweepReport)
    notifications_enqueued: int = 0

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{len(self.incidents_opened)} incident(s) opened, "
            f"{len(self.incidents_linked)} linked, "
            f"{len(self.incidents_historical)} historical (backfill), "
            f"{len(self.tickets_opened)} ticket(s) opened, "
            f"{len(self.alerts.raised)} alert(s) raised, {len(self.alerts.updated)} updated, "
            f"{len(self.sweep.escalated)} step(s) escalated, "
            f"{self.notifications_enqueued} notification(s) queued"
        )


def stream_clock(store: Store, now: datetime) -> datetime:
    """``now``, or the newest mention's time when nothing was published in the last day."""
    newest = store.search_mentions(MentionQuery(until=now), limit=1).items
    if newest and now - newest[0].published_at > timedelta(days=1):
        return newest[0].published_at
    return now


def _crisis_pass(
    store: Store,
    policy: MonitorPolicy,
    lexicon: AlertLexicon,
    outbox: Outbox,
    now: datetime,
    report: MonitorReport,
    key: bytes,
) -> None:
    """Open or link the incident of every crisis trigger; keep reach and brand responses of
    the live ones current."""
    threshold = policy.crisis.read_threshold
    max_age = timedelta(hours=policy.crisis.backfill_max_age_hours)
    critical = [c for c in lexicon.categories if lexicon.severity(c) == "critical"]
    candidates = {
        m.id: m
        for query in (
            MentionQuery(sentiment=["negative"], min_reads=threshold + 1),
            MentionQuery(alert_category=critical, min_reads=threshold + 1) if critical else None,
        )
        if query is not None
        for m in store.iter_mentions(query)
    }
    triggers = sorted(
        (
            m
            for m in candidates.values()
            if m.sentiment is not None
            and is_crisis_trigger(
                m.sentiment.label,
                m.read_count,
                threshold,
                critical_alert=any(c in critical for c in m.alert_categories),
            )
            and m.published_at <= now
            # The brand's own posts are its response, not a complaint.
            and not policy.is_brand_account(m.platform, m.author)
        ),
        key=lambda m: (m.published_at, m.id),
    )
    roots = story_root_ids(store, triggers)
    seen = {m.id: first_seen_at(m.published_at, m.collected_at, now) for m in triggers}
    backfill = {m.id: is_backfill(m.published_at, seen[m.id], max_age) for m in triggers}
    # Reach and responses are read for the stories that are (or may become) live: new ones,
    # open or acknowledged ones and ones with a fresh trigger; not for closed or old history.
    live_roots: set[str] = set()
    for mention in triggers:
        doc = store.get_doc(INCIDENTS, f"inc-{roots[mention.id]}")
        status = doc.body.get("status") if doc else None
        if (
            doc is None
            or status in ("open", "acknowledged")
            or (status == "historical" and not backfill[mention.id])
        ):
            live_roots.add(roots[mention.id])
    members = story_members(store, live_roots)
    for mention in triggers:
        root = roots[mention.id]
        categories = mention.alert_categories
        severities: list[Severity] = [severity_of(c, policy, lexicon) for c in categories]
        story = members.get(root)
        incident, outcome = open_or_link(
            store,
            root,
            mention,
            # A crisis by the seed's definition: at least "high", more if a category says so.
            severity=max_severity([*severities, "high"]),
            category=categories[0] if categories else None,
            now=now,
            clock_start=seen[mention.id],
            historical=backfill[mention.id],
            reach=story_reach(story) if story else None,
        )
        if outcome == "opened":
            (
                report.incidents_historical if incident.historical else report.incidents_opened
            ).append(incident.id)
        elif outcome == "linked":
            report.incidents_linked.append(incident.id)
        if incident.status == "closed":
            continue
        # Idempotent: re-enqueueing an incident already announced is a no-op.
        notice = historical_notice if incident.historical else opened_notice
        outbox.enqueue(notice(incident, incident.opened_at), now)
        responses = [m for m in story or [] if policy.is_brand_account(m.platform, m.author)]
        if responses:
            report.responses_recorded += len(
                record_responses(store, incident.id, responses, now, key=key)
            )


def run_monitor(store: Store, settings: Settings, now: datetime) -> MonitorReport:
    """Evaluate alert rules on recent mentions, open crisis incidents (negative mention past
    the policy's ``crisis.read_threshold`` reads, not from the brand's own accounts; one per
    story, any age: a post already older than ``crisis.backfill_max_age_hours`` when first seen
    is recorded as a historical incident without timers), open a 1-3-5 ticket for each negative
    complaint (``RADAR_COMPLAINT_PLATFORMS``), sweep SOP timers, and enqueue every notification
    in the outbox. Idempotent: a re-run at the same ``now`` changes nothing."""
    policy = cached_policy(settings.monitor.policy_path)
    lexicon = AlertLexicon.default(settings.nlp.alert_lexicon_path)
    outbox = Outbox(store, list(configured_channels(settings)))
    report = MonitorReport()
    before = store.count_docs("outbox")
    key = pseudonym_key(settings.privacy)  # tickets and timelines name people by pseudonym

    _crisis_pass(store, policy, lexicon, outbox, now, report, key)

    # The rules look at the stream's latest hours: up to now, or up to the newest mention when
    # the stream is older (a stalled source, a replayed archive, the bundled demo network).
    end = stream_clock(store, now)
    # Only mentions with alert hits feed the keyword rule: ask the store for those alone.
    window = MentionQuery(
        since=end - timedelta(hours=policy.alerts.lookback_hours),
        until=end + timedelta(microseconds=1),
    )
    categories = [b.key for b in store.mention_terms("alert_category", window, size=1000)]
    recent = (
        [
            m
            for m in store.iter_mentions(window.model_copy(update={"alert_category": categories}))
            # The brand's own posts are its response, never an alert about it.
            if not policy.is_brand_account(m.platform, m.author)
        ]
        if categories
        else []
    )
    if settings.monitor.complaint_platforms:
        complaints = MentionQuery(
            platform=settings.monitor.complaint_platforms,
            sentiment=["negative"],
            until=window.until,
        )
        for mention in store.iter_mentions(complaints):
            if policy.is_brand_account(mention.platform, mention.author):
                continue
            ticket = ticket_for_complaint(store, mention, now, key=key)
            if ticket is not None:
                report.tickets_opened.append(ticket.id)
    report.alerts = evaluate_alerts(
        store, policy, recent, now, outbox, window_end=window.until, lexicon=lexicon
    )
    report.sweep = sweep(store, now, outbox)
    report.notifications_enqueued = store.count_docs("outbox") - before
    return report
