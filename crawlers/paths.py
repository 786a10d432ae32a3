"""Dotted paths into a raw item (``mblog.user.screen_name``) and URL templates built from them.

A template such as ``https://m.weibo.cn/status/{mblog.bid}`` names paths in braces. A path that
is missing (or empty) in one item is that item's problem: ``fill`` raises ``MissingPath`` and
the spider drops that item with ``missing_field:<path>``, keeping its siblings on the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

_SLOT = re.compile(r"\{([^{}]*)\}")


class MissingPath(KeyError):
    """A template or field path names something the item does not have."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path

    @property
    def reason(self) -> str:
        """The countable drop reason."""
        return f"missing_field:{self.path}"


def get_path(obj: object, path: str) -> object:
    """``a.b.0.c`` into nested dicts/lists; None when any step is missing."""
    current = obj
    for step in path.split("."):
        if isinstance(current, dict):
            current = current.get(step)
        elif isinstance(current, list) and step.isdigit() and int(step) < len(current):
            current = current[int(step)]
        else:
            return None
        if current is None:
            return None
    return current


@lru_cache(maxsize=512)
def _parse(template: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(literal parts, paths): ``literals[0] + value(paths[0]) + literals[1] + …``."""
    parts = _SLOT.split(template)
    return tuple(parts[0::2]), tuple(p.strip() for p in parts[1::2])


def template_paths(template: str) -> tuple[str, ...]:
    """The paths a template names."""
    return _parse(template)[1]


def fill(template: str, item: object, extra: Mapping[str, object] | None = None) -> str:
    """``template`` with each ``{path}`` replaced by its value in ``item``.

    A path's first step is looked up in ``extra`` first (``parent_id``, ``parent.<path>``,
    ``export_url``). Raises ``MissingPath`` when a value is missing, empty or not a scalar.
    """
    literals, paths = _parse(template)
    if not paths:
        return template
    out = [literals[0]]
    for path, literal in zip(paths, literals[1:], strict=True):
        head, _, rest = path.partition(".")
        if extra is not None and head in extra:
            value = extra[head] if not rest else get_path(extra[head], rest)
        else:
            value = get_path(item, path)
        if value is None or value == "" or isinstance(value, dict | list):
            raise MissingPath(path)
        out.append(str(value))
        out.append(literal)
    return "".join(out)
