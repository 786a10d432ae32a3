"""The review queue (复审 legal team, 终审 consumer-representative committee) and decisions.

Seed 002 (广告内容三级审核制度): "复审:法务团队(核查广告法合规性); 终审:用户代表委员会(从消费者视角
评估)". A review is the ad copy awaiting a tier; its id is the ad's id. Legal decides alone;
committee members vote and ``compliance.routing.tally`` decides (quorum and majority from config).
A ``ReviewItem`` is the ad's ``AdPublic`` view plus the votes on its current version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field, model_validator

from compliance import queue, workflow
from compliance.ad import Ad, AdTier, Vote
from compliance.routing import Decision
from compliance.states import AdStatus
from identity.users import User
from radar.schemas import Page
from review_api.auth import require
from review_api.compliance_deps import RoutingDep
from review_api.deps import StoreDep
from review_api.errors import problem_responses
from review_api.routes.ads import AdPublic, ad_public

router = APIRouter(prefix="/api/reviews", tags=["reviews"])
QueueReader = Annotated[User, Depends(require("reviews.read"))]

ReviewId = Annotated[str, Path(min_length=1, max_length=64, description="The ad's id.")]


class ReviewItem(AdPublic):
    """Ad copy in the review queue, with what the reviewer needs to judge it."""

    id: str = Field(description="Review id (the ad's id).")
    votes: list[Vote] = Field(description="Committee votes on the current version.")


class DecisionCreate(BaseModel):
    """A reviewer's decision (legal) or vote (committee)."""

    decision: Decision
    comment: str | None = Field(
        None, max_length=2000, description="Required when rejecting or requesting a revision."
    )
    version: int | None = Field(
        None,
        ge=1,
        le=2**31,
        description="The copy version reviewed; 409 if the copy has changed since.",
    )

    @model_validator(mode="after")
    def _reason_given(self) -> DecisionCreate:
        if self.decision != "approve" and not (self.comment or "").strip():
            raise ValueError(f"a comment is required to {self.decision.replace('_', ' ')}")
        return self


def review_item(ad: Ad, now: datetime | None = None) -> ReviewItem:
    """The queue view of a stored ad."""
    public = ad_public(ad, now)
    return ReviewItem.model_validate({**dict(public), "votes": ad.current_votes()})


@router.get("", response_model=Page[ReviewItem], responses=problem_responses(401, 403, 422))
def list_reviews(
    user: QueueReader,
    store: StoreDep,
    tier: AdTier | None = None,
    status: AdStatus | None = None,
    overdue: Annotated[
        bool | None, Query(description="true: past the tier's SLA; false: within it")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[ReviewItem]:
    """The queue by tier and status, oldest first (e.g. ``tier=legal&status=legal_review``)."""
    now = datetime.now(UTC)
    page = queue.review_queue(
        store, tier=tier, status=status, overdue=overdue, now=now, limit=limit, cursor=cursor
    )
    return Page[ReviewItem](
        items=[review_item(ad, now) for ad in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{review_id}", response_model=ReviewItem, responses=problem_responses(401, 403, 404))
def get_review(review_id: ReviewId, user: QueueReader, store: StoreDep) -> ReviewItem:
    """One item of the queue."""
    return review_item(workflow.get_ad(store, review_id))


@router.post(
    "/{review_id}/decision",
    response_model=ReviewItem,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def decide(
    review_id: ReviewId,
    body: DecisionCreate,
    user: Annotated[User, Depends(require("reviews.decide"))],
    store: StoreDep,
    routing: RoutingDep,
) -> ReviewItem:
    """Decide (legal) or vote (committee): approve, reject or request_revision.

    403 for a role that does not review this tier or for one's own copy; 409 when the copy is
    no longer awaiting this review (e.g. another reviewer decided first) or the member already
    voted on this version.
    """
    ad = workflow.decide(
        store, review_id, user, body.decision, body.comment, routing, version=body.version
    )
    return review_item(ad)
