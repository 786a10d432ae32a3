"""Crawling an example source (crawlers/sources/examples/) from its loopback fixture site."""

from __future__ import annotations

from datetime import datetime

from crawlers.report import SourceReport
from crawlers.run import crawl_sources
from crawlers.sink import MemorySink
from crawlers.sources import SourceConfig, bundled_dir, parse_source
from radar.schemas import Mention
from radar.settings import Settings
from radar.timezone import BRAND_TZ
from tests.crawlers.fixture_site import FixtureSite

#: The clock of every example crawl: the fixtures' pages were "saved" that evening.
NOW = datetime(2025, 6, 14, 21, 0, tzinfo=BRAND_TZ)
EXAMPLES = bundled_dir() / "examples"


def example(name: str, site: FixtureSite, host: str) -> SourceConfig:
    """An example source file pointed at the loopback site instead of ``host``."""
    text = (EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8")
    return parse_source(text.replace(host, site.base_url), f"{name}.yaml")


def crawl(
    source: SourceConfig, settings: Settings, secrets: dict[str, str] | None = None
) -> tuple[SourceReport, list[Mention]]:
    """Crawl ``source`` (enabled, without its rate limit) into a fresh in-memory sink."""
    sink = MemorySink()
    report = crawl_sources(
        [],
        sink,
        settings,
        # The examples' rate limits would make each test wait seconds between pages.
        sources={
            source.name: source.model_copy(update={"enabled": True, "rate_limit_per_minute": None})
        },
        now=NOW,
        secrets=secrets or {},
    )
    return report.source(source.name), sorted(sink.mentions.values(), key=lambda m: m.url)
