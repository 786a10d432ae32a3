"""The one Scrapy item our spiders yield: every raw mention of one response, as a batch.

Scrapy charges a fixed price per item (the spider-middleware chain, the item-pipeline chain,
the ``item_scraped`` signal, stats and a log record): on the demo network that was most of the
crawl's CPU, since a page carries about five mentions. So a response's raw mentions travel
through the pipelines together; the pipelines still judge each one on its own (a bad mention is
dropped with its reason, its page quarantined once) and the parent receives one line per page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from radar.schemas import Mention


@dataclass(eq=False)
class PageItems:
    """The raw items of one page (``raws``) and, after ``NormalizePipeline``, its mentions."""

    page_url: str
    now: datetime  # the clock relative times on the page are read against
    raws: list[dict[str, Any]]
    response: Any = field(default=None, repr=False)  # kept for quarantining a bad page
    mentions: list[Mention] = field(default_factory=list, repr=False)

    @property
    def size(self) -> int:
        """How many mentions the page still holds (raw ones before normalising)."""
        return len(self.mentions) if self.mentions else len(self.raws)


def page_ref(response: Any) -> dict[str, Any] | None:
    """Which parse step read ``response`` (callback name and its arguments), so that a
    quarantined page can be parsed again the same way; None without a request."""
    request = getattr(response, "request", None)
    callback = getattr(request, "callback", None)
    if request is None or callback is None:
        return None
    return {
        "callback": getattr(callback, "__name__", str(callback)),
        "kwargs": dict(request.cb_kwargs),
        "list_page": request.meta.get("list_page"),
    }
