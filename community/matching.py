"""The matched-control engine of the KPI board (``radar kpi compare``).

seed 000 "消费频率与客单价 | 追踪“社区活动客群”在活动后3-6个月的月均消费次数和平均客单价,并与特征
相似的“对照组”进行对比": the event audience is compared with a control group of similar members,
not with everyone else (the people who come to events were already buying more).

Method (docs/community.md):

1. Propensity score e(x) = P(treated | x) by logistic regression (Newton-Raphson / IRLS on
   standardised covariates, a tiny ridge so separated data still converge).
2. Each treated unit is matched to the control with the nearest logit e(x) (all controls tied
   at that distance, averaged), with replacement,
   within a caliper of ``caliper_sd`` standard deviations of the logit (0.2: Austin 2011,
   "Optimal caliper widths for propensity-score matching", Pharmaceutical Statistics 10(2)).
   Treated units with no control inside the caliper are dropped (and not counted as matched).
3. ATT = mean over matched treated of (y_i − y_j(i)). Its variance treats the matched pairs as
   independent and adds the covariance a control used K times brings in (K may be fractional
   when ties share a treated unit; terms below 0 count 0):
   Var = [Σ_i (d_i − ATT)² + Σ_j K_j (K_j − 1) s_c²] / n_t², s_c² the variance of the matched
   controls' outcomes; the 95 % interval is ATT ± 1.96 √Var. It ignores the uncertainty of the
   estimated score, which Abadie & Imbens (2016) show makes it slightly conservative for the ATT.
4. Balance: standardised mean difference of each covariate, (mean_t − mean_c) / √((s_t² + s_c²)/2)
   with the variances of the full sample, before and after matching (|SMD| < 0.1 is balanced).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

Z95 = 1.959963984540054
#: Ridge on the standardised coefficients (not the intercept): keeps separated data finite.
RIDGE = 1e-6


class MatchingError(Exception):
    """The comparison cannot be made (no treated or no control units, or no match at all)."""


class Comparison(BaseModel):
    """Result of a matched comparison (the ``radar kpi compare`` JSON)."""

    att: float
    ci_low: float
    ci_high: float
    naive: float
    matched_treated: int
    matched_control: int
    smd_before: dict[str, float]
    smd_after: dict[str, float]


def propensity_scores(
    covariates: np.ndarray, treated: np.ndarray, iterations: int = 50
) -> np.ndarray:
    """Fitted P(treated | x) of a logistic regression with intercept (Newton-Raphson)."""
    mean, sd = covariates.mean(axis=0), covariates.std(axis=0)
    sd[sd == 0] = 1.0
    design = np.column_stack([np.ones(len(treated)), (covariates - mean) / sd])
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], RIDGE)
    penalty[0] = 0.0
    for _ in range(iterations):
        eta = np.clip(design @ beta, -30, 30)
        prob = 1 / (1 + np.exp(-eta))
        weight = np.maximum(prob * (1 - prob), 1e-10)
        gradient = design.T @ (treated - prob) - penalty * beta
        hessian = (design * weight[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.max(np.abs(step)) < 1e-8:
            break
    eta = np.clip(design @ beta, -30, 30)
    scores: np.ndarray = 1 / (1 + np.exp(-eta))
    return scores


def smd(values: np.ndarray, treated: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Standardised mean difference of one covariate (weights: how often each control counts)."""
    t, c = values[treated], values[~treated]
    pooled = np.sqrt((t.var(ddof=1) + c.var(ddof=1)) / 2) if len(t) > 1 and len(c) > 1 else 0.0
    control_mean = np.average(c, weights=weights) if weights is not None else c.mean()
    if pooled == 0:
        return 0.0
    return float((t.mean() - control_mean) / pooled)


def nearest_controls(
    treated_logit: np.ndarray, control_logit: np.ndarray, caliper: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest controls of each treated unit: ``(order, lo, hi)`` where the controls
    ``order[lo:hi]`` (indices into the controls) all lie at the nearest distance (ties are all
    kept and averaged, so a discrete covariate does not pin one arbitrary control); ``lo == hi``
    when the nearest is outside the caliper."""
    order = np.argsort(control_logit, kind="stable")
    sorted_logit = control_logit[order]
    right = np.clip(np.searchsorted(sorted_logit, treated_logit), 0, len(order) - 1)
    left = np.clip(right - 1, 0, len(order) - 1)
    use_left = np.abs(treated_logit - sorted_logit[left]) <= np.abs(
        sorted_logit[right] - treated_logit
    )
    nearest = sorted_logit[np.where(use_left, left, right)]
    inside = np.abs(nearest - treated_logit) <= caliper
    lo = np.searchsorted(sorted_logit, nearest, side="left")
    hi = np.where(inside, np.searchsorted(sorted_logit, nearest, side="right"), lo)
    return order, lo, hi


def compare(
    covariates: np.ndarray,
    treated: np.ndarray,
    outcome: np.ndarray,
    names: Sequence[str],
    *,
    caliper_sd: float = 0.2,
) -> Comparison:
    """Propensity-score matched ATT of ``treated`` on ``outcome`` (see the module docstring)."""
    treated = treated.astype(bool)
    if treated.all() or not treated.any():
        raise MatchingError("need both treated and control units")
    if covariates.shape != (len(treated), len(names)):
        raise MatchingError("covariates must have one column per name and one row per unit")
    score = np.clip(propensity_scores(covariates, treated.astype(float)), 1e-12, 1 - 1e-12)
    logit = np.log(score / (1 - score))
    caliper = caliper_sd * float(logit.std(ddof=1))
    t_idx, c_idx = np.flatnonzero(treated), np.flatnonzero(~treated)
    order, lo, hi = nearest_controls(logit[t_idx], logit[c_idx], caliper)
    kept = hi > lo
    if not kept.any():
        raise MatchingError("no treated unit has a control within the caliper")
    lo, hi, pairs_t = lo[kept], hi[kept], t_idx[kept]
    control_y = outcome[c_idx][order]
    running = np.concatenate([[0.0], np.cumsum(control_y)])
    diffs = outcome[pairs_t] - (running[hi] - running[lo]) / (hi - lo)
    att = float(diffs.mean())
    # Each treated unit spreads a weight of 1 over its tied nearest controls.
    spread = np.zeros(len(order) + 1)
    np.add.at(spread, lo, 1.0 / (hi - lo))
    np.add.at(spread, hi, -1.0 / (hi - lo))
    weights_sorted = np.cumsum(spread)[:-1]
    uses = np.zeros(len(c_idx))
    uses[order] = weights_sorted
    used_mask = uses > 1e-12
    used = uses[used_mask]
    n_t = len(pairs_t)
    s_c2 = float(outcome[c_idx][used_mask].var(ddof=1)) if len(used) > 1 else 0.0
    reuse = float(np.clip(used * (used - 1), 0, None).sum())
    variance = (float(((diffs - att) ** 2).sum()) + reuse * s_c2) / n_t**2
    half = Z95 * float(np.sqrt(variance))
    before, after = {}, {}
    for k, name in enumerate(names):
        column = covariates[:, k]
        before[name] = round(smd(column, treated), 4)
        after[name] = round(_smd_after(column, treated, pairs_t, c_idx[used_mask], used), 4)
    return Comparison(
        att=att,
        ci_low=att - half,
        ci_high=att + half,
        naive=float(outcome[treated].mean() - outcome[~treated].mean()),
        matched_treated=n_t,
        matched_control=len(used),
        smd_before=before,
        smd_after=after,
    )


def _smd_after(
    column: np.ndarray,
    treated: np.ndarray,
    matched_t: np.ndarray,
    matched_c: np.ndarray,
    weights: np.ndarray,
) -> float:
    # The denominator stays the full sample's pooled SD, so before and after are comparable.
    t, c = column[treated], column[~treated]
    pooled = np.sqrt((t.var(ddof=1) + c.var(ddof=1)) / 2) if len(t) > 1 and len(c) > 1 else 0.0
    if pooled == 0:
        return 0.0
    difference = column[matched_t].mean() - np.average(column[matched_c], weights=weights)
    return float(difference / pooled)
