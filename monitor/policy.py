"""The act-stage policy table (YAML data, not code): severities and compensation rules.

Loaded from ``monitor/data/policy.yaml`` or the file named by ``RADAR_MONITOR_POLICY_PATH``.
Severity of an alert category comes from the alert lexicon (``nlp.alerts.AlertLexicon``) when it
provides one and from this table otherwise, so the two never disagree silently: the lexicon wins.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, cast

import yaml
from pydantic import BaseModel, Field, ValidationError

Severity = Literal["low", "medium", "high", "critical"]
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


class MonitorPolicy(BaseModel):
    """Everything in policy.yaml."""

    version: str
    severity: dict[str, Severity] = Field(default_factory=dict)
    default_severity: Severity = "medium"
    compensation: CompensationPolicy


class PolicyError(ValueError):
    """The policy file is missing or malformed (the message says where)."""


def load_policy(path: Path | None = None) -> MonitorPolicy:
    """Parse and validate a policy file (the built-in one without ``path``)."""
    try:
        if path is None:
            text = resources.files("monitor.data").joinpath("policy.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return MonitorPolicy.model_validate(yaml.safe_load(text))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise PolicyError(f"invalid monitor policy {path or 'built-in'}: {exc}") from exc


@lru_cache(maxsize=8)
def cached_policy(path: Path | None = None) -> MonitorPolicy:
    """``load_policy`` memoised per path (the policy is read-only at run time)."""
    return load_policy(path)


def severity_of(category: str, policy: MonitorPolicy) -> Severity:
    """Severity of an alert category: the alert lexicon's when it knows it, else the table's."""
    value = _lexicon_severity(category)
    if value is not None:
        return value
    return policy.severity.get(category, policy.default_severity)


def _lexicon_severity(category: str) -> Severity | None:
    # The lexicon lives one layer down (nlp.alerts); looked up dynamically so a partial install
    # (or a lexicon without severities) falls back to the policy table.
    try:
        lexicon = importlib.import_module("nlp.alerts").AlertLexicon.default()
        value = lexicon.severity(category)
    except (ImportError, AttributeError, KeyError, ValueError, LookupError):
        return None
    value = getattr(value, "value", value)  # an Enum member or a plain string
    if isinstance(value, str) and value.lower() in SEVERITY_RANK:
        return cast(Severity, value.lower())
    return None


def max_severity(severities: list[Severity], default: Severity = "low") -> Severity:
    """The most severe of ``severities``."""
    return max(severities, key=lambda s: SEVERITY_RANK[s], default=default)
