"""What every source spider shares: start requests, page checks, error handling, the clock.

Spiders stay declarative: they read the source file's selectors and yield the raw items (dicts)
of each page together as one ``PageItems``; ``crawlers/pipelines`` turns those into ``Mention``
objects, drops bad ones and hands them on.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers.dates import DateParseError, parse_published
from crawlers.items import PageItems
from crawlers.job import CrawlJob
from crawlers.middlewares import RedirectLoop

PROGRESS_EVERY_S = 0.5


class SourceSpider(scrapy.Spider):
    """Base of the four spider kinds; one instance crawls one configured source."""

    kind: ClassVar[str] = ""

    def __init__(self, job: CrawlJob, **kwargs: Any) -> None:
        super().__init__(name=job.source.name, **kwargs)
        self.job = job
        self.source = job.source
        hosts = {urlsplit(u).hostname for u in self.source.start if u.startswith("http")}
        self.allowed_domains = sorted(h for h in hosts if h)
        self.pages = 0
        self._last_progress = 0.0

    async def start(self) -> AsyncIterator[Any]:
        for url in self.source.start:
            yield self.follow(url, self.parse_start)

    def parse_start(self, response: Response) -> Any:
        """First response of a start URL."""
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers
    def follow(self, url: str, callback: Callable[..., Any], **cb_kwargs: Any) -> scrapy.Request:
        """A request whose failures are counted, classified and quarantined."""
        return scrapy.Request(url, callback=callback, errback=self.on_error, cb_kwargs=cb_kwargs)

    def count_page(self, response: Response) -> None:
        """Count a received page and, now and then, tell the parent."""
        self.pages += 1
        now = time.monotonic()
        if now - self._last_progress > PROGRESS_EVERY_S:
            self._last_progress = now
            self.job.emit({"t": "progress", "s": self.name, "pages": self.pages})

    def may_continue(self) -> bool:
        """False once the source's ``max_pages`` cap is reached."""
        cap = self.source.max_pages
        return cap is None or self.pages < cap

    def page_now(self, response: Response) -> datetime:
        """The clock relative times on this page refer to: injected, else the ``Date`` header."""
        if self.job.now is not None:
            return self.job.now
        cached = response.meta.get("_radar_now") if response.request is not None else None
        if isinstance(cached, datetime):
            return cached
        now = datetime.now(UTC)
        header = response.headers.get(b"Date")
        if header:
            with contextlib.suppress(TypeError, ValueError):
                now = parsedate_to_datetime(header.decode("latin-1"))
        if response.request is not None:
            response.meta["_radar_now"] = now
        return now

    def published(self, value: Any, response: Response) -> datetime | None:
        """A publication time for the incremental stop rule (None when unreadable)."""
        if value in (None, ""):
            return None
        try:
            return parse_published(value, self.page_now(response))
        except DateParseError:
            return None

    def is_recent(self, when: datetime | None) -> bool:
        """Inside the incremental window (unknown times count as recent)."""
        return self.job.since is None or when is None or when >= self.job.since

    def raw_item(self, **fields: Any) -> dict[str, Any]:
        """A raw item: the extracted fields (``_required`` names those it cannot do without)."""
        return fields

    def page_items(self, response: Response, raws: list[dict[str, Any]]) -> PageItems:
        """The one item a page yields: its raw items, with the page's clock and response."""
        return PageItems(response.url, self.page_now(response), raws, response)

    def check_page(self, response: Response, complete_marker: str | None = None) -> bool:
        """Reject truncated pages and pages whose bytes do not match their declared charset."""
        reason = None
        if "dataloss" in response.flags:
            reason = "truncated"
        elif isinstance(response, TextResponse):
            text = response.text
            if "\ufffd" in text and b"\xef\xbf\xbd" not in response.body:
                reason = "charset_mismatch"
            elif complete_marker and complete_marker not in text:
                reason = "truncated"
        if reason is None:
            return True
        self.reject(response, reason)
        return False

    def reject(self, response: Response, reason: str) -> None:
        """Quarantine a page and report it dropped."""
        self.job.quarantine.keep(
            self.name,
            response.url,
            reason,
            response.body,
            status=response.status,
            headers={
                k.decode(): (v[0] or b"").decode("latin-1")
                for k, v in response.headers.items()
                if v
            },
            content_type=(response.headers.get(b"Content-Type") or b"").decode("latin-1"),
        )
        self.job.drop(reason, response.url)

    def on_error(self, failure: Failure) -> None:
        """Classify a failed request; quarantine what was received; never raise."""
        request = failure.request  # type: ignore[attr-defined]
        error = failure.value
        if isinstance(error, HttpError):
            response = error.response
            self.count_page(response)
            self.reject(response, f"http_{response.status}")
            self.job.error(f"HTTP {response.status} at {response.url}")
            return
        if isinstance(error, RedirectLoop):
            response = error.response
            self.reject(response, "redirect_loop")
            self.job.error(f"redirect loop at {request.url}")
            return
        if isinstance(error, IgnoreRequest):
            message = str(error)
            if "robots.txt" in message:
                self.job.emit({"t": "robots", "s": self.name, "url": request.url})
                return
            reason = "too_many_redirects" if "redirect" in message else "ignored"
        else:
            reason = "network"
        self.job.quarantine.keep(self.name, request.url, reason, b"")
        self.job.drop(reason, request.url)
        self.job.error(f"{reason} at {request.url}: {failure.getErrorMessage()}")
