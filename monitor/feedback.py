"""The "1-3-5" feedback rule for complaints (seed 002, 用户反馈机制).

Source: ``shared/seeds/002_f20953b0c327b653.txt``: "处理流程:建立'1-3-5'响应机制(1小时响应,
3天解决方案,5天效果反馈)". A ticket gets three deadlines counted from its creation:

* ``respond``: 1小时响应 — first response within 1 hour;
* ``solution``: 3天解决方案 — a solution within 3 days;
* ``effect_feedback``: 5天效果反馈 — feedback on the effect within 5 days.

They run on the same timer machinery as crisis incidents (``monitor.timers``, ``monitor.sop``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from monitor.timers import Step, StepRule, plan_steps

RESPOND_WITHIN = timedelta(hours=1)  # 1小时响应
SOLUTION_WITHIN = timedelta(days=3)  # 3天解决方案
EFFECT_FEEDBACK_WITHIN = timedelta(days=5)  # 5天效果反馈

RESPOND = "respond"
SOLUTION = "solution"
EFFECT_FEEDBACK = "effect_feedback"

FEEDBACK_STEPS: tuple[StepRule, ...] = (
    StepRule(RESPOND, "1小时响应 (first response)", RESPOND_WITHIN),
    StepRule(SOLUTION, "3天解决方案 (solution)", SOLUTION_WITHIN),
    StepRule(EFFECT_FEEDBACK, "5天效果反馈 (effect feedback)", EFFECT_FEEDBACK_WITHIN),
)


def feedback_steps(created_at: datetime) -> list[Step]:
    """The 1-3-5 deadlines counted from the ticket's creation."""
    return plan_steps(FEEDBACK_STEPS, created_at)
