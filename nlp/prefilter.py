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
runs, and a pattern that runs runs as before (``finditer`` over the whole text), so results
never change.

The literals come from the parse tree of Python's own regex parser (``re._parser``): a pattern
the extraction does not understand (case-insensitive flags, back-references, an unknown node)
simply has no required literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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

    def __init__(self, patterns: Sequence[str | re.Pattern[str]]) -> None:
        self.size = len(patterns)
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
        self._automaton = ahocorasick.Automaton()
        for number, literal in enumerate(self.literals):
            self._automaton.add_word(literal, number)
        if self.literals:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (the others cannot)."""
        if not self.literals:
            return frozenset(range(self.size))
        return self.candidates_from(set(map(itemgetter(1), self._automaton.iter(text))))

    def candidates_from(self, found: Iterable[int]) -> frozenset[int]:
        """``candidates`` of a text in which exactly the literals numbered ``found`` occur."""
        seen = np.zeros(len(self.literals), dtype=np.int32)
        seen[np.fromiter(found, dtype=np.int64)] = 1
        satisfied = np.minimum(self._satisfies @ seen, 1)
        met = self._pattern_sets @ satisfied
        return frozenset(np.flatnonzero(met == self._need_count).tolist())


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
    "check_pattern",
    "compile_once",
    "required_literal_sets",
    "required_literals",
]
