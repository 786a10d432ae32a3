"""One monitoring pass: crisis trigger, alert rules, timer sweep; notifications into the outbox.

``run_monitor`` is what the ``monitor`` step of ``radar run`` calls; delivery is a separate call
(``monitor.notify.deliver_pending``) so a down notifier never blocks or loses a monitoring pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.alerts import AlertReport, evaluate_alerts
from monitor.crisis import is_crisis_trigger
from monitor.incidents import Incident, open_or_link
from monitor.notify.channels import configured_channels
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.policy import Severity, cached_policy, max_severity, severity_of
from monitor.propagation import story_root_ids
from monitor.sop import SweepReport, sweep
from monitor.tickets import ticket_for_complaint
from nlp.alerts import AlertLexicon
from radar.schemas import MentionQuery
from radar.settings import Settings
from radar.timezone import local_time
from store.base import Store


@dataclass
class MonitorReport:
    """What one monitoring pass did."""

    incidents_opened: list[str] = field(default_factory=list)
    incidents_linked: list[str] = field(default_factory=list)
    tickets_opened: list[str] = field(default_factory=list)
    alerts: AlertReport = field(default_factory=AlertReport)
    sweep: SweepReport = field(default_factory=SweepReport)
    notifications_enqueued: int = 0

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{len(self.incidents_opened)} incident(s) opened, "
            f"{len(self.incidents_linked)} linked, "
            f"{len(self.tickets_opened)} ticket(s) opened, "
            f"{len(self.alerts.raised)} alert(s) raised, {len(self.alerts.updated)} updated, "
            f"{len(self.sweep.escalated)} step(s) escalated, "
            f"{self.notifications_enqueued} notification(s) queued"
        )


def opened_notice(incident: Incident, now: datetime) -> Notification:
    """The "incident opened" message (idempotency key per incident)."""
    ack = incident.steps[0].due_at
    return Notification(
        key=f"incidents:{incident.id}:opened",
        kind="incident_opened",
        severity=incident.severity,
        title=f"危机事件 {incident.title}",
        text=f"A negative mention passed the read threshold. Assemble the emergency team and "
        f"acknowledge by {local_time(ack)} (15分钟内启动应急小组).",
        ref=f"incidents/{incident.id}",
        created_at=now,
        fields={
            "story": incident.story_id,
            "reach": incident.reach,
            "platforms": ", ".join(incident.platforms),
            "deadlines": "; ".join(f"{s.name} {local_time(s.due_at)}" for s in incident.steps),
        },
    )


def stream_clock(store: Store, now: datetime) -> datetime:
    """``now``, or the newest mention's time when nothing was published in the last day."""
    newest = store.search_mentions(MentionQuery(until=now), limit=1).items
    if newest and now - newest[0].published_at > timedelta(days=1):
        return newest[0].published_at
    return now


def run_monitor(store: Store, settings: Settings, now: datetime) -> MonitorReport:
    """Evaluate alert rules on recent mentions, open crisis incidents (negative mention past
    the policy's ``crisis.read_threshold`` reads; one per story, any age), open a 1-3-5 ticket
    for each negative complaint (``RADAR_COMPLAINT_PLATFORMS``), sweep SOP timers, and enqueue
    every notification in the outbox. Idempotent: a re-run at the same ``now`` changes nothing."""
    policy = cached_policy(settings.monitor.policy_path)
    lexicon = AlertLexicon.default(settings.nlp.alert_lexicon_path)
    threshold = policy.crisis.read_threshold
    outbox = Outbox(store, list(configured_channels(settings)))
    report = MonitorReport()
    before = store.count_docs("outbox")

    triggers = [
        m
        for m in store.iter_mentions(MentionQuery(sentiment=["negative"], min_reads=threshold + 1))
        if m.sentiment is not None
        and is_crisis_trigger(m.sentiment.label, m.read_count, threshold)
        and m.published_at <= now
    ]
    roots = story_root_ids(store, triggers)
    for mention in triggers:
        categories = mention.alert_categories
        severities: list[Severity] = [severity_of(c, policy, lexicon) for c in categories]
        incident, outcome = open_or_link(
            store,
            roots[mention.id],
            mention,
            # A crisis by the seed's definition: at least "high", more if a category says so.
            severity=max_severity([*severities, "high"]),
            category=categories[0] if categories else None,
            now=now,
        )
        if outcome == "opened":
            report.incidents_opened.append(incident.id)
        elif outcome == "linked":
            report.incidents_linked.append(incident.id)
        if incident.status != "closed":
            # Idempotent: re-enqueueing an incident already announced is a no-op.
            outbox.enqueue(opened_notice(incident, incident.opened_at), now)

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
        list(store.iter_mentions(window.model_copy(update={"alert_category": categories})))
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
            ticket = ticket_for_complaint(store, mention, now)
            if ticket is not None:
                report.tickets_opened.append(ticket.id)
    report.alerts = evaluate_alerts(
        store, policy, recent, now, outbox, window_end=window.until, lexicon=lexicon
    )
    report.sweep = sweep(store, now, outbox)
    report.notifications_enqueued = store.count_docs("outbox") - before
    return report
