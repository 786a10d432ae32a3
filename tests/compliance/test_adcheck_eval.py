"""Quality gate of the tier-1 check on the labelled set (``bench/data/adcheck_eval.jsonl``).

Targets (issue #19): recall >= 0.95, clean copy flagged <= 5 %, clean copy rejected <= 1 %. They
are asserted on every split the rules were written or fixed against, each on its own: ``tune``,
``tune2``, ``tune3`` (the first ``heldout``, measured once at 0.909, then tuned on), ``tune4``
(the former ``heldout2``, ids ``heldout2-…``: measured at recall 0.533, clean flagged 7.1 %,
then tuned on with concept-level patterns), ``tune5`` (copy written with those patterns, to
test them on more than tune4's sentences), ``tune6`` (the former ``heldout3``, ids
``heldout3-…``: measured once at recall 0.538, clean flagged 12.5 %, clean rejected 2.5 %, then
tuned on with slots for the kinds it missed) and ``tune7`` (copy of those kinds phrased unlike
tune6, and clean near misses, labelled before the rules were changed).

``heldout4`` … ``heldout82`` (``bench.adcheck.HELDOUT_PATHS``) are written by someone who never read
the rules and are measured once by the lead; each is held to floors set from that measurement,
against regressions only. Until its floors are set these tests do not read the file at all.
(heldout4 then trained the semantic reader, with ``tune8``, and heldout5 with ``tune9``; heldout5
and heldout6 then trained the rules and the reader with ``tune10``, heldout7 with ``tune11``;
heldout8 then trained the rules and the reader, heldout9 with ``tune12``, heldout10 with ``tune13``,
heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18, heldout19,
heldout20, heldout21, heldout22 (with tune22), heldout23, heldout24 (with tune23), heldout25 (the
rules only), heldout26 (with tune24) and heldout27 (with tune25), heldout28 (with tune26), heldout29
(with tune27), heldout30 (with tune28), heldout31 (with tune29a … tune29d), heldout32 (with tune30a
… tune30d), heldout33 (with tune31a … tune31d), heldout34 (with tune32a … tune32d), heldout35 (with
tune33a, tune33b), heldout36 (the rules only, with tune34a, tune34b), heldout37 (the rules and, with
heldout36 and tune34a-b, the reader), heldout38 (the rules and the reader), heldout39 (the rules and
the reader, with tune35a, tune35b), heldout40 (the rules and the reader), heldout41 (the rules and,
with tune36a-b, the reader), heldout42 (the rules), heldout43 (the rules), heldout44 (the
rules), heldout45 (the rules), heldout46 (the rules and, with tune40a and tune41a, the reader),
heldout47 (the rules), heldout48 (the rules and, with tune43a and tune43b, the reader), heldout49
(the rules and, with tune44a and tune44b, the reader), heldout50 (the rules and the reader),
heldout51 (the rules and, with tune46a and tune46b, the reader), heldout52 (the rules and, with
tune47a and tune47b, the reader), heldout53 (the rules, with tune48a and tune48b), heldout54 (the
rules, with tune49a and tune49b), heldout55 (measured at the forty-ninth round's end),
heldout56 (the rules, with tune51a … tune53b), heldout57 (measured at the fiftieth round's end),
heldout58 (measured at the fifty-first round's start), heldout59 (measured at its end), heldout60
(measured at the fifty-second round's start), heldout61 (measured at the fifty-third round's
start), heldout62 (measured at the fifty-fourth round's start), heldout63 (measured at the
fifty-fifth round's start), heldout64 (measured at the fifty-sixth round's start), heldout65
(measured at the fifty-seventh round's start), heldout66 (measured at the fifty-eighth round's
start), heldout67 (measured at the fifty-ninth round's start),
heldout68 (measured at the sixtieth round's start), heldout69 (measured at the sixty-first round's
start), heldout70 (measured at the sixty-second round's start), heldout71 (measured at the
sixty-third round's start), heldout72 (measured at the sixty-fourth round's start), heldout73
(measured at the sixty-fifth round's start), heldout74 (measured at the sixty-sixth round's
start), heldout75 (measured at the sixty-seventh round's start), heldout76 (measured at the
sixty-eighth round's start), heldout77 (measured at the sixty-ninth round's start), heldout78
(measured at the seventieth round's start), heldout79 (measured at the seventy-first round's
start), heldout80 (measured at the seventy-second round's start), heldout81 (measured at the
seventy-third round's start), heldout82 (measured at the seventy-fourth round's start).)"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.adcheck import (
    EVAL_PATH,
    HELDOUT_PATHS,
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


#: Copies per split: the tuned splits are fixed, so a lost or duplicated line shows.
SPLIT_SIZES = {
    "tune": 178,
    "tune2": 141,
    "tune3": 72,
    "tune4": 88,
    "tune5": 64,
    "tune6": 118,
    "tune7": 68,
}


@pytest.fixture(scope="module")
def copies() -> list[EvalCopy]:
    # The tuned splits only: the held-out file is read by test_heldout, once its floors are set.
    return load_eval(EVAL_PATH, (), ())


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
    assert dict(splits) == SPLIT_SIZES
    assert not {p.stem.removeprefix("adcheck_") for p in HELDOUT_PATHS} & set(TUNED_SPLITS)
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


#: Floors of the held-out splits, set by the lead from each one's single measurement: (copies
#: of violations, of clean copy, recall floor, flagged ceiling, rejected ceiling). None until
#: then: the test skips and no test reads the copies.
#:
#: heldout4, measured 2026-11-30 13:45 UTC on the rules of ac5f828 alone: 70 of 126 caught
#: (0.556; the rules before them, 37339e9: 0.444), 1 of 51 clean copies flagged and that one
#: rejected (2.0 %). It then became training data of the semantic reader, so its floors only
#: guard against a regression of the rules.
#:
#: heldout5, measured 2026-11-30 16:31 UTC on f6814b0 (the rules and the semantic reader): 87
#: of 130 caught (0.669; the rules alone 0.554, as were the rules of 80a00f7, before this
#: round), 2 of 50 clean copies flagged, both rejected (4.0 %, both by rules, none by the
#: reader). It then became training data of the reader (with tune9), like heldout4.
#:
#: heldout6, measured 2026-11-30 17:02 UTC on 30216da (the same rules and reader): 93 of 130
#: caught (0.715; the rules alone 0.623), 3 of 50 clean copies flagged (6.0 %) and 2 of them
#: rejected (4.0 %), all by rules, none by the reader. Both then became training data of the
#: rules and the reader of the next round (they are in-sample since: these floors guard only
#: against a regression).
#:
#: heldout7, measured 2026-11-30 19:15 UTC on 2dd24e8 (the rules and reader trained on every
#: other split): 100 of 130 caught (0.769; the rules alone 0.623; the rules and reader of
#: eaf5c06, before that round: 0.669, rules alone 0.577), 2 of 50 clean copies flagged (4.0 %)
#: and 1 rejected (2.0 %), both by rules. It then became training data of the rules and the
#: reader of the next round, like heldout5 and heldout6.
#:
#: heldout8, written by a helper that read only the seeds and the label schema (423b3ff) and
#: measured 2026-11-30 23:13 UTC on ba33326 (the rules and reader trained on every other split):
#: 116 of 130 caught (0.892; the rules alone 0.731; the rules and reader of aa7d3b1, before that
#: round: 0.831, rules alone 0.708), no clean copy of 50 flagged. It then trained the rules and
#: the reader, like heldout7. (The thirty-fifth round's reader, trained on it, reviews one of its
#: clean copies: a parent's quoted praise of an art class, read as addressed to children.)
#:
#: heldout9, written by a helper that read only the seeds and the label schema, asked for copy as
#: published (no bracketed note of why it is illegal; d2ce89b), measured 2026-11-30 23:36 UTC on
#: ce8701f (the rules and reader trained on every other split, heldout8 included): 113 of 130
#: caught (0.869; the rules alone 0.685; the check measured on heldout8, f8404ff: 0.869; the
#: check of aa7d3b1, before that round: 0.800), no clean copy of 50 flagged. It then trained the
#: rules and the reader (with tune12), like heldout8.
#:
#: heldout10, written by a helper that read only the seeds and the label schema, copy as published
#: (46dd5a0), measured 2026-12-01 04:16 UTC on 2a632ed (the rules and reader trained on every
#: other split, heldout9 included): 118 of 130 caught (0.908; the rules alone 0.677; the check of
#: 2f35c3f, before that round: 0.869, rules alone 0.662); 5 of 50 clean copies flagged (10 %; the
#: check of 2f35c3f: 6) and 1 rejected (2 %, by a rule, as before). It then trained the rules and
#: the reader (with tune13), like heldout9.
#:
#: heldout11, the same brief (86e0b5c; its writer reports the copy at 12–56 characters, 61 of 180
#: at 10–30: shorter than any earlier set), measured 2026-12-01 08:48 UTC on 1b83907 (the rules and
#: reader trained on every other split, heldout10 included): 99 of 130 caught (0.762; the rules
#: alone 0.646; the check of 2044aa5, before that round: also 99, 0.762, rules alone 0.638); 4 of
#: 50 clean copies flagged (8 %; 2044aa5: 4) and 1 rejected (2 %; 2044aa5: 1). It then trained
#: the rules and the reader, like heldout10.
#:
#: heldout12, the same brief (0d868ee; 14–83 characters, 58 of 180 at 10–30), measured 2026-12-01
#: 09:24 UTC on 2c70e1a (the rules and reader trained on every other split, heldout11 included):
#: 106 of 130 caught (0.815; the rules alone 0.638; the check of 2044aa5, the session start: 98,
#: 0.754, rules alone 0.600); 6 of 50 clean copies flagged (12 %; 2044aa5: 5) and 5 rejected
#: (10 %; 2044aa5: 3; the rules alone reject 2 under both). It then trained the rules and the
#: reader, like heldout11.
#:
#: heldout13, the same brief (e53ec6d; 17–39 characters), measured 2026-12-01 11:02 UTC on 41fd7ec
#: (the rules and reader trained on every other split, heldout12 and tune14 included): 106 of 130
#: caught (0.815; the rules alone 0.623; the check of bbf0a25, the session start: 111, 0.854,
#: rules alone 0.615); 5 of 50 clean copies flagged (10 %; bbf0a25: 5) and none rejected (bbf0a25:
#: none). It then trained the rules and the reader, like heldout12.
#:
#: heldout14, the same brief (fc6fac6; 43 of 180 copies over 40 characters), measured 2026-12-01
#: 12:39 UTC on 0a68663 (the rules and reader trained on every other split, heldout13 and tune15
#: included): 109 of 130 caught (0.838; the rules alone 0.669; the check of 2cf5ae2, the session
#: start: 103, 0.792, rules alone 0.662); 3 of 50 clean copies flagged (6 %; 2cf5ae2: 3) and 2
#: rejected (4 %, both by the rules alone; 2cf5ae2: the same 2). It then trained the rules and the
#: reader, with tune16.
#:
#: heldout15, the same brief as heldout14 (64b7bd0), measured 2026-12-01 13:10 UTC on eedcbce (the
#: rules and reader trained on every other split, heldout14 and tune16 included): 109 of 130 caught
#: (0.838; the rules alone 0.600; the check of 2cf5ae2, the session start: 101, 0.777, rules alone
#: 0.592; of 0a68663, the eleventh round's: 108); 5 of 50 clean copies flagged (10 %; 2cf5ae2: 6)
#: and 2 rejected (4 %, both by the rules alone; 2cf5ae2: the same 2). It then trained the rules
#: and the reader, with tune17.
#:
#: heldout16, the same brief as heldout15 (000df98), measured 2026-12-01 14:54 UTC on ce1f145 (the
#: rules and reader trained on every other split, heldout15 and tune17 included): 115 of 130 caught
#: (0.885; the rules alone 0.700; the check of da3525d, the session start: 112, 0.862, rules alone
#: 0.685); 3 of 50 clean copies flagged (6 %; da3525d: 3) and none rejected (da3525d: 1, by the
#: reader). It then trained the rules and the reader, with tune18.
#:
#: heldout17, the same brief as heldout16 (b895602), measured 2026-12-01 15:41 UTC on 3081aa0 (the
#: rules and reader trained on every other split, heldout16 and tune18 included): 116 of 130 caught
#: (0.892; the rules alone 0.723; the check of da3525d, the session start, and of ce1f145, the
#: thirteenth round's: 115, 0.885, rules alone 0.723 both); 3 of 50 clean copies flagged (6 %; both
#: earlier checks 3) and 1 rejected (2 %, by the rules alone; both earlier checks the same 1). It
#: then trained the reader, with tune19.
#:
#: heldout18, the same brief (6611fc0), measured 2026-12-01 16:15 UTC on e310d00 (the rules and
#: reader trained on every other split, heldout17 and tune19 included): 119 of 130 caught (0.915;
#: the rules alone 0.685; the check of da3525d, the session start: 113, 0.869; of 3081aa0, the
#: fourteenth round's: 119; rules alone 0.685 under all three); no clean copy flagged or rejected
#: (the same under all three). It then trained the rules and the reader, with tune20.
#:
#: heldout19, the same brief (a055721), measured 2026-12-01 18:43 UTC on 422aa63 (the rules and
#: reader trained on every other split, heldout18 and tune20 included): 120 of 130 caught (0.923;
#: the rules alone 0.754; the check of 3ec89c3, the session start: 119, 0.915, rules alone 0.754);
#: 3 of 50 clean copies flagged (6 %) and 1 rejected (2 %), all by the rules alone and the same at
#: the session start. It then trained the rules and the reader, with tune21.
#:
#: heldout20, the same brief (bc833d0), measured 2026-12-01 20:24 UTC on 145c67d (the rules and
#: reader trained on every other split, heldout19 and tune21 included): 116 of 130 caught (0.892;
#: the rules alone 0.708; the check of edb49e2, the session start: 116, 0.892, rules alone 0.708,
#: the same per category); 3 of 50 clean copies flagged (6 %) and 1 rejected (2 %), the same at
#: the session start. It then trained the rules and the reader.
#:
#: heldout21, the same brief (e7d58fa), measured 2026-12-01 21:06 UTC on 897824d (the rules and
#: reader trained on every other split, heldout20 included): 115 of 130 caught (0.885; the rules
#: alone 0.746; the check of edb49e2, the session start: 114, 0.877, rules alone 0.731); 2 of 50
#: clean copies flagged (4 %) and none rejected (the session start: 2 flagged, 1 rejected). It then
#: trained the rules and the reader.
#:
#: heldout22, the same brief (145c67d), measured 2026-12-01 21:49 UTC on 570a750 (the rules and
#: reader trained on every other split, heldout21 included): 120 of 130 caught (0.923; the rules
#: alone 0.746; the check of edb49e2, the session start: 116, 0.892, rules alone 0.708); 2 of 50
#: clean copies flagged (4 %) and none rejected (the same at the session start). It then trained
#: the rules and the reader, with tune22.
#:
#: heldout23, the same brief (af37110), measured 2026-12-01 23:36 UTC on 17f6b98 (the rules and
#: reader trained on every other split, heldout22 and tune22 included): 120 of 130 caught (0.923;
#: the rules alone 0.800; the check of 79f7ca2, the session start: 119, 0.915, rules alone
#: 0.785); 2 of 50 clean copies flagged (4 %) and none rejected (the same at the session start).
#: It then trained the rules and the reader.
#:
#: heldout24, the same brief (3b61ecd), measured 2026-12-02 00:28 UTC on 3647227 (the rules and
#: reader trained on every other split, heldout23 included): 117 of 130 caught (0.900; the rules
#: alone 0.738; the check of 79f7ca2, the session start: 116, 0.892, rules alone 0.715); 3 of 50
#: clean copies flagged (6 %) and none rejected (the same at the session start). It then trained
#: the rules and the reader, with tune23.
#:
#: heldout25, the same brief (d4165da), measured 2026-12-02 02:49 UTC on 684c9a3 (the rules and
#: reader trained on every other split, heldout24 and tune23 included): 123 of 130 caught (0.946;
#: the rules alone 0.862; the check of 7693114, the session start, the same: 123, rules alone
#: 112); 1 of 50 clean copies flagged (2 %) and none rejected (the same at the session start).
#: It then trained the rules (the twenty-third round), not the reader.
#:
#: heldout26, the same brief (e3c670c), measured 2026-12-02 03:01 UTC on d7fcea1 (the reader of
#: 684c9a3, the rules trained on heldout25 as well): 123 of 130 caught (0.946; the rules alone
#: 0.785; the check of 7693114, the session start, the same: 123, rules alone 102); 3 of 50 clean
#: copies flagged (6 %; the session start: 4) and none rejected. It then trained the rules and
#: the reader, with tune24.
#:
#: heldout27, the same brief (164aef8), measured 2026-12-02 05:45 UTC on 8b732b8 (the rules of the
#: twenty-fourth round, the reader retrained with heldout25, heldout26 and tune24): 124 of 130
#: caught (0.954; the rules alone 0.792; the check of 48de262, the session start, the same: 124,
#: rules alone 102); none of 50 clean copies flagged or rejected (the same at the session start).
#: It then trained the rules (the twenty-fifth round) and the reader, with tune25.
#:
#: heldout28, the same brief (5071703), measured 2026-12-02 08:25 UTC on 331f84c (the rules of
#: the twenty-fifth round, the reader retrained with heldout27 and tune25): 123 of 130 caught
#: (0.946; the rules alone 0.846; the check of b2c41b2, the session start: 124, rules alone 109);
#: 3 of 50 clean copies flagged (6 %; the same at the session start) and none rejected. It then
#: trained the rules (the twenty-sixth round) and the reader, with tune26.
#:
#: heldout29, the same mix (da76b70), its brief asking for the claims mostly in a shop owner's own
#: words with the textbook terms in at most half (the first blind set so written), measured
#: 2026-12-02 13:31 UTC on 9e5480f (the twenty-sixth round's rules, the reader retrained with
#: heldout28 and tune26): 114 of 130 caught (0.877; the rules alone 0.623; the check of b7e187a,
#: the session start: 110, rules alone 78); 1 of 50 clean copies flagged (2 %; the same at the
#: session start) and none rejected. It then trained the rules (the twenty-seventh round) and the
#: reader, with tune27.
#:
#: heldout30, heldout29's brief (e167acf), measured 2026-12-02 16:29 UTC on 939e7a7 (the
#: twenty-seventh round's rules, the reader retrained with heldout29 and tune27): 123 of 130
#: caught (0.946; the rules alone 0.738; the check of ca58a20, the session start: 122, rules alone
#: 93); 3 of 50 clean copies flagged (6 %) and 2 rejected (4 %), both by the rules alone and the
#: same at the session start. It then trained the rules (the twenty-eighth round) and the reader.
#:
#: heldout31, the same brief and mix (14e6b56, its writer counting the textbook terms in 26 of the
#: 130 violations), measured 2026-12-02 21:08 UTC on 5626f8c (the twenty-eighth round's rules, the
#: reader retrained with heldout30 and tune28): 112 of 130 caught (0.862; the rules alone 0.638;
#: the check of 2b57b3f, the session start: 111, rules alone 81); 2 of 50 clean copies flagged
#: (4 %; the same at the session start) and none rejected. It then trained the rules (the
#: twenty-ninth round) and the reader, with tune29a … tune29d; one label corrected after it was
#: read (heldout31-090: 国旗 and 国徽 are 第九条第（一）项, not 第（二）项).
#:
#: heldout32, the same brief and mix (8a3b44e, its writer counting the textbook terms in 23 of the
#: 130 violations), measured 2026-12-03 03:14 UTC on de25575 (the twenty-ninth round's rules, the
#: reader retrained with heldout31 and tune29a … tune29d): 114 of 130 caught (0.877; the rules
#: alone 0.638; the check of e8cc9cb, the session start: 109, rules alone 76); 3 of 50 clean
#: copies flagged (6 %; the same at the session start) and 1 rejected (2 %; 2 at the session
#: start). It then trained the rules (the thirtieth round) and the reader, with tune30a … tune30d.
#:
#: heldout33, the same brief and mix (fdbaa31, its writer counting the textbook terms in 22 of the
#: 130 violations), measured 2026-12-03 07:59 UTC on 8d7801d with the reader retrained with
#: heldout32 and tune30a … tune30d: 118 of 130 caught (0.908; the rules alone 0.700; the check of
#: f1c29f3, the session start: 112, rules alone 84); 3 of 50 clean copies flagged (6 %; 4 at the
#: session start) and none rejected. It then trained the rules (the thirty-first round) and the
#: reader, with tune31a … tune31d.
#:
#: heldout34, the same brief and mix (d5086b9, its writer counting the textbook terms in 20 of the
#: 130 violations), measured 2026-12-03 10:51 UTC on eecd7fb (the thirty-first round's rules, the
#: reader retrained with heldout33 and tune31a … tune31d): 118 of 130 caught (0.908; the rules
#: alone 0.538; the check of 73a1e8c, the session start: 116, rules alone 66); 1 of 50 clean copies
#: flagged (2 %; the same at the session start) and none rejected. It then trained the rules (the
#: thirty-second round) and the reader, with tune32a … tune32d.
#:
#: heldout35, the same brief and mix (864d31a, its writer counting the textbook terms in 16 of the
#: 130 violations), measured 2026-12-03 13:25 UTC on 5fa8d48 (the thirty-second round's rules, the
#: reader retrained with heldout34 and tune32a … tune32d): 116 of 130 caught (0.892; the rules
#: alone 0.585; the check of 6ecf74c, the session start: 116, rules alone 72); 1 of 50 clean copies
#: flagged (2 %; the same at the session start) and none rejected. It then trained the rules (the
#: thirty-third round) and the reader, with tune33a and tune33b.
#:
#: heldout36, the same brief and mix (944849f, its writer counting the textbook terms in 13 of the
#: 130 violations), measured 2026-12-03 16:14 UTC on 0956365 (the thirty-third round's rules, the
#: reader retrained with heldout35 and tune33a-b at C = 16): 121 of 130 caught (0.931; the rules
#: alone 0.600; the check of 944849f, the session start: 119, rules alone 76); 1 of 50 clean copies
#: flagged (2 %; the same at the session start) and none rejected. It then trained the rules (the
#: thirty-fourth round, with tune34a and tune34b; the reader was not retrained).
#:
#: heldout37, the same brief and mix with gambling and sexual double meanings labelled
#: 第九条第（八）项 (3d9ddea, its writer counting the textbook terms in 15 of the 130
#: violations), measured 2026-12-03 18:54 UTC on 3c9cd5b (the thirty-fourth round's rules, the
#: thirty-third round's reader): 120 of 130 caught (0.923; the rules alone 0.638; the check of
#: 3d9ddea, the session start's rules: 120, rules alone 83); 2 of 50 clean copies flagged (4 %;
#: 6 % at the session start) and none rejected. It then trained the rules (the thirty-fifth round)
#: and the reader, with heldout36 and tune34a-b.
#:
#: heldout38, the same brief and mix (3abc727, its writer counting textbook terms in 7 of the 130
#: violations and writing its clean copy as near misses of 最, 第一, 保证, 治, 原价…), measured
#: 2026-12-03 20:51 UTC (the thirty-fifth round's rules, the reader retrained with heldout36,
#: heldout37 and tune34a-b, its grey zone adding review findings at 0.4): 115 of 130 caught
#: (0.885; the rules alone 0.608; the check of 3abc727, the session start: 113, rules alone 79);
#: 4 of 50 clean copies flagged and 1 rejected (8 % and 2 %, all by the rules alone; the same at
#: the session start). It then trained the rules and the reader (the thirty-fifth round's second
#: training).
#:
#: heldout39, the same brief and mix (95f58f7, its writer counting textbook terms in 8 of the 130
#: violations, every clean copy a near miss of a word a keyword filter flags), measured 2026-12-03
#: 21:51 UTC (the thirty-fifth round's rules, the reader retrained with heldout38 too, 19,396
#: copies): 124 of 130 caught (0.954; the rules alone 0.700; the check of 3abc727, the session
#: start: 120, rules alone 91); 15 of 50 clean copies flagged and 5 rejected (30 % and 10 %; the
#: rules alone 14 and 4; the session start 14 and 5). It then trained the rules and the reader
#: (the thirty-sixth round, with tune35a and tune35b).
#:
#: heldout40, the same brief and mix (70602b0, its writer counting textbook terms in 4 of the 130
#: violations), measured 2026-12-04 05:24 UTC (the thirty-sixth round's rules, ddcdde6, and the
#: reader retrained with heldout39, tune35a and tune35b, 19,976 copies): 120 of 130 caught (0.923;
#: the rules alone 0.669; the thirty-fifth round's reader with these rules 119; the check of
#: 05e5e30, the round's start: 118, rules alone 86); 3 of 50 clean copies flagged (6 %; the same by
#: the rules alone and at the round's start) and none rejected. It then trained the rules and
#: the reader.
#:
#: heldout41, the same brief and mix (d505c52, its writer counting textbook terms in 7 of the 130
#: violations), measured 2026-12-04 08:33 UTC (the check of 3346518: the thirty-sixth round's
#: rules and the reader retrained with heldout40, 20,156 copies): 113 of 130 caught (0.869; the
#: rules alone 86, 0.662); 2 of 50 clean copies flagged (4 %) and 1 rejected (2 %), all three by
#: the rules. It then trained the rules and, with tune36a and tune36b, the reader (the
#: thirty-seventh round).
#:
#: heldout42, the same brief and mix (7688c40, its writer counting textbook terms in 2 of the 130
#: violations), measured 2026-12-04 10:04 UTC (the thirty-seventh round's rules and the reader
#: retrained with heldout41, tune36a and tune36b, 20,656 copies): 117 of 130 caught (0.900; the
#: rules alone 80, 0.615; the thirty-sixth round's reader with these rules 118; the check of
#: 3346518, the session start: 118, rules alone 80); 8 of 50 clean copies flagged (16 %; the
#: session start 9) and 2 rejected (4 %), all by the rules. It then trained the rules.
#:
#: heldout43, the same brief and mix (b8e7267), measured 2026-12-04 11:59 UTC (the check of
#: 035e15e, the thirty-seventh round's end and the session start): 121 of 130 caught (0.931; the
#: rules alone 97, 0.746); 13 of 50 clean copies flagged (26 %; the rules alone 12) and 4
#: rejected (8 %; the rules alone 3). It then trained the rules (the thirty-eighth round).
#:
#: heldout44, the same brief and mix (7d424de, its writer counting textbook terms in 6 of the 130
#: violations), measured 2026-12-04 14:24 UTC (the check of 94c0dda, the thirty-eighth round's
#: end and the session start; the reader not retrained since heldout41): 120 of 130 caught
#: (0.923; the rules alone 91, 0.700); 4 of 50 clean copies flagged (8 %; the rules alone 4) and
#: 2 rejected (4 %; the rules alone 2). It then trained the rules (the thirty-ninth round).
#:
#: heldout45, the same brief and mix (73bc84a), measured 2026-12-04 16:43 UTC (the check of
#: 73a9c44, the thirty-ninth round's end and the session start; the reader retrained with
#: heldout42-44 and tune38a, 21,356 copies): 126 of 130 caught (0.969; the rules alone 95,
#: 0.731); 6 of 50 clean copies flagged (12 %; the rules alone 6) and 1 rejected (2 %; the rules
#: alone 1). It then trained the rules (the fortieth round).
#:
#: heldout46, the same brief and mix (f1dbf8a), measured 2026-12-04 19:04 UTC (the check of
#: 8d7c593, the fortieth round's end and the session start; the reader retrained with heldout45
#: and tune39a, 21,696 copies): 125 of 130 caught (0.962; the rules alone 99, 0.762); 4 of 50
#: clean copies flagged (8 %; the rules alone 3) and 1 rejected (2 %; the rules alone 1). It then
#: trained the rules and, with tune40a and tune41a, the reader (the forty-first round).
#:
#: heldout47, the same brief and mix (9cfaf0d), measured 2026-12-04 21:31 UTC (the check of
#: 6a04598, the forty-first round's end and the session start; the reader retrained with
#: heldout46, tune40a and tune41a, 22,196 copies): 125 of 130 caught (0.962; the rules alone 101,
#: 0.777); 6 of 50 clean copies flagged (12 %; the rules alone 6) and 2 rejected (4 %; the rules
#: alone 2). It then trained the rules (the forty-second round).
#:
#: heldout48, the same brief and mix (fe361a7), measured 2026-12-05 00:04 UTC (the check of
#: 012709a, the forty-second round's end and the session start; the reader retrained with
#: heldout47 and tune42a, 22,536 copies): 118 of 130 caught (0.908; the rules alone 97, 0.746);
#: 1 of 50 clean copies flagged (2 %; the rules alone 1) and 1 rejected (2 %; the rules alone
#: 1). It then trained the rules and, with tune43a and tune43b, the reader (the forty-third
#: round).
#:
#: heldout49, the same brief and mix (6ef8114), measured 2026-12-05 02:45 UTC (the check of
#: b153bc4, the forty-third round's end and the session start; the reader retrained with
#: heldout48, tune43a and tune43b, 23,026 copies): 120 of 130 caught (0.923; the rules alone 103,
#: 0.792); 2 of 50 clean copies flagged (4 %; the rules alone 1) and none rejected (the rules
#: alone none). It then trained the rules and, with tune44a and tune44b, the reader (the
#: forty-fourth round).
#:
#: heldout50, the same brief and mix (1826725), measured 2026-12-05 05:28 UTC (the check of
#: dcbe424, the forty-fourth round's end and the session start; the reader retrained with
#: heldout49, tune44a and tune44b, 23,516 copies): 124 of 130 caught (0.954; the rules alone 102,
#: 0.785); 1 of 50 clean copies flagged (2 %; the rules alone 1) and none rejected (the rules
#: alone none): the three targets met together on one blind set for the first time. One of its
#: copies (a platform list rank) had been seen in a grep before (docs/compliance.md); it is
#: caught, and without it the set reads 123 of 129 (0.953). It then trained the rules and the
#: reader (the forty-fifth round).
#:
#: heldout51, the same brief and mix (2bc2ca6), measured 2026-12-05 08:06 UTC (the check of
#: 48255e8, the forty-fifth round's end and the session start; the reader retrained with
#: heldout50, tune45a and tune45b, 24,006 copies): 123 of 130 caught (0.946; the rules alone 108,
#: 0.831); 3 of 50 clean copies flagged (6 %; the rules alone 2) and none rejected (the rules
#: alone none): recall one copy and clean flags one copy short of the targets. It then trained
#: the rules and, with tune46a and tune46b, the reader (the forty-sixth round).
#:
#: heldout52, the same brief and mix (29fe25f), measured 2026-12-05 10:57 UTC (the check of
#: 28ab80d, the forty-sixth round's end and the session start; the reader retrained with
#: heldout51, tune46a and tune46b, 24,496 copies): 123 of 130 caught (0.946; the rules alone 104,
#: 0.800); 1 of 50 clean copies flagged (2 %; the rules alone none) and none rejected (the rules
#: alone none): clean flags and rejects met, recall one copy short (two of the seven misses are
#: ordinary foods' disease claims rejected under 第十七条 where the writer labelled 第十八条). It
#: then trained the rules and, with tune47a and tune47b, the reader (the forty-seventh round).
#:
#: heldout53, the same brief and mix (047d790), measured 2026-12-05 13:45 UTC (the check of
#: 49a523a, the forty-seventh round's end and the session start; the reader retrained with
#: heldout52, tune47a and tune47b, 24,986 copies): 122 of 130 caught (0.938; the rules alone 93,
#: 0.715); 1 of 50 clean copies flagged (2 %; the rules alone none) and none rejected (the rules
#: alone none): clean flags and rejects met, recall two copies short. It then trained the rules,
#: with tune48a and tune48b (the forty-eighth round).
#:
#: heldout54, the same brief and mix (ad99919), measured 2026-12-05 16:08 UTC (the check of
#: fb353d7, the forty-eighth round's end and the session start; the forty-seventh round's reader,
#: 24,986 copies): 129 of 130 caught (0.992; the rules alone 115, 0.885); no clean copy flagged
#: or rejected (the rules alone none): all three targets met. It then trained the rules, with
#: tune49a and tune49b (the forty-ninth round).
#:
#: heldout55, the same brief and mix (b4baa02), measured 2026-12-05 18:12 UTC (the check of
#: d1ad4f4, the forty-ninth round's end: its rules and its retrained reader, 25,656 copies): 125 of
#: 130 caught (0.962; the rules alone 107, 0.823); no clean copy flagged or rejected (the rules
#: alone none): all three targets met.
#:
#: heldout56, the same brief and mix (1e64730), measured 2026-12-05 18:57 UTC (the check of
#: fe65a42, the forty-ninth round's end and the session start): 116 of 130 caught (0.892; the
#: rules alone 98, 0.754); no clean copy flagged or rejected (the rules alone none): clean flags
#: and rejects met, recall eight copies short (seven of the fourteen misses are price copy). It
#: then trained the rules, with tune51a … tune53b (the fiftieth round).
#:
#: heldout57, the same brief and mix (f5c8ab4), measured 2026-12-05 19:54 UTC (the check of
#: dd4bbc3, the fiftieth round's end: its rules and the forty-ninth round's reader): 126 of 130
#: caught (0.969; the rules alone 108, 0.831); no clean copy flagged or rejected (the rules alone
#: none): all three targets met.
#:
#: heldout58, the same brief and mix (f0e014f), measured 2026-12-05 20:51 UTC (the check of
#: af5b99a, the fiftieth round's end and the session start): 127 of 130 caught (0.977; the rules
#: alone 108, 0.831); no clean copy flagged or rejected (the rules alone none): all three targets
#: met.
#:
#: heldout59, the same brief and mix (3931cd2), measured 2026-12-05 23:03 UTC (the check of
#: ff1aae6, the fifty-first round's end: its rules and the forty-ninth round's reader): 124 of
#: 130 caught (0.954; the rules alone 106, 0.815); no clean copy flagged or rejected (the rules
#: alone none): all three targets met.
#:
#: heldout60, the same brief and mix (d169278), measured 2026-12-05 23:35 UTC (the check of
#: 82f2d5b, the fifty-first round's end and the session start): 125 of 130 caught (0.962; the
#: rules alone 105, 0.808); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout61, the same brief and mix (cf9bb48), measured 2026-12-06 01:57 UTC (the check of
#: 7ed8457, the fifty-second round's end and the session start): 124 of 130 caught (0.954; the
#: rules alone 115, 0.885); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout62, the same brief and mix (ddcab1a), measured 2026-12-06 04:05 UTC (the check of
#: 04b2f44, the fifty-third round's end and the session start): 125 of 130 caught (0.962; the
#: rules alone 105, 0.808); one clean copy flagged (2 %), none rejected (the rules alone none):
#: all three targets met.
#:
#: heldout63, the same brief and mix (c3ed39c), measured 2026-12-06 06:13 UTC (the check of
#: 438930b, the fifty-fourth round's end and the session start): 124 of 130 caught (0.954; the
#: rules alone 114, 0.877); one clean copy flagged (2 %), none rejected (the rules alone none):
#: all three targets met.
#:
#: heldout64, the same brief and mix (76a6ac6), measured 2026-12-06 08:16 UTC (the check of
#: 10b3027, the fifty-fifth round's end and the session start): 129 of 130 caught (0.992; the
#: rules alone 117, 0.900); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout65, the same brief and mix (15c8fc7), measured 2026-12-06 10:33 UTC (the check of
#: b5ad66d, the fifty-sixth round's end and the session start): 126 of 130 caught (0.969; the
#: rules alone 112, 0.862); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout66, the same brief and mix (bae25d1), measured 2026-12-06 13:10 UTC (the check of
#: 2623dcc, the fifty-seventh round's end and the session start): 125 of 130 caught (0.962; the
#: rules alone 111, 0.854); 2 of 50 clean copies flagged (4 %; the rules alone none), none
#: rejected: all three targets met.
#:
#: heldout67, the same brief and mix (28cf5fd), measured 2026-12-06 15:22 UTC (the check of
#: 2ba95b2, the fifty-eighth round's end and the session start): 128 of 130 caught (0.985; the
#: rules alone 120, 0.923); 2 of 50 clean copies flagged (4 %; the rules alone 1), none
#: rejected: all three targets met.
#:
#: heldout68, the same brief and mix (13c2fda), measured 2026-12-06 17:26 UTC (the check of
#: 234ec34, the fifty-ninth round's end and the session start): 125 of 130 caught (0.962; the
#: rules alone 119, 0.915); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout69, the same brief and mix (52b60ba), measured 2026-12-06 19:38 UTC (the check of
#: 474356e, the sixtieth round's end and the session start): 124 of 130 caught (0.954; the
#: rules alone 117, 0.900); 1 of 50 clean copies flagged (2 %; the rules alone none), none
#: rejected: all three targets met.
#:
#: heldout70, the same brief and mix (fcb4f35), measured 2026-12-06 21:52 UTC (the check of
#: 8aa4e4e, the sixty-first round's end and the session start): 126 of 130 caught (0.969; the
#: rules alone 112, 0.862); no clean copy flagged or rejected (the rules alone none): all three
#: targets met.
#:
#: heldout71, the same brief and mix (40f5137), measured 2026-12-07 00:07 UTC (the check of
#: 8c37acb, the sixty-second round's end and the session start): 125 of 130 caught (0.962; the
#: rules alone 116, 0.892); 3 of 50 clean copies flagged (6 %; the rules alone 2), none
#: rejected: the flag target (<= 5 %) missed by one copy.
#:
#: heldout72, the same brief with its corrected authority line (52adcc7), measured 2026-12-07
#: 03:05 UTC (the check of 3a886ab, the sixty-third round's end and the session start): 126 of
#: 130 caught (0.969; the rules alone 117, 0.900); 1 of 50 clean copies flagged (2 %; the rules
#: alone 1) and that one rejected (2 %): the reject target (<= 1 %) missed by one copy.
#:
#: heldout73, the same brief and mix (fa08c5c), measured 2026-12-07 05:08 UTC (the check of
#: 065ce78, the sixty-fourth round's end and the session start): 126 of 130 caught (0.969; the
#: rules alone 118, 0.908); 1 of 50 clean copies flagged (2 %; the rules alone 1), none rejected:
#: all three targets met.
#:
#: heldout74, the same brief and mix (176af99), measured 2026-12-07 07:08 UTC (the check of
#: 9a93d10, the sixty-fifth round's end and the session start): 127 of 130 caught (0.977; the
#: rules alone 123, 0.946); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met.
#:
#: heldout75, the same brief and mix (e05b26f), measured 2026-12-07 08:58 UTC (the check of
#: 24dd160, the sixty-sixth round's end and the session start): 128 of 130 caught (0.985; the
#: rules alone 120, 0.923); 1 of 50 clean copies flagged (2 %; the rules alone none), none
#: rejected: all three targets met.
#:
#: heldout76, the same brief and mix (6269e05), measured 2026-12-07 11:14 UTC (the check of
#: 5838d78, the sixty-seventh round's end and the session start): 129 of 130 caught (0.992; the
#: rules alone 116, 0.892); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met.
#:
#: heldout77, the same brief and mix (d3bf069), measured 2026-12-07 13:33 UTC (the check of
#: 8c029a8, the sixty-eighth round's end and the session start): 126 of 130 caught (0.969; the
#: rules alone 116, 0.892); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met; the four missed are price copy.
#:
#: heldout78, the same brief and mix (79e0112), measured 2026-12-07 16:12 UTC (the check of
#: 356ab1a, the sixty-ninth round's end and the session start): 124 of 130 caught (0.954; the
#: rules alone 120, 0.923); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met, recall by 0.004.
#:
#: heldout79, the same brief and mix (a7c0361), measured 2026-12-07 19:01 UTC (the check of
#: e45ec38, the seventieth round's end and the session start): 128 of 130 caught (0.985; the
#: rules alone 121, 0.931); one of 50 clean copies flagged (the rules alone the same one), none
#: rejected: all three targets met; the two missed are price copy.
#:
#: heldout80, the same brief and mix (bf7e887), measured 2026-12-07 21:16 UTC (the check of
#: cec13c1, the seventy-first round's end and the session start): 128 of 130 caught (0.985; the
#: rules alone 119, 0.915); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met; the two missed are a price and a vulgar copy (both reviewed).
#:
#: heldout81, the same brief and mix (f2ba2c4), measured 2026-12-07 23:32 UTC (the check of
#: 88c2e95, the seventy-second round's end and the session start): 127 of 130 caught (0.977; the
#: rules alone 118, 0.908); none of 50 clean copies flagged or rejected (the rules alone none):
#: all three targets met; the three missed are two copies aimed at children (reviewed, not
#: rejected) and a token price with the rest "at the shop's price" (passed).
#:
#: heldout82, the same brief and mix (09b0c8c), measured 2026-12-08 01:45 UTC (the check of
#: 0f70ac9, the seventy-third round's end and the session start): 128 of 130 caught (0.985; the
#: rules alone 120, 0.923); two of 50 clean copies flagged (4 %; the rules alone one, a first-person
#: "最香"), none rejected: all three targets met; the two missed are price copy (reviewed, not
#: rejected): a group price "always half the supermarket's" with a tenfold refund, and a price
#: put back to 原价 the day before a 50 % sale.
HELDOUT_FLOORS: dict[str, tuple[int, int, float, float, float] | None] = {
    "heldout4": (126, 51, 0.555, 0.02, 0.02),
    "heldout5": (130, 50, 0.665, 0.04, 0.04),
    "heldout6": (130, 50, 0.71, 0.06, 0.04),
    "heldout7": (130, 50, 0.765, 0.04, 0.02),
    "heldout8": (130, 50, 0.89, 0.02, 0.0),
    "heldout9": (130, 50, 0.865, 0.0, 0.0),
    "heldout10": (130, 50, 0.905, 0.10, 0.02),
    "heldout11": (130, 50, 0.76, 0.08, 0.02),
    "heldout12": (130, 50, 0.815, 0.12, 0.10),
    "heldout13": (130, 50, 0.815, 0.10, 0.0),
    "heldout14": (130, 50, 0.835, 0.06, 0.04),
    "heldout15": (130, 50, 0.835, 0.10, 0.04),
    "heldout16": (130, 50, 0.88, 0.06, 0.0),
    "heldout17": (130, 50, 0.89, 0.06, 0.02),
    "heldout18": (130, 50, 0.91, 0.0, 0.0),
    "heldout19": (130, 50, 0.92, 0.06, 0.02),
    "heldout20": (130, 50, 0.89, 0.06, 0.02),
    "heldout21": (130, 50, 0.88, 0.04, 0.0),
    "heldout22": (130, 50, 0.92, 0.04, 0.0),
    "heldout23": (130, 50, 0.92, 0.04, 0.0),
    "heldout24": (130, 50, 0.90, 0.06, 0.0),
    "heldout25": (130, 50, 0.94, 0.02, 0.0),
    "heldout26": (130, 50, 0.94, 0.06, 0.0),
    "heldout27": (130, 50, 0.95, 0.0, 0.0),
    "heldout28": (130, 50, 0.94, 0.06, 0.0),
    "heldout29": (130, 50, 0.87, 0.02, 0.0),
    "heldout30": (130, 50, 0.94, 0.06, 0.04),
    "heldout31": (130, 50, 0.86, 0.04, 0.0),
    "heldout32": (130, 50, 0.875, 0.06, 0.02),
    "heldout33": (130, 50, 0.905, 0.06, 0.0),
    "heldout34": (130, 50, 0.905, 0.02, 0.0),
    "heldout35": (130, 50, 0.89, 0.02, 0.0),
    "heldout36": (130, 50, 0.93, 0.02, 0.0),
    "heldout37": (130, 50, 0.92, 0.04, 0.0),
    "heldout38": (130, 50, 0.88, 0.08, 0.02),
    "heldout39": (130, 50, 0.95, 0.30, 0.10),
    "heldout40": (130, 50, 0.92, 0.06, 0.0),
    "heldout41": (130, 50, 0.865, 0.04, 0.02),
    "heldout42": (130, 50, 0.895, 0.16, 0.04),
    "heldout43": (130, 50, 0.925, 0.26, 0.08),
    "heldout44": (130, 50, 0.92, 0.08, 0.04),
    "heldout45": (130, 50, 0.965, 0.12, 0.02),
    "heldout46": (130, 50, 0.96, 0.08, 0.02),
    "heldout47": (130, 50, 0.96, 0.12, 0.04),
    "heldout48": (130, 50, 0.905, 0.02, 0.02),
    "heldout49": (130, 50, 0.92, 0.04, 0.0),
    "heldout50": (130, 50, 0.95, 0.02, 0.0),
    "heldout51": (130, 50, 0.945, 0.06, 0.0),
    "heldout52": (130, 50, 0.945, 0.02, 0.0),
    "heldout53": (130, 50, 0.935, 0.02, 0.0),
    "heldout54": (130, 50, 0.99, 0.0, 0.0),
    "heldout55": (130, 50, 0.96, 0.0, 0.0),
    "heldout56": (130, 50, 0.89, 0.0, 0.0),
    "heldout57": (130, 50, 0.96, 0.0, 0.0),
    "heldout58": (130, 50, 0.97, 0.0, 0.0),
    "heldout59": (130, 50, 0.95, 0.0, 0.0),
    "heldout60": (130, 50, 0.96, 0.0, 0.0),
    "heldout61": (130, 50, 0.95, 0.0, 0.0),
    "heldout62": (130, 50, 0.96, 0.02, 0.0),
    "heldout63": (130, 50, 0.95, 0.02, 0.0),
    "heldout64": (130, 50, 0.99, 0.0, 0.0),
    "heldout65": (130, 50, 0.965, 0.0, 0.0),
    "heldout66": (130, 50, 0.96, 0.04, 0.0),
    "heldout67": (130, 50, 0.98, 0.04, 0.0),
    "heldout68": (130, 50, 0.96, 0.0, 0.0),
    "heldout69": (130, 50, 0.95, 0.02, 0.0),
    "heldout70": (130, 50, 0.965, 0.0, 0.0),
    "heldout71": (130, 50, 0.96, 0.06, 0.0),
    "heldout72": (130, 50, 0.965, 0.02, 0.02),
    "heldout73": (130, 50, 0.965, 0.02, 0.0),
    "heldout74": (130, 50, 0.975, 0.0, 0.0),
    "heldout75": (130, 50, 0.98, 0.02, 0.0),
    "heldout76": (130, 50, 0.99, 0.0, 0.0),
    "heldout77": (130, 50, 0.965, 0.0, 0.0),
    "heldout78": (130, 50, 0.95, 0.0, 0.0),
    "heldout79": (130, 50, 0.98, 0.02, 0.0),
    "heldout80": (130, 50, 0.98, 0.0, 0.0),
    "heldout81": (130, 50, 0.975, 0.0, 0.0),
    "heldout82": (130, 50, 0.985, 0.04, 0.0),
}


@pytest.mark.parametrize("split", sorted(HELDOUT_FLOORS))
def test_heldout(checker: AdChecker, split: str) -> None:
    path = next(p for p in HELDOUT_PATHS if p.stem.endswith(split))
    if not path.exists():
        pytest.skip(f"{split}: {path.name} is not written yet")
    floors = HELDOUT_FLOORS[split]
    if floors is None:
        pytest.skip(
            f"{split}: floors unknown until the lead measures it once "
            "(set HELDOUT_FLOORS in this file); the copies stay unread until then"
        )
    n_violations, n_clean, recall_floor, flagged_ceiling, rejected_ceiling = floors
    held = [c for c in load_eval(EVAL_PATH, (path,), ()) if c.split == split]
    report = evaluate(checker, held)[split]
    violations, clean = report["violations"], report["clean"]
    assert isinstance(violations, dict) and isinstance(clean, dict)
    assert violations["copies"] == n_violations and clean["copies"] == n_clean
    assert violations["recall"] >= recall_floor, violations["missed"]
    assert clean["flagged"] <= flagged_ceiling, clean["wrong"]
    assert clean["rejected"] <= rejected_ceiling, clean["wrong"]


def test_review_level_wording_is_not_rejected(tuned: dict[str, dict[str, object]]) -> None:
    # Exclusivity, celebrity endorsement, quoted customers, reference prices, unsourced data:
    # proof or a person decides, not tier 1.
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
        "split": "heldout5",
        "category": "clean_ordinary",
        "article": "",
        "expect": "pass",
        "source": "own",
        "text": "今日到货：本地小白菜",
    }
    extra.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    copies = load_eval(EVAL_PATH, (extra,), ())
    assert copies[-1].id == "x-001" and len(copies) == len(load_eval(EVAL_PATH, (), ())) + 1


def test_a_held_out_file_not_written_yet_is_skipped(tmp_path: Path) -> None:
    assert len(load_eval(EVAL_PATH, (tmp_path / "absent.jsonl",), ())) == len(
        load_eval(EVAL_PATH, (), ())
    )
