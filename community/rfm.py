"""RFM scores and the four value tiers of seed 001, from quantile cut-offs.

seed 001 "构建RFM+标签模型": R(Recency)最近消费时间, F(Frequency)消费频次, M(Monetary)消费金额;
"KOC(关键意见消费者)(约5%) | 消费高、频次高、乐于分享、有影响力", "高价值用户(约15%)",
"潜力用户(约60%) | 有过消费,但频次/金额不高", "低价值/流失用户(约20%) | 长期未消费或仅薅羊毛".

Formulae (docs/community.md):

* among members with an order in the window, ``pr_R``, ``pr_F``, ``pr_M`` are percentile ranks
  (average rank / n, in (0, 1]) of −recency, frequency and monetary; the R, F, M scores are the
  quintiles ``ceil(5 · pr)`` (1-5), and ``value = (pr_R + pr_F + pr_M) / 3``; a member with no
  order in the window has value 0;
* cut-offs over every member's value: ``koc = q_higher(1 − koc_share)``,
  ``high_value = q_higher(1 − koc_share − high_value_share)``,
  ``low_value = q_lower(low_value_share)``
  (``numpy.quantile`` methods "higher"/"lower", so each cut-off is some member's value);
* tier: no order -> low_value; value ≥ koc cut and influence ≥ ``koc_min_influence`` -> koc
  (乐于分享、有影响力: a top-value member without influence stays high_value); value ≥ high_value
  cut -> high_value; value ≤ low_value cut -> low_value; otherwise potential.

The cut-offs are stored with each snapshot, so anyone can recompute every tier from the stored
values (``tier_of``) and audit the shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import BaseModel
from scipy.stats import rankdata

from community.policy import TierPolicy

Tier = Literal["koc", "high_value", "potential", "low_value"]
TIERS: tuple[Tier, ...] = ("koc", "high_value", "potential", "low_value")


@dataclass(frozen=True)
class RfmInput:
    """One member's raw RFM numbers over the window (recency None: no order)."""

    member_id: str
    recency_days: float | None
    frequency: int
    monetary: float
    influence: int


class Cutoffs(BaseModel):
    """Value cut-offs of one snapshot."""

    koc: float
    high_value: float
    low_value: float


class RfmScore(BaseModel):
    """A member's scores, value and tier."""

    member_id: str
    r: int
    f: int
    m: int
    value: float
    influence: int
    tier: Tier


def _percentile_ranks(values: np.ndarray) -> np.ndarray:
    return np.asarray(rankdata(values, method="average"), dtype=float) / max(len(values), 1)


def tier_of(value: float, influence: int, bought: bool, cut: Cutoffs, policy: TierPolicy) -> Tier:
    """The tier a value falls in under stored cut-offs (the audit rule)."""
    if not bought:
        return "low_value"
    if value >= cut.koc and influence >= policy.koc_min_influence:
        return "koc"
    if value >= cut.high_value:
        return "high_value"
    if value <= cut.low_value:
        return "low_value"
    return "potential"


def score_members(inputs: Sequence[RfmInput], policy: TierPolicy) -> tuple[list[RfmScore], Cutoffs]:
    """Scores and tiers of every member, and the cut-offs used."""
    recency = np.array([i.recency_days if i.recency_days is not None else np.nan for i in inputs])
    frequency = np.array([i.frequency for i in inputs], dtype=float)
    monetary = np.array([i.monetary for i in inputs], dtype=float)
    influence = np.array([i.influence for i in inputs], dtype=np.int64)
    scores, value, tiers, cut = score_arrays(recency, frequency, monetary, influence, policy)
    out = [
        RfmScore(
            member_id=item.member_id,
            r=int(scores[k, 0]),
            f=int(scores[k, 1]),
            m=int(scores[k, 2]),
            value=float(value[k]),
            influence=item.influence,
            tier=TIERS[int(tiers[k])],
        )
        for k, item in enumerate(inputs)
    ]
    return out, cut


def score_arrays(
    recency: np.ndarray,
    frequency: np.ndarray,
    monetary: np.ndarray,
    influence: np.ndarray,
    policy: TierPolicy,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Cutoffs]:
    """The same over arrays (recency NaN: no order): R/F/M scores (n×3), values (rounded as
    stored), tier indices into ``TIERS`` and the cut-offs. ``tier_of`` is the scalar rule."""
    n = len(recency)
    value = np.zeros(n)
    scores = np.zeros((n, 3), dtype=int)
    bought = ~np.isnan(recency) & (frequency > 0)
    if bought.any():
        raw = np.column_stack([-recency[bought], frequency[bought], monetary[bought]])
        ranks = np.column_stack([_percentile_ranks(raw[:, k]) for k in range(3)])
        value[bought] = ranks.mean(axis=1)
        scores[bought] = np.ceil(ranks * 5).clip(1, 5).astype(int)
    value = np.round(value, 6)
    cut = cutoffs(value, policy)
    tiers = np.full(n, TIERS.index("potential"))
    tiers[value <= cut.low_value] = TIERS.index("low_value")
    tiers[value >= cut.high_value] = TIERS.index("high_value")
    tiers[(value >= cut.koc) & (influence >= policy.koc_min_influence)] = TIERS.index("koc")
    tiers[~bought] = TIERS.index("low_value")
    return scores, value, tiers, cut


def cutoffs(values: np.ndarray, policy: TierPolicy) -> Cutoffs:
    """Quantile cut-offs of the values (each one some member's value, rounded as stored)."""
    if len(values) == 0:
        return Cutoffs(koc=1.0, high_value=1.0, low_value=0.0)
    top = 1 - policy.koc_share
    high = 1 - policy.koc_share - policy.high_value_share
    return Cutoffs(
        koc=round(float(np.quantile(values, top, method="higher")), 6),
        high_value=round(float(np.quantile(values, high, method="higher")), 6),
        low_value=round(float(np.quantile(values, policy.low_value_share, method="lower")), 6),
    )
