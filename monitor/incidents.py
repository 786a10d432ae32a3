"""Crisis incidents: opened by the SOP trigger, acknowledged, updated, closed with a report or
dismissed as a false positive.

One story raises one incident: the id derives from the story's root mention, so later mentions
of the same story (reposts, replies, another trigger) are linked to it instead of opening more.
Deadlines come from ``monitor.crisis`` and are stored on the document (see ``monitor.timers``).

The changes people make (acknowledge, change owner or severity, complete a step, close with the
report and tell the PR channel) are the ``*_incident`` functions here, which the API, the CLI and
flows all call: each reads the stored incident, applies the pure change (``acknowledge``,
``amend``, ``close``, ``dismiss``) and writes it with the version read
(``monitor.cases.update_case``).

Status and outcome: ``open`` -> ``acknowledged`` -> ``closed``, with outcome ``rectified``
(closed with the 7-day rectification report) or ``false_positive`` (dismissed with a reason, from
any state, no report). ``historical``: found as backfill, no timers; it turns ``open`` when a
fresh trigger of the story arrives.

The SOP clock starts when the system first could have seen the trigger (``clock_started_at``,
``monitor.crisis.first_seen_at``), not when the post was published. The brand's own posts in
the story are its response (``record_responses``): logged on the timeline, and the first one
completes the response step (``assemble_team``). A response is logged by the author's
pseudonym (``platform:hh1:…``) with the mention's id, never the handle in clear (docs/privacy.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Field

from monitor.cases import Case, case_from_doc, get_case, list_cases, update_case
from monitor.crisis import ASSEMBLE_TEAM, CRISIS_STEPS, RECTIFICATION_REPORT, crisis_steps
from monitor.errors import CaseStateError
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.policy import Severity
from radar.privacy import pseudonymise_optional
from radar.schemas import Filter, Mention, Page, StoredDoc
from radar.timezone import local_time
from store.base import Store
from store.update import update_doc

INCIDENTS = "incidents"
IncidentStatus = Literal["open", "acknowledged", "closed", "historical"]
#: How a closed incident ended: handled with its report, or dismissed as a false positive.
IncidentOutcome = Literal["rectified", "false_positive"]
#: Brand responses kept on the document.
MAX_RESPONSES = 50
#: Linked mention ids kept on the document (the story graph has them all).
MAX_LINKED = 500


class Incident(Case):
    """A crisis incident (危机处理SOP)."""

    status: IncidentStatus = "open"
    title: str
    category: str | None = None
    severity: Severity = "high"
    story_id: str = Field(description="Root mention of the story.")
    trigger_mention_id: str
    mention_ids: list[str] = Field(default_factory=list)
    reach: int = Field(
        0,
        description="Reach of the story (monitor.propagation.story_reach): reads of all its "
        "mentions, the figure the propagation graph and the notifications show.",
    )
    platforms: list[str] = Field(default_factory=list)
    owner: str | None = None
    opened_at: AwareDatetime
    opened_ts: float
    clock_started_at: AwareDatetime | None = Field(
        None,
        description="When the system first could have seen the trigger: SOP deadlines "
        "count from here.",
    )
    post_url: str | None = Field(None, description="The trigger mention's original post.")
    historical: bool = Field(
        False,
        description="Found as backfill (older than the policy's backfill age when first "
        "seen): recorded without SOP timers.",
    )
    response_mention_ids: list[str] = Field(
        default_factory=list, description="The brand's own posts in the story (its response)."
    )
    acknowledged_at: AwareDatetime | None = None
    closed_at: AwareDatetime | None = None
    outcome: IncidentOutcome | None = None
    report: str | None = None
    dismissal_reason: str | None = None


def incident_id(story_id: str) -> str:
    """Incident id of a story."""
    return f"inc-{story_id}"


def get_incident(store: Store, incident_id_: str) -> Incident | None:
    """The stored incident or None."""
    doc = store.get_doc(INCIDENTS, incident_id_)
    return case_from_doc(Incident, doc) if doc else None


def read_incident(store: Store, incident_id_: str) -> Incident:
    """The stored incident; ``NotFoundError`` when there is none."""
    return get_case(store, INCIDENTS, Incident, incident_id_)


def list_incidents(
    store: Store,
    *,
    status: Sequence[IncidentStatus] | None = None,
    severity: Sequence[Severity] | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Incident]:
    """Incidents, newest first, optionally only those in ``status`` / of ``severity``."""
    filters = [Filter(field="status", op="in", value=list(status))] if status else []
    if severity:
        filters.append(Filter(field="severity", op="in", value=list(severity)))
    return list_cases(
        store, INCIDENTS, Incident, filters, sort="-opened_ts", limit=limit, cursor=cursor
    )


def _link(incident: Incident, mention: Mention) -> bool:
    if mention.id in incident.mention_ids or len(incident.mention_ids) >= MAX_LINKED:
        return False
    incident.mention_ids.append(mention.id)
    incident.reach += mention.read_count
    if mention.platform not in incident.platforms:
        incident.platforms.append(mention.platform)
    return True


LinkOutcome = Literal["opened", "linked", "unchanged"]


def open_or_link(
    store: Store,
    story_id: str,
    trigger: Mention,
    *,
    severity: Severity,
    category: str | None,
    now: datetime,
    clock_start: datetime | None = None,
    historical: bool = False,
    reach: int | None = None,
) -> tuple[Incident, LinkOutcome]:
    """Open the story's incident, or link ``trigger`` to the existing one. Returns the incident
    and what happened. Closed incidents are never reopened automatically.

    ``clock_start`` (default ``now``): when the system first could have seen ``trigger``; the SOP
    deadlines count from it. ``historical``: a backfill trigger, recorded without timers; a
    historical incident becomes live (open, with timers) when a trigger that is not arrives.
    ``reach``: the story's reach (``monitor.propagation.story_reach``), stored when given."""
    outcome: LinkOutcome = "unchanged"
    start = clock_start or now

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal outcome
        if doc is None:
            title = f"{category or '负面舆情'}: {(trigger.title or trigger.text)[:40]}"
            incident = Incident(
                id=incident_id(story_id),
                status="historical" if historical else "open",
                title=title,
                category=category,
                severity=severity,
                story_id=story_id,
                trigger_mention_id=trigger.id,
                post_url=trigger.url,
                opened_at=now,
                opened_ts=now.timestamp(),
                clock_started_at=start,
                historical=historical,
                steps=[] if historical else crisis_steps(start),
            )
            _link(incident, trigger)
            if reach is not None:
                incident.reach = reach
            incident.log(
                now,
                "recorded as history (backfill, no SOP timers)" if historical else "opened",
                "radar",
                f"negative mention {trigger.id} on {trigger.platform}, {trigger.read_count} "
                f"reads, published {local_time(trigger.published_at)}, first seen "
                f"{local_time(start)}",
            )
            outcome = "opened"
            return incident.to_body()
        existing = case_from_doc(Incident, doc)
        if existing.status == "closed":
            return None
        linked = _link(existing, trigger)
        revived = existing.status == "historical" and not historical and linked
        if revived:
            existing.status, existing.historical = "open", False
            existing.clock_started_at = start
            existing.steps = crisis_steps(start)
            existing.log(now, "live again: a fresh trigger of the story", "radar", trigger.id)
        elif linked:
            existing.log(now, "linked", "radar", f"{trigger.id} ({trigger.read_count} reads)")
        changed_reach = reach is not None and reach != existing.reach
        if reach is not None:
            existing.reach = reach
        outcome = "opened" if revived else "linked" if linked else "unchanged"
        return existing.to_body() if linked or changed_reach else None

    stored = update_doc(store, INCIDENTS, incident_id(story_id), apply)
    assert stored is not None  # apply writes a new incident
    return case_from_doc(Incident, stored), outcome


def is_live(incident: Incident) -> bool:
    """Open or acknowledged: the SOP runs."""
    return incident.status in ("open", "acknowledged")


def record_responses(
    store: Store, incident_id_: str, responses: Sequence[Mention], now: datetime, *, key: bytes
) -> list[str]:
    """Log the brand's own posts of the story (``responses``) on the incident's timeline, each
    once, by ``platform:<author's pseudonym under key>`` with the mention id; the first one
    completes the response step (``assemble_team``) of a live incident. Returns the ids newly
    recorded."""
    recorded: list[str] = []

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        recorded.clear()
        if doc is None:
            return None
        incident = case_from_doc(Incident, doc)
        if incident.status == "closed":
            return None
        for mention in sorted(responses, key=lambda m: (m.published_at, m.id)):
            if mention.id in incident.response_mention_ids:
                continue
            if len(incident.response_mention_ids) >= MAX_RESPONSES:
                break
            incident.response_mention_ids.append(mention.id)
            by = f"{mention.platform}:{pseudonymise_optional(mention.author, key) or ''}"
            at = min(now, max(mention.published_at, incident.opened_at))
            detail = f"{mention.url} {mention.text[:200]}"
            incident.log(at, "brand response", by, detail, mention_id=mention.id)
            if is_live(incident):
                step = next((s for s in incident.steps if s.name == ASSEMBLE_TEAM), None)
                if step is not None and step.pending:
                    incident.complete_step(ASSEMBLE_TEAM, at, by, "the brand replied publicly")
            recorded.append(mention.id)
        return incident.to_body() if recorded else None

    update_doc(store, INCIDENTS, incident_id_, apply)
    return recorded


def acknowledge(incident: Incident, by: str, now: datetime, note: str | None = None) -> Incident:
    """The emergency team is assembled (completes the 15-minute step); ``by`` becomes owner."""
    if incident.status == "closed":
        raise CaseStateError(f"incident {incident.id} is closed")
    if incident.status == "historical":
        raise CaseStateError(f"incident {incident.id} is history (backfill): close or dismiss it")
    if incident.status == "acknowledged":
        raise CaseStateError(f"incident {incident.id} was already acknowledged")
    incident.status, incident.acknowledged_at = "acknowledged", now
    incident.owner = incident.owner or by
    # False when a brand response completed the step already: acknowledging takes ownership.
    incident.complete_step(ASSEMBLE_TEAM, now, by, note)
    incident.log(now, "acknowledged", by, note)
    return incident


def amend(
    incident: Incident,
    by: str,
    now: datetime,
    *,
    owner: str | None = None,
    severity: Severity | None = None,
    note: str | None = None,
    complete_steps: Sequence[str] = (),
) -> Incident:
    """Change owner or severity, mark SOP steps done, add a note; each change is logged."""
    if incident.status == "closed":
        raise CaseStateError(f"incident {incident.id} is closed")
    if owner is not None and owner != incident.owner:
        incident.log(now, "owner changed", by, f"{incident.owner} -> {owner}")
        incident.owner = owner
    if severity is not None and severity != incident.severity:
        incident.log(now, "severity changed", by, f"{incident.severity} -> {severity}")
        incident.severity = severity
    for step in complete_steps:
        try:
            done = incident.complete_step(step, now, by, note)
        except KeyError as exc:
            raise CaseStateError(str(exc.args[0])) from exc
        if not done:
            raise CaseStateError(f"step {step} is already done")
    if note and not complete_steps:
        incident.log(now, "note", by, note)
    return incident


def close(incident: Incident, by: str, report: str, now: datetime) -> Incident:
    """Close with the rectification report (completes the 7-day step)."""
    if incident.status == "closed":
        raise CaseStateError(f"incident {incident.id} is already closed")
    if not report.strip():
        raise CaseStateError("closing an incident needs its rectification report")
    names = {s.name for s in incident.steps}
    if incident.acknowledged_at is None and ASSEMBLE_TEAM in names:
        incident.complete_step(ASSEMBLE_TEAM, now, by, "acknowledged on close")
        incident.acknowledged_at = now
    if RECTIFICATION_REPORT in names:
        incident.complete_step(RECTIFICATION_REPORT, now, by, "report attached")
    incident.status, incident.closed_at, incident.report = "closed", now, report
    incident.outcome = "rectified"
    incident.log(now, "closed", by, report[:200])
    return incident


def dismiss(incident: Incident, by: str, reason: str, now: datetime) -> Incident:
    """Close as a false positive (not a crisis after all) with the reason; no report needed.
    Its pending steps stop (nothing escalates any more)."""
    if incident.status == "closed":
        raise CaseStateError(f"incident {incident.id} is already closed")
    if not reason.strip():
        raise CaseStateError("dismissing an incident needs a reason")
    incident.status, incident.closed_at = "closed", now
    incident.outcome, incident.dismissal_reason = "false_positive", reason
    incident.log(now, "dismissed as a false positive", by, reason[:500])
    return incident


def _next_step(incident: Incident) -> tuple[str | None, datetime | None]:
    pending = [s for s in incident.steps if s.pending]
    if not pending:
        return None, None
    step = min(pending, key=lambda s: s.due_at)
    return step.title, step.due_at


def incident_fields(incident: Incident) -> dict[str, Any]:
    """The facts every incident notice shows."""
    return {
        "story": incident.story_id,
        "reach": incident.reach,
        "platforms": ", ".join(incident.platforms),
        "owner": incident.owner or "未指派",
    }


def opened_notice(incident: Incident, now: datetime) -> Notification:
    """The "incident opened" message (idempotency key per incident): the next step is to
    assemble the team within 15 minutes of the moment the post could first be seen."""
    step, due = _next_step(incident)
    return Notification(
        key=f"incidents:{incident.id}:opened",
        kind="incident_opened",
        severity=incident.severity,
        title=f"危机事件 {incident.title}",
        text=f"一条负面帖子阅读量超过阈值({incident.reach} 次传播)。请在截止时间前启动应急小组"
        f"并在系统中确认(15分钟内启动应急小组)。",
        ref=f"incidents/{incident.id}",
        created_at=now,
        post_url=incident.post_url,
        deadline=due,
        next_step=step or CRISIS_STEPS[0].title,
        fields={
            **incident_fields(incident),
            "deadlines": "; ".join(f"{s.title} {local_time(s.due_at)}" for s in incident.steps),
        },
    )


def historical_notice(incident: Incident, now: datetime) -> Notification:
    """One notice for an incident found as backfill: no deadline, the next step is a review."""
    return Notification(
        key=f"incidents:{incident.id}:historical",
        kind="incident_historical",
        severity="low",
        title=f"历史负面事件(回溯发现) {incident.title}",
        text="首次采集时发现的历史负面帖子,阅读量超过阈值。不启动15分钟计时;"
        "请评估是否仍需处理,或关闭/标记为误报。",
        ref=f"incidents/{incident.id}",
        created_at=now,
        post_url=incident.post_url,
        next_step="评估后关闭或标记为误报 (close / dismiss)",
        fields=incident_fields(incident),
    )


def closed_notice(incident: Incident, now: datetime) -> Notification:
    """The "incident closed" (or "dismissed") message for the PR channel, once per incident."""
    dismissed = incident.outcome == "false_positive"
    return Notification(
        key=f"incidents:{incident.id}:closed",
        kind="incident_dismissed" if dismissed else "incident_closed",
        severity=incident.severity,
        title=f"{'危机事件已标记为误报' if dismissed else '危机事件已关闭'} {incident.title}",
        text=((incident.dismissal_reason if dismissed else incident.report) or "")[:2000],
        ref=f"incidents/{incident.id}",
        created_at=now,
        post_url=incident.post_url,
        fields={
            **incident_fields(incident),
            "closed_by": incident.timeline[-1].by or "",
            **({"reason": "误报 (false positive)"} if dismissed else {}),
        },
    )


def outcome_counts(store: Store) -> dict[str, int]:
    """Incidents by outcome for metrics: ``open``, ``acknowledged``, ``historical`` (by status)
    and the closed ones by outcome, ``rectified`` and ``false_positive``."""
    counts = {
        status: store.count_docs(INCIDENTS, [Filter(field="status", value=status)])
        for status in ("open", "acknowledged", "historical")
    }
    for outcome in ("rectified", "false_positive"):
        counts[outcome] = store.count_docs(
            INCIDENTS,
            [Filter(field="status", value="closed"), Filter(field="outcome", value=outcome)],
        )
    return counts


def acknowledge_incident(
    store: Store,
    incident_id_: str,
    by: str,
    now: datetime,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Incident:
    """Acknowledge the stored incident (``acknowledge``) and save it."""
    return update_case(
        store,
        INCIDENTS,
        Incident,
        incident_id_,
        lambda incident: acknowledge(incident, by, now, note),
        expected_version=expected_version,
    )


def update_incident(
    store: Store,
    incident_id_: str,
    by: str,
    now: datetime,
    *,
    owner: str | None = None,
    severity: Severity | None = None,
    note: str | None = None,
    complete_steps: Sequence[str] = (),
    expected_version: int | None = None,
) -> Incident:
    """Change the stored incident (``amend``) and save it."""
    return update_case(
        store,
        INCIDENTS,
        Incident,
        incident_id_,
        lambda incident: amend(
            incident,
            by,
            now,
            owner=owner,
            severity=severity,
            note=note,
            complete_steps=complete_steps,
        ),
        expected_version=expected_version,
    )


def close_incident(
    store: Store,
    incident_id_: str,
    by: str,
    report: str,
    now: datetime,
    outbox: Outbox,
    *,
    expected_version: int | None = None,
) -> Incident:
    """Close the stored incident with its report (``close``), save it, then tell the channels."""
    closed = update_case(
        store,
        INCIDENTS,
        Incident,
        incident_id_,
        lambda incident: close(incident, by, report, now),
        expected_version=expected_version,
    )
    outbox.enqueue(closed_notice(closed, now), now)
    return closed


def dismiss_incident(
    store: Store,
    incident_id_: str,
    by: str,
    reason: str,
    now: datetime,
    outbox: Outbox,
    *,
    expected_version: int | None = None,
) -> Incident:
    """Dismiss the stored incident as a false positive (``dismiss``), save it, then tell the
    channels."""
    dismissed = update_case(
        store,
        INCIDENTS,
        Incident,
        incident_id_,
        lambda incident: dismiss(incident, by, reason, now),
        expected_version=expected_version,
    )
    outbox.enqueue(closed_notice(dismissed, now), now)
    return dismissed
