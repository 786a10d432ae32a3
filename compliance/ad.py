"""An ad and its review: the typed document of the ``ads`` collection.

Seed 002 (广告内容三级审核制度).

One document per ad holds the copy as it stands (``AdState``: the current version, its tier-1
verdict and findings, the review status, tier and SLA deadline) and its history: every version of
the copy (``AdVersion``), the committee votes (``Vote``) and the events (``AuditEntry``, each
also appended to the ``audit`` collection). The field names are the stored JSON's. Timestamps are
stored as UTC ISO strings with microseconds (``iso``), so they sort and compare as text: the
queue filters ``due_at`` and sorts ``entered_at`` in the store that way.

The API's schemas derive from these models (``review_api.routes.ads`` and ``.reviews``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, Field, PlainSerializer

from compliance.check import Finding, Verdict
from compliance.routing import Decision, is_overdue
from compliance.states import OPEN_REVIEW, AdStatus


def iso(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO strings, so they sort and compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


#: A moment with its time zone, written as ``iso`` writes it.
Timestamp = Annotated[AwareDatetime, PlainSerializer(iso, return_type=str, when_used="json")]
#: The tier copy is in or was decided in (``auto``: the tier-1 check).
AdTier = Literal["auto", "legal", "committee"]
Outcome = Literal["approved", "rejected", "revision_requested"]
AuditAction = Literal[
    "submit", "auto_check", "route", "decision", "vote", "committee_decision", "resubmit"
]


class AdVersion(BaseModel):
    """One version of the copy."""

    version: int
    title: str
    text: str
    submitted_by: str
    submitted_at: Timestamp
    verdict: Verdict | None
    findings: list[Finding]
    cleared: list[Finding] = Field(
        default_factory=list,
        description="Matches the tier-1 check found and a context cleared (contribution none), "
        "each with the reading that cleared it.",
    )
    outcome: Outcome | None = Field(description="approved, rejected or revision_requested.")


class Vote(BaseModel):
    """A committee member's vote on one version."""

    user: str
    decision: Decision
    comment: str | None
    at: Timestamp
    version: int


class AuditEntry(BaseModel):
    """One append-only audit entry: who did what, when, on which version."""

    seq: int
    at: Timestamp
    actor: str = Field(description="A user's name, or system / committee.")
    role: str
    action: AuditAction = Field(
        description="submit, auto_check, route, decision, vote, committee_decision or resubmit."
    )
    decision: str | None = Field(description="A reviewer's decision, or the tier-1 verdict.")
    comment: str | None
    version: int
    tier: AdTier
    from_status: AdStatus | None
    to_status: AdStatus


class AdState(BaseModel):
    """Ad copy as it stands: the current version, its tier-1 result and its review state."""

    id: str
    title: str
    text: str
    categories: list[str]
    public: bool
    channel: str | None
    source: str = Field(description="api, upload or csv.")
    filename: str | None
    submitter: str
    version: int = Field(description="Version of the copy (1, then +1 per resubmission).")
    status: AdStatus
    tier: AdTier = Field(
        description="auto, legal or committee: the tier it is in or was decided in."
    )
    verdict: Verdict | None
    findings: list[Finding]
    cleared: list[Finding] = Field(
        default_factory=list,
        description="Matches the tier-1 check found and a context cleared (a time word, a "
        "specification, a quoted customer …), each explained: what the reviewer may overrule.",
    )
    created_at: Timestamp
    updated_at: Timestamp
    entered_at: Timestamp = Field(description="When it entered its current status.")
    due_at: Timestamp | None = Field(description="SLA deadline of the open review tier.")

    def is_overdue(self, now: datetime) -> bool:
        """True once an open review is past its tier's SLA deadline."""
        return self.status in OPEN_REVIEW.values() and is_overdue(self.due_at, now)


class Ad(AdState):
    """The stored ad: its state and its whole history."""

    votes: list[Vote] = Field(description="Every vote, on every version (each carries its own).")
    versions: list[AdVersion]
    events: list[AuditEntry]

    def current_votes(self) -> list[Vote]:
        """The committee votes on the current version."""
        return [v for v in self.votes if v.version == self.version]
