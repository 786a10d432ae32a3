"""The act-stage policy table (YAML data, not code): the crisis read threshold and backfill age,
the alert rules' numbers (look-back, cooldown, spike), severities, compensation rules and the
brands' own accounts.

Loaded from ``monitor/data/policy.yaml`` or the file named by ``RADAR_MONITOR_POLICY_PATH``.
Severity of an alert category comes from the configured alert lexicon (``nlp.alerts.AlertLexicon``
of ``RADAR_ALERT_LEXICON_PATH``, passed in by the caller) when it knows the category, and from
this table otherwise (a category of an older lexicon), so the two never disagree silently: the
lexicon wins.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from monitor.errors import MonitorError
from nlp.alerts import AlertLexicon
from nlp.alerts import Severity as Severity  # one definition: the lexicon's
from radar import yamlfile

SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3, "critical": 4}


class BaseRule(BaseModel):
    """Suggestion for one severity."""

    coupon: Decimal = Decimal(0)
    refund_ratio: Decimal = Field(Decimal(0), ge=0, le=1)
    service: list[str] = Field(default_factory=list)


class CategoryRule(BaseModel):
    """Category-specific changes on top of the severity base."""

    coupon: Decimal | None = None
    refund_ratio: Decimal | None = Field(None, ge=0, le=1)
    service_extra: list[str] = Field(default_factory=list)


class ReachTier(BaseModel):
    """Coupon factor from this many reads up."""

    min_reads: int = Field(ge=0)
    factor: Decimal
    label: str


class Caps(BaseModel):
    """Budget caps."""

    coupon_per_case: Decimal
    total_per_case: Decimal
    incident_budget: Decimal


class CompensationPolicy(BaseModel):
    """The compensation table."""

    base: dict[Severity, BaseRule]
    categories: dict[str, CategoryRule] = Field(default_factory=dict)
    reach_tiers: list[ReachTier]
    value_tiers: dict[str, Decimal]
    return_window_days: int = 30
    fresh_return_window_days: int = 15
    caps: Caps


class CrisisPolicy(BaseModel):
    """When a mention opens a crisis incident (``monitor.crisis``)."""

    #: Seed 002 应急响应机制: "系统自动触发预警(如单条差评阅读量超500)": a negative mention read
    #: more than this many times.
    read_threshold: int = Field(ge=0)
    #: Backfill is not a crisis: a post older than this when the system first could have seen
    #: it (``monitor.crisis.is_backfill``) opens a historical incident, without SOP timers.
    backfill_max_age_hours: float = Field(48.0, gt=0)


class BrandAccount(BaseModel):
    """One of the brand's own accounts: its posts are the brand's response, not a complaint."""

    author: str = Field(min_length=1)
    platform: str | None = Field(None, description="Only on this platform; None: on any.")


class BrandPolicy(BaseModel):
    """A monitored brand and its own accounts."""

    name: str
    accounts: list[BrandAccount] = Field(default_factory=list)


class SpikePolicy(BaseModel):
    """The spike rule (``monitor.spikes``): the last window against a rolling baseline."""

    window_minutes: int = Field(ge=1)
    baseline_windows: int = Field(ge=2)
    k: float = Field(gt=0)
    min_count: int = Field(ge=1)


class AlertPolicy(BaseModel):
    """The alert rules (``monitor.alerts``)."""

    lookback_hours: int = Field(ge=1)
    cooldown_minutes: int = Field(ge=0)
    spike: SpikePolicy


class MonitorPolicy(BaseModel):
    """Everything in policy.yaml: every business number of the act stage."""

    version: str
    crisis: CrisisPolicy
    alerts: AlertPolicy
    severity: dict[str, Severity] = Field(default_factory=dict)
    default_severity: Severity = "medium"
    compensation: CompensationPolicy
    brands: list[BrandPolicy] = Field(default_factory=list)

    def is_brand_account(self, platform: str, author: str | None) -> bool:
        """True when ``author`` on ``platform`` is one of a configured brand's own accounts."""
        if not author:
            return False
        return any(
            account.author == author and account.platform in (None, platform)
            for brand in self.brands
            for account in brand.accounts
        )


class PolicyError(MonitorError):
    """The policy file is missing or malformed (the message says where)."""


def load_policy(path: Path | None = None) -> MonitorPolicy:
    """Parse and validate a policy file (the built-in one without ``path``)."""
    try:
        if path is None:
            text = resources.files("monitor.data").joinpath("policy.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return MonitorPolicy.model_validate(yamlfile.load(text))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise PolicyError(f"invalid monitor policy {path or 'built-in'}: {exc}") from exc


@lru_cache(maxsize=8)
def cached_policy(path: Path | None = None) -> MonitorPolicy:
    """``load_policy`` memoised per path (the policy is read-only at run time)."""
    return load_policy(path)


def severity_of(category: str, policy: MonitorPolicy, lexicon: AlertLexicon) -> Severity:
    """Severity of an alert category: the configured lexicon's when it knows the category (by
    name or alias), else the policy table's."""
    try:
        return lexicon.severity(category)
    except KeyError:
        return policy.severity.get(category, policy.default_severity)


def max_severity(severities: list[Severity], default: Severity = "low") -> Severity:
    """The most severe of ``severities``."""
    return max(severities, key=lambda s: SEVERITY_RANK[s], default=default)
