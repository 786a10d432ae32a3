"""A literal prefilter for regex patterns: run a pattern only on text that holds a literal every
one of its matches contains.

``required_literals("(央视|cctv)[一-鿿]{0,4}?(推荐|上榜)")`` is ``{"推荐", "上榜"}``: whatever
the pattern matches contains one of them, so on a text holding neither the pattern cannot match
and its scan is skipped. ``LiteralPrefilter`` finds the literals of many patterns with one
Aho-Corasick pass (pyahocorasick) and answers which patterns may match. Skipping is exact: a
skipped pattern has no match, a pattern without a required literal always runs, and a pattern
that runs runs as before (``finditer`` over the whole text), so results never change.

The literals come from the parse tree of Python's own regex parser (``re._parser``): a pattern
the extraction does not understand (case-insensitive flags, back-references, an unknown node)
simply has no required literal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import product

# Python's own regex parser (``sre_parse`` is its deprecated public alias).
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

#: Largest set of strings an exact part of a pattern may stand for (``[0-9]{2}`` is 100).
_MAX_SET = 64
#: Characters too frequent in Chinese copy to be a useful single-character literal: among sets
#: of equally short literals, one without them is preferred (a tie-break only).
_COMMON = frozenset("的一是不了在人有我这个们中来上大为和地到以说时要就出会可也你对生能而子")

#: A node of the parse tree: (opcode, argument); the argument's shape depends on the opcode.
_Node = tuple[Any, Any]
_LITERAL = sre_parse.LITERAL
_IN = sre_parse.IN
_BRANCH = sre_parse.BRANCH
_SUBPATTERN = sre_parse.SUBPATTERN
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", -1)}
_ATOMIC = getattr(sre_parse, "ATOMIC_GROUP", -2)


def _exact(node: _Node) -> frozenset[str] | None:
    """The strings one node matches, when it matches one of a small finite set, else None."""
    op, av = node
    if op == _LITERAL:
        return frozenset({chr(av)})
    if op == _IN:
        items = list(av)
        if all(kind == _LITERAL for kind, _ in items) and 0 < len(items) <= _MAX_SET:
            return frozenset(chr(c) for _, c in items)
        return None
    if op == _SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _exact_seq(sub)
    if op == _BRANCH:
        _, branches = av
        out: set[str] = set()
        for branch in branches:
            strings = _exact_seq(branch)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= _MAX_SET else None
    return None


def _exact_seq(seq: Sequence[_Node]) -> frozenset[str] | None:
    strings: frozenset[str] = frozenset({""})
    for node in seq:
        part = _exact(node)
        if part is None or len(strings) * len(part) > _MAX_SET:
            return None
        strings = frozenset(a + b for a, b in product(strings, part))
    return strings


def _required(node: _Node) -> list[frozenset[str]]:
    """Sets of strings such that every match of ``node`` contains one string of each set."""
    op, av = node
    exact = _exact(node)
    if exact is not None:
        return [exact] if "" not in exact else []
    if op == _SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [] if add_flags & re.IGNORECASE else _required_seq(sub)
    if op == _ATOMIC:
        return _required_seq(av)
    if op in _REPEATS:
        low, _high, sub = av
        return _required_seq(sub) if low >= 1 else []
    if op == _BRANCH:
        _, branches = av
        union: set[str] = set()
        for branch in branches:
            best = _best(_required_seq(branch))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []  # anchors, look-arounds, categories, back-references: no requirement


def _required_seq(seq: Sequence[_Node]) -> list[frozenset[str]]:
    # Consecutive exact nodes join into one run of strings ("碾" "压" -> "碾压").
    found: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for node in seq:
        exact = _exact(node)
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = frozenset(a + b for a, b in product(run, exact))
            continue
        if "" not in run:
            found.append(run)
        if exact is not None:
            run = exact
        else:
            found.extend(_required(node))
            run = frozenset({""})
    if "" not in run:
        found.append(run)
    return found


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    # A string containing another of the set adds nothing: where it occurs, the other does.
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    # The rarest-looking set: longest shortest string, then no common single character, then
    # fewest strings.
    candidates = [_minimal(s) for s in sets if s and "" not in s]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), not s & _COMMON, -len(s)))


def required_literals(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None when there is no such
    set (the pattern must always run)."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if compiled.flags & re.IGNORECASE:
        return None
    try:
        tree = sre_parse.parse(compiled.pattern, compiled.flags)
    except Exception:  # pragma: no cover - compiled above, so the parser accepts it
        return None
    return _best(_required_seq(list(tree)))


class LiteralPrefilter:
    """Which of ``patterns`` can match a text, from one automaton pass over their literals."""

    def __init__(self, patterns: Sequence[str | re.Pattern[str]]) -> None:
        self.size = len(patterns)
        self.literals: list[frozenset[str] | None] = [required_literals(p) for p in patterns]
        self._always = frozenset(i for i, lits in enumerate(self.literals) if lits is None)
        owners: dict[str, set[int]] = {}
        for index, lits in enumerate(self.literals):
            for literal in lits or ():
                owners.setdefault(literal, set()).add(index)
        # The automaton yields a small int per literal; the sets are looked up once per distinct
        # literal found, not once per occurrence.
        self._owners = [frozenset(indices) for indices in owners.values()]
        self._automaton = ahocorasick.Automaton()
        for number, literal in enumerate(owners):
            self._automaton.add_word(literal, number)
        if owners:
            self._automaton.make_automaton()
        self._has_literals = bool(owners)

    def candidates(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (the others cannot)."""
        if not self._has_literals:
            return self._always
        found = set(self._always)
        for number in {number for _end, number in self._automaton.iter(text)}:
            found |= self._owners[number]
        return frozenset(found)


__all__ = ["LiteralPrefilter", "required_literals"]
