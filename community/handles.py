"""Chat authors linked to members, pseudonymously, and what the monitoring data say about them.

The issue: "The chat-export source already collects group messages: link their authors to members
(by a member handle mapping, pseudonymised like every author)". A member's ``handle`` (their
name in the group chat or on a platform) is never stored as given: intake replaces it with
``pseudonymise(handle, key)``, an HMAC-SHA256 under a secret key, so the CRM holds no chat names
and a leaked CRM cannot be joined to chat names without the key. A mention's ``author`` is
hashed with the same key at the moment of linking, so equal names meet without either side
keeping the other's clear text.

The key: no setting carries it yet (``radar/settings.py`` is owned elsewhere). Until one does,
``handle_key`` returns ``PLACEHOLDER_HANDLE_KEY``, a fixed, public development value: it links
correctly but pseudonymises only against casual reading. Deployments must set a real key there
(docs/community.md, "Chat authors"); changing the key later means re-importing the members.

``member_signals`` reads the mentions of a period once and returns, per linked member, the
reach of their posts (reads + reposts, the KOC influence bridge of seed 001 乐于分享、有影响力)
and the keywords of their group-chat messages (seed 001 兴趣标签 from chat).
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from community.models import Member
from radar.schemas import MentionQuery
from store.base import Store

#: Development stand-in for the handle key (see the module docstring): public, not a secret.
PLACEHOLDER_HANDLE_KEY: Final = b"community-radar/dev-handle-key/not-a-secret"
#: Prefix of a pseudonymised handle (version 1: HMAC-SHA256, first 32 hex digits).
PSEUDONYM_PREFIX: Final = "hh1:"


def handle_key() -> bytes:
    """The key handles are pseudonymised under (the placeholder until a setting carries one)."""
    return PLACEHOLDER_HANDLE_KEY


def is_pseudonym(value: str) -> bool:
    """Whether a handle is already pseudonymised."""
    return value.startswith(PSEUDONYM_PREFIX) and len(value) == len(PSEUDONYM_PREFIX) + 32


def pseudonymise(handle: str, key: bytes) -> str:
    """Keyed hash of a handle (NFKC, trimmed, case-folded first, so 'Ａlice ' meets 'alice');
    an already pseudonymised handle is returned as it is."""
    if is_pseudonym(handle):
        return handle
    normal = unicodedata.normalize("NFKC", handle).strip().casefold()
    digest = hmac.new(key, normal.encode("utf-8"), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:32]


def pseudonymise_member(member: Member, key: bytes) -> Member:
    """The member with its handle pseudonymised (the form the store keeps)."""
    if member.handle is None or is_pseudonym(member.handle):
        return member
    return member.model_copy(update={"handle": pseudonymise(member.handle, key)})


@dataclass
class MemberSignals:
    """What the monitoring data say about one member in a period."""

    reach: int = 0
    chat_keywords: Counter[str] = field(default_factory=Counter)


def member_signals(
    store: Store,
    members: Iterable[Member],
    key: bytes,
    since: datetime,
    until: datetime,
    chat_platforms: tuple[str, ...] = ("chat", "group"),
) -> dict[str, MemberSignals]:
    """Per member id: reach of their mentions and keywords of their chat messages in
    ``[since, until)``, for the members whose pseudonymised handle matches a mention author."""
    by_handle = {m.handle: m.id for m in members if m.handle}
    out: dict[str, MemberSignals] = {}
    for mention in store.iter_mentions(MentionQuery(since=since, until=until)):
        if not mention.author:
            continue
        member_id = by_handle.get(pseudonymise(mention.author, key))
        if member_id is None:
            continue
        signals = out.setdefault(member_id, MemberSignals())
        signals.reach += mention.read_count + mention.repost_count
        if mention.platform in chat_platforms:
            signals.chat_keywords.update(mention.keywords)
    return out
