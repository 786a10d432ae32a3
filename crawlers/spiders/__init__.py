"""The four spider kinds; a source file's ``kind`` picks one (see ``spider_class``)."""

from __future__ import annotations

from typing import Any

from crawlers.sources import SourceConfig
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.chat import ChatSpider
from crawlers.spiders.feed import FeedSpider
from crawlers.spiders.html import HtmlSpider
from crawlers.spiders.json_api import JsonApiSpider

SPIDERS: dict[str, type[SourceSpider]] = {
    "feed": FeedSpider,
    "html": HtmlSpider,
    "json_api": JsonApiSpider,
    "chat": ChatSpider,
}


def spider_class(
    source: SourceConfig, settings: dict[str, Any] | None = None
) -> type[SourceSpider]:
    """A subclass of the source's spider kind named after the source, with its own settings."""
    base = SPIDERS[source.kind]
    return type(
        f"{base.__name__}_{source.name.replace('-', '_')}",
        (base,),
        {"name": source.name, "custom_settings": {**(settings or {}), **rate_limit(source)}},
    )


def rate_limit(source: SourceConfig) -> dict[str, Any]:
    """Scrapy settings for ``rate_limit_per_minute``: one request at a time, 60/N s apart.

    No jitter below that delay; AutoThrottle only ever lengthens it.
    """
    if source.rate_limit_per_minute is None:
        return {}
    delay = max(60.0 / source.rate_limit_per_minute, source.download_delay or 0.0)
    return {
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    }


__all__ = [
    "SPIDERS",
    "ChatSpider",
    "FeedSpider",
    "HtmlSpider",
    "JsonApiSpider",
    "rate_limit",
    "spider_class",
]
