"""Scrapy settings, taken from the crawl group of the one settings object (``settings.crawl``).

``scrapy_settings(settings.crawl)`` is what ``crawlers.run`` hands to the crawl process, with a
source's own overrides (``source_settings``) on top; nothing here reads the environment.
"""

from __future__ import annotations

from typing import Any

from crawlers.pipelines import ITEM_PIPELINES as _PIPELINES
from crawlers.sources import SourceConfig
from radar.settings import CrawlSettings


def scrapy_settings(crawl: CrawlSettings) -> dict[str, Any]:
    """The Scrapy settings of a crawl under the crawl settings ``crawl``."""
    return {
        "BOT_NAME": "community-radar",
        "SPIDER_MODULES": ["crawlers.spiders"],
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "CONCURRENT_REQUESTS": max(16, 4 * crawl.concurrency_per_domain),
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "DOWNLOAD_DELAY": crawl.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": crawl.autothrottle_start_delay,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": crawl.autothrottle_target_concurrency,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": crawl.retry_times,
        "DOWNLOAD_TIMEOUT": crawl.timeout_s,
        # Scrapy checks both while downloading and while decompressing (HttpCompression
        # middleware), so a 400 kB gzip bomb stops at the limit instead of inflating to 400 MB.
        "DOWNLOAD_MAXSIZE": crawl.max_response_bytes,
        "DOWNLOAD_WARNSIZE": crawl.max_response_bytes // 4,
        # One crawler per source: these cap each source's run (the CloseSpider extension).
        "CLOSESPIDER_PAGECOUNT": crawl.max_pages_per_source,
        "CLOSESPIDER_TIMEOUT": crawl.max_run_s,
        # Keep truncated bodies (flagged "dataloss") so they can be quarantined, not lost.
        "DOWNLOAD_FAIL_ON_DATALOSS": False,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": True,
        # The pipelines are synchronous: Scrapy's default of 100 parallel item workers only
        # costs 100 asyncio tasks per response (a third of the crawl's CPU in bench/crawl.py).
        "CONCURRENT_ITEMS": 4,
        # Scrapy re-reads a callback's source per response to warn about ``return`` in
        # generators (its cache misses on bound methods); ruff/mypy already cover that.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "ITEM_PIPELINES": dict(_PIPELINES),
        "DOWNLOADER_MIDDLEWARES": {"crawlers.middlewares.RedirectLoopMiddleware": 650},
        "DEFAULT_DROPITEM_LOG_LEVEL": "DEBUG",  # drops are counted in the report instead
        "LOG_LEVEL": "WARNING",
        "LOGSTATS_INTERVAL": 0,
        "LOG_INSTALL_ROOT_HANDLER": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "FEED_EXPORT_ENCODING": "utf-8",
    }


def source_settings(source: SourceConfig) -> dict[str, Any]:
    """Per-source overrides from its file (politeness for one site)."""
    overrides: dict[str, Any] = {}
    if source.download_delay is not None:
        overrides["DOWNLOAD_DELAY"] = source.download_delay
    if source.concurrency is not None:
        overrides["CONCURRENT_REQUESTS_PER_DOMAIN"] = source.concurrency
    if source.obey_robots is not None:
        overrides["ROBOTSTXT_OBEY"] = source.obey_robots
    return overrides
