"""Crisis incidents: opened by the SOP trigger, acknowledged, updated, closed with a report.

One story raises one incident: the id derives from the story's root mention, so later mentions
of the same story (reposts, replies, another trigger) are linked to it instead of opening more.
Deadlines come from ``monitor.crisis`` and are stored on the document (see ``monitor.timers``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, Field

from monitor.cases import Case, case_from_doc, save_case
from monitor.crisis import ASSEMBLE_TEAM, RECTIFICATION_REPORT, crisis_steps
from monitor.policy import Severity
from radar.schemas import Mention
from store.base import Store, VersionConflict

INCIDENTS = "incidents"
IncidentStatus = Literal["open", "acknowledged", "closed"]
#: Linked mention ids kept on the document (the story graph has them all).
MAX_LINKED = 500


class CaseStateError(ValueError):
    """The case is in a state that forbids the change (e.g. closing twice)."""


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
    for _ in range(5):
        existing = get_incident(store, incident_id(story_id))
        if existing is None:
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
            try:
                return save_case(store, INCIDENTS, incident, create=True), "opened"
            except VersionConflict:
                continue
        if existing.status == "closed" or not _link(existing, trigger):
            return existing, "unchanged"
        existing.log(now, "linked", "radar", f"{trigger.id} ({trigger.read_count} reads)")
        try:
            return save_case(store, INCIDENTS, existing), "linked"
        except VersionConflict:
            continue
    raise VersionConflict(INCIDENTS, incident_id(story_id), -1, None)


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
