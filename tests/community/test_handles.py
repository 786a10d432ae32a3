"""Chat authors linked to members through pseudonymised handles: interest tags from chat
keywords and influence from the monitoring data, on each backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from community.handles import (
    PLACEHOLDER_HANDLE_KEY,
    is_pseudonym,
    pseudonymise,
    pseudonymise_member,
)
from community.models import Member
from community.policy import load_policy
from community.records import MEMBERS, save_records
from community.snapshot import refresh
from radar.schemas import Mention
from store.base import Store

NOW = datetime(2026, 6, 1, 4, tzinfo=UTC)
KEY = PLACEHOLDER_HANDLE_KEY


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("西溪宝妈", "西溪宝妈", True),
        ("Alice", " alice ", True),  # trimmed and case-folded
        ("Ａｌｉｃｅ", "alice", True),  # NFKC: full-width letters are the same name
        ("西溪宝妈", "西溪宝爸", False),
    ],
)
def test_pseudonyms_meet_exactly_when_the_names_do(a: str, b: str, same: bool) -> None:
    assert (pseudonymise(a, KEY) == pseudonymise(b, KEY)) is same


def test_a_pseudonym_hides_the_handle_and_depends_on_the_key() -> None:
    hashed = pseudonymise("西溪宝妈", KEY)
    assert is_pseudonym(hashed) and "西溪" not in hashed
    assert pseudonymise(hashed, KEY) == hashed  # pseudonymising twice changes nothing
    assert pseudonymise("西溪宝妈", b"another key") != hashed


def _mention(n: int, author: str, platform: str, keywords: list[str], reads: int) -> Mention:
    return Mention(
        id=f"mn{n}",
        platform=platform,
        source=f"demo-{platform}",
        url=f"https://example.test/{n}",
        text="周末的手冲分享会很棒",
        author=author,
        published_at=NOW - timedelta(days=2),
        read_count=reads,
        keywords=keywords,
    )


def test_chat_keywords_become_interest_tags_of_the_linked_member(any_store: Store) -> None:
    members = [
        Member(id="m1", joined_at=NOW - timedelta(days=200), store="S1", handle="西溪宝妈"),
        Member(id="m2", joined_at=NOW - timedelta(days=200), store="S1"),
    ]
    save_records(any_store, [pseudonymise_member(m, KEY) for m in members])
    stored = any_store.get_doc(MEMBERS, "m1")
    assert stored is not None and stored.body["handle"] == pseudonymise("西溪宝妈", KEY)
    mentions = [
        _mention(1, "西溪宝妈", "chat", ["手冲", "亲子"], 0),
        _mention(2, "西溪宝妈", "chat", ["手冲"], 0),
        _mention(3, "西溪宝妈", "weibo", ["投诉"], 700),  # reach counts, a weibo word is no tag
        _mention(4, "路人甲", "chat", ["拿铁"], 0),  # no member has this handle
    ]
    any_store.upsert_mentions(mentions)
    for m in mentions:
        m.analysed_hash = m.content_hash
    any_store.save_analysis(mentions)
    snapshot, _ = refresh(any_store, NOW, load_policy(), handle_key=KEY)
    assert snapshot.members["m1"].tags == ["手冲", "亲子"]
    assert snapshot.members["m1"].influence == 700
    assert snapshot.members["m2"].tags == [] and snapshot.members["m2"].influence == 0
