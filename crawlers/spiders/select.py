"""Reading configured selectors: CSS (with ``::text``/``::attr()``) or ``xpath:`` expressions.

Each selector of a source file is translated (CSS → XPath, by parsel's HTML translator) and
compiled by lxml once per process, then evaluated on lxml nodes directly. parsel's ``css()``
gives the same answers but wraps every match in a ``Selector`` object; with a dozen fields per
reply that wrapping was a fifth of the crawl's CPU.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from parsel.csstranslator import HTMLTranslator

from crawlers.fields import clean_text
from crawlers.markup import element_text
from crawlers.sources import FieldRule, FieldSpec

Root = Any  # a Scrapy response, a parsel Selector or an lxml node (what ``select`` returns)

# The EXSLT namespaces parsel offers to XPath selectors; only those a query names are
# registered (lxml logs an error for every re-registration with libxml2 2.13+).
_NAMESPACES = {"re": "http://exslt.org/regular-expressions", "set": "http://exslt.org/sets"}
_TRANSLATOR = HTMLTranslator()
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


@dataclass(frozen=True)
class Query:
    """One compiled selector."""

    source: str
    xpath: etree.XPath

    def nodes(self, root: Root) -> list[Any]:
        """The matches under ``root``: elements, or strings for text and attribute selectors."""
        try:
            result = self.xpath(_node(root))
        except etree.XPathError as exc:
            raise ValueError(f"XPath error: {exc} in {self.source}") from None
        return result if isinstance(result, list) else [result]

    def strings(self, root: Root, limit: int | None = None) -> list[str]:
        """The text of each match (an element's text nodes joined by newlines)."""
        return [_text(match) for match in self.nodes(root)[:limit]]


def _node(root: Root) -> Any:
    if isinstance(root, etree._Element):
        return root
    selector: Any = getattr(root, "selector", root)  # a response's (cached) parsel Selector
    return selector.root


def _text(match: Any) -> str:
    if isinstance(match, etree._Element):
        return "\n".join(_TEXT_NODES(match))
    if isinstance(match, bool):  # XPath boolean(), as parsel renders it
        return "1" if match else "0"
    return str(match)


@lru_cache(maxsize=1024)
def compile_query(query: str) -> Query:
    """The compiled form of a configured selector (cached: a source has a few dozen)."""
    is_xpath = query.startswith("xpath:")
    xpath = query[len("xpath:") :] if is_xpath else _TRANSLATOR.css_to_xpath(query)
    namespaces = {p: uri for p, uri in _NAMESPACES.items() if f"{p}:" in xpath}
    try:
        compiled = etree.XPath(xpath, namespaces=namespaces, smart_strings=False)
    except etree.XPathSyntaxError as exc:
        raise ValueError(f"invalid selector {query!r}: {exc}") from None
    return Query(query, compiled)


@dataclass(frozen=True)
class _Field:
    query: Query
    regex: re.Pattern[str] | None
    default: str | None
    inline: bool = False


@lru_cache(maxsize=1024)
def _compile_field(rule: FieldRule) -> _Field:
    spec = rule if isinstance(rule, FieldSpec) else FieldSpec(select=rule)
    regex = re.compile(spec.regex) if spec.regex else None
    return _Field(compile_query(spec.select), regex, spec.default, spec.inline)


def select(root: Root, query: str) -> list[Any]:
    """The nodes ``query`` denotes under ``root`` (``xpath:`` prefix for XPath, CSS otherwise)."""
    return compile_query(query).nodes(root)


def extract(root: Root, rule: FieldRule | None) -> str | None:
    """The text a field rule selects (whitespace-cleaned), or None when nothing matches."""
    if rule is None:
        return None
    spec = _compile_field(rule)
    if spec.inline:
        matches = spec.query.nodes(root)
        text = "\n".join(
            element_text(m) if isinstance(m, etree._Element) else _text(m) for m in matches
        )
    else:
        text = clean_text("\n".join(spec.query.strings(root)))
    if text and spec.regex:
        match = spec.regex.search(text)
        text = (match.group(1) if match and match.groups() else match.group(0)) if match else ""
    return text or spec.default


def first(root: Root, query: str | None) -> str | None:
    """The first string a selector yields (links, attributes)."""
    if query is None:
        return None
    values = compile_query(query).strings(root, limit=1)
    return values[0].strip() if values and values[0].strip() else None
