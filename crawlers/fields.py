"""Field normalisers shared by every spider: counts (3.2万, 1,024, 10w+), text, mention ids."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

from crawlers.paths import get_path
from radar.schemas import stable_id

_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万|w|W|千|k|K|亿)?")
_SCALE = {"万": 10_000, "w": 10_000, "W": 10_000, "千": 1_000, "k": 1_000, "K": 1_000, "亿": 10**8}


def parse_count(value: object) -> int:
    """A display count as an int: ``"阅读 3,826"`` → 3826, ``"1.2万"`` → 12000, missing → 0."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return max(0, int(value))
    match = _COUNT.search(str(value).replace(",", "").replace("，", ""))
    if match is None:
        # Platforms print "转发"/"评论" instead of 0 when nothing happened yet.
        return 0
    return int(float(match[1]) * _SCALE.get(match[2] or "", 1))


def clean_text(value: str | None) -> str:
    """Collapse whitespace (keeping paragraph breaks) and strip zero-width characters."""
    if not value:
        return ""
    value = value.replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in value.splitlines())
    return "\n".join(line for line in lines if line)


def absolute_url(url: str, base: str | None = None) -> str:
    """``url`` resolved against ``base``."""
    return urljoin(base, url) if base else url


def mention_id(platform: str, url: str) -> str:
    """The stored id of the mention at ``url``: ``stable_id(platform, url)``.

    A repost's ``repost_of`` and a reply's ``parent_id`` are computed with this same function from
    the referenced permalink, so they equal the stored id of the referenced mention.
    """
    return stable_id(platform, url)


def strip_fragment(url: str) -> str:
    """The URL without its ``#fragment``."""
    return urldefrag(url)[0]


_URL = re.compile(r"https?://[^\s\"'<>，。！？）)]+")


def find_urls(text: str) -> list[str]:
    """URLs written in a text (chat messages and posts paste links)."""
    return _URL.findall(text or "")


__all__ = [
    "absolute_url",
    "clean_text",
    "find_urls",
    "get_path",
    "mention_id",
    "parse_count",
    "strip_fragment",
]
