"""The storage contract's rules that every backend applies, written once.

* **Cursors.** One codec: url-safe base64 (unpadded) of the JSON list ``[sort, key, id]`` —
  the sort it was made for, the last item's sort key and its id. A cursor made for another
  sort, or with a key of the wrong type, is as malformed as random text: every backend raises
  ``InvalidCursor`` for the same cursors. Mention cursors carry canonical keys (epoch
  microseconds for ``published_at``, the count for ``read_count``), so a cursor means the same
  position on every backend.
* **Names.** Collection names are lowercase identifiers that can also name an Elasticsearch
  index; filter and sort fields are ASCII identifiers (top-level body fields).
* **Page size.** At most ``MAX_PAGE_SIZE`` items per page, below Elasticsearch's default
  ``index.max_result_window`` (10,000) with room for the look-ahead item.
* **Index text.** What the full-text index holds for a mention.
* **Links.** The one link a mention spreads along (``spreading_link``: its repost wins over its
  reply) and how many parent ids one ``mention_links_to`` query carries.

The merge of an incoming mention with the stored one is a kernel rule (``radar.mentions``),
because the crawl stage's in-memory sink applies it too; the brand's time zone is
``radar.timezone``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from radar.schemas import Mention
from store.base import InvalidCursor, InvalidRequest, MentionLink, MentionSort

#: Largest ``limit`` of ``search_mentions``/``find_docs``.
MAX_PAGE_SIZE = 5000
#: Parent ids per query of ``mention_links_to`` (a longer list is split): far below SQLite's
#: bound-parameter limit and Elasticsearch's ``index.max_terms_count`` (65,536).
LINK_PARENTS_PER_QUERY = 500
#: Mention sorts and the store field each orders by (ties broken by id, same direction).
MENTION_SORTS: dict[str, tuple[str, str]] = {
    "published_at_desc": ("published_at", "desc"),
    "published_at_asc": ("published_at", "asc"),
    "read_count_desc": ("read_count", "desc"),
}

_COLLECTION_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_FIELD_RE = re.compile(r"^[A-Za-z0-9_]+$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# ---------------------------------------------------------------------- cursors
def encode_cursor(sort: str, key: Any, last_id: str) -> str:
    """The opaque cursor after the item with sort key ``key`` and id ``last_id``."""
    raw = json.dumps([sort, key, last_id], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """``(key, id)`` of a cursor made for ``sort``; ``InvalidCursor`` otherwise.

    The key must be a JSON scalar or null; the id a string."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        # Strict: a character outside the alphabet is a crafted cursor, not one to skip over.
        raw = base64.b64decode(padded.encode("ascii"), altchars=b"-_", validate=True)
        values = json.loads(raw)
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise InvalidCursor(f"malformed cursor {cursor!r}") from exc
    if not isinstance(values, list) or len(values) != 3:
        raise InvalidCursor(f"malformed cursor {cursor!r}")
    made_for, key, last_id = values
    if made_for != sort:
        raise InvalidCursor(f"malformed cursor {cursor!r} (not made for sort {sort!r})")
    if isinstance(key, list | dict) or not isinstance(last_id, str):
        raise InvalidCursor(f"malformed cursor {cursor!r}")
    if isinstance(key, int) and not -(2**63) <= key < 2**63:  # no backend stores it: crafted
        raise InvalidCursor(f"malformed cursor {cursor!r}")
    return key, last_id


def decode_mention_cursor(cursor: str, sort: MentionSort) -> tuple[int, str]:
    """``(key, id)`` of a ``search_mentions`` cursor: the key is an integer (epoch
    microseconds, or reads)."""
    key, last_id = decode_cursor(cursor, sort)
    if not isinstance(key, int) or isinstance(key, bool):
        raise InvalidCursor(f"malformed cursor {cursor!r}")
    return key, last_id


def mention_cursor(sort: MentionSort, mention: Mention) -> str:
    """The cursor after ``mention`` in a ``search_mentions`` page sorted by ``sort``."""
    field, _ = MENTION_SORTS[sort]
    key = epoch_us(mention.published_at) if field == "published_at" else mention.read_count
    return encode_cursor(sort, key, mention.id)


def epoch_us(moment: datetime) -> int:
    """Microseconds since the epoch (exact: Python datetimes have microsecond precision)."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_epoch_us(value: int) -> datetime:
    """The instant ``epoch_us`` encoded."""
    return _EPOCH + timedelta(microseconds=value)


# ---------------------------------------------------------------------- names and sizes
def check_collection(name: str) -> str:
    """A collection name every backend accepts (it must also name an Elasticsearch index)."""
    if not isinstance(name, str) or not _COLLECTION_RE.match(name):
        raise InvalidRequest(
            f"collection {name!r} cannot name an Elasticsearch index: use lowercase "
            "letters, digits, '_' and '-' (at most 100, not starting with '_' or '-')"
        )
    return name


def check_field(name: str) -> str:
    """A top-level body field usable in a filter or sort (ASCII identifier characters)."""
    if not isinstance(name, str) or not _FIELD_RE.match(name):
        raise InvalidRequest(f"invalid field name {name!r}")
    return name


def is_field_name(name: str) -> bool:
    """Whether ``check_field`` accepts ``name`` (filterable top-level fields)."""
    return bool(_FIELD_RE.match(name))


def check_limit(limit: int) -> int:
    """A page size within ``1..MAX_PAGE_SIZE``."""
    if limit < 1 or limit > MAX_PAGE_SIZE:
        raise InvalidRequest(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {limit}")
    return limit


def check_batch_size(batch_size: int) -> int:
    """An ``iter_mentions`` batch size (at least 1; backends cap it at ``MAX_PAGE_SIZE``)."""
    if batch_size < 1:
        raise InvalidRequest(f"batch_size must be at least 1, not {batch_size}")
    return min(batch_size, MAX_PAGE_SIZE)


# ---------------------------------------------------------------------- full-text index
def index_text(mention: Mention) -> str:
    """What the full-text index holds for a mention: ``nlp.segment.tokenize(title + text)``
    joined by spaces. The understand stage stores that same output in ``tokens``; it is reused
    when it belongs to the current content, otherwise the text is segmented now."""
    return index_texts_later([mention])()[0]


def index_texts_later(mentions: Sequence[Mention]) -> Callable[[], list[str]]:
    """``index_text`` of each mention, segmented in a worker process when the batch is large
    (``nlp.segment_worker``): the returned function gives the texts, so a writer can fill its
    other tables first."""
    from nlp.segment_worker import joined_tokens_later  # jieba: loaded by the writers only

    later = joined_tokens_later([_indexed(m) for m in mentions if not _current_tokens(m)])

    def texts() -> list[str]:
        segmented = iter(later())
        return [
            " ".join(m.tokens or ()) if _current_tokens(m) else next(segmented) for m in mentions
        ]

    return texts


def _current_tokens(mention: Mention) -> bool:
    """The understand stage's tokens belong to the mention's current content."""
    return bool(mention.tokens) and mention.analysed_hash == mention.content_hash


def _indexed(mention: Mention) -> str:
    return f"{mention.title or ''}\n{mention.text}"


# ---------------------------------------------------------------------- links
def spreading_link(
    mention_id: str, repost_of: str | None, parent_id: str | None
) -> MentionLink | None:
    """The link a mention spreads along: the mention it reposts (which wins when both are set),
    else the one it replies to; None for neither. An empty id is no link, as in
    ``monitor.propagation.parent_of``."""
    if repost_of:
        return MentionLink(mention_id, repost_of, "repost")
    if parent_id:
        return MentionLink(mention_id, parent_id, "reply")
    return None
