"""Raised alerts (keyword categories per story, volume/negativity spikes), newest first."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from monitor.alerts import ALERTS, Alert
from radar.schemas import Filter, Page
from review_api.auth import current_user
from review_api.deps import StoreDep
from review_api.errors import Conflict, NotFound
from store.base import VersionConflict

router = APIRouter(prefix="/api/alerts", tags=["monitoring"], dependencies=[Depends(current_user)])


@router.get("", response_model=Page[Alert])
def list_alerts(
    store: StoreDep,
    rule: Literal["keyword", "spike"] | None = None,
    severity: Annotated[list[str] | None, Query()] = None,
    category: str | None = None,
    status: Literal["active", "resolved"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[Alert]:
    """Alerts, most recently seen first; pass ``next_cursor`` back as ``cursor``."""
    filters = [Filter(field="rule", value=rule)] if rule else []
    if severity:
        filters.append(Filter(field="severity", op="in", value=severity))
    if category:
        filters.append(Filter(field="category", value=category))
    if status:
        filters.append(Filter(field="status", value=status))
    page = store.find_docs(ALERTS, filters, sort="-last_seen_ts", limit=limit, cursor=cursor)
    return Page[Alert](
        items=[Alert.model_validate(d.body) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{alert_id}", response_model=Alert)
def get_alert(alert_id: str, store: StoreDep) -> Alert:
    """One alert."""
    doc = store.get_doc(ALERTS, alert_id)
    if doc is None:
        raise NotFound("alert", alert_id)
    return Alert.model_validate(doc.body)


@router.post("/{alert_id}/resolve", response_model=Alert)
def resolve_alert(alert_id: str, store: StoreDep) -> Alert:
    """Mark an alert handled; it turns active again (and may notify) if its story grows."""
    for _ in range(3):
        doc = store.get_doc(ALERTS, alert_id)
        if doc is None:
            raise NotFound("alert", alert_id)
        alert = Alert.model_validate(doc.body)
        if alert.status == "resolved":
            return alert
        alert.status = "resolved"
        try:
            store.put_doc(
                ALERTS, alert_id, alert.model_dump(mode="json"), expected_version=doc.version
            )
        except VersionConflict:
            continue
        return alert
    raise Conflict(f"alert {alert_id} keeps changing; retry")
