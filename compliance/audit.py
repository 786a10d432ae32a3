"""The append-only audit trail of the review (collection ``audit``).

Every event of an ad (submit, auto_check, route, decision, vote, committee_decision, resubmit:
who, when, decision, comment, version) lives in the ad document and is appended here as its own
document ``<ad>-<seq>``, written once with ``expected_version=0``: an entry is never replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from compliance.ad import Ad, AuditEntry
from compliance.errors import AuditTrailBroken
from radar.schemas import Filter
from store.base import Store, VersionConflict

ADS = "ads"
AUDIT = "audit"


def entry_id(ad_id: str, seq: int) -> str:
    """The id of the ad's ``seq``-th audit entry."""
    return f"{ad_id}-{seq:05d}"


def append_events(store: Store, ad_id: str, events: Sequence[AuditEntry]) -> None:
    """Append the ad's ``events``; one already appended (a retry, a resync) is left alone.

    Raises ``AuditTrailBroken`` when the entry exists with a different event: that event is
    never overwritten, and this one is not dropped silently either.
    """
    for event in events:
        key = entry_id(ad_id, event.seq)
        body: dict[str, Any] = {**event.model_dump(mode="json"), "ad_id": ad_id}
        try:
            store.put_doc(AUDIT, key, body, expected_version=0)
        except VersionConflict as exc:
            existing = store.get_doc(AUDIT, key)
            if existing is None or existing.body != body:
                raise AuditTrailBroken(key) from exc


def resync_audit(store: Store, ad_id: str) -> None:
    """Append any event of the ad missing from ``audit`` (after a crash between the writes)."""
    doc = store.get_doc(ADS, ad_id)
    if doc is not None:
        append_events(store, ad_id, Ad.model_validate(doc.body).events)


def audit_trail(store: Store, ad_id: str) -> list[AuditEntry]:
    """The ad's append-only audit entries, oldest first."""
    entries: list[AuditEntry] = []
    cursor: str | None = None
    while True:
        page = store.find_docs(
            AUDIT, [Filter(field="ad_id", value=ad_id)], sort="seq", limit=200, cursor=cursor
        )
        entries += [AuditEntry.model_validate(d.body) for d in page.items]
        if not page.next_cursor:
            return entries
        cursor = page.next_cursor
