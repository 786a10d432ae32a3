"""The job's status for a signed-in user: flows, store, outbox, quarantine (``radar status``)."""

from __future__ import annotations

import os

from fastapi import APIRouter, Depends

from review_api.auth import require
from review_api.deps import SettingsDep, StoreDep
from review_api.status import SystemStatus, job_prefect_api_url, system_status

router = APIRouter(
    prefix="/api/status", tags=["status"], dependencies=[Depends(require("status.read"))]
)


@router.get("", response_model=SystemStatus)
def get_status(store: StoreDep, settings: SettingsDep) -> SystemStatus:
    """Each flow's last completion, next scheduled run and run counts; mentions and pending
    analysis; the outbox by state; the quarantine's size."""
    return system_status(store, settings, job_prefect_api_url(settings, os.environ))
