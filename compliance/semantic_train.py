"""Training the semantic reader (``compliance.semantic``) on labelled ad copy.

The data are the JSON lines of ``bench/data/adcheck_*.jsonl`` (schema: ``bench.adcheck``):
each copy's ``category`` is its class (every ``clean_*`` is ``clean``). The splits were written
by different hands at different times (docs/compliance.md), so the thresholds are chosen by
leave-one-split-out cross-validation: for each split, a reader trained on the others reads it
through the real check (``compliance.check.AdChecker`` with that reader), and the thresholds
kept are those with the highest recall whose clean copy stays within ``FLAG_BUDGET`` flagged
and ``REJECT_BUDGET`` rejected and whose review-level copy is not rejected more
(``OVER_BUDGET``) than by the rules alone, pooled over the folds. Then, at that setting's review
and category thresholds, the reject threshold is chosen per category within the same budgets
(``reject_by_category``, from the folds' ``Reading``s: each held-out copy read once with the
reader sending to review only, and its rejectable hits the check would keep, so every threshold
can be counted without reading it again), and checked through the real check fold by fold, at
each threshold of the grey zone's review findings (``GRID_CONTEXT_AT``; kept: the lowest reached
by steps that each catch at least as many violations as they flag clean copies,
``grey_zone_threshold``). ``tune(folds=K)`` holds out K groups of whole splits instead of one
split at a time (``fold_groups``): K trainings instead of one per split. Sealed splits
(``SEALED``: measured once, never trained or tuned on) are refused. ``bench/data/adcheck_sets.txt``
lists every labelled file with its kind (``labelled_sets``): the sealed split and the default
training data (``training_files``) are read from it.

Which rule a class's findings cite, and whether its lawyers reject or review it, come from the
training labels: the most common ``(article, expect)`` of the class, and the rule pack's rule of
that category whose citation holds the article (a ``banned`` one when the class is rejected).
"""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

import numpy as np

from compliance.check import AdChecker, CheckResult, semantic_findings
from compliance.rulepack import RuleSet, RuleSpec, load_packs
from compliance.semantic import (
    ARTICLE_SEP,
    CONTEXT_CLASS,
    NEVER_AT,
    QUIET_CLASSES,
    SemanticReader,
    category_of,
    pack,
)
from nlp.normalize import normalize

#: The one list of the labelled files (``bench.adcheck`` evaluates them, ``radar train-adreader``
#: trains on them): one line each, ``file kind [split …]``, in the order the sets were written.
SETS_PATH = Path(__file__).resolve().parents[1] / "bench" / "data" / "adcheck_sets.txt"
#: ``tuned``: the first rules were written against it; ``heldout``: written blind, measured once,
#: then training data; ``reader``: written to train the reader; ``sealed``: test data, written
#: blind and not measured yet, never trained or tuned on.
KINDS = ("tuned", "heldout", "reader", "sealed")


@dataclass(frozen=True)
class LabelledSet:
    """One line of ``SETS_PATH``: a labelled file, its kind and the splits its copies name (the
    file's own name, ``adcheck_<split>.jsonl``, unless the line lists them)."""

    path: Path
    kind: str
    splits: tuple[str, ...]


def labelled_sets(path: Path = SETS_PATH) -> tuple[LabelledSet, ...]:
    """The lines of ``path`` (``#`` starts a comment); ``ValueError`` names the line of an unknown
    kind, a file listed twice or a name that is not ``adcheck_*.jsonl``."""
    sets: list[LabelledSet] = []
    seen: set[str] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        if len(line) < 2:
            raise ValueError(f"{path}:{number}: a file and its kind, got {raw.strip()!r}")
        name, kind, *splits = line
        if kind not in KINDS:
            raise ValueError(f"{path}:{number}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if not (name.startswith("adcheck_") and name.endswith(".jsonl")) or "/" in name:
            raise ValueError(f"{path}:{number}: {name!r} is not an adcheck_*.jsonl file name")
        if name in seen:
            raise ValueError(f"{path}:{number}: {name} is listed twice")
        seen.add(name)
        own = name.removeprefix("adcheck_").removesuffix(".jsonl")
        sets.append(LabelledSet(path.parent / name, kind, tuple(splits) or (own,)))
    return tuple(sets)


#: Every labelled file of the repository, in the order the sets were written.
SETS = labelled_sets()
#: Splits that are test data: measured once, never read for training (docs/compliance.md).
SEALED = frozenset(split for s in SETS if s.kind == "sealed" for split in s.splits)


def training_files(sets: Sequence[LabelledSet] = SETS) -> tuple[Path, ...]:
    """The reader's default training data: every file but the sealed ones, the tuned first, then
    the held-out sets, then the reader's own (the order the shipped reader was trained in)."""
    return tuple(s.path for kind in KINDS if kind != "sealed" for s in sets if s.kind == kind)


#: Clean copy the reader may add to the rules' flags / rejections in cross-validation: the
#: targets are 5 % and 1 %, and a held-out set is harder than the folds.
FLAG_BUDGET = 0.03
REJECT_BUDGET = 0.005
#: Copy a lawyer sends to review (exclusivity, reference prices…) that the reader may add to
#: the rejected ones, as a share of such copy: a tier-1 reject still reaches a person (legal
#: review), and without it the reader may never reject (every other catch is lost).
OVER_BUDGET = 0.03
GRID_REVIEW_AT = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)
GRID_REJECT_AT = (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
GRID_CATEGORY_AT = (0.1, 0.15, 0.2, 0.3)
#: ``p(context_review)`` at which the grey zone adds a review finding (``context_at``), chosen
#: after the other thresholds through the real check fold by fold (``grey_zone_threshold``).
GRID_CONTEXT_AT = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Clean copy the grey zone's review findings may add to the flagged at most, as a share of clean
#: copy: they only send copy to a lawyer, and the others spend their budget before they are chosen.
CONTEXT_BUDGET = 0.01
RANK = {"pass": 0, "review": 1, "reject": 2}
#: Copies an (article, level) of a category needs to be a class of its own (``class_labels``).
MIN_CLASS = 12
#: The models' inverse L2 strength: 16 caught three more of heldout35 than 4 (the value until the
#: thirty-third round) at the same clean-copy rates, trained on the rest (docs/compliance.md).
C = 16.0
#: An n-gram is a feature when at least this many training copies hold it (``fit``): what keeps
#: the model file within its 20 MB as the labelled copy grows.
MIN_DF = 2


def caught(article: str, expect: str, result: CheckResult) -> bool:
    """A labelled violation is caught: the verdict is at least its ``expect`` and a finding
    cites its ``article`` (the definition of recall in docs/compliance.md and ``bench.adcheck``)."""
    return reaches(result.verdict, expect) and cites(article, result)


def reaches(verdict: str, expect: str) -> bool:
    """``verdict`` is at least the level a lawyer expects (reject > review > pass)."""
    return RANK[verdict] >= RANK[expect]


def cites(article: str, result: CheckResult) -> bool:
    """A finding of ``result`` cites ``article`` (in its law text or its short citation)."""
    return any(article in f.law or article in f.article for f in result.findings)


@dataclass(frozen=True)
class LabelledCopy:
    """One labelled copy of ``bench/data/adcheck_*.jsonl`` (``bench.adcheck`` evaluates them,
    this module trains on them)."""

    id: str
    split: str
    category: str
    article: str
    expect: str
    text: str
    source: str = ""  # case (a penalised ad's kind) / own (written for the set)

    @property
    def clean(self) -> bool:
        """Copy a lawyer passes as written."""
        return self.expect == "pass"

    @property
    def label(self) -> str:
        """The reader's class."""
        return "clean" if self.category.startswith("clean") else self.category


class SealedSplitError(ValueError):
    """A file holds copies of a sealed (test) split."""


def load_copies(paths: Iterable[Path], sealed: frozenset[str] = SEALED) -> list[LabelledCopy]:
    """The copies of ``paths`` (JSON lines); raise ``SealedSplitError`` on a ``sealed`` split
    (``bench.adcheck`` measures them and passes none)."""
    copies = []
    fields = ("id", "split", "category", "article", "expect", "text")
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["split"] in sealed:
                raise SealedSplitError(f"{path}:{number}: split {row['split']} is sealed test data")
            copy = {k: str(row[k]) for k in fields}
            copies.append(LabelledCopy(**copy, source=str(row.get("source", ""))))
    return copies


def grams(text: str, max_n: int = 3) -> list[str]:
    """The 1..``max_n``-grams of a normalised text (the reader's features)."""
    return [text[i : i + n] for n in range(1, max_n + 1) for i in range(len(text) - n + 1)]


def class_labels(copies: Sequence[LabelledCopy]) -> list[str]:
    """Per copy, the reader's class: ``clean``, ``context_review``, or its category split by
    the article and the level its lawyers gave it, where the category's copies differ in them
    (``endorsement`` is 第十六条 for a doctor, 第三十八条 for a celebrity who never used the
    goods; a price is rejected when plainly false, reviewed when the reference may be real).

    The grey zone (``CONTEXT_CLASS``) is split the same way (its findings cite the article);
    ``clean`` is one class. Each (article, level) of a category with ``MIN_CLASS`` copies or more
    is a class
    ``category@article@level`` (``semantic.ARTICLE_SEP``), whose finding cites that article at
    that level; a category with one such pair is one class, named by the category alone. An
    article inside another one of the category (价格 in 价格法, 第九条 in 第九条第（二）项) joins
    it, since a finding citing the longer one cites both (not in the grey zone, whose classes
    choose a rule by their article: ``class_rules``). A rarer pair joins the kept pair of its
    article, else the category's most common pair."""
    groups: dict[str, Counter[tuple[str, str]]] = {}
    for copy in copies:
        if copy.label != "clean":
            groups.setdefault(copy.label, Counter())[(copy.article, copy.expect)] += 1
    names: dict[tuple[str, str, str], str] = {}
    for category, pairs in groups.items():
        articles = {article for article, _ in pairs}

        # The grey zone's articles are not joined: its rare finer citations join its most common
        # class (below), and each class cites a rule of its own article (``class_rules``).
        def joined(
            article: str, articles: set[str] = articles, grey: bool = category == CONTEXT_CLASS
        ) -> str:
            if grey:
                return article
            return max((a for a in articles if article in a), key=lambda a: (len(a), a))

        merged: Counter[tuple[str, str]] = Counter()
        for (article, expect), count in pairs.items():
            merged[(joined(article), expect)] += count
        ranked = [pair for pair, _ in merged.most_common()]
        kept = [pair for pair in ranked if merged[pair] >= MIN_CLASS] or ranked[:1]
        for article, expect in pairs:
            pair = (joined(article), expect)
            if pair not in kept:
                pair = next((k for k in kept if k[0] == pair[0]), kept[0])
            names[(category, article, expect)] = (
                ARTICLE_SEP.join((category, *pair)) if len(kept) > 1 else category
            )
    return [names.get((c.label, c.article, c.expect), c.label) for c in copies]


def category_weights(labels: Sequence[str]) -> list[float]:
    """Per copy, its weight in training: balanced by category (scikit-learn's "balanced" over
    categories, not classes), so the classes of a category share its weight and splitting a
    category does not change how much it counts."""
    per_category = Counter(category_of(label) for label in labels)
    scale = len(labels) / len(per_category)
    return [scale / per_category[category_of(label)] for label in labels]


def class_rules(
    copies: Sequence[LabelledCopy],
    rules: Sequence[RuleSpec],
    labels: Sequence[str] | None = None,
    checker: AdChecker | None = None,
) -> dict[str, tuple[str, str]]:
    """Per class but ``clean`` (``labels``, per copy; default ``class_labels``): the rule its
    findings cite and its level (reject / review): those its name holds, else (a whole
    category) its copies' most common ``(article, level)``. The rule is the pack's rule of the
    category whose citation holds the article, a ``banned`` one when the level is reject. The
    grey zone has no rules of its own: its class cites the review-level rule that ``checker``'s
    rules cite most often for the article on the class's copies (a soft rank: ``AD9-SUPERLATIVE``,
    popularity with no source: ``AD11-DATA``), else the one citing fewest articles besides it."""
    labels = class_labels(copies) if labels is None else labels
    out = {}
    for label in sorted(set(labels)):
        category, *named = label.split(ARTICLE_SEP)
        if category == "clean":
            continue
        mine = [c for c, name in zip(copies, labels, strict=True) if name == label]
        if named:
            article, expect = named
        else:
            (article, expect), _ = Counter((c.article, c.expect) for c in mine).most_common(1)[0]
        if category == CONTEXT_CLASS:
            cited = Counter() if checker is None else _cited_rules(checker, mine, article)
            candidates = [r for r in rules if article in r.law and r.severity != "banned"]
            candidates.sort(key=lambda r: (-cited[r.id], r.short_article().count("、")))
        else:
            candidates = [r for r in rules if r.category == category and article in r.law]
            candidates.sort(key=lambda r: (r.severity != "banned") == (expect == "reject"))
        if not candidates:
            candidates = [r for r in rules if article in r.law]
        if not candidates:
            raise ValueError(f"no rule of the packs cites {article!r} (class {label})")
        out[label] = (candidates[0].id, expect)
    return out


def _cited_rules(checker: AdChecker, copies: Sequence[LabelledCopy], article: str) -> Counter[str]:
    """How many of ``copies`` a review-level rule finding citing ``article`` holds, per rule."""
    out: Counter[str] = Counter()
    for copy in copies:
        result = checker.check_rules(copy.text)
        out.update(
            {
                f.rule
                for f in result.findings
                if f.contribution == "review" and (article in f.law or article in f.article)
            }
        )
    return out


def fit(
    copies: Sequence[LabelledCopy],
    rules: Sequence[RuleSpec],
    *,
    c: float = C,
    min_df: int = MIN_DF,
    max_n: int = 3,
    checker: AdChecker | None = None,
) -> SemanticReader:
    """Train a reader on ``copies`` (thresholds: the loosest of the grid, the grey zone adding no
    finding; see ``tune``). ``checker``'s rules choose the grey zone's rules (``class_rules``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def analyzer(text: str) -> list[str]:
        return grams(text, max_n)

    vectorizer = TfidfVectorizer(analyzer=analyzer, min_df=min_df, sublinear_tf=True)
    features = vectorizer.fit_transform([normalize(c.text, "evasion") for c in copies])
    labels = class_labels(copies)
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(features, labels, sample_weight=category_weights(labels))
    detector = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    detector.fit(features, [category_of(label) not in QUIET_CLASSES for label in labels])
    vocabulary = vectorizer.get_feature_names_out()
    codes = np.array([pack(g) for g in vocabulary], dtype=np.int64)
    order = np.argsort(codes)
    classes = tuple(str(k) for k in model.classes_)
    cited = class_rules(copies, rules, labels, checker)
    return SemanticReader(
        codes=codes[order],
        idf=vectorizer.idf_[order].astype(np.float32),
        coef=model.coef_.T[order].astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        detector=detector.coef_[0][order].astype(np.float32),
        detector_bias=float(detector.intercept_[0]),
        classes=classes,
        rules=tuple(cited.get(k, ("", ""))[0] for k in classes),
        levels=tuple(cited.get(k, ("", ""))[1] for k in classes),
        review_at=GRID_REVIEW_AT[0],
        reject_at=GRID_REJECT_AT[0],
        category_at=GRID_CATEGORY_AT[0],
        max_n=max_n,
    )


@dataclass
class Tally:
    """Cross-validation counts of one threshold setting."""

    violations: int = 0
    caught: int = 0
    clean: int = 0
    flagged: int = 0
    rejected: int = 0
    review_level: int = 0  # violations a lawyer sends to review
    over: int = 0  # of those, rejected

    def rates(self) -> dict[str, float]:
        """Recall, clean flagged / rejected rates, review-level copy rejected."""
        return {
            "recall": self.caught / max(self.violations, 1),
            "flagged": self.flagged / max(self.clean, 1),
            "rejected": self.rejected / max(self.clean, 1),
            "over_rejected": self.over / max(self.review_level, 1),
        }

    def add(self, other: Tally) -> None:
        """Pool ``other`` into this one."""
        for name in ("violations", "caught", "clean", "flagged", "rejected", "review_level"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.over += other.over


def count(copy: LabelledCopy, verdict: str, cited: bool, into: Tally) -> None:
    """Count one verdict on ``copy`` (``cited``: a finding cites its article, see ``caught``)."""
    if copy.expect == "pass":
        into.clean += 1
        into.flagged += verdict != "pass"
        into.rejected += verdict == "reject"
        return
    into.violations += 1
    into.review_level += copy.expect == "review"
    into.over += copy.expect == "review" and verdict == "reject"
    into.caught += cited and reaches(verdict, copy.expect)


def tally(checker: AdChecker, copies: Sequence[LabelledCopy], into: Tally) -> None:
    """Count ``checker``'s verdicts on ``copies`` (``caught``)."""
    for copy in copies:
        result = checker.check(copy.text)
        count(copy, result.verdict, cites(copy.article, result), into)


@dataclass(frozen=True)
class Reading:
    """A held-out copy read through the check with the fold's reader sending to review only,
    and how sure the reader was of each category it could reject (``reject_by_category``)."""

    copy: LabelledCopy
    verdict: str  # the check's verdict when the reader never rejects
    cited: bool  # a finding cites the copy's article (``caught``)
    could_reject: tuple[tuple[str, float], ...]  # (category, p(violation)) of the reader's findings

    def verdict_at(self, thresholds: dict[str, float]) -> str:
        """The verdict with per-category reject thresholds: one more finding contributing reject
        makes the verdict reject (``compliance.check.verdict_for``)."""
        if any(p >= thresholds.get(category, NEVER_AT) for category, p in self.could_reject):
            return "reject"
        return self.verdict


def readings(
    checker: AdChecker, reader: SemanticReader, copies: Sequence[LabelledCopy]
) -> list[Reading]:
    """``Reading``s of ``copies`` with ``reader``'s review and category thresholds."""
    review_only = replace(reader, reject_at=NEVER_AT, reject_by_category=())
    loose = replace(reader, reject_at=0.0, reject_by_category=())
    out = []
    for copy in copies:
        rules_only = checker.check_rules(copy.text)
        scored = reader.score(copy.text)
        result = checker.with_hits(copy.text, rules_only, review_only.hits(scored))
        # The reader's hits that would reject at a threshold of 0 (level, hedge and length
        # allow it) and that the check would keep as findings at that level (no rule decided
        # the category, or its rules only send it to review: ``semantic_findings``), judged
        # against the rules' findings of this same check.
        sure = [h for h in loose.hits(scored) if h.level == "reject"]
        judged = [*rules_only.findings, *rules_only.cleared]
        kept = {f.category for f in semantic_findings(copy.text, sure, judged, checker.rules)}
        out.append(
            Reading(
                copy=copy,
                verdict=result.verdict,
                cited=cites(copy.article, result),
                could_reject=tuple((h.category, h.probability) for h in sure if h.category in kept),
            )
        )
    return out


def reject_by_category(
    pool: Sequence[Reading], grid: Sequence[float], limits: dict[str, float]
) -> tuple[dict[str, float], Tally]:
    """Per-category reject thresholds from ``grid`` and their pooled tally: starting from never
    rejecting, lower one category's threshold at a time, each step the one that buys the most
    caught copies per clean or review-level copy newly rejected, while the pooled clean-rejected
    and review-level-rejected rates stay within ``limits`` (``rejected``, ``over_rejected``)."""
    categories = sorted({c for r in pool for c, _ in r.could_reject})
    thresholds = dict.fromkeys(categories, NEVER_AT)

    def pooled(trial: dict[str, float]) -> Tally:
        total = Tally()
        for r in pool:
            count(r.copy, r.verdict_at(trial), r.cited, total)
        return total

    current = pooled(thresholds)
    while True:
        best: tuple[float, str, float, Tally] | None = None
        for category in categories:
            for value in grid:
                if value >= thresholds[category]:
                    continue
                trial = pooled({**thresholds, category: value})
                rates = trial.rates()
                if (
                    rates["rejected"] > limits["rejected"]
                    or rates["over_rejected"] > limits["over_rejected"]
                    or trial.caught <= current.caught
                ):
                    continue
                cost = trial.rejected - current.rejected + (trial.over - current.over) / 2
                worth = (trial.caught - current.caught) / (cost + 0.1)
                # Of equal worth, the higher threshold (the more cautious one).
                if best is None or (worth, value) > (best[0], best[2]):
                    best = (worth, category, value, trial)
        if best is None:
            return thresholds, current
        _, category, value, current = best
        thresholds[category] = value


def grey_zone_threshold(sweep: dict[float, Tally]) -> float:
    """The grey zone's threshold (``context_at``) from its cross-validated ``sweep`` (``NEVER_AT``
    and each of ``GRID_CONTEXT_AT``): from never, one step of the grid lower at a time while the
    step catches at least as many violations as it newly flags clean copies (each review it adds
    is a violation at least as often as not) and the clean copy flagged stays within
    ``CONTEXT_BUDGET`` of the flagged without it."""
    chosen = NEVER_AT
    ceiling = sweep[NEVER_AT].rates()["flagged"] + CONTEXT_BUDGET
    for value in sorted(GRID_CONTEXT_AT, reverse=True):
        step, last = sweep[value], sweep[chosen]
        if step.flagged - last.flagged > step.caught - last.caught:
            break
        if step.rates()["flagged"] > ceiling:
            break
        chosen = value
    return chosen


#: A threshold setting of the reader: ``(review_at, reject_at, category_at)``.
Setting = tuple[float, float, float]


@dataclass(frozen=True)
class _FoldJob:
    """What every fold of ``tune`` reads (inherited by the worker processes when forked)."""

    copies: Sequence[LabelledCopy]
    packs: RuleSet
    c: float
    grid: tuple[Setting, ...]
    min_df: int = MIN_DF

    def run(self, group: tuple[str, ...]) -> FoldResult:
        """Fit a reader on every split but those of ``group`` and count the check's verdicts on
        each of them: the rules alone (key ``None``) and with the reader at each setting."""
        held = [copy for copy in self.copies if copy.split in group]
        training = [copy for copy in self.copies if copy.split not in group]
        checker = AdChecker(self.packs.rules, self.packs.contexts)
        reader = fit(training, self.packs.rules, c=self.c, min_df=self.min_df, checker=checker)
        at = {
            (review_at, reject_at, category_at): replace(
                reader, review_at=review_at, reject_at=reject_at, category_at=category_at
            )
            for review_at, reject_at, category_at in self.grid
        }
        tallies: dict[str, dict[Setting | None, Tally]] = {
            split: {setting: Tally() for setting in (None, *self.grid)} for split in group
        }
        # Each copy checked by the rules and scored by the reader once, then judged at every
        # setting: what ``AdChecker.check`` with that setting's reader returns.
        for copy in held:
            mine = tallies[copy.split]
            rules_only = checker.check_rules(copy.text)
            count(copy, rules_only.verdict, cites(copy.article, rules_only), mine[None])
            scored = reader.score(copy.text)
            for setting, judge in at.items():
                result = checker.with_hits(copy.text, rules_only, judge.hits(scored))
                count(copy, result.verdict, cites(copy.article, result), mine[setting])
        return group, reader, tallies


#: What one fold of ``tune`` gives back: its held-out splits, the reader trained without them,
#: and per held-out split the counts of each setting (``_FoldJob.run``).
FoldResult = tuple[tuple[str, ...], SemanticReader, dict[str, dict[Setting | None, Tally]]]


def fold_groups(splits: Sequence[str], folds: int = 0) -> list[tuple[str, ...]]:
    """The held-out groups of the cross-validation: each split alone when ``folds`` is 0 (or at
    least the number of splits), else ``folds`` groups dealt round-robin from the sorted splits
    (a split is never cut: its copies were written together), so sets of one round and one
    brief fall in different groups. ``folds`` groups cost ``folds`` trainings instead of one
    per split (docs/compliance.md: the reader's training)."""
    ordered = sorted(splits)
    if folds < 0 or folds == 1:
        raise ValueError(f"folds must be 0 (one per split) or at least 2, not {folds}")
    if folds == 0 or folds >= len(ordered):
        return [(split,) for split in ordered]
    return [tuple(ordered[i::folds]) for i in range(folds)]


#: The job the worker processes of ``_folds`` run (set before they fork, read by ``_run_fold``).
_JOB: _FoldJob | None = None


def _run_fold(group: tuple[str, ...]) -> FoldResult:
    assert _JOB is not None, "set before the workers fork"
    return _JOB.run(group)


def _folds(job: _FoldJob, groups: Sequence[tuple[str, ...]], jobs: int) -> Iterator[FoldResult]:
    """``job.run`` of each group, in ``groups``' order: in this process when ``jobs`` is 1, else
    in ``jobs`` forked worker processes (the folds are independent; the copies and rule packs are
    inherited, not sent; each fold's reader and counts come back). The results are the same."""
    global _JOB
    if jobs <= 1 or len(groups) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for group in groups:
            yield job.run(group)
        return
    _JOB = job
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            yield from pool.map(_run_fold, groups)
    finally:
        _JOB = None


def tune(
    copies: Sequence[LabelledCopy],
    packs: RuleSet | None = None,
    *,
    c: float = C,
    grid: Sequence[Setting] | None = None,
    progress: Callable[[str], None] = lambda line: None,
    jobs: int = 1,
    folds: int = 0,
    min_df: int = MIN_DF,
) -> tuple[SemanticReader, dict[str, object]]:
    """Leave-one-split-out cross-validation of the thresholds ``(review_at, reject_at,
    category_at)`` over ``grid`` (default: the product of the ``GRID_*`` values), then the reader
    trained on all ``copies`` with the chosen ones, and the report: the rules alone and the
    chosen setting, pooled and per held-out split. ``jobs`` worker processes cross-validate the
    folds side by side (the same result; each worker should then use one BLAS thread).
    ``folds`` other than 0 holds out groups of whole splits instead (``fold_groups``): each
    split is still read by a reader that never saw it, trained on a little less. ``min_df``: an
    n-gram is a feature only when at least that many copies hold it (the model file's size)."""
    packs = packs or load_packs()
    if grid is None:
        grid = [
            s for s in product(GRID_REVIEW_AT, GRID_REJECT_AT, GRID_CATEGORY_AT) if s[1] >= s[0]
        ]
    splits = sorted({copy.split for copy in copies})
    counts: dict[tuple[Setting | None, str], Tally] = {}
    checker = AdChecker(packs.rules, packs.contexts)  # built once: its reader is swapped
    fold_readers: dict[str, SemanticReader] = {}
    held_out = {split: [copy for copy in copies if copy.split == split] for split in splits}
    job = _FoldJob(copies, packs, c, tuple(grid), min_df)
    groups = fold_groups(splits, folds)
    for group, reader, by_split in _folds(job, groups, jobs):
        for split in group:
            fold_readers[split] = reader
            progress(f"fold {split}: {len(held_out[split])} copies")
            for setting, counted in by_split[split].items():
                counts[(setting, split)] = counted

    def pooled(setting: Setting | None) -> dict[str, float]:
        total = Tally()
        for split in splits:
            total.add(counts[(setting, split)])
        return total.rates()

    base = pooled(None)
    rates = {setting: pooled(setting) for setting in grid}
    allowed = [
        s
        for s, r in rates.items()
        if r["flagged"] <= base["flagged"] + FLAG_BUDGET
        and r["rejected"] <= base["rejected"] + REJECT_BUDGET
        and r["over_rejected"] <= base["over_rejected"] + OVER_BUDGET
    ]
    if not allowed:
        raise ValueError("no threshold setting keeps clean copy within the budgets")
    chosen = max(allowed, key=lambda s: (rates[s]["recall"], s))
    # The reject threshold per category, at the chosen review and category thresholds, within
    # the same budgets (a price or an absolute claim reads like clean copy more often than a
    # cure does, so one pooled threshold holds every category to the hardest one's).
    progress("reject thresholds per category")
    pool = [
        reading
        for split in splits
        for reading in readings(
            checker,
            replace(fold_readers[split], review_at=chosen[0], category_at=chosen[2]),
            held_out[split],
        )
    ]
    limits = {
        "rejected": base["rejected"] + REJECT_BUDGET,
        "over_rejected": base["over_rejected"] + OVER_BUDGET,
    }
    by_category, _ = reject_by_category(pool, [v for v in GRID_REJECT_AT if v >= chosen[0]], limits)

    def thresholds_of(reader: SemanticReader) -> tuple[float, ...]:
        # A category the search left at NEVER_AT only goes to review on the reader's word; one it
        # never saw a rejectable hit of keeps the pooled threshold.
        return tuple(by_category.get(g, chosen[1]) for g in reader.categories)

    # The figures of the per-category setting through the real check, fold by fold, at each
    # grey-zone threshold: each copy checked by the rules and scored once, judged at every one.
    contexts = (NEVER_AT, *GRID_CONTEXT_AT)
    swept: dict[tuple[float, str], Tally] = {}
    for split, reader in fold_readers.items():
        judged = replace(
            reader,
            review_at=chosen[0],
            reject_at=chosen[1],
            category_at=chosen[2],
            reject_by_category=thresholds_of(reader),
        )
        at = {value: replace(judged, context_at=value) for value in contexts}
        for value in contexts:
            swept[(value, split)] = Tally()
        for copy in held_out[split]:
            rules_only = checker.check_rules(copy.text)
            scored = judged.score(copy.text)
            for value, judge in at.items():
                result = checker.with_hits(copy.text, rules_only, judge.hits(scored))
                count(copy, result.verdict, cites(copy.article, result), swept[(value, split)])
    sweep: dict[float, Tally] = {}
    for value in contexts:
        sweep[value] = Tally()
        for split in splits:
            sweep[value].add(swept[(value, split)])
    context_at = grey_zone_threshold(sweep)
    per_category = {split: swept[(context_at, split)] for split in splits}
    pooled_by_category = sweep[context_at]
    final = fit(copies, packs.rules, c=c, min_df=min_df, checker=checker)
    final = replace(final, review_at=chosen[0], reject_at=chosen[1], category_at=chosen[2])
    final = replace(final, reject_by_category=thresholds_of(final), context_at=context_at)
    report: dict[str, object] = {
        "copies": len(copies),
        "splits": splits,
        "folds": len(groups),
        "min_df": min_df,
        "chosen": {
            "review_at": chosen[0],
            "reject_at": chosen[1],
            "category_at": chosen[2],
            "reject_by_category": {g: v for g, v in by_category.items() if v != chosen[1]},
            "context_at": context_at,
        },
        "rules_only": base,
        # With the per-category reject thresholds (chosen on these folds, so a little optimistic;
        # docs/compliance.md gives a nested estimate), and with the pooled one alone.
        "cross_validated": pooled_by_category.rates(),
        # The grey zone's review findings at each threshold (NEVER_AT: none), the rest as chosen.
        "context_sweep": {
            str(v): {
                **sweep[v].rates(),
                "caught": sweep[v].caught,
                "flagged_copies": sweep[v].flagged,
            }
            for v in contexts
        },
        "cross_validated_pooled_reject": rates[chosen],
        # What the budgets cost: the settings of highest recall, allowed or not.
        "best_unbudgeted": [
            {"setting": list(s), **rates[s]}
            for s in sorted(rates, key=lambda s: -rates[s]["recall"])[:5]
        ],
        "per_fold": {
            split: {
                "rules_only": counts[(None, split)].rates(),
                "with_reader": per_category[split].rates(),
            }
            for split in splits
        },
        "classes": list(final.classes),
        "ngrams": len(final.codes),
    }
    return final, report


__all__ = [
    "MIN_DF",
    "SEALED",
    "C",
    "LabelledCopy",
    "SealedSplitError",
    "category_weights",
    "caught",
    "class_labels",
    "class_rules",
    "fit",
    "fold_groups",
    "grams",
    "grey_zone_threshold",
    "load_copies",
    "tune",
]
