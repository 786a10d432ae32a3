"""The review queue (复审 legal team, 终审 consumer-representative committee) and decisions.

Seed 002 (广告内容三级审核制度): "复审:法务团队(核查广告法合规性); 终审:用户代表委员会(从消费者视角
评估)". A review is the ad copy awaiting a tier; its id is the ad's id. Legal decides alone;
committee members vote and ``compliance.routing.tally`` decides (quorum and majority from config).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field, model_validator

from compliance import queue, workflow
from compliance.check import Finding, Verdict
from compliance.routing import Decision
from compliance.states import OPEN_REVIEW, AdStatus
from review_api.auth import QueueReader, ReviewerUser
from review_api.compliance_deps import RoutingDep, domain_errors, problem_responses
from review_api.deps import StoreDep
from review_api.routes.ads import Vote

router = APIRouter(prefix="/api/reviews", tags=["reviews"])

ReviewId = Annotated[str, Path(min_length=1, max_length=64, description="The ad's id.")]


class ReviewItem(BaseModel):
    """Ad copy in the review queue, with what the reviewer needs to judge it."""

    id: str = Field(description="Review id (the ad's id).")
    title: str
    text: str
    submitter: str
    version: int
    categories: list[str]
    public: bool
    tier: str = Field(description="auto, legal or committee.")
    status: AdStatus
    verdict: Verdict | None
    findings: list[Finding]
    votes: list[Vote] = Field(description="Committee votes on the current version.")
    entered_at: datetime
    due_at: datetime | None
    overdue: bool


class ReviewPage(BaseModel):
    """A page of the queue."""

    items: list[ReviewItem]
    total: int
    next_cursor: str | None = None


class DecisionCreate(BaseModel):
    """A reviewer's decision (legal) or vote (committee)."""

    decision: Decision
    comment: str | None = Field(
        None, max_length=2000, description="Required when rejecting or requesting a revision."
    )
    version: int | None = Field(
        None, ge=1, description="The copy version reviewed; 409 if the copy has changed since."
    )

    @model_validator(mode="after")
    def _reason_given(self) -> DecisionCreate:
        if self.decision != "approve" and not (self.comment or "").strip():
            raise ValueError(f"a comment is required to {self.decision.replace('_', ' ')}")
        return self


def review_item(body: dict[str, Any], now: datetime | None = None) -> ReviewItem:
    """The queue view of a stored ad document."""
    moment = now or datetime.now(UTC)
    due = datetime.fromisoformat(body["due_at"]) if body.get("due_at") else None
    overdue = body["status"] in OPEN_REVIEW.values() and due is not None and moment > due
    votes = [v for v in body.get("votes", []) if v["version"] == body["version"]]
    fields = {k: body.get(k) for k in ReviewItem.model_fields if k not in ("overdue", "votes")}
    return ReviewItem.model_validate({**fields, "votes": votes, "overdue": overdue})


@router.get("", response_model=ReviewPage, responses=problem_responses(401, 403, 422))
def list_reviews(
    user: QueueReader,
    store: StoreDep,
    tier: Literal["auto", "legal", "committee"] | None = None,
    status: AdStatus | None = None,
    overdue: Annotated[
        bool | None, Query(description="true: past the tier's SLA; false: within it")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> ReviewPage:
    """The queue by tier and status, oldest first (e.g. ``tier=legal&status=legal_review``)."""
    now = datetime.now(UTC)
    page = queue.review_queue(
        store, tier=tier, status=status, overdue=overdue, now=now, limit=limit, cursor=cursor
    )
    return ReviewPage(
        items=[review_item(d.body, now) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{review_id}", response_model=ReviewItem, responses=problem_responses(401, 403, 404))
def get_review(review_id: ReviewId, user: QueueReader, store: StoreDep) -> ReviewItem:
    """One item of the queue."""
    with domain_errors():
        return review_item(workflow.get_ad(store, review_id).body)


@router.post(
    "/{review_id}/decision",
    response_model=ReviewItem,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def decide(
    review_id: ReviewId,
    body: DecisionCreate,
    user: ReviewerUser,
    store: StoreDep,
    routing: RoutingDep,
) -> ReviewItem:
    """Decide (legal) or vote (committee): approve, reject or request_revision.

    403 for a role that does not review this tier or for one's own copy; 409 when the copy is
    no longer awaiting this review (e.g. another reviewer decided first) or the member already
    voted on this version.
    """
    with domain_errors():
        doc = workflow.decide(
            store, review_id, user, body.decision, body.comment, routing, version=body.version
        )
        return review_item(doc.body)
