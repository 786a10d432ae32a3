"""Within one run, a URL (hence a mention id) is handed on once: lists overlap, a repost shows
up in search and under its original. Across runs the store's idempotent upsert decides
new / updated / unchanged by id and content."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.job import JobPipeline


class DedupPipeline(JobPipeline):
    """Drops repeats of an id already emitted in this run (reported as ``duplicate``)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._seen: set[str] = set()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        mention = item["mention"]
        if mention.id in self._seen:
            job = self.job
            job.emit({"t": "dup", "s": job.source.name})
            raise DropItem(f"duplicate {mention.url}")
        self._seen.add(mention.id)
        return item
