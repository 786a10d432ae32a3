"""What crisis incidents and 1-3-5 tickets share: timeline, steps, stored versions.

A case is a pydantic model stored as a generic document; ``save_case`` creates it and
``update_case`` changes it (read, change, write with the version read, retry on a conflict:
``store.update.update_doc``). Both keep the top-level fields the sweep filters on (``status``,
``next_due_ts``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from pydantic import AwareDatetime, BaseModel, Field

from monitor.errors import NotFoundError
from monitor.timers import Step, find_step, next_due
from radar.schemas import Filter, Page, StoredDoc
from store.base import Store, VersionConflict
from store.update import update_doc


class TimelineEvent(BaseModel):
    """One entry of a case's history."""

    at: AwareDatetime
    event: str
    by: str | None = None
    detail: str | None = None
    mention_id: str | None = Field(
        None,
        description="The mention the entry is about, when a person wrote it (``by`` is then "
        "their pseudonym; pr and admin reveal the author through POST /api/privacy/reveal).",
    )


class Case(BaseModel):
    """Fields every timed case has."""

    id: str
    status: str
    steps: list[Step]
    timeline: list[TimelineEvent] = Field(default_factory=list)
    escalation_level: int = Field(0, description="Number of overdue steps escalated so far.")
    version: int = Field(0, description="Stored version (pass it back for optimistic updates).")

    def log(
        self,
        at: datetime,
        event: str,
        by: str | None = None,
        detail: str | None = None,
        mention_id: str | None = None,
    ) -> None:
        """Append to the timeline."""
        self.timeline.append(
            TimelineEvent(at=at, event=event, by=by, detail=detail, mention_id=mention_id)
        )

    def complete_step(self, name: str, at: datetime, by: str | None, note: str | None) -> bool:
        """Mark step ``name`` done (False when it already was); ``KeyError`` for unknown steps."""
        step = find_step(self.steps, name)
        if step.done_at is not None:
            return False
        step.done_at, step.done_by, step.note = at, by, note
        late = " (late)" if at > step.due_at else ""
        self.log(at, f"step {name} done{late}", by, note)
        return True

    def to_body(self) -> dict[str, Any]:
        """The stored document body, with the top-level numbers lists filter on:
        ``next_due_ts`` (the sweep's: earliest pending step not escalated yet) and
        ``pending_due_ts`` (earliest pending step, escalated or not: ``overdue`` filters)."""
        body = self.model_dump(mode="json", exclude={"version"})
        live = self.status != "closed"
        due = next_due(self.steps) if live else None
        body["next_due_ts"] = due.timestamp() if due is not None else None
        pending = [s.due_at for s in self.steps if s.pending] if live else []
        body["pending_due_ts"] = min(pending).timestamp() if pending else None
        return body


def overdue_filters(now: datetime) -> list[Filter]:
    """Filters of the cases with a pending step past its deadline at ``now``."""
    return [
        Filter(field="status", op="ne", value="closed"),
        Filter(field="pending_due_ts", op="lte", value=now.timestamp()),
    ]


C = TypeVar("C", bound=Case)


def case_from_doc(model: type[C], doc: StoredDoc) -> C:
    """Rebuild a case from its stored document."""
    return model.model_validate({**doc.body, "version": doc.version})


def save_case(store: Store, collection: str, case: C, *, create: bool = False) -> C:
    """Write ``case`` if nobody changed it since it was read (``VersionConflict`` otherwise)."""
    stored = store.put_doc(
        collection, case.id, case.to_body(), expected_version=0 if create else case.version
    )
    case.version = stored.version
    return case


def get_case(store: Store, collection: str, model: type[C], case_id: str) -> C:
    """The stored case; ``NotFoundError`` when there is none."""
    doc = store.get_doc(collection, case_id)
    if doc is None:
        raise NotFoundError(model.__name__.lower(), case_id)
    return case_from_doc(model, doc)


def update_case(
    store: Store,
    collection: str,
    model: type[C],
    case_id: str,
    change: Callable[[C], object],
    *,
    expected_version: int | None = None,
) -> C:
    """Apply ``change`` to the stored case and save it (``store.update.update_doc``).

    ``change`` mutates the case it gets (a fresh copy per attempt) and may raise a domain error
    (``CaseStateError``), which ends the update. ``expected_version``: the version the caller
    read; a different stored version raises ``VersionConflict`` instead of applying the change
    to a case the caller has not seen. ``NotFoundError`` when the case does not exist.
    """

    def apply(doc: StoredDoc | None) -> dict[str, Any]:
        if doc is None:
            raise NotFoundError(model.__name__.lower(), case_id)
        if expected_version is not None and doc.version != expected_version:
            raise VersionConflict(collection, case_id, expected_version, doc.version)
        case = case_from_doc(model, doc)
        change(case)
        return case.to_body()

    stored = update_doc(store, collection, case_id, apply)
    assert stored is not None  # apply always writes
    return case_from_doc(model, stored)


def list_cases(
    store: Store,
    collection: str,
    model: type[C],
    filters: list[Filter],
    *,
    sort: str,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[C]:
    """One page of stored cases; pass ``next_cursor`` back as ``cursor`` for the next."""
    page = store.find_docs(collection, filters, sort=sort, limit=limit, cursor=cursor)
    return page.map(lambda doc: case_from_doc(model, doc))
