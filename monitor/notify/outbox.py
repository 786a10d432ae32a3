"""The notification outbox: every notification is persisted before anything is sent.

One document per (idempotency key, channel) in the ``outbox`` collection, id ``<key>@<channel>``,
created with ``expected_version=0``: enqueueing the same key twice is a no-op, so a message is
sent at most once per key and channel however often a sweep or a re-run asks for it.

Document states::

    pending --claim--> sending --ok--> sent
       ^                  |
       +--fail (backoff)--+--fail, attempts == max--> dead

``next_attempt_ts`` (epoch seconds) says when a ``pending`` entry is due; while ``sending`` it is
the claim's lease, so an entry whose sender crashed mid-send becomes due again after the lease
(and is resent with the same idempotency key, which receivers can use to drop the repeat).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from monitor.notify.message import Notification
from radar.schemas import StoredDoc
from store.base import Store
from store.update import update_doc

OUTBOX = "outbox"
OutboxStatus = Literal["pending", "sending", "sent", "dead"]


def outbox_id(key: str, channel: str) -> str:
    """Document id of one delivery."""
    return f"{key}@{channel}"


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
