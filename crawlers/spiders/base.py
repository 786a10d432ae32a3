"""What every source spider shares: start requests, page checks, error handling, the clock.

Spiders stay declarative: they read the source file's selectors and yield the raw items (dicts)
of each page together as one ``PageItems``; ``crawlers/pipelines`` turns those into ``Mention``
objects, drops bad ones and hands them on.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from crawlers.dates import DateParseError, parse_published
from crawlers.items import PageItems, page_ref
from crawlers.job import CrawlJob
from crawlers.middlewares import RedirectLoop
from crawlers.sources import SourceConfig
from radar.timezone import BRAND_TZ

PROGRESS_EVERY_S = 0.5


def _parse_cookie(header: str) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in header.split(";"))
    return {name: value for name, _, value in pairs if name}


def start_urls(source: SourceConfig, now: datetime, since: datetime | None) -> list[str]:
    """The source's start URLs; with ``slices``, one per time slice (``{slice_start}``,
    ``{slice_end}``), newest first, back to ``since`` or ``slices.count`` slices."""
    spec = source.slices
    if spec is None:
        return list(source.start)
    step = timedelta(hours=spec.hours)
    local = now.astimezone(BRAND_TZ)
    end = local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    urls = []
    for _ in range(spec.count):
        begin = end - step
        for url in source.start:
            urls.append(
                url.replace("{slice_start}", begin.strftime(spec.format)).replace(
                    "{slice_end}", end.strftime(spec.format)
                )
            )
        if since is not None and begin <= since:
            break
        end = begin
    return urls


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
        self._incomplete: set[str] = set()
        headers = {**self.source.headers, **job.secret_headers}
        cookie = headers.pop("Cookie", None)
        self._headers = headers or None
        # Scrapy's cookie middleware replaces a Cookie header with its jar: hand it the cookies.
        self._cookies: Any = _parse_cookie(cookie) if cookie else None
        self._markers = tuple(self.source.login_marker)

    async def start(self) -> AsyncIterator[Any]:
        for url in start_urls(self.source, self.job.now or datetime.now(UTC), self.job.since):
            yield self.follow(url, self.parse_start)

    def parse_start(self, response: Response) -> Any:
        """First response of a start URL."""
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers
    def follow(
        self,
        url: str,
        callback: Callable[..., Any],
        list_page: int | None = None,
        **cb_kwargs: Any,
    ) -> scrapy.Request:
        """A request whose failures are counted, classified and quarantined.

        ``list_page`` numbers the pages of one paginated list or search (for ``page_cap``).
        """
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            cb_kwargs=cb_kwargs,
            headers=self._headers,
            cookies=self._cookies,
            meta={"list_page": list_page} if list_page else None,
        )

    def page_after(self, response: Response) -> int | None:
        """The number of the list page after ``response``; None (reported) past a cap."""
        number = int(response.meta.get("list_page") or 1) + 1
        cap = self.source.page_cap
        if cap is not None and number > cap:
            self.incomplete("page cap")
            return None
        return number if self.may_continue() else None

    def incomplete(self, why: str) -> None:
        """Tell the parent (once per reason) that this source could not read everything."""
        if why not in self._incomplete:
            self._incomplete.add(why)
            self.job.emit({"t": "incomplete", "s": self.name, "why": why})

    def login_wall(self, response: Response) -> bool:
        """False, or (a login wall or captcha: ``login_marker``) quarantine the page, report
        ``login required`` and stop the source by raising ``CloseSpider``."""
        if not self._markers:
            return False
        text = response.text if isinstance(response, TextResponse) else ""
        if not any(m in response.url or m in text for m in self._markers):
            return False
        self.reject(response, "login_required")
        self.incomplete("login required")
        self.job.error(f"login required at {response.url}")
        raise CloseSpider("login_required")  # every further page would be the wall too

    def count_page(self, response: Response) -> None:
        """Count a received page and, now and then, tell the parent."""
        self.pages += 1
        now = time.monotonic()
        if now - self._last_progress > PROGRESS_EVERY_S:
            self._last_progress = now
            self.job.emit({"t": "progress", "s": self.name, "pages": self.pages})

    def may_continue(self) -> bool:
        """False (reported as ``incomplete: page cap``) once ``max_pages`` is reached."""
        cap = self.source.max_pages
        if cap is None or self.pages < cap:
            return True
        self.incomplete("page cap")
        return False

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
        """Reject truncated pages, mis-declared charsets and login walls."""
        if self._markers and self.login_wall(response):
            return False
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
            page=page_ref(response),
        )
        self.job.drop(reason, response.url)

    def on_error(self, failure: Failure) -> None:
        """Classify a failed request; quarantine what was received; never raise."""
        request = failure.request  # type: ignore[attr-defined]
        error = failure.value
        if isinstance(error, HttpError):
            response = error.response
            self.count_page(response)
            # Some walls come with an error status (Xiaohongshu's captcha: 461, Dianping's: 403).
            if self._markers and self.login_wall(response):
                return
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
            if self._markers and any(m in request.url for m in self._markers):
                self.incomplete("login required")  # redirected to an off-site login page
                self.job.error(f"login required at {request.url}")
                raise CloseSpider("login_required")
            if "robots.txt" in message:
                self.job.emit({"t": "robots", "s": self.name, "url": request.url})
                return
            if "DOWNLOAD_MAXSIZE" in message:
                reason = "too_large"  # over max_response_bytes once decompressed
            else:
                reason = "too_many_redirects" if "redirect" in message else "ignored"
        elif isinstance(error, DownloadCancelledError | CancelledError):
            reason = "too_large"  # Scrapy cancels a download past DOWNLOAD_MAXSIZE
        else:
            reason = "network"
        self.job.quarantine.keep(self.name, request.url, reason, b"")
        self.job.drop(reason, request.url)
        self.job.error(f"{reason} at {request.url}: {failure.getErrorMessage()}")
