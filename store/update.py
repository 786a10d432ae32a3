"""One read-modify-write helper over the generic documents (optimistic concurrency).

Every state change of a stored document (an incident step, an alert that grows, an ad decision,
an outbox claim, a user's token) is the same loop: read the document, compute its new body from
what was read, write it back on condition that its version is still the one read, and on a
``VersionConflict`` start again from a fresh read. The loop is bounded; when it is exhausted it
raises ``UpdateConflict`` (a ``VersionConflict``): nothing gives up silently.

``change`` may run several times, once per attempt, so it must not have side effects beyond its
return value (collect events and notices in the closure, reset on each call, and act on them
after ``update_doc`` returns).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from radar.schemas import StoredDoc
from store.base import Store, VersionConflict

#: Attempts before ``update_doc`` raises; enough for a handful of concurrent writers per document.
MAX_ATTEMPTS = 8

M = TypeVar("M", bound=BaseModel)


class UpdateConflict(VersionConflict):
    """A read-modify-write lost the race ``attempts`` times in a row (retry later)."""

    def __init__(self, collection: str, doc_id: str, attempts: int, actual: int | None) -> None:
        super().__init__(collection, doc_id, -1, actual)
        self.attempts = attempts
        self.args = (f"{collection}/{doc_id}: still changing after {attempts} attempts",)


def update_doc(
    store: Store,
    collection: str,
    doc_id: str,
    change: Callable[[StoredDoc | None], dict[str, Any] | None],
    *,
    attempts: int = MAX_ATTEMPTS,
) -> StoredDoc | None:
    """Apply ``change`` to the stored document and write it with the version it was read at.

    ``change`` gets the document (None when it does not exist) and returns the new body, or None
    to write nothing (then the document as read is returned). A new document is created with
    "must not exist yet". Raises ``UpdateConflict`` after ``attempts`` lost races, and whatever
    ``change`` or the store raise (a domain error in ``change`` ends the loop at once).
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    actual: int | None = None
    for _ in range(attempts):
        doc = store.get_doc(collection, doc_id)
        body = change(doc)
        if body is None:
            return doc
        try:
            return store.put_doc(
                collection, doc_id, body, expected_version=doc.version if doc else 0
            )
        except VersionConflict as exc:
            actual = exc.actual
    raise UpdateConflict(collection, doc_id, attempts, actual)


def update_model(
    store: Store,
    collection: str,
    doc_id: str,
    model: type[M],
    change: Callable[[M | None], M | None],
    *,
    attempts: int = MAX_ATTEMPTS,
) -> M | None:
    """``update_doc`` over a typed body: ``change`` gets and returns the pydantic model.

    The body is validated into ``model`` on read and dumped as JSON on write; returns the model
    as stored (or as read when ``change`` returned None).
    """

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        new = change(model.model_validate(doc.body) if doc else None)
        return None if new is None else new.model_dump(mode="json")

    stored = update_doc(store, collection, doc_id, apply, attempts=attempts)
    return None if stored is None else model.model_validate(stored.body)
