"""Delivery that a PR team can rely on: an overall deadline per send against receivers that
trickle bytes, robots sent at most once, secrets kept out of ``last_error``, Chinese templates
with absolute links, and the dead letters a person acts on (``radar outbox``)."""

from __future__ import annotations

import email
import json
import time
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

from monitor.notify import OUTBOX, Notification, Outbox, deliver_pending, requeue
from monitor.notify.channels import webhook_payload
from monitor.notify.deliver import CLAIM_LEASE_SECONDS, CRASHED_MID_SEND, _claim
from monitor.notify.message import clip
from monitor.notify.outbox import list_entries
from radar.cli import main
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.receivers import SmtpReceiver, TrickleServer, WebhookReceiver

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SLOW_HTTP = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99999\r\n\r\n{"
SECRET = "c0ffee-5ecret-robot-key-1234"


def note(key: str, text: str = "负面帖阅读量超500") -> Notification:
    return Notification(
        key=key,
        kind="incident_opened",
        severity="critical",
        title="危机事件 食品安全",
        text=text,
        ref="incidents/inc-1",
        created_at=NOW,
        post_url="https://weibo.example/5031180912001",
        deadline=NOW + timedelta(minutes=15),
        next_step="15分钟内启动应急小组 (acknowledge)",
        fields={"reach": 3200},
    )


def _settings(tmp_path: Path, smtp: dict[str, Any] | None = None, **notify: Any) -> Settings:
    return Settings(
        data_dir=tmp_path / "var",
        notify={"backoff_seconds": 60, "timeout_seconds": 1.0, **notify},
        smtp=smtp or {},
    )


def _status(store: SQLiteStore, doc_id: str) -> str:
    doc = store.get_doc(OUTBOX, doc_id)
    assert doc is not None
    return str(doc.body["status"])


@pytest.mark.parametrize(
    ("channel", "after"),
    [
        # A robot cannot drop a repeat: the message may have arrived, so it is never resent.
        ("wecom", "unknown"),
        # A webhook gets it again later with the same Idempotency-Key.
        ("webhook", "pending"),
    ],
)
def test_trickling_receiver_cannot_hold_the_flow(
    tmp_path: Path, store: SQLiteStore, channel: str, after: str
) -> None:
    slow = TrickleServer(SLOW_HTTP).start()
    try:
        url_field = "webhook_url" if channel == "webhook" else f"{channel}_url"
        settings = _settings(tmp_path, **{url_field: slow.url(f"/send?key={SECRET}")})
        outbox = Outbox(store, [channel])
        outbox.enqueue(note("slow-1"), NOW)
        outbox.enqueue(note("slow-2"), NOW)
        started = time.monotonic()
        report = deliver_pending(store, settings, NOW)
        elapsed = time.monotonic() - started
        assert elapsed < 5.0  # one deadline (1 s), not one per message, not for ever
        assert slow.connections == 1 and b"slow-1" in slow.requests[0]
        assert _status(store, f"slow-1@{channel}") == after
        assert report.deferred == [f"slow-2@{channel}"]  # the channel waits for its next probe
        error = store.get_doc(OUTBOX, f"slow-1@{channel}").body["last_error"]  # type: ignore[union-attr]
        assert "within 1s" in error and SECRET not in error
        deliver_pending(store, settings, NOW + timedelta(hours=1))
        assert slow.connections == 2  # one probe: the channel is still too slow
        resent = [r for r in slow.requests if b"Idempotency-Key: slow-1" in r]
        if channel == "wecom":
            # Never sent to the robot again by itself; it waits for a person.
            assert len(resent) == 1 and _status(store, "slow-1@wecom") == "unknown"
        else:
            assert len(resent) == 2  # the webhook gets it again, with the same key
    finally:
        slow.stop()


def test_trickling_smtp_server_is_cut_off(tmp_path: Path, store: SQLiteStore) -> None:
    slow = TrickleServer(b"220 slow.example ESMTP " + b"." * 10_000, read_first=False).start()
    try:
        settings = _settings(
            tmp_path, smtp={"host": "127.0.0.1", "port": slow.port, "recipients": ["pr@brand.cn"]}
        )
        Outbox(store, ["email"]).enqueue(note("mail"), NOW)
        started = time.monotonic()
        report = deliver_pending(store, settings, NOW)
        assert time.monotonic() - started < 5.0
        assert report.retrying == ["mail@email"]  # e-mail keeps its Message-ID: it may retry
    finally:
        slow.stop()


def test_robot_crash_mid_send_is_not_resent(tmp_path: Path, store: SQLiteStore) -> None:
    robot = WebhookReceiver().start()
    try:
        settings = _settings(tmp_path, feishu_url=robot.url("/feishu"))
        Outbox(store, ["feishu"]).enqueue(note("crash"), NOW)
        # A sender marks it "sending" (durably, before the send) and dies mid-send.
        assert _claim(store, "crash@feishu", NOW) is not None
        later = NOW + timedelta(seconds=CLAIM_LEASE_SECONDS + 1)
        report = deliver_pending(store, settings, later)
        assert report.sent == [] and report.unknown == ["crash@feishu"]
        assert robot.received == []  # never sent twice on its own
        doc = store.get_doc(OUTBOX, "crash@feishu")
        assert doc is not None and doc.body["last_error"] == CRASHED_MID_SEND
        assert [e.id for e in list_entries(store).items] == ["crash@feishu"]
        # A person decides to send it again.
        assert requeue(store, later, ids=["crash@feishu"]) == ["crash@feishu"]
        # ... with the notice about the stuck delivery, queued when it got stuck.
        sent = deliver_pending(store, settings, later).sent
        assert sorted(sent) == ["crash@feishu", "outbox:stuck:1@feishu"]
        assert len(robot.received) == 2
    finally:
        robot.stop()


def test_secrets_never_in_last_error(tmp_path: Path, store: SQLiteStore) -> None:
    # The robot echoes the URL it was called at (with its key) in a refusal.
    robot = WebhookReceiver(reply=lambda p, b: (500, {"errmsg": f"bad url {p}"})).start()
    try:
        url = robot.url(f"/cgi-bin/webhook/send?key={SECRET}")
        settings = _settings(tmp_path, wecom_url=url)
        Outbox(store, ["wecom"]).enqueue(note("leak"), NOW)
        report = deliver_pending(store, settings, NOW)
        error = report.errors["leak@wecom"]
        assert "HTTP 500" in error and SECRET not in error
        stored = store.get_doc(OUTBOX, "leak@wecom")
        assert stored is not None and SECRET not in json.dumps(stored.body)
    finally:
        robot.stop()
    # Unreachable: the host only.
    Outbox(store, ["dingtalk"]).enqueue(note("down"), NOW)
    settings = _settings(
        tmp_path, dingtalk_url=f"http://127.0.0.1:9/robot/send?access_token={SECRET}"
    )
    report = deliver_pending(store, settings, NOW)
    assert "cannot reach 127.0.0.1:9" in report.errors["down@dingtalk"]
    assert SECRET not in report.errors["down@dingtalk"]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("短文本", 100, "短文本"),
        # Latin words and URLs are kept whole or dropped, never cut inside.
        ("see https://weibo.example/5031180912001 now", 30, "see…"),
        ("hello wonderful world", 17, "hello…"),
        # Each CJK character is a word of its own (3 bytes in UTF-8).
        ("吃了团购的鸡肉拉肚子", 15, "吃了团购…"),
        ("食品安全 food-safety 问题", 20, "食品安全…"),
    ],
)
def test_clip_never_cuts_mid_word(text: str, limit: int, expected: str) -> None:
    clipped = clip(text, limit)
    assert clipped == expected and len(clipped.encode()) <= limit


def test_robot_markdown_is_chinese_with_absolute_links_and_fits() -> None:
    long = "吃了团购的鸡肉拉肚子,食品安全谁管。" * 400 + "https://evidence.example/photo"
    payload = webhook_payload("wecom", note("big", long), "https://radar.brand.cn/")
    content = payload["markdown"]["content"]
    assert len(content.encode()) <= 4096
    assert content.startswith("**【紧急】危机事件 食品安全**")
    for line in (
        "> 严重程度: 紧急",
        "> 截止时间: 2026-11-23 17:15 (北京时间)",
        "> 下一步: 15分钟内启动应急小组 (acknowledge)",
        "> 原帖: [https://weibo.example/5031180912001](https://weibo.example/5031180912001)",
        "> 处理页面: [https://radar.brand.cn/console/incidents/inc-1]"
        "(https://radar.brand.cn/console/incidents/inc-1)",
    ):
        assert line in content
    assert "…" in content and "https://evidence.exam" not in content  # cut between words


def test_email_has_text_and_html_with_links(tmp_path: Path, store: SQLiteStore) -> None:
    smtp = SmtpReceiver().start()
    try:
        settings = _settings(
            tmp_path,
            smtp={"host": "127.0.0.1", "port": smtp.port, "recipients": ["pr@brand.cn"]},
            public_url="https://radar.brand.cn",
        )
        Outbox(store, ["email"]).enqueue(note("mail", "<script>x</script> 拉肚子"), NOW)
        assert deliver_pending(store, settings, NOW).sent == ["mail@email"]
        msg = email.message_from_bytes(smtp.inbox.messages[0][2], policy=default_policy)
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert "处理页面: https://radar.brand.cn/console/incidents/inc-1" in text
        assert "截止时间: 2026-11-23 17:15 (北京时间)" in text
        assert '<a href="https://weibo.example/5031180912001">' in html
        assert "&lt;script&gt;" in html and "<script>" not in html
    finally:
        smtp.stop()


def test_radar_outbox_list_retry_purge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = _settings(tmp_path, max_attempts=1, webhook_url="http://127.0.0.1:9/hook")
    store = SQLiteStore(settings.sqlite_path)
    try:
        Outbox(store, ["webhook"]).enqueue(note("gone"), NOW)
        assert deliver_pending(store, settings, NOW).dead == ["gone@webhook"]
    finally:
        store.close()
    monkeypatch.setenv("RADAR_DATA_DIR", str(settings.data_dir))
    assert main(["outbox", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["gone@webhook", "outbox:stuck:1@webhook"] or [
        r["id"] for r in rows
    ] == ["gone@webhook"]
    assert rows[0]["status"] == "dead" and "cannot reach" in rows[0]["last_error"]
    assert main(["outbox", "retry", "gone@webhook"]) == 0
    assert "1 requeued" in capsys.readouterr().out
    assert main(["outbox", "purge", "--status", "pending", "--yes"]) == 0
    assert "purged" in capsys.readouterr().out
    assert main(["outbox", "list"]) == 0
    assert "no entries" in capsys.readouterr().out


def test_reviewer_notices_go_through_the_outbox(tmp_path: Path, store: SQLiteStore) -> None:
    from monitor.notify import review_overdue_notice, review_queued_notice

    due = NOW + timedelta(hours=48)
    outbox = Outbox(store, ["file"])
    assert outbox.enqueue(review_queued_notice("ad-1", "全网最低价", "legal", due, NOW), NOW) == 1
    assert outbox.enqueue(review_queued_notice("ad-1", "全网最低价", "legal", due, NOW), NOW) == 0
    late = review_overdue_notice("ad-1", "全网最低价", "legal", due, due + timedelta(minutes=1))
    assert outbox.enqueue(late, due) == 1
    settings = _settings(tmp_path, public_url="https://radar.brand.cn")
    assert len(deliver_pending(store, settings, due).sent) == 2
    text = late.as_text("https://radar.brand.cn")
    assert "审核超时 (法务审核)" in text and "https://radar.brand.cn/console/ads/ad-1" in text
