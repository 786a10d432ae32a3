"""Quality gate of the tier-1 check on the labelled set (``bench/data/adcheck_eval.jsonl``).

Targets (issue #19): recall >= 0.95, clean copy flagged <= 5 %, clean copy rejected <= 1 %. They
are asserted on every split the rules were written or fixed against, each on its own: ``tune``,
``tune2``, ``tune3`` (the first ``heldout``, measured once at 0.909, then tuned on), ``tune4``
(the former ``heldout2``, ids ``heldout2-…``: measured at recall 0.533, clean flagged 7.1 %,
then tuned on with concept-level patterns) and ``tune5`` (copy written with those patterns, to
test them on more than tune4's sentences). ``heldout3`` was written by someone who never read the
rules and measured once (``bench.adcheck.HELDOUT_PATHS``): recall 0.538, clean flagged 12.5 %
(5 of 40), clean rejected 2.5 % (1 of 40), all three targets missed (docs/compliance.md). It is
held to floors just below that measurement, against regressions only.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.adcheck import (
    EVAL_PATH,
    HELDOUT_SPLIT,
    SPLITS,
    TARGET_CLEAN_FLAGGED,
    TARGET_CLEAN_REJECTED,
    TARGET_RECALL,
    TUNED_SPLITS,
    EvalCopy,
    evaluate,
    load_eval,
)
from compliance.check import AdChecker

#: No category may fall below this on the tuned copies taken together.
CATEGORY_FLOOR = 0.85


@pytest.fixture(scope="module")
def copies() -> list[EvalCopy]:
    return load_eval()


@pytest.fixture(scope="module")
def report(checker: AdChecker, copies: list[EvalCopy]) -> dict[str, dict[str, object]]:
    return evaluate(checker, copies)


@pytest.fixture(scope="module")
def tuned(checker: AdChecker, copies: list[EvalCopy]) -> dict[str, dict[str, object]]:
    tuned_copies = [c for c in copies if c.split in TUNED_SPLITS]
    return evaluate(checker, [EvalCopy(**{**c.__dict__, "split": "tuned"}) for c in tuned_copies])


def test_the_set_is_large_labelled_and_split(copies: list[EvalCopy]) -> None:
    assert len(copies) >= 150
    assert len({c.id for c in copies}) == len(copies)
    splits = Counter(c.split for c in copies)
    assert set(splits) <= set(SPLITS) and set(TUNED_SPLITS) <= set(splits)
    assert splits["tune4"] == 88 and splits["tune5"] >= 40
    for c in copies:
        assert c.expect in ("pass", "review", "reject")
        assert c.clean == c.category.startswith("clean_"), c.id
        assert c.clean or c.article, c.id  # every violation names its article
    violations = Counter(c.category for c in copies if not c.clean)
    for category in (
        "absolute",
        "authority",
        "exclusive",
        "medical",
        "health",
        "investment",
        "education",
        "disparagement",
        "endorsement",
        "vulgar",
        "price",
    ):
        assert violations[category] >= 10, category


@pytest.mark.parametrize("split", TUNED_SPLITS)
def test_targets_on_each_tuned_split(report: dict[str, dict[str, object]], split: str) -> None:
    violations, clean = report[split]["violations"], report[split]["clean"]
    assert isinstance(violations, dict) and isinstance(clean, dict)
    assert violations["recall"] >= TARGET_RECALL, violations["missed"]
    assert clean["flagged"] <= TARGET_CLEAN_FLAGGED, clean["wrong"]
    assert clean["rejected"] <= TARGET_CLEAN_REJECTED, clean["wrong"]


def test_every_category_recall_on_the_tuned_copies(tuned: dict[str, dict[str, object]]) -> None:
    low = {
        key: row
        for key, row in tuned["tuned"].items()
        if isinstance(row, dict) and "recall" in row and row["recall"] < CATEGORY_FLOOR  # type: ignore[operator]
    }
    assert low == {}


#: heldout3's one measurement was 42 of 78 (0.538), 5 of 40 flagged, 1 of 40 rejected: the floors
#: allow one copy less, no more false flags. Not the targets (TARGET_*), which it misses.
HELDOUT3_RECALL_FLOOR = 41 / 78 - 1e-9
HELDOUT3_FLAGGED_CEILING = 5 / 40 + 1e-9
HELDOUT3_REJECTED_CEILING = 1 / 40 + 1e-9


def test_heldout(report: dict[str, dict[str, object]]) -> None:
    if HELDOUT_SPLIT not in report:
        pytest.skip(
            f"no {HELDOUT_SPLIT} copies loaded: bench.adcheck.HELDOUT_PATHS is empty until the "
            "lead adds bench/data/adcheck_heldout3.jsonl and measures it once"
        )
    violations, clean = report[HELDOUT_SPLIT]["violations"], report[HELDOUT_SPLIT]["clean"]
    assert isinstance(violations, dict) and isinstance(clean, dict)
    assert violations["copies"] == 78 and clean["copies"] == 40
    assert violations["recall"] >= HELDOUT3_RECALL_FLOOR, violations["missed"]
    assert clean["flagged"] <= HELDOUT3_FLAGGED_CEILING, clean["wrong"]
    assert clean["rejected"] <= HELDOUT3_REJECTED_CEILING, clean["wrong"]


def test_review_level_wording_is_not_rejected(tuned: dict[str, dict[str, object]]) -> None:
    # Exclusivity, celebrity endorsement, quoted customers: proof or a person decides, not tier 1.
    # (heldout3 has one exclusivity copy rejected; test_heldout holds its floors.)
    over = {
        key: row["over_rejected"]
        for key, row in tuned["tuned"].items()
        if isinstance(row, dict) and row.get("over_rejected")
    }
    assert over == {}


def test_heldout_files_are_read_with_the_set(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    row = {
        "id": "x-001",
        "split": HELDOUT_SPLIT,
        "category": "clean_ordinary",
        "article": "",
        "expect": "pass",
        "source": "own",
        "text": "今日到货：本地小白菜",
    }
    extra.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    copies = load_eval(EVAL_PATH, (extra,))
    assert copies[-1].id == "x-001" and len(copies) == len(load_eval(EVAL_PATH, ())) + 1
