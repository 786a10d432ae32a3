"""Train the tier-1 check's semantic reader on labelled ad copy (``compliance.semantic``).

    radar train-adreader                 # bench/data's training splits -> the bundled model
    radar train-adreader --data a.jsonl --data b.jsonl --out /tmp/adreader.npz

Chooses the thresholds by leave-one-split-out cross-validation through the real check
(``compliance.semantic_train``; 96 minutes with ``--jobs 2`` for 25,656 copies on a 2-core
machine, sharing it with other work; ``--folds 10`` holds out ten groups of whole splits instead,
about 11 minutes for 28,000 copies), trains on every copy, writes the model file
(numpy, no pickles) and prints the report as JSON. Files holding the sealed test split
(``heldout66``) are refused: the check is measured on them, never trained on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

from radar.settings import Settings

#: The training splits of the reader, relative to the repository root (docs/compliance.md gives
#: their order): every labelled split but the sealed ones (``semantic_train.SEALED``); the shipped
#: reader (forty-ninth round, 25,656 copies) was trained on all of them but tune49a, tune49b,
#: tune50a and tune50b, held out to compare it with the reader before it on copy neither had read,
#: and heldout55, measured with it, and the fiftieth round's heldout56, tune51a … tune54a and
#: heldout57, the fifty-first round's heldout58, tune55a … tune56b, heldout59, and the
#: fifty-second round's heldout60 and tune57a … tune59b, and the fifty-third round's heldout61,
#: tune60a … tune62b, and the fifty-fourth round's heldout62 and tune63a … tune70b, and the
#: fifty-fifth round's heldout63 and tune71a … tune89b, and the fifty-sixth round's heldout64
#: and tune90a … tune104b, and the fifty-seventh round's heldout65 (docs/compliance.md).
DEFAULT_DATA = tuple(
    Path("bench/data") / name
    for name in (
        "adcheck_eval.jsonl",
        "adcheck_heldout4.jsonl",
        "adcheck_heldout5.jsonl",
        "adcheck_heldout6.jsonl",
        "adcheck_heldout7.jsonl",
        "adcheck_heldout8.jsonl",
        "adcheck_heldout9.jsonl",
        "adcheck_heldout10.jsonl",
        "adcheck_heldout11.jsonl",
        "adcheck_heldout12.jsonl",
        "adcheck_heldout13.jsonl",
        "adcheck_heldout14.jsonl",
        "adcheck_heldout15.jsonl",
        "adcheck_heldout16.jsonl",
        "adcheck_heldout17.jsonl",
        "adcheck_heldout18.jsonl",
        "adcheck_heldout19.jsonl",
        "adcheck_heldout20.jsonl",
        "adcheck_heldout21.jsonl",
        "adcheck_heldout22.jsonl",
        "adcheck_heldout23.jsonl",
        "adcheck_heldout24.jsonl",
        "adcheck_heldout25.jsonl",
        "adcheck_heldout26.jsonl",
        "adcheck_heldout27.jsonl",
        "adcheck_heldout28.jsonl",
        "adcheck_heldout29.jsonl",
        "adcheck_heldout30.jsonl",
        "adcheck_heldout31.jsonl",
        "adcheck_heldout32.jsonl",
        "adcheck_heldout33.jsonl",
        "adcheck_heldout34.jsonl",
        "adcheck_heldout35.jsonl",
        "adcheck_heldout36.jsonl",
        "adcheck_heldout37.jsonl",
        "adcheck_heldout38.jsonl",
        "adcheck_heldout39.jsonl",
        "adcheck_heldout40.jsonl",
        "adcheck_heldout41.jsonl",
        "adcheck_heldout42.jsonl",
        "adcheck_heldout43.jsonl",
        "adcheck_heldout44.jsonl",
        "adcheck_heldout45.jsonl",
        "adcheck_heldout46.jsonl",
        "adcheck_heldout47.jsonl",
        "adcheck_heldout48.jsonl",
        "adcheck_heldout49.jsonl",
        "adcheck_heldout50.jsonl",
        "adcheck_heldout51.jsonl",
        "adcheck_heldout52.jsonl",
        "adcheck_heldout53.jsonl",
        "adcheck_heldout54.jsonl",
        "adcheck_heldout55.jsonl",
        "adcheck_heldout56.jsonl",
        "adcheck_heldout57.jsonl",
        "adcheck_heldout58.jsonl",
        "adcheck_heldout59.jsonl",
        "adcheck_heldout60.jsonl",
        "adcheck_heldout61.jsonl",
        "adcheck_heldout62.jsonl",
        "adcheck_heldout63.jsonl",
        "adcheck_heldout64.jsonl",
        "adcheck_heldout65.jsonl",
        "adcheck_tune8a.jsonl",
        "adcheck_tune8b.jsonl",
        "adcheck_tune9a.jsonl",
        "adcheck_tune9b.jsonl",
        "adcheck_tune10a.jsonl",
        "adcheck_tune10b.jsonl",
        "adcheck_tune10c.jsonl",
        "adcheck_tune11a.jsonl",
        "adcheck_tune11b.jsonl",
        "adcheck_tune12a.jsonl",
        "adcheck_tune12b.jsonl",
        "adcheck_tune12c.jsonl",
        "adcheck_tune13a.jsonl",
        "adcheck_tune13b.jsonl",
        "adcheck_tune13c.jsonl",
        "adcheck_tune14a.jsonl",
        "adcheck_tune14b.jsonl",
        "adcheck_tune14c.jsonl",
        "adcheck_tune15a.jsonl",
        "adcheck_tune15b.jsonl",
        "adcheck_tune16a.jsonl",
        "adcheck_tune17a.jsonl",
        "adcheck_tune17b.jsonl",
        "adcheck_tune18a.jsonl",
        "adcheck_tune18b.jsonl",
        "adcheck_tune19a.jsonl",
        "adcheck_tune19b.jsonl",
        "adcheck_tune20a.jsonl",
        "adcheck_tune20b.jsonl",
        "adcheck_tune21a.jsonl",
        "adcheck_tune21b.jsonl",
        "adcheck_tune22a.jsonl",
        "adcheck_tune22b.jsonl",
        "adcheck_tune23a.jsonl",
        "adcheck_tune23b.jsonl",
        "adcheck_tune24a.jsonl",
        "adcheck_tune24b.jsonl",
        "adcheck_tune25a.jsonl",
        "adcheck_tune25b.jsonl",
        "adcheck_tune26a.jsonl",
        "adcheck_tune26b.jsonl",
        "adcheck_tune27a.jsonl",
        "adcheck_tune27b.jsonl",
        "adcheck_tune28a.jsonl",
        "adcheck_tune28b.jsonl",
        "adcheck_tune29a.jsonl",
        "adcheck_tune29b.jsonl",
        "adcheck_tune29c.jsonl",
        "adcheck_tune29d.jsonl",
        "adcheck_tune30a.jsonl",
        "adcheck_tune30b.jsonl",
        "adcheck_tune30c.jsonl",
        "adcheck_tune30d.jsonl",
        "adcheck_tune31a.jsonl",
        "adcheck_tune31b.jsonl",
        "adcheck_tune31c.jsonl",
        "adcheck_tune31d.jsonl",
        "adcheck_tune32a.jsonl",
        "adcheck_tune32b.jsonl",
        "adcheck_tune32c.jsonl",
        "adcheck_tune32d.jsonl",
        "adcheck_tune33a.jsonl",
        "adcheck_tune33b.jsonl",
        "adcheck_tune34a.jsonl",
        "adcheck_tune34b.jsonl",
        "adcheck_tune35a.jsonl",
        "adcheck_tune35b.jsonl",
        "adcheck_tune36a.jsonl",
        "adcheck_tune36b.jsonl",
        "adcheck_tune38a.jsonl",
        "adcheck_tune39a.jsonl",
        "adcheck_tune40a.jsonl",
        "adcheck_tune41a.jsonl",
        "adcheck_tune42a.jsonl",
        "adcheck_tune43a.jsonl",
        "adcheck_tune43b.jsonl",
        "adcheck_tune44a.jsonl",
        "adcheck_tune44b.jsonl",
        "adcheck_tune45a.jsonl",
        "adcheck_tune45b.jsonl",
        "adcheck_tune46a.jsonl",
        "adcheck_tune46b.jsonl",
        "adcheck_tune47a.jsonl",
        "adcheck_tune47b.jsonl",
        "adcheck_tune48a.jsonl",
        "adcheck_tune48b.jsonl",
        "adcheck_tune49a.jsonl",
        "adcheck_tune49b.jsonl",
        "adcheck_tune50a.jsonl",
        "adcheck_tune50b.jsonl",
        "adcheck_tune51a.jsonl",
        "adcheck_tune51b.jsonl",
        "adcheck_tune52a.jsonl",
        "adcheck_tune52b.jsonl",
        "adcheck_tune53a.jsonl",
        "adcheck_tune53b.jsonl",
        "adcheck_tune54a.jsonl",
        "adcheck_tune55a.jsonl",
        "adcheck_tune55b.jsonl",
        "adcheck_tune56a.jsonl",
        "adcheck_tune56b.jsonl",
        "adcheck_tune57a.jsonl",
        "adcheck_tune57b.jsonl",
        "adcheck_tune58a.jsonl",
        "adcheck_tune58b.jsonl",
        "adcheck_tune59a.jsonl",
        "adcheck_tune59b.jsonl",
        "adcheck_tune60a.jsonl",
        "adcheck_tune60b.jsonl",
        "adcheck_tune61a.jsonl",
        "adcheck_tune61b.jsonl",
        "adcheck_tune62a.jsonl",
        "adcheck_tune62b.jsonl",
        "adcheck_tune63a.jsonl",
        "adcheck_tune63b.jsonl",
        "adcheck_tune64a.jsonl",
        "adcheck_tune64b.jsonl",
        "adcheck_tune65a.jsonl",
        "adcheck_tune65b.jsonl",
        "adcheck_tune66a.jsonl",
        "adcheck_tune66b.jsonl",
        "adcheck_tune67a.jsonl",
        "adcheck_tune67b.jsonl",
        "adcheck_tune68a.jsonl",
        "adcheck_tune68b.jsonl",
        "adcheck_tune69a.jsonl",
        "adcheck_tune69b.jsonl",
        "adcheck_tune70a.jsonl",
        "adcheck_tune70b.jsonl",
        "adcheck_tune71a.jsonl",
        "adcheck_tune71b.jsonl",
        "adcheck_tune72a.jsonl",
        "adcheck_tune72b.jsonl",
        "adcheck_tune73a.jsonl",
        "adcheck_tune73b.jsonl",
        "adcheck_tune74a.jsonl",
        "adcheck_tune74b.jsonl",
        "adcheck_tune75a.jsonl",
        "adcheck_tune75b.jsonl",
        "adcheck_tune76a.jsonl",
        "adcheck_tune76b.jsonl",
        "adcheck_tune77a.jsonl",
        "adcheck_tune77b.jsonl",
        "adcheck_tune78a.jsonl",
        "adcheck_tune78b.jsonl",
        "adcheck_tune79a.jsonl",
        "adcheck_tune79b.jsonl",
        "adcheck_tune80a.jsonl",
        "adcheck_tune80b.jsonl",
        "adcheck_tune81a.jsonl",
        "adcheck_tune81b.jsonl",
        "adcheck_tune82a.jsonl",
        "adcheck_tune82b.jsonl",
        "adcheck_tune83a.jsonl",
        "adcheck_tune83b.jsonl",
        "adcheck_tune84a.jsonl",
        "adcheck_tune84b.jsonl",
        "adcheck_tune85a.jsonl",
        "adcheck_tune85b.jsonl",
        "adcheck_tune86a.jsonl",
        "adcheck_tune86b.jsonl",
        "adcheck_tune87a.jsonl",
        "adcheck_tune87b.jsonl",
        "adcheck_tune88a.jsonl",
        "adcheck_tune88b.jsonl",
        "adcheck_tune89a.jsonl",
        "adcheck_tune89b.jsonl",
        "adcheck_tune90a.jsonl",
        "adcheck_tune90b.jsonl",
        "adcheck_tune91a.jsonl",
        "adcheck_tune91b.jsonl",
        "adcheck_tune92a.jsonl",
        "adcheck_tune92b.jsonl",
        "adcheck_tune93a.jsonl",
        "adcheck_tune93b.jsonl",
        "adcheck_tune94a.jsonl",
        "adcheck_tune94b.jsonl",
        "adcheck_tune95a.jsonl",
        "adcheck_tune95b.jsonl",
        "adcheck_tune96a.jsonl",
        "adcheck_tune96b.jsonl",
        "adcheck_tune97a.jsonl",
        "adcheck_tune97b.jsonl",
        "adcheck_tune98a.jsonl",
        "adcheck_tune98b.jsonl",
        "adcheck_tune99a.jsonl",
        "adcheck_tune99b.jsonl",
        "adcheck_tune100a.jsonl",
        "adcheck_tune100b.jsonl",
        "adcheck_tune101a.jsonl",
        "adcheck_tune101b.jsonl",
        "adcheck_tune102a.jsonl",
        "adcheck_tune102b.jsonl",
        "adcheck_tune103a.jsonl",
        "adcheck_tune103b.jsonl",
        "adcheck_tune104a.jsonl",
        "adcheck_tune104b.jsonl",
    )
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``radar train-adreader``."""
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        default=None,
        help="labelled JSON-lines file (repeat; default: bench/data's training splits)",
    )
    parser.add_argument("--out", type=Path, default=None, help="model file (default: bundled)")
    parser.add_argument(
        "--c",
        type=float,
        default=None,
        help="inverse L2 strength of the model (default: compliance.semantic_train.C, 16)",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="cross-validate on this many groups of whole splits instead of one fold per split "
        "(0, the default: one per split; 10 trains 10 readers instead of 134)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="worker processes for the cross-validation folds (the same model; give each one "
        "BLAS thread: OMP_NUM_THREADS=1)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Cross-validate, train, save; print the report."""
    from compliance.semantic import BUNDLED
    from compliance.semantic_train import C, SealedSplitError, fold_groups, load_copies, tune

    paths = args.data or list(DEFAULT_DATA)
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"radar train-adreader: no such file: {missing[0]}", file=sys.stderr)
        return 2
    try:
        fold_groups((), args.folds)  # the same check ``tune`` makes, before the copies load
    except ValueError as exc:
        print(f"radar train-adreader: --{exc}", file=sys.stderr)
        return 2
    try:
        copies = load_copies(paths)
    except (SealedSplitError, ValueError, KeyError) as exc:
        print(f"radar train-adreader: {exc}", file=sys.stderr)
        return 2
    reader, report = tune(
        copies,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
        c=C if args.c is None else args.c,
        jobs=max(1, args.jobs),
        folds=args.folds,
    )
    out = args.out or Path(str(resources.files("compliance") / "models" / BUNDLED))
    out.parent.mkdir(parents=True, exist_ok=True)
    reader.save(out)
    report["written"] = str(out)
    print(json.dumps(report, ensure_ascii=False))
    return 0
