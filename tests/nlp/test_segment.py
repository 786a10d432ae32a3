"""Segmentation quality on hand-segmented sentences (tests/nlp/data/segmentation_gold.txt)."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import nlp.data as nlp_data
from nlp.normalize import normalize
from nlp.segment import (
    index_and_query_tokens,
    query_tokens,
    reference_query_tokens,
    reference_tokenize,
    tokenize,
)

GOLD = Path(__file__).parent / "data" / "segmentation_gold.txt"


def _gold() -> list[list[str]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


def _spans(words: list[str]) -> set[tuple[int, int]]:
    spans, i = set(), 0
    for word in words:
        spans.add((i, i + len(word)))
        i += len(word)
    return spans


def _f1(segment: object) -> float:
    tp = predicted = expected = 0
    for words in _gold():
        gold, got = _spans(words), _spans(segment("".join(words)))  # type: ignore[operator]
        tp += len(gold & got)
        predicted += len(got)
        expected += len(gold)
    precision, recall = tp / predicted, tp / expected
    return 2 * precision * recall / (precision + recall)


def test_word_boundary_f1_on_hand_segmented_sentences() -> None:
    assert len(_gold()) >= 30
    assert _f1(query_tokens) >= 0.92


def test_domain_dictionary_beats_plain_jieba() -> None:
    plain = jieba.Tokenizer()
    assert _f1(query_tokens) > _f1(lambda text: plain.lcut(text, HMM=False)) + 0.02


@pytest.mark.parametrize(
    "word",
    [
        "自提点",
        "团长",
        "拼团",
        "社区团购",
        "大数据杀熟",
        "先涨后降",
        "缺斤少两",
        "美团优选",
        "次日达",
    ],
)
def test_domain_words_stay_whole(word: str) -> None:
    assert word in query_tokens(f"听说{word}的事了吗")


def test_the_domain_dictionary_never_demotes_a_word_of_jiebas() -> None:
    # A user dictionary entry sets a word's frequency; one below jieba's own (团长 30 against
    # 1702) made 团长老周 split as 团/长老/周, and a search for 团长 missed the post.
    plain = jieba.Tokenizer()
    plain.initialize()
    userdict = Path(nlp_data.__file__).with_name("userdict.txt").read_text(encoding="utf-8")
    demoted = [
        (word, int(freq), plain.FREQ[word])
        for word, freq, *_ in (line.split() for line in userdict.splitlines() if line.strip())
        if plain.FREQ.get(word, 0) > int(freq)
    ]
    assert not demoted


@pytest.mark.parametrize("text", ["团长老周真的太负责了", "团长老王每天六点到自提点"])
def test_a_group_leader_named_after_the_title_keeps_the_title(text: str) -> None:
    assert "团长" in query_tokens(text)
    assert "团长" in tokenize(text)


def test_index_tokens_contain_the_parts_of_compounds() -> None:
    tokens = tokenize("食品安全问题")
    assert {"食品安全", "食品", "安全"} <= set(tokens)


def test_punctuation_dropped_and_latin_folded() -> None:
    assert query_tokens("ＹＹＤＳ！！团长，") == ["yyds", "团长"]


_MIXED = "食品安全团长自提点邻里鲜拼团中华人民共和国過期變質ＡＢＣyyds123！!，。 \n😡"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED) | st.characters(), max_size=30))
@example("邻里鲜的中华人民共和国食品安全法，團長說過期了！！")
@example("计算机系的自然科学")  # 4-character words with a dictionary 3-gram inside
def test_one_pass_tokens_equal_jiebas_two_separate_passes(text: str) -> None:
    assert index_and_query_tokens(text) == (reference_tokenize(text), reference_query_tokens(text))
    norm = normalize(text)
    assert index_and_query_tokens(text, norm) == (
        reference_tokenize(text),
        reference_query_tokens(norm),
    )
