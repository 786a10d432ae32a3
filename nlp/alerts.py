"""Alert lexicon: category terms matched with Aho-Corasick, with negation and context rules.

Seed 002 (002_f20953b0c327b653.txt, 舆情监控系统): 部署"社区雷达"监测系统 … 设置关键词预警
(如"食品安全""价格欺诈"等) — keyword alerts on what 12 platforms say about the brand.
The categories, their severities, terms, exceptions and cue lists are data
(``nlp/data/alerts.yaml``, whose header documents the rules). This module matches them on
the normalised text and reports offsets into the ORIGINAL text: ``text[hit.start:hit.end]``
is what the user wrote (possibly full-width or traditional).

A term hit is dropped when it lies inside an exception phrase (优惠券过期), when a negation cue
ends right before it in its clause (不是过期, 没有变质), or when its clause is a question or a
worry (担心会不会过期, 是不是变质了？). Where two terms of one category overlap, the longer wins
(吃坏肚子 over 吃坏).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import ahocorasick
import yaml

from nlp.normalize import NormalizedText, normalize_with_offsets
from radar.schemas import AlertHit

Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")

# Clause boundaries: sentence and clause punctuation (after normalisation, half width) and newlines.
_CLAUSE_END = re.compile(r"[,.!?;:。，！？；：、~\n]")
_load_lock = threading.Lock()


class LexiconError(Exception):
    """The lexicon file is malformed (the message says where)."""


@dataclass(frozen=True, slots=True)
class Category:
    """One alert category."""

    name: str
    alias: str
    severity: Severity
    terms: tuple[str, ...]
    exceptions: tuple[str, ...]


def _fold(text: str) -> str:
    lowered = text.lower()
    # lower() may change the length of rare characters (İ); keep offsets exact in that case.
    return lowered if len(lowered) == len(text) else "".join(c.lower()[:1] or c for c in text)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return tuple(_fold(normalize_with_offsets(v).text) for v in value)


class AlertLexicon:
    """Categories of alert terms plus the negation/context rules; ``match`` finds hits."""

    def __init__(self, data: dict[str, Any], source: str = "<dict>") -> None:
        if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
            raise LexiconError(f"{source}: needs a `categories` mapping")
        self.source = source
        self.negations = _strings(data.get("negations"), f"{source}: negations")
        self.negation_chars = _strings(data.get("negation_chars"), f"{source}: negation_chars")
        self.hedges = _strings(data.get("hedges"), f"{source}: hedges")
        self.question_particles = _strings(
            data.get("question_particles"), f"{source}: question_particles"
        )
        self.negation_gap = int(data.get("negation_gap", 3))
        self.categories: dict[str, Category] = {}
        self._aliases: dict[str, str] = {}
        automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, str, bool]]] = {}
        for name, spec in data["categories"].items():
            where = f"{source}: categories.{name}"
            if not isinstance(spec, dict):
                raise LexiconError(f"{where}: expected a mapping")
            severity = str(spec.get("severity", "")).lower()
            if severity not in SEVERITIES:
                raise LexiconError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
            terms = _strings(spec.get("terms"), f"{where}.terms")
            if not terms:
                raise LexiconError(f"{where}: has no terms")
            category = Category(
                name=str(name),
                alias=str(spec.get("alias") or name),
                severity=severity,
                terms=terms,
                exceptions=_strings(spec.get("exceptions"), f"{where}.exceptions"),
            )
            self.categories[category.name] = category
            self._aliases[category.alias] = category.name
            for term in category.terms:
                entries.setdefault(term, []).append((category.name, term, False))
            for phrase in category.exceptions:
                entries.setdefault(phrase, []).append((category.name, phrase, True))
        for key, values in entries.items():
            automaton.add_word(key, (len(key), tuple(values)))
        automaton.make_automaton()
        self._automaton = automaton

    @classmethod
    def from_path(cls, path: Path) -> AlertLexicon:
        """Load a lexicon YAML file."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
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

    def match(self, text: str) -> list[AlertHit]:
        """Alert hits in ``text``, with offsets into ``text`` itself, in text order."""
        norm = normalize_with_offsets(text)
        folded = _fold(norm.text)
        terms: list[tuple[int, int, str, str]] = []  # start, end, category, term
        exceptions: list[tuple[int, int, str]] = []
        for last, (length, values) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            for category, term, is_exception in values:
                if is_exception:
                    exceptions.append((start, end, category))
                else:
                    terms.append((start, end, category, term))
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
        ]
        return [self._hit(norm, start, end, category) for start, end, category, _ in sorted(kept)]

    def _hit(self, norm: NormalizedText, start: int, end: int, category: str) -> AlertHit:
        o_start, o_end = norm.original_span(start, end)
        return AlertHit(category=category, term=norm.text[start:end], start=o_start, end=o_end)

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
        return asked or any(after.endswith(p) for p in self.question_particles)


@lru_cache(maxsize=4)
def _cached(path: str | None) -> AlertLexicon:
    with _load_lock:
        if path is not None:
            return AlertLexicon.from_path(Path(path))
        source = resources.files("nlp.data").joinpath("alerts.yaml")
        with resources.as_file(source) as bundled:
            return AlertLexicon.from_path(bundled)
