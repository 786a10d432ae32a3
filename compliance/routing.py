"""Routing through the three review tiers, committee voting and SLAs: pure rules, no I/O.

Seed 002 (002_f20953b0c327b653.txt, 风险控制 › 合规管理模块): "建立广告内容三级审核制度:
初审:AI语义识别系统(过滤敏感词); 复审:法务团队(核查广告法合规性); 终审:用户代表委员会(从消费者
视角评估)". Which copy needs which tier, the committee's quorum and majority, and the SLA of each
tier are configuration (``compliance/routing.yaml``, or ``RADAR_COMPLIANCE_ROUTING_PATH``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from radar import yamlfile

Tier = Literal["legal", "committee"]
Decision = Literal["approve", "reject", "request_revision"]


#: Fallback SLA per tier, hours (the bundled routing.yaml sets the same values).
DEFAULT_SLA_HOURS: dict[Tier, float] = {"legal": 48.0, "committee": 72.0}


class LegalRouting(BaseModel):
    """When copy goes to the legal team (复审)."""

    on_any_finding: bool = True
    ad_categories: list[str] = Field(default_factory=list)


class CommitteeRouting(BaseModel):
    """When copy goes to the consumer-representative committee (终审), and how it votes."""

    on_public: bool = True
    ad_categories: list[str] = Field(default_factory=list)
    quorum: int = Field(3, ge=1, description="Votes needed before the committee decides.")
    majority: float = Field(
        0.5, ge=0.0, lt=1.0, description="A decision wins with more than this share of votes."
    )


class RoutingConfig(BaseModel):
    """The whole routing configuration."""

    legal: LegalRouting = Field(default_factory=LegalRouting)
    committee: CommitteeRouting = Field(default_factory=CommitteeRouting)
    sla_hours: dict[Tier, float] = Field(
        default_factory=lambda: dict(DEFAULT_SLA_HOURS),
        description="Hours each tier has to decide before its copy is flagged overdue.",
    )


def load_routing(path: Path | None = None) -> RoutingConfig:
    """The routing configuration from ``path`` (default: the bundled ``routing.yaml``)."""
    if path is None:
        text = resources.files("compliance").joinpath("routing.yaml").read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return RoutingConfig.model_validate(yamlfile.load(text) or {})


def needs_legal(finding_count: int, ad_categories: Iterable[str], config: RoutingConfig) -> bool:
    """复审: any tier-1 finding, or a category that always needs the legal team."""
    if config.legal.on_any_finding and finding_count > 0:
        return True
    return bool(set(ad_categories) & set(config.legal.ad_categories))


def needs_committee(public: bool, ad_categories: Iterable[str], config: RoutingConfig) -> bool:
    """终审: every public campaign (and the configured categories) goes to the committee."""
    if config.committee.on_public and public:
        return True
    return bool(set(ad_categories) & set(config.committee.ad_categories))


def first_tier(
    finding_count: int, ad_categories: Sequence[str], public: bool, config: RoutingConfig
) -> Tier | None:
    """The first human tier after the automatic check; None: approved without one."""
    if needs_legal(finding_count, ad_categories, config):
        return "legal"
    if needs_committee(public, ad_categories, config):
        return "committee"
    return None


def tier_after_legal(
    public: bool, ad_categories: Sequence[str], config: RoutingConfig
) -> Tier | None:
    """Where copy approved by the legal team goes next; None: approved."""
    return "committee" if needs_committee(public, ad_categories, config) else None


def tally(votes: Sequence[Decision], eligible: int, config: RoutingConfig) -> Decision | None:
    """The committee's outcome, or None while it is still open.

    With at least ``quorum`` votes, a decision wins when it has more than ``majority`` of the
    votes cast. When every eligible member has voted and nothing wins, the copy goes back for
    revision: the committee did not approve it.
    """
    cast = len(votes)
    if cast == 0 or cast < config.committee.quorum:
        return None
    decision, count = Counter(votes).most_common(1)[0]
    if count > config.committee.majority * cast:
        return decision
    if cast >= eligible:
        return "request_revision"
    return None


def due_at(entered: datetime, tier: Tier, config: RoutingConfig) -> datetime:
    """When the tier's SLA runs out for copy that entered it at ``entered``."""
    return entered + timedelta(hours=config.sla_hours.get(tier, 48.0))


def is_overdue(due: datetime | None, now: datetime) -> bool:
    """True once ``now`` has passed the deadline."""
    return due is not None and now > due
