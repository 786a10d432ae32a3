"""Where the CRM keeps its records: generic documents of the ``Store`` interface.

One collection per record kind (``crm_members``, ``crm_orders``, ``crm_interactions``,
``crm_events``), document id = record id, body = the record as JSON (so ``find_docs`` can filter
on its top-level fields: ``store``, ``member_id``, ``placed_at``…). Daily snapshots
(``crm_snapshots``) and 回访 tasks (``crm_tasks``) are written by ``community.snapshot`` and
``community.churn``. Saving is idempotent by id: a record equal to the stored one is not written.

``data_version`` names the state of the four record collections (their counts and a token that
``save_records`` renews around every change), so what is computed from them can be cached
(``community.board_cache``); deleting a record changes its collection's count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from uuid import uuid4

from community.models import CrmRecord, Event, Interaction, Member, Order
from store.base import Store, iter_docs

MEMBERS = "crm_members"
ORDERS = "crm_orders"
INTERACTIONS = "crm_interactions"
EVENTS = "crm_events"
SNAPSHOTS = "crm_snapshots"
TASKS = "crm_tasks"

RecordKind = Literal["members", "orders", "interactions", "events"]

#: Record kind -> (collection, model).
KINDS: dict[str, tuple[str, type[CrmRecord]]] = {
    "members": (MEMBERS, Member),
    "orders": (ORDERS, Order),
    "interactions": (INTERACTIONS, Interaction),
    "events": (EVENTS, Event),
}

R = TypeVar("R", Member, Order, Interaction, Event)

_PAGE = 1000
#: Where the change token lives (``data_version``).
META = "crm_meta"
_VERSION_DOC = "data-version"


@dataclass
class SaveCounts:
    """What a save did, by outcome."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: list[str] = field(default_factory=list)


def collection_of(record: CrmRecord) -> str:
    """The collection a record lives in."""
    for collection, model in KINDS.values():
        if isinstance(record, model):
            return collection
    raise TypeError(f"not a CRM record: {type(record).__name__}")


def save_records(store: Store, records: Iterable[CrmRecord]) -> SaveCounts:
    """Create or replace each record by id; an unchanged record is not written (idempotent)."""
    counts = SaveCounts()
    for record in records:
        collection = collection_of(record)
        body: dict[str, Any] = record.model_dump(mode="json")
        stored = store.get_doc(collection, record.id)
        if stored is not None and stored.body == body:
            counts.unchanged += 1
            continue
        if not counts.ids:
            mark_changed(store)  # before the first write: a reader in between sees a new version
        store.put_doc(collection, record.id, body)
        if stored is None:
            counts.created += 1
        else:
            counts.updated += 1
        counts.ids.append(record.id)
    if counts.ids:
        mark_changed(store)  # and after the last one, so a reader during the save is not kept
    return counts


def mark_changed(store: Store) -> None:
    """Renew the change token of ``data_version`` (any writer of CRM records calls this)."""
    store.put_doc(META, _VERSION_DOC, {"token": uuid4().hex})


def data_version(store: Store) -> str:
    """The state of the CRM records: each collection's count and the change token."""
    doc = store.get_doc(META, _VERSION_DOC)
    counts = ",".join(str(store.count_docs(c)) for c, _ in KINDS.values())
    return f"{counts}/{doc.body.get('token') if doc else '-'}"


def iter_records(store: Store, model: type[R]) -> Iterator[R]:
    """Every stored record of one kind, by id."""
    collection = next(c for c, m in KINDS.values() if m is model)
    for doc in iter_docs(store, collection, batch_size=_PAGE):
        yield model.model_validate(doc.body)


@dataclass
class CrmData:
    """All CRM records, loaded once for a computation."""

    members: list[Member]
    orders: list[Order]
    interactions: list[Interaction]
    events: list[Event]


def load_crm(store: Store) -> CrmData:
    """Every member, order, interaction and event in the store."""
    return CrmData(
        members=list(iter_records(store, Member)),
        orders=list(iter_records(store, Order)),
        interactions=list(iter_records(store, Interaction)),
        events=list(iter_records(store, Event)),
    )
