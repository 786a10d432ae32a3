"""Raised alerts (keyword categories per story, volume/negativity spikes), newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from identity.users import User
from monitor import alerts
from monitor.alerts import Alert
from radar.schemas import Page
from review_api.auth import require
from review_api.deps import FilterValues, ItemId, LexiconDep, PageCursor, PageLimit, StoreDep
from review_api.errors import problem_responses

router = APIRouter(
    prefix="/api/alerts",
    tags=["monitoring"],
)
READ = [Depends(require("alerts.read"))]


@router.get("", response_model=Page[Alert], responses=problem_responses(), dependencies=READ)
def list_alerts(
    store: StoreDep,
    lexicon: LexiconDep,
    rule: Literal["keyword", "spike"] | None = None,
    severity: FilterValues = None,
    category: Annotated[str | None, Query(max_length=200)] = None,
    status: Literal["active", "resolved", "dismissed"] | None = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[Alert]:
    """Alerts, most recently seen first; pass ``next_cursor`` back as ``cursor``."""
    return alerts.list_alerts(
        store,
        rule=rule,
        severity=severity,
        category=category,
        status=status,
        limit=limit,
        cursor=cursor,
        lexicon=lexicon,
    )


@router.get(
    "/{alert_id}", response_model=Alert, responses=problem_responses(404), dependencies=READ
)
def get_alert(alert_id: ItemId, store: StoreDep) -> Alert:
    """One alert."""
    return alerts.get_alert(store, alert_id)


@router.post(
    "/{alert_id}/resolve",
    response_model=Alert,
    responses=problem_responses(404, 409),
    dependencies=[Depends(require("alerts.resolve"))],
)
def resolve_alert(alert_id: ItemId, store: StoreDep) -> Alert:
    """Mark an alert handled; it turns active again (and may notify) if its story grows."""
    return alerts.resolve_alert(store, alert_id)


class DismissAlert(BaseModel):
    """Why the alert is a false positive."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000)


@router.post(
    "/{alert_id}/dismiss",
    response_model=Alert,
    responses=problem_responses(404, 409),
)
def dismiss_alert(
    alert_id: ItemId,
    body: DismissAlert,
    store: StoreDep,
    user: Annotated[User, Depends(require("alerts.resolve"))],
) -> Alert:
    """Dismiss as a false positive with a reason: it stays silent even when its story grows."""
    return alerts.dismiss_alert(store, alert_id, user.name, body.reason, datetime.now(UTC))
