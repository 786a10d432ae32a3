"""HTML inside JSON fields (Weibo's ``text``) as the plain text a reader sees.

Tags are stripped and ``<br>`` becomes a line break. An emoticon is an ``<img>`` whose ``alt``
is its name (``[偷笑]``): kept, because it carries the sentiment. A link keeps its text
(``#话题#``, ``@用户``, ``网页链接``) and loses its URL.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from crawlers.fields import clean_text

_BLOCKS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})
_SKIP = frozenset({"script", "style"})
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def _walk(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag == "img":
        out.append(node.get("alt") or "")
    elif tag not in _SKIP:
        if tag in _BLOCKS:
            out.append("\n")
        if node.text:
            out.append(node.text)
        for child in node:
            _walk(child, out)
        if tag in _BLOCKS:
            out.append("\n")
    if node.tail:
        out.append(node.tail)


def element_text(node: etree._Element) -> str:
    """The visible text of a parsed element, read the same way as ``html_to_text``."""
    out: list[str] = []
    tail, node.tail = node.tail, None
    try:
        _walk(node, out)
    finally:
        node.tail = tail
    return clean_text("".join(out))


def html_to_text(value: object) -> str:
    """The visible text of an HTML fragment (``<br>`` → newline, ``<img alt>`` → its alt)."""
    if value is None:
        return ""
    text = str(value)
    if "<" not in text and "&" not in text:
        return clean_text(text)
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(text)
    return element_text(root)


def unhide_comments(html: str) -> str:
    """``html`` with the markup hidden in comments made part of the page.

    Tieba's board pages ship the thread list as ``<code style="display:none"><!-- <ul …>
    --></code>`` for a script to insert; comments without markup (``<!---->``, notes) stay.
    """
    return _COMMENT.sub(lambda m: m[1] if "<" in m[1] else m[0], html)
