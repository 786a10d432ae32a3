"""The timer sweep: find overdue SOP steps in stored incidents and tickets, escalate, notify.

Runs from ``monitor.run_monitor`` (and so from every ``radar run``) and from ``radar incidents
--sweep``. It keeps no state of its own: each case stores its deadlines and ``next_due_ts``, so
a sweep in a fresh process after a restart finds exactly what is overdue. For each overdue step
the notification is enqueued *before* the escalation is saved: a crash in between re-enqueues
the same idempotency key on the next sweep (a no-op) and then saves, so nothing is lost or doubled.
Each case is updated with ``store.update.update_doc``: a case someone changes meanwhile is re-read
and re-checked, and one that keeps changing raises ``UpdateConflict`` (the pass fails and is
retried) instead of being skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.cases import Case, case_from_doc
from monitor.incidents import INCIDENTS, Incident
from monitor.notify.message import Notification
from monitor.notify.outbox import Outbox
from monitor.tickets import TICKETS, Ticket
from monitor.timers import steps_to_escalate
from radar.schemas import Filter, StoredDoc
from radar.timezone import local_time
from store.base import Store
from store.update import update_doc


@dataclass
class SweepReport:
    """Escalations made by one sweep: ``(collection/id, step)`` pairs."""

    escalated: list[tuple[str, str]] = field(default_factory=list)
    conflicts: int = 0  # lost races, each re-read and re-checked
    scanned: int = 0


def _escalation_notice(collection: str, case: Case, step_name: str, now: datetime) -> Notification:
    step = next(s for s in case.steps if s.name == step_name)
    late = now - step.due_at
    if isinstance(case, Incident):
        title = f"逾期升级 {case.title}: {step.title}"
        kind = "incident_escalated"
        severity = case.severity
        owner = case.owner
    else:
        assert isinstance(case, Ticket)
        title = f"工单逾期 {case.subject}: {step.title}"
        kind, severity, owner = "ticket_escalated", "medium", case.owner
    return Notification(
        key=f"{collection}:{case.id}:overdue:{step_name}",
        kind=kind,
        severity=severity,
        title=title,
        text=f"Step {step_name} was due at {local_time(step.due_at)} and is not done "
        f"({int(late.total_seconds() // 60)} minutes late). Escalation level "
        f"{case.escalation_level + 1}.",
        ref=f"{collection}/{case.id}",
        created_at=now,
        fields={
            "owner": owner or "unassigned",
            "step": step_name,
            "due_at": local_time(step.due_at),
        },
    )


def _sweep_one(
    store: Store,
    collection: str,
    model: type[Case],
    doc_id: str,
    now: datetime,
    outbox: Outbox,
    report: SweepReport,
) -> None:
    escalated: list[str] = []  # steps the winning attempt escalated
    attempts = 0

    def escalate(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal attempts
        attempts += 1
        escalated.clear()
        if doc is None:
            return None
        case = case_from_doc(model, doc)
        due = steps_to_escalate(case.steps, now) if case.status != "closed" else []
        if not due:
            return None  # someone acted on the case meanwhile
        for step in due:
            # Enqueued before the escalation is saved (see the module docstring); a repeat of
            # the same key after a lost race is a no-op.
            outbox.enqueue(_escalation_notice(collection, case, step.name, now), now)
            step.escalated_at = now
            case.escalation_level += 1
            case.log(
                now,
                f"step {step.name} overdue: escalated",
                "radar",
                f"due {step.due_at.isoformat()}",
            )
            escalated.append(step.name)
        return case.to_body()

    update_doc(store, collection, doc_id, escalate)
    report.conflicts += attempts - 1
    report.escalated += [(f"{collection}/{doc_id}", name) for name in escalated]


def sweep(store: Store, now: datetime, outbox: Outbox) -> SweepReport:
    """Escalate every overdue step of every open incident and ticket; notify through ``outbox``."""
    report = SweepReport()
    filters = [
        Filter(field="status", op="ne", value="closed"),
        Filter(field="next_due_ts", op="lte", value=now.timestamp()),
    ]
    targets: list[tuple[str, type[Case]]] = [(INCIDENTS, Incident), (TICKETS, Ticket)]
    for collection, model in targets:
        ids: list[str] = []
        cursor: str | None = None
        while True:
            page = store.find_docs(collection, filters, limit=1000, cursor=cursor)
            ids += [d.id for d in page.items]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        report.scanned += len(ids)
        for doc_id in ids:
            _sweep_one(store, collection, model, doc_id, now, outbox, report)
    return report
