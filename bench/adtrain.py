"""Training the semantic reader and building the checker: this tree against an earlier commit.

    .venv/bin/python -m bench.adtrain COMMIT [--splits heldout4,heldout5,…] [--rounds 1]

Each tree (``COMMIT`` extracted with ``git archive``, as ``bench.against`` does, and this one)
is measured in a fresh process that imports its own code, alternately: the seconds to load the
rule packs and build a checker the first time in a process and once more (the API, the trainer's
folds and the tests build several), and the CPU seconds of ``compliance.semantic_train.tune`` on
``--splits`` (leave-one-split-out cross-validation over those splits with the default grid, one
process, one BLAS thread). A digest of tune's report and reader shows that both trees train the
same thing. The obvious alternative to the shipped way of judging a fold is the earlier commit's:
every held-out copy checked through the real check once per threshold setting.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.against import ROOT, extract

DEFAULT_SPLITS = "heldout4,heldout5,heldout6,heldout7,heldout8,heldout9"

#: Run in a tree's root (its directory first on sys.path); prints one JSON line.
MEASURE = """
import hashlib, json, os, sys, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from compliance.check import AdChecker
from compliance.rulepack import load_packs
from compliance.semantic_train import load_copies, tune
def build():
    start = time.perf_counter()
    packs = load_packs()
    AdChecker(packs.rules, packs.contexts)
    return time.perf_counter() - start
first, again = build(), build()
paths = [Path("bench/data") / f"adcheck_{s}.jsonl" for s in sys.argv[1].split(",")]
copies = load_copies(paths)
start = time.process_time()
reader, report = tune(copies)
cpu = time.process_time() - start
digest = hashlib.sha256(json.dumps(report, sort_keys=True).encode())
for array in (reader.codes, reader.coef, reader.detector):
    digest.update(array.tobytes())
digest.update(repr(reader.reject_by_category).encode())
print(json.dumps({"copies": len(copies), "build_first_s": first, "build_again_s": again,
                  "tune_cpu_s": cpu, "digest": digest.hexdigest()[:16]}))
"""


def measure(tree: Path, splits: str) -> dict[str, float | str]:
    """One fresh process in ``tree``: its figures (``MEASURE``)."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, splits],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    figures: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the earlier commit")
    parser.add_argument("--splits", default=DEFAULT_SPLITS, help="comma-separated split names")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="radar-adtrain-") as tmp:
        extract(args.commit, Path(tmp))
        trees = {args.commit: Path(tmp) / "tree", "this tree": ROOT}
        runs: dict[str, list[dict[str, float | str]]] = {name: [] for name in trees}
        for round_ in range(1, args.rounds + 1):
            for name, tree in trees.items():
                figures = measure(tree, args.splits)
                runs[name].append(figures)
                print(f"round {round_}: {name}: {json.dumps(figures)}", flush=True)
    for key in ("build_first_s", "build_again_s", "tune_cpu_s"):
        old, new = (statistics.median(float(r[key]) for r in runs[name]) for name in trees)
        print(f"{key}: {args.commit} {old:.2f}, this tree {new:.2f}: {old / new:.1f}x less")
    digests = {str(r["digest"]) for name in trees for r in runs[name]}
    print("tune's report and reader: " + ("the same" if len(digests) == 1 else "DIFFER"))
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
