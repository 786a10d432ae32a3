"""Notifications for the PR team: an outbox that loses nothing, and its channels.

``Outbox(store, channels).enqueue(notification, now)`` persists; ``deliver_pending(store,
settings, now)`` sends (overall deadline per send, backoff, dead letters, at most once per
idempotency key and channel, never twice to a robot); ``list_entries``, ``requeue`` and ``purge``
are what ``radar outbox`` does.
"""

from monitor.notify.channels import (
    Channel,
    DeliveryError,
    EmailChannel,
    FileChannel,
    WebhookChannel,
    configured_channels,
)
from monitor.notify.deliver import DeliveryReport, deliver_pending, retry_dead, warn_stuck
from monitor.notify.message import Notification
from monitor.notify.outbox import OUTBOX, Outbox, OutboxEntry, list_entries, purge, requeue
from monitor.notify.reviews import review_overdue_notice, review_queued_notice

__all__ = [
    "OUTBOX",
    "Channel",
    "DeliveryError",
    "DeliveryReport",
    "EmailChannel",
    "FileChannel",
    "Notification",
    "Outbox",
    "OutboxEntry",
    "WebhookChannel",
    "configured_channels",
    "deliver_pending",
    "list_entries",
    "purge",
    "requeue",
    "retry_dead",
    "review_overdue_notice",
    "review_queued_notice",
    "warn_stuck",
]
