"""A pattern in long text scans only the windows around its literals (``nlp.prefilter``), and
finds exactly what the whole-text scan finds: the same spans, in the same order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.adcheck import EVAL_PATH, corpus, load_eval
from compliance.check import AdChecker
from compliance.rulepack import fold_for_contexts, load_packs
from nlp.normalize import normalize
from nlp.prefilter import LiteralPrefilter, PrefilterScan, compile_once, window_plan

NUMERALS = "0-9.一二两三四五六七八九十百千万亿几半块元毛钱wk"


@pytest.mark.parametrize(
    ("pattern", "width", "reach"),
    [
        ("[一-鿿]{0,2}医生[一-鿿]{0,4}?推荐", {"": 10}, {"": 10}),
        # Look-aheads, ``$`` and ``\b`` read past the match; a look-behind reads before it.
        ("(?<=x)[一-鿿]?ab(?=cde)", {"": 3}, {"": 6}),
        ("[一-鿿]?ab$", {"": 3}, {"": 4}),
        (r"[一-鿿]?ab\b", {"": 3}, {"": 4}),
        # An unbounded repeat of one character is bounded by the text's longest run of it;
        # numerals of every spelling share one count.
        ("[一-鿿]?原价[0-9]+元", {"": 4, NUMERALS: 1}, {"": 4, NUMERALS: 1}),
        ("[一-鿿]?[一二三]+折[0-9.]*", {"": 2, NUMERALS: 2}, {"": 2, NUMERALS: 2}),
        (r"[一-鿿]?最\s*好", {"": 3, r"\s": 1}, {"": 3, r"\s": 1}),
        ("[一-鿿]?(ab|cde){1,3}", {"": 10}, {"": 10}),
    ],
)
def test_a_window_plan_bounds_how_far_a_match_reaches(
    pattern: str, width: dict[str, int], reach: dict[str, int]
) -> None:
    """Patterns that may start at any CJK character, which the engine tries at every position."""
    plan = window_plan(pattern)
    assert plan is not None
    assert dict(plan.width) == width
    assert dict(plan.reach) == reach


@pytest.mark.parametrize(
    "pattern",
    [
        # The engine skips ahead by itself: a literal prefix, a class of first characters, the
        # guard ``compile_once`` adds (windows measured slower).
        "医生[一-鿿]{0,4}?推荐",
        "(医生|专家)[一-鿿]{0,4}?推荐",
        "(?<![不没])推荐",
        # No bound: an empty match, an unbounded repeat of more than one character, a
        # back-reference, flags.
        "[一-鿿]*",
        "[一-鿿](ab)+",
        "[一-鿿]?(a)b\\1",
        "(?i)[一-鿿]?ab",
    ],
)
def test_a_pattern_without_a_plan_scans_the_whole_text(pattern: str) -> None:
    assert window_plan(pattern) is None


def _long(text: str, filler: str = "今天店里照常营业") -> str:
    """``text`` with filler on both sides, long enough to be scanned in windows."""
    pad = filler * (PrefilterScan.SHORT // len(filler) + 1)
    return pad + text + pad


#: Two slots, a match needs a word of each; it may start at any CJK character.
DOCTOR = "[一-鿿]{0,4}?(医生|专家)[一-鿿]{0,4}?(推荐|建议)"


def test_a_sparse_literal_is_scanned_in_a_window_and_found() -> None:
    prefilter = LiteralPrefilter([DOCTOR])
    scan = prefilter.scan(_long("专家都推荐"))
    plan = scan.windows(0)
    assert plan is not None  # scanned in a window, not end to end
    windows, _reach = plan
    assert len(windows) == 1 and windows[0][1] - windows[0][0] < 20
    matches = [m.group() for m in scan.finditer(0, compile_once(DOCTOR))]
    assert len(matches) == 1 and matches[0].endswith("专家都推荐")


def test_short_text_and_dense_literals_are_scanned_whole() -> None:
    prefilter = LiteralPrefilter([DOCTOR])
    assert prefilter.scan("专家都推荐").windows(0) is None
    assert prefilter.scan("专家推荐" * PrefilterScan.SHORT).windows(0) is None
    whole = LiteralPrefilter([DOCTOR], windows=False)  # the benchmarks' baseline
    assert whole.scan(_long("专家都推荐")).windows(0) is None


#: Shapes whose windows are easy to get wrong: a look-behind just before a window, a look-ahead
#: and ``$`` just past one, greedy and lazy gaps, overlapping and adjacent matches, a numeral run.
TRICKY = [
    "(?<![不没])[一-鿿]{0,2}推荐[一-鿿]{0,3}",
    "[一-鿿]{0,2}推荐(?!了)[一-鿿]{0,2}?好",
    "[一-鿿]{0,4}推荐[^。\n]{0,6}",
    "[一-鿿]?(推荐|推)荐{1,2}",
    "[一-鿿]{0,2}推荐$",
    "[一-鿿]{0,2}原价[0-9]+元",
    "(?:^|(?<=。))[一-鿿]?推荐",
    "[一-鿿]?好[一-鿿]{0,2}推荐|[一-鿿]?推荐[一-鿿]{0,2}好",
]


def test_the_tricky_shapes_are_scanned_in_windows() -> None:
    """The next test would be vacuous if they were scanned whole."""
    prefilter = LiteralPrefilter(TRICKY)
    scan = prefilter.scan(_long("推荐好。原价12元", "邻居们下午来店里坐坐"))
    assert all(scan.windows(index) is not None for index in range(len(TRICKY)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["推荐", "好", "不", "了", "。", "\n", "原价", "12", "元", "荐", "店"]),
        min_size=1,
        max_size=40,
    ),
    st.integers(min_value=0, max_value=3),
)
def test_windowed_matches_are_those_of_the_whole_scan(parts: list[str], where: int) -> None:
    """Random pieces of the patterns' words, placed in long filler at a random depth."""
    filler = "邻居们下午来店里坐坐" * (PrefilterScan.SHORT // 5)
    cut = len(filler) * where // 3
    text = filler[:cut] + "".join(parts) + filler[cut:]
    prefilter = LiteralPrefilter(TRICKY)
    scan = prefilter.scan(text)
    for index, pattern in enumerate(TRICKY):
        regex = compile_once(pattern)
        whole = [m.span() for m in regex.finditer(text)] if index in scan.candidates else []
        assert [m.span() for m in scan.finditer(index, regex)] == whole


def _long_labelled_texts() -> list[str]:
    """The tuned labelled copies joined into long texts (30 to a text, with different joints),
    and long synthetic copy."""
    copies = [c.text for c in load_eval(EVAL_PATH, (), ())]
    joints = ["。", "\n", "，", ""]
    joined = [
        joints[n % len(joints)].join(copies[i : i + 30])
        for n, i in enumerate(range(0, len(copies), 30))
    ]
    return joined + corpus(12, 2000)


def test_every_rule_and_context_pattern_finds_the_same_matches_in_windows() -> None:
    """Every pattern of the packs, on long copy in both texts the checker reads (the matcher's
    evasion mode and the contexts' folding): windows used, no match lost or added."""
    packs = load_packs()
    patterns = [p for rule in packs.rules for p in rule.patterns]
    patterns += [p for context in packs.contexts for p in context.patterns]
    prefilter = LiteralPrefilter(patterns)
    windowed = 0
    for raw in _long_labelled_texts():
        for text in (normalize(raw, "evasion"), fold_for_contexts(raw)):
            scan = prefilter.scan(text)
            for index in scan.candidates:
                regex = compile_once(patterns[index])
                windowed += scan.windows(index) is not None
                expected = [m.span() for m in regex.finditer(text)]
                assert [m.span() for m in scan.finditer(index, regex)] == expected, patterns[index]
    assert windowed > 100  # the windows were exercised, not only whole-text scans


def test_the_checker_gives_the_same_result_with_windows_and_without() -> None:
    packs = load_packs()
    texts = _long_labelled_texts()
    checker = AdChecker(packs.rules, packs.contexts)
    windowed = [checker.check(t) for t in texts]
    whole = AdChecker(packs.rules, packs.contexts, windows=False)
    assert [whole.check(t) for t in texts] == windowed
    assert any(r.findings for r in windowed)


def test_a_numeral_run_longer_than_any_seen_widens_the_window() -> None:
    """The bound is the text's own longest run: a 40-digit price is still matched whole."""
    pattern = "[一-鿿]?原价[0-9]+元"
    prefilter = LiteralPrefilter([pattern])
    digits = "9" * 40
    text = _long(f"原价{digits}元")
    scan = prefilter.scan(text)
    regex = compile_once(pattern)
    assert scan.windows(0) is not None
    assert [m.group() for m in scan.finditer(0, regex)] == [f"业原价{digits}元"]
