"""The crawl process: ``python -m crawlers.worker`` reads a job (JSON) on stdin, runs one Scrapy
crawler per source in a single reactor and writes events as JSON lines on stdout.

Scrapy's Twisted reactor cannot be restarted inside a process, so every crawl runs here, in a
child of ``crawlers.run.crawl_sources``; the parent owns the store connection and writes the
mentions in batches. Events: ``items`` (a page's mentions), ``dup`` (how many repeats),
``drop`` (reason, url), ``error``, ``robots``, ``progress`` (pages), ``done`` (per source:
finish reason and stats), ``exit``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from pydantic import TypeAdapter

from crawlers.items import PageItems
from crawlers.job import CrawlJob, Event, LineEmitter, RefResolver
from crawlers.quarantine import Quarantine
from crawlers.settings import source_settings
from crawlers.sources import SourceConfig
from radar.process import die_with_parent, lower_priority

_SOURCE = TypeAdapter(SourceConfig)
#: Close reasons of Scrapy's CloseSpider extension (``max_pages_per_source``, ``max_run_s``).
_CAPS = {"closespider_pagecount": "page cap", "closespider_timeout": "time cap"}


class _SafeEmitter(LineEmitter):
    """Exits at once when the parent is gone (its end of the pipe is closed)."""

    def __call__(self, event: Event) -> None:
        try:
            super().__call__(event)
        except (BrokenPipeError, ValueError):
            os._exit(3)

    def raw(self, line: str) -> None:
        try:
            super().raw(line)
        except (BrokenPipeError, ValueError):
            os._exit(3)


def _count_parse_error(failure: Any, response: Any, spider: Any) -> None:
    """A callback raised (a page shape no selector expected): quarantine, count, go on."""
    spider.reject(response, "parse_error")
    spider.job.error(f"parse error at {response.url}: {failure.getErrorMessage()}")


def _count_item_error(item: Any, response: Any, spider: Any, failure: Any) -> None:
    """A pipeline raised something other than DropItem: count the page's mentions, go on."""
    url = response.url if response is not None else "?"
    for _ in range(item.size if isinstance(item, PageItems) else 1):
        spider.job.drop("item_error", url)
    spider.job.error(f"item error at {url}: {failure.getErrorMessage()}")


def run_job(job: dict[str, Any], out: IO[bytes]) -> None:
    """Run every source of ``job`` to the end, reporting on ``out``."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from crawlers.spiders import spider_class

    emit = _SafeEmitter(out)
    process = CrawlerProcess(job["scrapy"])
    # Scrapy's logging set-up puts its loggers at DEBUG whatever LOG_LEVEL says; then every
    # response and item builds a log record that our handler throws away.
    logging.getLogger("scrapy").setLevel(job["scrapy"].get("LOG_LEVEL", "WARNING"))
    quarantine = Quarantine(
        Path(job["quarantine_dir"]), int(job.get("quarantine_max_bytes") or 1_000_000)
    )
    refs = RefResolver([(p, platform) for p, platform in job["ref_prefixes"]])
    now = datetime.fromisoformat(job["now"]) if job.get("now") else None
    handlers = []  # Scrapy holds signal receivers weakly: keep them alive here
    for raw in job["sources"]:
        source = _SOURCE.validate_python(raw)
        since = job["since"].get(source.name)
        crawl_job = CrawlJob(
            source=source,
            emit=emit,
            quarantine=quarantine,
            refs=refs,
            since=datetime.fromisoformat(since) if since else None,
            now=now,
            secret_headers=dict(job.get("secrets", {}).get(source.name, {})),
        )
        crawler = process.create_crawler(spider_class(source, source_settings(source)))

        def closed(spider: Any, reason: str, crawler: Any = crawler) -> None:
            stats = crawler.stats.get_stats()
            if reason in _CAPS:  # stopped by a cap of the crawl settings, not by the site
                emit({"t": "incomplete", "s": spider.name, "why": _CAPS[reason]})
            emit(
                {
                    "t": "done",
                    "s": spider.name,
                    "reason": reason,
                    "pages": spider.pages,
                    "retries": stats.get("retry/count", 0),
                }
            )

        handlers += [closed, _count_parse_error, _count_item_error]
        crawler.signals.connect(closed, signal=signals.spider_closed)
        crawler.signals.connect(_count_parse_error, signal=signals.spider_error)
        crawler.signals.connect(_count_item_error, signal=signals.item_error)
        process.crawl(crawler, job=crawl_job)
    process.start()
    emit({"t": "exit"})


def main() -> int:
    """Entry point of the crawl process."""
    die_with_parent(signal.SIGKILL)  # a killed ``radar crawl`` leaves no orphan
    job = json.loads(sys.stdin.buffer.read())
    lower_priority(int(job.get("nice") or 0))  # background work: the API answers first
    # The protocol owns the real stdout; stray prints from libraries go to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(job["scrapy"].get("LOG_LEVEL", "WARNING"))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.root.addHandler(handler)
    run_job(job, out)
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
