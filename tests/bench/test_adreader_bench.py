"""``bench.adreader``: it runs, and counts the grey zone's findings the shipped reader makes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from compliance.semantic import bundled_reader

ROOT = Path(__file__).parents[2]


def test_the_reader_bench_prints_its_figures() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bench.adreader", "--copies", "20", "--repeat", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout)
    assert figures["copies"] == 20 and figures["context_at"] == bundled_reader().context_at
    assert figures["score_us"] > 0 and figures["hits_us"] > 0
    assert figures["hits_without_grey_zone_us"] > 0
    assert 0 <= figures["grey_zone_hits"] <= 20
