"""A person's data across the product: find, export, forget; retention; the audit of reveals.

PIPL (个人信息保护法) in the product's terms (docs/privacy.md):

* **Art. 45 (access and copy).** ``export_person`` gathers everything stored about one person:
  the mentions they wrote (posts, comments, chat messages), their CRM records, the complaint
  tickets opened from their posts or naming them as customer, and the incident timeline entries
  about their posts (brand responses).
* **Art. 47 (deletion).** ``forget_person`` deletes those mentions from every backend and index
  (``Store.delete_mentions``), deletes their member record, orders, interactions and 回访
  tasks, removes them from events' attendee lists, snapshots and other records that name them,
  redacts the tickets opened from their posts or naming them, and redacts what incidents keep
  of their posts (the timeline entries of their responses, the title and link of a trigger).
  It returns and stores a ``Receipt``: what was deleted, how many, when and by whom. A receipt
  names the person by pseudonym only.
* **Art. 19 (retention).** ``retain_mentions`` deletes the raw mentions published before the
  retention period, after keeping each deleted day's counts per platform and sentiment
  (``mention_aggregates``): the trend survives, the posts and their authors do not.
* **Art. 6 (minimum necessary).** Authors are shown as pseudonyms; revealing one is audited
  (``record_reveal``, collection ``privacy_audit``). ``pseudonymise_cases`` replaces the handles
  that tickets and incident timelines stored in clear before they used pseudonyms.

The daily ``privacy`` flow (flows/privacy.py) runs ``retain_mentions`` and ``pseudonymise_cases``.

A person is named by a member id, a handle (an author's or a member's chat name, given in clear
and hashed at once) or a pseudonym. Their mentions are found by hashing every author (one pass
over the mentions; requests are rare and the pass is bounded by the retention period).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, Field

from community.records import (
    EVENTS,
    INTERACTIONS,
    MEMBERS,
    ORDERS,
    SNAPSHOTS,
    TASKS,
    mark_changed,
)
from monitor.incidents import INCIDENTS
from monitor.tickets import TICKETS
from radar.privacy import is_pseudonym, pseudonymise
from radar.schemas import Filter, MentionQuery, StoredDoc
from radar.timezone import BRAND_TZ
from store.base import Store, iter_docs
from store.update import update_doc

RECEIPTS = "privacy_receipts"
AUDIT = "privacy_audit"
AGGREGATES = "mention_aggregates"
REDACTED = "[deleted at the person's request]"
_PAGE = 500


class Receipt(BaseModel):
    """What a deletion did (stored in ``privacy_receipts``)."""

    id: str
    kind: Literal["forget", "retain"]
    subject: str | None = Field(
        None, description="The person's pseudonym (forget); None for retention."
    )
    member_ids: list[str] = Field(default_factory=list)
    by: str = Field(description="Who asked: a user name, or 'cli:<os user>'.")
    at: AwareDatetime
    deleted: dict[str, int] = Field(default_factory=dict, description="Collection -> count.")
    redacted: dict[str, int] = Field(default_factory=dict, description="Collection -> count.")
    before: AwareDatetime | None = Field(None, description="Retention: the cut-off instant.")


@dataclass
class Person:
    """Whom a request is about: their pseudonyms and member ids."""

    subject: str
    pseudonyms: set[str]
    member_ids: list[str]
    mention_ids: list[str] = field(default_factory=list)


def find_person(store: Store, who: str, key: bytes) -> Person:
    """The person ``who`` names and their mentions: the member with that id, else the author
    and the members with that handle (``who`` in clear or as a pseudonym)."""
    member = store.get_doc(MEMBERS, who)
    if member is not None:
        members = [member]
        pseudonyms: set[str] = set()
    else:
        pseudonyms = {pseudonymise(who, key)}
        members = list(
            iter_docs(store, MEMBERS, [Filter(field="handle", value=pseudonymise(who, key))])
        )
    handles = sorted({str(d.body["handle"]) for d in members if d.body.get("handle")})
    pseudonyms.update(handles)
    subject = handles[0] if handles else pseudonymise(who, key)
    person = Person(subject=subject, pseudonyms=pseudonyms, member_ids=[d.id for d in members])
    for mention in store.iter_mentions(MentionQuery()):
        if mention.author and pseudonymise(mention.author, key) in pseudonyms:
            person.mention_ids.append(mention.id)
    return person


def _tickets_of(store: Store, person: Person) -> Iterator[StoredDoc]:
    """Tickets opened from the person's posts or naming them as customer (by pseudonym)."""
    seen: set[str] = set()
    filters = [Filter(field="customer", op="in", value=sorted(person.pseudonyms))]
    if person.mention_ids:
        filters.append(Filter(field="mention_id", op="in", value=person.mention_ids))
    for by in filters if person.pseudonyms else filters[1:]:
        for doc in iter_docs(store, TICKETS, [by]):
            if doc.id not in seen:
                seen.add(doc.id)
                yield doc


def _is_theirs(person: Person, key: bytes, by: str | None) -> bool:
    """Whether a timeline ``by`` (``platform:author``) names the person; entries written before
    authors were pseudonymised hold the handle in clear."""
    author = (by or "").partition(":")[2]
    if not author:
        return False
    return (author if is_pseudonym(author) else pseudonymise(author, key)) in person.pseudonyms


def _incident_entries(person: Person, key: bytes, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The timeline entries of an incident about the person's posts (their brand responses)."""
    ids = set(person.mention_ids)
    return [
        e
        for e in body.get("timeline") or ()
        if e.get("mention_id") in ids
        or (e.get("event") == "brand response" and _is_theirs(person, key, e.get("by")))
    ]


def _incidents_of(store: Store, person: Person, key: bytes) -> Iterator[StoredDoc]:
    """Incidents a post of the person triggered, or whose timeline logs one of their posts.
    Incidents are few (one per crisis story): all are read."""
    ids = set(person.mention_ids)
    for doc in iter_docs(store, INCIDENTS):
        if doc.body.get("trigger_mention_id") in ids or _incident_entries(person, key, doc.body):
            yield doc


def _member_filters(member_ids: list[str]) -> list[Filter]:
    return [Filter(field="member_id", op="in", value=member_ids)]


def export_person(store: Store, who: str, key: bytes, now: datetime) -> dict[str, Any]:
    """Everything stored about the person ``who`` names, as JSON (PIPL art. 45)."""
    person = find_person(store, who, key)
    crm: dict[str, list[dict[str, Any]]] = {}
    if person.member_ids:
        crm[MEMBERS] = [
            doc.body for i in person.member_ids if (doc := store.get_doc(MEMBERS, i)) is not None
        ]
        for collection in (ORDERS, INTERACTIONS, TASKS):
            crm[collection] = [
                d.body for d in iter_docs(store, collection, _member_filters(person.member_ids))
            ]
        crm[EVENTS] = [
            d.body
            for d in iter_docs(store, EVENTS)
            if set(d.body.get("attendees") or ()) & set(person.member_ids)
        ]
    mentions = store.get_mentions(person.mention_ids)
    tickets = [d.body for d in _tickets_of(store, person)]
    incidents = [
        {
            "id": d.id,
            "title": d.body.get("title"),
            "triggered_by_their_post": d.body.get("trigger_mention_id") in person.mention_ids,
            "timeline": _incident_entries(person, key, d.body),
        }
        for d in _incidents_of(store, person, key)
    ]
    return {
        "subject": person.subject,
        "exported_at": now.isoformat(),
        "member_ids": person.member_ids,
        "mentions": [m.model_dump(mode="json") for m in mentions],
        "crm": crm,
        "tickets": tickets,
        "incidents": incidents,
    }


def _delete_all(store: Store, collection: str, filters: Sequence[Filter]) -> int:
    ids = [d.id for d in iter_docs(store, collection, filters)]
    return sum(store.delete_doc(collection, i) for i in ids)


def _redact(store: Store, collection: str, doc_id: str, change: Any) -> bool:
    """Apply ``change(body) -> new body or None`` with the read-modify-write helper."""
    changed = False

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal changed
        new = None if doc is None else change(dict(doc.body))
        changed = new is not None
        return new

    update_doc(store, collection, doc_id, apply)
    return changed


def _unlink_member(store: Store, ids: set[str]) -> dict[str, int]:
    """Remove the members from the records of others that name them; counts per collection."""
    counts: dict[str, int] = defaultdict(int)

    def drop_attendees(body: dict[str, Any]) -> dict[str, Any] | None:
        kept = [a for a in body.get("attendees") or () if a not in ids]
        return (
            None if len(kept) == len(body.get("attendees") or ()) else {**body, "attendees": kept}
        )

    def clear(name: str) -> Any:
        def change(body: dict[str, Any]) -> dict[str, Any] | None:
            return {**body, name: None} if body.get(name) in ids else None

        return change

    def drop_from_snapshot(body: dict[str, Any]) -> dict[str, Any] | None:
        members = {k: v for k, v in (body.get("members") or {}).items() if k not in ids}
        warnings = [w for w in body.get("warnings") or () if w.get("member_id") not in ids]
        if len(members) == len(body.get("members") or {}) and len(warnings) == len(
            body.get("warnings") or ()
        ):
            return None
        return {**body, "members": members, "warnings": warnings}

    plan = [
        (EVENTS, None, drop_attendees),
        (ORDERS, "leader_id", clear("leader_id")),
        (MEMBERS, "referred_by", clear("referred_by")),
        (SNAPSHOTS, None, drop_from_snapshot),
    ]
    for collection, by_field, change in plan:
        filters = [Filter(field=by_field, op="in", value=sorted(ids))] if by_field else []
        for doc in list(iter_docs(store, collection, filters)):
            counts[collection] += _redact(store, collection, doc.id, change)
    return dict(counts)


def _redact_incident(person: Person, key: bytes, body: dict[str, Any]) -> dict[str, Any] | None:
    """The incident without what it keeps of the person's posts: their timeline entries say
    REDACTED by their pseudonym, a title quoting their post and its link go."""
    theirs = {id(e) for e in _incident_entries(person, key, body)}
    if not theirs and body.get("trigger_mention_id") not in person.mention_ids:
        return None
    timeline = [
        {**e, "detail": REDACTED, "by": _pseudonymous_by(e.get("by"), key)}
        if id(e) in theirs
        else e
        for e in body.get("timeline") or ()
    ]
    steps = [
        {**s, "done_by": _pseudonymous_by(s.get("done_by"), key)}
        if _is_theirs(person, key, s.get("done_by"))
        else s
        for s in body.get("steps") or ()
    ]
    changed = {**body, "timeline": timeline, "steps": steps}
    if body.get("trigger_mention_id") in person.mention_ids:
        changed.update(title=f"{body.get('category') or '负面舆情'}: {REDACTED}", post_url=None)
    return changed


def _pseudonymous_by(by: str | None, key: bytes) -> str | None:
    """``platform:author`` with the author as a pseudonym."""
    platform, _, author = (by or "").partition(":")
    return f"{platform}:{pseudonymise(author, key)}" if author else by


def forget_person(store: Store, who: str, key: bytes, *, by: str, now: datetime) -> Receipt:
    """Delete the person ``who`` names everywhere (PIPL art. 47); the stored receipt."""
    person = find_person(store, who, key)
    deleted: dict[str, int] = {}
    redacted: dict[str, int] = {}

    def redact_ticket(body: dict[str, Any]) -> dict[str, Any]:
        # The "created" entry of the timeline repeats the subject (the post's first words).
        timeline = [
            {**e, "detail": REDACTED} if e.get("event") == "created" else e
            for e in body.get("timeline") or ()
        ]
        return {
            **body,
            "subject": REDACTED,
            "text": "",
            "customer": person.subject,
            "timeline": timeline,
        }

    tickets = list(_tickets_of(store, person))
    redacted[TICKETS] = sum(_redact(store, TICKETS, d.id, redact_ticket) for d in tickets)
    incidents = list(_incidents_of(store, person, key))
    redacted[INCIDENTS] = sum(
        _redact(store, INCIDENTS, d.id, lambda body: _redact_incident(person, key, body))
        for d in incidents
    )
    if person.mention_ids:
        deleted["mentions"] = store.delete_mentions(person.mention_ids)
    if person.member_ids:
        ids = person.member_ids
        for collection in (ORDERS, INTERACTIONS, TASKS):
            deleted[collection] = _delete_all(store, collection, _member_filters(ids))
        deleted[MEMBERS] = sum(store.delete_doc(MEMBERS, i) for i in ids)
        redacted.update(_unlink_member(store, set(ids)))
        mark_changed(store)  # boards kept by community.board_cache are stale now
    receipt = Receipt(
        id=f"forget-{uuid.uuid4().hex}",
        kind="forget",
        subject=person.subject,
        member_ids=person.member_ids,
        by=by,
        at=now,
        deleted={k: v for k, v in deleted.items() if v},
        redacted={k: v for k, v in redacted.items() if v},
    )
    store.put_doc(RECEIPTS, receipt.id, receipt.model_dump(mode="json"), expected_version=0)
    return receipt


def retention_cutoff(now: datetime, days: int) -> datetime:
    """The start of the brand day ``days`` before ``now``: whole days are aggregated once."""
    local = (now - timedelta(days=days)).astimezone(BRAND_TZ)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _aggregate_day(store: Store, start: datetime) -> None:
    """Keep the day's counts per platform and sentiment, once: a run interrupted after the
    counts were written (and some mentions deleted) must not overwrite them with fewer."""
    day = start.astimezone(BRAND_TZ).date().isoformat()
    if store.get_doc(AGGREGATES, day) is not None:
        return
    window = MentionQuery(since=start, until=start + timedelta(days=1))
    buckets = store.mention_histogram(window, interval="day", split_by="platform")
    platforms = {
        str(b.key): {
            "total": b.total,
            "negative": b.negative,
            "neutral": b.neutral,
            "positive": b.positive,
            "unscored": b.unscored,
        }
        for b in buckets
    }
    body = {
        "date": day,
        "start": start.isoformat(),
        "total": sum(p["total"] for p in platforms.values()),
        "platforms": platforms,
    }
    store.put_doc(AGGREGATES, day, body, expected_version=0)


def retain_mentions(store: Store, days: int, *, by: str, now: datetime) -> Receipt:
    """Delete the mentions published before ``retention_cutoff(now, days)``, day by day, each
    day's counts kept first in ``mention_aggregates`` (PIPL art. 19); the stored receipt."""
    cutoff = retention_cutoff(now, days)
    old = MentionQuery(until=cutoff)
    deleted = 0
    for bucket in store.mention_histogram(old, interval="day"):
        start = bucket.start
        _aggregate_day(store, start)
        window = MentionQuery(since=start, until=min(start + timedelta(days=1), cutoff))
        while True:
            page = store.search_mentions(window, limit=_PAGE, sort="published_at_asc")
            if not page.items:
                break
            removed = store.delete_mentions([m.id for m in page.items])
            if removed == 0:  # nothing left that this store can delete: never spin
                break
            deleted += removed
    receipt = Receipt(
        id=f"retain-{uuid.uuid4().hex}",
        kind="retain",
        by=by,
        at=now,
        deleted={"mentions": deleted} if deleted else {},
        before=cutoff,
    )
    store.put_doc(RECEIPTS, receipt.id, receipt.model_dump(mode="json"), expected_version=0)
    return receipt


def pseudonymise_cases(store: Store, key: bytes) -> dict[str, int]:
    """Replace the author handles that tickets and incident timelines stored in clear before
    they named people by pseudonym (a ticket's ``customer``, a brand response's ``by``);
    returns how many documents changed per collection (0 once done: it is idempotent)."""

    def ticket(body: dict[str, Any]) -> dict[str, Any] | None:
        customer = body.get("customer")
        if not customer or is_pseudonym(customer):
            return None
        return {**body, "customer": pseudonymise(customer, key)}

    def clear_by(entry: dict[str, Any]) -> bool:
        author = (entry.get("by") or "").partition(":")[2]
        return entry.get("event") == "brand response" and bool(author) and not is_pseudonym(author)

    def incident(body: dict[str, Any]) -> dict[str, Any] | None:
        timeline = body.get("timeline") or []
        clear = {e["by"] for e in timeline if clear_by(e)}
        if not clear:
            return None
        fixed = [
            {**e, "by": _pseudonymous_by(e.get("by"), key)} if clear_by(e) else e for e in timeline
        ]
        # The response step was completed "by" the same ``platform:handle``.
        steps = [
            {**st, "done_by": _pseudonymous_by(st["done_by"], key)}
            if st.get("done_by") in clear
            else st
            for st in body.get("steps") or ()
        ]
        return {**body, "timeline": fixed, "steps": steps}

    changed = {TICKETS: 0, INCIDENTS: 0}
    for collection, change in ((TICKETS, ticket), (INCIDENTS, incident)):
        for doc in list(iter_docs(store, collection)):
            if change(doc.body) is not None:
                changed[collection] += _redact(store, collection, doc.id, change)
    return changed


def record_reveal(
    store: Store, *, by: str, mention_id: str, author: str, key: bytes, now: datetime
) -> StoredDoc:
    """Audit one reveal of an author (who, when, which mention and author, by pseudonym)."""
    body = {
        "kind": "reveal",
        "by": by,
        "at": now.isoformat(),
        "mention_id": mention_id,
        "author": pseudonymise(author, key),
    }
    return store.put_doc(AUDIT, f"reveal-{uuid.uuid4().hex}", body, expected_version=0)
