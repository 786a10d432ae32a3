"""The alert lexicon's rule syntax: slot patterns and concept rules, compiled (``nlp.alerts``).

A slot pattern matches one wording with variable parts (``{delivery} {adverb}? {late}``); a
concept rule, two concept classes met within a short window of one sentence, in any wording
(``{parcel} & {transit_fault}``). ``compile_pattern`` and ``compile_concept`` document the
syntax; ``nlp/data/alerts.yaml`` uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nlp.normalize import normalize_with_offsets

# Clause boundaries: sentence and clause punctuation (after normalisation, half width) and newlines.
# A full stop between digits is a decimal point (原价59.9), not the end of a clause.
_CLAUSE_CHARS = r",.!?;:。，！？；：、~\n"
_GAP_CHAR = f"(?:[^{_CLAUSE_CHARS}]|(?<=[0-9])\\.(?=[0-9]))"
#: The built-in ``{num}`` slot: Arabic digits or Chinese numerals (十个碎了八个, 拖到7点半).
_NUM = "[0-9零〇一二两三四五六七八九十百千万半几]+"
_GAP = re.compile(r"~(\d+)")
_SLOT = re.compile(r"\{(\w+)\}(\?)?")
_CONCEPT = re.compile(r"\{(\w+)\}\s*([&+])\s*\{(\w+)\}(?:\s+~(\d+))?")


class LexiconError(Exception):
    """The lexicon file is malformed (the message says where)."""


@dataclass(frozen=True, slots=True)
class SlotPattern:
    """A compiled slot pattern: its source text, its regex (gaps are groups ``g0``, ``g1``…)
    and the words its first element may start with (the Aho-Corasick anchors)."""

    source: str
    regex: re.Pattern[str]
    anchors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConceptRule:
    """A compiled concept rule: a word of slot ``first`` and one of slot ``second`` at most
    ``window`` characters apart in one sentence (``ordered``: ``first`` comes first)."""

    source: str
    first: str
    second: str
    ordered: bool
    window: int


def fold(text: str) -> str:
    """``text`` lower-cased, offset for offset (terms and texts are matched folded)."""
    lowered = text.lower()
    # lower() may change the length of rare characters (İ); keep offsets exact in that case.
    return lowered if len(lowered) == len(text) else "".join(c.lower()[:1] or c for c in text)


def strings(value: Any, where: str) -> tuple[str, ...]:
    """A lexicon list of non-empty strings, normalised and folded like the texts."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return tuple(fold(normalize_with_offsets(v).text) for v in value)


def compile_pattern(
    source: str, slots: dict[str, tuple[str, ...]], where: str = "<pattern>"
) -> SlotPattern:
    """Compile one slot pattern: elements separated by spaces, matched next to each other.

    - ``{name}``: any word of slot ``name`` (the lexicon's ``slots``; ``{num}`` is built in:
      digits or Chinese numerals), the longest first;
    - a literal (``拖到``, ``个``), normalised like terms;
    - ``~N``: a gap of up to N characters inside the clause; a gap holding a negation or hedge
      cue (配送一点都不慢, 配送会不会很慢) cancels the hit;
    - a slot or literal followed by ``?`` is optional. The first and last elements must be
      required slots or literals (the first one anchors the search).
    """
    parts: list[str] = []
    anchors: tuple[str, ...] = ()
    elements = source.split()
    if not elements:
        raise LexiconError(f"{where}: empty pattern")
    for index, element in enumerate(elements):
        edge = index in (0, len(elements) - 1)
        gap = _GAP.fullmatch(element)
        if gap:
            if edge:
                raise LexiconError(f"{where}: {source!r} may not start or end with a gap")
            parts.append(f"(?P<g{len(parts)}>{_GAP_CHAR}{{0,{int(gap.group(1))}}}?)")
            continue
        slot = _SLOT.fullmatch(element)
        optional = element.endswith("?") and len(element) > 1
        if slot:
            name = slot.group(1)
            if name == "num":
                words: tuple[str, ...] = tuple("0123456789零〇一二两三四五六七八九十百千万半几")
                body = _NUM
            elif name in slots:
                words = slots[name]
                body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            else:
                raise LexiconError(f"{where}: {source!r} uses unknown slot {{{name}}}")
        else:
            literal = element[:-1] if optional else element
            words = (fold(normalize_with_offsets(literal).text),)
            body = re.escape(words[0])
        if optional and edge:
            raise LexiconError(f"{where}: {source!r} may not start or end with an optional part")
        parts.append(f"(?:{body}){'?' if optional else ''}")
        if index == 0:
            anchors = words
    return SlotPattern(source=source, regex=re.compile("".join(parts)), anchors=anchors)


def compile_concept(
    source: str, slots: dict[str, tuple[str, ...]], window: int, where: str = "<concept>"
) -> ConceptRule:
    """Compile one concept rule: ``{a} & {b}`` (either order) or ``{a} + {b}`` (``a`` first),
    optionally followed by ``~N``, the most characters between the two words (default
    ``window``). Both must be slots; the two words must lie in one sentence, and a gap holding
    a negation or hedge cue cancels the hit, as in a pattern."""
    rule = _CONCEPT.fullmatch(source.strip())
    if not rule:
        raise LexiconError(f"{where}: {source!r} is not `{{a}} & {{b}}` or `{{a}} + {{b}}` [~N]")
    first, joint, second, limit = rule.groups()
    for name in (first, second):
        if name not in slots:
            raise LexiconError(f"{where}: {source!r} uses unknown slot {{{name}}}")
    return ConceptRule(
        source=source,
        first=first,
        second=second,
        ordered=joint == "+",
        window=int(limit) if limit else window,
    )
