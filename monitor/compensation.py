"""The compensation suggester.

Seed 002, 应急响应机制: "危机化解:建立'补偿方案即时生成器'(自动匹配优惠券、服务补偿等)".

Given an incident or complaint — category, severity, reach, the customer's value tier when known,
the order amount — suggest a coupon, a refund and service actions, each with its reason, from the
policy table in ``monitor/data/policy.yaml``. Pure and deterministic: the same case and policy give
the same suggestion, amounts in CNY as ``Decimal``.

Rules applied, in order (each adds a line to ``reasons``):

1. severity: given, or the category's severity (the configured alert lexicon, else the policy
   table);
2. base coupon / refund share / service actions for that severity, then the category's rule;
3. reach tier multiplies the coupon (tier "阅读量超500" follows the crisis trigger);
4. value tier multiplies the coupon (seed: "青铜-白银-黄金等级, 对应不同…专属权益");
5. refunds only inside the return window (seed: "'30天无理由退换'保障机制(生鲜商品可冷藏保存15天)");
6. caps: coupon per case, coupon + refund per case, and the budget left (coupon cut first).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, PlainSerializer

from monitor.policy import MonitorPolicy, Severity, severity_of
from nlp.alerts import AlertLexicon

CENT = Decimal("0.01")
#: Amounts are exact decimals inside and plain JSON numbers outside.
Money = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]


class CompensationCase(BaseModel):
    """What the suggester needs to know about a complaint or incident."""

    category: str | None = Field(None, description="Alert category, e.g. 食品安全.")
    severity: Severity | None = Field(None, description="Overrides the category's severity.")
    reach: int = Field(0, ge=0, description="Reads of the complaint (or of the whole story).")
    value_tier: str | None = Field(None, description="Customer value tier: bronze/silver/gold.")
    order_amount: Decimal | None = Field(None, ge=0, description="Order amount in CNY.")
    days_since_purchase: int | None = Field(None, ge=0)
    fresh: bool = Field(False, description="Fresh produce (生鲜): the shorter return window.")
    budget_remaining: Decimal | None = Field(
        None, ge=0, description="Budget left for this incident; default: the policy's cap."
    )


class CompensationItem(BaseModel):
    """One suggested measure."""

    kind: Literal["coupon", "refund", "service"]
    amount: Money | None = None
    description: str


class CompensationSuggestion(BaseModel):
    """The suggestion with its reasons."""

    severity: Severity
    items: list[CompensationItem]
    coupon: Money
    refund: Money
    total: Money
    capped: bool
    reasons: list[str]
    policy_version: str


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def suggest_compensation(
    case: CompensationCase, policy: MonitorPolicy, lexicon: AlertLexicon
) -> CompensationSuggestion:
    """Suggest coupon / refund / service compensation for ``case`` (see module docstring); a
    category's severity is the configured alert ``lexicon``'s."""
    table = policy.compensation
    reasons: list[str] = []
    if case.severity is not None:
        severity: Severity = case.severity
        reasons.append(f"severity {severity} (given)")
    elif case.category:
        severity = severity_of(case.category, policy, lexicon)
        reasons.append(f"severity {severity} of category {case.category}")
    else:
        severity = policy.default_severity
        reasons.append(f"severity {severity} (default: no category given)")

    base = table.base[severity]
    coupon, ratio, services = base.coupon, base.refund_ratio, list(base.service)
    reasons.append(f"base for {severity}: coupon {coupon}, refund {ratio:.0%} of the order")
    try:  # the table is keyed by category name; a request may use the alias (food_safety)
        name = lexicon.canonical(case.category) if case.category else ""
    except KeyError:
        name = case.category or ""
    rule = table.categories.get(name)
    if rule is not None:
        if rule.coupon is not None:
            coupon = rule.coupon
        if rule.refund_ratio is not None:
            ratio = rule.refund_ratio
        services += [s for s in rule.service_extra if s not in services]
        reasons.append(f"category rule {case.category}: coupon {coupon}, refund {ratio:.0%}")

    tier = max(
        (t for t in table.reach_tiers if case.reach >= t.min_reads),
        key=lambda t: t.min_reads,
        default=None,
    )
    if tier is not None and tier.factor != 1:
        coupon *= tier.factor
        reasons.append(f"reach {case.reach} reads ({tier.label}): coupon x{tier.factor}")
    if case.value_tier is not None:
        factor = table.value_tiers.get(case.value_tier)
        if factor is None:
            reasons.append(f"value tier {case.value_tier!r} unknown: no tier factor")
        elif factor != 1:
            coupon *= factor
            reasons.append(f"value tier {case.value_tier}: coupon x{factor}")
    coupon = coupon.quantize(Decimal(1), rounding=ROUND_HALF_UP)  # coupons are whole yuan

    capped = False
    if coupon > table.caps.coupon_per_case:
        coupon, capped = table.caps.coupon_per_case, True
        reasons.append(f"coupon capped at {coupon} per case")

    refund = Decimal(0)
    if ratio > 0 and case.order_amount is None:
        reasons.append("refund applies but no order amount given: refund the order on request")
    elif ratio > 0 and case.order_amount is not None:
        window = table.fresh_return_window_days if case.fresh else table.return_window_days
        if case.days_since_purchase is not None and case.days_since_purchase > window:
            reasons.append(
                f"no refund: bought {case.days_since_purchase} days ago, beyond the "
                f"{window}-day return window{' for fresh produce' if case.fresh else ''}"
            )
        else:
            refund = _money(case.order_amount * ratio)
            reasons.append(f"refund {ratio:.0%} of the order amount {case.order_amount}")

    for limit, label in (
        (table.caps.total_per_case, "per-case cap"),
        (
            table.caps.incident_budget if case.budget_remaining is None else case.budget_remaining,
            "budget left",
        ),
    ):
        if coupon + refund > limit:
            capped = True
            cut_coupon = min(coupon, coupon + refund - limit)
            coupon -= cut_coupon
            refund = max(Decimal(0), min(refund, limit - coupon))
            reasons.append(f"{label} {limit}: coupon {coupon}, refund {refund}")

    items: list[CompensationItem] = []
    if coupon > 0:
        items.append(
            CompensationItem(
                kind="coupon", amount=_money(coupon), description=f"优惠券 {coupon} 元"
            )
        )
    if refund > 0:
        items.append(
            CompensationItem(kind="refund", amount=refund, description=f"退款 {refund} 元")
        )
    items += [CompensationItem(kind="service", description=s) for s in services]
    return CompensationSuggestion(
        severity=severity,
        items=items,
        coupon=_money(coupon),
        refund=_money(refund),
        total=_money(coupon + refund),
        capped=capped,
        reasons=reasons,
        policy_version=policy.version,
    )
