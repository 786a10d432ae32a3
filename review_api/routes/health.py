"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from radar.schemas import MentionQuery
from review_api.deps import SettingsDep, StoreDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """Health report."""

    status: str
    store: str
    mentions: int


@router.get("/healthz", response_model=Health)
def healthz(store: StoreDep, settings: SettingsDep) -> Health:
    """The API is up and the store answers."""
    return Health(status="ok", store=settings.store, mentions=store.count_mentions(MentionQuery()))
