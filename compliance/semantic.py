"""The semantic reader: the tier-1 check's second opinion on wording no rule lists.

Seed 002 (002_f20953b0c327b653.txt, 合规管理模块): "初审:AI语义识别系统(过滤敏感词)". The rule
packs (``compliance/rules``) list words and slot patterns; three held-out rounds
(docs/compliance.md) showed they generalise within a concept they were written for, not to a
new one (甜度天花板, 幽门螺杆菌杀灭率99%, 街道办指定). This reader judges meaning statistically:
a multinomial logistic regression over character 1–3-grams (TF-IDF, sublinear, L2-normalised)
of the evasion-normalised text (``nlp.normalize``, so 最*好 and 國家級 read as plain words),
trained on the labelled copies in ``bench/data`` (``radar train-adreader``,
``compliance.semantic_train``). Its classes are the violation categories plus ``clean`` and
``context_review`` (wording a lawyer sends to review: soft ranks, popularity with no source,
comparisons with unnamed shops); a category whose lawyers cite several articles or levels is
split into one class per (article, level), ``endorsement@第三十八条@review`` (``ARTICLE_SEP``),
``context_review`` too (``context_review@第十一条@review``).

Two heads share the n-gram features: a *detector* (violation or not, trained on every
category at once, so it learns what a claim sounds like from all of them) and a *classifier*
(which category). How it decides, per sentence of the copy (and a short copy read whole, as it
was trained): when the detector's ``p(violation) >= review_at`` and the most likely violation
category ``c`` (the sum of its classes) has ``p(c) >= category_at``, and the copy read whole
passes the same test for ``c`` (the reader learnt from whole copies: 团长又来啦 alone reads as
vulgar, not in the copy it opens), the sentence adds a
finding for ``c``, citing the rule of ``c``'s most probable class; it contributes ``reject``
when the lawyers who labelled that class's training copies reject it (its ``level``),
``p(violation) >=`` the reject threshold of ``c`` (``reject_by_category``, else the one
``reject_at``), ``p(c)`` is at least twice the probability of
``context_review`` (wording a lawyer only sends to review is never rejected on a guess) and the
sentence has at least ``MIN_REJECT_CHARS`` characters (a few characters are too little evidence),
else ``review``. The grey zone itself (``CONTEXT_CLASS``) is not a violation to the detector; a
sentence adds a *review* finding for it when ``p(context_review) >= context_at`` (in the copy read
whole too) and no violation category is more probable, citing the rule of its most probable
class (the rule the rules themselves cite for such copy): it can send copy to a lawyer, never
reject it. The
thresholds were chosen by leave-one-split-out cross-validation (each split was written by a
different hand) to keep clean copy flagged and rejected within budgets, the reject
threshold per category (a price or an absolute claim reads like clean copy more often than a cure
or an income promise does); the model file stores them. A finding cites the rule pack's rule for
its class (the law text lives there, not here), spans its sentence, carries no rewrite (the
suggestion says what to change) and says in its explanation that it is the reader's judgement and
which n-grams weighed most.
``compliance.check.semantic_findings`` keeps a finding only in a category the rules left
undecided, or sent to review only for sensitive wording (a rejecting finding then raises it), so
the reader never clears, lowers or repeats a rule's finding.

Scoring is numpy over the whole copy at once (no loop per character): each 1–3-gram becomes
one int64 (code points packed 21 bits apart), found in the sorted vocabulary by binary search;
counts, TF-IDF weights and norms are bincounts; each head's score is one run sum per sentence.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nlp.normalize import normalize

#: Wording a lawyer sends to review rather than rejects (seed 002's 法务复核): a class of the
#: reader that is no violation to its detector and never rejects (``SemanticReader.context_at``).
CONTEXT_CLASS = "context_review"
#: Classes that never add a finding of a violation category (``CONTEXT_CLASS`` adds review ones of
#: its own, at ``context_at``).
QUIET_CLASSES = frozenset({"clean", CONTEXT_CLASS})
#: A threshold no probability reaches: the grey zone adds no finding (files written before it).
NEVER_AT = 1.01
#: Joins a category, an article and a level in the name of a class that is one (article, level)
#: of a category (``endorsement@第三十八条@review``): the category decides whether a sentence
#: adds a finding, the class which rule it cites and at which level
#: (``compliance.semantic_train.class_labels``).
ARTICLE_SEP = "@"


def category_of(name: str) -> str:
    """The category of a class name (``endorsement@第三十八条@review`` → ``endorsement``)."""
    return name.split(ARTICLE_SEP, 1)[0]


#: A sentence (the unit the reader judges and the span its finding points at): a run of
#: anything but sentence ends.
_SENTENCE = re.compile(r"[^。！？!?；;\n…~～|｜]+")
#: Joins the sentences of a copy for one normalisation: kept by it, and removed from the copy
#: first (a private-use character).
_SEP = "\ue000"
#: A copy this short is also judged whole, as one more unit that may add a finding (the training
#: copies are 10–150 characters); a longer one is read whole only to gate its sentences.
WHOLE_COPY_CHARS = 150
#: A sentence shorter than this (after normalisation) is never rejected on the reader's word, only
#: sent to review: a few characters are too little evidence (全场5折, 新鲜蔬菜 read as violations
#: when their n-grams were seen mostly in violations; docs/compliance.md, eighth round).
MIN_REJECT_CHARS = 8
_BITS = 21
BUNDLED = "adreader.npz"


class ReaderFileError(Exception):
    """The model file is missing a field, or its arrays do not fit together."""


def ngram_codes(
    chars: npt.NDArray[np.int64], max_n: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]]:
    """The 1..``max_n``-gram codes of ``chars`` (code points; 0 separates units, and n-grams
    that contain one are left out) and the index of each n-gram's first character. A 2-gram
    ``ab`` is ``a << 21 | b``, a 3-gram ``(a << 21 | b) << 21 | c`` (``pack``)."""
    valid = chars != 0
    codes, starts = [chars[valid]], [np.flatnonzero(valid)]
    code = chars
    for n in range(2, max_n + 1):
        code = (code[:-1] << _BITS) | chars[n - 1 :]
        valid = valid[:-1] & (chars[n - 1 :] != 0)
        codes.append(code[valid])
        starts.append(np.flatnonzero(valid))
    return np.concatenate(codes), np.concatenate(starts)


def code_points(text: str) -> npt.NDArray[np.int64]:
    """The code points of ``text`` as an int64 array."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def pack(gram: str) -> int:
    """The code of one n-gram (as ``ngram_codes`` builds it)."""
    code = 0
    for ch in gram:
        code = (code << _BITS) | ord(ch)
    return code


@dataclass(frozen=True)
class SemanticHit:
    """One sentence the reader reads as a violation."""

    category: str
    rule: str  # the rule pack's rule the finding cites
    level: str  # reject / review
    probability: float
    start: int
    end: int
    cues: tuple[str, ...]  # the n-grams that weighed most for ``category``


@dataclass(frozen=True, eq=False)
class SemanticReader:
    """A trained reader (``load`` one, ``read`` a copy)."""

    codes: npt.NDArray[np.int64]  # sorted n-gram codes (the vocabulary)
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]  # (vocabulary, classes)
    intercept: npt.NDArray[np.float32]
    detector: npt.NDArray[np.float32]  # (vocabulary,): violation or not
    detector_bias: float
    classes: tuple[str, ...]
    rules: tuple[str, ...]  # per class: the rule a finding cites ('' for quiet classes)
    levels: tuple[str, ...]  # per class: reject / review ('' for quiet classes)
    review_at: float
    reject_at: float
    category_at: float
    max_n: int = 3
    #: Per category (``categories`` order): its reject threshold; empty: ``reject_at`` for all.
    reject_by_category: tuple[float, ...] = ()
    #: ``p(context_review)`` at which a sentence adds a review finding (``NEVER_AT``: none).
    context_at: float = NEVER_AT

    @classmethod
    def load(cls, path: Path) -> SemanticReader:
        """Read a model file written by ``save`` (``numpy.load`` without pickles)."""
        try:
            data = np.load(path, allow_pickle=False)
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise ReaderFileError(f"{path}: not a reader file ({exc})") from exc
        if not isinstance(data, np.lib.npyio.NpzFile):
            raise ReaderFileError(f"{path}: not a reader file (one array, not an archive)")
        try:
            with data:
                params = data["params"]
                # Files written before the per-category thresholds have one for all.
                by_category = (
                    tuple(float(v) for v in data["reject_by_category"])
                    if "reject_by_category" in data.files
                    else ()
                )
                context_at = (
                    float(data["context_at"][0]) if "context_at" in data.files else NEVER_AT
                )
                reader = cls(
                    codes=data["codes"].astype(np.int64),
                    idf=data["idf"].astype(np.float32),
                    coef=data["coef"].astype(np.float32),
                    intercept=data["intercept"].astype(np.float32),
                    detector=data["detector"].astype(np.float32),
                    detector_bias=float(params[4]),
                    classes=tuple(str(c) for c in data["classes"]),
                    rules=tuple(str(r) for r in data["rules"]),
                    levels=tuple(str(v) for v in data["levels"]),
                    review_at=float(params[0]),
                    reject_at=float(params[1]),
                    category_at=float(params[2]),
                    max_n=int(params[3]),
                    reject_by_category=by_category,
                    context_at=context_at,
                )
        except KeyError as exc:
            raise ReaderFileError(f"{path}: no field {exc}") from exc
        except (OSError, ValueError, IndexError, zipfile.BadZipFile) as exc:
            raise ReaderFileError(f"{path}: unreadable field ({exc})") from exc
        reader.validate(path)
        return reader

    def validate(self, where: object = "reader") -> None:
        """Raise ``ReaderFileError`` unless the arrays fit together."""
        n, k = len(self.codes), len(self.classes)
        shapes = (self.idf.shape, self.coef.shape, self.intercept.shape, self.detector.shape)
        if shapes != ((n,), (n, k), (k,), (n,)):
            raise ReaderFileError(f"{where}: array shapes do not fit ({n} n-grams, {k} classes)")
        if len(self.rules) != k or len(self.levels) != k or "clean" not in self.classes:
            raise ReaderFileError(f"{where}: classes, rules and levels do not fit")
        if not 1 <= self.max_n <= 3:  # three 21-bit code points fill an int64
            raise ReaderFileError(f"{where}: n-grams of up to {self.max_n} characters")
        if n > 1 and not bool(np.all(self.codes[1:] > self.codes[:-1])):
            raise ReaderFileError(f"{where}: the vocabulary is not sorted")
        if self.reject_by_category and len(self.reject_by_category) != len(self.categories):
            raise ReaderFileError(f"{where}: reject thresholds do not fit the categories")

    def save(self, path: Path) -> None:
        """Write the model file (float16 weights: the file stays small)."""
        np.savez_compressed(
            path,
            codes=self.codes,
            idf=self.idf.astype(np.float16),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept,
            detector=self.detector.astype(np.float16),
            classes=np.array(self.classes),
            rules=np.array(self.rules),
            levels=np.array(self.levels),
            params=np.array(
                [self.review_at, self.reject_at, self.category_at, self.max_n, self.detector_bias]
            ),
            reject_by_category=np.array(self.reject_by_category, dtype=np.float64),
            context_at=np.array([self.context_at], dtype=np.float64),
        )

    def probabilities(
        self, texts: list[str]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Per text (already normalised): the class probabilities (columns: ``classes``) and
        the detector's probability that it is a violation."""
        scores = self._score(texts)
        return scores.classes, scores.violation

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """The categories of the classes, each once, in class order."""
        return tuple(dict.fromkeys(category_of(c) for c in self.classes))

    @cached_property
    def _membership(self) -> npt.NDArray[np.float64]:
        """(classes, categories): 1 where the class is one of the category (its articles)."""
        index = {c: n for n, c in enumerate(self.categories)}
        out = np.zeros((len(self.classes), len(self.categories)))
        for k, name in enumerate(self.classes):
            out[k, index[category_of(name)]] = 1.0
        return out

    @cached_property
    def _reject_thresholds(self) -> tuple[float, ...]:
        """Per category: the ``p(violation)`` at which its sentences may be rejected."""
        return self.reject_by_category or (self.reject_at,) * len(self.categories)

    @cached_property
    def _context_classes(self) -> npt.NDArray[np.bool_]:
        """Per class: it is one of the grey zone's (``CONTEXT_CLASS``)."""
        return np.array([category_of(c) == CONTEXT_CLASS for c in self.classes])

    @cached_property
    def _quiet(self) -> npt.NDArray[np.bool_]:
        """Per category: it never adds a finding (``QUIET_CLASSES``)."""
        return np.array([c in QUIET_CLASSES for c in self.categories])

    def _score(self, texts: list[str]) -> _Scores:
        units, size = len(texts), len(self.codes)
        chars = code_points(_SEP.join(texts))
        separator = chars == ord(_SEP)
        chars[separator] = 0  # ``ngram_codes`` leaves out n-grams across a 0
        grams, first = ngram_codes(chars, self.max_n)
        owner = np.cumsum(separator)[first]
        at = np.searchsorted(self.codes, grams)
        at[at == size] = 0
        known = self.codes[at] == grams
        keys, counts = np.unique(owner[known] * size + at[known], return_counts=True)
        unit, feature = np.divmod(keys, size)
        value = (1.0 + np.log(counts)) * self.idf[feature]
        norm = np.sqrt(np.bincount(unit, weights=value * value, minlength=units))
        value = value / norm[unit]
        logits = np.tile(self.intercept.astype(np.float64), (units, 1))
        detector = np.full(units, self.detector_bias, dtype=np.float64)
        present = np.flatnonzero(norm > 0)
        if len(present):
            # ``keys`` are sorted, so each unit's features are one run: sum the runs in C.
            starts = np.searchsorted(unit, present)
            logits[present] += np.add.reduceat(value[:, None] * self.coef[feature], starts)
            detector[present] += np.add.reduceat(value * self.detector[feature], starts)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return _Scores(
            classes=exp / exp.sum(axis=1, keepdims=True),
            violation=1.0 / (1.0 + np.exp(-detector)),
            read=norm > 0,
            unit=unit,
            feature=feature,
            value=value,
        )

    def read(self, text: str) -> list[SemanticHit]:
        """The sentences of ``text`` the reader reads as violations (at most one per category,
        the most probable)."""
        return self.hits(self.score(text))

    def score(self, text: str) -> ScoredCopy:
        """The scores of ``text``'s sentences (and of the whole copy when it has several): what
        ``hits`` decides on, the same at every threshold, so a copy can be scored once and judged
        at many thresholds (``compliance.semantic_train``)."""
        spans = [m.span() for m in _SENTENCE.finditer(text)]
        if len(spans) > 1:
            spans.append((0, len(text)))
        # One normalisation for every sentence: the separator survives it and is no sentence's.
        joined = _SEP.join(text[start:end].replace(_SEP, "") for start, end in spans)
        units = normalize(joined, "evasion").split(_SEP) if spans else []
        scores = self._score(units)
        # A category's probability is the sum of its classes' (one per article it was split
        # into); the category decides, its most probable class says which rule and level.
        by_category = scores.classes @ self._membership
        # Wording a lawyer sends to review (superlatives with proof, awards, 首家 with a date)
        # is a class of its own: a sentence that reads as much like it is never rejected.
        hedged = (
            by_category[:, self.categories.index(CONTEXT_CLASS)]
            if CONTEXT_CLASS in self.categories
            else np.zeros(len(units))
        )
        return ScoredCopy(
            text=text,
            spans=tuple(spans),
            lengths=tuple(len(unit) for unit in units),
            scores=scores,
            masked=np.where(self._quiet, -1.0, by_category),
            hedged=hedged,
            weights=self.coef,
        )

    def hits(self, scored: ScoredCopy) -> list[SemanticHit]:
        """``read``'s hits of a copy ``score`` scored, at this reader's thresholds (``scored``
        must come from a reader with these weights: ``dataclasses.replace`` of thresholds only)."""
        if scored.weights is not self.coef:
            raise ValueError("the copy was scored by a reader with other weights")
        if not scored.spans:
            return []
        scores, masked, text = scored.scores, scored.masked, scored.text
        best_category = masked.argmax(axis=1)
        rows = np.arange(len(scored.spans))
        fire = (
            scores.read
            & (scores.violation >= self.review_at)
            & (masked[rows, best_category] >= self.category_at)
        )
        # The reader learnt from whole copies: a sentence is a violation of a category only in a
        # copy that, read whole, passes the same test for that category (a greeting or a pickup
        # note read alone is not the advert).
        fire &= (scores.violation[-1] >= self.review_at) & (
            masked[-1, best_category] >= self.category_at
        )
        fire[-1] &= scored.whole_judged
        best: dict[int, int] = {}
        for row in np.flatnonzero(fire).tolist():
            g = int(best_category[row])
            if g not in best or scores.violation[row] > scores.violation[best[g]]:
                best[g] = row
        hits = []
        for g, row in sorted(best.items(), key=lambda item: item[1]):
            p = float(scores.violation[row])
            k = int(np.argmax(np.where(self._membership[:, g] > 0, scores.classes[row], -1.0)))
            start, end = _trim(text, *scored.spans[row])
            sure = (
                p >= self._reject_thresholds[g]
                and masked[row, g] >= 2 * scored.hedged[row]
                and scored.lengths[row] >= MIN_REJECT_CHARS
            )
            level = "reject" if self.levels[k] == "reject" and sure else "review"
            hits.append(
                SemanticHit(
                    category=self.categories[g],
                    rule=self.rules[k],
                    level=level,
                    probability=p,
                    start=start,
                    end=end,
                    cues=self._cues(scores, row, k),
                )
            )
        context = self._context_hit(scored)
        if context is not None:
            hits.append(context)
        return hits

    def _context_hit(self, scored: ScoredCopy) -> SemanticHit | None:
        """The grey zone's review finding: the sentence most probably ``CONTEXT_CLASS``, when
        ``p(context_review) >= context_at`` and no violation category is more probable there
        (``scored.masked``), citing the rule of its most probable class (none when the class has
        no rule: a reader trained before the grey zone was split by article)."""
        if self.context_at > 1.0 or CONTEXT_CLASS not in self.categories:
            return None
        scores, hedged = scored.scores, scored.hedged
        fire = scores.read & (hedged >= self.context_at) & (hedged >= scored.masked.max(axis=1))
        fire &= hedged[-1] >= self.context_at  # the copy read whole, as for a violation (``hits``)
        fire[-1] &= scored.whole_judged
        if not fire.any():
            return None
        row = int(np.argmax(np.where(fire, hedged, -1.0)))
        k = int(np.argmax(np.where(self._context_classes, scores.classes[row], -1.0)))
        if not self.rules[k]:
            return None
        start, end = _trim(scored.text, *scored.spans[row])
        return SemanticHit(
            category=CONTEXT_CLASS,
            rule=self.rules[k],
            level="review",
            probability=float(hedged[row]),
            start=start,
            end=end,
            cues=self._cues(scores, row, k),
        )

    def _cues(self, scores: _Scores, row: int, k: int, top: int = 3) -> tuple[str, ...]:
        """The n-grams of 2 characters or more of unit ``row`` that weigh most for class
        ``k`` in its score, strongest first."""
        mine = scores.unit == row
        features, values = scores.feature[mine], scores.value[mine]
        weight = values * self.coef[features, k]
        weight[self.codes[features] < (1 << _BITS)] = 0.0  # single characters say little
        order = np.argsort(-weight)[:top]
        return tuple(unpack(int(self.codes[features[i]])) for i in order if weight[i] > 0)


@dataclass(frozen=True)
class _Scores:
    classes: npt.NDArray[np.float64]
    violation: npt.NDArray[np.float64]
    read: npt.NDArray[np.bool_]  # the unit has an n-gram of the vocabulary
    unit: npt.NDArray[np.int64]  # per (unit, n-gram) pair, sorted by unit
    feature: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class ScoredCopy:
    """One copy as ``SemanticReader.score`` read it: its sentences (``spans``, with the whole copy
    last when it has several), their normalised lengths and the reader's scores."""

    text: str
    spans: tuple[tuple[int, int], ...]
    lengths: tuple[int, ...]
    scores: _Scores
    masked: npt.NDArray[np.float64]  # (units, categories): p(category), -1 for quiet ones
    hedged: npt.NDArray[np.float64]  # (units,): p(context_review)
    weights: npt.NDArray[np.float32]  # the scoring reader's ``coef`` (``hits`` checks it)

    @property
    def whole_judged(self) -> bool:
        """Whether the last unit (the whole copy) may add a finding of its own: a single sentence,
        or a copy of at most ``WHOLE_COPY_CHARS``; a longer copy is read whole only to gate its
        sentences."""
        return len(self.spans) == 1 or len(self.text) <= WHOLE_COPY_CHARS


def unpack(code: int) -> str:
    """The n-gram of a code (``pack``'s inverse)."""
    chars = []
    while code:
        chars.append(chr(code & ((1 << _BITS) - 1)))
        code >>= _BITS
    return "".join(reversed(chars))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(piece.strip())


@lru_cache(maxsize=2)
def bundled_reader(path: Path | None = None) -> SemanticReader:
    """The shipped reader (``compliance/models/adreader.npz``) or the one at ``path``."""
    if path is not None:
        return SemanticReader.load(path)
    ref = resources.files("compliance") / "models" / BUNDLED
    with resources.as_file(ref) as real:
        return SemanticReader.load(Path(real))


__all__ = [
    "ARTICLE_SEP",
    "CONTEXT_CLASS",
    "NEVER_AT",
    "QUIET_CLASSES",
    "ReaderFileError",
    "ScoredCopy",
    "SemanticHit",
    "SemanticReader",
    "bundled_reader",
    "category_of",
    "code_points",
    "ngram_codes",
    "pack",
]
