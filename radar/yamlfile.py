"""Reading the project's YAML files (rule packs, policies, sources, lexicons) one way: strictly.

PyYAML's ``safe_load`` keeps the last of two equal keys in a mapping and drops the first without a
word, so a second ``exception_patterns:`` under one rule silently replaced the first list (found
in the thirty-fourth rule round). ``load`` is ``safe_load`` that refuses a repeated key with the
line of each, as a ``yaml.YAMLError`` (a ``ConstructorError``), so every caller's existing
handling of a malformed file applies.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode

# libyaml's parser where PyYAML was built with it (its wheels are): the same documents, read
# several times faster than the pure-Python scanner (the rule packs are ~1 MB of YAML).
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - a PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _StrictLoader(_SafeLoader):
    """``SafeLoader`` whose mappings refuse a key they already hold."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # ``<<: *base``: explicit keys may override merged ones
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice (first on line {seen[key]})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """The data of one YAML document, like ``yaml.safe_load``, refusing repeated mapping keys."""
    return yaml.load(text, Loader=_StrictLoader)


__all__ = ["load"]
