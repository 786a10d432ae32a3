"""Crisis incidents (危机处理SOP): list, read, acknowledge, update, close with the report.

Every endpoint needs a bearer token (any role); changes are recorded under the token's user.

Writes are optimistic: send the ``version`` you read (as ``expected_version``) and a concurrent
change answers 409 instead of being overwritten; leave it out to apply to the latest version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from monitor.cases import case_from_doc, save_case
from monitor.compensation import CompensationCase, CompensationSuggestion, suggest_compensation
from monitor.incidents import (
    INCIDENTS,
    CaseStateError,
    Incident,
    IncidentStatus,
    acknowledge,
    close,
    get_incident,
)
from monitor.notify.channels import configured_channels
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.policy import Severity, cached_policy
from radar.schemas import Filter, Page
from radar.settings import Settings
from review_api.auth import CurrentUser, current_user
from review_api.deps import SettingsDep, StoreDep
from review_api.errors import Conflict, NotFound
from store.base import Store, VersionConflict

router = APIRouter(
    prefix="/api/incidents", tags=["incidents"], dependencies=[Depends(current_user)]
)


class Acknowledge(BaseModel):
    """The emergency team is assembled."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=2000)
    expected_version: int | None = None


class IncidentUpdate(BaseModel):
    """Fields an update may change; ``complete_steps`` marks SOP steps done (e.g. follow_up)."""

    model_config = ConfigDict(extra="forbid")

    owner: str | None = Field(None, max_length=100)
    severity: Severity | None = None
    note: str | None = Field(None, max_length=5000)
    complete_steps: list[str] = Field(default_factory=list)
    expected_version: int | None = None


class CloseIncident(BaseModel):
    """Close with the rectification report (整改报告)."""

    model_config = ConfigDict(extra="forbid")

    report: str = Field(min_length=1, max_length=100_000)
    expected_version: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _load(store: Store, incident_id: str, expected: int | None) -> Incident:
    incident = get_incident(store, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    if expected is not None and expected != incident.version:
        raise Conflict(f"incident {incident_id} is at version {incident.version}, not {expected}")
    return incident


def _save(store: Store, incident: Incident) -> Incident:
    try:
        return save_case(store, INCIDENTS, incident)
    except VersionConflict as exc:
        raise Conflict(f"incident {incident.id} changed concurrently; reload and retry") from exc


@router.get("", response_model=Page[Incident])
def list_incidents(
    store: StoreDep,
    status: Annotated[list[IncidentStatus] | None, Query()] = None,
    severity: Annotated[list[Severity] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[Incident]:
    """Incidents, newest first (filter by status, e.g. ``status=open&status=acknowledged``)."""
    filters = [Filter(field="status", op="in", value=status)] if status else []
    if severity:
        filters.append(Filter(field="severity", op="in", value=severity))
    page = store.find_docs(INCIDENTS, filters, sort="-opened_ts", limit=limit, cursor=cursor)
    return Page[Incident](
        items=[case_from_doc(Incident, d) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{incident_id}", response_model=Incident)
def read_incident(incident_id: str, store: StoreDep) -> Incident:
    """One incident with its steps, timeline and linked mentions."""
    return _load(store, incident_id, None)


@router.post("/{incident_id}/acknowledge", response_model=Incident)
def acknowledge_incident(
    incident_id: str, body: Acknowledge, store: StoreDep, user: CurrentUser
) -> Incident:
    """Acknowledge: the emergency team is assembled (the 15-minute step)."""
    incident = _load(store, incident_id, body.expected_version)
    try:
        acknowledge(incident, user.name, _now(), body.note)
    except CaseStateError as exc:
        raise Conflict(str(exc)) from exc
    return _save(store, incident)


@router.patch("/{incident_id}", response_model=Incident)
def update_incident(
    incident_id: str, body: IncidentUpdate, store: StoreDep, user: CurrentUser
) -> Incident:
    """Change owner or severity, add a note, mark steps done."""
    incident = _load(store, incident_id, body.expected_version)
    if incident.status == "closed":
        raise Conflict(f"incident {incident_id} is closed")
    now = _now()
    if body.owner is not None and body.owner != incident.owner:
        incident.log(now, "owner changed", user.name, f"{incident.owner} -> {body.owner}")
        incident.owner = body.owner
    if body.severity is not None and body.severity != incident.severity:
        incident.log(now, "severity changed", user.name, f"{incident.severity} -> {body.severity}")
        incident.severity = body.severity
    for step in body.complete_steps:
        try:
            if not incident.complete_step(step, now, user.name, body.note):
                raise Conflict(f"step {step} is already done")
        except KeyError as exc:
            raise Conflict(str(exc.args[0])) from exc
    if body.note and not body.complete_steps:
        incident.log(now, "note", user.name, body.note)
    return _save(store, incident)


def _closed_notice(incident: Incident, now: datetime) -> Notification:
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


@router.post("/{incident_id}/close", response_model=Incident)
def close_incident(
    incident_id: str,
    body: CloseIncident,
    store: StoreDep,
    settings: SettingsDep,
    user: CurrentUser,
) -> Incident:
    """Close with the rectification report; the PR channel is told."""
    incident = _load(store, incident_id, body.expected_version)
    now = _now()
    try:
        close(incident, user.name, body.report, now)
    except CaseStateError as exc:
        raise Conflict(str(exc)) from exc
    saved = _save(store, incident)
    _outbox(store, settings).enqueue(_closed_notice(saved, now), now)
    return saved


def _outbox(store: Store, settings: Settings) -> Outbox:
    return Outbox(store, list(configured_channels(settings)))


@router.get("/{incident_id}/compensation", response_model=CompensationSuggestion)
def incident_compensation(
    incident_id: str,
    store: StoreDep,
    settings: SettingsDep,
    value_tier: str | None = None,
    order_amount: Annotated[float | None, Query(ge=0)] = None,
    days_since_purchase: Annotated[int | None, Query(ge=0)] = None,
    fresh: bool = False,
) -> CompensationSuggestion:
    """Compensation suggestion for a customer affected by this incident."""
    incident = _load(store, incident_id, None)
    case = CompensationCase.model_validate(
        {
            "category": incident.category,
            "severity": incident.severity,
            "reach": incident.reach,
            "value_tier": value_tier,
            "order_amount": order_amount,
            "days_since_purchase": days_since_purchase,
            "fresh": fresh,
        }
    )
    return suggest_compensation(case, cached_policy(settings.monitor_policy_path))
