"""The review queue: ads by tier, status and SLA, oldest in their current state first."""

from __future__ import annotations

from datetime import UTC, datetime

from compliance.ad import Ad, iso
from compliance.audit import ADS
from compliance.states import OPEN_REVIEW
from identity.users import User
from radar.schemas import Filter, Page
from store.base import Store

#: ``Page[Ad]`` built once (pydantic keeps parametrised models only weakly: radar.schemas).
_AD_PAGE = Page[Ad]


def review_queue(
    store: Store,
    *,
    tier: str | None = None,
    status: str | None = None,
    overdue: bool | None = None,
    submitter: str | None = None,
    now: datetime | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Ad]:
    """Ads by tier and status, oldest in their current state first (the work queue)."""
    filters: list[Filter] = []
    if tier:
        filters.append(Filter(field="tier", value=tier))
    if status:
        filters.append(Filter(field="status", value=status))
    if submitter:
        filters.append(Filter(field="submitter", value=submitter))
    if overdue is not None:
        moment = iso(now or datetime.now(UTC))
        open_states = list(OPEN_REVIEW.values())
        # Only open reviews have a deadline: overdue = past it, not overdue = still inside it.
        filters += [
            Filter(field="status", op="in", value=open_states),
            Filter(field="due_at", op="lt" if overdue else "gte", value=moment),
        ]
    page = store.find_docs(ADS, filters, sort="entered_at", limit=limit, cursor=cursor)
    return _AD_PAGE(
        items=[Ad.model_validate(d.body) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


def ads_for(
    store: Store,
    reader: User,
    *,
    status: str | None = None,
    submitter: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Ad]:
    """The ads ``reader`` may see, oldest in their current state first: a submitter sees only
    their own copy (``submitter`` is then ignored)."""
    if reader.role == "submitter":
        submitter = reader.name
    return review_queue(store, status=status, submitter=submitter, limit=limit, cursor=cursor)
