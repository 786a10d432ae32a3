"""Ad copy: intake (JSON, file upload, CSV batch), the stored copy, its history, resubmission.

Every intake path runs the tier-1 Advertising-Law check (初审, seed 002 广告内容三级审核制度) and
routes the copy to the review queue; the response carries the verdict and findings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Path, Query, UploadFile
from pydantic import BaseModel, Field

from compliance import audit, queue, workflow
from compliance.check import Finding, Verdict
from compliance.errors import PermissionDenied
from compliance.intake import clean_copy, extract_text, parse_csv_batch
from compliance.routing import Decision
from compliance.states import OPEN_REVIEW, AdStatus
from review_api.auth import CurrentUser, SubmitterUser
from review_api.compliance_deps import (
    CheckerDep,
    LimitsDep,
    RoutingDep,
    domain_errors,
    problem_responses,
)
from review_api.deps import StoreDep
from store.base import StoreError

router = APIRouter(prefix="/api/ads", tags=["ads"])

AdId = Annotated[str, Path(min_length=1, max_length=64, description="The ad's id.")]
Category = Annotated[str, Field(min_length=1, max_length=40)]


class AdCreate(BaseModel):
    """New ad copy."""

    title: str = Field("", max_length=200)
    text: str = Field(min_length=1, max_length=200_000, description="The copy (plain text).")
    categories: list[Category] = Field(
        default_factory=list,
        max_length=20,
        description="Product/content categories (e.g. food, health_food, education, "
        "price_promotion); some always need a legal review.",
    )
    public: bool = Field(True, description="A public campaign (goes to the committee).")
    channel: str | None = Field(None, max_length=100, description="Where it will run.")


class AdResubmit(BaseModel):
    """A revised version of copy sent back for revision."""

    text: str = Field(min_length=1, max_length=200_000)
    title: str | None = Field(None, max_length=200)


class AdPublic(BaseModel):
    """Stored ad copy with its tier-1 result and review state."""

    id: str
    title: str
    text: str
    categories: list[str]
    public: bool
    channel: str | None
    source: str
    filename: str | None
    submitter: str
    version: int = Field(description="Version of the copy (1, then +1 per resubmission).")
    status: AdStatus
    tier: str = Field(description="auto, legal or committee: the tier it is in or was decided in.")
    verdict: Verdict | None
    findings: list[Finding]
    created_at: datetime
    updated_at: datetime
    entered_at: datetime = Field(description="When it entered its current status.")
    due_at: datetime | None = Field(description="SLA deadline of the open review tier.")
    overdue: bool


class AdBatchResult(BaseModel):
    """The copies stored from one CSV batch."""

    count: int
    items: list[AdPublic]


class AdVersion(BaseModel):
    """One version of the copy."""

    version: int
    title: str
    text: str
    submitted_by: str
    submitted_at: datetime
    verdict: Verdict | None
    findings: list[Finding]
    outcome: str | None = Field(description="approved, rejected or revision_requested.")


class AuditEntry(BaseModel):
    """One append-only audit entry: who did what, when, on which version."""

    seq: int
    at: datetime
    actor: str
    role: str
    action: str = Field(
        description="submit, auto_check, route, decision, vote, committee_decision or resubmit."
    )
    decision: str | None
    comment: str | None
    version: int
    tier: str
    from_status: str | None
    to_status: str


class Vote(BaseModel):
    """A committee member's vote on one version."""

    user: str
    decision: Decision
    comment: str | None
    at: datetime
    version: int


class AdHistory(BaseModel):
    """Every version and every audit entry of one ad."""

    id: str
    status: AdStatus
    versions: list[AdVersion]
    votes: list[Vote]
    audit: list[AuditEntry]


def ad_public(body: dict[str, Any], now: datetime | None = None) -> AdPublic:
    """The API view of a stored ad document."""
    moment = now or datetime.now(UTC)
    due = datetime.fromisoformat(body["due_at"]) if body.get("due_at") else None
    overdue = body["status"] in OPEN_REVIEW.values() and due is not None and moment > due
    fields = {k: body.get(k) for k in AdPublic.model_fields if k != "overdue"}
    return AdPublic.model_validate({**fields, "overdue": overdue})


_INTAKE = problem_responses(401, 403, 413, 415, 422)


@router.post("", status_code=201, response_model=AdPublic, responses=_INTAKE)
def create_ad(
    body: AdCreate,
    user: SubmitterUser,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdPublic:
    """Submit copy as JSON; returns it stored, with its id, verdict and findings."""
    with domain_errors():
        text = clean_copy(body.text, "text", limits)
        draft = workflow.AdDraft(
            title=body.title.strip(),
            text=text,
            categories=body.categories,
            public=body.public,
            channel=body.channel,
        )
        return ad_public(workflow.submit(store, draft, user, checker, routing).body)


def _read_upload(file: UploadFile, max_bytes: int) -> bytes:
    # Read one byte past the limit: enough to know it is too large without reading it all.
    return file.file.read(max_bytes + 1)


@router.post("/upload", status_code=201, response_model=AdPublic, responses=_INTAKE)
def upload_ad(
    file: Annotated[UploadFile, File(description="The copy: .txt (UTF-8 or GBK), .docx or .pdf")],
    user: SubmitterUser,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
    title: Annotated[str, Form(max_length=200)] = "",
    categories: Annotated[str, Form(max_length=800, description="Comma-separated")] = "",
    public: Annotated[bool, Form()] = True,
    channel: Annotated[str | None, Form(max_length=100)] = None,
) -> AdPublic:
    """Submit copy as a file; nothing is stored unless the whole file can be read."""
    with domain_errors():
        data = _read_upload(file, limits.max_bytes)
        text = extract_text(file.filename or "upload", data, limits)
        draft = workflow.AdDraft(
            title=title.strip() or (file.filename or ""),
            text=text,
            categories=[c.strip() for c in categories.replace("|", ",").split(",") if c.strip()],
            public=public,
            channel=channel,
            source="upload",
            filename=file.filename,
        )
        return ad_public(workflow.submit(store, draft, user, checker, routing).body)


@router.post("/batch", status_code=201, response_model=AdBatchResult, responses=_INTAKE)
def upload_batch(
    file: Annotated[
        UploadFile,
        File(
            description="CSV with a header row: text (required), title, categories, public, "
            "channel; UTF-8 or GBK"
        ),
    ],
    user: SubmitterUser,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdBatchResult:
    """Submit many copies from a CSV file: all rows are stored, or none."""
    with domain_errors():
        data = _read_upload(file, limits.max_bytes)
        drafts = parse_csv_batch(file.filename or "batch.csv", data, limits)
        created: list[str] = []
        try:
            for draft in drafts:
                created.append(workflow.create(store, draft, user).id)
        except StoreError:
            for ad_id in created:  # all or nothing: take back what this batch stored
                store.delete_doc(audit.ADS, ad_id)
                store.delete_doc(audit.AUDIT, f"{ad_id}-00001")  # its only event: "submit"
            raise
        # Stored copies are complete; if a check fails here, `check_pending` finishes the job.
        items = [ad_public(workflow.auto_check(store, i, checker, routing).body) for i in created]
        return AdBatchResult(count=len(items), items=items)


class AdPage(BaseModel):
    """A page of ads."""

    items: list[AdPublic]
    total: int
    next_cursor: str | None = None


@router.get("", response_model=AdPage, responses=problem_responses(401, 422))
def list_ads(
    user: CurrentUser,
    store: StoreDep,
    status: AdStatus | None = None,
    submitter: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> AdPage:
    """Ads, oldest in their current state first; submitters see only their own."""
    if user.role == "submitter":
        submitter = user.name
    page = queue.review_queue(store, status=status, submitter=submitter, limit=limit, cursor=cursor)
    now = datetime.now(UTC)
    return AdPage(
        items=[ad_public(d.body, now) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


def _readable(body: dict[str, Any], user: CurrentUser) -> None:
    if user.role == "submitter" and body["submitter"] != user.name:
        raise PermissionDenied("submitters can only read their own copy")


@router.get("/{ad_id}", response_model=AdPublic, responses=problem_responses(401, 403, 404))
def get_ad(ad_id: AdId, user: CurrentUser, store: StoreDep) -> AdPublic:
    """One ad copy with its current verdict, findings and review state."""
    with domain_errors():
        doc = workflow.get_ad(store, ad_id)
        _readable(doc.body, user)
        return ad_public(doc.body)


@router.get(
    "/{ad_id}/history", response_model=AdHistory, responses=problem_responses(401, 403, 404)
)
def ad_history(ad_id: AdId, user: CurrentUser, store: StoreDep) -> AdHistory:
    """Every version of the copy, the committee votes and the append-only audit trail."""
    with domain_errors():
        doc = workflow.get_ad(store, ad_id)
        _readable(doc.body, user)
        return AdHistory.model_validate(
            {
                "id": doc.id,
                "status": doc.body["status"],
                "versions": doc.body["versions"],
                "votes": doc.body["votes"],
                "audit": audit.audit_trail(store, ad_id),
            }
        )


@router.post(
    "/{ad_id}/resubmit",
    response_model=AdPublic,
    responses=problem_responses(401, 403, 404, 409, 413, 422),
)
def resubmit_ad(
    ad_id: AdId,
    body: AdResubmit,
    user: SubmitterUser,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdPublic:
    """Resubmit copy sent back for revision: a new version, checked and routed afresh."""
    with domain_errors():
        text = clean_copy(body.text, "text", limits)
        title = body.title.strip() if body.title is not None else None
        doc = workflow.resubmit(store, ad_id, user, text, title, checker, routing)
        return ad_public(doc.body)
