"""Benchmark the measure stage: RFM + lifecycle + tiers, the LTV fit, the matched comparison.

    nice .venv/bin/python -m bench.community [--members 100000] [--orders 2000000] \
        [--customers 100000] [--matched 100000] [--seed 7]

Each step runs beside the obvious alternative in the same run, on synthetic data made with
numpy (nothing touches the store: these are the computations, not the I/O):

* RFM + lifecycle + tiers over ``--members`` members and ``--orders`` orders: numpy
  aggregation (``bincount`` / ``maximum.at``) + ``rfm.score_arrays`` + ``layers.lifecycle_layers``
  vs a per-order / per-member Python loop + ``rfm.score_members`` + ``layers.lifecycle_layer``
  (the way ``snapshot.take_snapshot`` walks the records); the two must give the same tiers;
* LTV fit (BG/NBD + Gamma-Gamma) on ``--customers`` customers drawn from the CDNOW parameters:
  L-BFGS-B with the analytic gradient (``ltv.fit_*``) vs scipy differencing the gradient and
  polishing with Nelder-Mead (``analytic=False``, this module's first version);
* matched comparison on ``--matched`` members (20 % treated, selected on two covariates):
  ``matching.compare`` (sorted logits, binary search) vs scanning every control for each
  treated unit; the two must give the same ATT.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from community.layers import LAYERS, lifecycle_layer, lifecycle_layers
from community.ltv import Summary, fit_bgnbd, fit_gamma_gamma
from community.matching import compare, propensity_scores
from community.policy import load_policy
from community.rfm import TIERS, RfmInput, score_arrays, score_members

T = TypeVar("T")
DAY = 86400.0
POLICY = load_policy()


def timed(label: str, run: Callable[[], T]) -> tuple[T, float]:
    """Run once, print and return the result and the seconds it took."""
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"  {label:<52} {seconds:8.2f} s")
    return result, seconds


def rfm_data(members: int, orders: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Members (joined, last interaction, influence) and orders (member, placed, amount) as of
    day 0 (times in seconds before it)."""
    weights = rng.lognormal(0, 1, members)
    return {
        "joined": -rng.uniform(0, 800, members) * DAY,
        "touched": np.where(rng.random(members) < 0.8, -rng.exponential(20, members) * DAY, np.nan),
        "influence": rng.poisson(2, members),
        "member": rng.choice(members, orders, p=weights / weights.sum()),
        "placed": -rng.uniform(0, 400, orders) * DAY,
        "amount": np.round(rng.lognormal(4, 0.6, orders), 2),
    }


def rfm_vectorised(d: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Tier and layer indices with numpy."""
    n = len(d["joined"])
    window = d["placed"] >= -POLICY.tiers.window_days * DAY
    member, placed, amount = d["member"][window], d["placed"][window], d["amount"][window]
    frequency = np.bincount(member, minlength=n).astype(float)
    monetary = np.bincount(member, weights=amount, minlength=n)
    last = np.full(n, -np.inf)
    np.maximum.at(last, member, placed)
    recency = np.where(frequency > 0, -last / DAY, np.nan)
    _, _, tiers, _ = score_arrays(recency, frequency, monetary, d["influence"], POLICY.tiers)
    touched = np.fmax(d["touched"], np.where(frequency > 0, last, np.nan))
    layers = lifecycle_layers(-d["joined"] / DAY, -touched / DAY, POLICY.lifecycle)
    return tiers, layers


def rfm_loop(d: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The same with a Python loop over orders and members (the obvious way)."""
    n = len(d["joined"])
    start = -POLICY.tiers.window_days * DAY
    frequency: Counter[int] = Counter()
    spend: defaultdict[int, float] = defaultdict(float)
    last: dict[int, float] = {}
    for member, placed, amount in zip(
        d["member"].tolist(), d["placed"].tolist(), d["amount"].tolist(), strict=True
    ):
        if placed < start:
            continue
        frequency[member] += 1
        spend[member] += amount
        if member not in last or placed > last[member]:
            last[member] = placed
    inputs, layers = [], []
    for k in range(n):
        recent = last.get(k)
        influence = int(d["influence"][k])
        inputs.append(
            RfmInput(
                str(k), None if recent is None else -recent / DAY, frequency[k], spend[k], influence
            )
        )
        touched = [t for t in (float(d["touched"][k]), recent) if t is not None and t == t]
        idle = -max(touched) / DAY if touched else None
        layers.append(LAYERS.index(lifecycle_layer(-d["joined"][k] / DAY, idle, POLICY.lifecycle)))
    scores, _ = score_members(inputs, POLICY.tiers)
    return np.array([TIERS.index(s.tier) for s in scores]), np.array(layers)


def ltv_data(customers: int, rng: np.random.Generator) -> Summary:
    """BG/NBD + Gamma-Gamma customers with the CDNOW parameters, observed 27-39 weeks."""
    r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
    p, q, gamma = 6.25, 3.74, 15.44
    big_t = rng.uniform(27, 39, customers)
    rate = rng.gamma(r, 1 / alpha, customers)
    drop = rng.beta(a, b, customers)
    x, t_x = np.zeros(customers), np.zeros(customers)
    for k in range(customers):
        t = 0.0
        while True:
            t += rng.exponential(1 / rate[k]) if rate[k] > 0 else np.inf
            if t > big_t[k]:
                break
            x[k], t_x[k] = x[k] + 1, t
            if rng.random() < drop[k]:
                break
    nu = rng.gamma(q, 1 / gamma, customers)
    spend = np.where(x > 0, rng.gamma(p * np.maximum(x, 1), 1 / nu) / np.maximum(x, 1), 0.0)
    return Summary([str(k) for k in range(customers)], x, t_x, big_t, spend)


def matched_data(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two covariates, treatment selected on them, a planted +2 effect."""
    x = rng.normal(size=(n, 2))
    treated = rng.random(n) < 1 / (1 + np.exp(-(-1.6 + 0.8 * x[:, 0] + 0.5 * x[:, 1])))
    outcome = 3 * x[:, 0] + x[:, 1] + 2.0 * treated + rng.normal(size=n)
    return x, treated, outcome


def att_by_scan(x: np.ndarray, treated: np.ndarray, outcome: np.ndarray) -> float:
    """ATT with the same score and caliper, each treated unit scanning every control."""
    score = np.clip(propensity_scores(x, treated.astype(float)), 1e-12, 1 - 1e-12)
    logit = np.log(score / (1 - score))
    caliper = 0.2 * float(logit.std(ddof=1))
    control_logit, control_y = logit[~treated], outcome[~treated]
    diffs = []
    for t_logit, t_y in zip(logit[treated].tolist(), outcome[treated].tolist(), strict=True):
        distance = np.abs(control_logit - t_logit)
        nearest = distance.min()
        if nearest <= caliper:
            diffs.append(t_y - control_y[distance == nearest].mean())
    return float(np.mean(diffs))


def main() -> None:
    """Run the three benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=2_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--matched", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)

    print(f"RFM + lifecycle + tiers: {args.members:,} members, {args.orders:,} orders")
    d = rfm_data(args.members, args.orders, rng)
    (fast_tiers, fast_layers), _ = timed(
        "vectorised (numpy + score_arrays)", lambda: rfm_vectorised(d)
    )
    (slow_tiers, slow_layers), _ = timed("per-order / per-member Python loop", lambda: rfm_loop(d))
    assert (fast_tiers == slow_tiers).all() and (fast_layers == slow_layers).all()
    shares = np.bincount(fast_tiers, minlength=4) / len(fast_tiers)
    print("  tier shares " + ", ".join(f"{t} {s:.3f}" for t, s in zip(TIERS, shares, strict=True)))

    print(f"LTV fit: {args.customers:,} customers (CDNOW parameters)")
    summary, _ = timed("simulate", lambda: ltv_data(args.customers, rng))
    fast, _ = timed(
        "analytic gradient, L-BFGS-B", lambda: (fit_bgnbd(summary), fit_gamma_gamma(summary))
    )
    slow, _ = timed(
        "scipy differenced gradient + Nelder-Mead",
        lambda: (fit_bgnbd(summary, analytic=False), fit_gamma_gamma(summary, analytic=False)),
    )
    for label, (bg, gg) in (("analytic", fast), ("generic", slow)):
        print(
            f"  {label}: r={bg.r:.4g} alpha={bg.alpha:.4g} a={bg.a:.4g} b={bg.b:.4g} "
            f"LL={bg.log_likelihood:.2f}; p={gg.p:.4g} q={gg.q:.4g} gamma={gg.gamma:.4g}"
        )

    print(f"Matched comparison: {args.matched:,} members")
    x, treated, outcome = matched_data(args.matched, rng)
    result, _ = timed(
        "compare (sorted logits, binary search)", lambda: compare(x, treated, outcome, ["x0", "x1"])
    )
    scanned, _ = timed(
        "scan every control per treated unit", lambda: att_by_scan(x, treated, outcome)
    )
    assert abs(result.att - scanned) < 1e-9, (result.att, scanned)
    print(
        f"  ATT {result.att:.3f} [{result.ci_low:.3f}, {result.ci_high:.3f}] (planted 2.0), "
        f"naive {result.naive:.3f}, {result.matched_treated:,} treated matched to "
        f"{result.matched_control:,} controls"
    )


if __name__ == "__main__":
    main()
