"""Raw item → ``Mention``: the one place that decides whether an item is good enough to keep."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.dates import DateParseError, parse_published
from crawlers.fields import clean_text, find_urls, mention_id, parse_count
from crawlers.items import PageItems, page_ref
from crawlers.job import CrawlJob, JobPipeline, RefResolver
from radar.schemas import Mention

_REQUIRED = ("text", "published_at")
_COUNTS = ("read_count", "like_count", "comment_count", "repost_count")
#: Fields some platforms show that the Mention has no slot for; kept as labelled text lines
#: (a review's star rating carries sentiment the words may not).
_TEXT_LABELS = {"status": "处理状态", "demand": "诉求", "rating": "评分"}


# How platforms label a post's IP region: Weibo "发布于 浙江", Xiaohongshu/Douyin "IP属地：浙江".
_REGION_LABEL = re.compile(r"^(?:发布于|IP属地)\s*[：:]?\s*")


def region_name(value: object) -> str:
    """The region a platform prints, without its label (``发布于 浙江`` → ``浙江``)."""
    return _REGION_LABEL.sub("", clean_text(str(value or "")))


class BadItem(ValueError):
    """An item that cannot become a mention; ``reason`` is a short, countable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def build_mention(
    raw: dict[str, Any],
    *,
    source: str,
    platform: str,
    refs: RefResolver,
    now: datetime,
    default_region: str | None = None,
) -> Mention:
    """Validate and normalise one raw item; raise ``BadItem`` with a reason code.

    ``parent_id``/``repost_of`` come from ``parent_url``/``repost_of_url`` (same platform) or,
    for cross-platform citations, from ``ref_url`` or the first link in the text that a
    configured platform claims (``RefResolver``).
    A spider marks an item it could not read (a template path the item lacks) with ``_error``.
    """
    if "_error" in raw:
        raise BadItem(str(raw["_error"]))
    for name in raw.get("_required", _REQUIRED):
        if raw.get(name) in (None, ""):
            raise BadItem(f"missing_field:{name}")
    url = str(raw["url"]) if raw.get("url") else None
    if not url:
        raise BadItem("missing_field:url")
    try:
        published = parse_published(raw["published_at"], now)
    except DateParseError as exc:
        raise BadItem("bad_date", str(exc)) from None
    text = clean_text(str(raw.get("text") or ""))
    extras = [f"{label}：{raw[key]}" for key, label in _TEXT_LABELS.items() if raw.get(key)]
    if extras:
        text = "\n".join([text, *extras])
    own_id = mention_id(platform, url)
    parent_id = mention_id(platform, str(raw["parent_url"])) if raw.get("parent_url") else None
    repost_of = refs.resolve(raw.get("repost_of_url")) or (
        mention_id(platform, str(raw["repost_of_url"])) if raw.get("repost_of_url") else None
    )
    if repost_of is None:
        candidates = [raw.get("ref_url"), *find_urls(text)]
        repost_of = next((r for r in map(refs.resolve, candidates) if r and r != own_id), None)
    try:
        return Mention(
            id=own_id,
            platform=platform,
            source=source,
            url=url,
            title=clean_text(raw.get("title")) or None,
            text=text,
            author=clean_text(str(raw.get("author") or "")) or None,
            published_at=published,
            collected_at=datetime.now(UTC),
            **{name: parse_count(raw.get(name)) for name in _COUNTS},
            parent_id=parent_id if parent_id != own_id else None,
            repost_of=repost_of,
            region=region_name(raw.get("region")) or default_region,
            shop=clean_text(str(raw.get("shop") or "")) or None,
        )
    except ValidationError as exc:
        raise BadItem("invalid_item", str(exc.errors()[0]["msg"])) from None


def job_mention(raw: dict[str, Any], job: CrawlJob, now: datetime) -> Mention:
    """``build_mention`` for an item of ``job``'s source (what the pipeline and
    ``radar sources check`` both store)."""
    source = job.source
    return build_mention(
        raw,
        source=source.name,
        platform=source.platform,
        refs=job.refs,
        now=now,
        default_region=source.region,
    )


class NormalizePipeline(JobPipeline):
    """Builds a page's mentions; drops bad ones with their reason and quarantines the page once."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._quarantined: set[str] = set()

    def process_item(self, page: PageItems) -> PageItems:
        job = self.job
        for raw in page.raws:
            try:
                mention = job_mention(raw, job, page.now)
            except BadItem as exc:
                self._reject(page, exc.reason)
                continue
            except Exception as exc:  # a bug must cost this mention only, and be reported
                job.drop("item_error", page.page_url)
                job.error(f"item error at {page.page_url}: {exc!r}")
                continue
            page.mentions.append(mention)
        if not page.mentions:
            raise DropItem(f"no usable mention at {page.page_url}")
        return page

    def _reject(self, page: PageItems, reason: str) -> None:
        job, response = self.job, page.response
        if response is not None and page.page_url not in self._quarantined:
            self._quarantined.add(page.page_url)
            job.quarantine.keep(
                job.source.name,
                page.page_url,
                reason,
                response.body,
                status=response.status,
                content_type=response.headers.get(b"Content-Type", b"").decode("latin-1"),
                page=page_ref(response),
            )
        job.drop(reason, page.page_url)
