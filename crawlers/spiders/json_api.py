"""JSON API spider (Weibo-style feeds): field mapping, cursor pagination, nested children."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.http import Response

from crawlers.fields import get_path
from crawlers.sources import Cursor, JsonApiSource, JsonChild
from crawlers.spiders.base import SourceSpider


def with_param(url: str, name: str, value: str) -> str:
    """``url`` with query parameter ``name`` set to ``value``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    return urlunsplit(parts._replace(query=urlencode([*query, (name, value)])))


def _scalars(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if isinstance(v, str | int | float)}


class JsonApiSpider(SourceSpider):
    """Reads ``items_path`` of every API page; children (comments, reposts) per item."""

    kind = "json_api"
    source: JsonApiSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        return self.parse_items(response)

    def parse_items(
        self,
        response: Response,
        child: str | None = None,
        parent_id: str | None = None,
        parent_url: str | None = None,
    ) -> Iterator[Any]:
        """One API page of top-level items (``child`` None) or of one child kind."""
        self.count_page(response)
        spec = next((c for c in self.source.children if c.name == child), None)
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError):
            self.reject(response, "invalid_json")
            return
        items_path = spec.items_path if spec else self.source.items_path
        items = get_path(data, items_path)
        if not isinstance(items, list):
            self.reject(response, f"missing_field:{items_path}")
            return
        any_recent = False
        raws: list[dict[str, Any]] = []
        requests: list[Any] = []
        for raw in items:
            if not isinstance(raw, dict):
                continue
            item, context = self._item(raw, spec, parent_id, parent_url)
            raws.append(item)
            recent = self.is_recent(self.published(item.get("published_at"), response))
            any_recent = any_recent or recent
            if recent and (spec is None or spec.recursive):
                requests.extend(self._children(raw, context, item["url"]))
        if raws:
            yield self.page_items(response, raws)
        yield from requests
        cursor: Cursor | None = spec.cursor if spec else self.source.cursor
        next_cursor = get_path(data, cursor.path) if cursor else None
        if cursor and next_cursor and any_recent and self.may_continue():
            yield self.follow(
                with_param(response.url, cursor.param, str(next_cursor)),
                self.parse_items,
                child=child,
                parent_id=parent_id,
                parent_url=parent_url,
            )

    def _item(
        self,
        raw: dict[str, Any],
        spec: JsonChild | None,
        parent_id: str | None,
        parent_url: str | None,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        context = {**_scalars(raw), "parent_id": parent_id or ""}
        template = spec.permalink if spec else self.source.permalink
        mapping = spec.fields if spec else self.source.fields
        fields = {name: get_path(raw, path) for name, path in mapping.items()}
        url = template.format_map(context)
        refs: dict[str, Any] = {}
        repost_raw = get_path(raw, self.source.repost_of) if self.source.repost_of else None
        if repost_raw not in (None, ""):
            refs["repost_of_url"] = self.source.permalink.format_map({"id": repost_raw})
        if spec is not None and parent_url:
            key = "parent_url" if spec.relation == "parent" else "repost_of_url"
            refs.setdefault(key, parent_url)
        item = self.raw_item(url=url, **fields, **refs, _required=["text", "published_at"])
        return item, context

    def _children(self, raw: dict[str, Any], context: dict[str, Any], url: str) -> Iterator[Any]:
        for child in self.source.children:
            if child.when and not get_path(raw, child.when):
                continue
            yield self.follow(
                child.url.format_map(context),
                self.parse_items,
                child=child.name,
                parent_id=str(context.get("id", "")),
                parent_url=url,
            )
