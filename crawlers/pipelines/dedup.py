"""Within one run, a URL (hence a mention id) is handed on once: lists overlap, a repost shows
up in search and under its original. Across runs the store's idempotent upsert decides
new / updated / unchanged by id and content."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.items import PageItems
from crawlers.job import JobPipeline


class DedupPipeline(JobPipeline):
    """Drops repeats of an id already emitted in this run (reported as ``duplicate``)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._seen: set[str] = set()

    def process_item(self, page: PageItems) -> PageItems:
        fresh = []
        for mention in page.mentions:
            if mention.id not in self._seen:
                self._seen.add(mention.id)
                fresh.append(mention)
        repeats = len(page.mentions) - len(fresh)
        if repeats:
            job = self.job
            job.emit({"t": "dup", "s": job.source.name, "n": repeats})
            page.mentions = fresh
        if not fresh:
            raise DropItem(f"only duplicates at {page.page_url}")
        return page
