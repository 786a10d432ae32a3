"""nlp.admatch: gaps, exceptions, word boundaries (normalisation: tests/nlp/test_normalize.py)."""

from __future__ import annotations

import pytest

from nlp.admatch import TermGroup, TermMatcher


def _matcher(**kw: object) -> TermMatcher:
    return TermMatcher([TermGroup("g", **kw)])  # type: ignore[arg-type]


def test_gap_limit_keeps_distant_words_apart() -> None:
    m = _matcher(terms=["最好"])
    assert [x.text for x in m.find("最***好")] == ["最***好"]
    assert m.find("最。。。。好") == []  # four dropped characters: too far apart


def test_longest_match_wins_within_a_group() -> None:
    m = _matcher(terms=["最低", "全网最低价"])
    assert [x.term for x in m.find("全网最低价")] == ["全网最低价"]


def test_ascii_terms_respect_word_boundaries() -> None:
    m = _matcher(terms=["top1"])
    assert m.find("top10") == [] and m.find("stop1") == []
    assert [x.text for x in m.find("品牌TOP 1!")] == ["TOP 1"]


def test_exceptions_cancel_only_covered_matches() -> None:
    m = _matcher(terms=["第一"], exceptions=["第一次"], exception_patterns=["第一个(周|星期)"])
    assert m.find("第一次参加") == [] and m.find("第 一 个 周日") == []
    found = m.find("第一次来，第一品牌")
    assert [(x.start, x.end) for x in found] == [(5, 7)]


def test_patterns_run_on_normalised_text() -> None:
    m = _matcher(patterns=["原价\\d+"])
    assert [x.text for x in m.find("原价：¥１９９")] == ["原价：¥１９９"]


def test_a_group_within_clause_never_spans_a_clause_break() -> None:
    pattern = "[0-9]+%[\u4e00-\u9fff]{0,2}?会员"
    loose, strict = _matcher(patterns=[pattern]), _matcher(patterns=[pattern], within_clause=True)
    assert [x.text for x in loose.find("坡度15%可调，会员免费")] == ["15%可调，会员"]
    assert strict.find("坡度15%可调，会员免费") == []
    # Within one clause, and across the symbols an evasion uses, it still matches.
    assert [x.text for x in strict.find("90%的会员")] == ["90%的会员"]
    assert [x.text for x in strict.find("90% * 的会员")] == ["90% * 的会员"]


def test_a_group_read_as_written_may_span_any_gap() -> None:
    # A verified rule's long span (an offer, an emoji run, its footnote) is not an evasion.
    pattern = "仅需[0-9]+元[^\\n]{0,20}?需办理"
    text = "洗车仅需9元🚗🚙✨🫧 *需办理储值卡"
    assert _matcher(patterns=[pattern]).find(text) == []
    assert [x.text for x in _matcher(patterns=[pattern], any_gap=True).find(text)] == [
        "仅需9元🚗🚙✨🫧 *需办理"
    ]


def test_empty_term_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        _matcher(terms=["***"])
