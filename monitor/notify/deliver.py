"""Send what the outbox holds: claim, send, record; exponential backoff; dead letters.

``deliver_pending`` is safe to run from several processes at once: an entry is claimed with an
optimistic-version write (status ``sending``, durable) before it is sent, so only one sender gets
it. When a channel cannot be reached at all, or did not answer within the deadline, its other due
entries are deferred to the same retry time without spending an attempt: one probe per backoff
step instead of one timeout per message, and the queue keeps its order. Everything catches up on
the first run after the receiver is back.

Robots (WeCom, DingTalk, Feishu) cannot drop a repeat, so a robot message is sent at most once:
when its outcome is unknown (no complete answer in time, or a sender that crashed mid-send and
left ``sending`` behind) it moves to ``unknown`` and waits for a person (``radar outbox``).
``last_error`` never carries a secret (``channels.scrub``). When the dead letters grow, one
``outbox_dead`` notice goes to every channel (the ones still working carry it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.notify.channels import (
    ROBOT_CHANNELS,
    Channel,
    DeliveryError,
    configured_channels,
    scrub,
)
from monitor.notify.message import Notification
from monitor.notify.outbox import OUTBOX, Outbox, requeue
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
    unknown: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{len(self.sent)} sent, {len(self.retrying)} to retry, "
            f"{len(self.dead)} dead-lettered, "
            f"{len(self.unknown)} outcome unknown (not resent), "
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


#: Said of a robot entry whose sender stopped mid-send.
CRASHED_MID_SEND = "the sender stopped mid-send: the robot may have the message; not resent"


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
        if doc.body["status"] == "sending" and doc.body["channel"] in ROBOT_CHANNELS:
            # Left "sending" by a sender that stopped: a robot cannot drop a repeat.
            claimed = False
            return {**doc.body, "status": "unknown", "last_error": CRASHED_MID_SEND}
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
            doc = store.get_doc(OUTBOX, doc_id)
            if doc is not None and doc.body["status"] == "unknown":
                report.unknown.append(doc_id)
            continue
        body: dict[str, Any] = dict(claimed.body)
        channel = channels.get(body["channel"])
        try:
            if channel is None:
                raise DeliveryError(f"channel {body['channel']!r} is not configured any more")
            channel.send(Notification.model_validate(body["notification"]))
        except DeliveryError as exc:
            error = scrub(str(exc), channel.secrets if channel is not None else ())
            body["attempts"] += 1
            body["last_error"] = error
            report.errors[doc_id] = error
            at_most_once = channel is not None and channel.at_most_once
            if exc.outcome_unknown and at_most_once:
                body["status"] = "unknown"
                report.unknown.append(doc_id)
            elif body["attempts"] >= settings.notify.max_attempts:
                body["status"] = "dead"
                report.dead.append(doc_id)
            else:
                body["status"] = "pending"
                body["next_attempt_ts"] = now.timestamp() + backoff_seconds(
                    body["attempts"], settings.notify.backoff_seconds
                )
                report.retrying.append(doc_id)
            if exc.unreachable or exc.outcome_unknown:
                # Down or too slow: the channel's other entries wait for its next probe.
                down[channel_name] = now.timestamp() + backoff_seconds(
                    max(body["attempts"], 1), settings.notify.backoff_seconds
                )
        else:
            body["attempts"] += 1
            body["status"], body["sent_at"], body["last_error"] = "sent", now.isoformat(), None
            report.sent.append(doc_id)
        store.put_doc(OUTBOX, doc_id, body, expected_version=claimed.version)
    if report.dead or report.unknown:
        warn_stuck(store, list(channels), now)
    return report


#: Outbox state document (``outbox_state``) remembering the stuck count last announced.
STATE = "outbox_state"


def _stuck_count(store: Store) -> int:
    """Dead and unknown entries, not counting the notices about them."""
    total = 0
    for status in ("dead", "unknown"):
        total += store.count_docs(OUTBOX, [Filter(field="status", value=status)])
        total -= store.count_docs(
            OUTBOX,
            [
                Filter(field="status", value=status),
                Filter(field="kind", value="outbox_dead"),
            ],
        )
    return total


def warn_stuck(store: Store, channels: list[str], now: datetime) -> Notification | None:
    """When the dead/unknown entries grew since the last notice, queue one ``outbox_dead``
    notice on every channel (it carries the count; its own failures are not counted, so it
    cannot feed itself). Returns the notice, if one was queued."""
    count = _stuck_count(store)
    announced: list[int] = []

    def bump(doc: StoredDoc | None) -> dict[str, Any] | None:
        announced[:] = [int(doc.body.get("announced", 0)) if doc else 0]
        return {"announced": count} if count != announced[0] else None

    update_doc(store, STATE, "stuck", bump)
    if not announced or count <= announced[0]:
        return None
    notice = Notification(
        key=f"outbox:stuck:{count}",
        kind="outbox_dead",
        severity="high",
        title=f"通知投递失败: {count} 条通知未送达",
        text=f"{count} 条通知已放弃重试或结果未知(机器人渠道不会自动重发)。"
        "请检查渠道配置后用 `radar outbox list` 查看, `radar outbox retry` 重新发送。",
        created_at=now,
        next_step="radar outbox list; 修复渠道后 radar outbox retry",
        fields={"dead": count},
    )
    Outbox(store, channels).enqueue(notice, now)
    return notice


def retry_dead(store: Store, now: datetime) -> int:
    """Requeue every dead-lettered entry (after fixing a channel); returns how many."""
    return len(requeue(store, now, status=("dead",)))
