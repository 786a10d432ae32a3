"""Reviewers' pages (复审 legal, 终审 committee): "awaits me" with SLA countdowns, an ad's page
with each tier-1 finding highlighted in place (article, severity, suggested rewrite), its
versions and audit trail, and the decision form. Submitters see their own copies here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, get_args

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from compliance import queue, workflow
from compliance.ad import Ad
from compliance.check import Finding
from compliance.routing import Decision
from compliance.states import OPEN_REVIEW
from identity.permissions import allowed
from identity.sessions import Session
from identity.users import count_active
from radar.settings import Settings
from review_api.compliance_deps import routing_for
from review_api.pages.web import (
    CONSOLE,
    PageStore,
    field,
    form_user,
    page_user,
    pager,
    render,
)

router = APIRouter()
Cursor = Annotated[str | None, Query(max_length=2000)]
STATUS_LABEL = {
    "submitted": "已提交",
    "auto_checked": "初审完成",
    "legal_review": "法务复审中",
    "committee_review": "委员会终审中",
    "approved": "已通过",
    "rejected": "已驳回",
    "revision_requested": "需修改",
}
DECISION_LABEL = {"approve": "通过", "request_revision": "要求修改", "reject": "驳回"}
SEVERITY_LABEL = {"banned": "禁用语", "sensitive": "敏感", "needs_evidence": "需证明材料"}


@dataclass(frozen=True)
class Segment:
    """A run of the copy: plain text, or the text of one finding."""

    text: str
    finding: Finding | None = None
    number: int = 0


def segments(text: str, findings: list[Finding]) -> list[Segment]:
    """The copy cut at its findings (in order; a finding overlapping an earlier one is listed
    but not highlighted again)."""
    out: list[Segment] = []
    at = 0
    for number, finding in enumerate(sorted(findings, key=lambda f: (f.start, f.end)), 1):
        if finding.start < at or finding.end > len(text):
            continue
        out.append(Segment(text[at : finding.start]))
        out.append(Segment(text[finding.start : finding.end], finding, number))
        at = finding.end
    out.append(Segment(text[at:]))
    return [s for s in out if s.text]


@router.get("/reviews")
def awaits_me(
    request: Request,
    session: Annotated[Session, Depends(page_user("reviews.read"))],
    store: PageStore,
    cursor: Cursor = None,
) -> Response:
    """The open reviews of my tier (all open tiers for an admin), oldest first, with SLAs."""
    role = session.user.role
    status = OPEN_REVIEW.get(role)
    if status is None:
        page = queue.review_queue(
            store, overdue=None, limit=20, cursor=cursor, status=None, tier=None
        )
        page.items = [ad for ad in page.items if ad.status in OPEN_REVIEW.values()]
    else:
        page = queue.review_queue(store, tier=role, status=status, limit=20, cursor=cursor)
    now = datetime.now(UTC)
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "labels": STATUS_LABEL,
        "now": now,
        "title": "待我审核",
    }
    return render(request, "queue.html", session, context)


@router.get("/ads")
def my_ads(
    request: Request,
    session: Annotated[Session, Depends(page_user("ads.read"))],
    store: PageStore,
    cursor: Cursor = None,
) -> Response:
    """Copies I may read (a submitter: my own), with their status and the reasons given."""
    page = queue.ads_for(store, session.user, limit=20, cursor=cursor)
    context = {
        "page": page,
        "pager": pager(request, page.next_cursor, page.total, len(page.items)),
        "labels": STATUS_LABEL,
        "now": datetime.now(UTC),
        "title": "广告文案",
    }
    return render(request, "queue.html", session, context)


def _may_decide(ad: Ad, session: Session) -> bool:
    role = session.user.role
    return allowed(role, "reviews.decide") and OPEN_REVIEW.get(role) == ad.status


@router.get("/ads/{ad_id}")
def ad_page(
    request: Request,
    ad_id: str,
    session: Annotated[Session, Depends(page_user("ads.read"))],
    store: PageStore,
) -> Response:
    """The copy with its findings in place, the decision form, versions and audit trail."""
    ad = workflow.read_ad(store, ad_id, session.user)
    settings: Settings = request.app.state.settings
    routing = routing_for(settings)
    votes = ad.current_votes()
    context = {
        "ad": ad,
        "segments": segments(ad.text, ad.findings),
        "labels": STATUS_LABEL,
        "decisions": DECISION_LABEL,
        "severities": SEVERITY_LABEL,
        "may_decide": _may_decide(ad, session),
        "may_resubmit": ad.status == "revision_requested"
        and allowed(session.user.role, "ads.resubmit")
        and (session.user.name == ad.submitter or session.user.role == "admin"),
        "voted": any(v.user == session.user.name for v in votes),
        "votes": votes,
        "quorum": routing.committee.quorum,
        "electorate": count_active(store, "committee"),
        "reasons": [e for e in ad.events if e.comment and e.action in ("decision", "vote")],
    }
    return render(request, "ad.html", session, context)


@router.post("/ads/{ad_id}/decision")
def decide(
    request: Request,
    ad_id: str,
    store: PageStore,
    posted: Annotated[tuple[Session, FormData], Depends(form_user("reviews.decide"))],
) -> Response:
    """Decide (legal) or vote (committee); a reason is needed unless approving."""
    session, form = posted
    decision = field(form, "decision")
    comment = field(form, "comment")[:2000]
    if decision not in get_args(Decision) or (decision != "approve" and not comment):
        detail = (
            "请选择审核决定" if decision not in get_args(Decision) else "驳回或要求修改需要填写理由"
        )
        context = {"status": 422, "detail": detail, "back": f"{CONSOLE}/ads/{ad_id}"}
        return render(request, "error.html", session, context, status_code=422)
    version = field(form, "version")
    settings: Settings = request.app.state.settings
    workflow.decide(
        store,
        ad_id,
        session.user,
        decision,  # type: ignore[arg-type]  # checked against Decision above
        comment or None,
        routing_for(settings),
        version=int(version) if version.isdigit() else None,
    )
    return RedirectResponse(f"{CONSOLE}/ads/{ad_id}", status_code=303)
