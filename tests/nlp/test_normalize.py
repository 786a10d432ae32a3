"""Normalisation in both modes: width, script, punctuation runs, emoji, dropped evasions, and
offsets back into the original."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nlp.normalize import (
    _DROP,
    _evasion_table,
    _gaps,
    _normalize_with_offsets_by_character,
    _ranges,
    normalize,
    normalize_with_offsets,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３", "ABC123"),  # full width -> half width
        ("這個蘋果過期了", "这个苹果过期了"),  # traditional -> simplified
        ("團長態度很差", "团长态度很差"),
        ("太差了！！！", "太差了!"),  # a run of one punctuation mark collapses
        ("真的吗？？？!!!", "真的吗?!"),
        ("好吃😋😋👍", "好吃😋😋👍"),  # emoji kept as they are
        ("不\u200b新鲜\ufeff", "不新鲜"),  # invisible characters dropped
        ("物流   很快\t\t好", "物流 很快 好"),  # whitespace runs -> one space
        ("第一行\n\n第二行", "第一行\n\n第二行"),  # newlines keep the line structure
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "這個蘋果過期了！！！真的😡",
        "ＡＢＣ牛奶\u200b變質",
        "说好的次日达……结果三天",
        "a\ufeffb  c!!",
    ],
)
def test_every_normalised_span_maps_back_to_its_source(raw: str) -> None:
    norm = normalize_with_offsets(raw)
    assert len(norm.spans) == len(norm.text)
    previous_end = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.original_span(i, i + 1)
        assert previous_end <= start < end <= len(raw)
        # The source span normalises to (a run of) this character.
        assert normalize(raw[start:end]).strip() in (ch, ch.strip(), normalize(ch))
        previous_end = end


def test_original_span_of_a_word() -> None:
    raw = "ＡＢ這個蘋果過期了！！！"
    norm = normalize_with_offsets(raw)
    start = norm.text.index("过期")
    o_start, o_end = norm.original_span(start, start + 2)
    assert raw[o_start:o_end] == "過期"


def test_original_span_rejects_bad_spans() -> None:
    norm = normalize_with_offsets("过期")
    with pytest.raises(ValueError):
        norm.original_span(1, 1)
    with pytest.raises(ValueError):
        norm.original_span(0, 3)


_TRICKY = "這個蘋果過期了好吃ＡＢＣ１２３abc！!？?。，,…_＿—~～ \t\u3000\n\r\u200b\ufeff😡👍✨㎏①ﬁ"


@settings(max_examples=300, deadline=None)
@example("名字__好＿＿!!  \n\n  ……")  # "_" is punctuation but \w to regexes
@given(st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=40))
def test_fast_paths_equal_the_per_character_reference(raw: str) -> None:
    # ``normalize`` and the identity-span case of ``normalize_with_offsets`` are whole-string
    # fast paths; the per-character loop is the reference.
    reference = _normalize_with_offsets_by_character(raw)
    assert normalize(raw) == reference.text
    fast = normalize_with_offsets(raw)
    assert (fast.text, fast.spans) == (reference.text, reference.spans)


# --- the evasion mode (the Advertising-Law check's) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "squeezed"),
    [
        ("最 * 好", "最好"),
        ("ＡＢＣ１２３", "abc123"),
        ("國家級", "国家级"),
        ("１００ ％", "100%"),
        ("a\u200bb\u0336c", "abc"),
        ("🍓草莓🍓", "草莓"),
        ("排名第①", "排名第1"),
        ("⑴⒈❶➀➊⑨⓪⑩", "1111190⑩"),
        ("第㊀名㈩", "第一名十"),
        ("业内第 壹，貳号店", "业内第一二号店"),
        ("", ""),
    ],
)
def test_evasion_mode(text: str, squeezed: str) -> None:
    assert normalize(text, "evasion") == squeezed == normalize_with_offsets(text, "evasion").text


def test_evasion_offsets_map_back_to_the_original() -> None:
    text = "  最 *好 ， 國家級！"
    norm = normalize_with_offsets(text, "evasion")
    for i, ch in enumerate(norm.text):
        start, end = norm.original_span(i, i + 1)
        assert end == start + 1 and normalize(text[start], "evasion") == ch
    assert norm.original_span(0, 2) == (2, 6)
    assert norm.widest_gap(0, 2) == 2  # " *" between 最 and 好
    assert norm.widest_gap(2, 5) == 0


def test_an_emoji_sequence_is_one_character_of_a_gap() -> None:
    # 💇‍♀️ is four code points (the person, a joiner, the sign, a variation selector) and one
    # character a reader sees: with the original given, the gap counts what is seen.
    text = "19元起!💇\u200d♀\ufe0f 到店"
    norm = normalize_with_offsets(text, "evasion")
    assert norm.text == "19元起到店"
    assert norm.widest_gap(0, len(norm.text)) == 6
    assert norm.widest_gap(0, len(norm.text), text) == 3  # "!", the emoji, " "
    skin = "最👍🏻好"  # a thumb and its skin tone
    assert normalize_with_offsets(skin, "evasion").widest_gap(0, 2, skin) == 1


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_TRICKY + "最好第一%％ ＊*") | st.characters(), max_size=40)
)
def test_evasion_spans_cover_exactly_the_kept_characters(raw: str) -> None:
    norm = normalize_with_offsets(raw, "evasion")
    assert len(norm.spans) == len(norm.text)
    kept = [i for i, ch in enumerate(raw) if normalize(ch, "evasion")]
    assert [start for start, _ in norm.spans] == kept
    assert "".join(normalize(raw[s:e], "evasion") for s, e in norm.spans) == norm.text


#: Characters the evasion mode drops or folds, inside and beyond the BMP (𡞵 is traditional).
_EVASIONS = "最好第一%％ ＊*國家級ＡＢＣＸａ１Q\x00🍓😀𠀋𡞵"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY + _EVASIONS) | st.characters(), max_size=40))
@example("國家級ＮＯ．１𡞵🍓！")  # traditional beyond the BMP (𡞵), emoji, full width
def test_evasion_mode_is_its_translate_table(raw: str) -> None:
    # The evasion mode applies its table through two regex classes (speed); the table itself,
    # applied character by character, is the reference.
    reference = raw.translate(_evasion_table()).replace(_DROP, "")
    assert normalize(raw, "evasion") == reference == normalize_with_offsets(raw, "evasion").text


def test_widest_gap_of_the_standard_mode() -> None:
    norm = normalize_with_offsets("过\u200b\u200b期 ﬁ")
    assert norm.text == "过期 fi"
    assert norm.widest_gap(0, 2) == 2
    assert norm.widest_gap(3, 5) == 0  # one original character expanded into two


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=0x10FFFF), max_size=60),
    st.lists(st.tuples(st.integers(0x10000, 0x10FFFF), st.integers(0, 5000)), max_size=3),
)
@example([], [])
@example([], [(0x10000, 0x100000)])
def test_the_gaps_beyond_the_bmp_are_the_codepoints_no_run_covers(
    points: list[int], runs: list[tuple[int, int]]
) -> None:
    """``_gaps`` walks the runs instead of building the million codepoints beyond the BMP: the
    same runs as the set difference it replaced (the evasion classes are built from it)."""
    codepoints = sorted(
        set(points) | {cp for lo, n in runs for cp in range(lo, min(lo + n, 0x10FFFF + 1))}
    )
    beyond = sorted(set(range(0x10000, 0x110000)) - set(codepoints))
    assert _gaps(_ranges(codepoints), 0x10000, 0x10FFFF) == _ranges(beyond)
