"""The append-only audit trail of the review (collection ``audit``).

Every event of an ad (submit, auto_check, route, decision, vote, committee_decision, resubmit:
who, when, decision, comment, version) lives in the ad document and is appended here as its own
document ``<ad>-<seq>``, written once with ``expected_version=0``: an entry is never replaced.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from radar.schemas import Filter
from store.base import Store, VersionConflict

ADS = "ads"
AUDIT = "audit"


def append_events(store: Store, ad_id: str, events: Sequence[dict[str, Any]]) -> None:
    """Append the ad's ``events`` (already-appended ones are left alone)."""
    for event in events:
        # A conflict means it was already appended (a retry or a resync): entries never change.
        with contextlib.suppress(VersionConflict):
            store.put_doc(
                AUDIT, f"{ad_id}-{event['seq']:05d}", {**event, "ad_id": ad_id}, expected_version=0
            )


def resync_audit(store: Store, ad_id: str) -> None:
    """Append any event of the ad missing from ``audit`` (after a crash between the writes)."""
    doc = store.get_doc(ADS, ad_id)
    if doc is not None:
        append_events(store, ad_id, doc.body["events"])


def audit_trail(store: Store, ad_id: str) -> list[dict[str, Any]]:
    """The ad's append-only audit entries, oldest first."""
    entries: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        page = store.find_docs(
            AUDIT, [Filter(field="ad_id", value=ad_id)], sort="seq", limit=200, cursor=cursor
        )
        entries += [d.body for d in page.items]
        if not page.next_cursor:
            return entries
        cursor = page.next_cursor
