"""``bench.against``: an earlier commit's store measured beside this tree's, in its own tree."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.against import ROOT, extract, measure

#: The commit of the 11-23 store figures (3,582 mentions/s) issue 17's target was set against.
BASELINE = "8d3dbbd"


def test_extracts_the_commit_and_measures_each_tree_with_its_own_code(tmp_path: Path) -> None:
    present = subprocess.run(["git", "cat-file", "-e", f"{BASELINE}^{{commit}}"], cwd=ROOT)
    if present.returncode != 0:
        pytest.skip(f"{BASELINE} is not in this clone (a shallow clone?)")
    extract(BASELINE, tmp_path)
    old = tmp_path / "tree"
    # The extracted tree is that commit's, not this one: the heat cubes came later.
    assert (old / "store" / "sqlite.py").is_file()
    assert not (old / "store" / "sqlite_heat.py").exists()
    assert (ROOT / "store" / "sqlite_heat.py").is_file()
    for tree in (old, ROOT):
        rate = measure(tree, 300, tmp_path / "bench.sqlite3")
        assert rate > 0
        assert not (tmp_path / "bench.sqlite3").exists()  # each run starts from a fresh file
