"""Dry runs: a source file's spider and pipelines over one saved page, without a network.

``radar sources check FILE --page SAVED`` and ``radar quarantine retry`` use it: the page is
parsed as the crawl would parse it (same spider, same normalising), and what comes out is
returned instead of stored: the mentions, the items dropped with their reasons, the pages the
crawl would go on to fetch.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from crawlers.items import PageItems
from crawlers.job import CrawlJob, RefResolver
from crawlers.pipelines.normalize import BadItem, job_mention
from crawlers.quarantine import Quarantine
from crawlers.sources import SourceConfig
from radar.schemas import Mention

_RESPONSES: dict[str, type[Response]] = {
    "html": HtmlResponse,
    "json_api": TextResponse,
    "feed": XmlResponse,
    "chat": Response,
}


@dataclass
class DryRun:
    """What one page gave."""

    mentions: list[Mention] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, url)
    follows: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "mentions": [m.model_dump(mode="json") for m in self.mentions],
            "dropped": [{"reason": r, "url": u} for r, u in self.dropped],
            "follows": self.follows,
            "errors": self.errors,
            "incomplete": self.incomplete,
        }


def dry_run(
    source: SourceConfig,
    body: bytes,
    url: str,
    *,
    page: dict[str, Any] | None = None,
    now: datetime | None = None,
    refs: RefResolver | None = None,
    encoding: str | None = None,
) -> DryRun:
    """Parse ``body`` as the page at ``url`` of ``source``.

    ``page`` names the parse step (``{"callback": "parse_detail", "kwargs": {...}}``, as the
    quarantine records it); default: a start page. ``now`` anchors relative times (default:
    the clock).
    """
    from crawlers.spiders import spider_class

    result = DryRun()
    events: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        job = CrawlJob(
            source=source,
            emit=events.append,
            quarantine=Quarantine(Path(tmp)),
            refs=refs or RefResolver(),
            now=now or datetime.now(UTC),
        )
        spider = spider_class(source)(job=job)
        step = (page or {}).get("callback") or "parse_start"
        kwargs = dict((page or {}).get("kwargs") or {})
        callback = getattr(spider, step)
        request = Request(url, callback=callback, cb_kwargs=kwargs)
        kind = _RESPONSES[source.kind]
        options: dict[str, Any] = {"body": body, "request": request}
        if encoding and issubclass(kind, TextResponse):
            options["encoding"] = encoding
        elif kind is TextResponse:
            options["encoding"] = "utf-8"
        response = kind(url, **options)
        pages: list[PageItems] = []
        try:
            for out in callback(response, **kwargs) or ():
                if isinstance(out, PageItems):
                    pages.append(out)
                elif isinstance(out, Request):
                    result.follows.append(out.url)
        except CloseSpider:
            pass
        except Exception as exc:  # the crawl counts this as parse_error; say why here
            result.dropped.append(("parse_error", url))
            result.errors.append(f"parse error: {exc!r}")
        for item_page in pages:
            for raw in item_page.raws:
                try:
                    mention = job_mention(raw, job, item_page.now)
                except BadItem as exc:
                    result.dropped.append((exc.reason, str(raw.get("url") or url)))
                    continue
                result.mentions.append(mention)
    for event in events:
        if event["t"] == "drop":
            result.dropped.append((str(event["reason"]), str(event["url"])))
        elif event["t"] == "error":
            result.errors.append(str(event["msg"]))
        elif event["t"] == "incomplete":
            result.incomplete.append(str(event["why"]))
    return result
