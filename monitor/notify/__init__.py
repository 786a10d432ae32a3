"""Notifications for the PR team: an outbox that loses nothing, and its channels.

``Outbox(store, channels).enqueue(notification, now)`` persists; ``deliver_pending(store,
settings, now)`` sends (backoff, dead letters, at most once per idempotency key and channel).
"""

from monitor.notify.channels import (
    Channel,
    DeliveryError,
    EmailChannel,
    FileChannel,
    WebhookChannel,
    configured_channels,
)
from monitor.notify.deliver import DeliveryReport, deliver_pending, retry_dead
from monitor.notify.message import Notification
from monitor.notify.outbox import OUTBOX, Outbox

__all__ = [
    "OUTBOX",
    "Channel",
    "DeliveryError",
    "DeliveryReport",
    "EmailChannel",
    "FileChannel",
    "Notification",
    "Outbox",
    "WebhookChannel",
    "configured_channels",
    "deliver_pending",
    "retry_dead",
]
