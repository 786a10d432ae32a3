"""Deadline timers stored as data: the machinery under crisis incidents and 1-3-5 tickets.

A case (incident or ticket) carries a list of ``Step``s, each with an absolute ``due_at``. Nothing
is held in memory: a sweep (``monitor.sop.sweep``) reads the stored steps, so a restart between
opening a case and its deadline keeps every timer. ``next_due_ts`` (epoch seconds of the earliest
pending, not yet escalated step) is kept as a top-level number on the stored document so a sweep
asks the store only for cases that are due.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pydantic import AwareDatetime, BaseModel, Field


@dataclass(frozen=True)
class StepRule:
    """One deadline of a procedure: ``name`` must be done ``within`` of the case opening."""

    name: str
    title: str
    within: timedelta


class Step(BaseModel):
    """One planned step of a case and what happened to it."""

    name: str
    title: str
    due_at: AwareDatetime
    done_at: AwareDatetime | None = None
    done_by: str | None = None
    note: str | None = None
    escalated_at: AwareDatetime | None = Field(
        None, description="When the step was found overdue and escalated (once per step)."
    )

    @property
    def pending(self) -> bool:
        """Not done yet."""
        return self.done_at is None

    def overdue(self, now: datetime) -> bool:
        """Pending and past its deadline."""
        return self.pending and now >= self.due_at


def plan_steps(rules: Sequence[StepRule], start: datetime) -> list[Step]:
    """Absolute deadlines for ``rules`` counted from ``start``."""
    return [Step(name=r.name, title=r.title, due_at=start + r.within) for r in rules]


def steps_to_escalate(steps: Sequence[Step], now: datetime) -> list[Step]:
    """Overdue steps not escalated yet (each step escalates exactly once)."""
    return [s for s in steps if s.overdue(now) and s.escalated_at is None]


def next_due(steps: Sequence[Step]) -> datetime | None:
    """The earliest deadline a sweep still has to act on (pending, not escalated), if any."""
    dues = [s.due_at for s in steps if s.pending and s.escalated_at is None]
    return min(dues) if dues else None


def find_step(steps: Sequence[Step], name: str) -> Step:
    """The step called ``name``; ``KeyError`` names the known steps otherwise."""
    for step in steps:
        if step.name == name:
            return step
    raise KeyError(f"unknown step {name!r} (known: {', '.join(s.name for s in steps)})")
