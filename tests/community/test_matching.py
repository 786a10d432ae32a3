"""The matched-control engine (``radar kpi compare``), validated against known answers.

1. LaLonde (1986) / Dehejia & Wahba (1999): the NSW job-training experiment's effect on 1978
   earnings is $1,794 (experimental treated vs controls). Against the non-experimental CPS-1
   comparison group the naive difference is hugely negative; propensity-score matching on the
   DW covariates recovers the experimental answer.
2. Synthetic data with a planted effect and selection bias (those treated were already buying
   more): the naive difference overstates the effect, the matched one recovers it.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from community.matching import MatchingError, compare, nearest_controls
from radar.cli import main

DATA = Path(__file__).parent / "data"
DW_COVARIATES = [
    "age",
    "age2",
    "educ",
    "educ2",
    "marr",
    "nodegree",
    "black",
    "hisp",
    "re74",
    "re75",
    "u74",
    "u75",
]


def dw_table(rows: list[dict[str, str]]) -> dict[str, np.ndarray]:
    col = {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}
    col.update(
        age2=col["age"] ** 2,
        educ2=col["educ"] ** 2,
        u74=(col["re74"] == 0) * 1.0,
        u75=(col["re75"] == 0) * 1.0,
    )
    return col


def nsw() -> list[dict[str, str]]:
    with (DATA / "nsw_dw.csv").open() as handle:
        return list(csv.DictReader(handle))


def test_lalonde_experimental_benchmark_is_1794() -> None:
    col = dw_table(nsw())
    treated = col["treat"] == 1
    effect = col["re78"][treated].mean() - col["re78"][~treated].mean()
    assert (int(treated.sum()), int((~treated).sum())) == (185, 260)
    assert effect == pytest.approx(1794.34, abs=0.01)


def test_matching_recovers_the_experiment_from_cps_controls() -> None:
    with gzip.open(DATA / "cps1_controls.csv.gz", "rt") as handle:
        cps = list(csv.DictReader(handle))
    col = dw_table([r for r in nsw() if r["treat"] == "1"] + cps)
    covariates = np.column_stack([col[n] for n in DW_COVARIATES])
    result = compare(covariates, col["treat"] == 1, col["re78"], DW_COVARIATES)
    assert result.naive < -8000  # CPS workers earned far more: the naive answer is wrong
    assert result.ci_low < 1794.34 < result.ci_high
    assert result.att == pytest.approx(1794.34, abs=600)
    assert result.matched_treated >= 180 and result.matched_control > 50
    assert max(abs(v) for v in result.smd_before.values()) > 1.0
    assert max(abs(v) for v in result.smd_after.values()) < 0.25


def planted(n: int = 4000, effect: float = 20.0, seed: int = 11) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    prior = rng.lognormal(4.0, 0.6, n)  # spend before the event
    visits = rng.poisson(3 + prior / 40)
    z = (np.log(prior) - 4.0) / 0.6
    treated = rng.random(n) < 1 / (1 + np.exp(-(-1.5 + 1.2 * z + 0.15 * (visits - 4))))
    outcome = 30 + 0.5 * prior + 4 * visits + effect * treated + rng.normal(0, 15, n)
    return {"prior": prior, "visits": visits.astype(float), "treated": treated, "y": outcome}


def test_planted_effect_naive_overstates_matched_recovers() -> None:
    d = planted()
    result = compare(
        np.column_stack([d["prior"], d["visits"]]), d["treated"], d["y"], ["prior", "visits"]
    )
    assert result.naive > 40  # selection bias: the treated were already buying more
    assert result.ci_low < 20 < result.ci_high
    assert result.att == pytest.approx(20, abs=5)
    assert abs(result.smd_after["prior"]) < 0.1 < abs(result.smd_before["prior"])


def test_nearest_controls_respect_the_caliper() -> None:
    order, lo, hi = nearest_controls(
        np.array([0.0, 1.0, 5.0, 2.0]), np.array([0.9, 0.05, 3.0, 2.1, 2.1]), caliper=0.5
    )
    groups = [sorted(order[a:b].tolist()) for a, b in zip(lo, hi, strict=True)]
    assert groups == [[1], [0], [], [3, 4]]  # ties are all kept; 5.0 has none in the caliper


def test_no_controls_is_an_error() -> None:
    with pytest.raises(MatchingError):
        compare(np.ones((3, 1)), np.array([1, 1, 1]), np.ones(3), ["x"])


def test_compare_command_prints_the_contract_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path))
    d = planted(1500)
    path = tmp_path / "audience.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["went", "spend_after", "prior", "visits"])
        for row in zip(d["treated"].astype(int), d["y"], d["prior"], d["visits"], strict=True):
            writer.writerow(row)
    code = main(
        [
            "kpi",
            "compare",
            "--csv",
            str(path),
            "--treated",
            "went",
            "--outcome",
            "spend_after",
            "--covariates",
            "prior,visits",
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {
        "att",
        "ci_low",
        "ci_high",
        "naive",
        "matched_treated",
        "matched_control",
        "smd_before",
        "smd_after",
    }
    assert set(result["smd_before"]) == set(result["smd_after"]) == {"prior", "visits"}
    assert (
        main(
            [
                "kpi",
                "compare",
                "--csv",
                str(path),
                "--treated",
                "went",
                "--outcome",
                "nope",
                "--covariates",
                "prior",
            ]
        )
        == 2
    )
