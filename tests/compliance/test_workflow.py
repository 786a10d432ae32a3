"""Routing rules, the state machine and the store-level workflow (SLA, audit, concurrency),
the typed ad document and the users' rules."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from compliance import audit, queue, workflow
from compliance.ad import Ad
from compliance.check import AdChecker
from compliance.errors import (
    AuditTrailBroken,
    PermissionDenied,
    StateConflict,
)
from compliance.intake import check_pending
from compliance.routing import RoutingConfig, due_at, first_tier, is_overdue, load_routing, tally
from compliance.states import InvalidTransition, check_transition
from identity import users
from identity.errors import InvalidIdentity, UserConflict, UserNotFound
from identity.users import User, create_user
from radar.settings import Settings
from store.base import VersionConflict
from store.sqlite import SQLiteStore
from store.update import UpdateConflict

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CFG = load_routing()  # the bundled routing.yaml


@pytest.mark.parametrize(
    ("findings", "categories", "public", "tier"),
    [
        (0, [], False, None),  # clean internal copy: approved by the automatic check
        (0, [], True, "committee"),  # every public campaign goes to the committee
        (2, [], False, "legal"),  # any finding goes to the legal team
        (0, ["health_food"], False, "legal"),  # health category always needs legal
        (0, ["price_promotion"], True, "legal"),
    ],
)
def test_first_tier(findings: int, categories: list[str], public: bool, tier: str | None) -> None:
    assert first_tier(findings, categories, public, CFG) == tier


@pytest.mark.parametrize(
    ("votes", "eligible", "outcome"),
    [
        (["approve"], 5, None),  # below quorum (3)
        (["approve", "approve"], 5, None),
        (["approve", "approve", "reject"], 5, "approve"),  # 2/3 > 50 %
        (["reject", "reject", "approve"], 3, "reject"),
        (["approve", "reject", "request_revision"], 5, None),  # no majority, more can vote
        (["approve", "reject", "request_revision"], 3, "request_revision"),  # all voted, none won
        (["approve", "approve", "reject", "reject"], 4, "request_revision"),
    ],
)
def test_committee_tally(votes: list, eligible: int, outcome: str | None) -> None:
    assert tally(votes, eligible, CFG) == outcome


def test_sla_and_overdue() -> None:
    due = due_at(T0, "legal", CFG)
    assert due == T0 + timedelta(hours=48)
    assert not is_overdue(due, due) and is_overdue(due, due + timedelta(seconds=1))
    assert not is_overdue(None, T0)


def test_bundled_routing_config() -> None:
    cfg = load_routing()
    assert cfg.committee.quorum == 3 and cfg.sla_hours["committee"] == 72


@pytest.mark.parametrize(
    ("src", "dst", "ok"),
    [
        ("submitted", "auto_checked", True),
        ("auto_checked", "approved", True),
        ("legal_review", "committee_review", True),
        ("committee_review", "legal_review", False),
        ("approved", "revision_requested", False),
        ("rejected", "submitted", False),
        ("revision_requested", "submitted", True),
        ("submitted", "approved", False),
    ],
)
def test_transitions(src: str, dst: str, ok: bool) -> None:
    if ok:
        check_transition(src, dst)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(src, dst)


@pytest.fixture
def people(sqlite_store: SQLiteStore) -> dict[str, User]:
    roles = {
        "sam": "submitter",
        "lena": "legal",
        "leo": "legal",
        "c1": "committee",
        "c2": "committee",
        "c3": "committee",
        "c4": "committee",
    }
    return {n: create_user(sqlite_store, n, r, now=T0)[0] for n, r in roles.items()}  # type: ignore[arg-type]


def _submit(store, people, checker, routing, text="医生推荐", **kw) -> str:
    draft = workflow.AdDraft(text=text, **kw)
    return workflow.submit(store, draft, people["sam"], checker, routing, now=T0).id


def test_overdue_queue(sqlite_store, people, checker: AdChecker, routing: RoutingConfig) -> None:
    ad_id = _submit(sqlite_store, people, checker, routing)
    late = T0 + timedelta(hours=49)
    assert queue.review_queue(sqlite_store, overdue=True, now=T0).total == 0
    overdue = queue.review_queue(sqlite_store, tier="legal", overdue=True, now=late)
    assert [d.id for d in overdue.items] == [ad_id]
    assert queue.review_queue(sqlite_store, overdue=False, now=late).total == 0


def test_concurrent_votes_are_all_counted(
    sqlite_store, people, checker: AdChecker, routing: RoutingConfig
) -> None:
    ad_id = _submit(sqlite_store, people, checker, routing, text="新鲜草莓到货")
    assert workflow.get_ad(sqlite_store, ad_id).status == "committee_review"
    barrier = threading.Barrier(3)
    errors: list[Exception] = []

    def vote(name: str) -> None:
        barrier.wait()
        try:
            workflow.decide(sqlite_store, ad_id, people[name], "approve", None, routing)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=vote, args=(n,)) for n in ("c1", "c2", "c3")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ad = workflow.get_ad(sqlite_store, ad_id)
    assert sorted(v.user for v in ad.votes) == ["c1", "c2", "c3"]
    assert ad.status == "approved"
    with pytest.raises(StateConflict):
        workflow.decide(sqlite_store, ad_id, people["c4"], "reject", "late", routing)


def test_two_processes_deciding_only_one_wins(
    tmp_path: Path, checker: AdChecker, routing: RoutingConfig
) -> None:
    # Two store instances on one file, as two API workers would have.
    path = tmp_path / "shared.sqlite3"
    first, second = SQLiteStore(path), SQLiteStore(path)
    try:
        sam, _ = create_user(first, "sam", "submitter")
        lena, _ = create_user(first, "lena", "legal")
        leo, _ = create_user(first, "leo", "legal")
        ad_id = workflow.submit(first, workflow.AdDraft(text="包治百病"), sam, checker, routing).id
        barrier = threading.Barrier(2)
        outcome: dict[str, str] = {}

        def go(store: SQLiteStore, user: User, decision: str) -> None:
            barrier.wait()
            try:
                workflow.decide(store, ad_id, user, decision, "reason", routing)  # type: ignore[arg-type]
                outcome[user.name] = "won"
            except StateConflict:
                outcome[user.name] = "conflict"

        threads = [
            threading.Thread(target=go, args=(first, lena, "reject")),
            threading.Thread(target=go, args=(second, leo, "request_revision")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome.values()) == ["conflict", "won"]
        decisions = [e for e in audit.audit_trail(first, ad_id) if e.action == "decision"]
        assert len(decisions) == 1
    finally:
        first.close()
        second.close()


def test_check_pending_finishes_interrupted_intake(sqlite_store, people, tmp_path: Path) -> None:
    # Stored but never checked (e.g. the process died between the two writes).
    ids = [
        workflow.create(sqlite_store, workflow.AdDraft(text=t), people["sam"]).id
        for t in ("全网最低价", "新鲜蔬菜")
    ]
    sqlite_store.delete_doc("audit", f"{ids[0]}-00001")  # and its audit copy was lost too
    settings = Settings(data_dir=tmp_path)
    assert check_pending(sqlite_store, settings) == 2
    assert check_pending(sqlite_store, settings) == 0
    first = workflow.get_ad(sqlite_store, ids[0])
    assert first.verdict == "reject" and first.status == "legal_review"
    trail = audit.audit_trail(sqlite_store, ids[0])
    assert [e.seq for e in trail] == [1, 2, 3]  # resynced, append-only, in order


def test_the_checker_is_built_only_when_an_ad_waits(
    sqlite_store, people, checker: AdChecker, routing: RoutingConfig
) -> None:
    # The intake reruns every pass and mostly finds nothing: it must not build a checker then.
    built: list[AdChecker] = []

    def build() -> AdChecker:
        built.append(checker)
        return checker

    assert workflow.check_pending(sqlite_store, build, routing) == 0
    assert built == []
    ad_id = workflow.create(sqlite_store, workflow.AdDraft(text="全网最低价"), people["sam"]).id
    assert workflow.check_pending(sqlite_store, build, routing) == 1
    assert len(built) == 1  # once for the whole run, not once per ad
    assert workflow.get_ad(sqlite_store, ad_id).verdict == "reject"


def test_audit_entries_are_append_only(sqlite_store, people, checker, routing) -> None:
    ad_id = _submit(sqlite_store, people, checker, routing)
    entry = sqlite_store.get_doc("audit", f"{ad_id}-00001")
    assert entry is not None and entry.version == 1
    audit.resync_audit(sqlite_store, ad_id)  # re-appending changes nothing
    again = sqlite_store.get_doc("audit", f"{ad_id}-00001")
    assert again is not None and again.version == 1 and again.body == entry.body


def test_committee_revision_keeps_old_votes_in_history(
    sqlite_store, people, checker: AdChecker, routing: RoutingConfig
) -> None:
    ad_id = _submit(sqlite_store, people, checker, routing, text="新鲜草莓到货")
    for name in ("c1", "c2", "c3"):
        workflow.decide(sqlite_store, ad_id, people[name], "request_revision", "太平淡", routing)
    assert workflow.get_ad(sqlite_store, ad_id).status == "revision_requested"
    workflow.resubmit(
        sqlite_store, ad_id, people["sam"], "山东草莓今日到货", None, checker, routing
    )
    ad = workflow.get_ad(sqlite_store, ad_id)
    assert ad.version == 2 and ad.status == "committee_review"
    assert [v.version for v in ad.votes] == [1, 1, 1]
    # The same members vote again on the new version.
    workflow.decide(sqlite_store, ad_id, people["c1"], "approve", None, routing)
    assert len(workflow.get_ad(sqlite_store, ad_id).votes) == 4


def test_member_who_wrote_the_copy_is_not_counted_as_electorate(
    sqlite_store, people, checker: AdChecker, routing: RoutingConfig
) -> None:
    # c4 wrote copy (as an admin-approved exception); 4 members minus the author = 3 can vote.
    author = people["c4"]
    ad_id = workflow.submit(
        sqlite_store, workflow.AdDraft(text="新鲜草莓到货"), author, checker, routing
    ).id
    with pytest.raises(PermissionDenied, match="own copy"):
        workflow.decide(sqlite_store, ad_id, author, "approve", None, routing)
    for name, decision in (("c1", "approve"), ("c2", "reject"), ("c3", "request_revision")):
        workflow.decide(sqlite_store, ad_id, people[name], decision, "x", routing)  # type: ignore[arg-type]
    # Every eligible member voted, no majority: back for revision rather than waiting for c4.
    assert workflow.get_ad(sqlite_store, ad_id).status == "revision_requested"


def test_audit_entry_holding_another_event_is_not_skipped(sqlite_store, people, checker, routing):
    ad_id = _submit(sqlite_store, people, checker, routing)
    entry = sqlite_store.get_doc("audit", f"{ad_id}-00002")
    assert entry is not None
    sqlite_store.delete_doc("audit", f"{ad_id}-00002")
    sqlite_store.put_doc("audit", f"{ad_id}-00002", {**entry.body, "actor": "mallory"})
    with pytest.raises(AuditTrailBroken, match="00002"):
        audit.resync_audit(sqlite_store, ad_id)


class LosingStore(SQLiteStore):
    """The real store, except that every replacement of an ad loses its race (as under a
    writer that never stops)."""

    def put_doc(self, collection, doc_id, body, *, expected_version=None):  # type: ignore[no-untyped-def]
        if collection == "ads" and expected_version:
            raise VersionConflict(collection, doc_id, expected_version, expected_version + 1)
        return super().put_doc(collection, doc_id, body, expected_version=expected_version)


def test_a_change_that_keeps_losing_races_raises(tmp_path: Path, checker, routing) -> None:
    store = LosingStore(tmp_path / "losing.sqlite3")
    try:
        sam, _ = create_user(store, "sam", "submitter")
        with pytest.raises(UpdateConflict):
            workflow.submit(store, workflow.AdDraft(text="医生推荐"), sam, checker, routing)
        ad = workflow.get_ad(store, store.find_docs("ads").items[0].id)
        assert ad.status == "submitted"  # left for `check_pending`, not half-checked
        assert [e.action for e in audit.audit_trail(store, ad.id)] == ["submit"]
    finally:
        store.close()


def test_batch_is_stored_whole_and_checked(sqlite_store, people, checker, routing) -> None:
    drafts = [workflow.AdDraft(text=t, public=False) for t in ("新鲜蔬菜", "全网最低价")]
    ads = workflow.submit_batch(sqlite_store, drafts, people["sam"], checker, routing, now=T0)
    assert [a.status for a in ads] == ["approved", "legal_review"]
    assert sqlite_store.count_docs("audit") == 6  # submit, auto_check, route for each


def test_stored_ad_loads_and_dumps_unchanged(sqlite_store, people, checker, routing) -> None:
    ad_id = _submit(sqlite_store, people, checker, routing)
    stored = sqlite_store.get_doc("ads", ad_id)
    assert stored is not None
    ad = Ad.model_validate(stored.body)
    assert ad.model_dump(mode="json") == stored.body
    assert stored.body["due_at"] == "2026-11-04T09:00:00.000000+00:00"  # sorts as text


def test_users_admin_rules(sqlite_store) -> None:
    ada, _ = create_user(sqlite_store, "ada", "admin")
    with pytest.raises(InvalidIdentity, match="invalid user name"):
        create_user(sqlite_store, "x y", "legal")
    with pytest.raises(UserConflict, match="themselves"):
        users.update_user(sqlite_store, "ada", active=False, by=ada)
    with pytest.raises(UserNotFound):
        users.rotate_token(sqlite_store, "nobody")
    user, token = users.rotate_token(sqlite_store, "ada")
    assert user.name == "ada" and users.authenticate(sqlite_store, token) == user
    assert users.update_user(sqlite_store, "ada", active=False).active is False
