"""Train the tier-1 check's semantic reader on labelled ad copy (``compliance.semantic``).

    radar train-adreader                 # bench/data's training splits -> the bundled model
    radar train-adreader --data a.jsonl --data b.jsonl --out /tmp/adreader.npz
    radar train-adreader --folds 10 --jobs 2 --min-df 3    # ten folds, an n-gram budget

Chooses the thresholds by leave-one-split-out cross-validation through the real check
(``compliance.semantic_train``; 96 minutes with ``--jobs 2`` for 25,656 copies on a 2-core
machine, sharing it with other work; ``--folds 10`` holds out ten groups of whole splits instead,
about 11 minutes for 28,000 copies), trains on every copy, writes the model file
(numpy, no pickles) and prints the report as JSON. The default data is every file that
``bench/data/adcheck_sets.txt`` lists but the sealed ones (``semantic_train.training_files``);
files holding a sealed test split (the ``sealed`` lines there) are refused: the check is measured
on them, never trained on them.

The shipped reader (forty-ninth round, 25,656 copies) was trained on every labelled file of its
day but tune49a, tune49b, tune50a and tune50b, held out to compare it with the reader before it on
copy neither had read; every set written since (from heldout55 on, in the list's order;
docs/compliance.md) is in the default data of its next training.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``radar train-adreader``."""
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        default=None,
        help="labelled JSON-lines file (repeat; default: every file of bench/data/adcheck_sets.txt "
        "but the sealed ones)",
    )
    parser.add_argument("--out", type=Path, default=None, help="model file (default: bundled)")
    parser.add_argument(
        "--c",
        type=float,
        default=None,
        help="inverse L2 strength of the model (default: compliance.semantic_train.C, 16)",
    )
    parser.add_argument(
        "--min-df",
        type=int,
        default=None,
        help="an n-gram is a feature when at least this many copies hold it (default: "
        "compliance.semantic_train.MIN_DF; higher: a smaller model file)",
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
    from compliance.semantic_train import (
        MIN_DF,
        C,
        SealedSplitError,
        fold_groups,
        load_copies,
        training_files,
        tune,
    )

    paths = args.data or list(training_files())
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"radar train-adreader: no such file: {missing[0]}", file=sys.stderr)
        return 2
    if args.min_df is not None and args.min_df < 1:
        print(
            f"radar train-adreader: --min-df must be at least 1, not {args.min_df}",
            file=sys.stderr,
        )
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
        min_df=MIN_DF if args.min_df is None else args.min_df,
    )
    out = args.out or Path(str(resources.files("compliance") / "models" / BUNDLED))
    out.parent.mkdir(parents=True, exist_ok=True)
    reader.save(out)
    report["written"] = str(out)
    print(json.dumps(report, ensure_ascii=False))
    return 0
