"""Reading configured selectors: CSS (with ``::text``/``::attr()``) or ``xpath:`` expressions."""

from __future__ import annotations

import re
from typing import Any

from parsel import Selector, SelectorList

from crawlers.fields import clean_text
from crawlers.sources import FieldRule, FieldSpec

Root = Any  # a Scrapy response, a parsel Selector or SelectorList


def select(root: Root, query: str) -> SelectorList[Selector]:
    """The selection ``query`` denotes (``xpath:`` prefix for XPath, CSS otherwise)."""
    if query.startswith("xpath:"):
        return root.xpath(query[len("xpath:") :])  # type: ignore[no-any-return]
    return root.css(query)  # type: ignore[no-any-return]


def _strings(selection: SelectorList[Selector], query: str) -> list[str]:
    if query.endswith("::text") or "::attr(" in query:
        return [s for s in selection.getall()]
    out = []
    for node in selection:
        if isinstance(node.root, str):  # XPath returned text or an attribute value
            out.append(node.root)
        else:
            out.append("\n".join(node.xpath(".//text()").getall()))
    return out


def extract(root: Root, rule: FieldRule | None) -> str | None:
    """The text a field rule selects (whitespace-cleaned), or None when nothing matches."""
    if rule is None:
        return None
    spec = rule if isinstance(rule, FieldSpec) else FieldSpec(select=rule)
    text = clean_text("\n".join(_strings(select(root, spec.select), spec.select)))
    if text and spec.regex:
        match = re.search(spec.regex, text)
        text = (match.group(1) if match and match.groups() else match.group(0)) if match else ""
    return text or spec.default


def first(root: Root, query: str | None) -> str | None:
    """The first string a selector yields (links, attributes)."""
    if query is None:
        return None
    values = _strings(select(root, query)[:1], query)
    return values[0].strip() if values and values[0].strip() else None
