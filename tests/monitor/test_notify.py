"""Notifications: outbox, real webhook and SMTP receivers, down-then-up, backoff, dead letters."""

from __future__ import annotations

import email
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

from monitor.notify import (
    OUTBOX,
    FileChannel,
    Notification,
    Outbox,
    deliver_pending,
    retry_dead,
)
from radar.schemas import Filter
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.receivers import SmtpReceiver, WebhookReceiver

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def note(key: str, title: str = "危机事件 食品安全") -> Notification:
    return Notification(
        key=key,
        kind="incident_opened",
        severity="critical",
        title=title,
        text="负面帖阅读量超500",
        ref="incidents/inc-1",
        created_at=NOW,
        fields={"reach": 3200},
    )


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    yield receiver
    receiver.stop()


def _settings(tmp_path: Path, smtp: dict[str, Any] | None = None, **notify: Any) -> Settings:
    """Settings with the notify group's fields ``notify`` and the smtp group's ``smtp``."""
    return Settings(
        data_dir=tmp_path / "var", notify={"backoff_seconds": 60, **notify}, smtp=smtp or {}
    )


def _status(store: SQLiteStore) -> dict[str, str]:
    return {d.id: d.body["status"] for d in store.find_docs(OUTBOX, limit=500).items}


def test_webhook_json_sent_once(
    tmp_path: Path, store: SQLiteStore, webhook: WebhookReceiver
) -> None:
    settings = _settings(tmp_path, webhook_url=webhook.url())
    outbox = Outbox(store, ["webhook"])
    assert outbox.enqueue(note("k1"), NOW) == 1
    assert outbox.enqueue(note("k1"), NOW) == 0  # same idempotency key: not queued twice
    report = deliver_pending(store, settings, NOW)
    assert report.sent == ["k1@webhook"]
    assert deliver_pending(store, settings, NOW + timedelta(hours=1)).sent == []
    assert webhook.keys() == ["k1"]
    path, _, body = webhook.received[0]
    assert (
        path == "/hook" and body["title"] == "危机事件 食品安全" and body["fields"]["reach"] == 3200
    )


def test_webhook_down_then_up_loses_nothing(
    tmp_path: Path, store: SQLiteStore, webhook: WebhookReceiver
) -> None:
    settings = _settings(tmp_path, webhook_url=webhook.url())
    webhook.stop()  # the PR team's receiver is down
    outbox = Outbox(store, ["webhook"])
    for i in range(3):
        outbox.enqueue(note(f"down-{i}"), NOW)
    first = deliver_pending(store, settings, NOW)
    assert first.sent == [] and len(first.retrying) == 1 and len(first.deferred) == 2
    assert set(_status(store).values()) == {"pending"}  # nothing lost
    # Before the backoff has passed nothing is tried again.
    assert deliver_pending(store, settings, NOW + timedelta(seconds=30)).retrying == []

    webhook.start()  # back up, same port
    later = deliver_pending(store, settings, NOW + timedelta(seconds=61))
    assert sorted(later.sent) == ["down-0@webhook", "down-1@webhook", "down-2@webhook"]
    assert deliver_pending(store, settings, NOW + timedelta(hours=2)).sent == []
    assert sorted(webhook.keys()) == ["down-0", "down-1", "down-2"]  # each exactly once
    assert set(_status(store).values()) == {"sent"}


def test_backoff_doubles_then_dead_letter(tmp_path: Path, store: SQLiteStore) -> None:
    failing = WebhookReceiver(reply=lambda path, body: (503, {"error": "busy"})).start()
    try:
        settings = _settings(tmp_path, webhook_url=failing.url(), max_attempts=3)
        Outbox(store, ["webhook"]).enqueue(note("flaky"), NOW)
        t = NOW
        delays = []
        for _ in range(3):
            report = deliver_pending(store, settings, t)
            doc = store.get_doc(OUTBOX, "flaky@webhook")
            assert doc is not None
            if doc.body["status"] == "dead":
                break
            delays.append(doc.body["next_attempt_ts"] - t.timestamp())
            t = datetime.fromtimestamp(doc.body["next_attempt_ts"], UTC)
        assert delays == [60.0, 120.0]
        assert report.dead == ["flaky@webhook"]
        assert doc.body["attempts"] == 3 and "HTTP 503" in doc.body["last_error"]
        assert len(failing.received) == 3
        # The dead-letter queue grew: one notice about it is queued (on every channel).
        stuck = store.get_doc(OUTBOX, "outbox:stuck:1@webhook")
        assert stuck is not None and stuck.body["kind"] == "outbox_dead"
        # Dead letters stay (nothing is deleted) and can be requeued once fixed.
        assert retry_dead(store, t) == 1
        assert store.count_docs(OUTBOX, [Filter(field="status", value="pending")]) == 2
    finally:
        failing.stop()


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("wecom", lambda b: b["msgtype"] == "markdown" and "食品安全" in b["markdown"]["content"]),
        (
            "dingtalk",
            lambda b: (
                b["markdown"]["title"] == "危机事件 食品安全"
                and "**【紧急】危机事件 食品安全**" in b["markdown"]["text"]
            ),
        ),
        (
            "feishu",
            lambda b: (
                b["msg_type"] == "interactive"
                and "传播量(阅读): 3200" in b["card"]["elements"][0]["content"]
            ),
        ),
    ],
)
def test_robot_formats(
    tmp_path: Path, store: SQLiteStore, webhook: WebhookReceiver, fmt: str, check: Any
) -> None:
    settings = _settings(tmp_path, **{f"{fmt}_url": webhook.url(f"/{fmt}")})
    Outbox(store, [fmt]).enqueue(note("robot"), NOW)
    assert deliver_pending(store, settings, NOW).sent == [f"robot@{fmt}"]
    path, _, body = webhook.received[0]
    assert path == f"/{fmt}" and check(body)


def test_robot_error_code_is_a_failure(tmp_path: Path, store: SQLiteStore) -> None:
    # Robots answer HTTP 200 with a non-zero code, e.g. DingTalk's keyword check.
    robot = WebhookReceiver(
        reply=lambda p, b: (200, {"errcode": 310000, "errmsg": "keywords not in content"})
    )
    robot.start()
    try:
        settings = _settings(tmp_path, dingtalk_url=robot.url())
        Outbox(store, ["dingtalk"]).enqueue(note("kw"), NOW)
        report = deliver_pending(store, settings, NOW)
        assert report.retrying == ["kw@dingtalk"] and "310000" in report.errors["kw@dingtalk"]
    finally:
        robot.stop()


def test_email_over_real_smtp_down_then_up(tmp_path: Path, store: SQLiteStore) -> None:
    smtp = SmtpReceiver()
    settings = _settings(
        tmp_path,
        smtp={
            "host": "127.0.0.1",
            "port": smtp.port,
            "sender": "radar@brand.cn",
            "recipients": ["pr@brand.cn", "ops@brand.cn"],
        },
    )
    Outbox(store, ["email"]).enqueue(note("mail-1"), NOW)
    down = deliver_pending(store, settings, NOW)  # nothing listens yet
    assert down.retrying == ["mail-1@email"]
    smtp.start()
    try:
        up = deliver_pending(store, settings, NOW + timedelta(minutes=5))
        assert up.sent == ["mail-1@email"]
        assert deliver_pending(store, settings, NOW + timedelta(hours=1)).sent == []
        assert len(smtp.inbox.messages) == 1
        sender, rcpts, raw = smtp.inbox.messages[0]
        assert sender == "radar@brand.cn" and rcpts == ["pr@brand.cn", "ops@brand.cn"]
        msg = email.message_from_bytes(raw, policy=default_policy)
        assert "食品安全" in str(msg["Subject"]) and msg["X-Radar-Idempotency-Key"] == "mail-1"
        assert "负面帖阅读量超500" in msg.get_body().get_content()  # type: ignore[union-attr]
    finally:
        smtp.stop()


def test_concurrent_senders_send_once(
    tmp_path: Path, monitor_settings: Settings, webhook: WebhookReceiver
) -> None:
    settings = monitor_settings.replace(notify={"webhook_url": webhook.url()})
    first = SQLiteStore(settings.sqlite_path)
    Outbox(first, ["webhook"]).enqueue(note("c0"), NOW)
    for i in range(1, 20):
        Outbox(first, ["webhook"]).enqueue(note(f"c{i}"), NOW)
    second = SQLiteStore(settings.sqlite_path)  # another process's connection
    threads = [
        threading.Thread(target=deliver_pending, args=(s, settings, NOW)) for s in (first, second)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first.close()
    second.close()
    assert sorted(webhook.keys()) == sorted(f"c{i}" for i in range(20))


def test_file_channel_when_nothing_configured(tmp_path: Path, store: SQLiteStore) -> None:
    settings = _settings(tmp_path)
    from monitor.notify import configured_channels

    assert list(configured_channels(settings)) == ["file"]
    Outbox(store, ["file"]).enqueue(note("f1"), NOW)
    assert deliver_pending(store, settings, NOW).sent == ["f1@file"]
    written = FileChannel(settings.notify_outbox_dir).path_for(note("f1"))
    assert json.loads(written.read_text("utf-8"))["key"] == "f1"


def test_sender_crash_mid_send_is_retried_after_the_lease(
    tmp_path: Path, store: SQLiteStore, webhook: WebhookReceiver
) -> None:
    from monitor.notify.deliver import CLAIM_LEASE_SECONDS, _claim

    settings = _settings(tmp_path, webhook_url=webhook.url())
    Outbox(store, ["webhook"]).enqueue(note("crash"), NOW)
    assert _claim(store, "crash@webhook", NOW) is not None  # a sender claims it, then dies
    assert deliver_pending(store, settings, NOW + timedelta(seconds=10)).sent == []  # leased
    later = NOW + timedelta(seconds=CLAIM_LEASE_SECONDS + 1)
    assert deliver_pending(store, settings, later).sent == ["crash@webhook"]
    assert webhook.keys() == ["crash"]


def test_unconfigured_channel_is_retried_not_dropped(tmp_path: Path, store: SQLiteStore) -> None:
    Outbox(store, ["wecom"]).enqueue(note("orphan"), NOW)
    report = deliver_pending(store, _settings(tmp_path), NOW)
    assert report.retrying == ["orphan@wecom"]
    assert "not configured" in report.errors["orphan@wecom"]
