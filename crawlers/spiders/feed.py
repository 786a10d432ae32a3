"""RSS 2.0 / Atom spider (news sites, blogs, public-account feeds)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response
from scrapy.selector import Selector

from crawlers.fields import clean_text
from crawlers.sources import FeedSource
from crawlers.spiders.base import SourceSpider


def html_text(fragment: str) -> tuple[str, list[str]]:
    """Visible text and link targets of an HTML fragment (feed bodies are HTML)."""
    if not fragment.strip():
        return "", []
    root = Selector(text=f"<div>{fragment}</div>", type="html")
    text = "".join(root.xpath("//body//text()").getall())
    return clean_text(text), root.xpath("//a/@href").getall()


class FeedSpider(SourceSpider):
    """One mention per feed entry; the first known-platform link in the body is what it cites."""

    kind = "feed"
    source: FeedSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        self.count_page(response)
        if not self.check_page(response):
            return
        try:
            selector = Selector(text=response.text, type="xml")
        except (ValueError, AttributeError):
            self.reject(response, "invalid_feed")
            return
        selector.remove_namespaces()
        entries = selector.xpath("//item | //entry")
        if not entries and not selector.xpath("/rss | /feed"):
            self.reject(response, "invalid_feed")
            return
        raws = []
        for entry in entries:
            body = (
                entry.xpath("encoded/text()").get()
                or entry.xpath("content/text()").get()
                or entry.xpath("description/text()").get()
                or entry.xpath("summary/text()").get()
                or ""
            )
            text, links = html_text(body)
            link = entry.xpath("link/@href").get() or entry.xpath("link/text()").get() or ""
            refs = [response.urljoin(h) for h in links] if self.source.ref_links else []
            raw = self.raw_item(
                url=response.urljoin(link.strip()) if link.strip() else None,
                title=clean_text(entry.xpath("title/text()").get()),
                text=text,
                author=clean_text(
                    entry.xpath("creator/text()").get()
                    or entry.xpath("author/name/text()").get()
                    or entry.xpath("author/text()").get()
                )
                or None,
                published_at=(
                    entry.xpath("pubDate/text()").get()
                    or entry.xpath("published/text()").get()
                    or entry.xpath("updated/text()").get()
                    or entry.xpath("date/text()").get()
                ),
                ref_url=refs[0] if refs else None,
                _required=["url", "text", "published_at"],
            )
            raws.append(raw)
        if raws:
            yield self.page_items(response, raws)
