"""The semantic reader's own cost per copy: scoring, and judging with and without the grey zone.

    .venv/bin/python -m bench.adreader [--copies 200] [--repeat 7]

Scores ``--copies`` training copies of ``bench/data`` with the bundled reader
(``SemanticReader.score``), then judges each scored copy (``SemanticReader.hits``) at the shipped
thresholds and with the grey zone's review findings turned off (``context_at`` = never: the
obvious alternative, the reader before the thirty-fifth round), alternately in one process; each
figure is the best of ``--repeat`` runs (the least disturbed by other load), in microseconds per
copy. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import timeit
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from compliance.semantic import NEVER_AT, bundled_reader

DATA = Path(__file__).parent / "data" / "adcheck_tune34a.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    lines = DATA.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()][: args.copies]
    shipped = bundled_reader()
    without = replace(shipped, context_at=NEVER_AT)
    scored = [shipped.score(text) for text in texts]

    def per_copy(run: Callable[[], object]) -> float:
        best = min(timeit.repeat(run, number=3, repeat=args.repeat))
        return round(best / 3 / len(texts) * 1e6, 1)

    figures = {
        "copies": len(texts),
        "context_at": shipped.context_at,
        "score_us": per_copy(lambda: [shipped.score(text) for text in texts]),
        "hits_us": per_copy(lambda: [shipped.hits(s) for s in scored]),
        "hits_without_grey_zone_us": per_copy(lambda: [without.hits(s) for s in scored]),
        "grey_zone_hits": sum(
            hit.category == "context_review" for s in scored for hit in shipped.hits(s)
        ),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
