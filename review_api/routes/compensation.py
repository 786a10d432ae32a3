"""Compensation suggester (补偿方案即时生成器): coupon / refund / service, with reasons."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from monitor.compensation import CompensationCase, CompensationSuggestion, suggest_compensation
from review_api.auth import require
from review_api.deps import LexiconDep, PolicyDep

router = APIRouter(
    prefix="/api/compensation",
    tags=["incidents"],
    dependencies=[Depends(require("compensation.suggest"))],
)


@router.post(
    "/suggest",
    response_model=CompensationSuggestion,
)
def suggest(
    case: CompensationCase, policy: PolicyDep, lexicon: LexiconDep
) -> CompensationSuggestion:
    """Deterministic suggestion from the policy table (``RADAR_MONITOR_POLICY_PATH``); a
    category's severity comes from the alert lexicon (``RADAR_ALERT_LEXICON_PATH``)."""
    return suggest_compensation(case, policy, lexicon)
