"""Chat authors linked to members, pseudonymously, and what the monitoring data say about them.

The issue: "The chat-export source already collects group messages: link their authors to members
(by a member handle mapping, pseudonymised like every author)". A member's ``handle`` (their
name in the group chat or on a platform) is never stored as given: intake replaces it with
``pseudonymise(handle, key)``, an HMAC-SHA256 under a secret key, so the CRM holds no chat names
and a leaked CRM cannot be joined to chat names without the key. A mention's ``author`` is
hashed with the same key at the moment of linking, so equal names meet without either side
keeping the other's clear text.

The key is ``RADAR_PRIVACY_KEY`` (``radar.privacy``, the one pseudonymise function of the
product, which the API's author pseudonyms use too); unset outside production it is the public
development key ``PLACEHOLDER_HANDLE_KEY``. Changing the key later means re-importing the
members (docs/community.md, "Chat authors").

``member_signals`` reads the mentions of a period once and returns, per linked member, the
reach of their posts (reads + reposts, the KOC influence bridge of seed 001 乐于分享、有影响力)
and the keywords of their group-chat messages (seed 001 兴趣标签 from chat).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from community.models import Member
from radar.privacy import DEVELOPMENT_KEY, pseudonym_key
from radar.privacy import PSEUDONYM_PREFIX as PSEUDONYM_PREFIX
from radar.privacy import is_pseudonym as is_pseudonym
from radar.privacy import pseudonymise as pseudonymise
from radar.schemas import MentionQuery
from radar.settings import PrivacySettings
from store.base import Store

#: The public development key (``radar.privacy.DEVELOPMENT_KEY``): not a secret.
PLACEHOLDER_HANDLE_KEY: Final = DEVELOPMENT_KEY


def handle_key(settings: PrivacySettings | None = None) -> bytes:
    """The key handles are pseudonymised under: ``RADAR_PRIVACY_KEY`` of ``settings`` (read
    from the environment when not given), or the development key when it is unset."""
    return pseudonym_key(settings if settings is not None else PrivacySettings())


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
