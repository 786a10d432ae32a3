"""The ad-intake flow tells reviewers about their queue through the outbox: once per ad, tier and
version on entry, once more when the review passes its SLA."""

from __future__ import annotations

from datetime import timedelta

from compliance import workflow
from compliance.check import default_checker
from compliance.routing import load_routing
from flows.ad_intake import notify_reviewers
from identity.users import create_user
from monitor.notify import Outbox
from monitor.notify.outbox import list_entries
from store.sqlite import SQLiteStore


def test_reviewers_hear_of_new_and_overdue_copy_once(sqlite_store: SQLiteStore) -> None:
    sam, _ = create_user(sqlite_store, "sam", "submitter")
    ad = workflow.submit(
        sqlite_store, workflow.AdDraft(text="医生推荐"), sam, default_checker(), load_routing()
    )
    assert ad.status == "legal_review" and ad.due_at is not None
    outbox = Outbox(sqlite_store, ["file"])

    assert notify_reviewers(sqlite_store, outbox, ad.entered_at) == 1
    assert notify_reviewers(sqlite_store, outbox, ad.entered_at) == 0  # a rerun adds nothing
    late = ad.due_at + timedelta(minutes=1)
    assert notify_reviewers(sqlite_store, outbox, late) == 1  # past the SLA: one overdue notice
    assert notify_reviewers(sqlite_store, outbox, late + timedelta(hours=1)) == 0
    entries = list_entries(sqlite_store, status=("pending",)).items
    kinds = sorted(e.notification.kind for e in entries)
    assert kinds == ["review_overdue", "review_queued"]
