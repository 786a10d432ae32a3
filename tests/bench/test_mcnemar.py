"""McNemar's paired test of ``bench.sentiment`` (model vs the TF-IDF + LR, text by text) and
the LR's weighting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scipy.stats import binomtest

from bench.sentiment import discordant, mcnemar, paired_cell, repeats_config
from nlp.sentiment.train import TrainConfig


def test_mcnemar_matches_fagerland_worked_example() -> None:
    # Fagerland, Lydersen & Laake (2013), Table 1 (Bentur et al.): 1 and 7 discordant pairs;
    # the paper gives exact conditional p 0.070 and mid-p 0.039 (18/256 and 10/256).
    assert mcnemar(1, 7) == (18 / 256, 10 / 256)
    assert mcnemar(7, 1) == mcnemar(1, 7)
    assert mcnemar(1, 7)[0] == pytest.approx(0.070, abs=5e-4)
    assert mcnemar(1, 7)[1] == pytest.approx(0.039, abs=5e-4)


@pytest.mark.parametrize(("b", "c"), [(0, 5), (3, 9), (60, 73), (97, 130), (212, 162)])
def test_mcnemar_exact_is_the_two_sided_sign_test(b: int, c: int) -> None:
    exact, mid_p = mcnemar(b, c)
    assert exact == pytest.approx(binomtest(min(b, c), b + c, 0.5).pvalue, rel=1e-9)
    assert mid_p < exact


def test_mcnemar_ties_and_no_discordant_pairs() -> None:
    # Equal counts: exact 1, mid-p 1 - P(X = b) / 2 (the paper's supplement): P(X = 3) = 20/64.
    assert mcnemar(3, 3) == (1.0, 1.0 - 20 / 64 / 2)
    assert mcnemar(0, 0) == (1.0, 1.0)


def test_discordant_pairs_and_the_printed_cell() -> None:
    model = [True, True, False, False, True, True, True, True, True, True]
    lr = [True, False, True, False, False, False, False, False, False, False]
    assert discordant(model, lr) == (7, 1)
    assert paired_cell(model, lr) == "7:1 p=0.039"
    assert paired_cell(lr, None) == "-"
    assert paired_cell([True] * 12, [False] * 12) == "12:0 p<0.001"


def test_the_lr_is_weighted_with_the_repeats_the_model_was_trained_with(tmp_path: Path) -> None:
    meta = {"report": {"config": {"social_repeat": 3, "lr": 0.001}}}
    (tmp_path / "sentiment.json").write_text(json.dumps(meta), encoding="utf-8")
    cfg = repeats_config(tmp_path)
    default = TrainConfig()
    assert (cfg.grocery_repeat, cfg.social_repeat, cfg.retail_repeat) == (
        default.grocery_repeat,
        3,
        default.retail_repeat,
    )
    assert cfg.lr == default.lr  # only the repeats are read
    (tmp_path / "sentiment.json").write_text("{}", encoding="utf-8")
    assert repeats_config(tmp_path) == default
