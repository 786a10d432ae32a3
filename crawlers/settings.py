"""Scrapy settings, taken from the one ``radar.settings.Settings`` object.

``scrapy_settings(settings)`` is what ``crawlers.run`` hands to the crawl process; the module
level names below make ``crawlers`` a regular Scrapy project too (``scrapy.cfg`` points here),
built from the environment the same way.
"""

from __future__ import annotations

from typing import Any

from crawlers.pipelines import ITEM_PIPELINES as _PIPELINES
from crawlers.sources import SourceConfig
from radar.settings import Settings


def scrapy_settings(settings: Settings) -> dict[str, Any]:
    """The Scrapy settings of a crawl under ``settings``."""
    return {
        "BOT_NAME": "community-radar",
        "SPIDER_MODULES": ["crawlers.spiders"],
        "USER_AGENT": settings.crawl_user_agent,
        "ROBOTSTXT_OBEY": settings.crawl_obey_robots,
        "CONCURRENT_REQUESTS": max(16, 4 * settings.crawl_concurrency_per_domain),
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.crawl_concurrency_per_domain,
        "DOWNLOAD_DELAY": settings.crawl_download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": settings.crawl_autothrottle,
        "AUTOTHROTTLE_START_DELAY": settings.crawl_autothrottle_start_delay,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": settings.crawl_autothrottle_target_concurrency,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": settings.crawl_retry_times,
        "DOWNLOAD_TIMEOUT": settings.crawl_timeout_s,
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


def _from_environment() -> Settings:
    try:
        return Settings()
    except ValueError:  # a broken environment must not break importing the crawlers
        return Settings.model_construct()


globals().update(scrapy_settings(_from_environment()))
