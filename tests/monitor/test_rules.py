"""The pure rules, table-driven with seed 002's own figures.

Source: shared/seeds/002_f20953b0c327b653.txt (quoted above each table).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from monitor.compensation import CompensationCase, suggest_compensation
from monitor.crisis import crisis_steps, is_crisis_trigger
from monitor.feedback import feedback_steps
from monitor.policy import MonitorPolicy, load_policy, severity_of
from monitor.spikes import check_spike
from monitor.timers import next_due, steps_to_escalate
from nlp.alerts import AlertLexicon

OPENED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

LEXICON = AlertLexicon.default()


@pytest.fixture(scope="module")
def policy() -> MonitorPolicy:
    return load_policy()


# 线索发现:系统自动触发预警(如单条差评阅读量超500)
@pytest.mark.parametrize(
    ("label", "reads", "threshold", "expected"),
    [
        ("negative", 501, 500, True),  # 超500: more than 500
        ("negative", 500, 500, False),  # exactly 500 does not pass it
        ("negative", 3200, 500, True),
        ("neutral", 5000, 500, False),  # only a 差评 (negative) triggers
        ("positive", 5000, 500, False),
        (None, 5000, 500, False),  # not scored yet
        ("negative", 101, 100, True),  # the threshold is configurable
    ],
)
def test_crisis_trigger(label: str | None, reads: int, threshold: int, expected: bool) -> None:
    assert is_crisis_trigger(label, reads, threshold) is expected


@pytest.mark.parametrize(
    ("label", "reads", "expected"),
    [  # a post reporting a critical harm (食品安全) is a 差评 whatever the model reads
        ("neutral", 2150, True),  # the formal complaint: 次日发现发霉变质…腹泻就医
        ("positive", 4120, True),  # the warning to neighbours: 大家检查一下自己家的草莓！
        ("neutral", 500, False),  # still only past the threshold
        (None, 5000, True),
    ],
)
def test_a_critical_alert_makes_a_post_a_complaint(
    label: str | None, reads: int, expected: bool
) -> None:
    assert is_crisis_trigger(label, reads, 500, critical_alert=True) is expected


def test_the_seed_threshold_lives_in_the_policy(policy: MonitorPolicy) -> None:
    # 单条差评阅读量超500: a business number, in monitor/data/policy.yaml (not a setting).
    threshold = policy.crisis.read_threshold
    assert threshold == 500
    assert is_crisis_trigger("negative", 501, threshold)
    assert not is_crisis_trigger("negative", 500, threshold)


# 快速响应:15分钟内启动应急小组 / 后续跟进:3天内完成用户回访,7天提交整改报告
@pytest.mark.parametrize(
    ("step", "after"),
    [
        ("assemble_team", timedelta(minutes=15)),
        ("follow_up", timedelta(days=3)),
        ("rectification_report", timedelta(days=7)),
    ],
)
def test_crisis_deadlines(step: str, after: timedelta) -> None:
    due = {s.name: s.due_at for s in crisis_steps(OPENED)}
    assert due[step] == OPENED + after


# 处理流程:建立"1-3-5"响应机制(1小时响应,3天解决方案,5天效果反馈)
@pytest.mark.parametrize(
    ("step", "after"),
    [
        ("respond", timedelta(hours=1)),
        ("solution", timedelta(days=3)),
        ("effect_feedback", timedelta(days=5)),
    ],
)
def test_feedback_135_deadlines(step: str, after: timedelta) -> None:
    due = {s.name: s.due_at for s in feedback_steps(OPENED)}
    assert due[step] == OPENED + after


@pytest.mark.parametrize(
    ("elapsed", "overdue"),
    [
        (timedelta(minutes=14, seconds=59), []),
        (timedelta(minutes=15), ["assemble_team"]),
        (timedelta(days=3, minutes=1), ["assemble_team", "follow_up"]),
        (timedelta(days=8), ["assemble_team", "follow_up", "rectification_report"]),
    ],
)
def test_overdue_steps(elapsed: timedelta, overdue: list[str]) -> None:
    steps = crisis_steps(OPENED)
    assert [s.name for s in steps_to_escalate(steps, OPENED + elapsed)] == overdue


def test_done_and_escalated_steps_leave_the_sweep() -> None:
    steps = crisis_steps(OPENED)
    steps[0].done_at = OPENED + timedelta(minutes=5)
    assert next_due(steps) == OPENED + timedelta(days=3)
    steps[1].escalated_at = OPENED + timedelta(days=3)
    assert next_due(steps) == OPENED + timedelta(days=7)
    assert steps_to_escalate(steps, OPENED + timedelta(days=4)) == []


@pytest.mark.parametrize(
    ("baseline", "current", "volume", "spike"),
    [
        ([10, 12, 8, 10, 10], 30, 30, True),  # far above mean + 3σ
        ([10, 12, 8, 10, 10], 13, 13, False),  # inside the band
        ([1, 0, 2, 1], 4, 4, False),  # above the band but under min_count (5)
        ([0, 0, 0, 0], 6, 6, True),  # flat zero baseline: any real volume is a spike
        ([], 6, 6, True),  # no history yet
    ],
)
def test_spike_rule(baseline: list[float], current: float, volume: int, spike: bool) -> None:
    assert check_spike(baseline, current, k=3.0, volume=volume, min_count=5).is_spike is spike


def test_spike_threshold_is_mean_plus_k_sigma() -> None:
    check = check_spike([2, 4, 4, 4, 5, 5, 7, 9], 20, k=2.0, volume=20, min_count=1)
    assert (check.mean, check.std, check.threshold) == (5.0, 2.0, 9.0)


def test_severity_table(policy: MonitorPolicy) -> None:
    # 设置关键词预警(如"食品安全""价格欺诈"等)
    assert severity_of("食品安全", policy, LEXICON) == "critical"
    assert severity_of("价格欺诈", policy, LEXICON) == "high"
    assert severity_of("没听说过的类别", policy, LEXICON) == policy.default_severity


def test_severity_is_the_configured_lexicons(policy: MonitorPolicy) -> None:
    # The lexicon owns severities: a custom one overrides both the bundled lexicon and the table;
    # a category it does not know (from an older lexicon) falls back to the table.
    custom = AlertLexicon(
        {
            "categories": {
                "食品安全": {"severity": "low", "terms": ["发霉"]},
                "冷链断链": {"alias": "cold-chain", "severity": "critical", "terms": ["化冻"]},
            }
        }
    )
    assert severity_of("食品安全", policy, custom) == "low"
    assert severity_of("cold-chain", policy, custom) == "critical"
    assert severity_of("价格欺诈", policy, custom) == policy.severity["价格欺诈"]
    case = CompensationCase(category="冷链断链")
    assert suggest_compensation(case, policy, custom).severity == "critical"
    assert suggest_compensation(case, policy, LEXICON).severity == policy.default_severity


# 危机化解:建立"补偿方案即时生成器"(自动匹配优惠券、服务补偿等)
# 真诚承诺:建立"30天无理由退换"保障机制(生鲜商品可冷藏保存15天)
@pytest.mark.parametrize(
    ("case", "coupon", "refund", "services", "reason"),
    [
        # food-safety complaint past 500 reads from a gold customer: full refund, coupon x1.5x1.5
        (
            {
                "category": "食品安全",
                "reach": 3200,
                "value_tier": "gold",
                "order_amount": 88,
                "days_since_purchase": 2,
            },
            Decimal(113),
            Decimal("88.00"),
            ["3天内完成用户回访", "商品送检并公示结果"],
            "阅读量超500",
        ),
        # price fraud under 500 reads: refund the order, base coupon
        (
            {
                "category": "价格欺诈",
                "reach": 120,
                "value_tier": "bronze",
                "order_amount": 45.5,
                "days_since_purchase": 10,
            },
            Decimal(30),
            Decimal("45.50"),
            ["差价说明与价格公示"],
            "category rule 价格欺诈",
        ),
        # 30天无理由退换: day 31 is outside the window, so no refund
        (
            {"category": "价格欺诈", "reach": 10, "order_amount": 45, "days_since_purchase": 31},
            Decimal(30),
            Decimal(0),
            [],
            "beyond the 30-day return window",
        ),
        # 生鲜商品…15天: fresh produce bought 16 days ago gets no refund, 15 days still does
        (
            {
                "category": "食品安全",
                "reach": 10,
                "order_amount": 20,
                "days_since_purchase": 16,
                "fresh": True,
            },
            Decimal(50),
            Decimal(0),
            [],
            "15-day return window for fresh produce",
        ),
        (
            {
                "category": "食品安全",
                "reach": 10,
                "order_amount": 20,
                "days_since_purchase": 15,
                "fresh": True,
            },
            Decimal(50),
            Decimal("20.00"),
            [],
            "refund 100%",
        ),
        # service complaint: coupon and a follow-up visit, no refund
        (
            {"category": "服务态度", "reach": 600, "value_tier": "silver"},
            Decimal(18),
            Decimal(0),
            ["客服致歉", "3天内完成用户回访"],
            "value tier silver",
        ),
        # caps: a huge reach and a gold customer still stop at the 200 coupon cap,
        # and coupon + refund stop at the 500 per-case cap (coupon cut first)
        (
            {"severity": "critical", "reach": 90000, "value_tier": "gold", "order_amount": 450},
            Decimal(50),
            Decimal("450.00"),
            [],
            "per-case cap 500",
        ),
        # the incident's remaining budget caps what is left
        (
            {"category": "食品安全", "reach": 3200, "order_amount": 88, "budget_remaining": 60},
            Decimal(0),
            Decimal("60.00"),
            [],
            "budget left 60",
        ),
    ],
)
def test_compensation_suggestions(
    policy: MonitorPolicy,
    case: dict[str, object],
    coupon: Decimal,
    refund: Decimal,
    services: list[str],
    reason: str,
) -> None:
    result = suggest_compensation(CompensationCase.model_validate(case), policy, LEXICON)
    assert (result.coupon, result.refund) == (coupon, refund)
    assert result.total == coupon + refund
    described = [i.description for i in result.items if i.kind == "service"]
    assert all(s in described for s in services)
    assert any(reason in r for r in result.reasons), result.reasons
    # Deterministic: the same case gives the same suggestion.
    assert suggest_compensation(CompensationCase.model_validate(case), policy, LEXICON) == result


def test_compensation_json_amounts_are_numbers(policy: MonitorPolicy) -> None:
    result = suggest_compensation(
        CompensationCase(category="食品安全", reach=3200, order_amount=Decimal(88)),
        policy,
        LEXICON,
    )
    body = result.model_dump(mode="json")
    assert body["refund"] == 88.0 and isinstance(body["coupon"], float)


def test_policy_file_override_and_clear_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources

    from monitor.policy import PolicyError

    text = resources.files("monitor.data").joinpath("policy.yaml").read_text("utf-8")
    custom = tmp_path / "policy.yaml"
    custom.write_text(text.replace("coupon_per_case: 200", "coupon_per_case: 20"), "utf-8")
    capped = suggest_compensation(
        CompensationCase(category="食品安全", reach=3200, value_tier="gold"),
        load_policy(custom),
        LEXICON,
    )
    assert capped.coupon == Decimal(20) and capped.capped
    lower = tmp_path / "lower.yaml"
    lower.write_text(text.replace("read_threshold: 500", "read_threshold: 100"), "utf-8")
    assert load_policy(lower).crisis.read_threshold == 100
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: x\ncompensation: {base: {low: {refund_ratio: 2}}}\n", "utf-8")
    with pytest.raises(PolicyError, match=r"broken\.yaml"):
        load_policy(broken)
    with pytest.raises(PolicyError, match=r"missing\.yaml"):
        load_policy(tmp_path / "missing.yaml")
