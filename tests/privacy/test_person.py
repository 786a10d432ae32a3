"""Export, forget and retention of personal data on every backend (PIPL art. 19, 45, 47)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from community import privacy
from community.handles import pseudonymise_member
from community.models import Event, Interaction, Member, Order, OrderLine
from community.records import EVENTS, INTERACTIONS, MEMBERS, ORDERS, save_records
from radar.privacy import DEVELOPMENT_KEY, pseudonymise
from radar.schemas import Mention, MentionQuery, Sentiment
from store.base import Store

KEY = DEVELOPMENT_KEY
NOW = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)


def mention(i: int, author: str | None, *, days_ago: float = 1, **extra: Any) -> Mention:
    return Mention(
        id=f"m{i}",
        platform=extra.pop("platform", "forum"),
        source="demo-forum",
        url=f"https://example.test/{i}",
        text=f"第{i}条:自提点草莓",
        author=author,
        published_at=NOW - timedelta(days=days_ago),
        **extra,
    )


@pytest.fixture
def people(any_store: Store) -> Store:
    any_store.upsert_mentions(
        [
            mention(1, "Alice"),
            mention(2, "ａlice ", platform="chat"),  # the same person, as the chat writes her
            mention(3, "bob"),
            mention(4, None),
        ]
    )
    joined = NOW - timedelta(days=100)
    members = [
        Member(id="c1", joined_at=joined, store="s1", handle="alice"),
        Member(id="c2", joined_at=joined, store="s1", handle="bob", referred_by="c1"),
    ]
    line = OrderLine(sku="s", category="fruit", amount=Decimal("9.90"))
    save_records(
        any_store,
        [
            *(pseudonymise_member(m, KEY) for m in members),
            Order(id="o1", member_id="c1", store="s1", placed_at=joined, lines=[line]),
            Order(
                id="o2", member_id="c2", store="s1", placed_at=joined, lines=[line], leader_id="c1"
            ),
            Interaction(id="i1", member_id="c1", kind="message", at=joined),
            Event(
                id="e1",
                type="brand_event",
                ring="outer",
                store="s1",
                held_at=joined,
                attendees=["c1", "c2"],
            ),
        ],
    )
    any_store.put_doc(
        privacy.TICKETS,
        "tkt-m1",
        {"subject": "第1条", "text": "第1条:自提点草莓", "customer": "Alice", "mention_id": "m1"},
    )
    return any_store


def test_a_person_is_found_by_member_id_handle_or_pseudonym(people: Store) -> None:
    for who in ("c1", "ALICE", pseudonymise("alice", KEY)):
        person = privacy.find_person(people, who, KEY)
        assert person.member_ids == ["c1"], who
        assert sorted(person.mention_ids) == ["m1", "m2"], who


def test_export_holds_everything_about_the_person_and_nothing_else(people: Store) -> None:
    exported = privacy.export_person(people, "c1", KEY, NOW)
    assert exported["subject"] == pseudonymise("alice", KEY)
    assert sorted(m["id"] for m in exported["mentions"]) == ["m1", "m2"]
    assert [o["id"] for o in exported["crm"][ORDERS]] == ["o1"]
    assert [i["id"] for i in exported["crm"][INTERACTIONS]] == ["i1"]
    assert [e["id"] for e in exported["crm"][EVENTS]] == ["e1"]
    assert [t["mention_id"] for t in exported["tickets"]] == ["m1"]


def test_forget_deletes_everywhere_and_stores_a_receipt(people: Store) -> None:
    receipt = privacy.forget_person(people, "Alice", KEY, by="admin-1", now=NOW)
    assert receipt.deleted == {"mentions": 2, ORDERS: 1, INTERACTIONS: 1, MEMBERS: 1}
    assert receipt.redacted == {privacy.TICKETS: 1, EVENTS: 1, ORDERS: 1, MEMBERS: 1}
    assert receipt.subject == pseudonymise("alice", KEY) and receipt.member_ids == ["c1"]
    # Nothing answers with her any more, on any read or index.
    assert people.get_mentions(["m1", "m2", "m3"])[0].id == "m3"
    assert people.count_mentions(MentionQuery(q="草莓")) == 2
    assert {t.key for t in people.mention_terms("author", MentionQuery())} == {"bob"}
    assert people.get_doc(MEMBERS, "c1") is None and people.get_doc(ORDERS, "o1") is None
    # Others' records stay, without her.
    assert people.get_doc(EVENTS, "e1").body["attendees"] == ["c2"]  # type: ignore[union-attr]
    assert people.get_doc(ORDERS, "o2").body["leader_id"] is None  # type: ignore[union-attr]
    assert people.get_doc(MEMBERS, "c2").body["referred_by"] is None  # type: ignore[union-attr]
    ticket = people.get_doc(privacy.TICKETS, "tkt-m1").body  # type: ignore[union-attr]
    assert "Alice" not in str(ticket) and "草莓" not in str(ticket)
    stored = people.get_doc(privacy.RECEIPTS, receipt.id)
    assert stored is not None and "lice" not in str(stored.body)  # named by pseudonym only
    # Forgetting again finds nothing, and says so.
    assert privacy.forget_person(people, "c1", KEY, by="admin-1", now=NOW).deleted == {}


def test_retention_keeps_the_daily_counts_then_deletes(any_store: Store) -> None:
    negative = Sentiment(label="negative", p_negative=0.9)
    any_store.upsert_mentions(
        [
            mention(1, "a", days_ago=400),
            mention(2, "b", days_ago=400, platform="weibo", sentiment=negative),
            mention(3, "c", days_ago=380),
            mention(4, "d", days_ago=10),
        ]
    )
    receipt = privacy.retain_mentions(any_store, 365, by="cli:test", now=NOW)
    assert receipt.deleted == {"mentions": 3}
    assert receipt.before == privacy.retention_cutoff(NOW, 365)
    assert [m.id for m in any_store.iter_mentions(MentionQuery())] == ["m4"]
    days = any_store.find_docs(privacy.AGGREGATES, sort="date").items
    assert [(d.body["total"], sorted(d.body["platforms"])) for d in days] == [
        (2, ["forum", "weibo"]),
        (1, ["forum"]),
    ]
    assert days[0].body["platforms"]["weibo"]["negative"] == 1
    # Idempotent: a second run finds nothing old.
    assert privacy.retain_mentions(any_store, 365, by="cli:test", now=NOW).deleted == {}
    assert any_store.count_docs(privacy.AGGREGATES) == 2


def test_a_reveal_is_audited_by_pseudonym(any_store: Store) -> None:
    doc = privacy.record_reveal(
        any_store, by="pr-1", mention_id="m1", author="Alice", key=KEY, now=NOW
    )
    assert doc.body == {
        "kind": "reveal",
        "by": "pr-1",
        "at": NOW.isoformat(),
        "mention_id": "m1",
        "author": pseudonymise("alice", KEY),
    }
