"""List/detail HTML spider (forums, complaint sites, review sites, timelines), by selectors.

A list item is either followed to its detail page (``list.link``) or read as a mention on the
list page itself (``list.fields``: timelines, search results, comment lists), or both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.fields import strip_fragment
from crawlers.markup import unhide_comments
from crawlers.sources import HtmlSource
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.select import Root, extract, first, select


class HtmlSpider(SourceSpider):
    """Follows list pages (newest first) to their items, detail pages and reply pages."""

    kind = "html"
    source: HtmlSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        return self.parse_list(response)

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A list page: inline mentions and detail links inside the incremental window, then
        the next page."""
        self.count_page(response)
        if not self.check_page(response):
            return
        page = self.visible(response)
        spec = self.source.list
        entries = select(page, spec.item)
        if not entries:
            self.reject(response, "missing_field:list.item")
            return
        any_recent = False
        raws: list[dict[str, Any]] = []
        details: list[Any] = []
        for entry in entries:
            if spec.fields is not None:
                raw = self._inline(entry, response)
                raws.append(raw)
                when = raw.get("published_at") if spec.date is None else extract(entry, spec.date)
            else:
                when = extract(entry, spec.date)
            link = first(entry, spec.link) if spec.link is not None else None
            if spec.fields is None and not link:
                continue
            if not self.is_recent(self.published(when, response)):
                continue
            any_recent = True
            if link:
                details.append(self.follow(response.urljoin(link), self.parse_detail))
        if raws:
            yield self.page_items(response, raws)
        yield from details
        next_page = first(page, spec.next_page)
        if next_page and any_recent and (number := self.page_after(response)):
            yield self.follow(response.urljoin(next_page), self.parse_list, list_page=number)

    def visible(self, response: Response) -> Response:
        """The page to select from: with ``unhide_comments``, commented-out markup shown (the
        response itself, as received, is what a rejected page keeps)."""
        if not self.source.unhide_comments or not isinstance(response, TextResponse):
            return response
        text = unhide_comments(response.text)
        return response.replace(body=text.encode(response.encoding, "replace"))

    def _inline(self, entry: Root, response: Response) -> dict[str, Any]:
        """One list item read as a mention where it stands."""
        spec = self.source.list
        fields = {name: extract(entry, rule) for name, rule in (spec.fields or {}).items()}
        permalink = extract(entry, spec.permalink)
        ref = first(entry, spec.ref_link)
        return self.raw_item(
            url=response.urljoin(permalink) if permalink else None,
            **fields,
            ref_url=response.urljoin(ref) if ref else None,
            _required=["url", *spec.required],
        )

    def parse_detail(self, response: Response, detail_url: str | None = None) -> Iterator[Any]:
        """A detail page: its own mention (first page only), replies, then more reply pages."""
        self.count_page(response)
        spec = self.source.detail
        assert spec is not None  # detail pages are only followed when the source has `detail`
        if not self.check_page(response, spec.complete_marker):
            return
        page = self.visible(response)
        first_page = detail_url is None
        detail_url = detail_url or strip_fragment(response.url)
        raws = []
        if first_page:
            fields = {name: extract(page, rule) for name, rule in spec.fields.items()}
            ref = first(page, spec.ref_link)
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
            for entry in select(page, replies.item):
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
        next_page = first(page, replies.next_page)
        if next_page and self.may_continue():
            yield self.follow(response.urljoin(next_page), self.parse_detail, detail_url=detail_url)
