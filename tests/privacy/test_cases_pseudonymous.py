"""Tickets and incident timelines name people by pseudonym only, and export/forget cover them.

A complaint opens a 1-3-5 ticket and the brand's reply is logged on the crisis incident
(``monitor.run_monitor``); neither may keep the author's handle in clear (PIPL art. 6, 73(3)).
The check reads the SQLite file's bytes, as the secrets canary does: once the mentions
themselves are gone (their authors are the one place handles live), no byte of the file may
hold a handle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from community import privacy
from monitor import run_monitor
from monitor.incidents import INCIDENTS, get_incident
from monitor.tickets import TICKETS, get_ticket, open_ticket
from radar.privacy import pseudonym_key, pseudonymise
from radar.schemas import MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story, mention

KEY = "cases-test-key-0123456789abcdef-0123"
COMPLAINER = "投诉人王小明"
BRAND = "邻里鲜官方"  # a brand account of monitor/data/policy.yaml
LIVE = T0 + timedelta(hours=3)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "var", store="sqlite", privacy={"key": KEY})


@pytest.fixture
def store(settings: Settings) -> Iterator[SQLiteStore]:
    opened = SQLiteStore(settings.sqlite_path)
    yield opened
    opened.close()


@pytest.fixture
def monitored(store: SQLiteStore, settings: Settings) -> SQLiteStore:
    """A crisis story with the brand's public reply, and a complaint, after one pass."""
    reply = mention(
        "official",
        at=T0 + timedelta(minutes=12),
        reads=9000,
        label="negative",
        p_neg=0.9,
        categories=("食品安全",),
        parent_id="root",
        author=BRAND,
        text="关于鸡肉拉肚子的致歉说明",
    )
    complaint = mention(
        "c1",
        platform="complaints",
        label="negative",
        p_neg=0.9,
        categories=("退款纠纷",),
        author=COMPLAINER,
        text="退款三天没到账",
    )
    store.upsert_mentions([*food_safety_story(), reply, complaint])
    report = run_monitor(store, settings, LIVE)
    assert report.tickets_opened == ["tkt-c1"] and report.responses_recorded == 1
    return store


def test_ticket_and_response_keep_the_pseudonym_and_mention_id(
    monitored: SQLiteStore, settings: Settings
) -> None:
    key = pseudonym_key(settings.privacy)
    ticket = get_ticket(monitored, "tkt-c1")
    assert ticket is not None
    assert ticket.customer == pseudonymise(COMPLAINER, key) and ticket.mention_id == "c1"
    incident = get_incident(monitored, "inc-root")
    assert incident is not None
    (entry,) = [e for e in incident.timeline if e.event == "brand response"]
    assert entry.by == f"weibo:{pseudonymise(BRAND, key)}" and entry.mention_id == "official"
    assert incident.steps[0].done_by == entry.by


def test_no_handle_in_clear_in_the_file(monitored: SQLiteStore, settings: Settings) -> None:
    path = settings.sqlite_path
    handles = [COMPLAINER.encode(), BRAND.encode()]
    # The mentions hold their authors (pr and admin reveal from there): drop them, as retention
    # eventually does, then rewrite the file so no freed page keeps old bytes.
    ids = [m.id for m in monitored.iter_mentions(MentionQuery())]
    assert monitored.delete_mentions(ids) == len(ids)
    assert monitored.count_docs(TICKETS) == 1 and monitored.count_docs(INCIDENTS) == 1
    monitored.close()
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")
    written = [p for p in path.parent.iterdir() if p.is_file()]
    assert path in written
    assert [p.name for p in written if any(h in p.read_bytes() for h in handles)] == []


def test_a_manual_ticket_stores_its_customer_as_a_pseudonym(store: SQLiteStore) -> None:
    key = b"k" * 32
    ticket = open_ticket(store, "鸡蛋破损", T0, customer="王女士", key=key)
    assert ticket.customer == pseudonymise("王女士", key)
    assert "王女士" not in str(store.get_doc(TICKETS, ticket.id))
    with pytest.raises(ValueError, match="pseudonym key"):
        open_ticket(store, "鸡蛋破损", T0, customer="王女士")
    # Forget by the name finds the manual ticket through its pseudonym.
    receipt = privacy.forget_person(store, "王女士", key, by="admin-1", now=T0)
    assert receipt.redacted == {TICKETS: 1}
    assert store.get_doc(TICKETS, ticket.id).body["subject"] == privacy.REDACTED  # type: ignore[union-attr]


def test_export_and_forget_cover_tickets_and_incidents(
    monitored: SQLiteStore, settings: Settings
) -> None:
    key = pseudonym_key(settings.privacy)
    complainer = privacy.export_person(monitored, COMPLAINER, key, LIVE)
    assert [t["id"] for t in complainer["tickets"]] == ["tkt-c1"]
    assert complainer["incidents"] == []
    brand = privacy.export_person(monitored, BRAND, key, LIVE)
    (incident,) = brand["incidents"]
    assert incident["id"] == "inc-root" and not incident["triggered_by_their_post"]
    assert [e["mention_id"] for e in incident["timeline"]] == ["official"]
    # The root's author triggered the incident: its title quotes their post.
    root = privacy.export_person(monitored, "user-root", key, LIVE)
    assert [i["triggered_by_their_post"] for i in root["incidents"]] == [True]

    receipt = privacy.forget_person(monitored, BRAND, key, by="admin-1", now=LIVE)
    assert receipt.redacted == {INCIDENTS: 1} and receipt.deleted == {"mentions": 1}
    stored = monitored.get_doc(INCIDENTS, "inc-root")
    assert stored is not None and "致歉" not in str(stored.body)
    (entry,) = [e for e in stored.body["timeline"] if e["event"] == "brand response"]
    assert entry["detail"] == privacy.REDACTED and entry["mention_id"] == "official"

    receipt = privacy.forget_person(monitored, "user-root", key, by="admin-1", now=LIVE)
    assert receipt.redacted == {INCIDENTS: 1}
    body = monitored.get_doc(INCIDENTS, "inc-root").body  # type: ignore[union-attr]
    assert "拉肚子" not in body["title"] and body["post_url"] is None

    receipt = privacy.forget_person(monitored, COMPLAINER, key, by="admin-1", now=LIVE)
    assert receipt.redacted == {TICKETS: 1} and receipt.deleted == {"mentions": 1}
    ticket = monitored.get_doc(TICKETS, "tkt-c1").body  # type: ignore[union-attr]
    assert "退款三天" not in str(ticket) and ticket["customer"] == pseudonymise(COMPLAINER, key)


def test_forget_redacts_a_response_logged_in_clear_before(store: SQLiteStore) -> None:
    """Timelines written before pseudonyms held ``platform:handle``: forget finds and fixes them."""
    key = b"k" * 32
    store.put_doc(
        INCIDENTS,
        "inc-old",
        {
            "title": "旧事件",
            "trigger_mention_id": "x",
            "steps": [{"name": "assemble_team", "done_by": f"weibo:{BRAND}"}],
            "timeline": [
                {"at": T0.isoformat(), "event": "brand response", "by": f"weibo:{BRAND}"},
                {"at": T0.isoformat(), "event": "note", "by": "pr-1", "detail": "kept"},
            ],
        },
    )
    receipt = privacy.forget_person(store, BRAND, key, by="admin-1", now=T0)
    assert receipt.redacted == {INCIDENTS: 1}
    body = store.get_doc(INCIDENTS, "inc-old").body  # type: ignore[union-attr]
    assert BRAND not in str(body) and body["timeline"][1]["detail"] == "kept"
    assert body["steps"][0]["done_by"] == f"weibo:{pseudonymise(BRAND, key)}"


def test_legacy_handles_in_clear_are_pseudonymised_once(store: SQLiteStore) -> None:
    """Tickets and timelines stored before pseudonyms: the daily privacy flow's second task."""
    key = b"k" * 32
    store.put_doc(TICKETS, "tkt-old", {"subject": "旧投诉", "customer": COMPLAINER})
    store.put_doc(TICKETS, "tkt-new", {"subject": "新投诉", "customer": pseudonymise("x", key)})
    store.put_doc(
        INCIDENTS,
        "inc-old",
        {
            "title": "旧事件",
            "steps": [
                {"name": "assemble_team", "done_by": f"weibo:{BRAND}"},
                {"name": "follow_up", "done_by": "pr-1"},
            ],
            "timeline": [
                {"at": T0.isoformat(), "event": "brand response", "by": f"weibo:{BRAND}"},
                {"at": T0.isoformat(), "event": "note", "by": "pr-1", "detail": "kept"},
            ],
        },
    )
    assert privacy.pseudonymise_cases(store, key) == {TICKETS: 1, INCIDENTS: 1}
    assert store.get_doc(TICKETS, "tkt-old").body["customer"] == pseudonymise(  # type: ignore[union-attr]
        COMPLAINER, key
    )
    body = store.get_doc(INCIDENTS, "inc-old").body  # type: ignore[union-attr]
    assert BRAND not in str(body)
    assert (
        body["timeline"][0]["by"]
        == body["steps"][0]["done_by"]
        == (f"weibo:{pseudonymise(BRAND, key)}")
    )
    assert body["timeline"][1]["by"] == body["steps"][1]["done_by"] == "pr-1"
    assert privacy.pseudonymise_cases(store, key) == {TICKETS: 0, INCIDENTS: 0}
