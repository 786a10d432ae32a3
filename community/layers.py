"""Which group a member is in: lifecycle layer (seed 002), 同心圆 ring (seed 000), 星火 tier
(seed 002). Pure functions over numbers; the thresholds come from ``community/policy.yaml``.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from community.policy import Layer, LifecyclePolicy, SparkPolicy

Ring = Literal["outer", "middle", "inner"]
SparkTier = Literal["none", "observer", "steward", "ambassador"]
LAYERS: tuple[Layer, ...] = ("new", "active", "silent", "core")

#: seed 000 同心圆: 中环 互动层 = 已注册的活跃会员; "active" = did something in this many days.
RING_ACTIVE_DAYS = 30


def lifecycle_layer(tenure_days: float, idle_days: float | None, policy: LifecyclePolicy) -> Layer:
    """seed 002 "新用户(0-7天) / 活跃用户(7-30天) / 沉默用户(30-90天) / 核心用户(90天+)".

    With ``basis: tenure`` (the default) the days are days since joining; with ``recency`` a
    member is new for its first ``new_until_days`` of tenure and after that placed by
    ``idle_days`` (days since the last interaction or order; never active counts as silent).
    Bounds are half-open: day 7 is active, day 30 silent, day 90 core.
    """
    if tenure_days < policy.new_until_days:
        return "new"
    days = tenure_days if policy.basis == "tenure" else idle_days
    if days is None:
        return "silent"
    if days < policy.active_until_days:
        return "active"
    if days < policy.silent_until_days:
        return "silent"
    return "core"


def lifecycle_layers(
    tenure_days: np.ndarray, idle_days: np.ndarray, policy: LifecyclePolicy
) -> np.ndarray:
    """``lifecycle_layer`` over arrays (idle NaN: never active); indices into ``LAYERS``."""
    days = tenure_days if policy.basis == "tenure" else idle_days
    out = np.full(len(tenure_days), LAYERS.index("core"))
    out[days < policy.silent_until_days] = LAYERS.index("silent")
    out[days < policy.active_until_days] = LAYERS.index("active")
    out[np.isnan(days)] = LAYERS.index("silent")
    out[tenure_days < policy.new_until_days] = LAYERS.index("new")
    return out


def ring_of(is_member: bool, idle_days: float | None, is_koc: bool) -> Ring:
    """seed 000 同心圆: 外环 辐射层 (门店周边的潜在客群), 中环 互动层 (已注册的活跃会员),
    内环 共创层 (高度认同品牌价值的"超级用户").

    A KOC member is inner; a member active within ``RING_ACTIVE_DAYS`` is middle; every other
    member and every contact who is not a member is outer.
    """
    if is_member and is_koc:
        return "inner"
    if is_member and idle_days is not None and idle_days < RING_ACTIVE_DAYS:
        return "middle"
    return "outer"


def spark_tier(activity: int, conversion: float, gmv: float, policy: SparkPolicy) -> SparkTier:
    """seed 002 星火计划 "社区观察员(活跃度300+)→社区管家(转化率15%+)→社区大使(GMV破10万)".

    The arrow is read as a ladder: each rung needs the ones below it. ``activity`` is the 团长's
    interactions in the last 30 days, ``conversion`` the share of their group that bought
    through them, ``gmv`` what their group bought through them in the tier window.
    """
    if activity < policy.observer_min_activity:
        return "none"
    if conversion < policy.steward_min_conversion:
        return "observer"
    if gmv < policy.ambassador_min_gmv:
        return "steward"
    return "ambassador"
