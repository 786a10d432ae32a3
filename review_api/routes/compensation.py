"""Compensation suggester (补偿方案即时生成器): coupon / refund / service, with reasons."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from monitor.compensation import CompensationCase, CompensationSuggestion, suggest_compensation
from monitor.policy import cached_policy
from review_api.auth import current_user
from review_api.deps import SettingsDep

router = APIRouter(
    prefix="/api/compensation", tags=["incidents"], dependencies=[Depends(current_user)]
)


@router.post("/suggest", response_model=CompensationSuggestion)
def suggest(case: CompensationCase, settings: SettingsDep) -> CompensationSuggestion:
    """Deterministic suggestion from the policy table (``RADAR_MONITOR_POLICY_PATH``)."""
    return suggest_compensation(case, cached_policy(settings.monitor_policy_path))
