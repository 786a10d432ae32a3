"""List/detail HTML spider (forums, complaint sites, review sites), configured by selectors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.fields import strip_fragment
from crawlers.sources import HtmlSource
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.select import extract, first, select


class HtmlSpider(SourceSpider):
    """Follows list pages (newest first) to detail pages and their reply pages."""

    kind = "html"
    source: HtmlSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        return self.parse_list(response)

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A list page: detail links inside the incremental window, then the next page."""
        self.count_page(response)
        if not self.check_page(response):
            return
        spec = self.source.list
        entries = select(response, spec.item)
        if not entries:
            self.reject(response, "missing_field:list.item")
            return
        any_recent = False
        for entry in entries:
            link = first(entry, spec.link)
            if not link:
                continue
            if not self.is_recent(self.published(extract(entry, spec.date), response)):
                continue
            any_recent = True
            yield self.follow(response.urljoin(link), self.parse_detail)
        next_page = first(response, spec.next_page)
        if next_page and any_recent and self.may_continue():
            yield self.follow(response.urljoin(next_page), self.parse_list)

    def parse_detail(self, response: Response, detail_url: str | None = None) -> Iterator[Any]:
        """A detail page: its own mention (first page only), replies, then more reply pages."""
        self.count_page(response)
        spec = self.source.detail
        if not self.check_page(response, spec.complete_marker):
            return
        first_page = detail_url is None
        detail_url = detail_url or strip_fragment(response.url)
        raws = []
        if first_page:
            fields = {name: extract(response, rule) for name, rule in spec.fields.items()}
            ref = first(response, spec.ref_link)
            raws.append(
                self.raw_item(
                    url=detail_url,
                    **fields,
                    ref_url=response.urljoin(ref) if ref else None,
                    _required=spec.required,
                )
            )
        replies = spec.replies
        if replies is not None:
            for entry in select(response, replies.item):
                permalink = first(entry, replies.permalink)
                fields = {name: extract(entry, rule) for name, rule in replies.fields.items()}
                quoted = first(entry, replies.reply_to)
                raws.append(
                    self.raw_item(
                        url=response.urljoin(permalink) if permalink else None,
                        **fields,
                        parent_url=response.urljoin(quoted) if quoted else detail_url,
                        _required=["url", *spec.required],
                    )
                )
        if raws:
            yield self.page_items(response, raws)
        if replies is None:
            return
        next_page = first(response, replies.next_page)
        if next_page and self.may_continue():
            yield self.follow(response.urljoin(next_page), self.parse_detail, detail_url=detail_url)
