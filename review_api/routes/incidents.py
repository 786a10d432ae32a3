"""Crisis incidents (危机处理SOP): list, read, acknowledge, update, close with the report.

Reading is for the dashboard roles; acknowledging, changing (owner, severity: a downgrade
included) and closing are for ``pr`` and ``admin`` only (``identity.permissions``). Changes are
recorded under the signed-in user. The handlers call ``monitor.incidents``, as the CLI and flows
do.

Writes are optimistic: send the ``version`` you read (as ``expected_version``) and a concurrent
change answers 409 instead of being overwritten; leave it out to apply to the latest version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from identity.users import User
from monitor import incidents
from monitor.compensation import CompensationCase, CompensationSuggestion, suggest_compensation
from monitor.incidents import Incident, IncidentStatus
from monitor.policy import Severity
from radar.schemas import Page
from review_api.auth import require
from review_api.deps import (
    MAX_COUNT,
    ItemId,
    LexiconDep,
    OutboxDep,
    PageCursor,
    PageLimit,
    PolicyDep,
    StoreDep,
)
from review_api.errors import problem_responses

router = APIRouter(
    prefix="/api/incidents",
    tags=["incidents"],
)
_CHANGE = problem_responses(404, 409)
READ = [Depends(require("incidents.read"))]


class Acknowledge(BaseModel):
    """The emergency team is assembled."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=2000)
    expected_version: int | None = Field(None, ge=0, le=MAX_COUNT)


class IncidentUpdate(BaseModel):
    """Fields an update may change; ``complete_steps`` marks SOP steps done (e.g. follow_up)."""

    model_config = ConfigDict(extra="forbid")

    owner: str | None = Field(None, max_length=100)
    severity: Severity | None = None
    note: str | None = Field(None, max_length=5000)
    complete_steps: list[str] = Field(default_factory=list, max_length=20)
    expected_version: int | None = Field(None, ge=0, le=MAX_COUNT)


class CloseIncident(BaseModel):
    """Close with the rectification report (整改报告)."""

    model_config = ConfigDict(extra="forbid")

    report: str = Field(min_length=1, max_length=100_000)
    expected_version: int | None = Field(None, ge=0, le=MAX_COUNT)


@router.get("", response_model=Page[Incident], responses=problem_responses(), dependencies=READ)
def list_incidents(
    store: StoreDep,
    status: Annotated[list[IncidentStatus] | None, Query(max_length=10)] = None,
    severity: Annotated[list[Severity] | None, Query(max_length=10)] = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[Incident]:
    """Incidents, newest first (filter by status, e.g. ``status=open&status=acknowledged``)."""
    return incidents.list_incidents(
        store, status=status, severity=severity, limit=limit, cursor=cursor
    )


@router.get(
    "/{incident_id}", response_model=Incident, responses=problem_responses(404), dependencies=READ
)
def read_incident(incident_id: ItemId, store: StoreDep) -> Incident:
    """One incident with its steps, timeline and linked mentions."""
    return incidents.read_incident(store, incident_id)


@router.post("/{incident_id}/acknowledge", response_model=Incident, responses=_CHANGE)
def acknowledge_incident(
    incident_id: ItemId,
    body: Acknowledge,
    store: StoreDep,
    user: Annotated[User, Depends(require("incidents.acknowledge"))],
) -> Incident:
    """Acknowledge: the emergency team is assembled (the 15-minute step)."""
    return incidents.acknowledge_incident(
        store,
        incident_id,
        user.name,
        datetime.now(UTC),
        note=body.note,
        expected_version=body.expected_version,
    )


@router.patch("/{incident_id}", response_model=Incident, responses=_CHANGE)
def update_incident(
    incident_id: ItemId,
    body: IncidentUpdate,
    store: StoreDep,
    user: Annotated[User, Depends(require("incidents.update"))],
) -> Incident:
    """Change owner or severity, add a note, mark steps done."""
    return incidents.update_incident(
        store,
        incident_id,
        user.name,
        datetime.now(UTC),
        owner=body.owner,
        severity=body.severity,
        note=body.note,
        complete_steps=body.complete_steps,
        expected_version=body.expected_version,
    )


@router.post("/{incident_id}/close", response_model=Incident, responses=_CHANGE)
def close_incident(
    incident_id: ItemId,
    body: CloseIncident,
    store: StoreDep,
    outbox: OutboxDep,
    user: Annotated[User, Depends(require("incidents.close"))],
) -> Incident:
    """Close with the rectification report; the PR channel is told."""
    return incidents.close_incident(
        store,
        incident_id,
        user.name,
        body.report,
        datetime.now(UTC),
        outbox,
        expected_version=body.expected_version,
    )


class DismissIncident(BaseModel):
    """Why the incident is a false positive (no rectification report needed)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=5000)
    expected_version: int | None = Field(None, ge=0, le=MAX_COUNT)


@router.post("/{incident_id}/dismiss", response_model=Incident, responses=_CHANGE)
def dismiss_incident(
    incident_id: ItemId,
    body: DismissIncident,
    store: StoreDep,
    outbox: OutboxDep,
    user: Annotated[User, Depends(require("incidents.close"))],
) -> Incident:
    """Close as a false positive with the reason (outcome ``false_positive``); the PR channel
    is told."""
    return incidents.dismiss_incident(
        store,
        incident_id,
        user.name,
        body.reason,
        datetime.now(UTC),
        outbox,
        expected_version=body.expected_version,
    )


@router.get(
    "/{incident_id}/compensation",
    response_model=CompensationSuggestion,
    responses=problem_responses(404),
    dependencies=[Depends(require("compensation.suggest"))],
)
def incident_compensation(
    incident_id: ItemId,
    store: StoreDep,
    policy: PolicyDep,
    lexicon: LexiconDep,
    value_tier: Annotated[str | None, Query(max_length=50)] = None,
    order_amount: Annotated[float | None, Query(ge=0, le=MAX_COUNT, allow_inf_nan=False)] = None,
    days_since_purchase: Annotated[int | None, Query(ge=0, le=36_500)] = None,
    fresh: bool = False,
) -> CompensationSuggestion:
    """Compensation suggestion for a customer affected by this incident."""
    incident = incidents.read_incident(store, incident_id)
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
    return suggest_compensation(case, policy, lexicon)
