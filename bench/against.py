"""Bulk upsert into the embedded store: this tree against an earlier commit, in one run.

    .venv/bin/python -m bench.against COMMIT [--n 100000] [--rounds 2]

A target set against a figure measured on another day needs that day's code measured again
today: this VM's speed drifts by tens of percent between days (docs/benchmarks.md). This
extracts ``COMMIT`` with ``git archive`` into a temporary directory and runs the same
measurement in both trees, alternately (old, new, old, new, …), each in a fresh process that
imports its own tree's ``store`` and ``bench.store.realistic``: ``--n`` realistic mentions upserted
in batches of 1,000 into a fresh store (as ``bench.store``'s first figure). Prints each run and
the ratio of the medians; the generator must be the same in both trees (it is since 8d3dbbd).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run in a tree's root (its directory first on sys.path); prints the rate on its last line.
MEASURE = """
import os, sys, time
sys.path.insert(0, os.getcwd())
from bench.store import realistic
from store.sqlite import SQLiteStore
n, path = int(sys.argv[1]), sys.argv[2]
mentions = realistic(n)
store = SQLiteStore(path)
store.upsert_mentions(mentions[:1])  # loads the segmentation dictionary
start = time.perf_counter()
for i in range(1, n, 1000):
    store.upsert_mentions(mentions[i : i + 1000])
seconds = time.perf_counter() - start
store.close()
print((n - 1) / seconds)
"""


def measure(tree: Path, n: int, db: Path) -> float:
    """Mentions per second of ``tree``'s store (a fresh process, a fresh file)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(n), str(db)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return float(done.stdout.strip().splitlines()[-1])


def extract(commit: str, into: Path) -> None:
    """The files of ``commit`` under ``into`` (``git archive``; the repository is not changed)."""
    archive = into / "tree.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", commit], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "tree", filter="data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the earlier commit (e.g. the one an issue measured)")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="radar-against-") as tmp:
        extract(args.commit, Path(tmp))
        trees = {args.commit: Path(tmp) / "tree", "this tree": ROOT}
        rates: dict[str, list[float]] = {name: [] for name in trees}
        for round_ in range(1, args.rounds + 1):
            for name, tree in trees.items():
                rate = measure(tree, args.n, Path(tmp) / "bench.sqlite3")
                rates[name].append(rate)
                print(f"round {round_}: {name}: {rate:,.0f} mentions/s", flush=True)
    old, new = (statistics.median(rates[name]) for name in trees)
    print(
        f"bulk upsert, {args.n:,} mentions in batches of 1,000 (median of {args.rounds}): "
        f"{args.commit} {old:,.0f}/s, this tree {new:,.0f}/s: {new / old:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
