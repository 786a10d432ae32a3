"""Crisis incidents: opened by the SOP trigger, acknowledged, updated, closed with a report.

One story raises one incident: the id derives from the story's root mention, so later mentions
of the same story (reposts, replies, another trigger) are linked to it instead of opening more.
Deadlines come from ``monitor.crisis`` and are stored on the document (see ``monitor.timers``).

The changes people make (acknowledge, change owner or severity, complete a step, close with the
report and tell the PR channel) are the ``*_incident`` functions here, which the API, the CLI and
flows all call: each reads the stored incident, applies the pure change (``acknowledge``,
``amend``, ``close``) and writes it with the version read (``monitor.cases.update_case``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Field

from monitor.cases import Case, case_from_doc, get_case, list_cases, update_case
from monitor.crisis import ASSEMBLE_TEAM, RECTIFICATION_REPORT, crisis_steps
from monitor.errors import CaseStateError
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.policy import Severity
from radar.schemas import Filter, Mention, Page, StoredDoc
from store.base import Store
from store.update import update_doc

INCIDENTS = "incidents"
IncidentStatus = Literal["open", "acknowledged", "closed"]
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
    reach: int = Field(0, description="Sum of reads of the linked mentions.")
    platforms: list[str] = Field(default_factory=list)
    owner: str | None = None
    opened_at: AwareDatetime
    opened_ts: float
    acknowledged_at: AwareDatetime | None = None
    closed_at: AwareDatetime | None = None
    report: str | None = None


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
) -> tuple[Incident, LinkOutcome]:
    """Open the story's incident, or link ``trigger`` to the existing one. Returns the incident
    and what happened. Closed incidents are never reopened automatically."""
    outcome: LinkOutcome = "unchanged"

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal outcome
        if doc is None:
            title = f"{category or '负面舆情'}: {(trigger.title or trigger.text)[:40]}"
            incident = Incident(
                id=incident_id(story_id),
                title=title,
                category=category,
                severity=severity,
                story_id=story_id,
                trigger_mention_id=trigger.id,
                opened_at=now,
                opened_ts=now.timestamp(),
                steps=crisis_steps(now),
            )
            _link(incident, trigger)
            incident.log(
                now,
                "opened",
                "radar",
                f"negative mention {trigger.id} on {trigger.platform}, {trigger.read_count} reads",
            )
            outcome = "opened"
            return incident.to_body()
        existing = case_from_doc(Incident, doc)
        if existing.status == "closed" or not _link(existing, trigger):
            outcome = "unchanged"
            return None
        existing.log(now, "linked", "radar", f"{trigger.id} ({trigger.read_count} reads)")
        outcome = "linked"
        return existing.to_body()

    stored = update_doc(store, INCIDENTS, incident_id(story_id), apply)
    assert stored is not None  # apply writes a new incident
    return case_from_doc(Incident, stored), outcome


def acknowledge(incident: Incident, by: str, now: datetime, note: str | None = None) -> Incident:
    """The emergency team is assembled (completes the 15-minute step); ``by`` becomes owner."""
    if incident.status == "closed":
        raise CaseStateError(f"incident {incident.id} is closed")
    if incident.status == "acknowledged":
        raise CaseStateError(f"incident {incident.id} was already acknowledged")
    incident.status, incident.acknowledged_at = "acknowledged", now
    incident.owner = incident.owner or by
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
    if incident.acknowledged_at is None:
        incident.complete_step(ASSEMBLE_TEAM, now, by, "acknowledged on close")
        incident.acknowledged_at = now
    incident.complete_step(RECTIFICATION_REPORT, now, by, "report attached")
    incident.status, incident.closed_at, incident.report = "closed", now, report
    incident.log(now, "closed", by, report[:200])
    return incident


def closed_notice(incident: Incident, now: datetime) -> Notification:
    """The "incident closed" message for the PR channel (idempotency key per incident)."""
    return Notification(
        key=f"incidents:{incident.id}:closed",
        kind="incident_closed",
        severity=incident.severity,
        title=f"危机事件已关闭 {incident.title}",
        text=(incident.report or "")[:2000],
        ref=f"incidents/{incident.id}",
        created_at=now,
        fields={"owner": incident.owner or "", "closed_by": incident.timeline[-1].by or ""},
    )


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
