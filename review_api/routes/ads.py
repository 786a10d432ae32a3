"""Ad copy: intake (JSON, file upload, CSV batch), the stored copy, its history, resubmission.

Every intake path runs the tier-1 Advertising-Law check (初审, seed 002 广告内容三级审核制度) and
routes the copy to the review queue; the response carries the verdict and findings. Handlers
parse the request and call ``compliance``; its errors are mapped by ``review_api.errors``. The
schemas are the domain's (``compliance.ad``): ``AdPublic`` is ``AdState`` plus ``overdue``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Query, UploadFile
from pydantic import BaseModel, Field

from compliance import audit, queue, workflow
from compliance.ad import Ad, AdState, AdVersion, AuditEntry, Vote
from compliance.intake import clean_copy, extract_text, parse_csv_batch
from compliance.states import AdStatus
from identity.users import User
from radar.schemas import Page
from review_api.auth import require
from review_api.compliance_deps import CheckerDep, LimitsDep, RoutingDep
from review_api.deps import StoreDep
from review_api.errors import problem_responses

router = APIRouter(prefix="/api/ads", tags=["ads"])
#: Routes that take a file: their body may be as large as the upload limit (plus form framing).
UPLOAD_PATHS = ("/api/ads/upload", "/api/ads/batch", "/console/ads/upload")

Submitter = Annotated[User, Depends(require("ads.submit"))]
Reader = Annotated[User, Depends(require("ads.read"))]

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


class AdPublic(AdState):
    """Stored ad copy with its tier-1 result and review state."""

    overdue: bool = Field(description="Past the SLA deadline of its open review tier.")


class AdBatchResult(BaseModel):
    """The copies stored from one CSV batch."""

    count: int
    items: list[AdPublic]


class AdHistory(BaseModel):
    """Every version and every audit entry of one ad."""

    id: str
    status: AdStatus
    versions: list[AdVersion]
    votes: list[Vote]
    audit: list[AuditEntry]


def ad_public(ad: Ad, now: datetime | None = None) -> AdPublic:
    """The API view of a stored ad."""
    overdue = ad.is_overdue(now or datetime.now(UTC))
    return AdPublic.model_validate({**dict(ad), "overdue": overdue})


_INTAKE = problem_responses(401, 403, 413, 415, 422)


@router.post("", status_code=201, response_model=AdPublic, responses=_INTAKE)
def create_ad(
    body: AdCreate,
    user: Submitter,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdPublic:
    """Submit copy as JSON; returns it stored, with its id, verdict and findings."""
    draft = workflow.AdDraft(
        title=body.title.strip(),
        text=clean_copy(body.text, "text", limits),
        categories=body.categories,
        public=body.public,
        channel=body.channel,
    )
    return ad_public(workflow.submit(store, draft, user, checker, routing))


def _read_upload(file: UploadFile, max_bytes: int) -> bytes:
    # Read one byte past the limit: enough to know it is too large without reading it all.
    return file.file.read(max_bytes + 1)


@router.post("/upload", status_code=201, response_model=AdPublic, responses=_INTAKE)
def upload_ad(
    file: Annotated[UploadFile, File(description="The copy: .txt (UTF-8 or GBK), .docx or .pdf")],
    user: Submitter,
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
    data = _read_upload(file, limits.max_bytes)
    draft = workflow.AdDraft(
        title=title.strip() or (file.filename or ""),
        text=extract_text(file.filename or "upload", data, limits),
        categories=[c.strip() for c in categories.replace("|", ",").split(",") if c.strip()],
        public=public,
        channel=channel,
        source="upload",
        filename=file.filename,
    )
    return ad_public(workflow.submit(store, draft, user, checker, routing))


@router.post("/batch", status_code=201, response_model=AdBatchResult, responses=_INTAKE)
def upload_batch(
    file: Annotated[
        UploadFile,
        File(
            description="CSV with a header row: text (required), title, categories, public, "
            "channel; UTF-8 or GBK"
        ),
    ],
    user: Submitter,
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdBatchResult:
    """Submit many copies from a CSV file: all rows are stored, or none."""
    drafts = parse_csv_batch(
        file.filename or "batch.csv", _read_upload(file, limits.max_bytes), limits
    )
    ads = workflow.submit_batch(store, drafts, user, checker, routing)
    return AdBatchResult(count=len(ads), items=[ad_public(ad) for ad in ads])


@router.get("", response_model=Page[AdPublic], responses=problem_responses(401, 422))
def list_ads(
    user: Reader,
    store: StoreDep,
    status: AdStatus | None = None,
    submitter: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[AdPublic]:
    """Ads, oldest in their current state first; submitters see only their own."""
    page = queue.ads_for(
        store, user, status=status, submitter=submitter, limit=limit, cursor=cursor
    )
    now = datetime.now(UTC)
    return Page[AdPublic](
        items=[ad_public(ad, now) for ad in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{ad_id}", response_model=AdPublic, responses=problem_responses(401, 403, 404))
def get_ad(ad_id: AdId, user: Reader, store: StoreDep) -> AdPublic:
    """One ad copy with its current verdict, findings and review state."""
    return ad_public(workflow.read_ad(store, ad_id, user))


@router.get(
    "/{ad_id}/history", response_model=AdHistory, responses=problem_responses(401, 403, 404)
)
def ad_history(ad_id: AdId, user: Reader, store: StoreDep) -> AdHistory:
    """Every version of the copy, the committee votes and the append-only audit trail."""
    ad = workflow.read_ad(store, ad_id, user)
    return AdHistory(
        id=ad.id,
        status=ad.status,
        versions=ad.versions,
        votes=ad.votes,
        audit=audit.audit_trail(store, ad_id),
    )


@router.post(
    "/{ad_id}/resubmit",
    response_model=AdPublic,
    responses=problem_responses(401, 403, 404, 409, 413, 422),
)
def resubmit_ad(
    ad_id: AdId,
    body: AdResubmit,
    user: Annotated[User, Depends(require("ads.resubmit"))],
    store: StoreDep,
    checker: CheckerDep,
    routing: RoutingDep,
    limits: LimitsDep,
) -> AdPublic:
    """Resubmit copy sent back for revision: a new version, checked and routed afresh."""
    text = clean_copy(body.text, "text", limits)
    title = body.title.strip() if body.title is not None else None
    return ad_public(workflow.resubmit(store, ad_id, user, text, title, checker, routing))
