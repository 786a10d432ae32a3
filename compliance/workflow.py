"""The three-tier review of ad copy over the store (seed 002, 广告内容三级审核制度).

One ``Ad`` document per ad in the ``ads`` collection holds the current state, every version of
the copy and the list of events; every event is also appended to the ``audit`` collection (id
``<ad>-<seq>``, written once: append-only) after the ad is written. Each state change is one
``store.update.update_model`` read-modify-write: when two reviewers decide at once, exactly one
write wins; the other re-reads, finds the copy already decided and gets ``StateConflict``.
Committee votes by different members are re-applied on a conflict, so no vote is lost; a change
that keeps losing races raises ``UpdateConflict``. The API, the CLI and the flows all call these
functions.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from compliance.ad import Ad, AdTier, AdVersion, AuditAction, AuditEntry, Outcome, Vote
from compliance.audit import ADS, AUDIT, append_events, entry_id, resync_audit
from compliance.check import AdChecker
from compliance.errors import NotFoundError, PermissionDenied, StateConflict
from compliance.routing import (
    Decision,
    RoutingConfig,
    Tier,
    due_at,
    first_tier,
    tally,
    tier_after_legal,
)
from compliance.states import OPEN_REVIEW, AdStatus, check_transition
from identity.users import USERS, User, count_active, creator_chain
from radar.schemas import Filter
from store.base import Store, StoreError
from store.update import update_model

__all__ = [
    "ADS",
    "AdDraft",
    "auto_check",
    "check_pending",
    "create",
    "decide",
    "get_ad",
    "read_ad",
    "resubmit",
    "submit",
    "submit_batch",
]

SYSTEM = "system"
OUTCOME_STATUS: dict[Decision, Outcome] = {
    "approve": "approved",
    "reject": "rejected",
    "request_revision": "revision_requested",
}
#: A step of the review: changes the ad in place and returns the events it recorded, or None
#: to leave the ad as it is.
Step = Callable[[Ad], list[AuditEntry] | None]


class AdDraft(BaseModel):
    """Copy as it arrives, before it is stored."""

    title: str = ""
    text: str
    categories: list[str] = Field(default_factory=list)
    public: bool = True
    channel: str | None = None
    source: str = "api"
    filename: str | None = None


def _record(
    ad: Ad,
    *,
    actor: str,
    role: str,
    action: AuditAction,
    now: datetime,
    decision: str | None = None,
    comment: str | None = None,
    from_status: AdStatus | None = None,
) -> AuditEntry:
    event = AuditEntry(
        seq=len(ad.events) + 1,
        at=now,
        actor=actor,
        role=role,
        action=action,
        decision=decision,
        comment=comment,
        version=ad.version,
        tier=ad.tier,
        from_status=from_status,
        to_status=ad.status,
    )
    ad.events.append(event)
    return event


def _move(
    ad: Ad, target: AdStatus, routing: RoutingConfig, now: datetime, *, tier: AdTier | None = None
) -> AdStatus:
    current = ad.status
    check_transition(current, target)
    ad.status = target
    ad.entered_at = ad.updated_at = now
    if target in OPEN_REVIEW.values():
        review_tier: Tier = "legal" if target == "legal_review" else "committee"
        ad.tier = review_tier
        ad.due_at = due_at(now, review_tier, routing)
    else:
        ad.tier = tier or ad.tier
        ad.due_at = None
    return current


def _update(store: Store, ad_id: str, step: Step) -> Ad:
    """Apply ``step`` to the stored ad (``update_model``), then append the events it recorded.

    ``step`` runs once per attempt, each time on a fresh read, so the events of a lost race are
    dropped with it; only the winning attempt's events are appended.
    """
    events: list[AuditEntry] = []

    def change(ad: Ad | None) -> Ad | None:
        if ad is None:
            raise NotFoundError("ad", ad_id)
        recorded = step(ad)
        events[:] = recorded or []
        return None if recorded is None else ad

    ad = update_model(store, ADS, ad_id, Ad, change)
    if ad is None:  # unreachable: ``change`` raised
        raise NotFoundError("ad", ad_id)
    append_events(store, ad_id, events)
    return ad


def get_ad(store: Store, ad_id: str) -> Ad:
    """The stored ad, or ``NotFoundError``."""
    doc = store.get_doc(ADS, ad_id)
    if doc is None:
        raise NotFoundError("ad", ad_id)
    return Ad.model_validate(doc.body)


def read_ad(store: Store, ad_id: str, reader: User) -> Ad:
    """The stored ad as ``reader`` may see it: submitters read only their own copy."""
    ad = get_ad(store, ad_id)
    if reader.role == "submitter" and ad.submitter != reader.name:
        raise PermissionDenied("submitters can only read their own copy")
    return ad


def submit(
    store: Store,
    draft: AdDraft,
    submitter: User,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> Ad:
    """Store new copy (``submitted``) and run the automatic check on it."""
    ad = create(store, draft, submitter, now=now)
    return auto_check(store, ad.id, checker, routing, now=now)


def submit_batch(
    store: Store,
    drafts: Sequence[AdDraft],
    submitter: User,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> list[Ad]:
    """Store every draft or none, then check and route each stored copy.

    A ``StoreError`` while storing takes back what this batch stored (the ads and their audit
    entries) and is raised again. Once all are stored they are complete: a check that fails
    afterwards is finished by ``check_pending``.
    """
    new = [_new_ad(draft, submitter, now or datetime.now(UTC)) for draft in drafts]
    stored: list[Ad] = []
    try:
        for ad in new:
            _put_new(store, ad)
            stored.append(ad)
            append_events(store, ad.id, ad.events)
    except StoreError:
        for ad in stored:
            store.delete_doc(ADS, ad.id)
            for event in ad.events:
                store.delete_doc(AUDIT, entry_id(ad.id, event.seq))
        raise
    return [auto_check(store, ad.id, checker, routing, now=now) for ad in new]


def create(store: Store, draft: AdDraft, submitter: User, *, now: datetime | None = None) -> Ad:
    """Store new copy as ``submitted`` (the check runs next, or later via ``check_pending``)."""
    ad = _new_ad(draft, submitter, now or datetime.now(UTC))
    _put_new(store, ad)
    append_events(store, ad.id, ad.events)
    return ad


def _new_ad(draft: AdDraft, submitter: User, now: datetime) -> Ad:
    first = AdVersion(
        version=1,
        title=draft.title,
        text=draft.text,
        submitted_by=submitter.name,
        submitted_at=now,
        verdict=None,
        findings=[],
        outcome=None,
    )
    ad = Ad(
        id=uuid.uuid4().hex[:16],
        title=draft.title,
        text=draft.text,
        categories=list(draft.categories),
        public=draft.public,
        channel=draft.channel,
        source=draft.source,
        filename=draft.filename,
        submitter=submitter.name,
        created_at=now,
        updated_at=now,
        version=1,
        status="submitted",
        tier="auto",
        entered_at=now,
        due_at=None,
        verdict=None,
        findings=[],
        votes=[],
        versions=[first],
        events=[],
    )
    _record(ad, actor=submitter.name, role=submitter.role, action="submit", now=now)
    return ad


def _put_new(store: Store, ad: Ad) -> None:
    store.put_doc(ADS, ad.id, ad.model_dump(mode="json"), expected_version=0)


def auto_check(
    store: Store,
    ad_id: str,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> Ad:
    """初审: run the tier-1 check on ``submitted`` copy and route it (no-op in other states)."""

    def check(ad: Ad) -> list[AuditEntry] | None:
        if ad.status != "submitted":
            return None
        moment = now or datetime.now(UTC)
        result = checker.check(ad.text)
        ad.verdict, ad.findings, ad.cleared = (
            result.verdict,
            list(result.findings),
            list(result.cleared),
        )
        version = ad.versions[-1]
        version.verdict, version.findings = result.verdict, list(result.findings)
        version.cleared = list(result.cleared)
        src = _move(ad, "auto_checked", routing, moment, tier="auto")
        events = [
            _record(
                ad,
                actor=SYSTEM,
                role=SYSTEM,
                action="auto_check",
                decision=result.verdict,
                comment=f"{len(result.findings)} finding(s)",
                now=moment,
                from_status=src,
            )
        ]
        tier = first_tier(len(result.findings), ad.categories, ad.public, routing)
        target: AdStatus = "approved" if tier is None else OPEN_REVIEW[tier]
        src = _move(ad, target, routing, moment, tier="auto")
        if target == "approved":
            ad.versions[-1].outcome = "approved"
        events.append(
            _record(ad, actor=SYSTEM, role=SYSTEM, action="route", now=moment, from_status=src)
        )
        return events

    return _update(store, ad_id, check)


def decide(
    store: Store,
    ad_id: str,
    user: User,
    decision: Decision,
    comment: str | None,
    routing: RoutingConfig,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> Ad:
    """复审 / 终审: a legal decision, or one committee member's vote (decided by ``tally``).

    Separation of duties: nobody decides on copy they submitted (any version), nor on copy
    submitted by an account in their creator chain (``identity.users.creator_chain``: an admin
    cannot approve its own copy through a reviewer account it made).
    """
    chain = creator_chain(store, user.name)

    def apply(ad: Ad) -> list[AuditEntry]:
        # On a lost race this runs again on the fresh copy: a concurrent decision may have
        # closed the review (StateConflict), a concurrent vote is kept and counted.
        moment = now or datetime.now(UTC)
        if _check_may_decide(ad, user, version, chain) == "legal":
            return _legal_decision(ad, user, decision, comment, routing, moment)
        return _committee_vote(store, ad, user, decision, comment, routing, moment)

    return _update(store, ad_id, apply)


def _check_may_decide(ad: Ad, user: User, version: int | None, chain: list[str]) -> Tier:
    tier: Tier
    if ad.status == "legal_review":
        tier = "legal"
    elif ad.status == "committee_review":
        tier = "committee"
    else:
        raise StateConflict(f"ad {ad.id!r} is {ad.status}, not awaiting a review decision")
    submitters = {ad.submitter, *(v.submitted_by for v in ad.versions)}
    if user.name in submitters:
        raise PermissionDenied("nobody reviews their own copy")
    if submitters.intersection(chain):
        creator = next(name for name in chain if name in submitters)
        raise PermissionDenied(
            f"nobody reviews their own copy: {creator!r} submitted it and created the account "
            f"{user.name!r} (directly or through others)"
        )
    if user.role != tier:
        who = "the legal team (复审)" if tier == "legal" else "the committee (终审)"
        raise PermissionDenied(f"ad {ad.id!r} awaits {who}; role {user.role!r} cannot decide")
    if version is not None and version != ad.version:
        raise StateConflict(
            f"ad {ad.id!r} is at version {ad.version}; the decision was for {version}"
        )
    return tier


def _legal_decision(
    ad: Ad,
    user: User,
    decision: Decision,
    comment: str | None,
    routing: RoutingConfig,
    now: datetime,
) -> list[AuditEntry]:
    if decision == "approve" and tier_after_legal(ad.public, ad.categories, routing) == "committee":
        src = _move(ad, "committee_review", routing, now, tier="legal")
    else:
        outcome = OUTCOME_STATUS[decision]
        src = _move(ad, outcome, routing, now, tier="legal")
        ad.versions[-1].outcome = outcome
    return [
        _record(
            ad,
            actor=user.name,
            role=user.role,
            action="decision",
            decision=decision,
            comment=comment,
            now=now,
            from_status=src,
        )
    ]


def _committee_vote(
    store: Store,
    ad: Ad,
    user: User,
    decision: Decision,
    comment: str | None,
    routing: RoutingConfig,
    now: datetime,
) -> list[AuditEntry]:
    votes = ad.current_votes()
    if any(v.user == user.name for v in votes):
        raise StateConflict(f"{user.name} has already voted on version {ad.version}")
    vote = Vote(user=user.name, decision=decision, comment=comment, at=now, version=ad.version)
    ad.votes.append(vote)
    votes.append(vote)
    ad.updated_at = now
    events = [
        _record(
            ad,
            actor=user.name,
            role=user.role,
            action="vote",
            decision=decision,
            comment=comment,
            now=now,
            from_status=ad.status,
        )
    ]
    eligible = count_active(store, "committee")
    if _is_active_member(store, ad.submitter):
        eligible -= 1  # a member who wrote the copy cannot vote on it
    outcome = tally([v.decision for v in votes], eligible, routing)
    if outcome is not None:
        target = OUTCOME_STATUS[outcome]
        src = _move(ad, target, routing, now, tier="committee")
        ad.versions[-1].outcome = target
        counts = {d: sum(1 for v in votes if v.decision == d) for d in OUTCOME_STATUS}
        summary = ", ".join(f"{d}={n}" for d, n in counts.items() if n)
        events.append(
            _record(
                ad,
                actor="committee",
                role="committee",
                action="committee_decision",
                decision=outcome,
                comment=f"votes: {summary}",
                now=now,
                from_status=src,
            )
        )
    return events


def _is_active_member(store: Store, name: str) -> bool:
    doc = store.get_doc(USERS, name)
    return doc is not None and doc.body.get("role") == "committee" and bool(doc.body.get("active"))


def resubmit(
    store: Store,
    ad_id: str,
    user: User,
    text: str,
    title: str | None,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> Ad:
    """A revision: a new version of copy that was sent back, checked and routed afresh."""

    def revise(ad: Ad) -> list[AuditEntry]:
        if user.name != ad.submitter and user.role != "admin":
            raise PermissionDenied("only the submitter (or an admin) can resubmit this copy")
        if ad.status != "revision_requested":
            raise StateConflict(
                f"ad {ad_id!r} is {ad.status}; only copy sent back for revision can be resubmitted"
            )
        moment = now or datetime.now(UTC)
        ad.version += 1
        ad.text = text
        if title is not None:
            ad.title = title
        # Votes carry their version: earlier versions' votes stay in the history.
        ad.verdict, ad.findings, ad.cleared = None, [], []
        ad.versions.append(
            AdVersion(
                version=ad.version,
                title=ad.title,
                text=text,
                submitted_by=user.name,
                submitted_at=moment,
                verdict=None,
                findings=[],
                outcome=None,
            )
        )
        src = _move(ad, "submitted", routing, moment, tier="auto")
        return [
            _record(
                ad, actor=user.name, role=user.role, action="resubmit", now=moment, from_status=src
            )
        ]

    _update(store, ad_id, revise)
    return auto_check(store, ad_id, checker, routing, now=now)


def check_pending(
    store: Store,
    checker: AdChecker | Callable[[], AdChecker],
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
    batch: int = 200,
) -> int:
    """Run the tier-1 check on every ad still ``submitted``; returns how many were checked.
    ``checker`` may be a function that builds it, called only when there is an ad to check (a
    checker takes seconds to build; the intake reruns every pass, mostly with nothing to do)."""
    checked = 0
    while True:
        page = store.find_docs(
            ADS, [Filter(field="status", value="submitted")], sort="created_at", limit=batch
        )
        if not page.items:
            return checked
        if not isinstance(checker, AdChecker):
            checker = checker()
        progressed = False
        for doc in page.items:
            resync_audit(store, doc.id)
            after = auto_check(store, doc.id, checker, routing, now=now)
            if after.status != "submitted":
                checked += 1
                progressed = True
        if not progressed:
            return checked
