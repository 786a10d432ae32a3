"""JSON API spider (Weibo-style feeds): field mapping, cursor pagination, nested children.

Fields and templates name dotted paths into each raw item (``{mblog.bid}``). An item whose
template or field cannot be read is dropped on its own (``missing_field:<path>``); its siblings
on the page are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.http import Response

from crawlers.markup import html_to_text
from crawlers.paths import MissingPath, fill, get_path
from crawlers.sources import Cursor, JsonApiSource, JsonChild, JsonField, JsonFieldRule
from crawlers.spiders.base import SourceSpider


def with_param(url: str, name: str, value: str) -> str:
    """``url`` with query parameter ``name`` set to ``value``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    return urlunsplit(parts._replace(query=urlencode([*query, (name, value)])))


def read_fields(raw: object, mapping: Mapping[str, JsonFieldRule]) -> dict[str, Any]:
    """The configured fields of one raw JSON item (HTML fields read as text)."""
    fields: dict[str, Any] = {}
    for name, rule in mapping.items():
        if isinstance(rule, JsonField):
            value = get_path(raw, rule.path)
            if rule.values is not None and value is not None:
                value = rule.values.get(str(value), value)
            if rule.html and value is not None:
                value = html_to_text(value)
            fields[name] = rule.default if value in (None, "") else value
        else:
            fields[name] = get_path(raw, rule)
    return fields


def present(value: object) -> bool:
    """Whether a ``when`` path holds something: not missing, empty, false or a zero count
    (Xiaohongshu prints counts as strings, ``"0"``)."""
    return bool(value) and value != "0"


def next_cursor_of(data: object, cursor: Cursor, url: str) -> object:
    """The next page's cursor value (None at the end)."""
    if cursor.has_more is not None and not get_path(data, cursor.has_more):
        return None
    value = get_path(data, cursor.path)
    if not cursor.increment:
        return value
    if not value:
        return None
    current = dict(parse_qsl(urlsplit(url).query)).get(cursor.param, "1")
    return int(current) + 1 if current.isdigit() else None


def _parent_path(path: str) -> str:
    return path.rpartition(".")[0]


class JsonApiSpider(SourceSpider):
    """Reads ``items_path`` of every API page; children (comments, reposts) per item."""

    kind = "json_api"
    source: JsonApiSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        return self.parse_items(response)

    @property
    def _children_read_parent(self) -> bool:
        """Whether a child template names ``{parent.<path>}`` (then the parent travels along)."""
        return any("{parent." in c.url + c.permalink for c in self.source.children)

    def parse_items(
        self,
        response: Response,
        child: str | None = None,
        parent_id: str | None = None,
        parent_url: str | None = None,
        parent: dict[str, Any] | None = None,
    ) -> Iterator[Any]:
        """One API page of top-level items (``child`` None) or of one child kind."""
        self.count_page(response)
        if self._markers and self.login_wall(response):
            return
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
        extra = {"parent_id": parent_id or "", "parent": parent or {}}
        any_recent = False
        raws: list[dict[str, Any]] = []
        requests: list[Any] = []
        when = None if spec else self.source.when
        for raw in items:
            if not isinstance(raw, dict) or (when and not present(get_path(raw, when))):
                continue
            try:
                item = self._item(raw, spec, extra, parent_url)
            except MissingPath as exc:
                # This item's problem only: the pipeline drops it with the reason, once per page.
                raws.append(self.raw_item(url=None, _error=exc.reason))
                continue
            raws.append(item)
            recent = self.is_recent(self.published(item.get("published_at"), response))
            any_recent = any_recent or recent
            if recent and (spec is None or spec.recursive):
                requests.extend(self._children(raw, item["url"]))
        if raws:
            yield self.page_items(response, raws)
        yield from requests
        cursor: Cursor | None = spec.cursor if spec else self.source.cursor
        next_cursor = next_cursor_of(data, cursor, response.url) if cursor else None
        if cursor and next_cursor and any_recent and (number := self.page_after(response)):
            yield self.follow(
                with_param(response.url, cursor.param, str(next_cursor)),
                self.parse_items,
                list_page=number,
                child=child,
                parent_id=parent_id,
                parent_url=parent_url,
                parent=parent,
            )

    def _item(
        self,
        raw: dict[str, Any],
        spec: JsonChild | None,
        extra: dict[str, Any],
        parent_url: str | None,
    ) -> dict[str, Any]:
        source = self.source
        template = spec.permalink if spec else source.permalink
        fields = read_fields(raw, spec.fields if spec else source.fields)
        url = fill(template, raw, extra)
        refs: dict[str, Any] = {}
        if source.repost_of:
            repost_id = get_path(raw, source.repost_of)
            if repost_id not in (None, ""):
                refs["repost_of_url"] = self._repost_url(raw, repost_id)
        if spec is not None and parent_url:
            key = "parent_url" if spec.relation == "parent" else "repost_of_url"
            refs.setdefault(key, parent_url)
        return self.raw_item(url=url, **fields, **refs, _required=["text", "published_at"])

    def _repost_url(self, raw: dict[str, Any], repost_id: object) -> str:
        """The reposted item's permalink: its own template, else ``permalink`` filled from the
        object holding the ``repost_of`` id (with ``{id}`` that id)."""
        source = self.source
        if source.repost_permalink:
            return fill(source.repost_permalink, raw)
        assert source.repost_of is not None
        holder_path = _parent_path(source.repost_of)
        holder = get_path(raw, holder_path) if holder_path else raw
        return fill(source.permalink, holder, {"id": repost_id})

    def _children(self, raw: dict[str, Any], url: str) -> Iterator[Any]:
        parent_id = str(get_path(raw, "id") or "")
        parent = _scalar_tree(raw) if self._children_read_parent else None
        for child in self.source.children:
            if child.when and not present(get_path(raw, child.when)):
                continue
            try:
                child_url = fill(child.url, raw, {"parent_id": parent_id})
            except MissingPath as exc:
                self.job.drop(exc.reason, url)
                continue
            yield self.follow(
                child_url,
                self.parse_items,
                child=child.name,
                parent_id=parent_id,
                parent_url=url,
                parent=parent,
            )


def _scalar_tree(raw: dict[str, Any]) -> dict[str, Any]:
    """What a child's templates may read of its parent (``{parent.mblog.id}``): the item
    without its lists, which can be long (comments embedded in a status)."""
    return {
        k: _scalar_tree(v) if isinstance(v, dict) else v
        for k, v in raw.items()
        if not isinstance(v, list)
    }
