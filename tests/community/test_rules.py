"""The pure CRM rules, table-driven from the seeds' own numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from pydantic import ValidationError

from community.churn import MemberActivity, churn_warnings
from community.layers import LAYERS, lifecycle_layer, lifecycle_layers, ring_of, spark_tier
from community.policy import ChurnPolicy, CommunityPolicy, LifecyclePolicy, load_policy
from community.rfm import RfmInput, score_members, tier_of

POLICY = load_policy()


@pytest.mark.parametrize(
    ("tenure", "layer"),
    [  # seed 002: 新用户(0-7天) 活跃用户(7-30天) 沉默用户(30-90天) 核心用户(90天+)
        (0, "new"),
        (6.9, "new"),
        (7, "active"),
        (29.9, "active"),
        (30, "silent"),
        (89.9, "silent"),
        (90, "core"),
        (400, "core"),
    ],
)
def test_lifecycle_layers_by_tenure(tenure: float, layer: str) -> None:
    assert lifecycle_layer(tenure, 0.5, POLICY.lifecycle) == layer
    vector = lifecycle_layers(np.array([tenure]), np.array([0.5]), POLICY.lifecycle)
    assert LAYERS[int(vector[0])] == layer


@pytest.mark.parametrize(
    ("tenure", "idle", "layer"),
    [
        (3, 50, "new"),
        (200, 2, "active"),
        (200, 45, "silent"),
        (200, 120, "core"),
        (20, None, "silent"),
    ],
)
def test_lifecycle_recency_reading_is_configurable(
    tenure: float, idle: float | None, layer: str
) -> None:
    policy = LifecyclePolicy(basis="recency")
    assert lifecycle_layer(tenure, idle, policy) == layer
    idle_array = np.array([np.nan if idle is None else idle])
    assert LAYERS[int(lifecycle_layers(np.array([tenure]), idle_array, policy)[0])] == layer


def test_packaged_policy_carries_the_seed_numbers() -> None:
    assert (
        CommunityPolicy.model_validate(
            {
                **POLICY.model_dump(),
                "lifecycle": {
                    "basis": "tenure",
                    "new_until_days": 7,
                    "active_until_days": 30,
                    "silent_until_days": 90,
                },
            }
        )
        == POLICY
    )
    assert POLICY.churn.idle_days == 3
    assert (POLICY.tiers.koc_share, POLICY.tiers.high_value_share) == (0.05, 0.15)
    assert POLICY.tiers.low_value_share == 0.20
    assert (POLICY.spark.observer_min_activity, POLICY.spark.steward_min_conversion) == (300, 0.15)
    assert POLICY.spark.ambassador_min_gmv == 100_000


@pytest.mark.parametrize(
    ("activity", "conversion", "gmv", "tier"),
    [  # seed 002: 社区观察员(活跃度300+)→社区管家(转化率15%+)→社区大使(GMV破10万)
        (299, 0.5, 200_000, "none"),
        (300, 0.149, 200_000, "observer"),
        (300, 0.15, 99_999, "steward"),
        (300, 0.15, 100_000, "ambassador"),
    ],
)
def test_spark_ladder(activity: int, conversion: float, gmv: float, tier: str) -> None:
    assert spark_tier(activity, conversion, gmv, POLICY.spark) == tier


@pytest.mark.parametrize(
    ("member", "idle", "koc", "ring"),
    [
        (True, 3, True, "inner"),
        (True, 3, False, "middle"),
        (True, 45, False, "outer"),
        (False, 1, False, "outer"),
        (True, None, False, "outer"),
    ],
)
def test_rings(member: bool, idle: float | None, koc: bool, ring: str) -> None:
    assert ring_of(member, idle, koc) == ring


def _inputs(n: int, influence: int = 5) -> list[RfmInput]:
    rng = np.random.default_rng(7)
    return [
        RfmInput(
            f"m{i}",
            float(rng.uniform(0, 300)),
            int(rng.integers(1, 40)),
            float(rng.uniform(10, 5000)),
            influence,
        )
        for i in range(n)
    ]


def test_tier_shares_follow_seed_001() -> None:
    # seed 001: KOC 约5%, 高价值 约15%, 潜力 约60%, 低价值/流失 约20%.
    scores, cut = score_members(_inputs(2000), POLICY.tiers)
    shares = {
        t: sum(s.tier == t for s in scores) / 2000
        for t in ("koc", "high_value", "potential", "low_value")
    }
    assert shares["koc"] == pytest.approx(0.05, abs=0.005)
    assert shares["high_value"] == pytest.approx(0.15, abs=0.01)
    assert shares["potential"] == pytest.approx(0.60, abs=0.01)
    assert shares["low_value"] == pytest.approx(0.20, abs=0.01)
    # The audit: every stored value falls in exactly the tier the stored cut-offs give.
    for s in scores:
        assert s.tier == tier_of(s.value, s.influence, True, cut, POLICY.tiers)
        assert 1 <= min(s.r, s.f, s.m) <= max(s.r, s.f, s.m) <= 5


def test_koc_needs_influence_and_non_buyers_are_low_value() -> None:
    inputs = [*_inputs(100, influence=0), RfmInput("never", None, 0, 0.0, 99)]
    scores, _ = score_members(inputs, POLICY.tiers)
    tiers = {s.member_id: s.tier for s in scores}
    assert "koc" not in tiers.values()  # 乐于分享、有影响力: no influence, no KOC
    assert tiers["never"] == "low_value"


def test_a_more_recent_more_frequent_bigger_spender_scores_higher() -> None:
    a = RfmInput("a", 1.0, 30, 3000.0, 0)
    b = RfmInput("b", 200.0, 2, 50.0, 0)
    c = RfmInput("c", 50.0, 10, 500.0, 0)
    scores, _ = score_members([a, b, c], POLICY.tiers)
    by_id = {s.member_id: s for s in scores}
    assert by_id["a"].value > by_id["c"].value > by_id["b"].value
    assert (by_id["a"].r, by_id["a"].f, by_id["a"].m) == (5, 5, 5)


@pytest.mark.parametrize(
    ("idle", "layer", "warned"),
    [  # seed 002 对连续3天未互动用户 (active and core), while the lapse is fresh (< 14 days)
        (2.9, "active", False),
        (3.0, "active", True),
        (13.9, "core", True),
        (14.0, "core", False),  # churned: seed 001's 低价值/流失 action, not a 回访
        (5.0, "new", False),
        (5.0, "silent", False),
    ],
)
def test_churn_warning_window(idle: float, layer: str, warned: bool) -> None:
    now = datetime(2026, 6, 1, tzinfo=UTC)
    member = MemberActivity(
        member_id="m",
        store="S1",
        layer=layer,  # type: ignore[arg-type]
        tier="potential",
        last_activity_at=now - timedelta(days=idle),
    )
    assert bool(churn_warnings([member], now, POLICY.churn)) is warned
    every_lapse = POLICY.churn.model_copy(update={"max_idle_days": None})
    assert bool(churn_warnings([member], now, every_lapse)) is (
        layer in ("active", "core") and idle >= 3
    )


def test_churn_window_must_be_open() -> None:
    with pytest.raises(ValidationError, match="max_idle_days"):
        ChurnPolicy(idle_days=3, max_idle_days=3)
