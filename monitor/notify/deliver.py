"""Send what the outbox holds: claim, send, record; exponential backoff; dead letters.

``deliver_pending`` is safe to run from several processes at once: an entry is claimed with an
optimistic-version write before it is sent, so only one sender gets it. When a channel cannot be
reached at all, its other due entries are deferred to the same retry time without spending an
attempt: one probe per backoff step instead of one timeout per message, and the queue keeps its
order. Everything catches up on the first run after the receiver is back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.notify.channels import Channel, DeliveryError, configured_channels
from monitor.notify.message import Notification
from monitor.notify.outbox import OUTBOX
from radar.schemas import Filter, StoredDoc
from radar.settings import Settings
from store.base import Store
from store.update import update_doc

#: How long a claimed entry is reserved for its sender before another run may retry it.
CLAIM_LEASE_SECONDS = 300.0


@dataclass
class DeliveryReport:
    """What one ``deliver_pending`` run did (ids of outbox entries)."""

    sent: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{len(self.sent)} sent, {len(self.retrying)} to retry, "
            f"{len(self.dead)} dead-lettered, "
            f"{len(self.deferred)} deferred (channel down)"
        )


def backoff_seconds(attempts: int, first: float) -> float:
    """Delay before the next try after ``attempts`` failures: first, 2·first, 4·first, …"""
    return float(first * 2 ** max(attempts - 1, 0))


def _due_ids(store: Store, now: datetime) -> list[str]:
    filters = [
        Filter(field="status", op="in", value=["pending", "sending"]),
        Filter(field="next_attempt_ts", op="lte", value=now.timestamp()),
    ]
    ids: list[str] = []
    cursor: str | None = None
    while True:
        page = store.find_docs(OUTBOX, filters, sort="next_attempt_ts", limit=500, cursor=cursor)
        ids += [doc.id for doc in page.items]
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


def _claim(store: Store, doc_id: str, now: datetime) -> StoredDoc | None:
    claimed = False

    def claim(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal claimed
        claimed = (
            doc is not None
            and doc.body["status"] in ("pending", "sending")
            and doc.body["next_attempt_ts"] <= now.timestamp()
        )
        if doc is None or not claimed:
            return None  # sent, dead, not due, or claimed by another sender first
        return {
            **doc.body,
            "status": "sending",
            "next_attempt_ts": now.timestamp() + CLAIM_LEASE_SECONDS,
        }

    stored = update_doc(store, OUTBOX, doc_id, claim)
    return stored if claimed else None


def _defer(store: Store, doc_id: str, until_ts: float) -> None:
    def defer(doc: StoredDoc | None) -> dict[str, Any] | None:
        if doc is None or doc.body["status"] != "pending":
            return None  # another sender took it meanwhile
        return {**doc.body, "next_attempt_ts": until_ts}

    update_doc(store, OUTBOX, doc_id, defer)


def deliver_pending(
    store: Store,
    settings: Settings,
    now: datetime,
    *,
    channels: Mapping[str, Channel] | None = None,
) -> DeliveryReport:
    """Send every due outbox entry once; failures are retried with exponential backoff
    (``RADAR_NOTIFY_BACKOFF_SECONDS`` doubling) and dead-lettered after
    ``RADAR_NOTIFY_MAX_ATTEMPTS`` tries. Returns what happened."""
    channels = dict(configured_channels(settings) if channels is None else channels)
    report = DeliveryReport()
    down: dict[str, float] = {}  # unreachable channel -> when its probe is retried
    for doc_id in _due_ids(store, now):
        channel_name = doc_id.rsplit("@", 1)[-1]
        if channel_name in down:
            _defer(store, doc_id, down[channel_name])
            report.deferred.append(doc_id)
            continue
        claimed = _claim(store, doc_id, now)
        if claimed is None:
            continue
        body: dict[str, Any] = dict(claimed.body)
        channel = channels.get(body["channel"])
        try:
            if channel is None:
                raise DeliveryError(f"channel {body['channel']!r} is not configured any more")
            channel.send(Notification.model_validate(body["notification"]))
        except DeliveryError as exc:
            body["attempts"] += 1
            body["last_error"] = str(exc)
            report.errors[doc_id] = str(exc)
            if body["attempts"] >= settings.notify.max_attempts:
                body["status"] = "dead"
                report.dead.append(doc_id)
            else:
                body["status"] = "pending"
                body["next_attempt_ts"] = now.timestamp() + backoff_seconds(
                    body["attempts"], settings.notify.backoff_seconds
                )
                report.retrying.append(doc_id)
                if exc.unreachable:
                    down[channel_name] = body["next_attempt_ts"]
        else:
            body["attempts"] += 1
            body["status"], body["sent_at"], body["last_error"] = "sent", now.isoformat(), None
            report.sent.append(doc_id)
        store.put_doc(OUTBOX, doc_id, body, expected_version=claimed.version)
    return report


def retry_dead(store: Store, now: datetime) -> int:
    """Requeue every dead-lettered entry (after fixing a channel); returns how many."""
    revived = 0
    for doc in store.find_docs(OUTBOX, [Filter(field="status", value="dead")], limit=1000).items:
        requeued = False

        def revive(doc: StoredDoc | None) -> dict[str, Any] | None:
            nonlocal requeued
            requeued = doc is not None and doc.body["status"] == "dead"
            if doc is None or not requeued:
                return None  # requeued meanwhile by another run
            return {
                **doc.body,
                "status": "pending",
                "attempts": 0,
                "next_attempt_ts": now.timestamp(),
            }

        update_doc(store, OUTBOX, doc.id, revive)
        revived += requeued
    return revived
