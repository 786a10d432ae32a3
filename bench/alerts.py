"""Precision and recall of the alert lexicon per category, on a hand-labelled set of posts.

    .venv/bin/python -m bench.alerts                 # the table of docs/nlp.md
    .venv/bin/python -m bench.alerts --errors dev    # also list the misses and false alerts
    .venv/bin/python -m bench.alerts --lexicon my_alerts.yaml

``tests/nlp/data/alerts_eval.jsonl`` holds one object a line: ``text`` (a community-retail post
written for the set), ``labels`` (every alert category the post truly belongs to; empty for a
post that should raise nothing), ``written_for`` (the category it was written to test),
``kind`` (``positive``: a post of that category, often worded without any listed term;
``near_miss``: a post that shares words or topic with the category but is not an alert of it:
negations, questions, praise, other senses of a term) and ``split`` (``dev``: looked at while
writing the lexicon; ``dev2``: every third post of each list, written with ``dev`` and held out
for the first measurement, whose misses were then used to improve the slots (so it is dev data
now); ``holdout2``: 10 positives and 10 near misses per category written afterwards, measured
once before the slots were changed and never tuned on; docs/nlp.md gives the order).

Scores are multi-label: a post predicted ``C`` (any hit of category ``C``) is a true positive
when ``C`` is in its labels, a false positive otherwise (also when it was written for another
category); a label ``C`` without a hit is a false negative.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlp.alerts import AlertLexicon

EVAL_SET = Path(__file__).parents[1] / "tests" / "nlp" / "data" / "alerts_eval.jsonl"
SPLITS = ("dev", "dev2", "holdout2", "all")


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


def load_posts(path: Path = EVAL_SET) -> list[LabelledPost]:
    """The labelled posts of ``path``."""
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
                    split=raw["split"],
                )
            )
    return posts


def evaluate(
    lexicon: AlertLexicon, posts: Iterable[LabelledPost]
) -> dict[str, dict[str, CategoryScore]]:
    """``{split: {category: score}}`` for ``dev``, ``dev2``, ``holdout2`` and ``all``."""
    scores: dict[str, dict[str, CategoryScore]] = {
        s: {c: CategoryScore() for c in lexicon.categories} for s in SPLITS
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
    lines = [
        "| Category | " + " | ".join(f"P {s} | R {s}" for s in SPLITS) + " |",
        "|---" * (1 + 2 * len(SPLITS)) + "|",
    ]
    for category in scores["all"]:
        cells = []
        for split in SPLITS:
            score = scores[split][category]
            cells += [f"{score.precision:.2f}", f"{score.recall:.2f}"]
        lines.append(f"| {category} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the table (and the errors of a split)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=EVAL_SET)
    parser.add_argument("--lexicon", type=Path, default=None)
    parser.add_argument("--errors", choices=SPLITS, default=None)
    args = parser.parse_args(argv)
    lexicon = AlertLexicon.from_path(args.lexicon) if args.lexicon else AlertLexicon.default()
    posts = load_posts(args.data)
    scores = evaluate(lexicon, posts)
    counts = {s: sum(1 for p in posts if s in ("all", p.split)) for s in SPLITS}
    print(
        f"{len(posts)} posts ({counts['dev']} dev, {counts['dev2']} dev2, "
        f"{counts['holdout2']} holdout2)"
    )
    print(table(scores))
    if args.errors:
        for category, score in scores[args.errors].items():
            for text in score.misses:
                print(f"MISS  {category}: {text}")
            for text in score.false_alerts:
                print(f"FALSE {category}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
