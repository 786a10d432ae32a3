"""Ops' system status page: flows' last and next runs, the store, the notification outbox by
state with its dead letters (and a retry), and the crawl's quarantine (docs/console.md).

It calls what ``radar status`` and ``radar outbox`` call: ``review_api.status.system_status``,
``monitor.notify.outbox.list_entries`` / ``requeue`` / ``count_by_status`` and
``crawlers.quarantine.list_quarantine``.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from crawlers.quarantine import list_quarantine
from identity.permissions import allowed
from identity.sessions import Session
from monitor.notify.outbox import STUCK, count_by_status, list_entries, requeue
from radar.settings import Settings
from review_api.pages.web import CONSOLE, PageStore, form_user, page_user, pager, render
from review_api.status import job_prefect_api_url, system_status

router = APIRouter()
Cursor = Annotated[str | None, Query(max_length=2000)]
#: Quarantined pages shown per page (the list is files on disk: offset pagination).
QUARANTINE_PAGE = 20


@router.get("/status")
def status_page(
    request: Request,
    session: Annotated[Session, Depends(page_user("status.read"))],
    store: PageStore,
    cursor: Cursor = None,
    q: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    """Flows, store counts, the outbox by state, its dead letters and the quarantine."""
    settings: Settings = request.app.state.settings
    status = system_status(store, settings, job_prefect_api_url(settings, os.environ))
    dead = list_entries(store, status=STUCK, limit=20, cursor=cursor)
    quarantine = list_quarantine(settings.data_dir / "quarantine")
    shown = list(reversed(quarantine))[q : q + QUARANTINE_PAGE]  # newest first
    context = {
        "status": status,
        "outbox": count_by_status(store),
        "dead": dead,
        "pager": pager(request, dead.next_cursor, dead.total, len(dead.items)),
        "quarantine": shown,
        "quarantine_total": len(quarantine),
        "quarantine_next": q + QUARANTINE_PAGE if q + QUARANTINE_PAGE < len(quarantine) else None,
        "cursor": cursor or "",
        "may_retry": allowed(session.user.role, "outbox.retry"),
    }
    return render(request, "status.html", session, context)


@router.post("/status/outbox/retry")
def retry(
    store: PageStore,
    posted: Annotated[tuple[Session, FormData], Depends(form_user("outbox.retry"))],
) -> Response:
    """Queue dead or unknown deliveries again (the checked ``id`` fields; none checked: all of
    them), as ``radar outbox retry`` does; the next delivery round sends them."""
    _, form = posted
    ids = [v for v in form.getlist("id") if isinstance(v, str) and v][:500]
    requeue(store, datetime.now(UTC), ids=ids or None, status=STUCK)
    return RedirectResponse(f"{CONSOLE}/status", status_code=303)
