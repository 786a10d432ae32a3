"""The community policy table (YAML data, not code): layers, churn, tiers, 星火, KPI warnings.

Loaded from ``community/policy.yaml`` or a file passed in (``--policy`` on the CLI). Every number
in it cites its seed sentence in the YAML; this module only validates the shape.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from radar import yamlfile

Layer = Literal["new", "active", "silent", "core"]
#: The KPI board's monthly metrics (community/kpis.py), the names a warning value may name.
KpiMetric = Literal[
    "participation_growth",
    "interaction_rate",
    "paid_conversion",
    "repurchase_rate",
    "referral_share",
    "high_margin_penetration",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LifecyclePolicy(_Strict):
    """seed 002 四象限用户分层: day bounds and what the days count."""

    basis: Literal["tenure", "recency"] = "tenure"
    new_until_days: int = Field(7, ge=1)
    active_until_days: int = Field(30, ge=1)
    silent_until_days: int = Field(90, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> LifecyclePolicy:
        if not self.new_until_days < self.active_until_days < self.silent_until_days:
            raise ValueError("lifecycle bounds must increase: new < active < silent")
        return self


class ChurnPolicy(_Strict):
    """seed 002 流失预警: idle days before a 回访 task, and which layers it watches."""

    idle_days: int = Field(3, ge=1)
    #: A lapse older than this is no longer an early warning (the member has churned; seed
    #: 001's 低价值/流失 tier and its 唤醒 action take over); ``None`` warns on every lapse.
    max_idle_days: int | None = Field(14, ge=2)
    layers: tuple[Layer, ...] = ("active", "core")

    @model_validator(mode="after")
    def _window(self) -> ChurnPolicy:
        if self.max_idle_days is not None and self.max_idle_days <= self.idle_days:
            raise ValueError("churn.max_idle_days must be more than churn.idle_days")
        return self


class TierPolicy(_Strict):
    """seed 001 RFM 分层: the shares the quantile cut-offs aim at."""

    koc_share: float = Field(0.05, gt=0, lt=1)
    high_value_share: float = Field(0.15, gt=0, lt=1)
    low_value_share: float = Field(0.20, gt=0, lt=1)
    window_days: int = Field(365, ge=1)
    koc_min_influence: int = Field(1, ge=0)

    @model_validator(mode="after")
    def _fits(self) -> TierPolicy:
        if self.koc_share + self.high_value_share + self.low_value_share >= 1:
            raise ValueError("koc + high_value + low_value shares must leave room for potential")
        return self


class SparkPolicy(_Strict):
    """seed 002 星火计划 certification thresholds."""

    observer_min_activity: int = Field(300, ge=0)
    steward_min_conversion: float = Field(0.15, ge=0, le=1)
    ambassador_min_gmv: float = Field(100_000, ge=0)


class KpiPolicy(_Strict):
    """seed 000 社区运营看板: warning values (a month below one raises an alert), the outcome
    window of the matched comparison, the covariate look-back and the LTV horizon."""

    warnings: dict[KpiMetric, float] = Field(default_factory=dict)
    outcome_from_month: int = Field(3, ge=0)
    outcome_to_month: int = Field(6, ge=1)
    caliper_sd: float = Field(0.2, gt=0)
    lookback_days: int = Field(90, ge=1)
    ltv_horizon_days: int = Field(365, ge=1)

    @model_validator(mode="after")
    def _window(self) -> KpiPolicy:
        if self.outcome_from_month >= self.outcome_to_month:
            raise ValueError("kpi outcome window must end after it starts")
        return self


class InterestPolicy(_Strict):
    """seed 001 兴趣标签: how many tags come from order categories and from chat keywords, and
    which mention platforms are group chats."""

    order_tags: int = Field(3, ge=0)
    chat_tags: int = Field(3, ge=0)
    chat_platforms: tuple[str, ...] = ("chat", "group")


class CommunityPolicy(_Strict):
    """The whole table."""

    lifecycle: LifecyclePolicy = LifecyclePolicy()
    churn: ChurnPolicy = ChurnPolicy()
    tiers: TierPolicy = TierPolicy()
    spark: SparkPolicy = SparkPolicy()
    kpi: KpiPolicy = KpiPolicy()
    interest: InterestPolicy = InterestPolicy()


class PolicyError(Exception):
    """The policy file cannot be read or does not validate (a configuration error)."""


def load_policy(path: Path | None = None) -> CommunityPolicy:
    """The policy in ``path``, or the packaged default."""
    if path is None:
        return _default_policy()
    try:
        raw = yamlfile.load(path.read_text(encoding="utf-8"))
        return CommunityPolicy.model_validate(raw or {})
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise PolicyError(f"community policy {path}: {exc}") from exc


@lru_cache(maxsize=1)
def _default_policy() -> CommunityPolicy:
    text = resources.files("community").joinpath("policy.yaml").read_text(encoding="utf-8")
    return CommunityPolicy.model_validate(yamlfile.load(text))
