"""The notification outbox: every notification is persisted before anything is sent.

One document per (idempotency key, channel) in the ``outbox`` collection, id ``<key>@<channel>``,
created with ``expected_version=0``: enqueueing the same key twice is a no-op, so a message is
sent at most once per key and channel however often a sweep or a re-run asks for it.

Document states::

    pending --claim--> sending --ok--> sent
       ^                  |
       +--fail (backoff)--+--fail, attempts == max--> dead
                          |
                          +--outcome unknown, robot channel--> unknown

``next_attempt_ts`` (epoch seconds) says when a ``pending`` entry is due. ``sending`` is written
durably *before* the send, and ``next_attempt_ts`` is then the claim's lease. A sender that
crashed mid-send leaves ``sending`` behind: after the lease a webhook or e-mail entry is sent
again with the same idempotency key (the receiver can drop the repeat), but a robot entry
(WeCom, DingTalk, Feishu: no de-duplication) moves to ``unknown`` and is never resent by
itself. ``dead`` and ``unknown`` are the entries a person looks at: ``radar outbox list``,
``retry`` (requeue on purpose) and ``purge``; ``list_entries``, ``requeue`` and ``purge`` here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from monitor.notify.message import Notification
from radar.schemas import Filter, Page, StoredDoc
from store.base import Store
from store.update import update_doc

OUTBOX = "outbox"
OutboxStatus = Literal["pending", "sending", "sent", "dead", "unknown"]
OUTBOX_STATUSES: tuple[OutboxStatus, ...] = ("pending", "sending", "sent", "dead", "unknown")
#: The states a person has to look at (nothing sends them by itself).
STUCK: tuple[OutboxStatus, ...] = ("dead", "unknown")


def outbox_id(key: str, channel: str) -> str:
    """Document id of one delivery."""
    return f"{key}@{channel}"


class OutboxEntry(BaseModel):
    """One delivery as stored (the outbox document)."""

    id: str
    key: str
    channel: str
    status: OutboxStatus
    attempts: int
    next_attempt_ts: float
    enqueued_at: str
    sent_at: str | None = None
    last_error: str | None = None
    notification: Notification


class Outbox:
    """Persist notifications for the given channels; ``deliver_pending`` sends them."""

    def __init__(self, store: Store, channels: Sequence[str]) -> None:
        self.store, self.channels = store, list(channels)

    def enqueue(self, notification: Notification, now: datetime) -> int:
        """Store one pending delivery per channel; returns how many were new (0 on a repeat)."""
        created = 0
        for channel in self.channels:
            doc_id = outbox_id(notification.key, channel)
            if self.store.get_doc(OUTBOX, doc_id) is not None:
                continue  # a cheap read first: repeats are the common case in a sweep
            body: dict[str, Any] = {
                "key": notification.key,
                "kind": notification.kind,
                "channel": channel,
                "status": "pending",
                "attempts": 0,
                "next_attempt_ts": now.timestamp(),
                "enqueued_at": now.isoformat(),
                "sent_at": None,
                "last_error": None,
                "notification": notification.model_dump(mode="json"),
            }
            new = False

            def create(doc: StoredDoc | None, body: dict[str, Any] = body) -> dict[str, Any] | None:
                nonlocal new
                new = doc is None  # enqueued meanwhile: at most once per key and channel
                return body if new else None

            update_doc(self.store, OUTBOX, doc_id, create)
            created += new
        return created


def entry_from_doc(doc: StoredDoc) -> OutboxEntry:
    """The typed entry of a stored outbox document."""
    return OutboxEntry.model_validate({**doc.body, "id": doc.id})


def count_by_status(store: Store) -> dict[str, int]:
    """How many entries are in each state."""
    return {s: store.count_docs(OUTBOX, [Filter(field="status", value=s)]) for s in OUTBOX_STATUSES}


def list_entries(
    store: Store,
    *,
    status: Sequence[OutboxStatus] = STUCK,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[OutboxEntry]:
    """Entries in ``status`` (default: dead and unknown), oldest due first."""
    filters = [Filter(field="status", op="in", value=list(status))]
    page = store.find_docs(OUTBOX, filters, sort="next_attempt_ts", limit=limit, cursor=cursor)
    return page.map(entry_from_doc)


def _ids(store: Store, status: Sequence[OutboxStatus]) -> list[str]:
    filters = [Filter(field="status", op="in", value=list(status))]
    ids: list[str] = []
    cursor: str | None = None
    while True:
        page = store.find_docs(OUTBOX, filters, limit=500, cursor=cursor)
        ids += [d.id for d in page.items]
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


def requeue(
    store: Store,
    now: datetime,
    *,
    ids: Sequence[str] | None = None,
    status: Sequence[OutboxStatus] = STUCK,
) -> list[str]:
    """Queue the entries ``ids`` (default: every entry in ``status``) again, with their attempts
    reset; only entries in ``status`` are touched (a ``sent`` one is never resent). Returns the
    ids requeued. For an ``unknown`` robot entry this is the person's decision to risk a repeat."""
    requeued: list[str] = []
    for doc_id in ids if ids is not None else _ids(store, status):
        done = False

        def revive(doc: StoredDoc | None) -> dict[str, Any] | None:
            nonlocal done
            done = doc is not None and doc.body["status"] in status
            if doc is None or not done:
                return None  # missing, or requeued/sent meanwhile
            return {
                **doc.body,
                "status": "pending",
                "attempts": 0,
                "next_attempt_ts": now.timestamp(),
            }

        update_doc(store, OUTBOX, doc_id, revive)
        if done:
            requeued.append(doc_id)
    return requeued


def purge(
    store: Store,
    *,
    ids: Sequence[str] | None = None,
    status: Sequence[OutboxStatus] = ("sent",),
    before: datetime | None = None,
) -> int:
    """Delete the entries ``ids`` (default: every entry in ``status``, enqueued before
    ``before`` when given) that are in ``status``; returns how many. Purging a ``sent`` entry
    lets its key be queued again, so keep recent ones (``before``)."""
    removed = 0
    for doc_id in ids if ids is not None else _ids(store, status):
        doc = store.get_doc(OUTBOX, doc_id)
        if doc is None or doc.body["status"] not in status:
            continue
        if before is not None and datetime.fromisoformat(doc.body["enqueued_at"]) >= before:
            continue
        removed += store.delete_doc(OUTBOX, doc_id)
    return removed
