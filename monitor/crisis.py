"""Crisis SOP rules (seed 002, "应急响应机制 / 制定'危机处理SOP'").

Source: ``shared/seeds/002_f20953b0c327b653.txt``, section 应急响应机制:

* "线索发现:系统自动触发预警(如单条差评阅读量超500)" -> ``is_crisis_trigger``: one 差评 (a
  negative mention, or one reporting a critical alert category's harm) whose read count
  *exceeds* the threshold (``crisis.read_threshold`` in the monitor
  policy, ``monitor/data/policy.yaml``: 500).
* "快速响应:15分钟内启动应急小组" -> step ``assemble_team`` due 15 minutes after opening
  (acknowledging the incident completes it).
* "后续跟进:3天内完成用户回访,7天提交整改报告" -> steps ``follow_up`` (3 days) and
  ``rectification_report`` (7 days; closing the incident with its report completes it).
* "危机化解:建立'补偿方案即时生成器'" -> ``monitor.compensation``.

The clock of "15分钟内" can only start when the system could first have seen the post: its
collected time (``first_seen_at``), never its publication time. And backfill is not a crisis: a
post already older than ``crisis.backfill_max_age_hours`` when it was first seen (a first crawl
brings months of history) is recorded as a historical incident without timers (``is_backfill``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from monitor.timers import Step, StepRule, plan_steps

#: 15分钟内启动应急小组
ASSEMBLE_TEAM_WITHIN = timedelta(minutes=15)
#: 3天内完成用户回访
FOLLOW_UP_WITHIN = timedelta(days=3)
#: 7天提交整改报告
REPORT_WITHIN = timedelta(days=7)

ASSEMBLE_TEAM = "assemble_team"
FOLLOW_UP = "follow_up"
RECTIFICATION_REPORT = "rectification_report"

CRISIS_STEPS: tuple[StepRule, ...] = (
    StepRule(ASSEMBLE_TEAM, "15分钟内启动应急小组 (acknowledge)", ASSEMBLE_TEAM_WITHIN),
    StepRule(FOLLOW_UP, "3天内完成用户回访 (customer follow-up visits)", FOLLOW_UP_WITHIN),
    StepRule(RECTIFICATION_REPORT, "7天提交整改报告 (rectification report)", REPORT_WITHIN),
)


def is_crisis_trigger(
    sentiment_label: str | None, read_count: int, threshold: int, *, critical_alert: bool = False
) -> bool:
    """True for a 差评 whose read count exceeds ``threshold`` (阅读量超500: the policy's
    ``crisis.read_threshold``).

    A 差评 is a mention the sentiment model reads as negative, or one that reports a harm of a
    ``critical`` alert category (the lexicon's 食品安全: 发霉, 腹泻, 住院…, with its negation and
    question rules) whatever its tone: a formal complaint ("次日发现发霉变质，孩子食用后腹泻就医…
    要求退一赔十") or a warning to neighbours ("大家检查一下自己家的草莓！") is a 差评 the model
    may read as neutral. Two independent signals, so one model error does not hide a crisis."""
    return (sentiment_label == "negative" or critical_alert) and read_count > threshold


def first_seen_at(published_at: datetime, collected_at: datetime | None, now: datetime) -> datetime:
    """When the system first could have seen a post: its collected time (the pass's ``now`` when
    it has none), never before it was published nor after ``now``."""
    seen = min(collected_at or now, now)
    return max(seen, min(published_at, now))


def is_backfill(published_at: datetime, first_seen: datetime, max_age: timedelta) -> bool:
    """True for a post already older than ``max_age`` when it was first seen: history found by a
    (first) crawl, not a crisis happening now."""
    return first_seen - published_at > max_age


def crisis_steps(opened_at: datetime) -> list[Step]:
    """The SOP's three deadlines counted from the moment the incident opened."""
    return plan_steps(CRISIS_STEPS, opened_at)
