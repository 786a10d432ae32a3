"""The 回访 tasks of churn warnings as ops work through them: list, and mark one done.

``community.churn.raise_followup_tasks`` creates a task (``crm_tasks/<lapse id>``, status
``open``) per lapse of an active or core member (seed 002 "对连续3天未互动用户自动触发专属客服
回访"); ops call the member and mark the task ``done`` with who did it, when, and an optional
note. Marking a done task done again changes nothing (so a double click or a retry is safe). The
API, the console and any CLI call these functions alike.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, Field

from community.churn import ChurnWarning
from community.records import TASKS
from radar.schemas import Filter, Page
from store.base import Store
from store.update import update_model

TaskStatus = Literal["open", "done"]


class TaskNotFound(Exception):
    """No 回访 task has this id."""

    def __init__(self, task_id: str) -> None:
        super().__init__(f"回访 task {task_id!r} does not exist")
        self.task_id = task_id


class FollowupTask(ChurnWarning):
    """One 回访 task: the lapse it answers and how far ops got with it."""

    status: TaskStatus = "open"
    created_at: AwareDatetime
    done_at: AwareDatetime | None = None
    done_by: str | None = None
    note: str | None = Field(None, max_length=2000)


def list_tasks(
    store: Store,
    *,
    status: TaskStatus | None = "open",
    store_id: str | None = None,
    member_id: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[FollowupTask]:
    """Tasks, oldest first (the work queue's order); filtered by status, store and member."""
    filters = [
        Filter(field=name, value=value)
        for name, value in (("status", status), ("store", store_id), ("member_id", member_id))
        if value is not None
    ]
    page = store.find_docs(TASKS, filters, sort="created_at", limit=limit, cursor=cursor)
    return page.map(lambda doc: FollowupTask.model_validate(doc.body))


def get_task(store: Store, task_id: str) -> FollowupTask:
    """One task; ``TaskNotFound`` when there is none."""
    doc = store.get_doc(TASKS, task_id)
    if doc is None:
        raise TaskNotFound(task_id)
    return FollowupTask.model_validate(doc.body)


def complete_task(
    store: Store, task_id: str, by: str, now: datetime, note: str | None = None
) -> FollowupTask:
    """Mark the task done (the member was called back); a no-op when it already is."""

    def done(task: FollowupTask | None) -> FollowupTask | None:
        if task is None:
            raise TaskNotFound(task_id)
        if task.status == "done":
            return None
        return task.model_copy(
            update={"status": "done", "done_at": now, "done_by": by, "note": note or None}
        )

    completed = update_model(store, TASKS, task_id, FollowupTask, done)
    assert completed is not None  # done() raised when there was no task
    return completed
