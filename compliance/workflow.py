"""The three-tier review of ad copy over the store (seed 002, 广告内容三级审核制度).

One document per ad in the ``ads`` collection holds the current state, every version of the copy
and the list of events; every event is also appended to the ``audit`` collection (id
``<ad>-<seq>``, written once with ``expected_version=0``: append-only). Each state change is a
conditional write (``put_doc(expected_version=…)``): when two reviewers decide at once, exactly
one write wins; the other re-reads, finds the copy already decided and gets ``StateConflict``.
Committee votes by different members are re-applied on a conflict, so no vote is lost.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from compliance.audit import ADS, append_events, resync_audit
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
from compliance.states import check_transition
from compliance.users import USERS, User, count_active
from radar.schemas import Filter, StoredDoc
from store.base import Store, VersionConflict

SYSTEM = "system"
OUTCOME_STATUS: dict[Decision, str] = {
    "approve": "approved",
    "reject": "rejected",
    "request_revision": "revision_requested",
}
_MAX_RETRIES = 8


class AdDraft(BaseModel):
    """Copy as it arrives, before it is stored."""

    title: str = ""
    text: str
    categories: list[str] = Field(default_factory=list)
    public: bool = True
    channel: str | None = None
    source: str = "api"
    filename: str | None = None


def iso(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO strings, so they sort and compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _event(
    body: dict[str, Any],
    *,
    actor: str,
    role: str,
    action: str,
    now: datetime,
    decision: str | None = None,
    comment: str | None = None,
    from_status: str | None = None,
) -> dict[str, Any]:
    event = {
        "seq": len(body["events"]) + 1,
        "at": iso(now),
        "actor": actor,
        "role": role,
        "action": action,
        "decision": decision,
        "comment": comment,
        "version": body["version"],
        "tier": body["tier"],
        "from_status": from_status,
        "to_status": body["status"],
    }
    body["events"].append(event)
    return event


def _move(
    body: dict[str, Any],
    target: str,
    routing: RoutingConfig,
    now: datetime,
    *,
    tier: str | None = None,
) -> str:
    current = str(body["status"])
    check_transition(current, target)
    body["status"] = target
    body["entered_at"] = iso(now)
    body["updated_at"] = iso(now)
    if target in ("legal_review", "committee_review"):
        review_tier: Tier = "legal" if target == "legal_review" else "committee"
        body["tier"] = review_tier
        body["due_at"] = iso(due_at(now, review_tier, routing))
    else:
        body["tier"] = tier or body["tier"]
        body["due_at"] = None
    return current


def get_ad(store: Store, ad_id: str) -> StoredDoc:
    """The stored ad, or ``NotFoundError``."""
    doc = store.get_doc(ADS, ad_id)
    if doc is None:
        raise NotFoundError("ad", ad_id)
    return doc


def submit(
    store: Store,
    draft: AdDraft,
    submitter: User,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> StoredDoc:
    """Store new copy (``submitted``) and run the automatic check on it."""
    doc = create(store, draft, submitter, now=now)
    return auto_check(store, doc.id, checker, routing, now=now)


def create(
    store: Store, draft: AdDraft, submitter: User, *, now: datetime | None = None
) -> StoredDoc:
    """Store new copy as ``submitted`` (the check runs next, or later via ``check_pending``)."""
    now = now or datetime.now(UTC)
    ad_id = uuid.uuid4().hex[:16]
    body: dict[str, Any] = {
        "id": ad_id,
        "title": draft.title,
        "text": draft.text,
        "categories": draft.categories,
        "public": draft.public,
        "channel": draft.channel,
        "source": draft.source,
        "filename": draft.filename,
        "submitter": submitter.name,
        "created_at": iso(now),
        "updated_at": iso(now),
        "version": 1,
        "status": "submitted",
        "tier": "auto",
        "entered_at": iso(now),
        "due_at": None,
        "verdict": None,
        "findings": [],
        "votes": [],
        "versions": [_version_entry(1, draft.title, draft.text, submitter.name, now)],
        "events": [],
    }
    event = _event(body, actor=submitter.name, role=submitter.role, action="submit", now=now)
    stored = store.put_doc(ADS, ad_id, body, expected_version=0)
    append_events(store, ad_id, [event])
    return stored


def _version_entry(version: int, title: str, text: str, by: str, now: datetime) -> dict[str, Any]:
    return {
        "version": version,
        "title": title,
        "text": text,
        "submitted_by": by,
        "submitted_at": iso(now),
        "verdict": None,
        "findings": [],
        "outcome": None,
    }


def auto_check(
    store: Store,
    ad_id: str,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
) -> StoredDoc:
    """初审: run the tier-1 check on ``submitted`` copy and route it (no-op in other states)."""
    for _ in range(_MAX_RETRIES):
        doc = get_ad(store, ad_id)
        if doc.body["status"] != "submitted":
            return doc
        moment = now or datetime.now(UTC)
        body = copy.deepcopy(doc.body)
        result = checker.check(body["text"])
        findings = [f.model_dump() for f in result.findings]
        body["verdict"], body["findings"] = result.verdict, findings
        body["versions"][-1].update(verdict=result.verdict, findings=findings)
        events = []
        src = _move(body, "auto_checked", routing, moment, tier="auto")
        events.append(
            _event(
                body,
                actor=SYSTEM,
                role=SYSTEM,
                action="auto_check",
                decision=result.verdict,
                comment=f"{len(findings)} finding(s)",
                now=moment,
                from_status=src,
            )
        )
        tier = first_tier(len(findings), body["categories"], bool(body["public"]), routing)
        target = {"legal": "legal_review", "committee": "committee_review", None: "approved"}[tier]
        src = _move(body, target, routing, moment, tier="auto")
        if target == "approved":
            body["versions"][-1]["outcome"] = "approved"
        events.append(
            _event(body, actor=SYSTEM, role=SYSTEM, action="route", now=moment, from_status=src)
        )
        try:
            stored = store.put_doc(ADS, ad_id, body, expected_version=doc.version)
        except VersionConflict:
            continue
        append_events(store, ad_id, events)
        return stored
    raise StateConflict(f"ad {ad_id!r} kept changing during its check; retry")


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
) -> StoredDoc:
    """复审 / 终审: a legal decision, or one committee member's vote (decided by ``tally``)."""
    for _ in range(_MAX_RETRIES):
        doc = get_ad(store, ad_id)
        body = copy.deepcopy(doc.body)
        moment = now or datetime.now(UTC)
        tier = _check_may_decide(body, user, version)
        if tier == "legal":
            events = _legal_decision(body, user, decision, comment, routing, moment)
        else:
            events = _committee_vote(store, body, user, decision, comment, routing, moment)
        try:
            stored = store.put_doc(ADS, ad_id, body, expected_version=doc.version)
        except VersionConflict:
            continue  # re-read: a concurrent decision may have closed this review
        append_events(store, ad_id, events)
        return stored
    raise StateConflict(f"ad {ad_id!r} is being decided concurrently; retry")


def _check_may_decide(body: dict[str, Any], user: User, version: int | None) -> Tier:
    status = body["status"]
    tier: Tier
    if status == "legal_review":
        tier = "legal"
    elif status == "committee_review":
        tier = "committee"
    else:
        raise StateConflict(f"ad {body['id']!r} is {status}, not awaiting a review decision")
    if user.name == body["submitter"]:
        raise PermissionDenied("nobody reviews their own copy")
    if user.role != tier:
        who = "the legal team (复审)" if tier == "legal" else "the committee (终审)"
        raise PermissionDenied(f"ad {body['id']!r} awaits {who}; role {user.role!r} cannot decide")
    if version is not None and version != body["version"]:
        raise StateConflict(
            f"ad {body['id']!r} is at version {body['version']}; the decision was for {version}"
        )
    return tier


def _close(body: dict[str, Any], status: str) -> None:
    body["versions"][-1]["outcome"] = status


def _legal_decision(
    body: dict[str, Any],
    user: User,
    decision: Decision,
    comment: str | None,
    routing: RoutingConfig,
    now: datetime,
) -> list[dict[str, Any]]:
    if decision == "approve":
        nxt = tier_after_legal(bool(body["public"]), body["categories"], routing)
        target = "committee_review" if nxt == "committee" else "approved"
    else:
        target = OUTCOME_STATUS[decision]
    src = _move(body, target, routing, now, tier="legal")
    if target != "committee_review":
        _close(body, target)
    return [
        _event(
            body,
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
    body: dict[str, Any],
    user: User,
    decision: Decision,
    comment: str | None,
    routing: RoutingConfig,
    now: datetime,
) -> list[dict[str, Any]]:
    votes = [v for v in body["votes"] if v["version"] == body["version"]]
    if any(v["user"] == user.name for v in votes):
        raise StateConflict(f"{user.name} has already voted on version {body['version']}")
    vote = {
        "user": user.name,
        "decision": decision,
        "comment": comment,
        "at": iso(now),
        "version": body["version"],
    }
    body["votes"].append(vote)
    votes.append(vote)
    body["updated_at"] = iso(now)
    events = [
        _event(
            body,
            actor=user.name,
            role=user.role,
            action="vote",
            decision=decision,
            comment=comment,
            now=now,
            from_status=body["status"],
        )
    ]
    eligible = count_active(store, "committee")
    if _is_active_member(store, body["submitter"]):
        eligible -= 1  # a member who wrote the copy cannot vote on it
    outcome = tally([v["decision"] for v in votes], eligible, routing)
    if outcome is not None:
        target = OUTCOME_STATUS[outcome]
        src = _move(body, target, routing, now, tier="committee")
        _close(body, target)
        counts = {d: sum(1 for v in votes if v["decision"] == d) for d in OUTCOME_STATUS}
        summary = ", ".join(f"{d}={n}" for d, n in counts.items() if n)
        events.append(
            _event(
                body,
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
) -> StoredDoc:
    """A revision: a new version of copy that was sent back, checked and routed afresh."""
    for _ in range(_MAX_RETRIES):
        doc = get_ad(store, ad_id)
        body = copy.deepcopy(doc.body)
        if user.name != body["submitter"] and user.role != "admin":
            raise PermissionDenied("only the submitter (or an admin) can resubmit this copy")
        if body["status"] != "revision_requested":
            raise StateConflict(
                f"ad {ad_id!r} is {body['status']}; only copy sent back for "
                "revision can be resubmitted"
            )
        moment = now or datetime.now(UTC)
        body["version"] += 1
        body["text"] = text
        if title is not None:
            body["title"] = title
        # Votes carry their version: earlier versions' votes stay in the history.
        body["verdict"], body["findings"] = None, []
        body["versions"].append(
            _version_entry(body["version"], body["title"], text, user.name, moment)
        )
        src = _move(body, "submitted", routing, moment, tier="auto")
        event = _event(
            body, actor=user.name, role=user.role, action="resubmit", now=moment, from_status=src
        )
        try:
            store.put_doc(ADS, ad_id, body, expected_version=doc.version)
        except VersionConflict:
            continue
        append_events(store, ad_id, [event])
        return auto_check(store, ad_id, checker, routing, now=now)
    raise StateConflict(f"ad {ad_id!r} kept changing; retry")


def check_pending(
    store: Store,
    checker: AdChecker,
    routing: RoutingConfig,
    *,
    now: datetime | None = None,
    batch: int = 200,
) -> int:
    """Run the tier-1 check on every ad still ``submitted``; returns how many were checked."""
    checked = 0
    while True:
        page = store.find_docs(
            ADS, [Filter(field="status", value="submitted")], sort="created_at", limit=batch
        )
        if not page.items:
            return checked
        progressed = False
        for doc in page.items:
            resync_audit(store, doc.id)
            after = auto_check(store, doc.id, checker, routing, now=now)
            if after.body["status"] != "submitted":
                checked += 1
                progressed = True
        if not progressed:
            return checked
