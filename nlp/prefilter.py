"""A literal prefilter for regex patterns: run a pattern only on text that holds a literal every
one of its matches contains.

``required_literals("(央视|cctv)[一-鿿]{0,4}?(推荐|上榜)")`` is ``{"推荐", "上榜"}``: whatever
the pattern matches contains one of them, so on a text holding neither the pattern cannot match
and its scan is skipped. ``LiteralPrefilter`` finds the literals of many patterns with one
Aho-Corasick pass (pyahocorasick) and answers which patterns may match. A pattern with several
slots needs a literal of each (``required_literal_sets``): ``(医生|专家)[一-鿿]{0,4}?(推荐|建议)``
runs only where a word of both slots occurs, so broad concept patterns cost nothing on copy that
lacks one of their anchors. A short repeat of an exact part is read as its strings
(``打了?蜡`` needs 打蜡 or 打了蜡, not 打 and 蜡 apart, which long copy nearly always holds).
Skipping is exact: a skipped pattern has no match, a pattern without a required literal always
runs, and a pattern that runs finds what ``finditer`` over the whole text finds, so results
never change.

The literals come from the parse tree of Python's own regex parser (``re._parser``): a pattern
the extraction does not understand (case-insensitive flags, back-references, an unknown node)
simply has no required literal.

A pattern that runs need not run over the whole text either (``PrefilterScan.finditer``, for
text of at least ``PrefilterScan.SHORT`` characters): every match holds a literal of each of the
pattern's sets, and the parse tree bounds how far a match reaches from its start
(``window_plan``: a constant, plus for each unbounded repeat of one character, ``[0-9]+``, the
longest run of that character class in the text). So a match starts between an occurrence's
end minus that width and the occurrence's start, for the occurrences of whichever set occurs
least in the text, and the scan runs only in those windows, each seeing the text as far as the
pattern can read. The matches are the whole-text ``finditer``'s, the same spans in the same
order; long copy with few occurrences is scanned a few dozen characters at a time instead of end
to end. Only patterns the engine tries at every position get windows (those that may start with
any CJK character, ``[一-鿿]{0,4}专家``): where it can skip ahead to a literal or a class of first
characters itself, its own scan was measured faster than the windows' bookkeeping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from operator import itemgetter

# Python's own regex parser and compiler (``sre_parse``, ``sre_compile`` are their deprecated
# public aliases).
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick
import numpy as np
from scipy import sparse

#: Largest set of strings an exact part of a pattern may stand for (``[0-9]{2}`` is 100).
_MAX_SET = 64
#: Most repeats of an exact part read as strings (``子?``, ``(的|地){1,2}``).
_MAX_EXACT_REPEAT = 3
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
    if op in _REPEATS:
        # A short repeat of an exact part (子?, 了?, [0-9]{1,2}): each count's strings, "" for
        # none (打了?蜡 is 打蜡 or 打了蜡, one literal set instead of 打 and 蜡 apart).
        low, high, sub = av
        part = _exact_seq(sub)
        if part is None or high > _MAX_EXACT_REPEAT:
            return None
        counted: set[str] = set()
        power = frozenset({""})
        for count in range(high + 1):
            if count >= low:
                counted |= power
            if count < high:
                if len(power) * len(part) > _MAX_SET:
                    return None
                power = frozenset(a + b for a, b in product(power, part))
        return frozenset(counted) if len(counted) <= _MAX_SET else None
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
    exact = _exact(node)
    if exact is not None:
        return [exact] if "" not in exact else []
    return _required_inexact(node)


def _required_inexact(node: _Node) -> list[frozenset[str]]:
    """``_required`` of a node ``_exact`` found no strings for (its parts are read in turn)."""
    op, av = node
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
            found.extend(_required_inexact(node))
            run = frozenset({""})
    if "" not in run:
        found.append(run)
    return found


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    # A string containing another of the set adds nothing: where it occurs, the other does. Shortest
    # first, each tested against those kept (a dropped one's own substring was kept before it).
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    # The rarest-looking set: longest shortest string, then no common single character, then
    # fewest strings.
    candidates = [_minimal(s) for s in sets if s and "" not in s]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), not s & _COMMON, -len(s)))


#: Largest set of first characters worth a guard: a pattern that may start with any CJK character
#: (``[一-鿿]{0,4}专家``) gains nothing from one.
_MAX_FIRST = 2_000


def _first_seq(seq: Sequence[_Node]) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``seq`` may start with, and whether it may be empty; None when
    they are not a small known set (``.``, a negated class, a category, a back-reference)."""
    first: set[str] = set()
    for node in seq:
        part = _first_node(node)
        if part is None:
            return None
        chars, empty = part
        first |= chars
        if not empty:
            return frozenset(first), False
    return frozenset(first), True


def _first_node(node: _Node) -> tuple[frozenset[str], bool] | None:
    op, av = node
    if op == _LITERAL:
        return frozenset({chr(av)}), False
    if op == _IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind == _LITERAL:
                chars.add(chr(value))
            elif kind == sre_parse.RANGE and value[1] - value[0] < _MAX_FIRST:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a negated class, a category, a wide range
        return frozenset(chars), False
    if op == _SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _first_seq(sub)
    if op == _ATOMIC:
        return _first_seq(av)
    if op == _BRANCH:
        _, branches = av
        union: set[str] = set()
        may_be_empty = False
        for branch in branches:
            part = _first_seq(branch)
            if part is None:
                return None
            union |= part[0]
            may_be_empty |= part[1]
        return frozenset(union), may_be_empty
    if op in _REPEATS:
        low, _high, sub = av
        part = _first_seq(sub)
        return None if part is None else (part[0], part[1] or low == 0)
    if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
        return frozenset(), True  # zero width: the next node's characters come first
    return None


def _first_char_guard(pattern: str) -> str | None:
    """A look-ahead of the characters a match of ``pattern`` starts with, when Python's engine
    does not find them itself. The engine skips ahead by a literal prefix or by a class of first
    characters only when every branch starts with a plain literal; a branch that starts with a
    group or a look-behind (``(斑秃|脱发|(?:糖尿病|…))``, ``(?<=[一-鿿])某``) makes it try the
    whole pattern at every position. ``(?=[斑脱糖…])`` rejects most positions in one test."""
    tree = sre_parse.parse(pattern)
    if sre_compile._get_literal_prefix(tree, 0)[0] or sre_compile._get_charset_prefix(tree, 0):
        return None
    part = _first_seq(list(tree))
    if part is None or part[1] or not part[0] or len(part[0]) > _MAX_FIRST:
        return None
    return "".join(re.escape(ch) for ch in sorted(part[0]))


@cache
def compile_once(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, once per process, at a pattern's first use. The rule packs' ~3,000
    patterns cost about 3.4 s to compile (a CJK range such as ``[一-鿿]`` takes ``re``'s charset
    optimiser about a millisecond), so the matcher and the checker keep their sources and compile
    one only when the prefilter lets it run: a check of one copy compiles the few dozen that copy
    may match, and a process that checks many copies ends up compiling each once. Packs load
    several times in one process (the API, the trainer, tests); ``re``'s own cache holds 512.

    A pattern whose first characters the engine cannot skip to by itself is compiled as
    ``(?=[first characters])(?:pattern)`` (``_first_char_guard``): the same matches, spans and
    groups, found several times faster where most positions cannot start one."""
    guard = _first_char_guard(pattern)
    return re.compile(pattern if guard is None else f"(?=[{guard}])(?:{pattern})")


def check_pattern(pattern: str) -> None:
    """Raise ``re.error`` where ``re.compile(pattern)`` would, without compiling it: the parser's
    errors, and the two the compiler adds (a look-behind must have a fixed width, and not too
    wide a one). Loading a pack checks every pattern this way; ``compile_once`` compiles it when
    it first runs."""
    _check_look_behinds(sre_parse.parse(pattern))


def _check_look_behinds(seq: Any) -> None:
    for op, av in seq:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                low, high = sub.getwidth()
                if low > sre_compile.MAXCODE:
                    raise re.error("looks too much behind")
                if low != high:
                    raise re.error("look-behind requires fixed-width pattern")
            _check_look_behinds(sub)
        elif op is _SUBPATTERN:
            _check_look_behinds(av[-1])
        elif op is _BRANCH:
            for branch in av[1]:
                _check_look_behinds(branch)
        elif op in _REPEATS:
            _check_look_behinds(av[2])
        elif op is _ATOMIC:
            _check_look_behinds(av)
        elif op is sre_parse.GROUPREF_EXISTS:
            _check_look_behinds(av[1])
            if av[2] is not None:
                _check_look_behinds(av[2])


#: A bound on how far a match reaches, linear in the text's longest runs: ``{"": c, cls: k}``
#: is ``c + k * (longest run of characters of the class cls in the text)``.
_Bound = dict[str, int]
#: A repeat count at or above this is unbounded (the parser says ``MAXREPEAT``).
_UNBOUNDED = 1 << 16
_ONE_CHARACTER = {sre_parse.LITERAL, sre_parse.NOT_LITERAL, _IN, sre_parse.ANY, sre_parse.CATEGORY}
_CATEGORY_CLASS = {
    sre_parse.CATEGORY_DIGIT: r"\d",
    sre_parse.CATEGORY_NOT_DIGIT: r"\D",
    sre_parse.CATEGORY_SPACE: r"\s",
    sre_parse.CATEGORY_NOT_SPACE: r"\S",
    sre_parse.CATEGORY_WORD: r"\w",
    sre_parse.CATEGORY_NOT_WORD: r"\W",
}


def _plus(a: _Bound, b: _Bound, times: int = 1) -> _Bound:
    out = dict(a)
    for key, value in b.items():
        out[key] = out.get(key, 0) + value * times
    return out


def _widest(a: _Bound, b: _Bound) -> _Bound:
    # Each coefficient's maximum: at least either bound for any run lengths (all are >= 0).
    return {key: max(a.get(key, 0), b.get(key, 0)) for key in a.keys() | b.keys()}


def _char_class(node: _Node) -> str | None:
    """The regex character class (without brackets) one single-character node matches."""
    op, av = node
    if op == sre_parse.LITERAL:
        return re.escape(chr(av))
    if op == sre_parse.NOT_LITERAL:
        return "^" + re.escape(chr(av))
    if op == sre_parse.ANY:
        return "^\n"
    if op == sre_parse.CATEGORY:
        return _CATEGORY_CLASS.get(av)
    parts: list[str] = []
    for kind, value in av:  # an IN node
        if kind == sre_parse.NEGATE and not parts:
            parts.append("^")
        elif kind == sre_parse.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind == sre_parse.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind == sre_parse.CATEGORY and value in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[value])
        else:
            return None
    return "".join(parts) or None


#: Characters of numbers, amounts and their units (``[0-9.]+``, ``[一二两三四五六七八九十]+``):
#: an unbounded repeat of a class inside this set is bounded by the text's longest run of any of
#: them, counted once per text for all such classes.
_NUMERALS = "0-9.一二两三四五六七八九十百千万亿几半块元毛钱wk"
_NUMERAL_SET = frozenset("0123456789.一二两三四五六七八九十百千万亿几半块元毛钱wk")


def _run_class(node: _Node) -> str | None:
    """The class whose longest run in a text bounds an unbounded repeat of ``node``: ``_NUMERALS``
    for a class of numerals, else the node's own class; None when ``node`` is not one character."""
    op, av = node
    if op not in _ONE_CHARACTER:
        return None
    chars: set[str] = set()
    if op == sre_parse.LITERAL:
        chars.add(chr(av))
    elif op == _IN:
        for kind, value in av:
            if kind == sre_parse.LITERAL:
                chars.add(chr(value))
            elif kind == sre_parse.RANGE and value[1] - value[0] < len(_NUMERAL_SET):
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a category, a negated or a wide class: its own runs
                return _char_class(node)
    return _NUMERALS if chars and chars <= _NUMERAL_SET else _char_class(node)


def _extent(seq: Sequence[_Node]) -> tuple[_Bound, _Bound] | None:
    """(width, reach) of a parsed sequence: bounds on how many characters a match consumes and
    on how far past its start the engine may read (look-aheads, ``$`` and ``\\b`` read ahead);
    None when there is no such bound (an unbounded repeat of more than one character, a
    back-reference)."""
    width: _Bound = {}
    reach: _Bound = {}
    for node in seq:
        op, av = node
        if op in _ONE_CHARACTER:
            part: tuple[_Bound, _Bound] | None = ({"": 1}, {"": 1})
        elif op == sre_parse.AT:
            part = ({}, {"": 1})
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                continue  # a look-behind reads before the match: the text is never cut there
            ahead = _extent(list(sub))
            part = None if ahead is None else ({}, ahead[1])
        elif op == _SUBPATTERN:
            part = _extent(list(av[-1]))
        elif op == _ATOMIC:
            part = _extent(list(av))
        elif op == _BRANCH:
            branches = [_extent(list(branch)) for branch in av[1]]
            part = None
            if all(b is not None for b in branches):
                part = ({}, {})
                for b in branches:
                    assert b is not None
                    part = (_widest(part[0], b[0]), _widest(part[1], b[1]))
        elif op in _REPEATS:
            _low, high, sub = av
            items = list(sub)
            if high >= _UNBOUNDED:
                cls = _run_class(items[0]) if len(items) == 1 else None
                part = None if cls is None else ({cls: 1}, {cls: 1})
            elif high == 0:
                continue
            else:
                inner = _extent(items)
                part = None
                if inner is not None:
                    part = (
                        _plus({}, inner[0], high),
                        _plus(_plus({}, inner[0], high - 1), inner[1]),
                    )
        else:
            return None
        if part is None:
            return None
        reach = _widest(reach, _plus(width, part[1]))
        width = _plus(width, part[0])
    return width, _widest(reach, width)


@dataclass(frozen=True)
class WindowPlan:
    """How far a match of one pattern reaches from its start (``window_plan``)."""

    #: Bound on the characters a match consumes.
    width: tuple[tuple[str, int], ...]
    #: Bound on how far past its start the engine reads (at least ``width``).
    reach: tuple[tuple[str, int], ...]


@cache
def window_plan(pattern: str) -> WindowPlan | None:
    """The bounds of a pattern's matches, or None when it scans the whole text: the engine skips
    to where a match may start by itself (a literal prefix, a class of first characters,
    ``compile_once``'s guard: windows measured slower there, their cost not repaid), or the
    pattern may match the empty string, or a match has no bound in terms of the text's character
    runs. Parsed once per process, at a pattern's first run."""
    tree = sre_parse.parse(pattern)
    if tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
        return None
    if sre_compile._get_literal_prefix(tree, 0)[0] or sre_compile._get_charset_prefix(tree, 0):
        return None
    if tree.getwidth()[0] == 0 or _first_char_guard(pattern) is not None:
        return None
    extent = _extent(list(tree))
    if extent is None:
        return None
    width, reach = extent
    return WindowPlan(tuple(sorted(width.items())), tuple(sorted(reach.items())))


@cache
def _run_regex(cls: str) -> re.Pattern[str]:
    return re.compile(f"[{cls}]+")


def required_literals(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None when there is no such
    set (the pattern must always run)."""
    return _best(_requirements(pattern))


@cache
def required_literal_sets(pattern: str | re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every set of strings such that each match of ``pattern`` contains one string of *each*
    set (empty: the pattern must always run). ``(医生|专家)…(推荐|力荐)`` gives both sets, so a
    two-slot pattern runs only on text that holds a word of each slot. Sets made only of
    characters too frequent in copy to filter anything (``的``, ``不``) are left out unless
    they are the only ones; the rarest set (``required_literals``) comes first."""
    sets = [_minimal(s) for s in _requirements(pattern) if s and "" not in s]
    best = _best(sets)
    if best is None:
        return ()
    useful = [s for s in dict.fromkeys(sets) if s != best and not s <= _COMMON]
    return (best, *useful)


def _requirements(pattern: str | re.Pattern[str]) -> list[frozenset[str]]:
    """The parse tree's required sets (a source is parsed, not compiled: compiling waits for a
    pattern's first run, ``compile_once``)."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    tree = sre_parse.parse(source, flags)
    if tree.state.flags & re.IGNORECASE:
        return []
    return _required_seq(list(tree))


class LiteralPrefilter:
    """Which of ``patterns`` can match a text, from one automaton pass over their literals.

    A pattern may match only where a literal of each of its sets (``required_literal_sets``)
    occurs. The automaton can be shared: ``literals`` numbers every literal, and a caller that
    already scans the text with its own automaton (``nlp.admatch`` adds them to its terms')
    passes the numbers it saw to ``candidates_from``.
    """

    def __init__(self, patterns: Sequence[str | re.Pattern[str]], *, windows: bool = True) -> None:
        """``windows=False``: a scan runs each candidate over the whole text (the same matches,
        slower on long text; for benchmarks)."""
        self.size = len(patterns)
        self.windows = windows
        #: Per pattern, its source where windows may apply (a plain source: flags of a compiled
        #: pattern are not read into its bounds).
        self.sources = [
            p if isinstance(p, str) else p.pattern if p.flags == re.UNICODE else None
            for p in patterns
        ]
        #: Per pattern, the sets of literals it needs (empty: it always runs).
        self.requirements = [required_literal_sets(p) for p in patterns]
        numbers: dict[frozenset[str], int] = {}
        owners: dict[str, set[int]] = {}
        self._needs: list[frozenset[int]] = []
        for sets in self.requirements:
            for literals in sets:
                number = numbers.setdefault(literals, len(numbers))
                for literal in literals:
                    owners.setdefault(literal, set()).add(number)
            self._needs.append(frozenset(numbers[s] for s in sets))
        #: The literals, numbered (a literal's number is its row in ``_satisfies``).
        self.literals = list(owners)
        # Two sparse incidence matrices answer a text in a few C-level operations: which sets
        # the literals found satisfy (rows of literal x set), then per pattern how many of its
        # sets are satisfied (pattern x set times that vector) against how many it needs.
        self._satisfies = _incidence(
            [owners[literal] for literal in self.literals], len(numbers)
        ).T.tocsr()
        self._pattern_sets = _incidence(self._needs, len(numbers))
        self._need_count = np.array([len(needs) for needs in self._needs], dtype=np.int32)
        self.lengths = [len(literal) for literal in self.literals]
        self._slots: dict[int, tuple[frozenset[int], ...]] = {}
        self._automaton = ahocorasick.Automaton()
        for number, literal in enumerate(self.literals):
            self._automaton.add_word(literal, number)
        if self.literals:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (the others cannot)."""
        return self.scan(text).candidates

    def slots(self, index: int) -> tuple[frozenset[int], ...]:
        """Pattern ``index``'s sets as literal numbers (``PrefilterScan.windows`` scans near the
        literals of the one that occurs least in the text), worked out at its first need: few
        patterns ever scan in windows."""
        slots = self._slots.get(index)
        if slots is None:
            number = self._automaton.get
            slots = tuple(
                frozenset(number(literal) for literal in literals)
                for literals in self.requirements[index]
            )
            self._slots[index] = slots
        return slots

    def scan(self, text: str) -> PrefilterScan:
        """``candidates`` of ``text``, and where its literals occur, so that in long text a
        pattern that may match scans only near them (``PrefilterScan.finditer``)."""
        if not self.literals:
            return PrefilterScan(self, text, frozenset(range(self.size)), [])
        return self.scan_from(text, list(self._automaton.iter(text)))

    def scan_from(
        self,
        text: str,
        hits: list[tuple[int, int]],
        literal_of: Sequence[int] | None = None,
    ) -> PrefilterScan:
        """``scan`` of a text an automaton read: ``hits`` its (end index, key) pairs, and
        ``literal_of`` each key's literal number (-1: not a literal) for a caller whose own
        automaton holds more keys (``nlp.admatch`` shares one with its terms); None: the keys
        are the literal numbers."""
        keys = set(map(itemgetter(1), hits))
        found = keys if literal_of is None else {literal_of[key] for key in keys}
        found.discard(-1)
        return PrefilterScan(self, text, self.candidates_from(found), hits, literal_of)

    def candidates_from(self, found: Iterable[int]) -> frozenset[int]:
        """``candidates`` of a text in which exactly the literals numbered ``found`` occur."""
        seen = np.zeros(len(self.literals), dtype=np.int32)
        seen[np.fromiter(found, dtype=np.int64)] = 1
        satisfied = np.minimum(self._satisfies @ seen, 1)
        met = self._pattern_sets @ satisfied
        return frozenset(np.flatnonzero(met == self._need_count).tolist())


@dataclass
class PrefilterScan:
    """One text read by a ``LiteralPrefilter``: which patterns may match it (``candidates``)
    and, for ``finditer``, where its literals occur."""

    prefilter: LiteralPrefilter
    text: str
    candidates: frozenset[int]
    #: The automaton's (end index, key) pairs over the text.
    hits: list[tuple[int, int]]
    #: Each key's literal number (None: the keys are the literal numbers).
    literal_of: Sequence[int] | None = None
    #: Per literal found, the offsets just past each occurrence, in order: gathered at the first
    #: pattern that scans in windows.
    _ends: dict[int, list[int]] | None = None
    #: Longest run of each character class (``window_plan``'s bounds), counted when first asked.
    _runs: dict[str, int] = field(default_factory=dict)

    #: A scan whose windows would cover more than this share of the text reads it whole.
    WHOLE = 0.5
    #: A text shorter than this is scanned whole (windows would save less than they cost).
    SHORT = 512

    def finditer(self, index: int, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)`` for pattern ``index`` of the prefilter (its compiled form,
        ``compile_once``): the same matches in the same order, scanning only ``windows`` when
        there are any. A pattern that is not a candidate has no match."""
        if index not in self.candidates:
            return iter(())
        plan = self.windows(index)
        if plan is None:
            return regex.finditer(self.text)
        windows, reach = plan
        return _windowed(regex, self.text, windows, reach)

    def windows(self, index: int) -> tuple[list[list[int]], int] | None:
        """Where a match of candidate ``index`` can start — [first, last] windows around the
        literals of the pattern's set that occurs least in this text — and how far past its
        start one reads; None when the whole text is scanned instead (a short text, a pattern
        without a ``window_plan``, windows that would cover most of the text)."""
        prefilter, text, source = self.prefilter, self.text, self.prefilter.sources[index]
        if not prefilter.windows or len(text) < self.SHORT or source is None:
            return None
        plan = window_plan(source)
        if plan is None:
            return None
        slots = prefilter.slots(index)
        if not slots:
            return None
        ends = self._literal_ends()
        count, fewest = min(
            (sum(len(ends[n]) for n in found), found)
            for found in (sorted(slot & ends.keys()) for slot in slots)
        )
        budget = self.WHOLE * len(text)
        if count * 2 > budget:
            return None  # most of the text would be in a window anyway
        width, reach = self._bound(plan.width), self._bound(plan.reach)
        lengths = prefilter.lengths
        # A match holding the occurrence [end - length, end) starts in [end - width, end - length].
        starts = sorted(
            (max(0, end - width), end - lengths[number])
            for number in fewest
            for end in ends[number]
        )
        windows: list[list[int]] = []
        for first, last in starts:
            # Windows closer than a match's reach are scanned as one (fewer calls, no more text;
            # no match starts between them, as none holds a literal of the set there).
            if windows and first <= windows[-1][1] + reach:
                windows[-1][1] = max(windows[-1][1], last)
            else:
                windows.append([first, last])
        if sum(last - first + 1 + reach for first, last in windows) > budget:
            return None
        return windows, reach

    def _literal_ends(self) -> dict[int, list[int]]:
        if self._ends is None:
            literal_of = self.literal_of
            ends: dict[int, list[int]] = {}
            for end, key in self.hits:
                number = key if literal_of is None else literal_of[key]
                if number >= 0:
                    ends.setdefault(number, []).append(end + 1)
            self._ends = ends
        return self._ends

    def _bound(self, terms: tuple[tuple[str, int], ...]) -> int:
        total = 0
        for cls, times in terms:
            if not cls:
                total += times
                continue
            run = self._runs.get(cls)
            if run is None:
                run = max(map(len, _run_regex(cls).findall(self.text)), default=0)
                self._runs[cls] = run
            total += times * run
        return total


def _windowed(
    regex: re.Pattern[str], text: str, windows: list[list[int]], reach: int
) -> Iterator[re.Match[str]]:
    """The whole-text scan's matches, with ``windows`` (first, last possible start) the only
    places one can start. Each window's scan sees the text as far as a match from its last start
    can read (``reach``), and stops at the first match that starts past it; windows are more than
    ``reach`` apart (``PrefilterScan.windows`` joins closer ones), so a match ends before the next
    window begins and each window starts where the whole-text scan would be."""
    for first, last in windows:
        for match in regex.finditer(text, first, min(len(text), last + reach + 1)):
            if match.start() > last:
                break
            yield match


def _incidence(rows: Sequence[Iterable[int]], columns: int) -> sparse.csr_matrix:
    """The 0/1 matrix with a 1 in row ``r`` at each column ``rows[r]`` names."""
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        indices.extend(row)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.int32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), columns))


__all__ = [
    "LiteralPrefilter",
    "PrefilterScan",
    "WindowPlan",
    "check_pattern",
    "compile_once",
    "required_literal_sets",
    "required_literals",
    "window_plan",
]
