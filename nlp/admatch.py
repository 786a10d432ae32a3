"""Evasion-robust term matching for ad copy (the tier-1 Advertising-Law check's engine).

Seed 002 (002_f20953b0c327b653.txt, 风险控制 › 合规管理模块): "初审:AI语义识别系统(过滤敏感词)".
Copywriters dodge naive keyword filters, so terms are matched on the text normalised in the
``"evasion"`` mode of ``nlp.normalize`` (half width, lower case, simplified, with spaces,
punctuation, symbols, emoji, zero-width and combining characters dropped: ``最*好``, ``第 一``,
``最\u200b佳`` all read as the plain term), whose offset map carries findings' ``start``/``end``
back into what the user wrote. Literal terms are found with one Aho-Corasick automaton
(pyahocorasick) over the normalised text, regex patterns run on the same text, and each match
is dropped when a *context exception* of its group covers it (``最近``, ``最后三天``,
``第一次参加``, ``第一个周日``). A match may absorb at most ``max_gap`` dropped characters between
two of its characters, so words far apart in a sentence never join into a term, and a literal
term none across a clause break (a comma or a sentence end) or a header bracket
(``【电梯维保】本周`` holds no 保本, ``泡脚包，治失眠`` no 包治, ``比不上大超市，价格`` no 超市价:
an evasion breaks a word with a symbol or a space, not with a comma); a group ``within_clause``
keeps every match, pattern or term, inside one clause of the copy as written.

Cost: one ``str.translate`` pass and one C-level automaton scan per text; Python code runs only
per *match* (and per dropped character), never per character. A regex pattern runs only on text
that holds a literal of each slot its matches need (``nlp.prefilter``, whose literals share the
terms' automaton: still one pass), so the patterns of rules whose words are absent cost nothing;
in long copy one that runs scans only the windows around its literals
(``nlp.prefilter.PrefilterScan``), with the whole-text scan's matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

import ahocorasick

from nlp.normalize import NormalizedText, normalize, normalize_with_offsets
from nlp.prefilter import LiteralPrefilter, compile_once


@dataclass(frozen=True)
class TermGroup:
    """What to find for one group (a compliance rule): literal terms, regex patterns, and the
    context exceptions (literal or regex) that cancel a match they cover. Patterns and
    exception patterns see the *normalised* text (no spaces or punctuation, simplified, lower)."""

    name: str
    terms: Sequence[str] = ()
    patterns: Sequence[str] = ()
    exceptions: Sequence[str] = ()
    exception_patterns: Sequence[str] = ()
    #: A match may not hold a clause break (，；。…) of the text as written: for claims that are
    #: one clause (90%的顾客), whose words in two clauses say something else (坡度15%可调，会员…).
    within_clause: bool = False
    #: A match may hold any run of dropped characters (an emoji, a bracket, an ellipsis): for
    #: patterns whose match a check then reads in the text as written (a rule's ``verify``), so
    #: that a long span is not lost to the gap that marks an evasion inside a short term.
    any_gap: bool = False


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One match: the group, the listed term (or pattern), and original offsets."""

    group: str
    term: str
    start: int
    end: int
    text: str


@dataclass
class _Compiled:
    name: str
    exceptions: list[str] = field(default_factory=list)
    #: (number in the matcher's prefilter, regex source): a regex whose literals the text lacks
    #: is skipped (it cannot match in any window of it); one that may match is compiled at its
    #: first run (``compile_once``).
    exception_patterns: list[tuple[int, str]] = field(default_factory=list)
    within_clause: bool = False
    any_gap: bool = False
    _by_fragment: dict[str, list[tuple[int, int, frozenset[str]]]] = field(default_factory=dict)

    def exceptions_around(self, fragment: str) -> list[tuple[int, int, frozenset[str]]]:
        """For a matched ``fragment``: (offset of the fragment in an exception, exception
        length, the exceptions with that shape), so a covering exception is found with one
        slice and a set lookup per shape instead of a search per exception."""
        shapes = self._by_fragment.get(fragment)
        if shapes is None:
            index: dict[tuple[int, int], set[str]] = {}
            for exc in self.exceptions:
                at = exc.find(fragment)
                while at >= 0:
                    index.setdefault((at, len(exc)), set()).add(exc)
                    at = exc.find(fragment, at + 1)
            shapes = [(at, size, frozenset(v)) for (at, size), v in index.items()]
            if len(self._by_fragment) > 4096:  # pattern matches vary; keep the cache bounded
                self._by_fragment.clear()
            self._by_fragment[fragment] = shapes
        return shapes


#: What ends a sentence or a header (【…】).
_SENTENCE_ENDS = "。！？!?；;\n【】"
#: What ends a clause (a sentence end, a comma or an enumeration comma): the characters dropped
#: inside a literal term's match may not hold one, so 【电梯维保】本周 is no 保本, 超市，价格 no
#: 超市价 and 过期药、用完的药瓶 no 药用 (an evasion breaks a word with a symbol or a space, not
#: with a comma), nor those inside any match of a group whose matches stay ``within_clause``.
_CLAUSE_BREAK = re.compile(f"[，,、{_SENTENCE_ENDS}]")


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class TermMatcher:
    """Find the terms and patterns of many groups in one pass over normalised text."""

    #: Window around a match in which exception patterns are looked for.
    EXCEPTION_WINDOW = 24

    def __init__(
        self,
        groups: Iterable[TermGroup],
        *,
        max_gap: int = 3,
        prefilter: bool = True,
        windows: bool = True,
    ) -> None:
        """``prefilter=False`` runs every pattern on every text, ``windows=False`` each pattern
        that may match over the whole text (same results, slower; for benchmarks)."""
        self.max_gap = max_gap
        self._groups: list[_Compiled] = []
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, list[tuple[int, str]]] = {}
        specs = list(groups)
        for index, group in enumerate(specs):
            compiled = _Compiled(
                group.name, within_clause=group.within_clause, any_gap=group.any_gap
            )
            for term in group.terms:
                key = normalize(term, "evasion")
                if not key:
                    raise ValueError(f"{group.name}: term {term!r} is empty once normalised")
                keys.setdefault(key, []).append((index, term))
            compiled.exceptions = [
                x for x in (normalize(e, "evasion") for e in group.exceptions) if x
            ]
            self._groups.append(compiled)
        #: (group index, pattern source), every group's patterns; a pattern is compiled at its
        #: first run (``compile_once``), so a matcher that reads one copy compiles only the
        #: patterns the prefilter lets run on it.
        self._patterns = [
            (index, source) for index, group in enumerate(specs) for source in group.patterns
        ]
        # The exception patterns are numbered after the rule patterns: one prefilter answers
        # which of both a text may hold.
        every_exception: list[str] = []
        for owner, spec in zip(self._groups, specs, strict=True):
            for source in spec.exception_patterns:
                number = len(self._patterns) + len(every_exception)
                owner.exception_patterns.append((number, source))
                every_exception.append(source)
        self._prefilter = (
            LiteralPrefilter(
                [source for _, source in self._patterns] + every_exception, windows=windows
            )
            if prefilter and (self._patterns or every_exception)
            else None
        )
        # One automaton for the terms and the prefilter's literals (one pass over the text).
        # A key's value is its number: most hits are literals that no term shares (common
        # characters), so C-level iterators pick out the term hits and the distinct numbers,
        # and Python code runs only per term hit and per distinct key found.
        literal_number = (
            {literal: n for n, literal in enumerate(self._prefilter.literals)}
            if self._prefilter
            else {}
        )
        for key in literal_number.keys() - keys.keys():
            keys[key] = []
        #: Per key number: its length and the (group, term) pairs it is for.
        self._keys: list[tuple[int, tuple[tuple[int, str], ...]]] = []
        #: Per key number: whether it is a term (a hit is then a match).
        self._is_term: list[bool] = []
        #: Per key number: its literal number for the prefilter, or -1.
        self._literal_of: list[int] = []
        for number, (key, owners) in enumerate(keys.items()):
            self._automaton.add_word(key, number)
            self._keys.append((len(key), tuple(owners)))
            self._is_term.append(bool(owners))
            self._literal_of.append(literal_number.get(key, -1))
        if keys:
            self._automaton.make_automaton()
        self._has_terms = bool(keys)

    def find(self, text: str, set_aside: list[TermMatch] | None = None) -> list[TermMatch]:
        """Every match in ``text``, ordered by start; per group, overlapping matches collapse to
        the longest (``全网最低价`` over ``最低价``). ``set_aside``, when given, receives the
        matches a context exception of their group dropped (``第一菜市场``, ``唯一的收款码``):
        words the rules read and judged lawful, which the semantic reader may still weigh."""
        norm = normalize_with_offsets(text, "evasion")
        squeezed = norm.text
        # (group, start, end, term, a literal term?) in squeezed
        raw: list[tuple[int, int, int, str, bool]] = []
        hits: list[tuple[int, int]] = []
        if self._has_terms and squeezed:
            hits = list(self._automaton.iter(squeezed))  # (end index, key number)
            numbers = list(map(itemgetter(1), hits))
            for end_index, number in compress(hits, map(self._is_term.__getitem__, numbers)):
                length, owners = self._keys[number]
                start = end_index - length + 1
                for group_index, term in owners:
                    raw.append((group_index, start, end_index + 1, term, True))
        # Only the patterns whose literals are all in the text can match (the others cannot),
        # and in long text each scans only near its literals (``PrefilterScan.finditer``).
        scan = (
            self._prefilter.scan_from(squeezed, hits, self._literal_of) if self._prefilter else None
        )
        candidates = scan.candidates if scan is not None else None
        runnable = (
            sorted(n for n in candidates if n < len(self._patterns))
            if candidates is not None
            else range(len(self._patterns))
        )
        for pattern_index in runnable:
            group_index, source = self._patterns[pattern_index]
            regex = compile_once(source)
            for m in scan.finditer(pattern_index, regex) if scan else regex.finditer(squeezed):
                if m.end() > m.start():
                    raw.append((group_index, m.start(), m.end(), source, False))
        if not raw:
            return []
        raw.sort(key=lambda r: (r[0], r[1], -(r[2] - r[1])))
        found: list[TermMatch] = []
        last_group, last_end = -1, -1
        for group_index, start, end, term, literal in raw:
            if group_index == last_group and start < last_end:
                continue  # overlaps a longer/earlier match of the same group
            group = self._groups[group_index]
            span = self._accept(text, norm, group, start, end, literal)
            if span is None:
                continue
            o_start, o_end = span
            match = TermMatch(group.name, term, o_start, o_end, text[o_start:o_end])
            if self._excepted(squeezed, group, start, end, candidates):
                if set_aside is not None:
                    set_aside.append(match)
                continue
            found.append(match)
            last_group, last_end = group_index, end
        found.sort(key=lambda m: (m.start, m.end, m.group))
        return found

    def _accept(
        self,
        text: str,
        norm: NormalizedText,
        group: _Compiled,
        start: int,
        end: int,
        literal: bool = True,
    ) -> tuple[int, int] | None:
        """The match's span in ``text``, or None when it is not a match (too wide a gap, a
        ``literal`` term across a clause break, inside a longer Latin word); a context exception
        is ``_excepted``'s to judge. Patterns may span sentences on purpose (a headline price and
        its small print)."""
        # Each character of the evasion mode covers one original character, so the characters
        # dropped inside the match are the original span's surplus; only when they exceed
        # ``max_gap`` in total can one run of them do so.
        o_start, o_end = norm.original_span(start, end)
        dropped = o_end - o_start - (end - start)
        if (
            not group.any_gap
            and dropped > self.max_gap
            and norm.widest_gap(start, end, text) > self.max_gap
        ):
            return None
        bounded = literal or group.within_clause
        if dropped and bounded and _CLAUSE_BREAK.search(text, o_start, o_end):
            return None
        squeezed = norm.text
        # Latin/digit terms must not sit inside a longer word: "top1" is not in "top10".
        word_start, word_end = _is_word(squeezed[start]), _is_word(squeezed[end - 1])
        if word_start or word_end:
            if word_start and o_start > 0 and _is_word(normalize(text[o_start - 1], "evasion")):
                return None
            if word_end and o_end < len(text) and _is_word(normalize(text[o_end], "evasion")):
                return None
        return o_start, o_end

    def _excepted(
        self,
        squeezed: str,
        group: _Compiled,
        start: int,
        end: int,
        candidates: frozenset[int] | None,
    ) -> bool:
        """Whether a context exception of ``group`` covers the match ``[start, end)`` of the
        normalised text; ``candidates``: the prefilter's numbers of the regexes that may match
        the text (None: run every exception pattern)."""
        if group.exceptions:
            for at, size, options in group.exceptions_around(squeezed[start:end]):
                begin = start - at
                if begin >= 0 and squeezed[begin : begin + size] in options:
                    return True
        if group.exception_patterns:
            lo = max(0, start - self.EXCEPTION_WINDOW)
            window = squeezed[lo : end + self.EXCEPTION_WINDOW]
            for number, source in group.exception_patterns:
                if candidates is not None and number not in candidates:
                    continue
                for m in compile_once(source).finditer(window):
                    if m.start() + lo <= start and m.end() + lo >= end:
                        return True
        return False
