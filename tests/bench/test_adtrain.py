"""``bench.adtrain``: the reader's training and the checker's build, measured in a tree's code."""

from __future__ import annotations

from bench.adtrain import measure
from bench.against import ROOT


def test_measures_training_on_the_splits_named_and_digests_what_it_trained() -> None:
    figures = measure(ROOT, "heldout4,heldout5")
    assert figures["copies"] == 126 + 51 + 180  # heldout4 has 177 copies, heldout5 180
    assert float(figures["build_first_s"]) > 0 and float(figures["build_again_s"]) > 0
    assert float(figures["tune_cpu_s"]) > 0
    digest = figures["digest"]
    assert isinstance(digest, str) and len(digest) == 16
