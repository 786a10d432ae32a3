"""How an incoming mention merges with the stored one: the upsert rule, written once.

Every place that keeps mentions by id applies this rule: both store backends
(``store.sqlite``, ``store.elasticsearch``) and the crawl stage's in-memory sink
(``crawlers.sink.MemorySink``). It lives in the kernel because the crawlers may not import the
store. The contract suite (tests/store/test_contract.py) pins it on every backend.

* A mention not stored yet is **created**.
* A stored mention whose analysable content (title/text, i.e. ``content_hash``) is unchanged
  keeps its stored analysis (``ANALYSIS_FIELDS``) when the incoming copy carries none (a raw
  re-crawl); incoming analysis replaces it otherwise. When the content changed, the incoming
  analysis fields (usually empty) replace the stored ones, so the mention needs analysis again.
* The result is **unchanged** when it equals the stored document except for the
  ``VOLATILE_FIELDS`` (a re-crawl that only moved ``collected_at``); otherwise **updated**.

Documents are compared in their JSON form (``Mention.model_dump(mode="json")``), which is what
every backend stores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from radar.schemas import Mention

#: Fields the understand stage fills; a raw re-crawl of unchanged content keeps the stored ones.
ANALYSIS_FIELDS = ("tokens", "keywords", "sentiment", "alerts", "analysed_hash", "analysed_at")
#: Fields whose change alone does not make a re-crawled mention "updated".
VOLATILE_FIELDS = ("collected_at",)

MergeOutcome = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True)
class MentionMerge:
    """What storing an incoming mention does: the outcome and the document to keep."""

    outcome: MergeOutcome
    #: The JSON form to store (for ``unchanged``: the incoming copy, equal to the stored one
    #: except for volatile fields; nothing needs to be written).
    document: dict[str, Any]
    #: True when the analysable content differs from the stored one (or nothing was stored):
    #: full-text indexes of the mention must be rebuilt.
    content_changed: bool


def comparable(document: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a mention's JSON form that decides "changed" (volatile fields dropped)."""
    return {k: v for k, v in document.items() if k not in VOLATILE_FIELDS}


def merge_mention(incoming: Mention, stored: Mapping[str, Any] | None) -> MentionMerge:
    """Merge ``incoming`` with the ``stored`` JSON document (None: not stored yet).

    ``stored`` holds the mention's fields only (a backend strips what it derives itself).
    """
    document = incoming.model_dump(mode="json")
    if stored is None:
        return MentionMerge("created", document, content_changed=True)
    content_same = stored.get("content_hash") == document["content_hash"]
    if content_same and document.get("analysed_hash") is None:
        for name in ANALYSIS_FIELDS:
            document[name] = stored.get(name, document[name])
    if comparable(document) == comparable(stored):
        return MentionMerge("unchanged", document, content_changed=False)
    return MentionMerge("updated", document, content_changed=not content_same)


def with_analysis(stored: Mapping[str, Any], analysed: Mention) -> dict[str, Any]:
    """The stored JSON document with ``analysed``'s analysis fields written over it
    (``Store.save_analysis``): everything else stays as stored."""
    merged = dict(stored)
    merged.update(analysed.model_dump(mode="json", include=set(ANALYSIS_FIELDS)))
    return merged
