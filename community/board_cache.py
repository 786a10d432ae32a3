"""Boards computed from the CRM records, kept in the store until the records change.

The KPI board of a month and store (``community.board.compute_board``) is a pure function of
the CRM records, the policy, the month, the store and the instant it is computed at; over the
demo's 3,000 members it takes seconds (loading 67,000 records is most of it), so a page cannot
compute it per request. One document per (month, store) in ``crm_board_cache`` keeps the last
board computed, with what it was computed from:

* ``key``: the records' ``community.records.data_version`` (collection counts and the change
  token ``save_records`` renews), a digest of the policy, and ``FORMAT``;
* ``valid_from`` / ``valid_until``: the instants between which the board is the same for any
  ``now`` (``community.board.validity``): after a month has ended it changes only when one of
  its events' outcome window ends, so such a board is served exactly;
* ``moving``: a month in progress is computed as of ``now`` (its ``as_of``), so the board of
  ``computed_at`` is served only up to ``max_age`` later, its ``as_of`` saying when.

An entry whose key differs, or whose validity does not hold ``now``, is recomputed and replaced.
Bump ``FORMAT`` when what ``compute_board`` returns changes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from pydantic import AwareDatetime, BaseModel, ValidationError

from community.policy import CommunityPolicy
from store.base import Store

CACHE = "crm_board_cache"
#: What the cached bodies hold; a change of ``compute_board``'s output bumps it.
FORMAT = 1


class Entry(BaseModel):
    """A cached body and when it holds."""

    key: str
    computed_at: AwareDatetime
    valid_from: AwareDatetime
    valid_until: AwareDatetime | None
    moving: bool
    body: dict[str, Any]


def cache_key(data_version: str, policy: CommunityPolicy) -> str:
    """What a cached body was computed from: the records, the policy, the format."""
    digest = hashlib.sha256(policy.model_dump_json().encode()).hexdigest()[:16]
    return f"{FORMAT}/{data_version}/{digest}"


def lookup(
    store: Store, doc_id: str, key: str, now: datetime, max_age: timedelta
) -> dict[str, Any] | None:
    """The cached body if it was computed from ``key`` and holds at ``now``."""
    doc = store.get_doc(CACHE, doc_id)
    if doc is None:
        return None
    try:
        entry = Entry.model_validate(doc.body)
    except ValidationError:
        return None  # an older layout: recompute
    if entry.key != key or now < entry.valid_from:
        return None
    if entry.valid_until is not None and now >= entry.valid_until:
        return None
    if entry.moving and now - entry.computed_at > max_age:
        return None
    return entry.body


def keep(store: Store, doc_id: str, entry: Entry) -> None:
    """Replace the cached entry (the last writer wins: every writer's entry is correct)."""
    store.put_doc(CACHE, doc_id, entry.model_dump(mode="json"))
