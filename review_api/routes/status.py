"""The job's status for a signed-in user: flows, store, outbox, quarantine (``radar status``);
ops queue dead notification deliveries again (``radar outbox retry``)."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from monitor.notify.outbox import STUCK, requeue
from review_api.auth import require
from review_api.deps import SettingsDep, StoreDep
from review_api.status import SystemStatus, job_prefect_api_url, system_status

router = APIRouter(prefix="/api/status", tags=["status"])


@router.get("", response_model=SystemStatus, dependencies=[Depends(require("status.read"))])
def get_status(store: StoreDep, settings: SettingsDep) -> SystemStatus:
    """Each flow's last completion, next scheduled run and run counts; mentions and pending
    analysis; the outbox by state; the quarantine's size."""
    return system_status(store, settings, job_prefect_api_url(settings, os.environ))


class OutboxRetry(BaseModel):
    """Which dead or unknown deliveries to queue again."""

    ids: list[str] | None = Field(None, max_length=500, description="Default: every one.")


class Requeued(BaseModel):
    """The deliveries queued again."""

    requeued: list[str]


@router.post(
    "/outbox/retry", response_model=Requeued, dependencies=[Depends(require("outbox.retry"))]
)
def retry_outbox(body: OutboxRetry, store: StoreDep) -> Requeued:
    """Queue dead or unknown deliveries again with their attempts reset (``radar outbox
    retry``); the next delivery round sends them."""
    return Requeued(requeued=requeue(store, datetime.now(UTC), ids=body.ids, status=STUCK))
