"""Chat-export intake: group chats cannot be crawled, so an exported chat (JSON or CSV) is read
from an http(s):// or file:// URL and fed through the same pipelines as crawled posts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.paths import MissingPath, fill, get_path
from crawlers.sources import ChatSource
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.json_api import read_fields


class ChatSpider(SourceSpider):
    """One mention per message; the permalink template names the export and the message id."""

    kind = "chat"
    source: ChatSource

    def parse_start(self, response: Response) -> Iterator[Any]:
        self.count_page(response)
        if self._markers and self.login_wall(response):
            return
        try:
            text = response.body.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.reject(response, "charset_mismatch")
            return
        try:
            if self.source.format == "json":
                data = json.loads(text)
                messages = get_path(data, self.source.messages_path)
            else:
                messages = list(csv.DictReader(io.StringIO(text)))
        except (ValueError, csv.Error):
            self.reject(response, f"invalid_{self.source.format}")
            return
        if not isinstance(messages, list):
            self.reject(response, f"missing_field:{self.source.messages_path}")
            return
        raws = []
        for message in messages:
            if not isinstance(message, dict):
                continue
            try:
                url = fill(self.source.permalink, message, {"export_url": response.url})
            except MissingPath as exc:
                raws.append(self.raw_item(url=None, _error=exc.reason))
                continue
            fields = read_fields(message, self.source.fields)
            raws.append(self.raw_item(url=url, **fields, _required=["url", "text", "published_at"]))
        if raws:
            yield self.page_items(response, raws)
