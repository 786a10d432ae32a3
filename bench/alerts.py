"""Precision and recall of the alert lexicon per category, on hand-labelled posts; and its speed.

    .venv/bin/python -m bench.alerts                 # the table of docs/nlp.md, and posts/s
    .venv/bin/python -m bench.alerts --errors dev3   # also list the misses and false alerts
    .venv/bin/python -m bench.alerts --lexicon my_alerts.yaml

``tests/nlp/data/alerts_eval.jsonl`` holds one object a line: ``text`` (a community-retail post
written for the set), ``labels`` (every alert category the post truly belongs to; empty for a
post that should raise nothing), ``written_for`` (the category it was written to test),
``kind`` (``positive``: a post of that category, often worded without any listed term;
``near_miss``: a post that shares words or topic with the category but is not an alert of it:
negations, questions, praise, other senses of a term) and ``split``. Every split of that file
has been tuned on (``TUNED_SPLITS``, in the order they were written; docs/nlp.md tells how each
was used). A held-out set is a separate file of the same shape, listed in ``HELD_OUT`` under
its split name (its rows' own ``split`` is ignored); it is measured, never tuned on.

Scores are multi-label: a post predicted ``C`` (any hit of category ``C``) is a true positive
when ``C`` is in its labels, a false positive otherwise (also when it was written for another
category); a label ``C`` without a hit is a false negative.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlp.alerts import AlertLexicon

DATA_DIR = Path(__file__).parents[1] / "tests" / "nlp" / "data"
EVAL_SET = DATA_DIR / "alerts_eval.jsonl"
#: The splits of ``EVAL_SET``, in the order they were written; all were tuned on.
TUNED_SPLITS = ("dev", "dev2", "dev3", "dev4")
#: Held-out sets, ``{split: path}``: written by someone who never read the lexicon, measured,
#: never tuned on (docs/nlp.md); an absent or empty file is skipped.
HELD_OUT: dict[str, Path] = {"holdout3": DATA_DIR / "alerts_holdout3.jsonl"}


@dataclass(frozen=True)
class LabelledPost:
    """One post of the evaluation set."""

    text: str
    labels: frozenset[str]
    written_for: str
    kind: str
    split: str


@dataclass
class CategoryScore:
    """Counts of one category on one split."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_alerts: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was labelled."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_posts(path: Path = EVAL_SET, split: str | None = None) -> list[LabelledPost]:
    """The labelled posts of ``path`` (all under ``split`` when given); [] when it is absent."""
    if not path.exists():
        return []
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            posts.append(
                LabelledPost(
                    text=raw["text"],
                    labels=frozenset(raw["labels"]),
                    written_for=raw["written_for"],
                    kind=raw["kind"],
                    split=split or raw["split"],
                )
            )
    return posts


def load_all() -> list[LabelledPost]:
    """The tuned posts of ``EVAL_SET`` followed by every ``HELD_OUT`` set present."""
    posts = load_posts()
    for split, path in HELD_OUT.items():
        posts += load_posts(path, split)
    return posts


def splits_of(posts: Iterable[LabelledPost]) -> tuple[str, ...]:
    """The splits of ``posts`` (tuned ones first, in their order) and ``all``."""
    present = list(dict.fromkeys(p.split for p in posts))
    ordered = [s for s in TUNED_SPLITS if s in present]
    return (*ordered, *(s for s in present if s not in ordered), "all")


def evaluate(
    lexicon: AlertLexicon, posts: Iterable[LabelledPost]
) -> dict[str, dict[str, CategoryScore]]:
    """``{split: {category: score}}`` for every split of ``posts`` and ``all``."""
    posts = list(posts)
    scores: dict[str, dict[str, CategoryScore]] = {
        s: {c: CategoryScore() for c in lexicon.categories} for s in splits_of(posts)
    }
    for post in posts:
        predicted = {hit.category for hit in lexicon.match(post.text)}
        for split in (post.split, "all"):
            for category, score in scores[split].items():
                if category in predicted and category in post.labels:
                    score.tp += 1
                elif category in predicted:
                    score.fp += 1
                    score.false_alerts.append(post.text)
                elif category in post.labels:
                    score.fn += 1
                    score.misses.append(post.text)
    return scores


def table(scores: dict[str, dict[str, CategoryScore]]) -> str:
    """The markdown table of docs/nlp.md."""
    splits = list(scores)
    lines = [
        "| Category | " + " | ".join(f"P {s} | R {s}" for s in splits) + " |",
        "|---" * (1 + 2 * len(splits)) + "|",
    ]
    for category in scores["all"]:
        cells = []
        for split in splits:
            score = scores[split][category]
            cells += [f"{score.precision:.2f}", f"{score.recall:.2f}"]
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def posts_per_second(lexicon: AlertLexicon, texts: Sequence[str], rounds: int = 5) -> float:
    """Best of ``rounds`` timed passes of ``match`` over ``texts`` (one thread, one core)."""
    for text in texts:  # warm up: jieba's dictionary, regex caches
        lexicon.match(text)
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            lexicon.match(text)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the table, the speed (and the errors of a split)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="one labelled file instead")
    parser.add_argument("--lexicon", type=Path, default=None)
    parser.add_argument("--errors", default=None, metavar="SPLIT")
    args = parser.parse_args(argv)
    lexicon = AlertLexicon.from_path(args.lexicon) if args.lexicon else AlertLexicon.default()
    posts = load_posts(args.data) if args.data else load_all()
    scores = evaluate(lexicon, posts)
    counts = ", ".join(f"{sum(p.split == s for p in posts)} {s}" for s in list(scores)[:-1])
    print(f"{len(posts)} posts ({counts})")
    print(table(scores))
    texts = [p.text for p in posts]
    print(f"matching: {posts_per_second(lexicon, texts):,.0f} posts/s on one core")
    if args.errors:
        for category, score in scores[args.errors].items():
            for text in score.misses:
                print(f"MISS  {category}: {text}")
            for text in score.false_alerts:
                print(f"FALSE {category}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
