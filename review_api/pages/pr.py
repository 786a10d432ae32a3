"""The PR team's alerts and 1-3-5 tickets (docs/console.md).

* ``/console/alerts``: alerts filtered by rule, severity, category and status, most recently seen
  first, each with "handled" (resolve) and "false positive" (dismiss, with a reason) for pr and
  admin (``alerts.resolve``); with htmx the filters and page turns swap only the table and an
  action swaps only its row (the plain form posts and redirects back, as without JavaScript);
* ``/console/tickets``: 1-3-5 tickets (1 小时响应 / 3 天解决方案 / 5 天效果反馈) with their
  countdowns, the overdue ones on their own, each pending step completable (``tickets.update``).

They call ``monitor.alerts`` and ``monitor.tickets`` as ``/api/alerts`` and ``/api/tickets`` do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from identity.permissions import allowed
from identity.sessions import Session
from monitor import alerts, tickets
from monitor.alerts import Alert
from monitor.feedback import EFFECT_FEEDBACK, RESPOND, SOLUTION
from monitor.tickets import TicketStatus
from nlp.alerts import AlertLexicon
from radar.settings import Settings
from review_api.pages.web import (
    CONSOLE,
    PageStore,
    field,
    form_user,
    page_user,
    pager,
    render,
    wants_fragment,
)

router = APIRouter()
Cursor = Annotated[str | None, Query(max_length=2000)]
Form = tuple[Session, FormData]
SEVERITIES = ("critical", "high", "medium", "low")
ALERT_STATUS = {"active": "待处理", "resolved": "已处理", "dismissed": "误报"}
RULE_LABEL = {"keyword": "关键词", "spike": "突增"}
TICKET_STATUS = {
    "open": "待响应",
    "responded": "已响应",
    "solution_proposed": "已给方案",
    "closed": "已关闭",
}
STEP_LABEL = {RESPOND: "1小时响应", SOLUTION: "3天解决方案", EFFECT_FEEDBACK: "5天效果反馈"}


def _lexicon(request: Request) -> AlertLexicon:
    settings: Settings = request.app.state.settings
    return AlertLexicon.default(settings.nlp.alert_lexicon_path)


@router.get("/alerts")
def alerts_page(
    request: Request,
    session: Annotated[Session, Depends(page_user("alerts.read"))],
    store: PageStore,
    # "" is the filter form's 全部 (all): a plain form sends the empty field.
    rule: Literal["keyword", "spike", ""] | None = None,
    severity: Annotated[list[Literal["critical", "high", "medium", "low"]] | None, Query()] = None,
    category: Annotated[str | None, Query(max_length=200)] = None,
    status: Literal["active", "resolved", "dismissed", ""] | None = "active",
    cursor: Cursor = None,
) -> Response:
    """Alerts, most recently seen first, filtered; actions for the PR team."""
    page = alerts.list_alerts(
        store,
        rule=rule or None,
        severity=list(severity) if severity else None,
        category=category or None,
        status=status or None,
        limit=20,
        cursor=cursor,
        lexicon=_lexicon(request),
    )
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "form": {
            "rule": rule or "",
            "severity": list(severity or []),
            "category": category or "",
            "status": status or "",
        },
        "severities": SEVERITIES,
        "statuses": ALERT_STATUS,
        "rules": RULE_LABEL,
        "may_resolve": allowed(session.user.role, "alerts.resolve"),
    }
    return render(request, "alerts.html", session, context, fragment="parts/alerts_results.html")


def _back_to_alerts(request: Request, session: Session, form: FormData, alert: Alert) -> Response:
    back = field(form, "back")
    ok = back.startswith(CONSOLE + "/alerts") and "//" not in back
    if wants_fragment(request):  # htmx: the alert's row as it is now
        context = {
            "a": alert,
            "back": back if ok else CONSOLE + "/alerts",
            "statuses": ALERT_STATUS,
            "rules": RULE_LABEL,
            "may_resolve": True,
        }
        return render(request, "parts/alert_row.html", session, context)
    return RedirectResponse(back if ok else CONSOLE + "/alerts", status_code=303)


@router.post("/alerts/{alert_id}/resolve")
def resolve(
    request: Request,
    alert_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("alerts.resolve"))],
) -> Response:
    """Mark the alert handled (it turns active again if its story grows)."""
    alert = alerts.resolve_alert(store, alert_id)
    return _back_to_alerts(request, posted[0], posted[1], alert)


@router.post("/alerts/{alert_id}/dismiss")
def dismiss(
    request: Request,
    alert_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("alerts.resolve"))],
) -> Response:
    """Dismiss as a false positive; the reason is required."""
    session, form = posted
    reason = field(form, "reason")[:2000]
    if not reason:
        context = {"status": 422, "detail": "标记误报需要填写理由", "back": f"{CONSOLE}/alerts"}
        return render(request, "error.html", session, context, status_code=422)
    alert = alerts.dismiss_alert(store, alert_id, session.user.name, reason, datetime.now(UTC))
    return _back_to_alerts(request, session, form, alert)


@router.get("/tickets")
def tickets_page(
    request: Request,
    session: Annotated[Session, Depends(page_user("tickets.read"))],
    store: PageStore,
    status: Literal["open", "responded", "solution_proposed", "closed", "active", "all"] = "active",
    overdue: bool = False,
    cursor: Cursor = None,
) -> Response:
    """1-3-5 tickets, newest first, each step with its countdown; ``overdue``: only late ones."""
    wanted: list[TicketStatus] | None
    if status == "active":
        wanted = ["open", "responded", "solution_proposed"]
    elif status == "all":
        wanted = None
    else:
        wanted = [status]
    page = tickets.list_tickets(
        store, status=wanted, overdue=overdue, now=datetime.now(UTC), limit=20, cursor=cursor
    )
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "form": {"status": status, "overdue": overdue},
        "statuses": TICKET_STATUS,
        "steps": STEP_LABEL,
        "may_update": allowed(session.user.role, "tickets.update"),
        "may_reveal": allowed(session.user.role, "privacy.reveal"),
    }
    return render(request, "tickets.html", session, context)


@router.post("/tickets/{ticket_id}/steps/{step}")
def complete_step(
    ticket_id: str,
    step: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("tickets.update"))],
) -> Response:
    """Complete one step (respond first; the 5-day feedback closes the ticket)."""
    session, form = posted
    version = field(form, "version")
    tickets.complete_ticket_step(
        store,
        ticket_id,
        step,
        session.user.name,
        datetime.now(UTC),
        note=field(form, "note")[:2000] or None,
        expected_version=int(version) if version.isdigit() else None,
    )
    back = field(form, "back")
    ok = back.startswith(CONSOLE + "/tickets") and "//" not in back
    return RedirectResponse(back if ok else CONSOLE + "/tickets", status_code=303)
