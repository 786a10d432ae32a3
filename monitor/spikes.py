"""Spike rule: the last window against a rolling baseline, alert above mean + k·σ.

Seed 002 (舆情监控系统) asks for "设置关键词预警" and an automatic warning; a volume or negativity
spike is the generic form of that warning. The window length, the number of baseline windows
and ``k`` come from the monitor policy (``alerts.spike`` in ``monitor/data/policy.yaml``:
``window_minutes``, ``baseline_windows``, ``k``); windows with fewer than ``min_count`` mentions
never alert, so a quiet brand does not page anyone over three posts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SpikeCheck:
    """Outcome of one spike test."""

    current: float
    mean: float
    std: float
    threshold: float
    is_spike: bool

    @property
    def ratio(self) -> float | None:
        """How many baseline means the current value is (None on a zero baseline)."""
        return self.current / self.mean if self.mean else None


def baseline_stats(baseline: Sequence[float]) -> tuple[float, float]:
    """Mean and population standard deviation of the baseline windows."""
    if not baseline:
        return 0.0, 0.0
    mean = sum(baseline) / len(baseline)
    var = sum((v - mean) ** 2 for v in baseline) / len(baseline)
    return mean, math.sqrt(var)


def check_spike(
    baseline: Sequence[float],
    current: float,
    *,
    k: float,
    volume: int,
    min_count: int,
) -> SpikeCheck:
    """Spike when ``current`` > mean + k·σ of ``baseline`` and the window holds ``min_count``
    mentions or more (``volume``)."""
    mean, std = baseline_stats(baseline)
    threshold = mean + k * std
    return SpikeCheck(
        current=current,
        mean=mean,
        std=std,
        threshold=threshold,
        is_spike=volume >= min_count and current > threshold,
    )
