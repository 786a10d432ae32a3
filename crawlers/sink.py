"""Where crawled mentions go: the small part of the store interface the collect stage needs.

The crawlers never import ``store`` (a higher layer); the caller passes something with these
methods — ``store.open_store(settings)`` satisfies it. ``MemorySink`` is a real in-process
implementation for pipeline tests and dry runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from radar.mentions import merge_mention
from radar.schemas import Mention, StoredDoc, UpsertResult

#: Document collection of per-source crawl state (watermark, last report).
STATE_COLLECTION = "crawl_state"


@runtime_checkable
class MentionSink(Protocol):
    """Idempotent bulk upsert of mentions plus the generic documents for crawl state."""

    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        """Insert or update by id; unchanged mentions are reported, not rewritten."""
        ...

    def get_doc(self, collection: str, doc_id: str) -> StoredDoc | None:
        """A stored document or None."""
        ...

    def put_doc(
        self,
        collection: str,
        doc_id: str,
        body: dict[str, Any],
        *,
        expected_version: int | None = None,
    ) -> StoredDoc:
        """Create or replace a document."""
        ...


class MemorySink:
    """An in-memory ``MentionSink`` with the store's upsert semantics (``radar.mentions``: the
    same merge every store backend applies)."""

    def __init__(self) -> None:
        self.mentions: dict[str, Mention] = {}
        self.docs: dict[tuple[str, str], StoredDoc] = {}
        self.batches: list[int] = []

    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        self.batches.append(len(mentions))
        result = UpsertResult()
        for mention in {m.id: m for m in mentions}.values():
            old = self.mentions.get(mention.id)
            merge = merge_mention(mention, None if old is None else old.model_dump(mode="json"))
            if merge.outcome == "unchanged":
                result.unchanged += 1
                continue
            if merge.outcome == "created":
                result.created += 1
                result.created_ids.append(mention.id)
                self.mentions[mention.id] = mention
            else:
                result.updated += 1
                result.updated_ids.append(mention.id)
                self.mentions[mention.id] = Mention.model_validate(merge.document)
        return result

    def get_doc(self, collection: str, doc_id: str) -> StoredDoc | None:
        return self.docs.get((collection, doc_id))

    def put_doc(
        self,
        collection: str,
        doc_id: str,
        body: dict[str, Any],
        *,
        expected_version: int | None = None,
    ) -> StoredDoc:
        old = self.docs.get((collection, doc_id))
        version = (old.version if old else 0) + 1
        if expected_version is not None and expected_version != (old.version if old else 0):
            raise ValueError(f"{collection}/{doc_id}: version conflict")
        doc = StoredDoc(collection=collection, id=doc_id, version=version, body=body)
        self.docs[(collection, doc_id)] = doc
        return doc
