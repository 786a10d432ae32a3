"""The PR team's pages: the incidents board with live SOP countdowns (15 minutes, 3 days, 7
days) and an incident's page (timeline, linked mentions, propagation graph, actions).

Actions call ``monitor.incidents`` as the API does: acknowledge, assign (owner), complete a step,
dismiss as a false positive (closed with a report that says so) and close with the report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from identity.permissions import allowed
from identity.sessions import Session
from monitor import incidents
from monitor.crisis import FOLLOW_UP
from monitor.incidents import IncidentStatus
from monitor.notify.channels import configured_channels
from monitor.notify.outbox import Outbox
from monitor.propagation import StoryNotFound, story_graph
from radar.settings import Settings
from review_api.pages.graph import graph_chart
from review_api.pages.web import CONSOLE, PageStore, field, form_user, page_user, pager, render

router = APIRouter()
Reader = Annotated[Session, Depends(page_user("incidents.read"))]
Form = tuple[Session, FormData]
STATUS_LABEL = {
    "open": "待响应",
    "acknowledged": "处理中",
    "closed": "已关闭",
    "historical": "历史",
}


@router.get("/incidents")
def board(
    request: Request,
    session: Reader,
    store: PageStore,
    status: Literal["active", "closed", "all"] = "active",
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Response:
    """Open incidents, newest first, each with its next SOP deadline counting down; with htmx
    the table refreshes itself every 30 s (``parts/incidents_results.html``)."""
    wanted: list[IncidentStatus] | None = None
    if status == "active":
        wanted = ["open", "acknowledged"]
    elif status == "closed":
        wanted = ["closed"]
    page = incidents.list_incidents(store, status=wanted, limit=20, cursor=cursor)
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "status": status,
        "labels": STATUS_LABEL,
    }
    return render(
        request, "incidents.html", session, context, fragment="parts/incidents_results.html"
    )


@router.get("/incidents/{incident_id}")
def incident_page(
    request: Request, incident_id: str, session: Reader, store: PageStore
) -> Response:
    """One incident: SOP steps, timeline, linked mentions, the story's propagation graph."""
    incident = incidents.read_incident(store, incident_id)
    mentions = store.get_mentions(incident.mention_ids[:100])
    try:
        graph = story_graph(store, incident.story_id, max_nodes=2000)
    except StoryNotFound:
        graph = None
    context = {
        "incident": incident,
        "mentions": mentions,
        "graph": graph,
        "graph_data": graph_chart(graph) if graph else None,
        "labels": STATUS_LABEL,
        "may_change": allowed(session.user.role, "incidents.update"),
        "may_reveal": allowed(session.user.role, "privacy.reveal"),
        "follow_up": FOLLOW_UP,
    }
    return render(request, "incident.html", session, context)


def _back(incident_id: str) -> Response:
    return RedirectResponse(f"{CONSOLE}/incidents/{incident_id}", status_code=303)


def _version(form: FormData) -> int | None:
    raw = field(form, "version")
    return int(raw) if raw.isdigit() else None


@router.post("/incidents/{incident_id}/acknowledge")
def acknowledge(
    incident_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("incidents.acknowledge"))],
) -> Response:
    """The emergency team is assembled (the 15-minute step)."""
    session, form = posted
    incidents.acknowledge_incident(
        store,
        incident_id,
        session.user.name,
        datetime.now(UTC),
        note=field(form, "note") or None,
        expected_version=_version(form),
    )
    return _back(incident_id)


@router.post("/incidents/{incident_id}/update")
def update(
    incident_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("incidents.update"))],
) -> Response:
    """Assign an owner, add a note, or mark the follow-up step done."""
    session, form = posted
    steps = [FOLLOW_UP] if field(form, "follow_up") == "done" else []
    incidents.update_incident(
        store,
        incident_id,
        session.user.name,
        datetime.now(UTC),
        owner=field(form, "owner")[:100] or None,
        note=field(form, "note")[:5000] or None,
        complete_steps=steps,
        expected_version=_version(form),
    )
    return _back(incident_id)


def _outbox(request: Request) -> Outbox:
    settings: Settings = request.app.state.settings
    return Outbox(request.app.state.store, list(configured_channels(settings)))


@router.post("/incidents/{incident_id}/close")
def close(
    request: Request,
    incident_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("incidents.close"))],
) -> Response:
    """Close with the rectification report, or dismiss as a false positive (误报)."""
    session, form = posted
    report = field(form, "report")[:100_000]
    if field(form, "dismiss") == "false_positive":
        report = "误报 (false positive): " + (report or "经核实不构成危机")
    incidents.close_incident(
        store,
        incident_id,
        session.user.name,
        report,
        datetime.now(UTC),
        _outbox(request),
        expected_version=_version(form),
    )
    return _back(incident_id)
