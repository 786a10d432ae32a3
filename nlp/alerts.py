"""Alert lexicon: category terms matched with Aho-Corasick, with negation and context rules.

Seed 002 (002_f20953b0c327b653.txt, 舆情监控系统): 部署"社区雷达"监测系统 … 设置关键词预警
(如"食品安全""价格欺诈"等) — keyword alerts on what 12 platforms say about the brand.
The categories, their severities, terms, exceptions and cue lists are data
(``nlp/data/alerts.yaml``, whose header documents the rules). This module matches them on
the normalised text and reports offsets into the ORIGINAL text: ``text[hit.start:hit.end]``
is what the user wrote (possibly full-width or traditional).

A category lists plain ``terms`` (substrings), ``words`` (terms that only count on jieba token
boundaries: 人肉 but not 一般人肉眼), slot ``patterns`` that match one wording with variable
parts (``{delivery} {adverb}? {late}`` reads 配送太慢, 配送又晚, 物流好慢; the syntax is in
``compile_pattern``) and ``concepts``: two concept classes met within a short window of one
sentence, in any wording (``{parcel} & {transit_fault}`` reads 送来的西瓜摔裂了 and
鸡蛋路上磕破了; syntax in ``compile_concept``). Slots are the shared word lists of both. A hit is
dropped when it lies inside an exception phrase (优惠券过期), when a negation cue ends right
before it in its clause (不是过期, 没有变质) or sits in a gap (配送一点都不慢), when its clause
is a question or a worry (担心会不会过期, 是不是变质了？), or when its sentence holds one of its
category's ``cancel_cues`` (闻着臭 in a sentence about 臭豆腐). Where two hits of one category
overlap, the longer wins (吃坏肚子 over 吃坏).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import ahocorasick
import yaml

from nlp.alert_rules import (
    ConceptRule,
    LexiconError,
    SlotPattern,
    compile_concept,
    compile_pattern,
    fold,
    strings,
)
from nlp.normalize import NormalizedText, normalize_with_offsets
from nlp.segment import query_tokens
from radar import yamlfile
from radar.schemas import AlertHit

Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")

# Clause boundaries (after normalisation, half width; a full stop between digits is a decimal
# point, 原价59.9) and sentence boundaries: a concept's two classes may sit in two clauses of one
# sentence (吃完他家的凉皮，全家肚子疼了), never in two sentences.
_CLAUSE_END = re.compile(r"[,!?;:。，！？；：、~\n]|\.(?![0-9])|(?<![0-9])\.")
_SENTENCE_END = re.compile(r"[!?。！？\n]|(?<![0-9])\.|\.(?![0-9])")
_load_lock = threading.Lock()


#: What the automaton reports for a key: category, kind, pattern or concept rule, side.
_Entry = tuple[str, str, SlotPattern | ConceptRule | None, int]


@dataclass(frozen=True, slots=True)
class Category:
    """One alert category."""

    name: str
    alias: str
    severity: Severity
    terms: tuple[str, ...]
    exceptions: tuple[str, ...]
    words: tuple[str, ...] = ()
    patterns: tuple[SlotPattern, ...] = ()
    concepts: tuple[ConceptRule, ...] = ()
    cancel_cues: tuple[str, ...] = ()


def _token_boundaries(text: str) -> frozenset[int]:
    """Offsets of ``text`` where a jieba (precise mode) token starts or ends."""
    bounds = {0, len(text)}
    position = 0
    for token in query_tokens(text):
        found = text.find(token, position)
        if found >= 0:  # tokens come in order; punctuation between them is dropped
            bounds.update((found, found + len(token)))
            position = found + len(token)
    return frozenset(bounds)


class AlertLexicon:
    """Categories of alert terms plus the negation/context rules; ``match`` finds hits."""

    def __init__(self, data: dict[str, Any], source: str = "<dict>") -> None:
        if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
            raise LexiconError(f"{source}: needs a `categories` mapping")
        self.source = source
        self.negations = strings(data.get("negations"), f"{source}: negations")
        self.negation_chars = strings(data.get("negation_chars"), f"{source}: negation_chars")
        self.hedges = strings(data.get("hedges"), f"{source}: hedges")
        self.question_particles = strings(
            data.get("question_particles"), f"{source}: question_particles"
        )
        self.not_questions = strings(data.get("not_questions"), f"{source}: not_questions")
        self.negation_gap = int(data.get("negation_gap", 3))
        self.concept_window = int(data.get("concept_window", 8))
        self.slots = self._slots(data.get("slots"), source)
        self.categories: dict[str, Category] = {}
        self._aliases: dict[str, str] = {}
        automaton = ahocorasick.Automaton()
        # key -> (category, kind, pattern or concept rule, side); kind: term, word, exception,
        # anchor (a pattern's first element) or concept (side 0 or 1 of a concept rule).
        entries: dict[str, list[_Entry]] = {}
        for name, spec in data["categories"].items():
            where = f"{source}: categories.{name}"
            if not isinstance(spec, dict):
                raise LexiconError(f"{where}: expected a mapping")
            severity = str(spec.get("severity", "")).lower()
            if severity not in SEVERITIES:
                raise LexiconError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
            terms = strings(spec.get("terms"), f"{where}.terms")
            words = strings(spec.get("words"), f"{where}.words")
            pattern_sources = spec.get("patterns") or []
            if not isinstance(pattern_sources, list) or not all(
                isinstance(p, str) for p in pattern_sources
            ):
                raise LexiconError(f"{where}.patterns: expected a list of strings")
            patterns = tuple(
                compile_pattern(p, self.slots, f"{where}.patterns") for p in pattern_sources
            )
            concept_sources = spec.get("concepts") or []
            if not isinstance(concept_sources, list) or not all(
                isinstance(c, str) for c in concept_sources
            ):
                raise LexiconError(f"{where}.concepts: expected a list of strings")
            concepts = tuple(
                compile_concept(c, self.slots, self.concept_window, f"{where}.concepts")
                for c in concept_sources
            )
            if not (terms or words or patterns or concepts):
                raise LexiconError(f"{where}: has no terms, words, patterns or concepts")
            category = Category(
                name=str(name),
                alias=str(spec.get("alias") or name),
                severity=severity,
                terms=terms,
                exceptions=strings(spec.get("exceptions"), f"{where}.exceptions"),
                words=words,
                patterns=patterns,
                concepts=concepts,
                cancel_cues=strings(spec.get("cancel_cues"), f"{where}.cancel_cues"),
            )
            self.categories[category.name] = category
            self._aliases[category.alias] = category.name
            for kind, keys in (
                ("term", category.terms),
                ("word", category.words),
                ("exception", category.exceptions),
            ):
                for key in keys:
                    entries.setdefault(key, []).append((category.name, kind, None, 0))
            for pattern in category.patterns:
                for anchor in pattern.anchors:
                    entries.setdefault(anchor, []).append((category.name, "anchor", pattern, 0))
            for rule in category.concepts:
                for side, slot in enumerate((rule.first, rule.second)):
                    for word in self.slots[slot]:
                        entries.setdefault(word, []).append((category.name, "concept", rule, side))
        for key, values in entries.items():
            automaton.add_word(key, (len(key), tuple(values)))
        automaton.make_automaton()
        self._automaton = automaton

    @staticmethod
    def _slots(value: Any, source: str) -> dict[str, tuple[str, ...]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise LexiconError(f"{source}: slots: expected a mapping of name to word list")
        slots = {}
        for name, words in value.items():
            if not re.fullmatch(r"\w+", str(name)) or name == "num":
                raise LexiconError(f"{source}: slots.{name}: not a usable slot name")
            slots[str(name)] = strings(words, f"{source}: slots.{name}")
            if not slots[str(name)]:
                raise LexiconError(f"{source}: slots.{name}: has no words")
        return slots

    @classmethod
    def from_path(cls, path: Path) -> AlertLexicon:
        """Load a lexicon YAML file."""
        try:
            data = yamlfile.load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"{path}: {exc}") from exc
        return cls(data, str(path))

    @classmethod
    def default(cls, path: Path | None = None) -> AlertLexicon:
        """The process-wide lexicon (bundled unless ``path``), loaded once."""
        return _cached(str(path) if path else None)

    def severity(self, category: str) -> Severity:
        """Severity of ``category`` (its name or alias); KeyError when unknown."""
        name = self._aliases.get(category, category)
        return self.categories[name].severity

    def canonical(self, category: str) -> str:
        """The category's name (``food_safety`` -> ``食品安全``); KeyError naming the known
        categories when ``category`` is neither a name nor an alias."""
        name = self._aliases.get(category, category)
        if name not in self.categories:
            known = ", ".join(f"{c.name} ({c.alias})" for c in self.categories.values())
            raise KeyError(f"unknown category {category!r} (known: {known})")
        return name

    def match(self, text: str) -> list[AlertHit]:
        """Alert hits in ``text``, with offsets into ``text`` itself, in text order."""
        norm = normalize_with_offsets(text)
        folded = fold(norm.text)
        found: set[tuple[int, int, str]] = set()  # start, end, category
        exceptions: list[tuple[int, int, str]] = []
        # (category, rule) -> the spans of its first and of its second class
        concepts: dict[tuple[str, ConceptRule], tuple[list[tuple[int, int]], ...]] = {}
        bounds: frozenset[int] | None = None  # jieba boundaries, computed when a word needs them
        for last, (length, values) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            for category, kind, rule, side in values:
                if kind == "exception":
                    exceptions.append((start, end, category))
                elif kind == "word":
                    if bounds is None:
                        bounds = _token_boundaries(folded)
                    if start in bounds and end in bounds:
                        found.add((start, end, category))
                elif isinstance(rule, ConceptRule):
                    concepts.setdefault((category, rule), ([], []))[side].append((start, end))
                elif isinstance(rule, SlotPattern):
                    m = rule.regex.match(folded, start)
                    if m and m.end() > start and self._clean_gaps(m.groupdict().values()):
                        found.add((start, m.end(), category))
                else:
                    found.add((start, end, category))
        # A concept hit is the fallback reading: where a term, word or pattern of its category
        # overlaps it, that more precise hit stands alone (店里有蟑螂，很脏: 蟑螂 and 很脏).
        found.update(
            (start, end, category)
            for (category, rule), (firsts, seconds) in concepts.items()
            for start, end in self._concept_spans(folded, rule, firsts, seconds)
            if not any(c == category and s < end and start < e for s, e, c in found)
        )
        terms = sorted(found)
        kept = [
            hit
            for hit in terms
            if not any(s <= hit[0] and hit[1] <= e and c == hit[2] for s, e, c in exceptions)
            and not any(
                o is not hit
                and o[2] == hit[2]
                and o[0] <= hit[0]
                and hit[1] <= o[1]
                and (o[1] - o[0]) > (hit[1] - hit[0])
                for o in terms
            )
            and not self._negated(folded, hit[0], hit[1])
            and not self._cancelled(folded, hit[0], hit[1], hit[2])
        ]
        return [self._hit(norm, start, end, category) for start, end, category in kept]

    def _concept_spans(
        self,
        text: str,
        rule: ConceptRule,
        firsts: list[tuple[int, int]],
        seconds: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """Spans from a word of ``rule.first`` to one of ``rule.second`` (or back, unless the
        rule is ordered) that do not overlap, lie in one sentence, at most ``rule.window``
        characters apart, with no negation or hedge cue between them."""
        spans = []
        for a in firsts:
            for b in seconds:
                left, right = (a, b) if a[0] <= b[0] else (b, a)
                if (rule.ordered and left is not a) or left[1] > right[0]:
                    continue
                if right[0] - left[1] > rule.window:
                    continue
                gap = text[left[1] : right[0]]
                if _SENTENCE_END.search(gap) or not self._clean_gaps((gap,)):
                    continue
                spans.append((left[0], max(left[1], right[1])))
        return spans

    def _clean_gaps(self, gaps: Iterable[str | None]) -> bool:
        """False when a gap of a pattern or concept hit holds a negation or hedge cue, or ends
        with a negation character (配送一点都不慢, 配送会不会很慢; 会员价比非会员还贵 is a hit)."""
        for gap in gaps:
            if gap and (
                gap[-1] in self.negation_chars
                or any(cue in gap for cue in (*self.negations, *self.hedges))
            ):
                return False
        return True

    def _hit(self, norm: NormalizedText, start: int, end: int, category: str) -> AlertHit:
        o_start, o_end = norm.original_span(start, end)
        return AlertHit(category=category, term=norm.text[start:end], start=o_start, end=o_end)

    def _cancelled(self, text: str, start: int, end: int, category: str) -> bool:
        """True when the sentence of the hit holds a cancel cue of its category (闻着臭 in
        这家的臭豆腐闻着臭吃着香; 不理人 in …是因为团长在开车，理解一下)."""
        cues = self.categories[category].cancel_cues
        if not cues:
            return False
        sentence_start = 0
        for m in _SENTENCE_END.finditer(text, 0, start):
            sentence_start = m.end()
        boundary = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : boundary.start() if boundary else len(text)]
        return any(cue in sentence for cue in cues)

    def _negated(self, text: str, start: int, end: int) -> bool:
        """True when the hit at ``[start, end)`` is negated, hedged or asked about."""
        clause_start = 0
        for m in _CLAUSE_END.finditer(text, 0, start):
            clause_start = m.end()
        boundary = _CLAUSE_END.search(text, end)
        clause_end = boundary.start() if boundary else len(text)
        before = text[clause_start:start]
        for cue in self.negations:
            position = before.rfind(cue)
            if position >= 0 and len(before) - (position + len(cue)) <= self.negation_gap:
                return True
        if before and before[-1] in self.negation_chars:
            return True
        if any(cue in before for cue in self.hedges):
            return True
        # A question: the clause ends with "?" or a particle (过期了吗, 变质了么).
        after = text[end:clause_end].rstrip()
        asked = boundary is not None and boundary.group() == "?"
        if asked:
            return True
        # 知道我买了什么 ends with 么 but asks nothing: `not_questions` endings are no particle.
        return not any(after.endswith(w) for w in self.not_questions) and any(
            after.endswith(p) for p in self.question_particles
        )


@lru_cache(maxsize=4)
def _cached(path: str | None) -> AlertLexicon:
    with _load_lock:
        if path is not None:
            return AlertLexicon.from_path(Path(path))
        source = resources.files("nlp.data").joinpath("alerts.yaml")
        with resources.as_file(source) as bundled:
            return AlertLexicon.from_path(bundled)
