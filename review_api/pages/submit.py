"""Submitters' pages: upload copy (a .txt, .docx or .pdf file, or pasted text) and resubmit copy
sent back for revision (docs/console.md). "My copies" with their status and the reasons given
are ``/console/ads`` and each ad's page (``review_api.pages.reviews``).

The upload runs ``compliance.intake`` with the API's limits (``IntakeLimits.from_settings``; the
app's body limit lets ``/console/ads/upload`` through as large as ``/api/ads/upload``) and then
``compliance.workflow.submit``/``resubmit``, the tier-1 check and routing included.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from compliance import workflow
from compliance.check import checker_for
from compliance.intake import IntakeLimits, clean_copy, extract_text
from compliance.routing import RoutingConfig
from identity.sessions import Session
from radar.settings import Settings
from review_api.compliance_deps import routing_for
from review_api.pages.web import CONSOLE, PageStore, field, form_user, page_user, render

router = APIRouter()
Form = tuple[Session, FormData]
#: Categories offered as checkboxes (``compliance/routing.yaml``'s legal categories and more).
CATEGORIES = {
    "food": "食品",
    "health_food": "保健食品",
    "medical": "医疗",
    "cosmetics": "化妆品",
    "education": "教育培训",
    "finance": "金融",
    "price_promotion": "价格促销",
}


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _routing(request: Request) -> RoutingConfig:
    return routing_for(_settings(request))


def _limits(request: Request) -> IntakeLimits:
    return IntakeLimits.from_settings(_settings(request).compliance)


def _copy(form: FormData, limits: IntakeLimits) -> tuple[str, str | None]:
    """The copy of the form: the uploaded file's text, else the pasted ``text``; and the file
    name (None for pasted text)."""
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = upload.file.read(limits.max_bytes + 1)  # one byte past: enough to refuse
        return extract_text(upload.filename, data, limits), upload.filename
    return clean_copy(field(form, "text"), "text", limits), None


def _refuse(request: Request, session: Session, detail: str, back: str) -> Response:
    context = {"status": 422, "detail": detail, "back": back}
    return render(request, "error.html", session, context, status_code=422)


@router.get("/ads/new")
def new_ad(
    request: Request,
    session: Annotated[Session, Depends(page_user("ads.submit"))],
) -> Response:
    """The upload form."""
    limits = _limits(request)
    context = {"categories": CATEGORIES, "max_kb": limits.max_bytes // 1000}
    return render(request, "ad_new.html", session, context)


@router.post("/ads/upload")
def upload(
    request: Request,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("ads.submit"))],
) -> Response:
    """Store the copy, run the tier-1 check and route it; then its page."""
    session, form = posted
    settings = _settings(request)
    if not isinstance(form.get("file"), UploadFile) and not field(form, "text"):
        return _refuse(request, session, "请上传文件或粘贴文案", f"{CONSOLE}/ads/new")
    text, filename = _copy(form, _limits(request))
    categories = [c for c in form.getlist("category") if isinstance(c, str) and c in CATEGORIES]
    draft = workflow.AdDraft(
        title=field(form, "title")[:200] or (filename or ""),
        text=text,
        categories=categories,
        public=field(form, "public") == "yes",
        channel=field(form, "channel")[:100] or None,
        source="upload" if filename else "api",
        filename=filename,
    )
    checker = checker_for(settings.compliance)
    ad = workflow.submit(store, draft, session.user, checker, _routing(request))
    return RedirectResponse(f"{CONSOLE}/ads/{ad.id}", status_code=303)


@router.post("/ads/{ad_id}/resubmit")
def resubmit(
    request: Request,
    ad_id: str,
    store: PageStore,
    posted: Annotated[Form, Depends(form_user("ads.resubmit"))],
) -> Response:
    """A revised version of copy sent back for revision, checked and routed afresh."""
    session, form = posted
    back = f"{CONSOLE}/ads/{ad_id}"
    if not isinstance(form.get("file"), UploadFile) and not field(form, "text"):
        return _refuse(request, session, "请上传文件或填写修改后的文案", back)
    text, _ = _copy(form, _limits(request))
    title = field(form, "title")[:200] or None
    settings = _settings(request)
    checker = checker_for(settings.compliance)
    workflow.resubmit(store, ad_id, session.user, text, title, checker, _routing(request))
    return RedirectResponse(back, status_code=303)
