"""Hands a page's mentions to the parent process (one JSON line); the parent batches writes."""

from __future__ import annotations

from pydantic import TypeAdapter

from crawlers.items import PageItems
from crawlers.job import JobPipeline
from radar.schemas import Mention

_MENTIONS = TypeAdapter(list[Mention])


class EmitPipeline(JobPipeline):
    """Last pipeline: serialise the page's mentions for the parent."""

    def process_item(self, page: PageItems) -> PageItems:
        self.job.emit_raw_items(_MENTIONS.dump_json(page.mentions).decode())
        return page
