"""What one source's spider and the shared pipelines need to know about the running crawl."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any, Self

from crawlers.fields import mention_id
from crawlers.quarantine import Quarantine
from crawlers.sources import SourceConfig

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

Event = dict[str, Any]


class LineEmitter:
    """Writes events as JSON lines (the child process's protocol to its parent)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        line = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        with self._lock:
            self._stream.write(line)
            self._stream.flush()

    def raw(self, line: str) -> None:
        """Write one pre-encoded line of items (buffered; other events flush it)."""
        with self._lock:
            self._stream.write(line.encode() + b"\n")


@dataclass
class RefResolver:
    """Maps a permalink of any configured platform to the stored id of its mention."""

    prefixes: list[tuple[str, str]] = field(default_factory=list)  # (url prefix, platform)

    def resolve(self, url: str | None) -> str | None:
        """The mention id ``url`` denotes, or None when no platform claims it."""
        if not url:
            return None
        for prefix, platform in self.prefixes:
            if url.startswith(prefix):
                return mention_id(platform, url)
        return None


@dataclass
class CrawlJob:
    """Per-source context shared by the spider and the pipelines."""

    source: SourceConfig
    emit: Callable[[Event], None]
    quarantine: Quarantine
    refs: RefResolver = field(default_factory=RefResolver)
    since: datetime | None = None
    now: datetime | None = None  # injected clock; else the response's Date header
    # Header values from the secrets file or environment: sent, never logged or reported.
    secret_headers: dict[str, str] = field(default_factory=dict, repr=False)

    def emit_raw_items(self, mentions_json: str) -> None:
        """Hand on a page's mentions, already serialised as a JSON array (the hot path)."""
        raw = getattr(self.emit, "raw", None)
        if raw is None:
            self.emit({"t": "items", "s": self.source.name, "m": json.loads(mentions_json)})
        else:
            raw(f'{{"t":"items","s":{json.dumps(self.source.name)},"m":{mentions_json}}}')

    def drop(self, reason: str, url: str) -> None:
        """Tell the parent a page or item was dropped."""
        self.emit({"t": "drop", "s": self.source.name, "reason": reason, "url": url})

    def error(self, message: str) -> None:
        """Tell the parent about a failed request."""
        self.emit({"t": "error", "s": self.source.name, "msg": message})


class JobPipeline:
    """Base of the shared pipelines: remembers its crawler (Scrapy's modern component style)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    @property
    def job(self) -> CrawlJob:
        """The running source's crawl job."""
        job: CrawlJob = self.crawler.spider.job  # type: ignore[union-attr]
        return job
