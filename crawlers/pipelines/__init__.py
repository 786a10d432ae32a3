"""Item pipelines shared by every spider, in ``ITEM_PIPELINES`` order.

The item is a ``crawlers.items.PageItems``: all raw items of one page, judged one by one.

1. ``NormalizePipeline`` (100): raw fields → ``Mention`` (dates, counts, ids, references); a
   bad item is dropped with its reason and its page quarantined.
2. ``DedupPipeline`` (200): a URL seen earlier in the same run is not handed on twice.
3. ``EmitPipeline`` (900): hands the page's mentions to the parent process, which writes
   batches to the store (``crawlers.run``).

A page left with no mention is dropped (``DropItem``) after its mentions were counted.
"""

from crawlers.pipelines.dedup import DedupPipeline
from crawlers.pipelines.emit import EmitPipeline
from crawlers.pipelines.normalize import BadItem, NormalizePipeline, build_mention

ITEM_PIPELINES = {
    "crawlers.pipelines.NormalizePipeline": 100,
    "crawlers.pipelines.DedupPipeline": 200,
    "crawlers.pipelines.EmitPipeline": 900,
}

__all__ = [
    "ITEM_PIPELINES",
    "BadItem",
    "DedupPipeline",
    "EmitPipeline",
    "NormalizePipeline",
    "build_mention",
]
